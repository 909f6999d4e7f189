/**
 * Nests rows that name their parent (by id or by a unique name) into the `children` tree a
 * budget document has. A row whose parent cannot be found, or whose parents go round in a
 * circle, is an issue at its 親 cell, never dropped in silence.
 */
import { joinPath, type Issue } from '../issues.js';
import { cellIssue, type SheetTable } from './sheet.js';

/** One data row: where it is, its id, name, parent as written, and its JSON item. */
export interface TreeRow {
  row: number;
  id: string;
  name: string;
  parent: string;
  json: Record<string, unknown>;
}

/** Builds the tree in row order; `onPlace` is told each placed row's JSON path. */
export function buildTree(
  sheet: SheetTable,
  rows: readonly TreeRow[],
  parentColumn: number | undefined,
  onPlace: (row: TreeRow, path: string) => void,
): { items: Record<string, unknown>[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byId = new Map<string, TreeRow>();
  for (const t of rows) if (!byId.has(t.id)) byId.set(t.id, t);
  const names = new Map<string, TreeRow | null>();
  for (const t of rows) if (t.name) names.set(t.name, names.has(t.name) ? null : t);

  const parentOf = new Map<TreeRow, TreeRow>();
  for (const t of rows) {
    if (!t.parent) continue;
    const parent = byId.get(t.parent) ?? names.get(t.parent) ?? undefined;
    if (!parent) {
      const code = names.get(t.parent) === null ? 'table-ambiguous-parent' : 'table-unknown-parent';
      issues.push(cellIssue(sheet, code, t.row, parentColumn, { value: t.parent, id: t.id }));
    } else if (parent === t) {
      issues.push(cellIssue(sheet, 'table-parent-cycle', t.row, parentColumn, { value: t.parent, id: t.id, ids: t.id }));
    } else parentOf.set(t, parent);
  }
  // Rows whose chain of parents comes back round: one issue per cycle; rows leading into a
  // cycle cannot be placed either (their issue is the cycle's).
  const unplaceable = new Set<TreeRow>();
  for (const t of rows) {
    const seen: TreeRow[] = [];
    for (let p: TreeRow | undefined = t; p; p = parentOf.get(p)) {
      if (seen.includes(p)) {
        const cycle = seen.slice(seen.indexOf(p));
        // Reported once, at the first row of the cycle (rows are visited in sheet order).
        if (!unplaceable.has(t) && cycle.includes(t)) {
          issues.push(cellIssue(sheet, 'table-parent-cycle', t.row, parentColumn, {
            value: t.parent,
            id: t.id,
            ids: [...cycle, p].map((x) => x.id).join(' → '),
          }));
        }
        for (const x of seen) unplaceable.add(x);
        break;
      }
      seen.push(p);
    }
  }

  const children = new Map<TreeRow, TreeRow[]>();
  const roots: TreeRow[] = [];
  for (const t of rows) {
    if (unplaceable.has(t) || (t.parent && !parentOf.has(t))) continue;
    const parent = parentOf.get(t);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), t]);
    else roots.push(t);
  }
  const place = (t: TreeRow, path: string): Record<string, unknown> => {
    onPlace(t, path);
    const kids = children.get(t) ?? [];
    if (kids.length === 0) return t.json;
    const childPath = joinPath(path, 'children');
    return { ...t.json, children: kids.map((k, i) => place(k, joinPath(childPath, i))) };
  };
  return { items: roots.map((t, i) => place(t, joinPath('items', i))), issues };
}
