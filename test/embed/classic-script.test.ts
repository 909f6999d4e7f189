/**
 * A page opened from disk (`file://`) that loads the charts with one classic script,
 * `<script src="policy-charts.iife.js">`, as a CMS that takes only `<script src>` would. Module
 * scripts do not run from file:// pages; the classic script must. The script is built by
 * Vite's build() API in mode `iife` into a temporary directory (never dist/).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the classic-script build on a page opened from disk', () => {
  let tmp: string;
  let browser: Browser | undefined;

  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'policy-charts-iife-'));
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'iife', logLevel: 'error', build: { outDir: tmp, emptyOutDir: false } });
    const effect = await readFile(join(ROOT, 'data/effects/egfr-response.json'), 'utf8');
    const budget = await readFile(join(ROOT, 'data/pharma-budget.json'), 'utf8');
    await writeFile(
      join(tmp, 'page.html'),
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="policy-charts.iife.js"></script></head><body>
<policy-effect-chart id="effect"><script type="application/json">${effect}</script></policy-effect-chart>
<policy-budget-treemap id="budget"><script type="application/json">${budget}</script></policy-budget-treemap>
<policy-org-chart id="org"></policy-org-chart>
</body></html>`,
    );
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  });

  after(async () => {
    await browser?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('defines every tag, exposes the PolicyCharts global and draws the charts', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 900, height: 900 });
    await page.goto(pathToFileURL(join(tmp, 'page.html')).href);
    await page.waitForFunction(() => ['effect', 'budget'].every((id) => (document.getElementById(id) as HTMLElement & { status?: string }).status === 'ready'), { timeout: 30_000 });
    const seen = await page.evaluate(() => ({
      tags: ['policy-org-chart', 'policy-budget-treemap', 'policy-effect-chart'].map((t) => customElements.get(t) !== undefined),
      global: typeof (window as unknown as { PolicyCharts?: { parseBudget?: unknown } }).PolicyCharts?.parseBudget,
      svg: ['effect', 'budget'].map((id) => document.getElementById(id)!.shadowRoot!.querySelector('svg')?.getBoundingClientRect().height ?? 0),
      org: (document.getElementById('org') as HTMLElement & { status?: string }).status,
    }));
    assert.deepEqual(seen.tags, [true, true, true]);
    assert.equal(seen.global, 'function');
    for (const h of seen.svg) assert.ok(h > 80, `a chart is drawn (${h} px tall)`);
    assert.equal(seen.org, 'empty');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
