/**
 * Maps the JSON paths of a document built from a table back to the cells they came from, so an
 * issue the JSON parser finds at `items[0].children[2].amount` names `予算.xlsx シート1 D7`.
 */
import type { Issue } from '../issues.js';
import { BUDGET_UNITS, type BudgetUnit } from '../types.js';
import { cellIssue, cellText, type CellValue, type SheetTable } from './sheet.js';

/** A cell, 0-based; `column` undefined for the whole row. */
export interface CellRef {
  row: number;
  column?: number;
}

/** JSON path → cell, for one sheet. */
export class CellMap {
  private readonly cells = new Map<string, CellRef>();

  constructor(readonly sheet: SheetTable) {}

  set(path: string, row: number, column?: number): void {
    this.cells.set(path, { row, column });
  }

  /** The cell of `path`, or of its nearest ancestor path that has one. */
  find(path: string): CellRef | undefined {
    for (let p = path; p; p = parentPath(p)) {
      const ref = this.cells.get(p);
      if (ref) return ref;
    }
    return undefined;
  }
}

/** `items[0].children[2].amount` → `items[0].children[2]` → `items[0].children` → `items[0]`. */
function parentPath(path: string): string {
  const m = /^(.*?)(?:\.[^.[\]]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/.exec(path);
  return m ? m[1]! : '';
}

/**
 * Re-locates the JSON parser's issues at cells, trying each map in turn (the bodies sheet, then
 * the links sheet); the JSON path is kept as `params.jsonPath`. An issue about the whole
 * document keeps an empty path.
 */
export function locateIssues(issues: readonly Issue[], maps: ReadonlyArray<{ prefix: string; map: CellMap }>): Issue[] {
  return issues.map((issue) => {
    for (const { prefix, map } of maps) {
      if (issue.path !== prefix && !issue.path.startsWith(`${prefix}[`)) continue;
      const ref = map.find(issue.path);
      if (!ref) continue;
      const located = cellIssue(map.sheet, issue.code, ref.row, ref.column, issue.params);
      located.params.jsonPath = issue.path;
      return located;
    }
    return issue;
  });
}

/** Issues in reading order: by file and sheet as first met, then row, then column. */
export function sortByCell(issues: Issue[]): Issue[] {
  const key = (i: Issue) => [Number(i.params.row ?? 0), columnIndex(String(i.params.column ?? ''))];
  return issues
    .map((issue, order) => ({ issue, order, k: key(issue) }))
    .sort((a, b) => {
      const sa = `${a.issue.params.file ?? ''}\u0000${a.issue.params.sheet ?? ''}`;
      const sb = `${b.issue.params.file ?? ''}\u0000${b.issue.params.sheet ?? ''}`;
      if (sa !== sb) return a.order - b.order;
      return a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.order - b.order;
    })
    .map((x) => x.issue);
}

function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * What is written above the header row: the first text is the title (unless the caller gives
 * one), a 「（単位：千円）」 cell the unit of numbers (when `withUnit`); anything else is an issue
 * at its cell rather than dropped.
 */
export function readAbove(
  sheet: SheetTable,
  rows: CellValue[][],
  headerRow: number,
  options: { title?: string | undefined; withUnit?: boolean },
): { title?: string; unit?: BudgetUnit; issues: Issue[] } {
  const out: { title?: string; unit?: BudgetUnit; issues: Issue[] } = { issues: [] };
  let titleTaken = options.title !== undefined;
  for (let r = 0; r < headerRow; r++) {
    (rows[r] ?? []).forEach((cell, c) => {
      const text = cellText(cell);
      if (!text) return;
      const unit = /^[(（]?単位[:：]\s*([^)）]+?)\s*[)）]?$/.exec(text.normalize('NFKC'));
      if (options.withUnit && unit && isBudgetUnit(unit[1]!) && !out.unit) out.unit = unit[1];
      else if (!titleTaken) {
        out.title = text;
        titleTaken = true;
      } else if (text !== options.title) out.issues.push(cellIssue(sheet, 'table-text-above-header', r, c, { value: text }));
    });
  }
  return out;
}

function isBudgetUnit(value: string): value is BudgetUnit {
  return (BUDGET_UNITS as readonly string[]).includes(value);
}

/** Whether every cell of the row is empty. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === '');
}
