/**
 * Text widths from a font's advance widths, shared by the server and the browser so that a
 * server-rendered chart hydrates without a second layout.
 *
 * On the server (`@lit-labs/ssr`), the elements measure with the advance widths of the font
 * file the CLI draws with (Noto Sans JP, read by src/ssr/font-file.ts and installed here with
 * {@link setServerFontMetrics}); the characters measured and their advances go into the
 * element's `data-policy-metrics` attribute ({@link encodeAdvances}). In the browser, the
 * hydrating update compares the page's font with that table ({@link fontMatchesAdvances}):
 * when they agree, the element measures with the table itself ({@link createTableMeasure}, the
 * page's font for characters the server did not measure), gets the server's layout and keeps
 * it (no second layout, no flash); when they do not, it lays out from the table once (so
 * hydration finds the same drawing) and then for its own font.
 *
 * Pure and browser-safe (no Node imports).
 */
import type { MeasureText } from './text.js';

/** Advance widths of the characters of one font, in font units. */
export interface AdvanceTable {
  unitsPerEm: number;
  /** Code point → advance width in font units. */
  advances: Map<number, number>;
}

/** A font's advance widths: `advanceOf` returns undefined for a character the font lacks. */
export interface FontMetrics {
  unitsPerEm: number;
  advanceOf(codePoint: number): number | undefined;
}

/** Width in em of a character no table knows (as {@link createApproxMeasure} estimates it). */
function fallbackEm(ch: string): number {
  if (ch === ' ') return 0.3;
  if (/[A-Za-z0-9]/.test(ch)) return 0.6;
  if (/[\x21-\x7E]/.test(ch)) return 0.4;
  return 1;
}

let serverMetrics: FontMetrics | undefined;
let recorded: Set<number> | undefined;

/**
 * Installs the metrics elements measure with on the server (undefined: the approximate
 * metrics), and starts recording the characters measured. Returns the recorded set.
 */
export function setServerFontMetrics(metrics: FontMetrics | undefined): Set<number> {
  serverMetrics = metrics;
  recorded = new Set();
  return recorded;
}

/** The server's measure at `sizePx`, or undefined when no metrics are installed. */
export function serverFontMeasure(sizePx: number): MeasureText | undefined {
  const metrics = serverMetrics;
  if (!metrics) return undefined;
  const scale = sizePx / metrics.unitsPerEm;
  return (text: string) => {
    let width = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const advance = metrics.advanceOf(cp);
      recorded?.add(cp);
      width += advance === undefined ? fallbackEm(ch) * sizePx : advance * scale;
    }
    return width;
  };
}

/**
 * Sums of per-character advances of `metrics` at `sizePx` (what the server measures, without
 * recording): the measure of a file drawn in that font (the CLI's SVG and PNG).
 */
export function createFontMeasure(metrics: FontMetrics, sizePx: number): MeasureText {
  const scale = sizePx / metrics.unitsPerEm;
  return (text: string) => {
    let width = 0;
    for (const ch of text) {
      const advance = metrics.advanceOf(ch.codePointAt(0)!);
      width += advance === undefined ? fallbackEm(ch) * sizePx : advance * scale;
    }
    return width;
  };
}

/** The advances of `codePoints` in `metrics` (characters the font lacks are left out). */
export function advanceTableOf(metrics: FontMetrics, codePoints: Iterable<number>): AdvanceTable {
  const advances = new Map<number, number>();
  for (const cp of codePoints) {
    const advance = metrics.advanceOf(cp);
    if (advance !== undefined) advances.set(cp, advance);
  }
  return { unitsPerEm: metrics.unitsPerEm, advances };
}

/** The table as attribute text: `unitsPerEm;characters;advance,advance,…` (characters sorted). */
export function encodeAdvances(table: AdvanceTable): string {
  const entries = [...table.advances].sort((a, b) => a[0] - b[0]);
  return `${table.unitsPerEm};${entries.map(([cp]) => String.fromCodePoint(cp)).join('')};${entries.map(([, a]) => a).join(',')}`;
}

/** Reads {@link encodeAdvances}'s text; undefined when it is not that. */
export function decodeAdvances(text: string | null | undefined): AdvanceTable | undefined {
  if (!text) return undefined;
  const first = text.indexOf(';');
  const last = text.lastIndexOf(';');
  if (first < 0 || last <= first) return undefined;
  const unitsPerEm = Number(text.slice(0, first));
  const chars = Array.from(text.slice(first + 1, last));
  const widths = text.slice(last + 1).split(',').map(Number);
  if (!(unitsPerEm > 0) || (chars.length > 0 && chars.length !== widths.length) || widths.some((w) => !Number.isFinite(w))) return undefined;
  return { unitsPerEm, advances: new Map(chars.map((ch, i) => [ch.codePointAt(0)!, widths[i]!])) };
}

/**
 * Sums of per-character widths at `sizePx` from a table (what the server measured, to the
 * last bit); a character not in it is measured by `other` (one character at a time), or estimated.
 */
export function createTableMeasure(table: AdvanceTable, sizePx: number, other?: MeasureText): MeasureText {
  const scale = sizePx / table.unitsPerEm;
  return (text: string) => {
    let width = 0;
    for (const ch of text) {
      const advance = table.advances.get(ch.codePointAt(0)!);
      width += advance !== undefined ? advance * scale : other ? other(ch) : fallbackEm(ch) * sizePx;
    }
    return width;
  };
}

/**
 * Whether `charWidth` (the page's font at `sizePx`) gives every character of the table the
 * server's width, to 1/100 px.
 */
export function fontMatchesAdvances(table: AdvanceTable, sizePx: number, charWidth: MeasureText): boolean {
  if (table.advances.size === 0) return false;
  const scale = sizePx / table.unitsPerEm;
  for (const [cp, advance] of table.advances) {
    if (Math.abs(charWidth(String.fromCodePoint(cp)) - advance * scale) > 0.01) return false;
  }
  return true;
}
