/**
 * Phase 6 of the treemap layout: where the view is: the breadcrumb trail from the whole budget
 * to the focus, and what the focus item's own figures need said. Pure.
 */
import type { BudgetSummary } from '../../../data/budget-summary.js';
import type { Locale } from '../../../data/types.js';
import type { CellMismatch, TreemapContext, TreemapCrumb } from './types.js';
import { splitChildren, type TreemapSupplementary } from './view.js';
import { TREEMAP_TEXT } from './words.js';

/** The breadcrumb trail from the whole budget down to the focus (and its "others" step). */
export function makeCrumbs(options: {
  summary: BudgetSummary;
  focusId?: string | undefined;
  offset?: number;
  locale: Locale;
  supplementary?: TreemapSupplementary;
}): TreemapCrumb[] {
  const { summary, focusId, offset = 0, locale, supplementary = 'initial' } = options;
  const T = TREEMAP_TEXT[locale];
  const crumbs: TreemapCrumb[] = [{ offset: 0, name: T.budget }];
  if (focusId !== undefined) {
    const s = summary.items.get(focusId);
    if (s) {
      for (const a of s.ancestors) {
        const as = summary.items.get(a);
        if (as) crumbs.push({ id: as.id, offset: 0, name: as.name, path: as.path });
      }
      crumbs.push({ id: s.id, offset: 0, name: s.name, path: s.path });
    }
  }
  if (offset > 0) {
    const { sized } = splitChildren(summary, focusId, supplementary === 'with-supplementary');
    crumbs.push({ ...(focusId !== undefined ? { id: focusId } : {}), offset, name: T.others(Math.max(0, sized.length - offset)) });
  }
  return crumbs;
}

/** Whether an item exists and can be a drill-down focus (it has children). */
export function canDrillInto(summary: BudgetSummary, id: string): boolean {
  const s = summary.items.get(id);
  return Boolean(s && s.item.children.length > 0);
}

/** The focus item's counted money, its 一部再掲 note and its mismatch (none for the whole budget). */
export function describeFocus(
  ctx: TreemapContext,
  focusId: string | undefined,
): { viewTotal: number; focusNotes: string[]; focusMismatch?: CellMismatch } {
  const { summary, T, yen } = ctx;
  const s = focusId === undefined ? undefined : summary.items.get(focusId);
  if (!s) return { viewTotal: ctx.total, focusNotes: [] };
  const focusNotes: string[] = [];
  if (s.amount.relistedWithin > 0) focusNotes.push(T.partlyRelisted(yen(s.amount.gross), yen(s.amount.relistedWithin)));
  const m = summary.mismatches.find((mm) => mm.id === s.id && mm.measure === 'amount');
  return {
    viewTotal: s.amount.counted,
    focusNotes,
    ...(m ? { focusMismatch: { declared: m.declared, childrenCounted: m.childrenCounted, text: T.mismatch(yen(m.declared), yen(m.childrenGross)) } } : {}),
  };
}

/** Two disagreements of one view said together (the amount's first). */
export function joinMismatches(ctx: TreemapContext, a: CellMismatch | undefined, b: CellMismatch | undefined): CellMismatch | undefined {
  if (!a || !b) return a ?? b;
  return { ...a, text: `${a.text}${ctx.T.sep}${b.text}` };
}
