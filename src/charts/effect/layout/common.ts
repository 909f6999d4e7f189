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
   * than this is laid out again with tighter rows; a shorter one with wider gaps, then centred
   * (see {@link fitToHeight}). Absent: the height the marks need.
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
  /** The vertical spacing factor of gaps (1: natural; smaller or larger when fitted into a fixed height). */
  spacing: number;
  /** The factor of bars and bands: the spacing, but never over {@link MAX_BAND_SPACING}. */
  band: number;
  marks: EffectMark[];
  annotations: Shape[];
}

/** The opening the three layouts share. */
export function startLayout(options: EffectLayoutOptions): LayoutStart {
  return {
    ctx: createTextContext(options.measure, options.locale),
    type: chooseTypeScale(options.fontSize),
    pad: choosePadding(options.width),
    spacing: options.spacing ?? 1,
    band: Math.min(options.spacing ?? 1, MAX_BAND_SPACING),
    marks: [],
    annotations: [],
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
  const { type, marks, annotations } = start;
  return { chart, width, height: Math.ceil(bottom), fontSize: type.base, marks, axes, annotations };
}

/** The tightest spacing a layout is fitted to (gaps and bands at 45% of their natural size). */
export const MIN_SPACING = 0.45;

/** The widest spacing a layout is spread to in a tall height: gaps at most three times their natural size. */
export const MAX_SPACING = 3;

/** Bars and bands grow with the spacing up to this factor only (a tall height does not make slabs). */
export const MAX_BAND_SPACING = 2;

/**
 * Lays out for a fixed height.
 * - Taller than `height`: the same layout again with tighter spacing, found from the natural and
 *   the tightest layout (height is close to affine in the spacing) and stepped down until it
 *   fits. A layout that does not fit even at {@link MIN_SPACING} is returned as tight as it
 *   gets, taller than `height` (the renderer then scales it down as a last resort).
 * - Shorter than `height`: the gaps between rows grow (up to {@link MAX_SPACING}, bars and bands
 *   up to {@link MAX_BAND_SPACING}) to take the room; what is still left is split above and
 *   below the drawing, so a tall height never leaves one large empty area under the marks.
 */
export function fitToHeight(layoutAt: (spacing: number) => EffectLayout, height: number | undefined): EffectLayout {
  const natural = layoutAt(1);
  if (height === undefined || !(height > 0)) return natural;
  if (natural.height === height) return natural;
  if (natural.height < height) return spreadToHeight(layoutAt, natural, Math.ceil(height));
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

/** {@link fitToHeight} for a layout shorter than `height`: wider gaps, then centred. */
function spreadToHeight(layoutAt: (spacing: number) => EffectLayout, natural: EffectLayout, height: number): EffectLayout {
  const widest = layoutAt(MAX_SPACING);
  let spread = widest;
  if (widest.height > height && widest.height > natural.height) {
    let spacing = 1 + ((height - natural.height) * (MAX_SPACING - 1)) / (widest.height - natural.height);
    spread = layoutAt(spacing);
    while (spread.height > height && spacing > 1) {
      spacing = Math.max(1, spacing - 0.02);
      spread = layoutAt(spacing);
    }
    if (spread.height > height) spread = natural;
  }
  return { ...shiftLayout(spread, Math.floor((height - spread.height) / 2)), height };
}

/** Moves every shape, mark box and axis of a layout down by `dy` px. */
export function shiftLayout(layout: EffectLayout, dy: number): EffectLayout {
  if (dy === 0) return layout;
  const move = (shape: Shape): Shape => {
    switch (shape.kind) {
      case 'line':
        return { ...shape, y1: round1(shape.y1 + dy), y2: round1(shape.y2 + dy) };
      default:
        return { ...shape, y: round1(shape.y + dy) };
    }
  };
  return {
    ...layout,
    marks: layout.marks.map((mark) => ({ ...mark, box: { ...mark.box, y: round1(mark.box.y + dy) }, shapes: mark.shapes.map(move) })),
    annotations: layout.annotations.map(move),
    axes: layout.axes.map((axis) => ({
      ...axis,
      y: round1(axis.y + dy),
      gridTop: round1(axis.gridTop + dy),
      gridBottom: round1(axis.gridBottom + dy),
      ...(axis.title ? { title: move(axis.title) as TextShape } : {}),
    })),
  };
}
