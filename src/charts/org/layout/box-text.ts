/**
 * Box labels of the org chart: Japanese names broken at phrase boundaries (ゲノム医療実現 /
 * 推進協議会, not ゲノム医療実現推進協議 / 会) and balanced across lines, on top of the shared
 * `wrapText` (which keeps kinsoku: no line starts with 、。）」 and the like). Pure.
 */
import type { Locale } from '../../../data/types.js';
import { NO_LINE_END, NO_LINE_START, wrapText, type MeasureText, type WrappedText } from '../../../kit/text.js';

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
 * Katakana words common in the names of public bodies. A katakana phrase too long for one line
 * (ワーキンググループ) is broken between these (ワーキング / グループ) rather than anywhere
 * (ワーキンググ / ループ); ICU segments such compounds as one word.
 */
const KATAKANA_WORDS = [
  'ワーキング', 'グループ', 'タスク', 'フォース', 'パートナーシップ', 'ネットワーク', 'ヘルスケア', 'プラットフォーム',
  'プロジェクト', 'イノベーション', 'センター', 'デジタル', 'データ', 'システム', 'サービス', 'チーム', 'サブ', 'コンソーシアム', 'ファンド',
].sort((a, b) => b.length - a.length);
const KATAKANA_RUN = /^[\u30A0-\u30FF]+$/u;

/** Splits an all-katakana phrase before and after the known words it contains; other text is returned whole. */
export function splitKatakanaWords(phrase: string): string[] {
  const core = phrase.replace(/[^\u30A0-\u30FF]+$/u, '');
  if (!core || !KATAKANA_RUN.test(core)) return [phrase];
  const out: string[] = [];
  let rest = core;
  let head = '';
  while (rest) {
    const word = KATAKANA_WORDS.find((w) => rest.startsWith(w));
    if (word) {
      if (head) out.push(head);
      out.push(word);
      head = '';
      rest = rest.slice(word.length);
    } else {
      head += rest[0];
      rest = rest.slice(1);
    }
  }
  if (head) out.push(head);
  out[out.length - 1] += phrase.slice(core.length);
  // A piece starting with ー or a small kana may not start a line: keep it with the one before.
  const merged: string[] = [];
  for (const piece of out) {
    if (merged.length && NO_LINE_START.has(piece[0]!)) merged[merged.length - 1] += piece;
    else merged.push(piece);
  }
  return merged;
}

function pack(phrases: readonly string[], width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const p of phrases) {
    if (line && measure((line + p).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = p.trimStart();
    } else {
      line += p;
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wraps a label into at most `maxLines` lines no wider than `maxWidth`: at phrase boundaries
 * when that costs no extra line, with the lines balanced in width; otherwise as `wrapText`
 * does. A label that does not fit ends in `…` (`truncated` is then true).
 */
export function wrapOrgLabel(options: {
  text: string;
  maxWidth: number;
  measure: MeasureText;
  maxLines?: number;
  locale?: Locale;
}): WrappedText {
  const { text, maxWidth, measure, maxLines = Infinity, locale = 'ja' } = options;
  const base = wrapText({ text, maxWidth, measure, maxLines, locale });
  if (base.lines.length <= 1 || base.truncated || text.includes('\n')) return base;
  const n = base.lines.length;
  const phrases: string[] = [];
  for (const p of splitPhrases({ text, locale })) {
    if (measure(p.trimEnd()) <= maxWidth) {
      phrases.push(p);
      continue;
    }
    for (const q of splitKatakanaWords(p)) {
      if (measure(q.trimEnd()) <= maxWidth) phrases.push(q);
      else phrases.push(...wrapText({ text: q, maxWidth, measure, locale }).lines);
    }
  }
  const fits = (w: number) => pack(phrases, w, measure).length <= n;
  if (!fits(maxWidth)) {
    // Phrase breaks would cost a line: keep character breaks, balanced.
    let lo = Math.floor(maxWidth / n);
    let hi = maxWidth;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (wrapText({ text, maxWidth: mid, measure, locale }).lines.length <= n) hi = mid;
      else lo = mid;
    }
    return { lines: wrapText({ text, maxWidth: hi, measure, locale }).lines, truncated: false };
  }
  let lo = Math.floor(measure(text) / n) - 1;
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return { lines: pack(phrases, hi, measure), truncated: false };
}
