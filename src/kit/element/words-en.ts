/** The English words of the shared element (words.ts), loaded with a chart's English words (kit/locale-table.ts). */
import { provideEnglish } from '../locale-table.js';
import { ELEMENT_UI } from './words.js';

provideEnglish(ELEMENT_UI, {
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
});
