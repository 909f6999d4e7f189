/**
 * Finds columns by their header, in Japanese or English, wherever they are in the row; reads a
 * unit written in the header (`金額（千円）`, `declared (yen)`).
 */
import type { Issue } from '../issues.js';
import type { BudgetUnit } from '../types.js';
import { cellIssue, cellText, type CellValue, type SheetTable } from './sheet.js';

/** The header names of one column key; compared after {@link normalizeHeader}. */
export interface ColumnSpec {
  names: readonly string[];
  /** Several columns may carry it (e.g. more than one 役職 column). */
  repeat?: boolean;
  /** Known but not read (a figure the reader works out again, such as 計上額). */
  ignore?: boolean;
}

/** A found column: its 0-based index and the unit in its header, if any. */
export interface FoundColumn {
  index: number;
  unit?: BudgetUnit;
  header: string;
}

/** The header row and the columns found in it. */
export interface HeaderMatch<K extends string> {
  /** 0-based index of the header row. */
  row: number;
  columns: Partial<Record<K, FoundColumn[]>>;
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 20;

const UNIT_WORDS: ReadonlyArray<readonly [RegExp, BudgetUnit]> = [
  [/^(兆円|trillionyen)$/, '兆円'],
  [/^(億円|100millionyen|hundredmillionyen|oku-?yen)$/, '億円'],
  [/^(百万円|millionyen|millionsofyen)$/, '百万円'],
  [/^(千円|thousandyen|thousandsofyen)$/, '千円'],
  [/^(円|yen|jpy)$/, '円'],
];

/** Lower case, NFKC, no spaces or punctuation, the bracketed part removed. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【][^)\]】]*[)\]】]/g, '')
    .replace(/[\s_・:：.-]/g, '');
}

/** The unit written in brackets in a header (`金額（千円）`, `declared (yen, …)`). */
export function headerUnit(text: string): BudgetUnit | undefined {
  const inner = /[([【]([^)\]】]*)[)\]】]/.exec(text.normalize('NFKC'));
  if (!inner) return undefined;
  const first = inner[1]!.split(/[,、，;]/)[0]!.toLowerCase().replace(/[\s・]/g, '').replace(/^単位:?/, '');
  return UNIT_WORDS.find(([pattern]) => pattern.test(first))?.[1];
}

/**
 * Finds the header row (the first of the top rows naming `required` and at least one other
 * known column) and every column in it. Unknown or duplicated headers over data are issues.
 */
export function matchHeader<K extends string>(
  sheet: SheetTable,
  rows: CellValue[][],
  spec: Readonly<Record<K, ColumnSpec>>,
  required: NoInfer<K>,
): { ok: true; match: HeaderMatch<K>; issues: Issue[] } | { ok: false; issues: Issue[] } {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(spec) as K[]) {
    for (const name of spec[key].names) lookup.set(normalizeHeader(name), key);
  }
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    const keys = row.map((cell) => lookup.get(normalizeHeader(cellText(cell))));
    if (!keys.includes(required) || keys.filter((k) => k !== undefined).length < 2) continue;
    const issues: Issue[] = [];
    const columns: Partial<Record<K, FoundColumn[]>> = {};
    row.forEach((cell, c) => {
      const header = cellText(cell);
      const key = keys[c];
      if (key === undefined) {
        if (header !== '' || columnHasData(rows, r, c)) {
          issues.push(cellIssue(sheet, 'table-unknown-column', r, c, { value: header }));
        }
        return;
      }
      if (spec[key].ignore) return;
      const list = (columns[key] ??= []);
      if (list.length > 0 && !spec[key].repeat) {
        issues.push(cellIssue(sheet, 'table-duplicate-column', r, c, { value: header }));
        return;
      }
      const found: FoundColumn = { index: c, header };
      const unit = headerUnit(header);
      if (unit) found.unit = unit;
      list.push(found);
    });
    return { ok: true, match: { row: r, columns }, issues };
  }
  const names = spec[required].names.slice(0, 2).join('・');
  return { ok: false, issues: [cellIssue(sheet, 'table-no-header', 0, undefined, { names })] };
}

function columnHasData(rows: CellValue[][], headerRow: number, column: number): boolean {
  for (let r = headerRow + 1; r < rows.length; r++) if (cellText(rows[r]?.[column]) !== '') return true;
  return false;
}
