/**
 * Change mode's key under the chart (`mode="change"`), laid out from the tones the cells carry;
 * loaded on first use with the chart's lazy chunk (later.ts). Pure.
 */
import { CHANGE_STEPS, CHANGE_TONES, type ChangeKey, type ChangeKeySwatch, type ChangeTone } from './change.js';
import type { TreemapContext } from './types.js';

/**
 * Lays the key out from `top`, flowing swatches (a square and its words) into rows across
 * `width`. Only the tones present in `tones` are shown, in scale order.
 */
export function layoutChangeKey(ctx: TreemapContext, options: { top: number; width: number; tones: ReadonlySet<ChangeTone> }): ChangeKey | undefined {
  const { T, measure, metrics } = ctx;
  const shown = CHANGE_TONES.filter((t) => options.tones.has(t));
  if (shown.length === 0) return undefined;
  const size = metrics.fontSize;
  const row = metrics.lineHeight + 6;
  const gap = metrics.fontSize;
  const titleW = Math.ceil(measure(T.changeKeyTitle)) + gap;
  const swatches: ChangeKeySwatch[] = [];
  let x = titleW;
  let y = options.top;
  for (const tone of shown) {
    const text = T.changeTone(tone, CHANGE_STEPS);
    const w = size + 4 + Math.ceil(measure(text));
    if (x + w > options.width && x > titleW) {
      x = titleW;
      y += row;
    }
    swatches.push({ tone, text, x, y: y + 3, width: size, height: size, textX: x + size + 4, textY: y + 3 + size - Math.round(size / 6) });
    x += w + gap;
  }
  return {
    title: T.changeKeyTitle,
    titleX: 0,
    titleY: options.top + 3 + size - Math.round(size / 6),
    swatches,
    x: 0,
    y: options.top,
    width: options.width,
    height: y + row - options.top,
  };
}
