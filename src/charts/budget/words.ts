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
