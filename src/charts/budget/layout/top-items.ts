/**
 * Phase 5 of the treemap layout (whole-budget view): every top-level item by name with its
 * slide figure, and how the declared figures become the counted total (再掲 removed), so the
 * chart reconciles with the slide. Pure.
 */
import { figurePhrases } from './format.js';
import type { TreemapCell, TreemapContext, TreemapTopItem } from './types.js';

/** The top-level items and the reconciling sentence (absent when nothing needs reconciling). */
export function listTopItems(ctx: TreemapContext): { topItems: TreemapTopItem[]; reconcileText?: string; reconcileKeep?: string[] } {
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
    const relist = known && t.amount.relistedWithin > 0 ? [yen(t.amount.relistedWithin), yen(t.amount.counted)] as const : undefined;
    const relistText = relist ? T.topRelist(...relist) : undefined;
    topItems.push({
      id: t.id,
      number: topItems.length + 1,
      name: t.name,
      declaredText: known ? yen(t.amount.gross) : T.notStated,
      ...(relist && relistText ? { relistText, relistKeep: figurePhrases(relistText, relist) } : {}),
      ...(t.item.children.length > 0 ? { drill: { id: t.id, offset: 0 } } : {}),
    });
  }
  if (declaredSum === total || relisted === 0) return { topItems };
  const rest = declaredSum - relisted - total;
  const figures = [yen(declaredSum), yen(relisted), yen(total), ...(rest !== 0 ? [yen(rest)] : [])];
  const reconcileText = T.reconcile(figures[0]!, figures[1]!, figures[2]!, rest !== 0 ? T.reconcileRest(figures[3]!) : '');
  return { topItems, reconcileText, reconcileKeep: figurePhrases(reconcileText, figures) };
}

/** Top-level items a slide lists: a longer list shows the first {@link SLIDE_TOP_ITEMS} − 1 and how many more. */
export const SLIDE_TOP_ITEMS = 8;

/**
 * The top-level list as a slide shows it (the web's `preset="slide"` and the PPTX deck): all of a
 * list of up to {@link SLIDE_TOP_ITEMS}; of a longer one the first {@link SLIDE_TOP_ITEMS} − 1, and
 * `more`, how many are not shown (the table or the notes list them).
 */
export function slideTopItems<T>(items: readonly T[]): { shown: T[]; more: number } {
  if (items.length <= SLIDE_TOP_ITEMS) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, SLIDE_TOP_ITEMS - 1), more: items.length - SLIDE_TOP_ITEMS + 1 };
}

/** Fewest items a list must have before it is ever folded (a short list is read at a glance). */
const FOLD_MIN_ITEMS = 4;

/**
 * How the top-level list is folded, or undefined when it is not. The list is folded where most
 * of its items would wrap onto two lines or more (estimated lines more than 1.5 a item: a
 * phone), so that the drawing is not pushed a screen down. The items the drawing names nowhere
 * (no level-1 cell with a label: a sliver, an item with no amount) stay shown (`shown`, their
 * ids); the summary (`summary`) names how many are folded; the list opens in place, and the
 * table lists every item too.
 */
export function foldTopItems(
  ctx: TreemapContext,
  topItems: readonly TreemapTopItem[],
  width: number,
  cells: readonly Pick<TreemapCell, 'level' | 'id' | 'label'>[] = [],
  slide = false,
): { summary: string; shown: string[] } | undefined {
  const { measure, T } = ctx;
  // On a slide the list keeps to the slide's rule (as the deck does): the rest folded, in the table too.
  if (slide) {
    const { shown, more } = slideTopItems(topItems);
    return more > 0 ? { summary: T.topItemsSlideMore(more), shown: shown.map((t) => t.id) } : undefined;
  }
  if (topItems.length < FOLD_MIN_ITEMS || width <= 0) return undefined;
  const lines = topItems.reduce((n, t) => {
    const text = `${t.number} ${t.name}\u3000${t.declaredText}${t.relistText ? `（${t.relistText}）` : ''}`;
    return n + Math.max(1, Math.ceil(measure(text) / width));
  }, 0);
  if (lines <= 1.5 * topItems.length) return undefined;
  const labelled = new Set(cells.filter((c) => c.level === 1 && c.label !== undefined).map((c) => c.id));
  const shown = topItems.filter((t) => !labelled.has(t.id)).map((t) => t.id);
  const folded = topItems.length - shown.length;
  if (folded === 0) return undefined;
  return { summary: shown.length > 0 ? T.topItemsMore(folded) : T.topItemsFolded(folded), shown };
}
