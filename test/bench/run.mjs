// `npm run bench`: speed of <policy-org-chart> and <policy-budget-treemap> against plain-d3
// baselines, in Debian's headless Chromium, same data, same run. No assertions on time: it
// prints a table, writes test/bench/results/latest.json and the generated block of
// test/bench/RESULTS.md, and exits 0 unless it could not run at all.
//
//   node test/bench/run.mjs [--runs 5] [--only org-10000] [--profile org-10000-first-render]
//                           [--no-size] [--size-only] [--no-write] [--presize]
//
// --presize (an experiment; results go to a partial file, never to RESULTS.md) gives each
// element its width before the first update, to show what the first layout at the default
// width, redone when the ResizeObserver reports, costs.
//
// --profile CASE records a V8 CPU profile of the element's measured runs of that case
// (--profile baseline:CASE: of the baseline's), saves it as test/bench/results/CASE.cpuprofile
// (open it in Chrome DevTools) and prints the functions and files with the most self time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { benchServer, buildForCold } from './built.mjs';
import { build, minifySync } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, 'test/bench');
const RESULTS_DIR = join(BENCH, 'results');
const CHROME = CHROMIUM_PATH;
const SEED = 1;

const args = process.argv.slice(2);
const opt = { runs: 5, coldTabs: 11, only: '', skip: [], profile: '', size: true, sizeOnly: false, write: true, presize: false, coldCode: 'built' };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  // --runs also sets the cold cases' tabs (11 by default: one measured render per tab, whose spread is wide).
  if (a === '--runs') opt.coldTabs = opt.runs = Math.max(1, Number(args[++i]) || 5);
  else if (a === '--only') opt.only = args[++i] ?? '';
  // A case too long for the machine at hand (e.g. org-50000-expanded under load): the run is
  // still one run, and its tables say what was skipped.
  else if (a === '--skip') opt.skip.push(args[++i] ?? '');
  else if (a === '--profile') opt.profile = args[++i] ?? '';
  else if (a === '--no-size') opt.size = false;
  else if (a === '--size-only') opt.sizeOnly = true;
  else if (a === '--no-write') opt.write = false;
  else if (a === '--presize') opt.presize = true;
  // Where the cold cases' code comes from: `built` (default), the files a page ships, built for
  // the run into a temp dir (buildForCold); `dev`, Vite's dev modules like the other cases (readable profiles).
  else if (a === '--cold-code') opt.coldCode = args[++i] === 'dev' ? 'dev' : 'built';
  else {
    console.error(`unknown option ${a}`);
    process.exit(2);
  }
}

/**
 * In the cold cases, ms from the page's load (the script run, the document generated) to the first
 * render: the time a fetched document (`src`) takes to arrive, on a fast connection or slower. Both
 * implementations wait alike; the element's idle start-up work (kit/element/warm-up.ts) runs in it.
 */
const COLD_DATA_DELAY = 300;

/**
 * The acceptance lists of issues 3 and 4 ("Speed") and 13 (like-for-like). `expanded`: the
 * element draws every body, as the baseline does. `cold`: the first render in a fresh tab
 * (code loaded, never run on the document; the document {@link COLD_DATA_DELAY} ms later), one per
 * tab, 11 tabs per implementation (`--runs` N: N).
 */
