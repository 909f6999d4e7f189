/**
 * Start-up work of a fresh tab, done in the browser's idle time once an element is defined rather
 * than inside the first chart's first layout: ICU's start-up for the line breaking (kit/text.ts)
 * and the canvas's first measurement in the default font (kit/measure.ts). A chart whose data comes
 * later than the script (`src`, a fetch, a framework's render) then draws without that wait; one
 * drawn in the script's own task does the same work itself, as before. Each step is one idle
 * callback (about 5–20 ms of CPU each in a fresh tab, a few µs when already done).
 */
import { DEFAULT_FONT_FAMILY } from '../../theme/font-family.js';
import { prepareCanvasFont } from '../measure.js';
import { prepareLineBreaking } from '../text.js';

let scheduled = false;

/** The steps, in the order they run; each is safe to run when a chart has already done it. */
const STEPS: readonly (() => void)[] = [
  () => prepareLineBreaking('ja'),
  // The fonts the charts measure in (treemap labels at 12 px, org boxes at 14, the effect chart at 16).
  () => prepareCanvasFont(`12px ${DEFAULT_FONT_FAMILY}`),
  () => prepareCanvasFont(`400 14px ${DEFAULT_FONT_FAMILY}`),
  () => prepareCanvasFont(`400 16px ${DEFAULT_FONT_FAMILY}`),
];

/** Schedules the steps once per page; does nothing without `requestIdleCallback` (Node, old Safari). */
export function warmUpWhenIdle(): void {
  if (scheduled || typeof requestIdleCallback !== 'function') return;
  scheduled = true;
  let next = 0;
  const run = (): void => {
    try {
      STEPS[next++]!();
    } catch {
      // A step that fails here (no canvas) is left to the chart, which reports it.
    }
    if (next < STEPS.length) requestIdleCallback(run, { timeout: 5000 });
  };
  requestIdleCallback(run, { timeout: 5000 });
}
