import type { MessageTable } from './types.js';

const q = (v: unknown) => `「${String(v)}」`;

/** Messages for issues found while reading a spreadsheet or CSV table (the path names the cell). */
export const tableMessages: MessageTable = {
  'table-no-header': {
    ja: (p) => `見出しの行が見つかりません（${p.names}などの列と、もう1つ以上の既知の列が必要です）`,
    en: (p) => `no header row found (it needs a column such as ${p.names} and at least one other known column)`,
  },
  'table-no-rows': {
    ja: () => '見出しの下にデータの行がありません',
    en: () => 'there are no data rows under the header',
  },
  'table-unknown-column': {
    ja: (p) => `見出し${q(p.value)}の列は読めません（見出しを直すか、列を削除してください）`,
    en: (p) => `the column headed "${p.value}" is not one the reader knows (rename or delete it)`,
  },
  'table-duplicate-column': {
    ja: (p) => `見出し${q(p.value)}の列が重複しています`,
    en: (p) => `the column "${p.value}" appears twice`,
  },
  'table-text-above-header': {
    ja: (p) => `見出しの上の${q(p.value)}は読めません（表題は1つ、ほかは「（単位：千円）」のみ）`,
    en: (p) => `cannot read "${p.value}" above the header (one title, and a unit such as 「（単位：千円）」, only)`,
  },
  'table-unknown-parent': {
    ja: (p) => `親${q(p.value)}というIDや名称の行がありません`,
    en: (p) => `no row has the id or name "${p.value}" given as parent`,
  },
  'table-ambiguous-parent': {
    ja: (p) => `親${q(p.value)}という名称の行が複数あります（IDで指定してください）`,
    en: (p) => `more than one row is named "${p.value}" (give the parent's id)`,
  },
  'table-parent-cycle': {
    ja: (p) => `親をたどると元の行に戻ります（${p.ids}）`,
    en: (p) => `following the parents leads back to this row (${p.ids})`,
  },
  'table-unknown-status': {
    ja: (p) => `区分${q(p.value)}は読めません（再掲:ID・内数・一部再掲のいずれか）`,
    en: (p) => `cannot read the status "${p.value}" (expected relisted:<id>, part of or partly relisted)`,
  },
  'table-unknown-end': {
    ja: (p) => `${q(p.value)}というIDや名称の組織がありません`,
    en: (p) => `no body has the id or name "${p.value}"`,
  },
  'table-role-unreadable': {
    ja: (p) => `${q(p.value)}を「役職：氏名、氏名」として読めません`,
    en: (p) => `cannot read "${p.value}" as "title: holder, holder"`,
  },
  'table-value-unreadable': {
    ja: (p) => `${q(p.value)}を数値として読めません`,
    en: (p) => `cannot read "${p.value}" as a number`,
  },
  'table-category-without-group': {
    ja: (p) => `内訳${q(p.value)}の上に系列の行がありません`,
    en: (p) => `the category "${p.value}" has no group row above it`,
  },
  'table-sheet-missing': {
    ja: (p) => `シート${q(p.value)}がありません（${p.sheets}）`,
    en: (p) => `there is no sheet "${p.value}" (the sheets are ${p.sheets})`,
  },
  'table-file-unreadable': {
    ja: (p) => `ファイルを表として読めません（${p.detail}）`,
    en: (p) => `cannot read the file as a table (${p.detail})`,
  },
  'table-unknown-format': {
    ja: (p) => `表の種類がわかりません（${p.detail}）`,
    en: (p) => `cannot tell which kind of chart the table is for (${p.detail})`,
  },
};
