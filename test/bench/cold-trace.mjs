// Where a cold first render's main-thread time goes: a Chromium trace of the first render in
// each of a few fresh tabs (as run.mjs's `*-cold` cases measure it: the code a page ships, built
// for this run, the document handed over 300 ms after load), summed by trace event (self time,
// thread CPU) per tab.
//
//   node test/bench/cold-trace.mjs [--kind budget|org] [--impl element|baseline] [--tabs 4] [--size 1000] [--dev]
//
// --dev: Vite's dev modules instead of the built files (run.mjs --cold-code dev). Prints, per tab,
// the total and its parts (V8 compilation, script, GC, style, layout, paint, the rest), then
// the events with the most self time, averaged over the tabs. A trace makes each tab slower
// than run.mjs's figures: read the parts as shares.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { benchServer, buildForCold } from './built.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = { kind: 'budget', impl: 'element', tabs: 4, size: 1000, dev: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--kind') opt.kind = args[++i] === 'org' ? 'org' : 'budget';
  else if (a === '--impl') opt.impl = args[++i] === 'baseline' ? 'baseline' : 'element';
  else if (a === '--tabs') opt.tabs = Math.max(1, Number(args[++i]) || 4);
  else if (a === '--size') opt.size = Math.max(1, Number(args[++i]) || 1000);
  else if (a === '--dev') opt.dev = true;
  else {
    console.error(`unknown option ${a}`);
    process.exit(2);
  }
}

/** The part of a cold render an event's self time counts for. */
function partOf(name) {
  if (/^V8\.(ParseFunction|PreParse|Compile|.*Compile)|FlushInstructionCache|^V8\.Maglev|Optimize|Deoptimize/.test(name)) return 'compile';
  if (/GC|MinorGC|MajorGC|Sweep/.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|RecalcStyle|Document::recalcStyle|ParseAuthorStyleSheet)/.test(name)) return 'style';
  if (/^(Layout|LocalFrameView::performLayout|InlineNode::)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers)/.test(name)) return 'paint';
  if (/^(RunMicrotasks|FunctionCall|v8\.callFunction|v8\.run|v8\.callAsConstructor|EvaluateScript|V8\.Execute|TimerFire|FireAnimationFrame|V8\.BytecodeBudgetInterrupt|ParseHTML)/.test(name)) return 'script';
  return 'rest';
}

const dir = opt.dev ? '' : mkdtempSync(join(tmpdir(), 'policy-charts-cold-trace-'));
if (dir) await buildForCold(ROOT, dir);
const server = await benchServer(ROOT, dir || undefined);
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, protocolTimeout: 0, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const traceFile = join(tmpdir(), `policy-charts-cold-trace-${process.pid}.json`);
const byName = new Map();
try {
  console.log(`${opt.kind} ${opt.size}, ${opt.impl}, ${dir ? 'built bundle' : 'dev modules'}; per tab, main-thread self ms:`);
  for (let tab = 0; tab < opt.tabs; tab++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/test/bench/bench.html${dir ? '?code=built' : ''}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    await page.evaluate(() => window.bench.status());
    await page.evaluate((o) => window.bench.prepare(o), { kind: opt.kind, size: opt.size, seed: 1 });
    // As run.mjs's cold cases: the document 300 ms after load (COLD_DATA_DELAY), the idle warm-up done.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await page.evaluate((impl) => window.bench.reset({ impl, scenario: 'first-render' }), opt.impl);
    await page.tracing.start({ path: traceFile, categories: ['devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc'] });
    await page.evaluate(() => performance.mark('cold-start'));
    await page.evaluate((impl) => window.bench.run({ impl, scenario: 'first-render' }), opt.impl);
    await page.evaluate(() => window.bench.untilQuiet());
    await page.evaluate(() => performance.mark('cold-end'));
    await page.tracing.stop();
    await page.close();
    const events = JSON.parse(readFileSync(traceFile, 'utf8')).traceEvents;
    const marks = events.filter((e) => e.name === 'cold-start' || e.name === 'cold-end').sort((a, b) => a.ts - b.ts);
    const pid = marks[0].pid;
    const tid = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
    const main = events
      .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= marks[0].ts && e.ts + e.dur <= marks[1].ts)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Self time: an event's thread time less its children's.
    const self = new Map();
    const stack = [];
    for (const e of main) {
      while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
      const t = (e.tdur ?? e.dur) / 1000;
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - t);
      self.set(e.name, (self.get(e.name) ?? 0) + t);
      stack.push({ name: e.name, end: e.ts + e.dur });
    }
    const parts = { compile: 0, script: 0, gc: 0, style: 0, layout: 0, paint: 0, rest: 0 };
    let total = 0;
    for (const [name, ms] of self) {
      byName.set(name, (byName.get(name) ?? 0) + ms / opt.tabs);
      // A task's own bookkeeping, and for the baseline the script it runs (inside the evaluate task).
      const part = name === 'RunTask' ? (opt.impl === 'baseline' ? 'script' : 'rest') : partOf(name);
      parts[part] += ms;
      total += ms;
    }
    console.log(`  tab ${tab + 1}: ${total.toFixed(1)} = ${Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  console.log('events with the most self time (ms, mean of the tabs):');
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(2).padStart(7)}  ${name}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(traceFile, { force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
}
