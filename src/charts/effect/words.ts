/**
 * Words of the effect chart, one typed table per locale in each: those the three layouts draw
 * (layout/ imports them from here), those of the marks' accessible names (describe.ts) and of
 * the element around the drawing. The table's are in table-words.ts (loaded with the table code).
 */
import type { Locale } from '../../data/types.js';
import { localeTable } from '../../kit/locale-table.js';

/** Words of the effect chart's element around its drawing. */
export const EFFECT_UI = localeTable({ marks: 'データ', note: '※' });

/** The words of one locale. */
export type EffectUiWords = (typeof EFFECT_UI)[Locale];

/** Words the proportions layout draws: n, 内訳不明, 計, 95%信頼区間, 差 and 比. */
export const PROPORTIONS_WORDS = localeTable({
  n: (n: string) => `n=${n}`,
  unknown: '内訳不明',
  unknownOf: (names: string) => `${names}（内訳不明）`,
  total: (v: string) => `計${v}`,
  ci: (lo: string, hi: string) => `95%信頼区間 ${lo}〜${hi}`,
  difference: '差',
  against: (first: string) => `${first}との差`,
  ratio: '比',
  listSep: '・',
  sep: '\u3000',
  axis: (measure: string) => measure,
  value: '値',
  valueLine: (measure: string, v: string) => `太線＝${measure} ${v}`,
});

/** Words the change layout draws: the verdicts and the key to the marker shapes. */
export const CHANGE_WORDS = localeTable({
  improved: '改善',
  worsened: '悪化',
  unchanged: '変化なし',
  increase: '増加',
  decrease: '減少',
  before: '前',
  afterImproved: '後（改善）',
  afterWorsened: '後（悪化）',
  after: '後',
  ownAxis: '目盛は項目ごとに異なる',
});

/** Words the magnitude layout draws: the scale's name, the unit and the key to derived values. */
export const MAGNITUDE_WORDS = localeTable({
  log: '対数目盛（1目盛ごとに10倍）',
  linear: '',
  unit: (u: string) => `単位：${u}`,
  derivedDot: '白抜きの点＝算出値（資料に数値がなく、算出した値）',
  derivedBar: '破線の棒＝算出値（資料に数値がなく、算出した値）',
});

/** Words of the marks' accessible names (describe.ts), per locale. */
export const EFFECT_NAMES = localeTable({
  /** Between the parts of a name. */
  sep: '、',
  /** Between an interval and its n. */
  listSep: '、',
  /** Spoken, so words rather than an arrow: 「平成24年9月 43.5%から平成28年9月 93.1%へ」. */
  fromTo: (a: string, b: string) => `${a}から${b}へ`,
  /** A value shown as the source writes it, with the number: `約30億ドル（3,000,000,000ドル）`. */
  shownAs: (display: string, numeric: string) => `${display}（${numeric}）`,
  derived: '（算出値：資料に数値がなく、算出した値）',
});

/** The accessible names' words in one locale. */
export type EffectNameWords = (typeof EFFECT_NAMES)[Locale];

/**
 * Words of the group comparisons a proportions chart states (`comparisons`: every pair, or the
 * pairs listed) and of derived change points, in the drawing, the table and accessible names.
 */
export const EFFECT_COMPARE_WORDS = localeTable({
  /** One pair: 「群A − 群B：+15.0ポイント（1.33倍）」. */
  pair: (a: string, b: string, difference: string) => `${a} − ${b}：${difference}`,
  /** The heading of the drawn list of pairs. */
  heading: '群の差（左の群 − 右の群）',
  /** The key to a derived change point, drawn with a dashed hollow marker beside it. */
  derivedPoint: '破線の丸・白抜きの印＝算出値（資料に数値がなく、算出した値）',
});
