/**
 * Line breaking for labels drawn in SVG (which does not wrap text by itself), with Japanese
 * rules: a break is allowed between any two CJK characters, and kinsoku shori keeps closing
 * brackets, punctuation, small kana and ー off the start of a line and opening brackets off
 * its end. Latin words stay whole unless one alone is wider than the box.
 *
 * Pure and Node-safe: widths come from a `MeasureText` function (canvas in the browser,
 * {@link createApproxMeasure} in Node).
 */
import type { Locale } from '../data/types.js';

/** Width in px of `text` set in one fixed font. */
export type MeasureText = (text: string) => number;

/** Characters that may not start a line (closing brackets, punctuation, small kana, ー). */
export const NO_LINE_START = new Set(
  Array.from('、。，．・：；？！）］｝〕〉》」』】ゝゞーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%％…‥'),
);

/** Characters that may not end a line (opening brackets). */
export const NO_LINE_END = new Set(Array.from('（［｛〔〈《「『【([{'));

const ELLIPSIS = '…';
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3134F}]/u;
const SPACE = /^\s+$/u;
/** Full-width letters and digits (ＡＩ, ２９) measure like CJK but break like Latin words. */
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const DIGIT = /[0-9\uFF10-\uFF19]/u;

/** Options of {@link wrapText}. */
export interface WrapTextOptions {
  text: string;
  /** Width of the box in px. */
  maxWidth: number;
  measure: MeasureText;
  /** Lines allowed; beyond it the last line ends in `…`. Default: no limit. */
  maxLines?: number;
  /** Locale used for word segmentation (default ja). */
  locale?: Locale;
}

