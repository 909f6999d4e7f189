/** The effect chart's parts loaded on first use (index.ts `effectLazy`, the model's `tableCode`): the table alternative and the CSV. */
export { effectDataTable as table } from './table.js';
export { renderDataTable, tableCSV } from '../../kit/table-code.js';
export { renderExportButtons } from '../../kit/controllers/export-buttons.js';
