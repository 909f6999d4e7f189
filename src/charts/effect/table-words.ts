/**
 * Words of the effect chart's table alternative and CSV (table.ts), per locale: apart from
 * words.ts because only code loaded on first use reads them (docs/size.md).
 */
import type { Locale } from '../../data/types.js';

/** Words of the table alternative (table.ts): column headers, 不明, the editor's notes. */
export const EFFECT_TABLE_WORDS = {
  ja: {
    group: '群',
    series: '項目',
    value: '値',
    n: '対象数（n）',
    ci: '95%信頼区間',
    unknown: '不明',
    unknownShare: '内訳不明の計',
    none: '—',
    /** The change table's columns after the item: before and after, each when and its value, then the change. */
    changeColumns: ['前（時点）', '前（値）', '後（時点）', '後（値）', '変化'],
    /** The column of differences from the first group (three or more groups). */
    against: (first: string) => `${first}との差`,
    shown: '表示',
    basis: '数値の根拠',
    stated: '資料の数値',
    derived: '算出値（資料に数値がなく、算出した値）',
    to: '〜',
    editor: (t: string) => `［編集注］${t}`,
    editorOf: (label: string, t: string) => `［編集注］${label}：${t}`,
  },
  en: {
    group: 'Group',
    series: 'Item',
    value: 'Value',
    n: 'Sample size (n)',
    ci: '95% CI',
    unknown: 'unknown',
    unknownShare: 'Unknown split, total',
    none: '—',
    changeColumns: ['Before (when)', 'Before (value)', 'After (when)', 'After (value)', 'Change'],
    against: (first: string) => `Difference from ${first}`,
    shown: 'As shown',
    basis: 'Basis',
    stated: 'as stated in the source',
    derived: 'derived (not stated in the source, worked out from it)',
    to: ' to ',
    editor: (t: string) => `[Editor's note] ${t}`,
    editorOf: (label: string, t: string) => `[Editor's note] ${label}: ${t}`,
  },
} as const;

/** The table's words in one locale. */
export type EffectTableWords = (typeof EFFECT_TABLE_WORDS)[Locale];
