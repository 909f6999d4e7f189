/** The treemap's size and text measure, shared by the element and the file drawing. */
import type { MeasureText } from '../../kit/text.js';

/** Names are drawn bold, a little wider than the regular font they are measured in: this headroom. */
export const BOLD_HEADROOM = 1.06;

/** A measure of regular text made to measure the treemap's bold names. */
export function measureBold(measure: MeasureText): MeasureText {
  return (text: string) => measure(text) * BOLD_HEADROOM;
}

/** Default drawing height for a width: wide charts about 0.55 of the width, narrow ones taller. */
export function treemapDefaultHeight(width: number): number {
  if (width >= 640) return Math.round(Math.min(640, Math.max(360, width * 0.55)));
  return Math.round(Math.min(560, Math.max(320, width * 1.25)));
}

/** Label size for a base type size (the element's font size): 2 px under it, never under 12 px (18 px on the 20 px slide preset). */
export function treemapLabelSize(fontSize: number | undefined): number {
  return fontSize !== undefined && Number.isFinite(fontSize) && fontSize > 0 ? Math.max(12, Math.round(fontSize) - 2) : 12;
}
