/**
 * One table shape for every chart's data (the CSV export is derived from it): a header row and
 * rows of plain text or numbers, every datum included.
 */

/** A chart's data as a table. */
export interface DataTable {
  /** What the table lists (the chart's title). */
  caption?: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** The table as rows for CSV: the header first. */
export function dataTableRows(table: DataTable): (string | number)[][] {
  return [[...table.header], ...table.rows.map((row) => [...row])];
}
