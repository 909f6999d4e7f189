/**
 * Words of the budget treemap's table alternative and CSV (table.ts) and those written into a
 * file (the CLI's SVG, file.ts), one typed table per locale: apart from words.ts because only
 * code loaded on first use reads them (docs/size.md).
 */
import type { Locale } from '../../data/types.js';

/** Words of the budget treemap written into a file (the CLI's SVG), per locale. */
export const BUDGET_FILE_WORDS = {
  ja: {
    heading: '全項目（記載額）',
    colon: '：',
    sep: '、',
    noAmount: '金額の記載なし',
    supplementary: (a: string) => `補正 ${a}`,
    previous: (a: string) => `前年度 ${a}`,
    tooMany: (n: number) => `全${n}項目の一覧は、グラフの表またはデータをご覧ください。`,
    hatch: '斜線：補正（当初とは別枠）',
    refs: '再掲（↪）・内数（◇）：面積なし、元の項目で計上',
    others: '他N件：小さい項目をまとめた区画（下の一覧に全項目）',
    mismatch: '≠印：記載額と内訳の計が一致しない項目',
  },
  en: {
    heading: 'Every item (as declared)',
    colon: ': ',
    sep: ', ',
    noAmount: 'no amount given',
    supplementary: (a: string) => `supplementary ${a}`,
    previous: (a: string) => `previous year ${a}`,
    tooMany: (n: number) => `The list of all ${n} items is in the chart's table or the data.`,
    hatch: 'Hatched: supplementary budget (separate from the initial budget)',
    refs: 'Re-listed (↪) and part-of (◇) items: no area, counted at the original',
    others: 'N others: small items grouped (every item is listed below)',
    mismatch: '≠ mark: declared amount differs from the sum of its items',
  },
} as const;

/** Words of the table alternative (table.ts): column headers, 再掲・内数 statuses, the total row, per locale. */
export const BUDGET_TABLE_WORDS = {
  ja: {
    columns: ['番号', '項目', '区分', '記載額', '計上額（重複除く）', '全体比', '補正', '前年度', '前年度比', '備考'],
    total: '合計（再掲・内数を除く）',
    relist: (name: string) => `再掲（計上先: ${name}）`,
    partOf: (a: string) => `内数（${a}の内数）`,
    partOfUnknown: '内数',
    partly: '一部再掲',
    fromChildren: (a: string) => `${a}（内訳の計）`,
    mismatch: (d: string, c: string, m: string) => `${m}: 記載額 ${d} と内訳の計 ${c} が一致しません`,
    unitemised: (a: string) => `内訳の記載なし ${a}`,
    amount: '当初',
    supp: '補正',
    previous: '前年度',
    none: '—',
    unknown: '記載なし',
    editor: (t: string) => `［編集注］${t}`,
    /** Between the notes of one row. */
    noteSep: '。',
  },
  en: {
    columns: ['No.', 'Item', 'Status', 'Declared', 'Counted (no double counting)', 'Share', 'Supplementary', 'Previous year', 'Change', 'Notes'],
    total: 'Total (excluding re-listed and part-of items)',
    relist: (name: string) => `re-listed (counted at: ${name})`,
    partOf: (a: string) => `part of ${a}`,
    partOfUnknown: 'part of a larger amount',
    partly: 'partly re-listed',
    fromChildren: (a: string) => `${a} (sum of items)`,
    mismatch: (d: string, c: string, m: string) => `${m}: declared ${d} differs from its items' sum ${c}`,
    unitemised: (a: string) => `not itemised ${a}`,
    amount: 'initial',
    supp: 'supplementary',
    previous: 'previous year',
    none: '—',
    unknown: 'not stated',
    editor: (t: string) => `[Editor's note] ${t}`,
    noteSep: '; ',
  },
} as const;

/** The table's words in one locale. */
export type BudgetTableWords = (typeof BUDGET_TABLE_WORDS)[Locale];

/** Words of the CSV export (whole yen, one row per item), per locale. */
export const BUDGET_CSV_WORDS = {
  ja: {
    header: ['id', '親id', '名称', '区分', '記載額（円）', '計上額（円・再掲と内数を除く）', '補正（円）', '前年度（円）', '内数の元の額（円）', '備考'],
    relisted: '再掲',
    partOf: '内数',
    partly: '一部再掲',
  },
  en: {
    header: ['id', 'parent id', 'name', 'status', 'declared (yen)', 'counted (yen, excl. relisted and part-of)', 'supplementary (yen)', 'previous year (yen)', 'part-of amount (yen)', 'note'],
    relisted: 'relisted',
    partOf: 'part of',
    partly: 'partly relisted',
  },
} as const;
