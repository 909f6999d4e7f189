/** Words of the effect chart's element, one typed table per locale. */
import type { Locale } from '../../data/types.js';

/** Words of the effect chart around its drawing. */
export const EFFECT_UI = {
  ja: { marks: 'データ', note: '※' },
  // ※ is a Japanese convention; English notes are shown as written.
  en: { marks: 'Data', note: '' },
} as const;

/** The words of one locale. */
export type EffectUiWords = (typeof EFFECT_UI)[Locale];

/**
 * Words of the group comparisons a proportions chart states (`comparisons`: every pair, or the
 * pairs listed) and of derived change points, in the drawing, the table and accessible names.
 */
export const EFFECT_COMPARE_WORDS = {
  ja: {
    /** One pair: 「群A − 群B：+15.0ポイント（1.33倍）」. */
    pair: (a: string, b: string, difference: string) => `${a} − ${b}：${difference}`,
    /** The heading of the drawn list of pairs. */
    heading: '群の差（左の群 − 右の群）',
    /** The key to a derived change point, drawn with a dashed hollow marker beside it. */
    derivedPoint: '破線の丸・白抜きの印＝算出値（資料に数値がなく、算出した値）',
  },
  en: {
    pair: (a: string, b: string, difference: string) => `${a} − ${b}: ${difference}`,
    heading: 'Differences between groups (first named − second named)',
    derivedPoint: 'Dashed ring, hollow marker = derived (not stated in the source, worked out from it)',
  },
} as const;
