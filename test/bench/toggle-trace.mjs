// A Chromium performance trace of the org-10000-toggle case, measured as the bench measures it
// (window.bench.run: the action until the frame that shows the result; bench.quiet: any update of the element in the two frames after),
// summarised per toggle: the renderer main thread's time by trace event (self time: script,
// style, layout, paint, ...), per task, and the CDP ThreadTime the bench reports beside it.
// A tool for finding where the time goes; it asserts nothing.
//
//   node test/bench/toggle-trace.mjs [--toggles 12] [--new] [--read 1500] [--profile] [--out /tmp/toggle.trace.json] [--help]
//
// --read MS: MS pass before each toggle (not timed), as org-10000-toggle-new-read (a reader reading:
// the element lays out ahead in idle time what may be opened next).
// --new: each expand opens a body not opened before (as org-10000-toggle-new; the element
// remembers recent layouts, so toggling one body again lays nothing out).
//
// The full trace (for the Performance panel of Chrome DevTools) is written to --out.
import { writeFileSync } from 'node:fs';
import { openToggleBench } from './toggle-page.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  // (Without this, --help ran the whole trace: a browser and a dev server on a machine others measure on.)
  console.log('node test/bench/toggle-trace.mjs [--toggles 12] [--new] [--read MS] [--profile] [--out /tmp/toggle.trace.json]\n  --new: each expand opens a body not opened before (org-10000-toggle-new)\n  --read MS: MS pass before each toggle, not timed (org-10000-toggle-new-read)\n  --profile: a V8 CPU profile of the measured toggles instead of a trace');
  process.exit(0);
}
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const TOGGLES = Number(arg('--toggles', 12));
const OUT = arg('--out', '/tmp/toggle.trace.json');
const READ = Number(arg('--read', 0));

const { page, cdp, thread, close } = await openToggleBench();
try {
  // --new: each expand opens a body not opened before (as org-10000-toggle-new), the collapse closes it.
  const fresh = argv.includes('--new') ? await page.evaluate((n) => window.bench.pickToggleTargets(n), TOGGLES / 2 + 2) : undefined;
  let next = 0;
  const toggle = async (scenario) => {
    if (fresh && scenario === 'expand') await page.evaluate((id) => window.bench.setTarget(id), fresh[next++ % fresh.length]);
    await page.evaluate((s) => window.bench.reset(s), { impl: 'element', scenario, read: READ });
    const a = await thread();
    await page.evaluate(() => performance.mark('toggle-start'));
    const r = await page.evaluate((s) => window.bench.run(s), { impl: 'element', scenario });
    // As the bench reads it: until the frame that showed the toggle, or the element's last update in the two frames after (page.ts quiet).
    let cpu = (await thread()) - a;
    for (let q; (q = await page.evaluate(() => window.bench.quiet())).result; cpu = (await thread()) - a) Object.assign(r, q.result);
    await page.evaluate(() => performance.mark('toggle-end'));
    return { scenario, cpu, cpuWithQuietFrames: (await thread()) - a, wall: r.wall, phases: r.phases };
  };
  // Warm-up (the bench discards its first run too).
  for (const s of ['expand', 'collapse']) await toggle(s);
  if (argv.includes('--profile')) {
    // A V8 CPU profile of the measured toggles instead of a trace (less overhead).
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const measured = [];
    for (let i = 0; i < TOGGLES; i++) measured.push(await toggle(i % 2 ? 'collapse' : 'expand'));
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(OUT.replace(/\.trace\.json$/, '') + '.cpuprofile', JSON.stringify(profile));
    for (const m of measured) console.log(`${m.scenario}: CDP ThreadTime ${m.cpu.toFixed(1)} ms`);
    console.log(`profile: ${OUT.replace(/\.trace\.json$/, '')}.cpuprofile`);
  } else await traceToggles(page, toggle);
} finally {
  await close();
}

async function traceToggles(page, toggle) {
  await page.tracing.start({
    path: OUT,
    categories: (process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline.frame,blink.user_timing,v8.execute').split(','),
  });
  const measured = [];
  for (let i = 0; i < TOGGLES; i++) measured.push(await toggle(i % 2 ? 'collapse' : 'expand'));
  await page.tracing.stop();
  const trace = JSON.parse((await import('node:fs')).readFileSync(OUT, 'utf8'));
  const events = trace.traceEvents ?? trace;
  // The renderer main thread: the one with the user timing marks.
  const marks = events.filter((e) => e.name === 'toggle-start' || e.name === 'toggle-end').sort((a, b) => a.ts - b.ts);
  const pid = marks[0]?.pid;
  const tid = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const spans = [];
  for (let i = 0; i + 1 < marks.length; i += 2) spans.push([marks[i].ts, marks[i + 1].ts]);
  // Per toggle: self thread time (tdur, CPU time of the thread: what load on the machine disturbs
  // least) per trace event name, children subtracted by nesting on the one thread.
  const perToggle = spans.map(([s, e]) => {
    const self = new Map();
    const stack = [];
    const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us);
    for (const ev of main) {
      if (ev.ts < s || ev.ts + ev.dur > e) continue;
      const t = ev.tdur ?? ev.dur;
      while (stack.length && stack[stack.length - 1].end <= ev.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) add(parent.name, -t);
      add(ev.name, t);
      stack.push({ name: ev.name, end: ev.ts + ev.dur });
    }
    return self;
  });
  const median = (xs) => {
    const v = [...xs].sort((a, b) => a - b);
    return v.length ? (v[(v.length - 1) >> 1] + v[v.length >> 1]) / 2 : 0;
  };
  for (const scenario of ['expand', 'collapse']) {
    const ks = measured.map((m, k) => (m.scenario === scenario ? k : -1)).filter((k) => k >= 0);
    const names = new Set(ks.flatMap((k) => [...perToggle[k].keys()]));
    const rows = [...names].map((n) => [n, median(ks.map((k) => (perToggle[k].get(n) ?? 0) / 1000))]).filter(([n, ms]) => ms >= 0.05 && !/RunTask/.test(n)).sort((a, b) => b[1] - a[1]);
    const ph = (key) => median(ks.map((k) => measured[k].phases[key] ?? 0)).toFixed(1);
    console.log(`\n${scenario} (${ks.length} toggles, medians): CDP ThreadTime ${median(ks.map((k) => measured[k].cpu)).toFixed(1)} ms (with the two frames after: ${median(ks.map((k) => measured[k].cpuWithQuietFrames)).toFixed(1)}); trace self thread time in all ${median(ks.map((k) => [...perToggle[k]].filter(([n]) => !/RunTask/.test(n)).reduce((a, [, us]) => a + us, 0) / 1000)).toFixed(1)} ms; element phases: layout+willUpdate ${ph('willUpdateOther')}, render ${ph('render')}, commit ${ph('commit')}, updated ${ph('updated')}`);
    for (const [n, ms] of rows.slice(0, 24)) console.log(`  ${ms.toFixed(2).padStart(6)}  ${n}`);
  }
  console.log(`\ntrace: ${OUT}`);
}
