/** The budget treemap as a {@link ChartModel}. */
import { html } from 'lit';
import { summarizeBudget, type BudgetSummary } from '../../data/budget-summary.js';
import { parseBudget } from '../../data/budget.js';
import type { BudgetDocument } from '../../data/types.js';
import { frameText, type ChartModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { layoutTreemap, TREEMAP_FONT_SIZE, type LayoutTreemapOptions, type TreemapLayout } from './layout/index.js';
import { listBudgetLegend, listTreemapLegend } from './legend.js';
import { renderTreemapSvg, type RenderTreemapOptions } from './render.js';
import { measureBold, SLIDE_MIN_DRAWING, treemapDefaultHeight, treemapLabelSize } from './sizing.js';
import { budgetTreemapStyles } from './styles.js';
import { budgetDataTable, buildTreemapTable } from './table.js';
import { BUDGET_FILE_WORDS, BUDGET_UI, type BudgetUiWords } from './words.js';

/** Longest item list written under a treemap in a file; beyond it the file says where the list is. */
const MAX_LISTED_ITEMS = 300;

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

/** The budget treemap's model: parse, lay out, describe, table and draw, in and outside the element. */
export const budgetChart: ChartModel<BudgetDocument, LayoutTreemapOptions, TreemapLayout, RenderTreemapOptions, BudgetUiWords> = {
  type: 'budget',
  tag: 'policy-budget-treemap',
  parse: parseBudget,
  defaultHeight: treemapDefaultHeight,
  layout: layoutTreemap,
  // The names are worded with the figures in the layout (cells and reference marks).
  describe: ({ layout }) => new Map([...layout.cells.map((c) => [c.key, c.description] as const), ...[...layout.rootRefs, ...layout.cells.flatMap((c) => c.refs)].map((r) => [r.key, r.description] as const)]),
  table: ({ doc, locale }) => budgetDataTable({ summary: summaryOf(doc), locale }),
  legend: listBudgetLegend,
  render: renderTreemapSvg,
  words: BUDGET_UI,
  drawFile({ doc, width, locale, fontSize, height }) {
    const summary = summaryOf(doc);
    const lay = (cellsHeight: number) =>
      layoutTreemap({
        doc,
        summary,
        width,
        height: cellsHeight,
        measure: measureBold(createApproxMeasure(TREEMAP_FONT_SIZE)),
        fontSize: treemapLabelSize(fontSize),
        locale,
      });
    let layout = lay(height ?? treemapDefaultHeight(width));
    // Fitting a page: the reference strip under the cells comes out of the cells' height.
    if (height !== undefined && layout.height > height) layout = lay(Math.max(SLIDE_MIN_DRAWING, 2 * height - layout.height));
    const title = doc.title ?? (locale === 'ja' ? '予算' : 'Budget');
    // A file cannot drill into a cell or show a tooltip: list every item's figures under it.
    const words = BUDGET_FILE_WORDS[locale];
    const { rows } = buildTreemapTable({ summary, locale, caption: title });
    const list =
      rows.length > MAX_LISTED_ITEMS
        ? [words.tooMany(rows.length)]
        : [
            words.heading,
            ...rows.map((row) => {
              const declared = row.declared === '—' ? '' : row.declared;
              const amount = declared && row.status ? `${declared}（${row.status}）` : declared || row.status || words.noAmount;
              const figures = [amount, row.supplementary && words.supplementary(row.supplementary), row.previous && words.previous(row.previous)];
              return `${row.number} ${row.name}${words.colon}${figures.filter(Boolean).join(words.sep)}`;
            }),
          ];
    const has = listTreemapLegend(layout);
    const legend = ([has.hatch && words.hatch, has.refs && words.refs, has.others && words.others, has.mismatch && words.mismatch] as (string | false)[]).filter((t): t is string => Boolean(t));
    return {
      template: html`${renderTreemapSvg({ layout, locale, label: title, idPrefix: 'policy-budget-' })}`,
      cssTexts: [budgetTreemapStyles.cssText],
      title: doc.title,
      ...frameText(doc, locale, {
        header: [
          [doc.fiscalYear, layout.totalText].filter(Boolean).join(' '),
          ...(layout.reconcileText ? [layout.reconcileText] : []),
          ...(layout.supplementaryTotalText ? [layout.supplementaryTotalText] : []),
          ...(layout.focusMismatch ? [layout.focusMismatch.text] : []),
        ],
        notes: legend,
        details: list,
      }),
    };
  },
};
