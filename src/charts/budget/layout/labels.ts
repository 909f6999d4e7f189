/**
 * Fitting treemap labels to their cells: the item's name wrapped (Japanese line breaking from
 * ./text.ts) above its figures. A label that does not fit is left out; the tooltip, the
 * focused cell's description and the table still give the full text. Pure; no DOM.
 */
import { splitGraphemes, wrapText, type MeasureText } from '../../../kit/text.js';

export type { MeasureText } from '../../../kit/text.js';

/** A label positioned in a cell: lines of text from a first baseline at (`x`, `y`). */
export interface CellLabel {
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly lines: readonly string[];
  /** How many of `lines` are the name (the rest are figures, drawn lighter). */
  readonly nameLines?: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** True when the name was cut (ends in `…`). */
  readonly clipped: boolean;
  /** The whole text of a cut label (for `data-full-text`). */
  readonly fullText?: string;
}

/** Options of {@link fitCellLabel}. */
export interface FitCellLabelOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly name: string;
  /** Figure lines under the name (`49.1億円（35.7%）`), most important first. */
  readonly figures: readonly string[];
  /** Used instead when the first figure line does not fit (the amount alone). */
  readonly fallbackFigures?: readonly string[];
  /**
   * Tried before `fallbackFigures` (the amount and its share on lines of their own): used where
   * every line of it shows and the name shows as much as with `fallbackFigures`.
   */
  readonly splitFigures?: readonly string[];
  readonly measure: MeasureText;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** Inner padding in px (default 4). */
  readonly padding?: number;
  /** Show the name alone when no figure fits (cells whose name says what they are: 他N件). */
  readonly nameOnly?: boolean;
}

/** Lines of text a cell `height` px high holds inside its padding. */
function labelLines(height: number, fontSize: number, lineHeight: number, padding: number): number {
  return Math.floor((height - 2 * padding - (fontSize - lineHeight)) / lineHeight);
}

/**
 * Whether a cell of this size has room for a label at all (two characters wide, one line high
 * inside its padding): without it {@link fitCellLabel} gives none, whatever the text.
 */
export function roomForLabel(width: number, height: number, fontSize: number, lineHeight: number, padding = 4): boolean {
  return width - 2 * padding >= fontSize * 2 && labelLines(height, fontSize, lineHeight, padding) >= 1;
}

/**
 * Fits a name and its figures into a cell: the whole amount line must fit, the name wraps
 * onto as many lines as the height leaves (cut with `…` only when at least two characters of
 * it remain). Returns undefined when not even the name's first line and the amount fit.
 */
export function fitCellLabel(options: FitCellLabelOptions): CellLabel | undefined {
  const { width, height, measure, fontSize, lineHeight, padding = 4 } = options;
  const innerW = width - 2 * padding;
  const maxLines = labelLines(height, fontSize, lineHeight, padding);
  if (!roomForLabel(width, height, fontSize, lineHeight, padding)) return undefined;
  const first = options.figures[0];
  // The amount alone wider than the cell (the first figure line begins with it): no figure line
  // fits, nor the name cut before the amount, so no label does but a name alone (`nameOnly`).
  // Told without measuring the rest (most cells of a large budget are that narrow).
  const amount = options.fallbackFigures?.[0];
  if (!options.nameOnly && amount !== undefined && first?.startsWith(amount) && measure(amount) > innerW) return undefined;
  if (maxLines === 1) return fitOneLine(options, innerW);
  if (first === undefined || measure(first) <= innerW || !options.fallbackFigures) return fitFigures(options, options.figures, innerW, maxLines);
  // The first figure line too wide (a narrow cell): the fallback (the amount alone), or the split
  // figures (the amount, its share on a line of its own) where that line costs the name nothing and
  // every figure shows (so that cells side by side read alike: 20.0億円 / （24.3%））.
  const fallback = fitFigures(options, options.fallbackFigures, innerW, maxLines);
  const { splitFigures } = options;
  // (Only where the fallback leaves a line free: else the share's line would come off the name.)
  if (!fallback || !splitFigures || fallback.lines.length >= maxLines) return fallback;
  const split = fitFigures(options, splitFigures, innerW, maxLines);
  const named = (l: CellLabel) => l.lines.slice(0, l.nameLines).join('\n');
  return split && split.lines.length - (split.nameLines ?? 0) === splitFigures.length && named(split) === named(fallback) ? split : fallback;
}

