/**
 * `policy-charts render --slide 16:9` on every seed data set, checked with the layout lint
 * (test/lint/layout-lint.ts) in Chromium at 1920×1080, in the bundled fonts: no drawn text under
 * 18 px, no text and no drawing outside the slide (nothing cut), and the file is the slide's size.
 * The governance chart fits as drawn, whole: the 本部's and 推進会議's role lines on their boxes (see
 * src/charts/org/slide.ts), its badges and lane labels are 18 px, nothing is scaled down.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { main } from '../../src/cli/policy-charts.js';
import { prepareBundledFonts } from '../../src/export/font-files.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const SEEDS = [
  ...readdirSync('data').filter((n) => n.endsWith('.json')).map((n) => `data/${n}`),
  ...readdirSync('data/effects').filter((n) => n.endsWith('.json')).map((n) => `data/effects/${n}`),
];
const dir = mkdtempSync(join(tmpdir(), 'policy-charts-slide-'));
let browser: Browser;
let page: Page;

before(async () => {
  const [regular, bold, symbols, symbolsBold] = await prepareBundledFonts();
  const face = (family: string, weight: number, file: string) =>
    `@font-face{font-family:'${family}';font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(file).toString('base64')})}`;
  const lint = await build({ entryPoints: ['test/lint/layout-lint.ts'], bundle: true, format: 'iife', globalName: 'layoutLint', write: false });
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html><head><style>${face('Slide JP', 400, regular!)}${face('Slide JP', 700, bold!)}${face('Slide Symbols', 400, symbols!)}${face('Slide Symbols', 700, symbolsBold!)}` +
      `html,body{margin:0}svg,svg *{font-family:'Slide JP','Slide Symbols' !important}</style></head><body><div id="slide"></div></body></html>`,
  );
  await page.addScriptTag({ content: lint.outputFiles[0]!.text });
  await page.evaluate(() => Promise.all([document.fonts.load("400 20px 'Slide JP'", '予算'), document.fonts.load("700 20px 'Slide JP'", '予算')]));
});
after(async () => {
  await browser?.close();
});

for (const seed of SEEDS) {
  test(`render --slide 16:9 of ${seed}: text at least 18 px on a 1920×1080 slide, nothing outside it`, async () => {
    const file = join(dir, `${seed.replace(/[/.]/g, '-')}.svg`);
    let err = '';
    const code = await main(['render', seed, '-o', file, '--slide', '16:9', '--fonts', 'none'], { out: () => {}, err: (t) => (err += t) });
    assert.equal(code, 0, err);
    // Fitted as drawn: the CLI says when it had to scale a page down.
    assert.doesNotMatch(err, /縮小|scaled to/);
    const svg = readFileSync(file, 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
    const result = await page.evaluate((markup) => {
      const host = document.getElementById('slide')!;
      host.innerHTML = markup;
      const lint = (window as unknown as { layoutLint: typeof import('../lint/layout-lint.js') }).layoutLint;
      const { findings } = lint.lintChart(host, { minFontPx: 18, frame: { x: 0, y: 0, width: 1920, height: 1080 }, rules: ['text-too-small', 'text-clipped', 'content-outside'] });
      return { findings, texts: host.querySelectorAll('text').length };
    }, svg.replace(/^<\?xml[^>]*>\s*/, ''));
    assert.ok(result.texts > 3, 'the slide has its text');
    assert.deepEqual(result.findings.map((f) => `${f.rule}: ${f.element}: ${f.detail}`), []);
  });
}

test('render --slide 16:9 of the governance chart: the 本部’s and 推進会議’s role lines are on the slide, at 18 px or more, none left off', async () => {
  const file = join(dir, 'governance-roles.svg');
  let err = '';
  const code = await main(['render', 'data/governance.json', '-o', file, '--slide', '16:9', '--fonts', 'none'], { out: () => {}, err: (t) => (err += t) });
  assert.equal(code, 0, err);
  // Nothing the slide's boxes leave off (「注記 N 行を省きました」).
  assert.doesNotMatch(err, /省きました|left off/);
  const lines = ['本部長：内閣総理大臣', '本部員：その他国務大臣', '議長：健康・医療戦略担当大臣', '構成員：関係府省局長クラス'];
  const sizes = await page.evaluate(
    (markup, wanted) => {
      const host = document.getElementById('slide')!;
      host.innerHTML = markup;
      const drawn = [...host.querySelectorAll<SVGTextContentElement>('svg svg text, svg svg tspan')];
      return wanted.map((w) => {
        const el = drawn.find((t) => (t.textContent ?? '').trim() === w);
        if (!el) return 0;
        const m = el.getScreenCTM()!;
        return parseFloat(getComputedStyle(el).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      });
    },
    readFileSync(file, 'utf8').replace(/^<\?xml[^>]*>\s*/, ''),
    lines,
  );
  lines.forEach((line, i) => assert.ok(sizes[i]! >= 18, `「${line}」 drawn at ${sizes[i]} px`));
});