const CASES = [
  { kind: 'org', size: 1_000, scenario: 'first-render', goal: 'no slower than plain d3' },
  { kind: 'org', size: 1_000, scenario: 'first-render', cold: true, goal: 'no slower than plain d3, cold' },
  { kind: 'org', size: 1_000, scenario: 'first-render', expanded: true, goal: 'every body drawn: ≤ 1.0× plain d3' },
  { kind: 'org', size: 10_000, scenario: 'first-render', expanded: true, goal: 'every body drawn: ≤ 1.0× plain d3' },
  { kind: 'org', size: 50_000, scenario: 'first-render', expanded: true, runs: 2, goal: 'every body drawn: ≤ 1.5× plain d3' },
  { kind: 'org', size: 10_000, scenario: 'first-render', goal: 'no slower than plain d3' },
  { kind: 'org', size: 10_000, scenario: 'toggle', goal: 'under one frame of work (16.7 ms)' },
  // The same body, scrolled into the middle of the window first (not timed), as when a reader clicks it: its motion shows.
  { kind: 'org', size: 10_000, scenario: 'toggle', onscreen: true, goal: 'under one frame of work (16.7 ms)' },
  // A body not opened before in each run (the element remembers a few recent layouts: a body opened and closed again is not laid out again).
  { kind: 'org', size: 10_000, scenario: 'toggle', fresh: true, goal: 'under one frame of work (16.7 ms)' },
  // The same, the body in the middle of the window and the pointer over it 0.5 s before each click: the element lays the expand out ahead in idle time.
  { kind: 'org', size: 10_000, scenario: 'toggle', fresh: true, onscreen: true, hover: 500, goal: 'under one frame of work (16.7 ms)' },
  // A body not opened before, 1.5 s after the last action (as a reader reads before the next click): the element lays out ahead, in idle time, the expands of the bodies it draws.
  { kind: 'org', size: 10_000, scenario: 'toggle', fresh: true, read: 1500, goal: 'under one frame of work (16.7 ms)' },
  { kind: 'budget', size: 1_000, scenario: 'first-render', goal: 'no slower than plain d3' },
  { kind: 'budget', size: 1_000, scenario: 'first-render', cold: true, goal: 'no slower than plain d3, cold' },
  { kind: 'budget', size: 10_000, scenario: 'first-render', goal: 'faster than plain d3' },
  { kind: 'budget', size: 50_000, scenario: 'first-render', goal: 'faster than plain d3' },
  { kind: 'budget', size: 1_000, scenario: 'first-render', everyLeaf: true, goal: 'min-cell-area 0: ≤ 1.0× plain d3' },
  { kind: 'budget', size: 10_000, scenario: 'first-render', everyLeaf: true, goal: 'min-cell-area 0: ≤ 1.0× plain d3' },
  { kind: 'budget', size: 50_000, scenario: 'first-render', everyLeaf: true, runs: 2, goal: 'min-cell-area 0: ≤ 1.0× plain d3' },
  { kind: 'budget', size: 50_000, scenario: 'drill', goal: 'under 100 ms of work' },
].map((c) => ({ ...c, id: `${c.kind}-${c.size}-${c.expanded ? 'expanded' : c.everyLeaf ? 'every-leaf' : c.cold ? 'cold' : c.scenario}${c.onscreen ? '-onscreen' : ''}${c.fresh ? '-new' : ''}${c.hover ? '-hover' : ''}${c.read ? '-read' : ''}` }));

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);

