/**
 * The CLI's PNG (resvg, bundled Noto Sans JP) against Chromium drawing the same SVG file at
 * the same size with the same font files: the two must agree cell by cell, so missing text,
 * a shifted baseline or a misplaced block shows, while antialiasing does not.
 *
 * Measure: the mean luminance (0–255) of 16×16 px cells. Antialiasing, hinting and sub-pixel
 * glyph placement differ between the two renderers by a few levels per cell (measured at most
 * {@link MAX_CELL} below on every seed); one 14 px Japanese glyph missing from a cell changes it
 * by 40 or more, and a line of text moved by half its height changes several cells by as much.
 * The test checks both directions: the renderers agree within the tolerance, and the same
 * measure tells apart a file that lost its title.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { renderDocumentSVG } from '../../src/cli/render-document.js';
import { resolveFontFile, shippedFontFiles } from '../../src/export/font-files.js';
import { renderPNG } from '../../src/export/png-node.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const CELL = 16;
/** Largest difference allowed in one cell, in luminance levels of 255. */
const MAX_CELL = 24;
/** Largest mean difference over all cells. */
const MAX_MEAN = 1.5;
const SEEDS = ['data/governance.json', 'data/pharma-budget.json', 'data/effects/egfr-response.json', 'data/effects/genome-cost.json'];
// resvg reverses an `orient="auto-start-reverse"` marker at a path's end as well as its start;
// the org chart's 所管 arrowheads (end markers) then pointed into their boxes and were hidden
// (found by this test on governance at 800 px). The charts use `orient="auto"` for end markers.

interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** A PNG's pixels, decoded by drawing it as an `<image>` with resvg (lossless at its own size). */
function decodePNG(png: Uint8Array): Pixels {
  const buffer = Buffer.from(png);
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${buffer.toString('base64')}"/></svg>`;
  return { width, height, rgba: new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels) };
}

/** Mean luminance of each CELL×CELL block. */
function cells({ width, height, rgba }: Pixels): number[] {
  const out: number[] = [];
  for (let cy = 0; cy < height; cy += CELL) {
    for (let cx = 0; cx < width; cx += CELL) {
      let sum = 0;
      let n = 0;
      for (let y = cy; y < Math.min(height, cy + CELL); y++) {
        for (let x = cx; x < Math.min(width, cx + CELL); x++) {
          const i = (y * width + x) * 4;
          sum += 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
          n++;
        }
      }
      out.push(sum / n);
    }
  }
  return out;
}

function compare(a: Pixels, b: Pixels): { max: number; mean: number; at: number } {
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  const ca = cells(a);
  const cb = cells(b);
  let max = 0;
  let at = 0;
  let total = 0;
  ca.forEach((value, i) => {
    const d = Math.abs(value - cb[i]!);
    total += d;
    if (d > max) [max, at] = [d, i];
  });
  return { max, mean: total / ca.length, at };
}

let browser: Browser;
let page: Page;
// The bundled fonts: Noto Sans JP, and the symbols it lacks (↪ of 再掲) that resvg falls back to.
const fontFaces = (
  await Promise.all(
    ([400, 700] as const).flatMap((weight) => [
      resolveFontFile(weight).then((file) => `@font-face{font-family:'Match Noto Sans JP';font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(file).toString('base64')})}`),
      `@font-face{font-family:'Match Symbols';font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(shippedFontFiles(weight).symbols).toString('base64')})}`,
    ]),
  )
).join('');

/**
 * Chromium's drawing of a standalone SVG at its own size, in the bundled font (all resvg has).
 * Chromium trims the space of adjacent full-width brackets (`text-spacing-trim`); resvg sets
 * every glyph at its full advance, as the layout measured it, so the page turns trimming off.
 */
async function chromiumPNG(svg: string): Promise<Uint8Array> {
  const width = Math.ceil(Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)![1]));
  const height = Math.ceil(Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)![1]));
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.evaluate((body) => {
    document.body.innerHTML = body;
  }, svg.replace(/^<\?xml[^>]*>\s*/, ''));
  return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
}

before(async () => {
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  // One page, the fonts loaded once (11 MB as data: URLs); each file replaces the body.
  page = await browser.newPage();
  await page.setContent(`<!doctype html><html><head><style>${fontFaces}html,body{margin:0}svg,svg *{font-family:'Match Noto Sans JP','Match Symbols' !important;text-spacing-trim:space-all}</style></head><body></body></html>`);
  const loaded = await page.evaluate(async () => {
    await Promise.all([document.fonts.load("400 16px 'Match Noto Sans JP'", '予算'), document.fonts.load("700 16px 'Match Noto Sans JP'", '予算')]);
    return document.fonts.check("700 16px 'Match Noto Sans JP'", '予算');
  });
  assert.ok(loaded, 'the bundled Noto Sans JP loaded in Chromium');
});
after(async () => {
  await browser?.close();
});

for (const seed of SEEDS) {
  test(`the CLI's PNG of ${seed} matches Chromium's drawing of the same file`, async () => {
    const result = renderDocumentSVG({ input: JSON.parse(readFileSync(seed, 'utf8')), width: 800 });
    assert.ok(result.ok);
    const resvg = decodePNG(await renderPNG({ svg: result.svg, scale: 1 }));
    const chromium = decodePNG(await chromiumPNG(result.svg));
    const { max, mean, at } = compare(resvg, chromium);
    const columns = Math.ceil(resvg.width / CELL);
    const where = `cell at x=${(at % columns) * CELL}, y=${Math.floor(at / columns) * CELL}`;
    assert.ok(max <= MAX_CELL, `largest cell difference ${max.toFixed(1)} (${where}), mean ${mean.toFixed(2)}`);
    assert.ok(mean <= MAX_MEAN, `mean cell difference ${mean.toFixed(2)}, largest ${max.toFixed(1)} (${where})`);
  });
}

test('the measure catches a PNG whose title is missing', async () => {
  const result = renderDocumentSVG({ input: JSON.parse(readFileSync('data/effects/egfr-response.json', 'utf8')), width: 800 });
  assert.ok(result.ok);
  const untitled = result.svg.replace(/<text class="standalone-title"[^>]*>[^<]*<\/text>/, '');
  assert.notEqual(untitled, result.svg);
  const { max } = compare(decodePNG(await renderPNG({ svg: untitled, scale: 1 })), decodePNG(await chromiumPNG(result.svg)));
  assert.ok(max > MAX_CELL, `largest cell difference without the title: ${max.toFixed(1)}`);
});
