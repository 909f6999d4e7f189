/** Words every chart element shows around its drawing, per locale. */
import type { Locale } from '../../data/types.js';

/** Words of the shared element (status, table toggle, export buttons), one typed table per locale. */
export const ELEMENT_UI = {
  ja: {
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
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    errorTitle: 'The chart cannot be drawn because of problems in its data',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    source: 'Source',
    tableRegion: 'Chart data',
    exportGroup: 'Save',
    exportSVG: 'Save SVG',
    exportPNG: 'Save PNG',
    exportCSV: 'Save CSV',
    exportPPTX: 'Save PowerPoint',
    exportFailed: 'Could not save',
  },
} as const;

/** The words of one locale. */
export type ElementUiWords = (typeof ELEMENT_UI)[Locale];
