/**
 * The treemap's navigation as pure functions of the layout and the summary, the part the first
 * drawing needs: the keyboard order of the cells (which one takes Tab) and where `drillTo()`
 * leads. What a key asks for and where "up" leads are keys.ts (loaded with the handlers). The
 * element carries the results out (focus, events); these are tested in Node.
 */
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { TreemapCell, TreemapLayout, TreemapRef } from './layout/index.js';

/** One stop of the keyboard order: a cell or a reference (再掲・内数) of the view. */
export interface TreemapNavEntry {
  readonly key: string;
  /** 1 for the view's children, 2 for their children and references, and so on (every level drawn). */
  readonly level: number;
  readonly parentKey?: string;
  readonly cell?: TreemapCell;
  readonly ref?: TreemapRef;
}

/**
 * The keyboard order of a layout, depth first: each top cell, then its children (each followed
 * by its own) and references; the view's own references last.
 */
export function listTreemapNav(layout: TreemapLayout): TreemapNavEntry[] {
  const nav: TreemapNavEntry[] = [];
  const children = new Map<string, TreemapCell[]>();
  for (const c of layout.cells) {
    if (c.level >= 2 && c.parentKey !== undefined) {
      const list = children.get(c.parentKey);
      if (list) list.push(c);
      else children.set(c.parentKey, [c]);
    }
  }
  // An explicit stack: a view of every level may be as deep as the budget (64 levels).
  type Stop = { cell: TreemapCell; ref?: undefined; parentKey?: string } | { cell?: undefined; ref: TreemapRef; parentKey: string };
  const stack: Stop[] = [];
  const levelOf = new Map<string, number>();
  const tops = layout.cells.filter((c) => c.level === 1);
  for (let i = tops.length - 1; i >= 0; i--) stack.push({ cell: tops[i]! });
  while (stack.length > 0) {
    const stop = stack.pop()!;
    const parent = stop.parentKey !== undefined ? { parentKey: stop.parentKey } : {};
    if (stop.ref) {
      nav.push({ key: stop.ref.key, level: levelOf.get(stop.parentKey)! + 1, ...parent, ref: stop.ref });
      continue;
    }
    const c = stop.cell;
    levelOf.set(c.key, c.level);
    nav.push({ key: c.key, level: c.level, ...parent, cell: c });
    // A cell's references come after its children (and theirs): pushed first, popped last.
    for (let i = c.refs.length - 1; i >= 0; i--) stack.push({ ref: c.refs[i]!, parentKey: c.key });
    const kids = children.get(c.key) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ cell: kids[i]!, parentKey: c.key });
  }
  for (const r of layout.rootRefs) nav.push({ key: r.key, level: 1, ref: r });
  return nav;
}

/** The view shown and the cell focused in it. */
export interface DrillState {
  focusId?: string;
  focusOffset: number;
  activeKey?: string;
}

/**
 * Where `drillTo(id)` leads: an item with children fills the chart; a leaf shows its parent with
 * the leaf focused; no id shows the whole budget. Undefined when there is no such item.
 */
export function drillToItem(summary: BudgetSummary, id: string | undefined): DrillState | undefined {
  if (id === undefined || id === '') return { focusOffset: 0 };
  const s = summary.items.get(id);
  if (!s) return undefined;
  return s.item.children.length > 0 ? { focusId: id, focusOffset: 0 } : { focusId: s.parentId, focusOffset: 0, activeKey: id };
}
