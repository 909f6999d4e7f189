/**
 * What a key asks for in the treemap and where "up" leads, as pure functions of the keyboard
 * order (state.ts) and the summary. Loaded with the handlers (nav-actions.ts, the chart's lazy
 * chunk), not with the first drawing; tested in Node.
 */
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { DrillTarget } from './layout/index.js';
import type { TreemapNavEntry } from './state.js';

/** What a key asks for in the treemap. */
export type TreemapKeyAction = { kind: 'focus'; key: string } | { kind: 'activate' } | { kind: 'up' };

/**
 * The action of `key` on entry `active` of `nav`: ↓ ↑ Home End move (stopping at the ends),
 * → enters a pillar or drills into a cell, ← goes to the pillar or up a level, Enter and Space
 * activate, Escape and Backspace go up. Undefined: the key is not the treemap's.
 */
export function treemapKeyAction(nav: readonly TreemapNavEntry[], active: string, key: string): TreemapKeyAction | undefined {
  const i = nav.findIndex((e) => e.key === active);
  const entry = nav[i];
  if (!entry) return undefined;
  const focus = (e: TreemapNavEntry | undefined): TreemapKeyAction | undefined => (e ? { kind: 'focus', key: e.key } : undefined);
  switch (key) {
    case 'ArrowDown':
      return focus(nav[Math.min(nav.length - 1, i + 1)]);
    case 'ArrowUp':
      return focus(nav[Math.max(0, i - 1)]);
    case 'Home':
      return focus(nav[0]);
    case 'End':
      return focus(nav[nav.length - 1]);
    case 'ArrowRight':
      if (entry.cell?.container) return focus(nav[i + 1]) ?? { kind: 'focus', key: entry.key };
      return entry.cell?.drill ? { kind: 'activate' } : undefined;
    case 'ArrowLeft':
      return entry.parentKey ? { kind: 'focus', key: entry.parentKey } : { kind: 'up' };
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    case 'Escape':
    case 'Backspace':
      return { kind: 'up' };
    default:
      return undefined;
  }
}

/**
 * One level up from the view (`focusId`, `focusOffset`): from an "others" view to its item, from
 * an item to its parent with the item focused. Undefined at the top.
 */
export function drillUp(summary: BudgetSummary, view: { focusId?: string; focusOffset: number }): { target: DrillTarget; activeKey?: string } | undefined {
  const from = view.focusId;
  if (from === undefined && view.focusOffset === 0) return undefined;
  if (view.focusOffset > 0) return { target: { ...(from !== undefined ? { id: from } : {}), offset: 0 } };
  const parent = from !== undefined ? summary.items.get(from)?.parentId : undefined;
  return { target: { ...(parent !== undefined ? { id: parent } : {}), offset: 0 }, activeKey: from };
}

/** The key of `from` or of its ancestor that is a child of the view `viewId` (undefined: the whole budget). */
export function ancestorKeyIn(summary: BudgetSummary, from: string, viewId: string | undefined): string | undefined {
  const s = summary.items.get(from);
  if (!s) return undefined;
  const chain = [...s.ancestors, s.id];
  const i = viewId === undefined ? 0 : chain.indexOf(viewId) + 1;
  return i > 0 || viewId === undefined ? chain[i] : undefined;
}
