/**
 * Phase 1 of the treemap layout: every text-bound size from the label font size. Type comes
 * from the element's font size, never from the width; header rows, reference rows, line height
 * and chip sizes scale with it. Pure.
 */
import type { MeasureText } from './labels.js';

/** Height of a container's header line (its name and amount) at 12 px type, in px. */
export const TREEMAP_HEADER = 20;
/** Height of one row of reference marks (再掲/内数) at 12 px type, in px. */
export const TREEMAP_REF_ROW = 20;
/** Font size of labels, in px (the default and the minimum). */
export const TREEMAP_FONT_SIZE = 12;

/** The sizes of one layout, in px. */
export interface TreemapMetrics {
  readonly fontSize: number;
  /** `fontSize / TREEMAP_FONT_SIZE`. */
  readonly k: number;
  /** A container's header band. */
  readonly header: number;
  /** One row of reference chips. */
  readonly refRow: number;
  /** Line height of labels. */
  readonly lineHeight: number;
  /** Padding inside a chip and the gap between chips. */
  readonly chipPad: number;
  readonly chipGap: number;
  /** Rows of the reference strip under the whole view. */
  readonly rootRefRows: number;
}

/** Sizes for a label font size (rounded; at least `TREEMAP_FONT_SIZE`). */
export function treemapMetrics(fontSize: number | undefined): TreemapMetrics {
  const size = Math.max(TREEMAP_FONT_SIZE, Math.round(fontSize ?? TREEMAP_FONT_SIZE));
  const k = size / TREEMAP_FONT_SIZE;
  return {
    fontSize: size,
    k,
    header: Math.round(TREEMAP_HEADER * k),
    refRow: Math.round(TREEMAP_REF_ROW * k),
    lineHeight: Math.round(15 * k),
    chipPad: 6,
    chipGap: 4,
    rootRefRows: 4,
  };
}

/** A measure of `TREEMAP_FONT_SIZE` px text scaled to the metrics' font size. */
export function scaleMeasure(measure: MeasureText, metrics: TreemapMetrics): MeasureText {
  return metrics.k === 1 ? measure : (text: string) => measure(text) * metrics.k;
}
