/**
 * Box labels of the org chart: the shared `wrapText` (Japanese broken between words: ゲノム医療実現 /
 * 推進協議会, not ゲノム医療実現推進協議 / 会; katakana compounds between their words; kinsoku: no
 * line starts with 、。）」 and the like), with the lines balanced. Pure.
 */
import type { Locale } from '../../../data/types.js';
import { BREAK_RANKS, breakRuns, NO_LINE_END, NO_LINE_START, PARAGRAPH_SPAN, paragraphWidths, wrapTextRanked, type MeasureText, type RankedWrap, type WrappedText } from '../../../kit/text.js';

/** Keys of widths of lines trimmed at both ends, apart from those text.ts keeps (trimmed at the end). */
const TRIMMED = PARAGRAPH_SPAN * PARAGRAPH_SPAN;

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
    const tried = searchWrap(text, mid, measure, locale);
    if (tried.lines.length <= n && tried.worst <= base.worst && tried.cost <= base.cost) {
      hi = mid;
      best = tried;
    } else lo = mid;
  }
  // Then, at that width, the lines as even as the breaks allow: no short word left alone on a line
  // (「（介護ロボット及び / 介護 / ロボットに関する」) and no compound cut (「アジア健康 / 構想に関する」)
  // when a break elsewhere reads better (「介護ロボットに / 関する」).
  const width = Math.max(...best.lines.map((l) => measure(l)));
  return { lines: evenLinesOnce({ text, lines: best.lines, width, measure, locale }), truncated: false };
}

/** Entries kept per measure in each memo below before it starts over. */
const BALANCE_MEMO_LIMIT = 20_000;

/**
 * Wraps and even lines found while balancing labels, per measure and label: a box is measured at
 * several widths (each arrangement tried, each widening of a level), and the balancing of one
 * label at two widths tries many of the same widths and often ends on the same lines (in the
 * generated 1,000-body chart's first layout, 1,311 wraps of the search were 953 distinct, and
 * 312 evenings 159). Both are pure: the same label, width, measure and locale give the same result.
 */
const searchMemo = new WeakMap<MeasureText, Map<string, RankedWrap>>();
const evenMemo = new WeakMap<MeasureText, Map<string, readonly string[]>>();

function memoFor<T>(memos: WeakMap<MeasureText, Map<string, T>>, measure: MeasureText): Map<string, T> {
  let memo = memos.get(measure);
  if (!memo) memos.set(measure, (memo = new Map()));
  else if (memo.size >= BALANCE_MEMO_LIMIT) memo.clear();
  return memo;
}

/** `wrapTextRanked` at one width of the balancing search (no line limit), remembered (the result is shared: never change it). */
function searchWrap(text: string, maxWidth: number, measure: MeasureText, locale: Locale): RankedWrap {
  const memo = memoFor(searchMemo, measure);
  const key = `${maxWidth}|${locale}|${text}`;
  let hit = memo.get(key);
  if (!hit) memo.set(key, (hit = wrapTextRanked({ text, maxWidth, measure, locale, phrases: true })));
  return hit;
}

/** {@link evenLines}, remembered per measure, width, locale, label and greedy lines (a new array each call). */
function evenLinesOnce(options: { text: string; lines: readonly string[]; width: number; measure: MeasureText; locale: Locale }): string[] {
  const { text, lines, width, measure, locale } = options;
  const memo = memoFor(evenMemo, measure);
  const key = `${width}|${locale}|${text}\u0000${lines.join('\u0000')}`;
  let hit = memo.get(key);
  if (!hit) memo.set(key, (hit = evenLines(options)));
  return [...hit];
}

/**
 * What a line break costs a reader in {@link evenLines}, by its rank (text.ts `breakRuns`): none
 * between words; a little between two kanji words (健康|構想) and after a particle inside a
 * segmenter word (に|関する); more inside a post's or ministry's name (文部|科学省); much more
 * inside a word (労|働, ワーキン|グ).
 */