function chromiumVersion() {
  try {
    return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function machine(browserVersion) {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    chromium: browserVersion,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    /** Load average when the run started: other work on the machine makes the numbers noisier. */
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// ------------------------------------------------------------------ browser measurements

const METRIC_KEYS = ['TaskDuration', 'ThreadTime', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out = {};
  for (const m of list) if (METRIC_KEYS.includes(m.name)) out[m.name] = m.value * 1000;
  return out;
}

/** Runs one measured action and adds Chromium's main-thread busy times around it. */
async function measured(page, cdp, spec) {
  await page.evaluate((s) => window.bench.reset(s), spec);
  const before = await metrics(cdp);
  const r = await page.evaluate((s) => window.bench.run(s), spec);
  let after = await metrics(cdp);
  // Until the frame that showed the element's last update: while it updates again in the next
  // two frames (its first size, say), the reading moves on to the frame that showed that one
  // (page.ts quiet). The reading with the two quiet frames after (as every reading of the element
  // was until 2026-12-04: the baseline's never had them) is kept beside it.
  r.lateUpdates = 0;
  for (let q = await page.evaluate(() => window.bench.quiet()); ; q = await page.evaluate(() => window.bench.quiet())) {
    const now = await metrics(cdp);
    if (!q.result) {
      r.cpuWithQuietFrames = now.ThreadTime - before.ThreadTime;
      break;
    }
    Object.assign(r, q.result);
    r.lateUpdates++;
    after = now;
  }
  r.busy = after.TaskDuration - before.TaskDuration;
  // CPU time of the renderer's main thread: the least disturbed by other load on the machine.
  r.cpu = after.ThreadTime - before.ThreadTime;
  r.cdpScript = after.ScriptDuration - before.ScriptDuration;
  r.cdpLayout = after.LayoutDuration - before.LayoutDuration;
  r.cdpStyle = after.RecalcStyleDuration - before.RecalcStyleDuration;
  // The drawing's elements and items, counted once the counters are read (not timed).
  Object.assign(r, await page.evaluate(() => window.bench.drawnCounts()));
  // Heap after the action, once garbage is collected (not timed): what the drawing keeps.
  await cdp.send('HeapProfiler.collectGarbage');
  r.heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  return r;
}

function summarize(runs) {
  const pick = (f) => median(runs.map(f));
  const phaseKeys = [...new Set(runs.flatMap((r) => Object.keys(r.phases ?? {})))];
  return {
    wall: pick((r) => r.wall),
    busy: pick((r) => r.busy),
    cpu: pick((r) => r.cpu),
    cpuWithQuietFrames: pick((r) => r.cpuWithQuietFrames),
    script: pick((r) => r.script),
    forcedLayout: pick((r) => r.forcedLayout),
    cdpScript: pick((r) => r.cdpScript),
    cdpLayout: pick((r) => r.cdpLayout),
    cdpStyle: pick((r) => r.cdpStyle),
    updates: pick((r) => r.updates),
    domElements: pick((r) => r.domElements),
    allElements: pick((r) => r.allElements),
    items: pick((r) => r.items),
    heapMb: pick((r) => r.heapMb),
    phases: Object.fromEntries(phaseKeys.map((k) => [k, pick((r) => r.phases?.[k])])),
  };
}

/** Self time per function and per file, and total (inclusive) time per function, from a CDP CPU profile. */
function profileSummary(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map();
  const fileOf = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '') : '(native)';
    fileOf.set(n.id, file);
    keyOf.set(n.id, `${f.functionName || '(anonymous)'}  ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`);
  }
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const self = new Map();
  const total = new Map();
  const byFile = new Map();
  const add = (m, k, ms) => m.set(k, (m.get(k) ?? 0) + ms);
  for (const [id, ms] of dt) {
    add(self, keyOf.get(id), ms);
    add(byFile, fileOf.get(id), ms);
    // Inclusive: every distinct function on the sampled stack (recursion counted once).
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const k = keyOf.get(n);
      if (!seen.has(k)) {
        seen.add(k);
        add(total, k, ms);
      }
    }
  }
  void nodes;
  const top = (m, n, skip = () => false) =>
    [...m]
      .filter(([k]) => !skip(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => ({ name: k, ms: Math.round(ms * 10) / 10 }));
  // Frames every sample passes through (the root, the bench's own driver) say nothing.
  const driver = (k) => k.startsWith('(root)') || /\/test\/bench\//.test(k) || k.startsWith('(program)') || k.startsWith('(idle)');
  return { functions: top(self, 25), total: top(total, 30, driver), files: top(byFile, 15) };
}

/**
 * Measures one case in a fresh tab for the given implementations. First renders of both are
 * interleaved in one tab (baseline, element, then element, baseline, ...), so that load from
 * other work on the machine hits both alike; toggles and drill-downs get a tab each.
 */
async function runCase(browser, port, c, impls, info) {
  const out = {};
  const page = await browser.newPage();
  const warnings = new Set();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && warnings.add(`[${m.type()}] ${m.text()}`.slice(0, 300)));
  page.on('pageerror', (e) => warnings.add(`[page error] ${e.message}`.slice(0, 300)));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && warnings.add(`[http ${r.status()}] ${r.url().replace(/^https?:\/\/[^/]+/, '')}`));
  const fail = (impl, error) => (out[impl] = { error, warnings: [...warnings] });
  try {
    await page.setViewport({ width: 1100, height: 800, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/test/bench/bench.html${c.cold && opt.coldCode === 'built' ? '?code=built' : ''}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const status = await page.evaluate(() => window.bench.status());
    const s = status[c.kind] ?? {};
    const active = [];
    for (const impl of impls) {
      if (status.defineError) out[impl] = { missing: `src/define.ts failed to load: ${status.defineError}` };
      else if (s.generator !== true) out[impl] = { missing: `generator not available: ${s.generator}` };
      else if (impl === 'element' && !s.element) out[impl] = { missing: `<${c.kind === 'org' ? 'policy-org-chart' : 'policy-budget-treemap'}> is not registered by src/define.ts` };
      else active.push(impl);
    }
    if (!active.length) return out;
    if (status.litDevMode) warnings.add('Lit is in dev mode: the element numbers are pessimistic');
    info.doc = await page.evaluate((o) => window.bench.prepare(o), { kind: c.kind, size: c.size, seed: SEED });
    // A fresh tab's document arrives a while after the script has run, as a fetched one (`src`) does.
    if (c.cold) await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), COLD_DATA_DELAY);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');

    /** The measured actions of one run, per implementation. */
    const actions = {};
    for (const impl of active) {
      if (c.scenario === 'first-render') {
        actions[impl] = ['first-render'];
        continue;
      }
      const setup = await measured(page, cdp, { impl, scenario: 'first-render' });
      if (setup.status !== 'ready') return { ...out, [impl]: fail(impl, `the element's status after the first render is "${setup.status}"`) };
      if (c.scenario === 'toggle') {
        const target = await page.evaluate((id) => window.bench.pickToggleTarget(id), info.target?.id);
        if (!target) return { ...out, [impl]: fail(impl, 'no collapsed body with an id found to expand (looked for [role=treeitem][aria-expanded=false][data-id])') };
        if (impl === 'element' || !info.target) info.target = target;
        // One body per run (the warm-up's too), each opened for the first time: the element's choice, toggled by the baseline too.
        if (c.fresh && impl === 'element') info.targets = await page.evaluate((n) => window.bench.pickToggleTargets(n), Math.min(opt.runs, c.runs ?? opt.runs) + 1);
        // The element starts collapsed below a depth, the baseline fully expanded.
        actions[impl] = impl === 'element' ? ['expand', 'collapse'] : ['collapse', 'expand'];
      } else {
        info.target = await page.evaluate(() => window.bench.pickDrillTarget());
        actions[impl] = ['drill-in', 'drill-out'];
      }
    }
    const profiled = active.find((impl) => opt.profile === `${impl}:${c.id}` || (impl === 'element' && opt.profile === c.id));
    const runs = Object.fromEntries(active.map((impl) => [impl, Object.fromEntries(actions[impl].map((a) => [a, []]))]));
    const lastRun = c.cold ? 0 : Math.min(opt.runs, c.runs ?? opt.runs);
    for (let run = 0; run <= lastRun; run++) {
      // Cold cases measure run 0 (no warm-up): profile it.
      if (profiled && run === (c.cold ? 0 : 1)) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      for (const impl of run % 2 ? active : [...active].reverse()) {
        if (c.fresh && info.targets) await page.evaluate((id) => window.bench.setTarget(id), info.targets[run % info.targets.length]);
        for (const scenario of actions[impl]) {
          const r = await measured(page, cdp, { impl, scenario, presize: opt.presize, expanded: Boolean(c.expanded), everyLeaf: Boolean(c.everyLeaf), onscreen: Boolean(c.onscreen), hover: c.hover ?? 0, read: c.read ?? 0 });
          if (r.status !== 'ready') return { ...out, [impl]: fail(impl, `the element's status after ${scenario} is "${r.status}"`) };
          if (run > 0 || c.cold) runs[impl][scenario].push(r); // run 0 is the warm-up, unless cold
        }
      }
    }
    let profile;
    if (profiled) {
      const { profile: p } = await cdp.send('Profiler.stop');
      mkdirSync(RESULTS_DIR, { recursive: true });
      const file = join(RESULTS_DIR, `${profiled}-${c.id}.cpuprofile`);
      writeFileSync(file, JSON.stringify(p));
      profile = { file: file.replace(`${ROOT}/`, ''), ...profileSummary(p) };
    }
    for (const impl of active) {
      out[impl] = {
        actions: Object.fromEntries(actions[impl].map((a) => [a, { median: summarize(runs[impl][a]), runs: runs[impl][a] }])),
        profile: impl === profiled ? profile : undefined,
        warnings: [...warnings],
      };
    }
    return out;
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    for (const impl of impls) if (!out[impl]?.actions && !out[impl]?.missing) fail(impl, message);
    return out;
  } finally {
    await page.close();
  }
}