/** {@link fitCellLabel} with these figure lines (`maxLines` > 1). */
function fitFigures(options: FitCellLabelOptions, figures: readonly string[], innerW: number, maxLines: number): CellLabel | undefined {
  const { x, y, name, measure, fontSize, lineHeight, padding = 4 } = options;
  // Figures that fit the width, in order, stopping at the first that does not.
  const shownFigures: string[] = [];
  for (const [i, f] of figures.entries()) {
    const room = maxLines - 1 - shownFigures.length;
    if (room < 1) break;
    if (measure(f) <= innerW) {
      shownFigures.push(f);
      continue;
    }
    // The amount line must fit whole; a later figure (前年度の記載なし) may wrap.
    if (i === 0) break;
    const wrapped = wrapText({ text: f, maxWidth: innerW, measure, maxLines: room, ellipsis: false });
    if (wrapped.truncated || wrapped.lines.some((l) => measure(l) > innerW + 0.5)) break;
    shownFigures.push(...wrapped.lines);
  }
  if (shownFigures.length === 0 && !options.nameOnly) return fitOneLine(options, innerW);
  const nameLinesAllowed = maxLines - shownFigures.length;
  // Wrapped without `…`: a cut name's last line is cut once, by refitLastLine.
  const wrap = { text: name, maxWidth: innerW, measure, maxLines: nameLinesAllowed };
  const wrapped = refitLastLine(wrapText({ ...wrap, ellipsis: false }), name, innerW, measure) ?? wrapText(wrap);
  if (wrapped.lines.length === 0) return undefined;
  if (wrapped.truncated) {
    // A name cut to one character and an ellipsis says nothing: drop the label instead.
    const visible = wrapped.lines.join('').replace(/…$/u, '');
    if (Array.from(visible).length < 2) return undefined;
  }
  if (wrapped.lines.some((l) => measure(l) > innerW + 0.5)) return undefined;
  return {
    x: x + padding,
    y: y + padding + fontSize,
    lines: [...wrapped.lines, ...shownFigures],
    nameLines: wrapped.lines.length,
    fontSize,
    lineHeight,
    clipped: wrapped.truncated,
  };
}

/**
 * A name cut on its last line (wrapped without `…`) keeps every character that fits there with
 * `…` (the line breaker cuts at the last break opportunity, which can leave a character's room or
 * more unused). Undefined when that cut does not end in `…` (what is left fits, or not two
 * characters of it do): the caller wraps with the line breaker's own `…`.
 */
function refitLastLine(wrapped: { lines: string[]; truncated: boolean }, name: string, width: number, measure: MeasureText): { lines: string[]; truncated: boolean } | undefined {
  if (!wrapped.truncated || wrapped.lines.length === 0) return wrapped;
  const before = wrapped.lines.slice(0, -1);
  // What the earlier lines hold, found in the name with its spaces and newlines left out.
  const used = before.join('').replace(/\s/gu, '').length;
  const chars = Array.from(name);
  let i = 0;
  for (let seen = 0; i < chars.length && seen < used; i++) if (!/\s/u.test(chars[i]!)) seen++;
  const rest = chars.slice(i).join('').trimStart();
  const last = fitLine({ text: rest, width, measure });
  if (!last || !last.endsWith('…')) return undefined;
  return { lines: [...before, last], truncated: true };
}

/** Narrowest width (px) worth a line: two characters of the smallest label font. */
const FONT_FLOOR = 10;

/** A wide, low cell: the name cut before the amount, on one line (`臨床研究・治験… 1.0億円`). */
function fitOneLine(options: FitCellLabelOptions, innerW: number): CellLabel | undefined {
  const { x, y, name, measure, fontSize, lineHeight, padding = 4 } = options;
  // The first figure with its share where the whole name fits beside it (「内訳の記載なし 5.8億円（7.1%）」).
  const first = options.figures[0];
  const whole = first !== undefined ? `${name.replace(/\n/gu, ' ')} ${first}` : undefined;
  if (whole !== undefined && options.fallbackFigures && measure(whole) <= innerW) {
    return { x: x + padding, y: y + padding + fontSize, lines: [whole], nameLines: 1, fontSize, lineHeight, clipped: false };
  }
  const amount = options.fallbackFigures?.[0] ?? first;
  if (amount === undefined) return undefined;
  // The name and the amount are joined by one space: the name may take the rest.
  const room = innerW - measure(amount) - measure(' ');
  const cut = room >= 2 * fontSize ? fitLine({ text: name, width: room, measure }) : undefined;
  const line = cut ? `${cut} ${amount}` : options.nameOnly ? fitLine({ text: name, width: innerW, measure }) : undefined;
  if (!line) return undefined;
  return { x: x + padding, y: y + padding + fontSize, lines: [line], nameLines: 1, fontSize, lineHeight, clipped: cut !== name };
}

/** Options of {@link fitLine}. */
export interface FitLineOptions {
  readonly text: string;
  readonly width: number;
  readonly measure: MeasureText;
}

/** One line of text cut with `…` to fit `width`; undefined when not even two characters fit. */
export function fitLine(options: FitLineOptions): string | undefined {
  const { text, width, measure } = options;
  if (width < 2 * FONT_FLOOR) return undefined;
  // Most names either fit whole or need cutting; measuring the whole first skips the cutting.
  const flat = text.replace(/\n/gu, ' ');
  if (measure(flat) <= width) return flat;
  // A one-line cut keeps every character that fits (not only up to the last break
  // opportunity): the … says it is cut, and the room beside it is used.
  const chars = splitGraphemes(flat);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width + 0.5) lo = mid;
    else hi = mid - 1;
  }
  const kept = chars.slice(0, lo).join('').trimEnd();
  if (Array.from(kept).length < 2) return undefined;
  return `${kept}…`;
}
