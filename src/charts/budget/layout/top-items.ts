/**
 * Phase 5 of the treemap layout (whole-budget view): every top-level item by name with its
 * slide figure, and how the declared figures become the counted total (再掲 removed), so the
 * chart reconciles with the slide. Pure.
 */
import type { TreemapContext, TreemapTopItem } from './types.js';

/** The top-level items and the reconciling sentence (absent when nothing needs reconciling). */
export function listTopItems(ctx: TreemapContext): { topItems: TreemapTopItem[]; reconcileText?: string } {
  const { summary, T, yen, total } = ctx;
  const topItems: TreemapTopItem[] = [];
  let declaredSum = 0;
  let relisted = 0;
  for (const t of summary.order) {
    if (t.depth !== 0) continue;
    const uncounted = t.relistOf !== undefined || t.partOf !== undefined;
    const known = t.amount.basis !== 'none' && !uncounted;
    if (known) {
      declaredSum += t.amount.gross;
      relisted += t.amount.relistedWithin;
    }
    topItems.push({
      id: t.id,
      number: topItems.length + 1,
      name: t.name,
      declaredText: known ? yen(t.amount.gross) : T.notStated,
      ...(known && t.amount.relistedWithin > 0 ? { relistText: T.topRelist(yen(t.amount.relistedWithin), yen(t.amount.counted)) } : {}),
      ...(t.item.children.length > 0 ? { drill: { id: t.id, offset: 0 } } : {}),
    });
  }
  if (declaredSum === total || relisted === 0) return { topItems };
  const rest = declaredSum - relisted - total;
  return { topItems, reconcileText: T.reconcile(yen(declaredSum), yen(relisted), yen(total), rest !== 0 ? T.reconcileRest(yen(rest)) : '') };
}