// ------------------------------------------------------------------ bundle size

/**
 * Sizes of a built file as it is, and fully minified: Vite's library mode keeps whitespace
 * and comments in ES output (to keep pure annotations for tree-shaking), which a page
 * loading the single-file bundle with one script tag does not need.
 */
function gz(file) {
  const bytes = readFileSync(file);
  const min = Buffer.from(minifySync('bundle.js', bytes.toString('utf8'), { compress: true, mangle: true }).code);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, minRaw: min.length, minGzip: gzipSync(min, { level: 9 }).length };
}

async function bundleSizes() {
  const out = { note: 'gzip level 9, like .ci/check-size.mjs' };
  const dist = join(ROOT, 'dist/policy-charts.js');
  if (existsSync(dist)) out.policyCharts = { file: 'dist/policy-charts.js', built: statSync(dist).mtime.toISOString(), ...gz(dist) };
  else out.policyCharts = { missing: 'dist/policy-charts.js not built: run `npx vite build --mode bundle` first' };
  const tmp = mkdtempSync(join(tmpdir(), 'policy-charts-bench-size-'));
  try {
    for (const [key, entry] of [
      ['d3Deps', 'test/bench/size/d3-deps.js'],
      ['baselinePages', 'test/bench/size/baseline-pages.ts'],
    ]) {
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'silent',
        build: {
          outDir: join(tmp, key),
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          lib: { entry: join(ROOT, entry), formats: ['es'], fileName: () => `${key}.js` },
        },
      });
      out[key] = { entry, ...gz(join(tmp, key, `${key}.js`)) };
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  out.ratioToD3Deps = ratio(out.policyCharts.gzip, out.d3Deps.gzip);
  out.ratioToBaselinePages = ratio(out.policyCharts.gzip, out.baselinePages.gzip);
  out.minifiedRatioToD3Deps = ratio(out.policyCharts.minGzip, out.d3Deps.minGzip);
  out.minifiedRatioToBaselinePages = ratio(out.policyCharts.minGzip, out.baselinePages.minGzip);
  return out;
}

