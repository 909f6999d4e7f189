// Where a fresh tab's first treemap layout spends its time: the pure stages the element runs in its
// first update (parse, summary, layout with the canvas measure), timed in fresh tabs of the bench page
// with the one-script bundle built for this run, three passes each: the first pass is the cold one
// (code running for the first time in the tab, each string measured on the canvas for the first
// time), the later ones show the same work warm (widths then come from the measure's cache). The
// element's idle warm-up (src/kit/element/warm-up.ts) has run before the first pass, as in the
// bench's cold cases. A tool for finding where cold time goes; it asserts nothing.
//
//   node test/bench/cold-stages.mjs [--tabs 5] [--no-minify]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { benchServer } from './built.mjs';
const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'policy-charts-cold-stages-'));
const minify = !process.argv.includes('--no-minify');
const tabsAt = process.argv.indexOf('--tabs');
const TABS = tabsAt >= 0 ? Math.max(1, Number(process.argv[tabsAt + 1]) || 5) : 5;
await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'bundle', logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, sourcemap: false, minify } });
const server = await benchServer(ROOT, dir);
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
for (let t = 0; t < TABS; t++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`http://127.0.0.1:${port}/test/bench/bench.html?code=built`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await page.evaluate(() => window.bench.status());
  await new Promise((r) => setTimeout(r, 500));
  const out = await page.evaluate(async () => {
    const { generateBudget } = await import('/test/fixtures/generate-budget.ts');
    const raw = generateBudget({ leaves: 1000, seed: 1 });
    // The treemap's label font, from the two modules that define it (constants; metrics.ts imports only types).
    const { DEFAULT_FONT_FAMILY } = await import('/src/theme/font-family.ts');
    const { TREEMAP_FONT_SIZE } = await import('/src/charts/budget/layout/metrics.ts');
    const font = `${TREEMAP_FONT_SIZE}px ${DEFAULT_FONT_FAMILY}`;
    const m = await import('/@bench-built/policy-charts.js');
    await new Promise((r) => setTimeout(r, 300));
    const rows = [];
    for (let pass = 0; pass < 3; pass++) {
      const input = structuredClone(raw);
      const t0 = performance.now();
      const parsed = m.parseBudget(input);
      const t1 = performance.now();
      const summary = m.summarizeBudget(parsed.value);
      const t2 = performance.now();
      const measure = m.createCanvasMeasure(font);
      const layout = m.layoutTreemap({ doc: parsed.value, summary, width: 1000, height: 600, measure, locale: 'ja' });
      const t3 = performance.now();
      rows.push(`pass ${pass}: parse ${(t1 - t0).toFixed(1)} summary ${(t2 - t1).toFixed(1)} layout ${(t3 - t2).toFixed(1)} (cells ${layout.cells.length})`);
    }
    return rows.join(' | ');
  });
  console.log(out);
  await page.close();
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
