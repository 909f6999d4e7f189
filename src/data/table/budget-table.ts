/**
 * A budget from a table with one row per item (the layout of a 予算書 sheet), read into the
 * JSON budget document and validated by `parseBudget`, with every issue at its cell.
 */
import { parseAmount } from '../amount.js';
import { parseBudget } from '../budget.js';
import type { Issue } from '../issues.js';
import { BUDGET_UNITS, type BudgetDocument, type BudgetUnit } from '../types.js';
import { matchHeader, type ColumnSpec, type FoundColumn } from './header.js';
import { CellMap, isBlankRow, locateIssues, readAbove, sortByCell } from './locate.js';
import { cellIssue, cellText, fillMerged, toSheet, type CellValue, type TableInput } from './sheet.js';
import { buildTree, type TreeRow } from './tree.js';

/** The columns of a budget table and the headers each is known by. */
export const BUDGET_COLUMNS = {
  id: { names: ['id', '番号', 'コード', '項目id', 'item id'] },
  parent: { names: ['parent', 'parent id', '親', '親id', '親項目', '上位', '上位項目'] },
  name: { names: ['name', '名称', '項目', '項目名', '事項', '事業名', '施策', '施策名'] },
  amount: { names: ['amount', 'declared', '金額', '予算額', '記載額', '予算案', '要求額', '当初予算', '当初'] },
  supplementary: { names: ['supplementary', '補正', '補正予算', '補正額'] },
  previous: { names: ['previous', 'previous year', '前年度', '前年度予算額', '前年度額', '前年'] },
  relistOf: { names: ['relist of', 'relisted from', '再掲元', '再掲'] },
  partOf: { names: ['part of', 'part-of amount', '内数', '内数の元の額', '内数の元'] },
  status: { names: ['status', '区分'] },
  note: { names: ['note', 'notes', '備考', '注記'] },
  editorNotes: { names: ['editor notes', 'editornotes', "editor's notes", '編集注'] },
  source: { names: ['source', '出典'] },
  counted: { names: ['counted', '計上額'], ignore: true },
} as const satisfies Record<string, ColumnSpec>;
type BudgetColumn = keyof typeof BUDGET_COLUMNS;

/** Document keys a table does not hold: given by the caller (or the command line). */
export interface TableMeta {
  title?: string;
  description?: string;
  source?: string;
  lang?: string;
}

/** Options of {@link readBudgetTable}. */
export interface ReadBudgetTableOptions extends TableMeta {
  fiscalYear?: string;
  /** The document's unit for numbers under a header without one (default: the amount header's, else 円). */
  unit?: BudgetUnit;
}

/** A table read into a document: the validated document and the JSON written from the table. */
export type TableResult<T> = { ok: true; value: T; json: Record<string, unknown> } | { ok: false; issues: Issue[] };

const PLAIN_NUMBER = /^[-−▲△]?[\d,]+(?:\.\d+)?$/;
const PART_OF_MARKS = new Set(['内数', '○', '〇', 'yes', 'true', 'part of', 'partof']);

/**
 * Reads a budget table: one row per item, columns found by header (`BUDGET_COLUMNS`: id, 親,
 * 名称, 金額, 補正, 前年度, 再掲元, 内数, 区分, 備考, 編集注 (one note per line), 出典, in Japanese or English, anywhere in
 * the row). Amounts as written (`49.1億円`, `456,320千円`, `△1.2億円`) or numbers in the unit
 * of their header (`金額（千円）`). 親 and 再掲元 name an item by id or by name. 内数 holds the
 * larger amount (`13.5億円の内数`, `1兆円`), its name, or 「○」. Rows without an id get
 * `row<N>`. The first text above the header row is the title unless `options.title` is given.
 * Never throws; every issue names its cell (`予算.xlsx シート1 D7`).
 */