// ------------------------------------------------------------------ report

const SCENARIO_LABEL = {
  'first-render': 'first render',
  expand: 'expand one body',
  collapse: 'collapse one body',
  'drill-in': 'drill into the largest item',
  'drill-out': 'drill back to the top',
};

function rowsOf(results) {
  const rows = [];
  for (const c of results.cases) {
    const el = c.element;
    const base = c.baseline;
    const actions = Object.keys(el.actions ?? base.actions ?? {});
    for (const a of actions) {
      const e = el.actions?.[a]?.median;
      const b = base.actions?.[a]?.median;
      rows.push({
        chart: c.kind === 'org' ? 'org chart' : 'budget treemap',
        n: `${c.size.toLocaleString('en')} ${c.kind === 'org' ? 'bodies' : 'leaves'}`,
        what: `${SCENARIO_LABEL[a] ?? a}${c.expanded ? ', every body drawn' : ''}${c.everyLeaf ? ', min-cell-area 0' : ''}${c.cold ? ', cold (fresh tab)' : ''}${c.onscreen ? ', the body in view' : ''}${c.fresh ? ', a body not opened before' : ''}${c.hover ? `, pointed at ${c.hover / 1000} s before` : ''}${c.read ? `, ${c.read / 1000} s after the last action` : ''}`,
        el: e,
        base: b,
        elNote: el.missing ?? el.error,
        baseNote: base.missing ?? base.error,
        goal: c.goal,
      });
    }
  }
  return rows;
}

function table(results) {
  const head = ['chart', 'size', 'action', 'element wall', 'd3 wall', 'wall ratio', 'element CPU', 'd3 CPU', 'CPU ratio', 'DOM el / d3', 'DOM per item el / d3', 'heap MB el / d3', 'goal'];
  const lines = [head];
  for (const r of rowsOf(results)) {
    const e = r.el ?? {};
    const b = r.base ?? {};
    lines.push([
      r.chart,
      r.n,
      r.what,
      r.el ? fmt(e.wall) : `(${r.elNote ?? 'n/a'})`.slice(0, 60),
      r.base ? fmt(b.wall) : `(${r.baseNote ?? 'n/a'})`.slice(0, 60),
      fmt(ratio(e.wall, b.wall), 2),
      fmt(e.cpu),
      fmt(b.cpu),
      fmt(ratio(e.cpu, b.cpu), 2),
      `${fmt(e.domElements, 0)} (${fmt(e.allElements, 0)} in all) / ${fmt(b.domElements, 0)}`,
      `${fmt(ratio(e.domElements, e.items), 1)} / ${fmt(ratio(b.domElements, b.items), 1)}`,
      `${fmt(e.heapMb, 1)} / ${fmt(b.heapMb, 1)}`,
      r.goal,
    ]);
  }
  return lines;
}

function printTable(lines) {
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, j) => String(cell).padEnd(widths[j])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function markdownTable(lines) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [
    `| ${lines[0].map(esc).join(' | ')} |`,
    `| ${lines[0].map((_, i) => (i >= 3 && i <= 11 ? '---:' : '---')).join(' | ')} |`,
    ...lines.slice(1).map((l) => `| ${l.map(esc).join(' | ')} |`),
  ].join('\n');
}

function phaseTable(results) {
  const lines = ['| case | action | parse | layoutChart | rest of willUpdate | Lit render() | Lit DOM commit | updated | updates | style (CDP) | layout (CDP) | CPU total |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const c of results.cases) {
    for (const [a, v] of Object.entries(c.element.actions ?? {})) {
      const p = v.median.phases;
      lines.push(`| ${c.id} | ${a} | ${fmt(p.parse)} | ${fmt(p.layout)} | ${fmt(p.willUpdateOther)} | ${fmt(p.render)} | ${fmt(p.commit)} | ${fmt(p.updated)} | ${fmt(v.median.updates, 0)} | ${fmt(v.median.cdpStyle)} | ${fmt(v.median.cdpLayout)} | ${fmt(v.median.cpu)} |`);
    }
  }
  return lines.join('\n');
}

