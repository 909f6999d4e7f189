/**
 * One table shape for every chart's data: a header row and rows of plain text or numbers, every
 * datum included. The CSV export is derived from it ({@link dataTableRows}); the table
 * alternative is rendered from it (kit/data-table-view.ts). Pure: built and tested in Node.
 */

/** A chart's data as a table. */
export interface DataTable {
  /** What the table lists (the chart's title). */
  caption?: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Columns of numbers (aligned to the end). */
  numeric?: readonly number[];
  /** Cells of a numeric column that hold a number, by row then column, when a column mixes numbers and words (`—`, 不明). */
  numericCells?: readonly (readonly boolean[])[];
  /** Columns kept on one line (outline numbers). */
  nowrap?: readonly number[];
  /** The column whose cell heads its row. */
  rowHeader?: number;
  /** Depth of each row in an outline (indented), by row. */
  depths?: readonly number[];
  /** A total line under the rows. */
  footer?: readonly (string | number)[];
  /** Lines under the table: stated comparisons, editor's notes. */
  notes?: readonly string[];
}

/** The table as rows for CSV: the header first. */
export function dataTableRows(table: DataTable): (string | number)[][] {
  return [[...table.header], ...table.rows.map((row) => [...row])];
}

/** Whether a body cell holds a number (aligned to the end). */
export function isNumericCell(table: DataTable, row: number, column: number): boolean {
  const cells = table.numericCells?.[row];
  if (cells) return cells[column] === true;
  return table.numeric?.includes(column) ?? false;
}
