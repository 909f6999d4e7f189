/**
 * A table file (CSV, TSV or XLSX) to a chart document: picks the sheet, tells which chart the
 * table is for from its headers, and calls the matching reader.
 */
import { createIssue, type Issue } from '../issues.js';
import type { ChartDocument, ChartType } from '../types.js';
import { readBudgetTable, type TableMeta, type TableResult } from './budget-table.js';
import { readDelimited } from './delimited.js';
import { readEffectTable } from './effect-table.js';
import { guessChartType } from './guess.js';
import { readOrganizationTable } from './organization-table.js';
import type { SheetTable } from './sheet.js';
import { readWorkbook } from './xlsx.js';

/** Sheet names taken as the links of an organisation workbook. */
const LINK_SHEET_NAMES = ['links', 'link', 'リンク', '関係', '連携'];

/** Whether the bytes are a ZIP archive (an XLSX file) rather than text. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether a file name is a table this library reads (.csv, .tsv, .txt, .xlsx). */
export function isTableFileName(name: string): boolean {
  return /\.(csv|tsv|xlsx)$/i.test(name);
}

/** Options of {@link readTableFile}. */
export interface ReadTableFileOptions extends TableMeta {
  /** The file name, shown in messages and used to tell TSV from CSV. */
  file?: string;
  /** The sheet to read (XLSX); by default the first. */
  sheet?: string;
  /** The chart; by default told from the headers. */
  type?: ChartType;
  /** An organisation's links: a file's bytes and name. Without it, a sheet named links/リンク/関係 is used. */
  links?: { bytes: Uint8Array; file?: string };
}

/** Reads a CSV, TSV or XLSX file into a chart document. Never throws. */
export async function readTableFile(bytes: Uint8Array, options: ReadTableFileOptions = {}): Promise<TableResult<ChartDocument>> {
  const sheets = await readSheets(bytes, options.file);
  if (!sheets.ok) return sheets;
  let sheet: SheetTable | undefined = sheets.sheets[0];
  if (options.sheet !== undefined) {
    sheet = sheets.sheets.find((s) => s.sheet === options.sheet);
    if (!sheet) {
      const names = sheets.sheets.map((s) => s.sheet ?? '').join('、');
      return { ok: false, issues: [createIssue('table-sheet-missing', options.file ?? '', { value: options.sheet, sheets: names })] };
    }
  }
  if (!sheet) return { ok: false, issues: [createIssue('table-no-rows', options.file ?? '')] };
  const type = options.type ?? guessChartType(sheet);
  if (!type) {
    return { ok: false, issues: [createIssue('table-unknown-format', options.file ?? '', { detail: 'budget / organization / effect' })] };
  }
  const meta: TableMeta = {};
  for (const key of ['title', 'description', 'source', 'lang'] as const) if (options[key]) meta[key] = options[key];
  if (type === 'budget') return readBudgetTable(sheet, meta);
  if (type === 'effect') return readEffectTable(sheet, meta);
  let links: SheetTable | undefined;
  if (options.links) {
    const read = await readSheets(options.links.bytes, options.links.file);
    if (!read.ok) return read;
    links = read.sheets[0];
  } else {
    links = sheets.sheets.find((s) => s !== sheet && LINK_SHEET_NAMES.includes((s.sheet ?? '').toLowerCase()));
  }
  return readOrganizationTable(sheet, links ? { ...meta, links } : meta);
}

async function readSheets(bytes: Uint8Array, file: string | undefined): Promise<{ ok: true; sheets: SheetTable[] } | { ok: false; issues: Issue[] }> {
  if (isZip(bytes)) return readWorkbook(bytes, file ? { file } : {});
  return { ok: true, sheets: [readDelimited(bytes, file ? { file } : {})] };
}