function targetLines(results) {
  const out = [];
  for (const c of results.cases) {
    const t = c.target;
    if (!t) continue;
    if (c.scenario === 'toggle' && c.targets) out.push(`- ${c.id}: each run (the warm-up too) expands and collapses a body not opened before: ${c.targets.map((id) => `\`${id}\``).join(', ')}, the median of the collapsed bodies visible after the element's first render by number of children first, then those nearest to it; the baseline toggles the same bodies.`);
    else if (c.scenario === 'toggle') out.push(`- ${c.id}: the body toggled is \`${t.id}\` with ${t.children} children (the median of the ${t.candidates} collapsed bodies visible after the element's first render); the baseline toggles the same body in its fully drawn tree.${c.onscreen ? ' Before each toggle (not timed) the page is scrolled so that the body is in the middle of the window, as when a reader clicks it; without that, the body stays where the first drawing put it (in the 800 px window since the 1,000 px chart is compact; below its fold while it was one narrow column).' : ''}`);
    else out.push(`- ${c.id}: drill into \`${t.id}\`, the top-level item with the most leaves (${t.leaves.toLocaleString('en')}).`);
  }
  return out.length ? [...out, ''] : [];
}

function sizeLines(size) {
  if (!size) return ['Bundle size: not measured in this run (`--no-size`).'];
  const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
  const p = size.policyCharts;
  const row = (name, x) => `| ${name} | ${kb(x.raw)} | ${kb(x.gzip)} | ${kb(x.minRaw)} | ${kb(x.minGzip)} |`;
  return [
    '| bundle | raw, as built | gzip, as built | raw, fully minified | gzip, fully minified |',
    '| --- | ---: | ---: | ---: | ---: |',
    p.missing ? `| dist/policy-charts.js | (${p.missing}) | | | |` : row(`dist/policy-charts.js (Lit + the d3 parts used + every element; built ${p.built})`, p),
    row('d3-hierarchy + d3-selection + d3-scale + d3-shape, whole, bundled by Vite the same way', size.d3Deps),
    row('the two baseline pages as Vite bundles them (tree-shaken, incl. the amount reader)', size.baselinePages),
    '',
    `Gzipped, policy-charts.js / the four d3 packages: **${fmt(size.ratioToD3Deps, 2)}** as built (${fmt(size.minifiedRatioToD3Deps, 2)} both fully minified); / the tree-shaken baseline pages: ${fmt(size.ratioToBaselinePages, 2)} (${fmt(size.minifiedRatioToBaselinePages, 2)}). "As built": \`vite build --mode bundle\` (library mode, ES format, which minifies names but keeps whitespace and comments); "fully minified": the same file through Vite's \`minifySync\` (oxc). gzip level 9, as in .ci/check-size.mjs.`,
  ];
}

/**
 * The README's table (between `<!-- bench:readme:start -->` and `<!-- bench:readme:end -->`):
 * CPU, DOM elements per drawn item and heap after the action, element against plain d3, from
 * this run's medians. Written only by a full run, so every row comes from the same run.
 */
function writeReadme(results) {
  const file = join(ROOT, 'README.md');
  if (!existsSync(file)) return false;
  const text = readFileSync(file, 'utf8');
  if (!/<!-- bench:readme:start[\s\S]*?<!-- bench:readme:end -->/.test(text)) return false;
  const m = results.machine;
  const out = [
    '<!-- bench:readme:start (generated by `npm run bench`; edit outside these markers) -->',
    `Run of ${results.date.slice(0, 10)} (${m.nproc} shared vCPUs, load average ${m.loadAverage[0]} at the start; ${results.runs === 1 ? 'one measured run after a warm-up' : `median of ${results.runs} runs, fewer for the largest cases, ${results.coldTabs} fresh tabs for the cold ones`}; main-thread CPU ms; ratio = element / plain d3, below 1 the element is faster${results.skipped?.length ? `; not run: ${results.skipped.join(', ')}` : ''}):`,
    '',
    '| chart | size | action | element CPU | plain d3 CPU | ratio | DOM elements of the drawing per drawn item, el / d3 | heap MB after, el / d3 | goal |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rowsOf(results)) {
    const e = r.el ?? {};
    const b = r.base ?? {};
    out.push(
      `| ${r.chart} | ${r.n} | ${r.what} | ${r.el ? fmt(e.cpu) : `(${r.elNote ?? 'n/a'})`.slice(0, 60)} | ${r.base ? fmt(b.cpu) : `(${r.baseNote ?? 'n/a'})`.slice(0, 60)} | ${fmt(ratio(e.cpu, b.cpu), 2)} | ${fmt(ratio(e.domElements, e.items), 1)} / ${fmt(ratio(b.domElements, b.items), 1)} | ${fmt(e.heapMb, 1)} / ${fmt(b.heapMb, 1)} | ${r.goal} |`,
    );
  }
  out.push('<!-- bench:readme:end -->');
  writeFileSync(file, text.replace(/<!-- bench:readme:start[\s\S]*?<!-- bench:readme:end -->/, () => out.join('\n')));
  return true;
}

