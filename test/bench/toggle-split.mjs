// Where one expand/collapse of the org-10000-toggle case spends the renderer's main-thread CPU
// (CDP ThreadTime, per toggle, over 20 toggles of the body the bench toggles), step by step:
//   layout      the layout function alone (layoutOrgChart, the element's options, keeping its arrangement)
//   js          the element's update (layout, Lit render and commit) up to updateComplete
//   js+style    the same, then a forced style and layout pass
//   js+frame    the same, then one rendered frame (paint)
//   js+3frames  the same, then three frames (the glide transitions run on the main thread)
// Not timed assertions; a tool for profiling (`PROFILE=1` saves the last batch's CPU profile to
// /tmp/toggle-split.cpuprofile; `MOTION0=1` emulates prefers-reduced-motion).
//
//   node test/bench/toggle-split.mjs
import { openToggleBench } from './toggle-page.mjs';

const { cdp, thread, target: t, page, close } = await openToggleBench({ reducedMotion: Boolean(process.env.MOTION0) });
try {
  const N = 20;
  const MODES = JSON.parse(process.env.MODES ?? '["layout","js","js+style","js+frame","js+3frames","layout","js","js+style","js+frame","js+3frames"]');
  for (const [k, mode] of MODES.entries()) {
    if (process.env.PROFILE && k === MODES.length - 1) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
    const t0 = await thread();
    await page.evaluate(async (mode, id, N) => {
      const el = document.querySelector('policy-org-chart');
      const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
      const layout = (await import('/src/charts/org/layout/index.ts')).layoutOrgChart;
      for (let i = 0; i < N; i++) {
        if (mode === 'layout') {
          const c = el.view.collapsed; if (c.has(id)) c.delete(id); else c.add(id);
          // As the element lays out after a toggle: keeping the drawn layout's arrangement (layout/keep.ts).
          layout({ doc: el.doc, width: el.view.width, height: el.view.height, measure: el.view.text.measure, measureSize: 14, fontSize: el.view.text.size, orientation: 'auto', collapsed: c, locale: 'ja', keep: el.view.layout?.kept });
          if (c.has(id)) c.delete(id); else c.add(id);
          continue;
        }
        if (el.view.collapsed.has(id)) el.expand(id); else el.collapse(id);
        do await el.updateComplete; while (el.isUpdatePending);
        if (mode !== 'js') void document.body.offsetHeight;
        if (mode === 'js+frame') await frame();
        if (mode === 'js+3frames') { await frame(); await frame(); await frame(); }
      }
    }, mode, t.id, N);
    const t1 = await thread();
    if (process.env.PROFILE && k === MODES.length - 1) { const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/toggle-split.cpuprofile', JSON.stringify(profile)); }
    console.log(mode.padEnd(11), ((t1 - t0) / N).toFixed(2), 'ms/toggle');
  }
} finally {
  await close();
}
