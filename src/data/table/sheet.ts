/**
 * The plain table every reader works on: rows of cells as a spreadsheet or CSV holds them, with
 * the file and sheet names that messages use to name a cell (`予算.xlsx シート1 D7`).
 */
import { createIssue, type Issue, type IssueParams } from '../issues.js';

/** One cell as read: text, a number, or empty. */
export type CellValue = string | number | null | undefined;

/** A merged range, 0-based and inclusive, as spreadsheets record it. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet: its rows, where it came from, and its merged ranges (XLSX only). */
export interface SheetTable {
  rows: CellValue[][];
  /** The file name shown in messages (`予算.xlsx`). */
  file?: string;
  /** The sheet name shown in messages (`シート1`); absent for CSV. */
  sheet?: string;
  /** Merged ranges: the covered cells are empty in `rows` and read as the range's value. */
  merges?: MergedRange[];
}

/** What the `read…Table` functions accept: rows alone, or a sheet with its names. */
export type TableInput = CellValue[][] | SheetTable;

/** A sheet from `TableInput`. */
export function toSheet(input: TableInput): SheetTable {
  return Array.isArray(input) ? { rows: input } : input;
}

/** `A`, `B`, …, `Z`, `AA`: the column letters of a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `D7`: the cell reference of a 0-based row and column. */
export function cellName(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** `予算.xlsx シート1 D7` (file and sheet when known). */
export function cellLocation(sheet: SheetTable, row: number, column?: number): string {
  const at = column === undefined ? `${row + 1}行` : cellName(row, column);
  return [sheet.file, sheet.sheet, at].filter((part) => part).join(' ');
}

/** An issue located at a cell: `path` is the cell's location, `params` name file, sheet, row and column. */
export function cellIssue(sheet: SheetTable, code: string, row: number, column: number | undefined, params: IssueParams = {}): Issue {
  const where: IssueParams = { row: row + 1 };
  if (column !== undefined) {
    where.column = columnName(column);
    where.cell = cellName(row, column);
  }
  if (sheet.file) where.file = sheet.file;
  if (sheet.sheet) where.sheet = sheet.sheet;
  return createIssue(code, cellLocation(sheet, row, column), { ...params, ...where });
}

/** The cell's value as trimmed text (`''` when empty); numbers in plain decimal digits. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? plainDecimal(value) : String(value);
  return value.trim();
}

/** A finite number as a plain decimal string (`0.0000001`, not `1e-7`). */
export function plainDecimal(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  const sign = value < 0 ? '-' : '';
  return sign + Math.abs(value).toFixed(20).replace(/\.?0+$/, '');
}

/** Whether the cell holds nothing. */
export function isBlank(value: CellValue): boolean {
  return cellText(value) === '';
}

/**
 * The sheet's rows with merged ranges filled in for `columns` (each covered cell takes the
 * range's top-left value), the way a reader sees a merged 「親」 or 「系列」 cell.
 */
export function fillMerged(sheet: SheetTable, columns: ReadonlySet<number>): CellValue[][] {
  const rows = sheet.rows.map((row) => [...row]);
  for (const m of sheet.merges ?? []) {
    const value = rows[m.top]?.[m.left];
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r === m.top && c === m.left) || !columns.has(c)) continue;
        const row = (rows[r] ??= []);
        if (isBlank(row[c])) row[c] = value;
      }
    }
  }
  return rows;
}
