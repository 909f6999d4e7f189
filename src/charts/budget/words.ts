/**
 * Words of the budget treemap, one typed table per locale: those of the element and of the
 * accessible names (describe.ts). Those of the table, the CSV and the file are in
 * table-words.ts (loaded with the table code). Passed into the templates; the layout never
 * imports them (its drawn words are in layout/words.ts).
 */
import type { Locale } from '../../data/types.js';
import { localeTable } from '../../kit/locale-table.js';

/** Words of the treemap element (controls, header, legend, spoken labels), per locale. */
export const BUDGET_UI = localeTable({
  treeLabel: (title: string) => `${title}の予算ツリーマップ（面積は新規計上額）`,
  untitled: '予算',
  crumbs: '表示中の階層',
  topItems: '全項目（スライドの記載額）',
  suppGroup: '補正',
  initial: '当初のみ',
  withSupp: '補正を含む',
  modeGroup: '表示',
  amount: '金額',
  change: '前年度比',
  view: (name: string, amount: string, share: string) => `表示中: ${name} ${amount}（全体の${share}）`,
  ofTotal: (amount: string, share: string) => `${amount}（全体の${share}）`,
  legendHatch: '斜線: 補正（当初とは別枠）',
  legendWarn: '記載額と内訳の計が一致しない項目',
  legendRef: '再掲（↪）・内数（◇）: 面積なし、元の項目で計上',
  legendOthers: '他N件: 小さい項目をまとめた区画（選択で内訳）',
  legendChange: '前年度比: ＋は増額、▲は減額（色の濃さは増減の大きさ）',
  tableCaption: (title: string) => `${title}（全項目）`,
  keys: '矢印キーで移動、Enterで内訳、Escapeで戻る',
  tableProgress: (n: number, total: number) => `表を作成中（${n.toLocaleString('ja-JP')} / ${total.toLocaleString('ja-JP')}行）`,
});

/** Words of the accessible names of cells and reference marks (describe.ts), per locale. */
export const BUDGET_NAMES = localeTable({
  sep: '、',
  shareOf: (p: string) => `全体の${p}`,
  othersDesc: (n: number) => `金額の小さい${n}件をまとめた区画`,
  drill: '選択すると内訳を表示',
  /** An item with no area inside a cell: `name（figure）`. */
  inside: (name: string, figure: string) => `${name}（${figure}）`,
  moreDesc: (n: number) => `面積のない項目（再掲・内数など）があと${n}件、選択すると表示`,
  moreInTable: (n: number) => `面積のない項目（再掲・内数など）があと${n}件、表に記載`,
});

/** The accessible names' words in one locale. */
export type BudgetNameWords = (typeof BUDGET_NAMES)[Locale];

/** The element's words in one locale. */
export type BudgetUiWords = (typeof BUDGET_UI)[Locale];
