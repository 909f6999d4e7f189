/** The effect chart's table code (its model's `tableCode`): the table alternative and the CSV, loaded on first use. */
export { effectDataTable as table } from './table.js';
export { renderDataTable, tableCSV } from '../../kit/table-code.js';
