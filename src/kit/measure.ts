/**
 * Text measurement in the browser, for {@link wrapText} and label fitting. Call from
 * `willUpdate` (never from `render()`): it measures with a canvas, not with the DOM, so it
 * causes no layout.
 */
import type { MeasureText } from './text.js';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

let sharedContext: Context2D | null | undefined;

/** Strings cached per measure before the cache starts over (wrapping measures many prefixes). */
const CACHE_LIMIT = 10_000;

function getContext(): Context2D | null {
  if (sharedContext !== undefined) return sharedContext;
  if (typeof OffscreenCanvas !== 'undefined') {
    sharedContext = new OffscreenCanvas(1, 1).getContext('2d');
  } else if (typeof document !== 'undefined') {
    sharedContext = document.createElement('canvas').getContext('2d');
  } else {
    sharedContext = null;
  }
  return sharedContext;
}

/** One measure per font, shared by every chart on the page (their labels repeat). */
const measures = new Map<string, MeasureText>();

/**
 * Whether UTF-16 unit `c` is a character every CJK font draws on its own, whatever its
 * neighbours: kanji (and 々), hiragana and katakana letters (and ー), full-width Latin letters and
 * digits. No kerning, trimming or spacing joins them to the next character, so the width of
 * text is the sum of their widths and those of the runs between them. CJK punctuation and
 * brackets are not among them: the browser trims the space between two of them (`）（`).
 */
function isSolo(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    c === 0x30fc ||
    c === 0x3005 ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/** Full-width brackets （）: one em wide like kanji, except beside other punctuation (see {@link punctuationAt}). */
function isBracket(c: number): boolean {
  return c === 0xff08 || c === 0xff09;
}

/**
 * Whether UTF-16 unit `c` is punctuation a bracket beside it may be set tighter with (the browser
 * trims the space between two CJK punctuation marks, `）（`, `」）`): general, CJK and full-width
 * punctuation and symbols, ・. A bracket next to one is measured with it, never alone.
 */
function punctuationAt(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0x30fb || (c >= 0xff00 && c <= 0xffef && !isSolo(c));
}

const MARK = /^\p{M}/u;

/**
 * Whether the character at `i` changes the one before it (a combining mark or dakuten, a
 * variation selector, a joiner): that one is not measured alone.
 */
export function joinsPrevious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Most characters measured are Latin, kanji, kana or CJK and full-width punctuation, none of
  // them a mark: answered without slicing the text for the regular expression (a fresh tab's
  // first layout asks this of every character of thousands of strings).
  if (c < 0x300 || isSolo(c) || (c >= 0x3000 && c <= 0x3029) || (c >= 0xff00 && c <= 0xffef)) return false;
  return c === 0x200c || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xdb40 || MARK.test(text.slice(i, i + 2));
}

/**
 * Strings measured both ways, per font, before the sums are trusted: a font that kerns or
 * spaces its CJK letters (or a browser that adds space between kanji and Latin in canvas text)
 * gives another width for one of them, and the canvas then measures every string whole.
 */
const CHECKS = 8;

/**
 * Widths up to which sums are exact: the browser adds glyph advances of 1/65,536 px as 32-bit
 * floats, exactly while the sum stays under 256 px (24 bits); wider text adds up a little
 * differently in the last bit, and is measured whole.
 */
const EXACT_BELOW = 256;

/**
 * Returns the `MeasureText` for one CSS font shorthand (`'400 14px "Noto Sans CJK JP"'`),
 * caching the widths it has measured (up to 10,000 strings, then it starts over). The same
 * font gives the same measure, so charts share what was measured. Without a canvas (a Node
 * import by mistake) it throws: use `createApproxMeasure` there.
 *
 * Labels are measured many times over as they are wrapped (every prefix of a line) and most of
 * their characters are kanji and kana: text with such characters is measured as the sum of each
 * of them (measured once, alone; full-width brackets too, where no punctuation stands beside them)
 * and of the runs of other characters between them (figures, codes), which gives
 * the canvas's own width to the last bit (checked on the first strings of each font; where it
 * does not, the canvas measures whole strings) with far fewer canvas calls, each of which shapes
 * its text anew (the first ones of a page, in a fresh tab, are the slowest part of a first layout).
 */
