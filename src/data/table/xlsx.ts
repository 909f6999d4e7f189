/**
 * XLSX workbooks through exceljs, imported only when a workbook is read (it is large, and the
 * browser bundle never needs it: elements read CSV only).
 */
import type { Cell, CellValue as ExcelCellValue, Workbook } from 'exceljs';
import { createIssue, type Issue } from '../issues.js';
import { plainDecimal, type CellValue, type MergedRange, type SheetTable } from './sheet.js';

/** A workbook's sheets in order, or the issue that kept it from being read. */
export type WorkbookResult = { ok: true; sheets: SheetTable[] } | { ok: false; issues: Issue[] };

/**
 * Reads every sheet of an XLSX file. Formulas give their cached result; rich text its text; a
 * number shown as a percentage (`0.0%`) is read as written (`76.4%`); dates as `YYYY-MM-DD`;
 * error values (`#DIV/0!`) as text, which the table readers then report at their cell.
 * Merged ranges are kept for the readers (`SheetTable.merges`).
 */
export async function readWorkbook(bytes: Uint8Array, options: { file?: string } = {}): Promise<WorkbookResult> {
  let workbook: Workbook;
  try {
    const { default: ExcelJS } = await import('exceljs');
    workbook = new ExcelJS.Workbook();
    // exceljs' types ask for a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [createIssue('table-file-unreadable', options.file ?? '', { detail })] };
  }
  const sheets: SheetTable[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        cells[columnNumber - 1] = cell.isMerged && cell.master !== cell ? null : readCell(cell);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    const merges: MergedRange[] = [];
    // exceljs keeps merged ranges on the model as `A1:B3` strings.
    for (const range of (worksheet.model as { merges?: string[] }).merges ?? []) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
      if (m) merges.push({ top: Number(m[2]) - 1, left: columnIndex(m[1]!), bottom: Number(m[4]) - 1, right: columnIndex(m[3]!) });
    }
    const sheet: SheetTable = { rows: Array.from(rows, (r) => r ?? []), sheet: worksheet.name, merges };
    if (options.file) sheet.file = options.file;
    sheets.push(sheet);
  });
  return { ok: true, sheets };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function readCell(cell: Cell): CellValue {
  return readValue(cell.value, cell.numFmt);
}

function readValue(value: ExcelCellValue, numFmt: string | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) return `${plainDecimal(Number((value * 100).toPrecision(12)))}%`;
    return value;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && 'error' in (result as object)) return String((result as { error: unknown }).error);
    return readValue(result as ExcelCellValue, numFmt);
  }
  if ('text' in value) return String((value as { text: unknown }).text);
  return String(value as unknown);
}
