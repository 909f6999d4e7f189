/** The budget treemap as a {@link ChartModel}. */
import { html } from 'lit';
import { summarizeBudget } from '../../data/budget-summary.js';
import { parseBudget } from '../../data/budget.js';
import type { BudgetDocument } from '../../data/types.js';
import { frameText, type ChartModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { layoutTreemap, TREEMAP_FONT_SIZE } from './layout/index.js';
import { renderTreemapSvg } from './render.js';
import { measureBold, treemapDefaultHeight } from './sizing.js';
import { budgetTreemapStyles } from './styles.js';
import { buildTreemapTable } from './table.js';
import { BUDGET_FILE_WORDS } from './words.js';

/** Longest item list written under a treemap in a file; beyond it the file says where the list is. */
const MAX_LISTED_ITEMS = 300;

/** The budget treemap's model: parse, size and draw outside the element. */
export const budgetChart: ChartModel<BudgetDocument> = {
  type: 'budget',
  tag: 'policy-budget-treemap',
  parse: parseBudget,
  defaultHeight: treemapDefaultHeight,
  drawFile({ doc, width, locale }) {
    const summary = summarizeBudget(doc);
    const layout = layoutTreemap({
      doc,
      summary,
      width,
      height: treemapDefaultHeight(width),
      measure: measureBold(createApproxMeasure(TREEMAP_FONT_SIZE)),
      locale,
    });
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
    const legend: string[] = [];
    if (layout.cells.some((c) => c.supplementary > 0)) legend.push(words.hatch);
    if (layout.rootRefs.length > 0 || layout.cells.some((c) => c.refs.length > 0)) legend.push(words.refs);
    if (layout.cells.some((c) => c.kind === 'others')) legend.push(words.others);
    if (layout.cells.some((c) => c.mismatch)) legend.push(words.mismatch);
    return {
      template: html`${renderTreemapSvg({ layout, locale, label: title, idPrefix: 'policy-budget-' })}`,
      cssTexts: [budgetTreemapStyles.cssText],
      title: doc.title,
      ...frameText(doc, locale, {
        header: [
          [doc.fiscalYear, layout.totalText].filter(Boolean).join(' '),
          ...(layout.reconcileText ? [layout.reconcileText] : []),
          ...(layout.supplementaryTotalText ? [layout.supplementaryTotalText] : []),
        ],
        notes: [...legend, ...list],
      }),
    };
  },
};
