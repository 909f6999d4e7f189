/**
 * Start-up work of a fresh tab, done in the browser's idle time once an element is defined rather
 * than inside the first chart's first layout: ICU's start-up for the line breaking (kit/text.ts),
 * the canvas's first measurement in the default font (kit/measure.ts), then each defined chart's own
 * steps (its static `warmUp`: its code run on a small made-up document). A chart whose data comes
 * later than the script (`src`, a fetch, a framework's render) then draws without that wait; one
 * drawn in the script's own task does the same work itself, as before. The steps run in idle
 * callbacks, as many to a callback as its idle period has room for (about 1–25 ms of CPU each in a
 * fresh tab, a few µs when already done).
 */
import { DEFAULT_FONT_FAMILY } from '../../theme/font-family.js';
import { prepareCanvasFont } from '../measure.js';
import { prepareLineBreaking } from '../text.js';

/** A chart's warm-up: steps run in idle periods, in order (a chart element's static `warmUp`). */
export type WarmUpSteps = readonly (() => void)[];

/** The steps, in the order they run; each is safe to run when a chart has already done it. */
const steps: (() => void)[] = [
  () => prepareLineBreaking('ja'),
  // The fonts the charts measure in (treemap labels at 12 px, org boxes at 14, the effect chart at 16).
  () => prepareCanvasFont(`12px ${DEFAULT_FONT_FAMILY}`),
  () => prepareCanvasFont(`400 14px ${DEFAULT_FONT_FAMILY}`),
  () => prepareCanvasFont(`400 16px ${DEFAULT_FONT_FAMILY}`),
];
/** The next step to run; -1 until the steps are scheduled. */
let next = -1;

/**
 * Another step runs in the same idle period while this much of it is left (ms): a step takes up to
 * about 25 ms in a fresh tab, and an idle period with nothing to draw is 50 ms long; one with a
 * frame to come is shorter and runs one step. (One step per period, each waiting for the next
 * period, took about 0.4 s for 14 steps in a fresh tab of the bench page, and was still running
 * when a fetched document would have arrived.)
 */
const STEP_ROOM_MS = 15;

const run = (deadline: IdleDeadline): void => {
  do {
    try {
      steps[next++]!();
    } catch {
      // A step that fails here (no canvas) is left to the chart, which reports it.
    }
  } while (next < steps.length && deadline.timeRemaining() > STEP_ROOM_MS);
  if (next < steps.length) requestIdleCallback(run, { timeout: 5000 });
};

/**
 * Schedules the steps once per page, then `chart`'s own steps (a defined element's `warmUp`) once,
 * after them; does nothing without `requestIdleCallback` (Node, old Safari).
 */
export function warmUpWhenIdle(chart?: WarmUpSteps): void {
  if (typeof requestIdleCallback !== 'function') return;
  if (chart?.length && !steps.includes(chart[0]!)) {
    // All steps done already: start again from the chart's.
    const restart = next === steps.length;
    steps.push(...chart);
    if (restart) requestIdleCallback(run, { timeout: 5000 });
  }
  if (next < 0) {
    next = 0;
    requestIdleCallback(run, { timeout: 5000 });
  }
}

/**
 * Drops `chart`'s steps that have not run yet: the chart has laid out a document of its own (its
 * data came before its warm-up), which ran its code.
 */
export function skipWarmUp(chart?: WarmUpSteps): void {
  if (!chart?.length) return;
  const at = steps.indexOf(chart[0]!);
  const from = Math.max(at, next);
  const end = at + chart.length;
  if (at >= 0 && from < end) steps.splice(from, end - from);
}
