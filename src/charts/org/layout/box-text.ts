/**
 * Box labels of the org chart: the shared `wrapText` (Japanese broken between words: ゲノム医療実現 /
 * 推進協議会, not ゲノム医療実現推進協議 / 会; katakana compounds between their words; kinsoku: no
 * line starts with 、。）」 and the like), with the lines balanced. Pure.
 */
import type { Locale } from '../../../data/types.js';
import { NO_LINE_END, NO_LINE_START, wrapTextRanked, type MeasureText, type WrappedText } from '../../../kit/text.js';

/** Single characters that lead the word after them (副大臣, 第2), rather than close the one before. */
const PREFIXES = new Set(Array.from('副各諸新第総前元旧同本非未'));
const PUNCT = /^[\p{P}\p{S}\s]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** Splits text into phrases: ICU words, with one-character suffixes (会, 府) and punctuation kept on the right side. */
export function splitPhrases(options: { text: string; locale?: Locale }): string[] {
  const locale = options.locale ?? 'ja';
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  const words = Array.from(seg.segment(options.text), (s) => s.segment);
  const out: string[] = [];
  let carry = '';
  for (const word of words) {
    const chars = Array.from(word);
    const first = chars[0] ?? '';
    const last = chars[chars.length - 1] ?? '';
    const prev = out[out.length - 1];
    const prevLast = prev ? Array.from(prev).pop()! : '';
    const attachLeft =
      prev !== undefined &&
      carry === '' &&
      !/\s$/u.test(prev) &&
      !NO_LINE_END.has(prevLast) &&
      !PREFIXES.has(prevLast === prev ? prev : '') &&
      (NO_LINE_START.has(first) || (chars.length === 1 && !PUNCT.test(word) && !PREFIXES.has(word)) || /^\s+$/u.test(word));
    if (attachLeft) {
      out[out.length - 1] = prev + word;
    } else if (NO_LINE_END.has(last) || (chars.length === 1 && PREFIXES.has(word))) {
      carry += word;
    } else {
      out.push(carry + word);
      carry = '';
    }
  }
  if (carry) {
    if (out.length) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out;
}

/**
 * Wraps a label into at most `maxLines` lines no wider than `maxWidth`, as `wrapText` does
 * (between words first: ファンド / タスクフォース, ゲノム医療実現 / 推進協議会), then with the lines
 * balanced: the narrowest width that gives no more lines and no worse breaks (none worse than the
 * worst, and no more of the weaker ones: 厚生労働省 stays whole where the widest wrap kept it). A label that does
 * not fit ends in `…` (`truncated` is then true).
 */
export function wrapOrgLabel(options: {
  text: string;
  maxWidth: number;
  measure: MeasureText;
  maxLines?: number;
  locale?: Locale;
}): WrappedText {
  const { text, maxWidth, measure, maxLines = Infinity, locale = 'ja' } = options;
  const base = wrapTextRanked({ text, maxWidth, measure, maxLines, locale, phrases: true });
  if (base.lines.length <= 1 || base.truncated || text.includes('\n')) return { lines: base.lines, truncated: base.truncated };
  const n = base.lines.length;
  let best: WrappedText = base;
  let lo = Math.floor(measure(text) / n) - 1;
  let hi = maxWidth;
  // To within 4 px: closer balance does not show, and each step wraps the label again.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    const tried = wrapTextRanked({ text, maxWidth: mid, measure, locale, phrases: true });
    if (tried.lines.length <= n && tried.worst <= base.worst && tried.cost <= base.cost) {
      hi = mid;
      best = tried;
    } else lo = mid;
  }
  return { lines: best.lines, truncated: false };
}