function breakCost(rank: number, before: string, after: string): number {
  if (rank <= 0) return 0;
  if (rank === BREAK_RANKS.weak) return 1.5;
  if (rank === BREAK_RANKS.nameInside) return 4;
  if (rank === 1) return /[\u3041-\u309F]$/u.test(before) && /^[\u3400-\u9FFF]/u.test(after) ? 1 : 6;
  return 6 * rank;
}

/**
 * What a line `w` px wide costs in a box `width` px wide: the square of its empty share, times
 * this. A word alone on a fifth of the line (「介護」) costs about 4, as much as four breaks
 * between kanji words; the last line of a label costs nothing (it may end short).
 */
const SLACK_COST = 6;
/** Each line costs this much more: fewer lines where the breaks allow. */
const LINE_COST = 2;

/**
 * The lines of `text` (at most as many as `lines`, each within `width`) that cost least: breaks by
 * {@link breakCost}, lines by their empty room ({@link SLACK_COST}). `lines` (the greedy wrap) is
 * kept unless the cheapest lines cost less; also when the text has forced breaks, a '\n', or
 * lines that do not map onto its break places.
 */
function evenLines(options: { text: string; lines: readonly string[]; width: number; measure: MeasureText; locale: Locale }): string[] {
  const { text, lines, width, measure, locale } = options;
  if (lines.length < 2 || text.includes('\n')) return [...lines];
  const units = breakRuns(text, locale);
  const m = units.length;
  if (m > 80) return [...lines];
  // Where each line of the greedy wrap starts, as a unit index (lines are trimmed at their ends).
  const starts = new Map<number, number>();
  let offset = 0;
  units.forEach((u, i) => {
    starts.set(offset, i);
    offset += u.text.length;
  });
  const given: number[] = [];
  let at = 0;
  for (const line of lines) {
    while (text[at] === ' ') at++;
    const i = starts.get(at);
    if (i === undefined || !text.startsWith(line, at)) return [...lines];
    given.push(i);
    at += line.length;
  }
  const prefix = [0];
  for (const u of units) prefix.push(prefix[prefix.length - 1]! + u.text.length);
  // Kept with the widths the wraps of this label measured (text.ts), under keys of their own (trimmed at both ends).
  const widths = paragraphWidths(measure, text) ?? new Map<number, number>();
  // No break worse than the greedy wrap's worst (or than one inside a kanji word): a katakana word stays as whole as it was.
  const worst = Math.max(1, ...given.slice(1).map((i) => units[i]!.rank));
  // What a break before unit j costs (none at the end). (Module functions and arrays rather than
  // closures made per call: see unitsWidth.)
  const cuts = new Float64Array(m + 1);
  for (let j = 1; j < m; j++) cuts[j] = units[j]!.rank > worst || units[j]!.rank >= BREAK_RANKS.forced ? Infinity : breakCost(units[j]!.rank, units[j - 1]!.text, units[j]!.text);
  let givenCost = 0;
  for (let k = 0; k < given.length; k++) {
    const i = given[k]!;
    const j = given[k + 1] ?? m;
    const w = unitsWidth(text, prefix, widths, measure, i, j);
    givenCost += w > width + 0.5 ? Infinity : lineCost(w, width, j, m, cuts);
  }
  const n = lines.length;
  // best[k][j]: the least cost of units 0..j-1 in k lines; from[k][j]: where the last of them
  // starts. Only the cells the answer reads are worked out: best[t][m] for every line count t,
  // and, back from them, the cells their candidate lines start at (row k at column j reads row
  // k - 1 at the starts of the lines that end at j, down to k - 1): each the same as in the whole
  // table, and the lines ending elsewhere are not measured (for two lines: the last line's
  // candidates, and the first lines ending where those start).
  const limit = width + 0.5;
  const need: Uint8Array[] = [];
  for (let k = 0; k <= n; k++) need.push(new Uint8Array(m + 1));
  for (let k = 1; k <= n; k++) need[k]![m] = 1;
  // The lines that fit, as [start, end) pairs of units, and what each costs, per end j as the
  // table asks for them (its starts from the latest back to the first that does not fit, the
  // order the search below takes them in).
  const pairStart: (number[] | undefined)[] = [];
  const pairCost: number[][] = [];
  for (let k = n; k >= 1; k--) {
    const row = need[k]!;
    for (let j = 1; j <= m; j++) {
      if (!row[j]) continue;
      if (!pairStart[j]) pairsEndingAt(text, prefix, widths, measure, width, limit, m, cuts, j, (pairStart[j] = []), (pairCost[j] = []));
      if (k === 1) continue;
      for (const i of pairStart[j]!) {
        if (i < k - 1) break;
        need[k - 1]![i] = 1;
      }
    }
  }
  const best: Float64Array[] = [new Float64Array(m + 1).fill(Infinity)];
  best[0]![0] = 0;
  const from: Int32Array[] = [new Int32Array(m + 1)];
  for (let k = 1; k <= n; k++) {
    const row = new Float64Array(m + 1).fill(Infinity);
    const rowFrom = new Int32Array(m + 1);
    const before = best[k - 1]!;
    const wanted = need[k]!;
    for (let j = 1; j <= m; j++) {
      if (!wanted[j]) continue;
      const starts = pairStart[j]!;
      const costs = pairCost[j]!;
      let least = Infinity;
      let at = 0;
      for (let p = 0; p < starts.length; p++) {
        const i = starts[p]!;
        if (i < k - 1) break;
        const c = before[i]! + costs[p]!;
        if (c < least) {
          least = c;
          at = i;
        }
      }
      row[j] = least;
      rowFrom[j] = at;
    }
    best.push(row);
    from.push(rowFrom);
  }
  let k = 1;
  for (let t = 2; t <= n; t++) if (best[t]![m]! < best[k]![m]!) k = t;
  if (!(best[k]![m]! < givenCost - 1e-6)) return [...lines];
  const breaks: number[] = [];
  for (let j = m; k > 0; k--) {
    breaks.unshift(from[k]![j]!);
    j = from[k]![j]!;
  }
  return breaks.map((i, t) => unitsText(text, prefix, i, breaks[t + 1] ?? m));
}

