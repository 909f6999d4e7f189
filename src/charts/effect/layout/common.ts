/**
 * Helpers shared by the three effect layouts: the opening (text context, type scale from the
 * font size, padding), wrapped text shapes, mark boxes, the closing, and fitting a layout into
 * a fixed height. Pure; runs in Node.
 */
import type { EffectChartKind, EffectDocument, Locale } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { wrapText } from '../../../kit/text.js';
import type { Box, EffectLayout, EffectMark, Shape, TextShape, Tone } from './shapes.js';

/** The options every effect layout takes. */
export interface EffectLayoutOptions<TDoc extends EffectDocument = EffectDocument> {
  doc: TDoc;
  /** Width of the drawing in CSS px. */
  width: number;
  /**
   * Measures text in the chart's font at {@link MEASURE_SIZE} px, regular weight
   * (`createCanvasMeasure('16px …')` in the browser, `createApproxMeasure(16)` in Node).
   * Other sizes are scaled from it.
   */
  measure: MeasureText;
  locale: Locale;
  /**
   * Base type size in px (default {@link DEFAULT_FONT_SIZE}): the element passes its computed
   * font size (`--policy-font-size`, 20 px with `preset="slide"`). Never derived from the width.
   */
  fontSize?: number;
  /**
   * Height the drawing must fit in (px), when the element has a fixed `height`. A layout taller
   * than this is laid out again with tighter rows (see {@link fitToHeight}); a shorter one keeps
   * its own spacing and the rest of the height stays empty. Absent: the height the marks need.
   */
  height?: number;
  /**
   * Vertical spacing factor, 1 by default: gaps and bands are multiplied by it. Set by
   * {@link fitToHeight}; callers leave it out.
   */
  spacing?: number;
}

/** The base type size when none is given: the page preset's 14 px. */
export const DEFAULT_FONT_SIZE = 14;

/** The font size (px) the layout's `measure` measures at. */
export const MEASURE_SIZE = 16;

/** Bold Latin is a little wider than regular; CJK is not. Over-estimating is the safe side. */
const BOLD_FACTOR = 1.06;

/** Type sizes from one base size; the same at every width. */
export interface TypeScale {
  /** Labels and values. */
  base: number;
  /** Tick labels and notes. */
  small: number;
  /** Stated differences and factors. */
  large: number;
  lineHeight: number;
}

/**
 * Chooses type sizes from the base font size (`--policy-font-size`): 14 px gives 14/13/16,
 * the slide's 20 px gives 20/18/23. Ticks and notes never go under 12 px.
 */
export function chooseTypeScale(fontSize: number = DEFAULT_FONT_SIZE): TypeScale {
  const base = Math.max(12, Math.round(Number.isFinite(fontSize) && fontSize > 0 ? fontSize : DEFAULT_FONT_SIZE));
  return {
    base,
    small: Math.max(12, Math.round(base * 0.9)),
    large: Math.round(base * 1.15),
    lineHeight: 1.35,
  };
}

/** Text drawing context: measures and wraps at a size. */
export interface TextContext {
  measure: MeasureText;
  /** Width of one line of text at `size` px. */
  widthOf(text: string, size: number, bold?: boolean): number;
  /** Lines of `text` no wider than `maxWidth` at `size` px (Japanese wraps between characters). */
  wrap(text: string, maxWidth: number, size: number, bold?: boolean): string[];
}

/** Makes the text context from the layout's measure. */
export function createTextContext(measure: MeasureText, locale: Locale = 'ja'): TextContext {
  const widthOf = (text: string, size: number, bold = false) => (measure(text) * size * (bold ? BOLD_FACTOR : 1)) / MEASURE_SIZE;
  return {
    measure,
    widthOf,
    wrap: (text, maxWidth, size, bold = false) =>
      wrapText({ text, maxWidth: Math.max(1, maxWidth), measure: (t: string) => widthOf(t, size, bold), locale }).lines,
  };
}

/** Options of `makeText`. */
export interface MakeTextOptions {
  text: string;
  x: number;
  /** Top of the text block (not the baseline). */
  top: number;
  size: number;
  maxWidth: number;
  anchor?: TextShape['anchor'];
  bold?: boolean;
  tone?: Tone;
  lineHeight?: number;
}

