/** The org chart's table code (its model's `tableCode`): the CSV's table and the nested lists, loaded on first use. */
export { orgDataTable as table } from './table.js';
export { renderOrgList } from './list.js';
export { renderDataTable, tableCSV } from '../../kit/table-code.js';
