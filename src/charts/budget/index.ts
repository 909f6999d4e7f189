/** The budget treemap as a {@link ChartModel}. */
import { summarizeBudget, type BudgetSummary } from '../../data/budget-summary.js';
import { parseBudget } from '../../data/budget.js';
import type { BudgetDocument } from '../../data/types.js';
import type { ChartModel } from '../../kit/chart-model.js';
import { describeTreemap } from './describe.js';
import { layoutTreemap, type LayoutTreemapOptions, type TreemapLayout } from './layout/index.js';
import { listBudgetLegend } from './legend.js';
import { renderTreemapSvg, type RenderTreemapOptions } from './render.js';
import { treemapDefaultHeight } from './sizing.js';
import { lazyPart } from '../../kit/lazy-part.js';
import { BUDGET_UI, type BudgetUiWords } from './words.js';

const summaries = new WeakMap<BudgetDocument, BudgetSummary>();

/** The summary of a document (再掲・内数 resolved, totals), computed once per document. */
export function summaryOf(doc: BudgetDocument): BudgetSummary {
  let s = summaries.get(doc);
  if (!s) {
    s = summarizeBudget(doc);
    summaries.set(doc, s);
  }
  return s;
}

/** The parts loaded on first use (lazy.ts: the table alternative and the CSV, the tooltip; docs/size.md). */
export const budgetLazy = lazyPart(() => import('./lazy.js'));

/** The budget treemap's model: parse, lay out, describe, table and draw, in and outside the element. */
export const budgetChart: ChartModel<BudgetDocument, LayoutTreemapOptions, TreemapLayout, RenderTreemapOptions, BudgetUiWords> = {
  type: 'budget',
  tag: 'policy-budget-treemap',
  parse: parseBudget,
  defaultHeight: treemapDefaultHeight,
  layout: layoutTreemap,
  describe: ({ doc, layout, locale }) => describeTreemap({ summary: summaryOf(doc), layout, locale }),
  tableCode: budgetLazy,
  legend: listBudgetLegend,
  render: renderTreemapSvg,
  words: BUDGET_UI,
  english: lazyPart(() => import('./words-en.js')),

};
