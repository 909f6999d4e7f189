/**
 * The form a budget is drawn in: `form="auto"` (the default) chooses bars when the budget is flat
 * (no item has items inside) and has at most {@link BARS_AUTO_MAX_ITEMS} items; otherwise the
 * treemap. The bar form's own layout (bars.ts) loads on first use (layout/later.ts).
 */
import type { BudgetSummary } from '../../../data/budget-summary.js';

/** Forms of the chart: chosen from the data (`auto`), a treemap, or bars. */
export const TREEMAP_FORMS = ['auto', 'treemap', 'bars'] as const;
export type TreemapForm = (typeof TREEMAP_FORMS)[number];

/** Most items a flat budget may have for `auto` to draw bars. */
export const BARS_AUTO_MAX_ITEMS = 5;

/** The form drawn for a requested form: `auto` becomes bars for a flat budget of a few items. */
export function resolveForm(form: TreemapForm, summary: BudgetSummary): 'treemap' | 'bars' {
  if (form !== 'auto') return form;
  // A flat budget's items are all top-level: a longer list, or one with an item below the top
  // (most budgets, told at their second item), is drawn as a treemap.
  const { order } = summary;
  if (order.length === 0 || order.length > BARS_AUTO_MAX_ITEMS) return 'treemap';
  return order.every((s) => s.depth === 0) ? 'bars' : 'treemap';
}

