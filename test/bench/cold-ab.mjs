// Two trees' cold first renders side by side: each tree's one-script bundle built as the `*-cold`
// cases build it (built.mjs), then fresh tabs of the bench page taking turns between the two (A, B,
// B, A, …) in one browser, one measured first render each, so that load drifting over the run
// hits both alike. Prints each tree's medians (main-thread busy ms as run.mjs measures it, the
// script part, the element's phases) and the medians of the pairs' differences (B − A). A tool for
// comparing a change with the code before it (a second worktree at the base commit); it asserts
// nothing.
//
//   node test/bench/cold-ab.mjs <tree A> <tree B> [--pairs 12] [--kind budget|org] [--size 1000] [--pause 300]
//
// --pause: ms between the document's generation and the render (run.mjs's cold cases wait 300, as
// for a fetched document; 0, the default, renders at once).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const args = process.argv.slice(2);
const trees = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((t) => resolve(t));
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const pairs = Math.max(1, Number(option('pairs', 12)) || 12);
const kind = option('kind', 'budget') === 'org' ? 'org' : 'budget';
const pause = Number(option('pause', 0)) || 0;
const size = Math.max(1, Number(option('size', 1000)) || 1000);
if (trees.length !== 2) {
  console.error('usage: node test/bench/cold-ab.mjs <tree A> <tree B> [--pairs 12] [--kind budget|org] [--size 1000]');
  process.exit(2);
}

/** Each tree's bundle, built into a temp dir and served by that tree's bench server (its own page code). */
const sides = [];
for (const root of trees) {
  const { benchServer, buildForCold } = await import(join(root, 'test/bench/built.mjs'));
  const dir = mkdtempSync(join(tmpdir(), 'policy-charts-cold-ab-'));
  await buildForCold(root, dir);
  const server = await benchServer(root, dir);
  await server.listen();
  sides.push({ root, dir, server, port: server.httpServer.address().port, runs: [] });
}
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, protocolTimeout: 0, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

/** One cold first render of the element in a fresh tab of `side`'s page. */
async function firstRender(side) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1100, height: 800, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${side.port}/test/bench/bench.html?code=built`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    await page.evaluate(() => window.bench.status());
    await page.evaluate((o) => window.bench.prepare(o), { kind, size, seed: 1 });
    if (pause) await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), pause);
    await page.evaluate(() => window.bench.reset({ impl: 'element', scenario: 'first-render' }));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    const before = await busy();
    const r = await page.evaluate(() => window.bench.run({ impl: 'element', scenario: 'first-render' }));
    // (With the frames until the element is quiet: its first size comes in one of them.)
    await page.evaluate(() => window.bench.untilQuiet());
    return { busy: (await busy()) - before, script: r.script, ...r.phases };
  } finally {
    await page.close();
  }
}

try {
  for (let i = 0; i < pairs; i++) for (const side of i % 2 ? [sides[1], sides[0]] : sides) side.runs.push(await firstRender(side));
} finally {
  await browser.close();
  for (const side of sides) {
    await side.server.close();
    rmSync(side.dir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const keys = ['busy', 'script', 'parse', 'layout', 'willUpdateOther', 'render', 'commit'];
console.log(`${kind} ${size}, ${pairs} pairs of fresh tabs; medians (ms):`);
for (const [name, side] of [['A', sides[0]], ['B', sides[1]]]) {
  console.log(`  ${name} ${side.root}: ${keys.map((k) => `${k} ${median(side.runs.map((r) => r[k])).toFixed(1)}`).join(', ')}`);
}
console.log(`  B − A, median of the pairs: ${keys.map((k) => `${k} ${median(sides[0].runs.map((a, i) => sides[1].runs[i][k] - a[k])).toFixed(1)}`).join(', ')}`);