export function readBudgetTable(input: TableInput, options: ReadBudgetTableOptions = {}): TableResult<BudgetDocument> {
  const sheet = toSheet(input);
  const header = matchHeader(sheet, sheet.rows, BUDGET_COLUMNS, 'name');
  if (!header.ok) return { ok: false, issues: header.issues };
  const { row: headerRow, columns } = header.match;
  const col = (key: BudgetColumn): FoundColumn | undefined => columns[key]?.[0];
  const merged = new Set([col('parent')?.index, col('status')?.index].filter((i) => i !== undefined));
  const rows = fillMerged(sheet, merged);
  const above = readAbove(sheet, rows, headerRow, { title: options.title, withUnit: true });
  const issues: Issue[] = [...header.issues, ...above.issues];
  // Numbers under a header without a unit are in the sheet's 「（単位：千円）」, else the amount header's.
  const unit: BudgetUnit = options.unit ?? above.unit ?? col('amount')?.unit ?? '円';

  const treeRows: TreeRow[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const text = (key: BudgetColumn) => cellText(cell(row, col(key)));
    const json: Record<string, unknown> = {};
    const id = text('id') || `row${r + 1}`;
    json.id = id;
    json.name = text('name');
    for (const key of ['amount', 'supplementary', 'previous'] as const) {
      const value = amountCell(cell(row, col(key)), col(key)?.unit ?? above.unit);
      if (value !== undefined) json[key] = value;
    }
    const partOf = readPartOf(text('partOf'), col('partOf')?.unit ?? above.unit);
    if (partOf !== undefined) json.partOf = partOf;
    const relistOf = text('relistOf');
    if (relistOf) json.relistOf = relistOf;
    const status = text('status');
    if (status) {
      const read = readStatus(status);
      if (read === undefined) {
        issues.push(cellIssue(sheet, 'table-unknown-status', r, col('status')!.index, { value: status }));
      } else if (read.relistOf && !relistOf) json.relistOf = read.relistOf;
      else if (read.partOf && partOf === undefined) json.partOf = true;
    }
    for (const key of ['note', 'source'] as const) if (text(key)) json[key] = text(key);
    // 編集注: one note per line of the cell.
    const editorNotes = text('editorNotes')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (editorNotes.length > 0) json.editorNotes = editorNotes;
    treeRows.push({ row: r, id, name: text('name'), parent: text('parent'), json });
  }
  if (treeRows.length === 0) issues.push(cellIssue(sheet, 'table-no-rows', headerRow, undefined));

  const cellMap = new CellMap(sheet);
  const tree = buildTree(sheet, treeRows, col('parent')?.index, (item, path) => {
    const { row } = item;
    cellMap.set(path, row, col('id')?.index ?? col('name')?.index);
    for (const key of ['id', 'name', 'amount', 'supplementary', 'previous', 'note', 'source'] as const) {
      if (col(key)) cellMap.set(`${path}.${key}`, row, col(key)!.index);
    }
    const relistColumn = col('relistOf') ?? col('status');
    if (relistColumn) cellMap.set(`${path}.relistOf`, row, relistColumn.index);
    const partColumn = col('partOf') ?? col('status') ?? col('amount');
    if (partColumn) cellMap.set(`${path}.partOf`, row, partColumn.index);
  });
  issues.push(...tree.issues);

  // 再掲元 may name the original by name: turn a unique name into its id.
  const ids = new Set(treeRows.map((t) => t.id));
  const byName = uniqueNames(treeRows);
  for (const t of treeRows) {
    const target = t.json.relistOf;
    if (typeof target === 'string' && !ids.has(target) && byName.has(target)) t.json.relistOf = byName.get(target);
  }

  const json: Record<string, unknown> = { type: 'budget' };
  const title = options.title ?? above.title;
  if (title) json.title = title;
  for (const key of ['description', 'source', 'lang', 'fiscalYear'] as const) if (options[key]) json[key] = options[key];
  json.unit = unit;
  json.items = tree.items;

  const parsed = parseBudget(json);
  if (!parsed.ok) {
    // Rows that could not be placed are already issues; "no items" would only repeat them.
    const found = tree.issues.length > 0 ? parsed.issues.filter((i) => !(i.code === 'empty' && i.path === 'items')) : parsed.issues;
    issues.push(...locateIssues(found, [{ prefix: 'items', map: cellMap }]));
  }
  if (issues.length > 0 || !parsed.ok) return { ok: false, issues: sortByCell(issues) };
  return { ok: true, value: parsed.value, json };
}

function cell(row: CellValue[] | undefined, column: FoundColumn | undefined): CellValue {
  return column ? row?.[column.index] : undefined;
}

/**
 * An amount cell as the JSON takes it: a number under a header with a unit becomes `"456320千円"`;
 * text that is only a number (`456,320`, `△1.2`) gets the header's unit too; other text stays as
 * written (`49.1億円`) for `parseAmount` to read. Empty → undefined.
 */
function amountCell(value: CellValue, unit: BudgetUnit | undefined): string | number | undefined {
  const text = cellText(value);
  if (text === '') return undefined;
  if (typeof value === 'number') return unit ? `${text}${unit}` : value;
  const plain = text.normalize('NFKC').replace(/\s/g, '');
  if (unit && PLAIN_NUMBER.test(plain)) return `${plain}${unit}`;
  return text;
}

/** 内数: 「○」 (a share of an unnamed amount), an amount (`13.5億円の内数`, `1兆円`), or the larger program's name. */
function readPartOf(text: string, unit: BudgetUnit | undefined): unknown {
  if (text === '') return undefined;
  if (PART_OF_MARKS.has(text.normalize('NFKC').toLowerCase())) return true;
  const body = text.replace(/\s*の内数$/, '');
  // Anything with a digit is meant as an amount; parseBudget reports it if it cannot be read.
  if (/\d/.test(body.normalize('NFKC'))) return { amount: amountCell(body, unit) };
  return parseAmount(body, { unit: '円', path: '' }).ok ? { amount: body } : { of: body };
}

/** 区分 as `toCSV` writes it: 再掲:<id>, 内数, 一部再掲 (worked out again), or empty. */
function readStatus(text: string): { relistOf?: string; partOf?: boolean } | undefined {
  const s = text.normalize('NFKC').trim();
  const relist = /^(?:再掲|relisted)\s*[:：]\s*(.+)$/i.exec(s);
  if (relist) return { relistOf: relist[1]!.trim() };
  if (s === '内数' || s.toLowerCase() === 'part of') return { partOf: true };
  if (s === '一部再掲' || s.toLowerCase() === 'partly relisted') return {};
  return undefined;
}

/** Names that belong to exactly one row → that row's id. */
export function uniqueNames(rows: readonly TreeRow[]): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const t of rows) {
    if (!t.name) continue;
    seen.set(t.name, seen.has(t.name) ? null : t.id);
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
}

/** Whether a string names a budget unit. */
export function isBudgetUnit(value: string): value is BudgetUnit {
  return (BUDGET_UNITS as readonly string[]).includes(value);
}