/**
 * The lines of {@link evenLines} that end before unit `j` and fit `limit`: their starts, from
 * `j - 1` back to the first that does not fit (into `starts`), and what each costs (into `costs`).
 */
function pairsEndingAt(
  text: string,
  prefix: readonly number[],
  widths: Map<number, number>,
  measure: MeasureText,
  width: number,
  limit: number,
  m: number,
  cuts: Float64Array,
  j: number,
  starts: number[],
  costs: number[],
): void {
  for (let i = j - 1; i >= 0; i--) {
    const w = unitsWidth(text, prefix, widths, measure, i, j);
    if (w > limit) break;
    starts.push(i);
    costs.push(lineCost(w, width, j, m, cuts));
  }
}

/** What a line of width `w` that fits, ending before unit `j` of `m`, costs in {@link evenLines}: its empty room (none on the last line), the break after it, and the line itself. */
function lineCost(w: number, width: number, j: number, m: number, cuts: Float64Array): number {
  const slack = j >= m ? 0 : SLACK_COST * (1 - w / width) ** 2;
  return slack + cuts[j]! + LINE_COST;
}

/** Units [i, j) of `text` (`prefix`: where each unit starts) as a line: trimmed at both ends. */
function unitsText(text: string, prefix: readonly number[], i: number, j: number): string {
  return text.slice(prefix[i]!, prefix[j]!).trim();
}

/**
 * The width of units [i, j) of `text` as a line ({@link unitsText}), kept in `widths` (the
 * paragraph's widths, text.ts `paragraphWidths`). A module function, not a closure made per
 * call: {@link evenLines} measures hundreds of lines per new box, and V8 drops the optimised
 * code of a call's closures at the next full garbage collection, so each box opened after one
 * measured them unoptimised.
 */
function unitsWidth(text: string, prefix: readonly number[], widths: Map<number, number>, measure: MeasureText, i: number, j: number): number {
  // A line that starts with no white space is trimmed at its end only, as text.ts keeps it.
  const key = (text[prefix[i]!]!.trim() === '' ? TRIMMED : 0) + prefix[i]! * PARAGRAPH_SPAN + prefix[j]!;
  let w = widths.get(key);
  if (w === undefined) widths.set(key, (w = measure(unitsText(text, prefix, i, j))));
  return w;
}