/** A wrapped text shape whose block starts at `top`. */
export function makeText(ctx: TextContext, options: MakeTextOptions): TextShape {
  const { text, x, top, size, maxWidth, anchor = 'start', bold = false, tone = 'text', lineHeight = 1.35 } = options;
  const lines = ctx.wrap(text, maxWidth, size, bold);
  const lh = Math.round(size * lineHeight);
  const width = Math.max(0, ...lines.map((l) => ctx.widthOf(l, size, bold)));
  return {
    kind: 'text',
    x,
    // Baseline of the first line: half the leading, then about 0.8 em of ascent.
    y: top + (lh - size) / 2 + size * 0.8,
    lines,
    size,
    lineHeight: lh,
    anchor,
    bold,
    tone,
    width,
  };
}

/** The height a text shape takes. */
export function textHeight(text: TextShape): number {
  return text.lineHeight * text.lines.length;
}

/** Rounds to 0.1 px so that layouts are stable and tests compare clean numbers. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Side padding of the drawing. */
export function choosePadding(width: number): number {
  return width < 480 ? 8 : 16;
}

/** What every layout starts from: text context, type scale, padding and empty lists. */
export interface LayoutStart {
  ctx: TextContext;
  type: TypeScale;
  pad: number;
  /** The vertical spacing factor (1: natural; smaller when fitted into a fixed height). */
  spacing: number;
  marks: EffectMark[];
  annotations: Shape[];
  statements: string[];
}

/** The opening the three layouts share. */
export function startLayout(options: EffectLayoutOptions): LayoutStart {
  return {
    ctx: createTextContext(options.measure, options.locale),
    type: chooseTypeScale(options.fontSize),
    pad: choosePadding(options.width),
    spacing: options.spacing ?? 1,
    marks: [],
    annotations: [],
    statements: [],
  };
}

/** The focus box of a mark: the drawing's width inside the padding, from `top` to `bottom`. */
export function markBox(start: Pick<LayoutStart, 'pad'>, width: number, top: number, bottom: number): Box {
  return { x: start.pad - 4, y: top - 2, width: width - 2 * start.pad + 8, height: bottom - top + 4 };
}

/** Options of {@link makeMark}. */
export interface MakeMarkOptions {
  index: number;
  label: string;
  top: number;
  bottom: number;
  shapes: Shape[];
}

/** One focusable datum spanning the drawing's width (id `series-<index>`). */
export function makeMark(start: LayoutStart, width: number, options: MakeMarkOptions): EffectMark {
  const { index, label, top, bottom, shapes } = options;
  return { id: `series-${index}`, seriesIndex: index, label, box: markBox(start, width, top, bottom), shapes };
}

/** The closing the three layouts share: the layout object with its height rounded up. */
export function finishLayout(chart: EffectChartKind, width: number, bottom: number, start: LayoutStart, axes: EffectLayout['axes']): EffectLayout {
  const { type, marks, annotations, statements } = start;
  return { chart, width, height: Math.ceil(bottom), fontSize: type.base, marks, axes, annotations, statements };
}

/** The tightest spacing a layout is fitted to (gaps and bands at 45% of their natural size). */
export const MIN_SPACING = 0.45;

/**
 * Lays out for a fixed height: the natural layout when it fits (its height then raised to
 * `height`, the rest left empty); else the same layout again with tighter spacing, found from
 * the natural and the tightest layout (height is close to affine in the spacing) and stepped
 * down until it fits. A layout that does not fit even at {@link MIN_SPACING} is returned as
 * tight as it gets, taller than `height` (the renderer then scales it down as a last resort).
 */
export function fitToHeight(layoutAt: (spacing: number) => EffectLayout, height: number | undefined): EffectLayout {
  const natural = layoutAt(1);
  if (height === undefined || !(height > 0)) return natural;
  if (natural.height <= height) return { ...natural, height: Math.ceil(height) };
  const tight = layoutAt(MIN_SPACING);
  if (tight.height >= height) return tight;
  let spacing = MIN_SPACING + ((height - tight.height) * (1 - MIN_SPACING)) / (natural.height - tight.height);
  let fitted = layoutAt(spacing);
  while (fitted.height > height && spacing > MIN_SPACING) {
    spacing = Math.max(MIN_SPACING, spacing - 0.02);
    fitted = layoutAt(spacing);
  }
  return { ...fitted, height: Math.ceil(height) };
}