function writeResultsMd(results, lines) {
  const m = results.machine;
  const block = [
    '<!-- bench:start (generated by `npm run bench`; edit outside these markers) -->',
    `Measured ${results.date} on ${m.nproc} CPU(s) (${m.cpu}, ${m.memoryGb} GB), ${m.chromium} headless, Node ${m.node}, load average ${m.loadAverage.join(' / ')} at the start; median of ${results.runs} runs after one discarded warm-up run (the cold cases: ${results.coldTabs} fresh tabs each, no warm-up run); seed ${SEED}; chart width 1000 px (treemap height 600 px)${results.skipped.length ? `; cases not run: ${results.skipped.join(', ')}` : ''}.`,
    '',
    '**wall**: ms from the start of the action until the frame showing the result has been rendered (includes waiting for frames, and any time the machine gave to other work). **CPU**: ms of CPU time of the page\'s main thread over the same span (script, style, layout, paint recording; Chromium\'s `ThreadTime`): the work itself, least disturbed by other load. (Until 2026-12-04 the element\'s CPU also had the two frames the bench waits through after it, to see that the element does not update again, which the baseline\'s never had: an org chart\'s glide and the bench\'s own frame callbacks in them, 4–7 ms of a toggle. That reading is in `results/latest.json` as `cpuWithQuietFrames`.) **ratio**: element / plain d3 (below 1: the element is faster). **DOM**: elements of the drawing (the element\'s `<svg>` that holds its treeitems, in brackets every element of its shadow root with the toolbar, legend and text alternative; the baseline\'s SVG). Wall-clock busy time (`TaskDuration`) and every single run are in `results/latest.json`.',
    '',
    markdownTable(lines),
    '',
    'Where the element\'s time goes: medians of the wall-clock ms spent inside its methods (wrapped on the prototype; summed over all updates of the action), Chromium\'s style and layout durations, and the CPU total. Under machine load the method times are inflated like **wall** while **CPU total** is not: read the method columns as shares of the work.',
    '',
    phaseTable(results),
    '',
    ...targetLines(results),
    ...sizeLines(results.size),
    '<!-- bench:end -->',
  ].join('\n');
  const file = join(BENCH, 'RESULTS.md');
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmark results\n\n`npm run bench` (test/bench/run.mjs). What is measured and how: test/bench/README.md.\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
  text = text.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, () => block);
  writeFileSync(file, text);
}

// ------------------------------------------------------------------ main

const results = { date: new Date().toISOString(), runs: opt.runs, coldTabs: opt.coldTabs, seed: SEED, skipped: opt.skip, cases: [] };
let ran = 0;
let fatal;

const coldBuilt = !opt.sizeOnly && opt.coldCode === 'built' && CASES.some((c) => c.cold && (!opt.only || c.id.includes(opt.only)) && !opt.skip.includes(c.id));
// A directory of this run's own (node_modules may be shared by several checkouts running benches).
const builtDir = coldBuilt ? mkdtempSync(join(tmpdir(), 'policy-charts-bench-built-')) : '';
if (coldBuilt) {
  process.stdout.write('building the bundle and the baseline pages for the cold cases… ');
  await buildForCold(ROOT, builtDir);
  console.log('done');
}

