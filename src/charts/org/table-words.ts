/**
 * Words of the org chart's data table and CSV (table.ts), one typed table per locale: apart from
 * words.ts because only code loaded on first use reads them (docs/size.md).
 */
import type { Locale } from '../../data/types.js';

/** Words of the data table (table.ts) and so of the CSV: column headers and separators, per locale. */
export const ORG_TABLE_WORDS = {
  ja: {
    columns: ['id', '名称', '種別', '上位組織id', 'レーン', '役職と構成員', '別名', '連携等', '注記', '編集注記'],
    colon: '：',
    listSep: '、',
  },
  en: {
    columns: ['id', 'name', 'kind', 'parent id', 'lane', 'roles and holders', 'aliases', 'links', 'notes', "editor's notes"],
    colon: ': ',
    listSep: ', ',
  },
} as const;

/** The table's words in one locale. */
export type OrgTableWords = (typeof ORG_TABLE_WORDS)[Locale];
