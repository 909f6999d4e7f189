/**
 * What every chart's table alternative and CSV share, loaded with the chart's table code on
 * first use (src/charts/<chart>/lazy.ts, the model's `tableCode`), not with the chart.
 */
import { toCSV } from '../export/csv.js';
import { dataTableRows, type DataTable } from './data-table.js';

export { renderDataTable } from './data-table-view.js';

/** The CSV of a chart's table, with a byte order mark for spreadsheets. */
export function tableCSV(table: DataTable): string {
  return toCSV(dataTableRows(table), { bom: true });
}