if (!opt.sizeOnly) {
  const server = await benchServer(ROOT, coldBuilt ? builtDir : undefined);
  let browser;
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    browser = await puppeteer.launch({
      executablePath: CHROME,
      headless: true,
      // A fully expanded 50,000-body chart takes minutes under load: no protocol timeout.
      protocolTimeout: 0,
      args: [
        ...CHROMIUM_ARGS,
        '--js-flags=--expose-gc',
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
      ],
    });
    results.machine = machine(await browser.version());
    for (const c of CASES) {
      if (opt.only && !c.id.includes(opt.only)) continue;
      if (opt.skip.includes(c.id)) continue;
      const info = {};
      let baseline;
      let element;
      if (c.cold) {
        // A fresh tab for every measured run, each implementation on its own; the two take
        // turns (baseline, element, element, baseline, ...), so that load from other work on
        // the machine, which drifts over a minute, hits both alike.
        process.stdout.write(`${c.id}: ${opt.coldTabs} fresh tabs each… `);
        const merged = {};
        const failed = new Set();
        for (let i = 0; i < opt.coldTabs; i++) {
          for (const impl of i % 2 ? ['element', 'baseline'] : ['baseline', 'element']) {
            if (failed.has(impl)) continue;
            const r = (await runCase(browser, port, c, [impl], info))[impl];
            if (!r?.actions) {
              merged[impl] = r;
              failed.add(impl);
            } else if (!merged[impl]) merged[impl] = r;
            else merged[impl].actions['first-render'].runs.push(...r.actions['first-render'].runs);
          }
        }
        for (const impl of ['baseline', 'element']) {
          if (merged[impl]?.actions) merged[impl].actions['first-render'].median = summarize(merged[impl].actions['first-render'].runs);
        }
        ({ baseline, element } = merged);
      } else if (c.scenario === 'first-render' && !opt.profile.endsWith(c.id)) {
        // Interleaved in one tab, unless one of them is being profiled.
        process.stdout.write(`${c.id}: baseline and element… `);
        ({ baseline, element } = await runCase(browser, port, c, ['baseline', 'element'], info));
      } else {
        // The element first: it chooses the body to toggle (a visible collapsed one).
        process.stdout.write(`${c.id}: element… `);
        ({ element } = await runCase(browser, port, c, ['element'], info));
        process.stdout.write('baseline… ');
        ({ baseline } = await runCase(browser, port, c, ['baseline'], info));
      }
      console.log('done');
      baseline ??= { error: 'not measured (the element failed in the same tab)' };
      element ??= { error: 'not measured (the baseline failed in the same tab)' };
      for (const [who, r] of [['baseline', baseline], ['element', element]]) {
        if (r.missing) console.log(`  ${who}: not measured: ${r.missing}`);
        if (r.error) console.log(`  ${who}: failed: ${r.error}`);
        for (const w of r.warnings ?? []) console.log(`  ${who} page: ${w}`);
      }
      if (baseline.actions || element.actions) ran++;
      // Element / baseline per action, on the medians (also in the printed table).
      const ratios = {};
      for (const a of Object.keys(element.actions ?? {})) {
        const e = element.actions[a].median;
        const b = baseline.actions?.[a]?.median;
        if (b) ratios[a] = { wall: ratio(e.wall, b.wall), cpu: ratio(e.cpu, b.cpu), busy: ratio(e.busy, b.busy) };
      }
      results.cases.push({ ...c, doc: info.doc, target: info.target, ...(info.targets ? { targets: info.targets } : {}), ratios, baseline, element });
    }
  } catch (error) {
    fatal = error;
  } finally {
    await browser?.close();
    await server.close();
    if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  }
} else {
  results.machine = machine(chromiumVersion());
}

if (opt.size || opt.sizeOnly) {
  try {
    results.size = await bundleSizes();
  } catch (error) {
    console.log(`bundle size not measured: ${error.message}`);
  }
}

if (fatal) {
  console.error(`bench could not run: ${fatal.stack ?? fatal}`);
  process.exit(1);
}

const lines = table(results);
if (results.cases.length) {
  console.log(`\n${results.machine.chromium}, ${results.machine.nproc} CPU(s); medians of ${opt.runs} runs (ms)\n`);
  printTable(lines);
}
for (const c of results.cases) {
  for (const impl of ['element', 'baseline']) {
    const p = c[impl].profile;
    if (!p) continue;
    console.log(`\nCPU profile of ${c.id} (${impl}, ${opt.runs} runs): ${p.file}`);
    console.log('(sampled wall time while the main thread runs: read as shares; line numbers are of the JS Vite serves, not of the .ts source)\n  self time by function:');
    for (const f of p.functions) console.log(`  ${fmt(f.ms).padStart(8)} ms  ${f.name}`);
    console.log('  total (inclusive) time by function:');
    for (const f of p.total) console.log(`  ${fmt(f.ms).padStart(8)} ms  ${f.name}`);
    console.log('  self time by file:');
    for (const f of p.files) console.log(`  ${fmt(f.ms).padStart(8)} ms  ${f.name}`);
  }
}
if (results.size) console.log(`\n${sizeLines(results.size).join('\n')}`);

if (opt.write) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const name = opt.only || opt.sizeOnly || opt.presize ? `partial-${results.date.replace(/[:.]/g, '-')}.json` : 'latest.json';
  writeFileSync(join(RESULTS_DIR, name), JSON.stringify(results, null, 1));
  console.log(`\nwrote test/bench/results/${name}`);
  if (!opt.only && !opt.sizeOnly && !opt.presize) {
    writeResultsMd(results, lines);
    console.log('wrote test/bench/RESULTS.md');
    if (writeReadme(results)) console.log('wrote the table in README.md');
  }
}
if (!opt.sizeOnly && ran === 0) {
  console.error('bench could not run: no case was measured');
  process.exit(1);
}