/** The result of {@link wrapText}. */
export interface WrappedText {
  lines: string[];
  /** True when text was cut to fit `maxLines`. */
  truncated: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();
function getSegmenter(locale: string, granularity: 'grapheme' | 'word'): Intl.Segmenter {
  const key = `${locale}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/** Whether a grapheme is CJK for line breaking (breakable on either side). */
function isCjk(grapheme: string): boolean {
  return CJK.test(grapheme) && !FULLWIDTH_ALNUM.test(grapheme);
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0) ?? 0);
}

function lastChar(s: string): string {
  const chars = Array.from(s);
  return chars[chars.length - 1] ?? '';
}

/**
 * Text is segmented in chunks of about this many UTF-16 units: iterating an `Intl.Segmenter`
 * over one long string is quadratic in Node 20, so a 64k-character label took seconds; in
 * chunks the work is linear in the length.
 */
const CHUNK = 256;

/** Whether a chunk may end before `text[i]`: not inside a surrogate pair, a combining sequence or a ZWJ sequence. */
function isChunkEdge(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  const joins = /\p{M}/u.test(text[i]!) || code === 0x200c || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f);
  return !joins && text.charCodeAt(i - 1) !== 0x200d;
}

/** `text` in pieces of about {@link CHUNK} units, cut after a space where there is one nearby. */
function* chunksOf(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let end = start + CHUNK;
    // Only within this chunk (lastIndexOf from `end` would scan back to the start of the text).
    const space = text.slice(start + CHUNK / 2, end).lastIndexOf(' ');
    if (space >= 0) end = start + CHUNK / 2 + space + 1;
    else while (end > start + 1 && !isChunkEdge(text, end)) end--;
    yield text.slice(start, end);
    start = end;
  }
  if (start < text.length || text === '') yield text.slice(start);
}

/** The graphemes of `text`, segmented chunk by chunk. */
function* graphemesOf(text: string, locale: Locale): Generator<string> {
  const segmenter = getSegmenter(locale, 'grapheme');
  for (const chunk of chunksOf(text)) for (const s of segmenter.segment(chunk)) yield s.segment;
}

/**
 * Splits a paragraph (no '\n') into units: runs of graphemes between which no break is
 * allowed. Trailing spaces stay on the unit before them. Lazy, so that a caller that has
 * enough lines stops the segmenting. A unit is cut at `maxUnit` UTF-16 units: longer than
 * that, it could not be drawn whole anyway.
 */
function* splitUnits(paragraph: string, locale: Locale, maxUnit = Infinity): Generator<string> {
  const graphemeSegmenter = getSegmenter(locale, 'grapheme');
  const wordSegmenter = getSegmenter(locale, 'word');
  let current = '';
  let prev: string | undefined;
  for (const chunk of chunksOf(paragraph)) {
    const wordStarts = new Set<number>();
    for (const s of wordSegmenter.segment(chunk)) wordStarts.add(s.index);
    let offset = 0;
    for (const { segment: g } of graphemeSegmenter.segment(chunk)) {
      if (prev !== undefined && (current.length >= maxUnit || canBreakBefore(prev, g, wordStarts.has(offset)))) {
        yield current;
        current = '';
      }
      current += g;
      offset += g.length;
      prev = g;
    }
  }
  if (current) yield current;
}

/** Whether a line may break between grapheme `prev` and grapheme `next`. */
function canBreakBefore(prev: string, next: string, wordBoundary: boolean): boolean {
  if (SPACE.test(next)) return false;
  if (NO_LINE_START.has(firstChar(next)) || NO_LINE_END.has(lastChar(prev))) return false;
  if (SPACE.test(prev)) return true;
  // Keep a number with the unit after it (49.1億円, 23病院).
  if (DIGIT.test(lastChar(prev)) && isCjk(next)) return false;
  if (isCjk(prev) || isCjk(next)) return isCjk(prev) && isCjk(next) ? true : wordBoundary;
  // Between two Latin graphemes: only after a hyphen or slash (co-operation, and/or).
  return wordBoundary && /[-/‐–]/u.test(prev);
}

/** Without trailing white space (native: a `/\s+$/` regex is quadratic on long runs of spaces). */
function trimEnd(s: string): string {
  return s.trimEnd();
}

/**
 * Breaks one unit that is wider than `maxWidth` by grapheme, keeping kinsoku where it can;
 * stops once it has `limit` full lines (the rest could not be drawn).
 */
function breakUnit(unit: string, maxWidth: number, measure: MeasureText, locale: Locale, limit: number): string[] {
  const out: string[] = [];
  let line: string[] = [];
  for (const g of graphemesOf(unit, locale)) {
    if (out.length > limit) break;
    if (line.length > 0 && measure(trimEnd([...line, g].join(''))) > maxWidth) {
      // Carry one grapheme over rather than start the next line with a forbidden character.
      let carry: string[] = [];
      if (line.length > 1 && (NO_LINE_START.has(firstChar(g)) || NO_LINE_END.has(lastChar(line[line.length - 1]!)))) {
        carry = [line.pop()!];
      }
      out.push(line.join(''));
      line = carry;
    }
    line.push(g);
  }
  if (line.length) out.push(line.join(''));
  return out;
}

/** Cuts `line` so that `line + …` fits, dropping trailing spaces and opening brackets. */
function ellipsize(line: string, maxWidth: number, measure: MeasureText, locale: Locale): string {
  const graphemes = Array.from(graphemesOf(line, locale));
  for (;;) {
    while (graphemes.length > 0 && (SPACE.test(graphemes[graphemes.length - 1]!) || NO_LINE_END.has(graphemes[graphemes.length - 1]!))) {
      graphemes.pop();
    }
    const candidate = graphemes.join('') + ELLIPSIS;
    if (graphemes.length === 0 || measure(candidate) <= maxWidth) return candidate;
    graphemes.pop();
  }
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (a single grapheme wider than the box
 * still gets a line of its own). Explicit '\n' starts a new line; empty text gives no lines.
 * With `maxLines`, extra lines are dropped and the last kept line ends in `…` and fits.
 *
 * @example wrapText({ text: '健康・医療戦略推進本部', maxWidth: 80, measure: createApproxMeasure(16) })
 */
export function wrapText(options: WrapTextOptions): WrappedText {
  const { text, maxWidth, measure, maxLines = Infinity, locale = 'ja' } = options;
  const lines: string[] = [];
  if (text === '') return { lines, truncated: false };

  // Past `maxLines + 1` lines nothing more can be drawn, so the work stops there: with the
  // chunked segmenting, time is linear in the input and bounded by what is shown.
  // With a line limit, no unit needs to be longer than the characters that many lines hold
  // at the narrowest width a character can have here (so a 1 MB word is not segmented whole).
  const narrowest = Math.max(0.5, Math.min(measure('.'), measure('i'), measure('l'), measure(' ')));
  const maxUnit = Number.isFinite(maxLines) ? (maxLines + 2) * Math.ceil(Math.max(1, maxWidth) / narrowest + 1) : Infinity;
  // And no more text than those lines hold is segmented at all (a megabyte of spaces would
  // otherwise be segmented only to be dropped as trailing white space); a cut shows as `…`.
  const cap = Number.isFinite(maxUnit) ? maxUnit * (maxLines + 2) : Infinity;
  let source = text;
  let cut = false;
  if (source.length > cap) {
    const code = source.charCodeAt(cap - 1);
    source = source.slice(0, code >= 0xd800 && code <= 0xdbff ? cap - 1 : cap);
    cut = true;
  }
  paragraphs: for (const paragraph of source.split(/\r?\n/)) {
    let line = '';
    for (const unit of splitUnits(paragraph, locale, maxUnit)) {
      if (lines.length > maxLines) break paragraphs;
      const candidate = line + unit;
      if (measure(trimEnd(candidate)) <= maxWidth) {
        // Past `maxUnit` units a line only gains what has no width (trailing spaces): dropped,
        // so that a megabyte of spaces is not measured again and again.
        if (candidate.length <= maxUnit) line = candidate;
        continue;
      }
      if (line) lines.push(trimEnd(line));
      if (measure(trimEnd(unit)) <= maxWidth) {
        line = unit;
      } else {
        const pieces = breakUnit(unit, maxWidth, measure, locale, maxLines - lines.length);
        line = pieces.pop() ?? '';
        for (const piece of pieces) lines.push(trimEnd(piece));
      }
    }
    if (lines.length > maxLines) break;
    lines.push(trimEnd(line));
  }

  if (lines.length <= maxLines && !cut) return { lines, truncated: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = ellipsize(kept[kept.length - 1]!, maxWidth, measure, locale);
  return { lines: kept, truncated: true };
}

/**
 * A Node-side width estimate for one font size: CJK and full-width characters 1em, ASCII
 * letters and digits 0.6em, space 0.3em, other ASCII punctuation 0.4em. Used by unit tests and
 * the SVG CLI, where no canvas exists.
 */
export function createApproxMeasure(fontSizePx: number): MeasureText {
  // Widths in em per character, worked out once: the CLI measures every line many times.
  const ems = new Map<string, number>();
  const emOf = (ch: string): number => {
    let em = ems.get(ch);
    if (em !== undefined) return em;
    if (ch === ' ') em = 0.3;
    else if (/[A-Za-z0-9]/.test(ch)) em = 0.6;
    else if (/[\x21-\x7E]/.test(ch)) em = 0.4;
    else if (/[\uFF61-\uFF9F]/.test(ch)) em = 0.5; // half-width katakana
    else if (CJK.test(ch) || ch === ELLIPSIS || ch === '—' || ch === '―') em = 1;
    else if (/\s/u.test(ch)) em = 0.3;
    else em = 0.6;
    if (ems.size < 10_000) ems.set(ch, em);
    return em;
  };
  return (text: string): number => {
    let em = 0;
    for (const ch of text) em += emOf(ch);
    return em * fontSizePx;
  };
}
