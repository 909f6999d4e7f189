// The layout alone of org-10000-toggle-new's expands, in Chromium: the renderer main thread's CPU
// (CDP ThreadTime) of layoutOrgChart for the drawing the bench starts from with one of its drawn
// collapsed bodies opened, each body in turn, keeping the drawn layout's arrangement as the
// element does. `first`: with a fresh canvas measure (the drawn layout laid out with it before,
// not timed), so the new boxes' text is measured as on a click; `again`: the same layout once more
// (their text remembered). Medians over bodies × runs. A tool for comparing two trees' layout code
// in the browser (Node's V8 differs: an object spread that cost Node 20 ~4 µs a line costs
// Chromium nothing); it asserts nothing.
//
// `--after-gc`: as the bench's `-new` case meets the layout instead: each body's expand laid out
// once, with the element's own measure, after a full garbage collection and a frame (the bench
// collects before every toggle), with no layout just before it, over the documents of seeds 1–4
// (about 50 bodies). V8 drops the optimised code of per-call closures, and code relying on the
// shapes of objects that died, at every full collection: a layout met that way took 6–8 ms where
// `first` gave 3–4 (2026-12-04, load 1–3).
//
//   node test/bench/toggle-layout.mjs [--runs 3] [--after-gc] [--help]
import { openToggleBench } from './toggle-page.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('node test/bench/toggle-layout.mjs [--runs 3] [--after-gc]: CPU of the layout of each drawn collapsed body opened (first: fresh text measure; again: text remembered; --after-gc: once each, after a full GC and a frame, as the bench meets it)');
  process.exit(0);
}
const at = argv.indexOf('--runs');
const RUNS = at >= 0 ? Number(argv[at + 1]) : 3;

const { page, thread, close } = await openToggleBench();
try {
  if (argv.includes('--after-gc')) await afterGc();
  else await firstAndAgain();
} finally {
  await close();
}

/** The default: each body's expand laid out right after the drawn layout, with a fresh measure (`first`), then again (`again`). */
async function firstAndAgain() {
  const bodies = await page.evaluate(() => {
    const el = document.querySelector('policy-org-chart');
    // A press stops the element's own layouts ahead (layout-controller.ts) until its next layout: none lands in a measurement.
    el.dispatchEvent(new PointerEvent('pointerdown'));
    return el.view.layout.nodes.filter((n) => n.childCount > 0 && el.view.collapsed.has(n.id)).map((n) => n.id);
  });
  const first = [];
  const again = [];
  for (let run = 0; run < RUNS; run++) {
    for (const id of bodies) {
      await page.evaluate(async () => {
        const el = document.querySelector('policy-org-chart');
        const { layoutOrgChart } = await import('/src/charts/org/layout/index.ts');
        const { clearCanvasMeasures, createCanvasMeasure, fontFor } = await import('/src/kit/measure.ts');
        clearCanvasMeasures();
        const measure = createCanvasMeasure(fontFor(el, 14));
        const options = { doc: el.doc, width: el.view.width, height: el.view.height, measure, measureSize: 14, fontSize: el.view.text.size, orientation: 'auto', locale: 'ja' };
        const drawn = layoutOrgChart({ ...options, collapsed: el.view.collapsed });
        window.toggleLayout = { layoutOrgChart, options, keep: drawn.kept };
      });
      for (const list of [first, again]) {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 30)));
        const before = await thread();
        await page.evaluate((id) => {
          const { layoutOrgChart, options, keep } = window.toggleLayout;
          const collapsed = new Set(document.querySelector('policy-org-chart').view.collapsed);
          collapsed.delete(id);
          layoutOrgChart({ ...options, collapsed, keep });
        }, id);
        list.push((await thread()) - before);
      }
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`${bodies.length} bodies × ${RUNS} runs: first ${median(first).toFixed(2)} ms (min ${Math.min(...first).toFixed(2)}), again ${median(again).toFixed(2)} ms (min ${Math.min(...again).toFixed(2)})`);
}

/** `--after-gc`: each drawn collapsed body's expand laid out once, after a full GC and a frame, with the element's measure and kept arrangement. */
async function afterGc() {
  const cpus = [];
  for (const seed of [1, 2, 3, 4]) {
    if (seed > 1) {
      await page.evaluate((o) => window.bench.prepare(o), { kind: 'org', size: 10000, seed });
      await page.evaluate(() => window.bench.reset({ impl: 'element', scenario: 'first-render' }));
      await page.evaluate(() => window.bench.run({ impl: 'element', scenario: 'first-render' }));
      await page.evaluate(() => window.bench.untilQuiet());
    }
    const bodies = await page.evaluate(() => {
      const el = document.querySelector('policy-org-chart');
      el.dispatchEvent(new PointerEvent('pointerdown'));
      return el.view.layout.nodes.filter((n) => n.childCount > 0 && el.view.collapsed.has(n.id)).map((n) => n.id);
    });
    for (const [k, id] of bodies.entries()) {
      await page.evaluate(async () => {
        globalThis.gc?.();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      });
      const before = await thread();
      await page.evaluate(async (id) => {
        const el = document.querySelector('policy-org-chart');
        const { layoutOrgChart } = await import('/src/charts/org/layout/index.ts');
        const collapsed = new Set(el.view.collapsed);
        collapsed.delete(id);
        layoutOrgChart({ doc: el.doc, width: el.view.width, height: el.view.height, measure: el.view.text.measure, measureSize: 14, fontSize: el.view.text.size, orientation: 'auto', locale: 'ja', collapsed, keep: el.view.layout.kept });
      }, id);
      // (The first of each document is a warm-up: its module import and the like.)
      if (k > 0) cpus.push((await thread()) - before);
    }
  }
  const sorted = [...cpus].sort((a, b) => a - b);
  console.log(`${cpus.length} bodies, after a GC: median ${sorted[sorted.length >> 1].toFixed(2)} ms, quartiles ${sorted[sorted.length >> 2].toFixed(2)}–${sorted[(3 * sorted.length) >> 2].toFixed(2)} (each includes ~0.5 ms of the harness's own evaluate)`);
}