export function createCanvasMeasure(font: string): MeasureText {
  const known = measures.get(font);
  if (known) return known;
  const context = getContext();
  if (!context) throw new Error('createCanvasMeasure: no canvas; use createApproxMeasure outside the browser');
  const cache = new Map<string, number>();
  const remember = (text: string, width: number): void => {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, width);
  };
  const canvasWidth = (text: string): number => {
    // The context is shared between measures of different fonts: set it every time.
    context.font = font;
    return context.measureText(text).width;
  };
  /** A run's width on its own (cached with the whole strings: the same text, the same width). */
  const part = (text: string): number => {
    let width = cache.get(text);
    if (width === undefined) {
      width = canvasWidth(text);
      remember(text, width);
    }
    return width;
  };
  /** The widths of solo characters by UTF-16 unit, so that adding them up makes no one-character strings. */
  const soloWidths = new Map<number, number>();
  const solo = (c: number): number => {
    let width = soloWidths.get(c);
    if (width === undefined) soloWidths.set(c, (width = part(String.fromCharCode(c))));
    return width;
  };
  let checks = CHECKS;
  /** Strings added up with a bracket alone still to check (brackets are checked apart: the first strings may have none). */
  let bracketChecks = CHECKS;
  /** The width as a sum of its solo characters and the runs between them; undefined when that is not shorter. */
  const summed = (text: string): number | undefined => {
    if (checks < 0 || text.length < 2) return undefined;
    let width = 0;
    let solos = 0;
    let start = 0;
    let bracketed = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isSolo(c)) {
        // A bracket between two characters that are not punctuation (医療（g5）, 632.9億円（2.5%）) is
        // added up alone too: the figures and codes inside are then runs measured once each.
        if (!isBracket(c) || punctuationAt(text.charCodeAt(i - 1)) || punctuationAt(text.charCodeAt(i + 1))) continue;
        bracketed = true;
      }
      if (i + 1 < text.length && joinsPrevious(text, i + 1)) continue;
      if (i > start) width += part(text.slice(start, i));
      width += solo(c);
      start = i + 1;
      solos++;
    }
    if (solos === 0) return undefined;
    if (start < text.length) width += part(text.slice(start));
    if (width >= EXACT_BELOW) return undefined;
    if (checks > 0 || (bracketed && bracketChecks > 0)) {
      if (checks > 0) checks--;
      if (bracketed && bracketChecks > 0) bracketChecks--;
      const whole = canvasWidth(text);
      if (whole !== width) checks = -1;
      return whole;
    }
    return width;
  };
  const measure = (text: string): number => {
    let width = cache.get(text);
    if (width === undefined) {
      width = summed(text) ?? canvasWidth(text);
      remember(text, width);
    }
    return width;
  };
  measures.set(font, measure);
  return measure;
}

/**
 * Forgets every width measured so far. Call when a web font finishes loading: the same font
 * shorthand then measures differently (the fallback font was measured before).
 */
export function clearCanvasMeasures(): void {
  measures.clear();
}

/**
 * Sets `font` on the shared canvas and measures a few kanji and kana in it, caching nothing: a
 * fresh tab's first measurement in a CJK font loads and sets up the font (several ms of CPU), which
 * the first chart's layout then finds done. Does nothing without a canvas.
 */
export function prepareCanvasFont(font: string): void {
  const context = getContext();
  if (!context) return;
  context.font = font;
  context.measureText('予算の概要・データ（億円）');
}

/** Whether this environment can measure text with a canvas. */
export function canMeasureWithCanvas(): boolean {
  return getContext() !== null;
}

/**
 * The CSS font shorthand of `element`'s computed style (`'400 14px "Noto Sans CJK JP", sans-serif'`),
 * with `sizePx` in place of the computed size when given.
 */
export function fontFor(element: Element, sizePx?: number): string {
  const style = getComputedStyle(element);
  const size = sizePx === undefined ? style.fontSize : `${sizePx}px`;
  const weight = style.fontWeight || '400';
  const fontStyle = style.fontStyle && style.fontStyle !== 'normal' ? `${style.fontStyle} ` : '';
  return `${fontStyle}${weight} ${size} ${style.fontFamily}`;
}
