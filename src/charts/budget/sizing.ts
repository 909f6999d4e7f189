/** The treemap's size and text measure, shared by the element and the file drawing. */
import type { TextFont } from '../../kit/controllers/text-measure-controller.js';
import type { MeasureText } from '../../kit/text.js';
import { TREEMAP_FONT_SIZE } from './layout/metrics.js';

/** Names are drawn bold, a little wider than the regular font they are measured in: this headroom. */
export const BOLD_HEADROOM = 1.06;

/** Runs of characters that keep their advance in bold: CJK ideographs, kana, full-width forms (1 em in both weights). */
const FIXED_ADVANCE = /[\u2026\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/u;

/**
 * A measure of regular text made to measure the treemap's bold names: Latin letters and digits
 * grow by the headroom in bold; CJK and full-width characters keep their 1 em (so a cut name
 * keeps every character that fits instead of leaving a character's room unused).
 */
export function measureBold(measure: MeasureText): MeasureText {
  // Wrapping measures the same prefixes again and again: the widths are kept (as the canvas
  // measure keeps its own), so the split below runs once per string.
  const widths = new Map<string, number>();
  return (text: string) => {
    let width = widths.get(text);
    if (width !== undefined) return width;
    width = measure(text);
    // The headroom of each run of Latin letters and digits between the full-width characters
    // (「632.9億円（2.5%）」: 632.9 and 2.5%), as drawn: runs the canvas measure has measured
    // already (measure.ts), not a joined string 「632.92.5%」 drawn nowhere and measured anew.
    let proportional = 0;
    for (const run of text.split(FIXED_ADVANCE)) if (run.length > 0) proportional += measure(run);
    if (proportional > 0) width += proportional * (BOLD_HEADROOM - 1);
    if (widths.size >= 10_000) widths.clear();
    widths.set(text, width);
    return width;
  };
}

/** What {@link readTreemapFont} reads the element's font from. */
export interface TreemapFontSource {
  /** Laying out as the server did (on the server and while hydrating): the server's metrics (kit/font-metrics). */
  server: boolean;
  /** `preset="slide"`. */
  slide: boolean;
  /** The element's computed style (undefined when not connected or not available). */
  style?: Pick<CSSStyleDeclaration, 'fontFamily' | 'fontSize'>;
  /** The element's measure of text in a CSS font at {@link TREEMAP_FONT_SIZE} px (canvas, or the server's metrics for `''`). */
  measure: (font: string) => MeasureText;
  /** Whether a canvas measures here (else the measure is approximate and not made bold); asked when the measure is made. */
  canvas: () => boolean;
}

/**
 * The label measure (keyed by whether it is the server layout's approximate one) and the size
 * of drawn labels in px, from the host's font size: 2 px under the text around the chart, 12 px
 * on a page (14 px), 18 px on a slide (20 px).
 */
export function readTreemapFont(source: TreemapFontSource): TextFont {
  if (source.server) return { key: 'server', size: source.slide ? 18 : TREEMAP_FONT_SIZE, make: () => measureBold(source.measure('')) };
  const family = source.style?.fontFamily ?? '';
  const size = source.style ? Number.parseFloat(source.style.fontSize) : NaN;
  const font = `${TREEMAP_FONT_SIZE}px ${family || "'Noto Sans CJK JP', sans-serif"}`;
  return {
    key: 'page',
    size: Number.isFinite(size) && size > 0 ? Math.max(TREEMAP_FONT_SIZE, Math.round(size) - 2) : TREEMAP_FONT_SIZE,
    make: () => {
      const measure = source.measure(font);
      return source.canvas() ? measureBold(measure) : measure;
    },
  };
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

/** Smallest drawing height on a slide, px: below it the treemap says nothing (the list and table still do). */
export const SLIDE_MIN_DRAWING = 240;

/** The drawing's height on a slide when the whole chart must fit `height` and the rest takes `chrome`. */
export function slideDrawingHeight(height: number, chrome: number): number {
  return Math.max(SLIDE_MIN_DRAWING, Math.round(height - chrome));
}

/**
 * What the chart takes beside the treemap area (title, header, list, switches, reference strip,
 * legend, source), measured after a render: the host's height less the treemap area's. Returns
 * `previous` when it moved by 2 px or less, so layout settles.
 */
export function measureChrome(root: ParentNode & { host?: Element }, treemapHeight: number | undefined, previous: number): number {
  const host = root.host;
  if (!host || treemapHeight === undefined) return previous;
  const chrome = Math.ceil(host.getBoundingClientRect().height - treemapHeight);
  return Math.abs(chrome - previous) <= 2 ? previous : Math.max(0, chrome);
}
