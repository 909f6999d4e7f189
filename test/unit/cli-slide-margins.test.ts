/**
 * `policy-charts render --slide 16:9` draws a slide with even margins: the drawing centred on the
 * page (as much space left of it as right of it, above as below), and nothing closer to the
 * slide's edges than a presenter's slide keeps (review R10-0-10: the governance chart's title was
 * 8 px from the left edge, its drawing ~40–60 px from the right). Measured on the pixels: the page
 * drawn by resvg in the bundled fonts, ink being any pixel that differs from the background.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { main } from '../../src/cli/policy-charts.js';
import { SLIDE_MARGIN } from '../../src/cli/render-document.js';
import { BUNDLED_FONT_FAMILY, prepareBundledFonts } from '../../src/export/font-files.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-charts-margins-'));

interface Ink {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Space between the ink and each edge of the drawn page, px. */
async function inkMargins(svg: string): Promise<Ink> {
  const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: await prepareBundledFonts(), defaultFontFamily: BUNDLED_FONT_FAMILY } }).render();
  const { width, height, pixels } = image;
  const background = [pixels[0]!, pixels[1]!, pixels[2]!];
  let x0 = width;
  let x1 = -1;
  let y0 = height;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const d = Math.abs(pixels[i]! - background[0]!) + Math.abs(pixels[i + 1]! - background[1]!) + Math.abs(pixels[i + 2]! - background[2]!);
      if (d <= 30) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return { left: x0, right: width - 1 - x1, top: y0, bottom: height - 1 - y1 };
}

/** The page without the frame's text (title, header, legend, notes, the rings of their circled numbers): the chart's drawing alone. */
const chartOnly = (svg: string) =>
  svg
    .replace(/<text class="standalone-[^"]*"[^>]*>[\s\S]*?<\/text>/g, '')
    .replace(/<rect class="standalone-ring"[^>]*><\/rect>/g, '')
    .replace(/<svg class="legend-sample"[\s\S]*?<\/svg>/g, '');

async function slide(seed: string): Promise<string> {
  const file = join(dir, `${seed.replace(/[/.]/g, '-')}.svg`);
  let err = '';
  const code = await main(['render', seed, '-o', file, '--slide', '16:9', '--fonts', 'none'], { out: () => {}, err: (t) => (err += t) });
  assert.equal(code, 0, err);
  assert.doesNotMatch(err, /縮小|scaled to/, 'drawn at its size, not scaled down');
  return readFileSync(file, 'utf8');
}

// [seed, least margin on every side, how far the drawing may sit off centre across, px (undefined:
// not checked, the effect chart's own drawing is not symmetric: labels left, the last tick's
// figure overhanging right)]. A left-to-right org chart keeps room for a ⊕ right of its boxes,
// which a file does not draw on open boxes: partnership sits 11 px off.
// Two org charts need more of the slide to show everything on it: governance its width for its
// boxes whole (role lines on the slide), partnership its height for the council's 40 names in full.
// They are laid out 8 px from the sides and centred, which leaves 25 px or more; the others keep SLIDE_MARGIN.
const CASES: Array<[string, number, number | undefined]> = [
  ['data/governance.json', 24, 6],
  ['data/partnership-council.json', 24, 12],
  ['data/pharma-budget.json', SLIDE_MARGIN, 6],
  ['data/effects/egfr-response.json', SLIDE_MARGIN, undefined],
];

for (const [seed, least, offCentre] of CASES) {
  test(`render --slide 16:9 of ${seed}: the drawing centred on the slide, ≥ ${least} px from every edge`, async () => {
    const svg = await slide(seed);
    const page = await inkMargins(svg);
    for (const side of ['left', 'right', 'top', 'bottom'] as const) assert.ok(page[side] >= least, `${side} margin ${page[side]} px (${JSON.stringify(page)})`);
    // Centred down the page: the frame's text and the chart as one block.
    assert.ok(Math.abs(page.top - page.bottom) <= 10, `top ${page.top} px, bottom ${page.bottom} px`);
    const chart = await inkMargins(chartOnly(svg));
    if (offCentre !== undefined) assert.ok(Math.abs(chart.left - chart.right) <= offCentre, `drawing ${chart.left} px from the left, ${chart.right} px from the right`);
    // The frame's text starts where the drawing does, or further out only up to the slide's margin.
    assert.ok(page.left >= Math.min(least, chart.left) - 1, `text ${page.left} px, drawing ${chart.left} px from the left`);
  });
}
