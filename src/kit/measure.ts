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
 * Returns the `MeasureText` for one CSS font shorthand (`'400 14px "Noto Sans CJK JP"'`),
 * caching the widths it has measured (up to 10,000 strings, then it starts over). The same
 * font gives the same measure, so charts share what was measured. Without a canvas (a Node
 * import by mistake) it throws: use `createApproxMeasure` there.
 */
export function createCanvasMeasure(font: string): MeasureText {
  const known = measures.get(font);
  if (known) return known;
  const context = getContext();
  if (!context) throw new Error('createCanvasMeasure: no canvas; use createApproxMeasure outside the browser');
  const cache = new Map<string, number>();
  const measure = (text: string): number => {
    let width = cache.get(text);
    if (width === undefined) {
      // The context is shared between measures of different fonts: set it every time.
      context.font = font;
      width = context.measureText(text).width;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, width);
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
