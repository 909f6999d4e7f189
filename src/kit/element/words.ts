/** Words every chart element shows around its drawing, per locale (the English ones in words-en.ts, loaded on first use). */
import { localeTable } from '../locale-table.js';

const ja = {
  loading: '読み込み中…',
  empty: 'データがありません',
  errorTitle: 'データに問題があるため、図を表示できません',
  showTable: '表で見る',
  hideTable: '表を隠す',
  source: '出典',
  tableRegion: '図のデータ',
  exportGroup: '保存',
  exportSVG: 'SVGで保存',
  exportPNG: 'PNGで保存',
  exportCSV: 'CSVで保存',
  exportPPTX: 'PowerPointで保存',
  exportFailed: '保存できませんでした',
};

/** The words of one locale. */
export type ElementUiWords = typeof ja;

/** Words of the shared element (status, table toggle, export buttons), one typed table per locale. */
export const ELEMENT_UI = localeTable<ElementUiWords>(ja);
