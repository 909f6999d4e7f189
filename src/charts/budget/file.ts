/**
 * The budget treemap drawn for a file (SVG, PNG, the slide's picture): every item's figures
 * listed under the drawing, since a file cannot drill or show a tooltip. Kept apart from the
 * element's model so the elements never carry file-only code.
 */
import { html } from 'lit';
import type { BudgetDocument } from '../../data/types.js';
import { frameText, type FileModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { describeTreemap } from './describe.js';
import { summaryOf } from './index.js';
import { layoutBars } from './layout/bars.js';
import { layoutTreemap, TREEMAP_FONT_SIZE } from './layout/index.js';
import { provideLaterCode } from './layout/later.js';
import { listTreemapLegend } from './legend.js';
import { renderTreemapSvg } from './render.js';
import { measureBold, SLIDE_MIN_DRAWING, treemapDefaultHeight, treemapLabelSize } from './sizing.js';
import { budgetTreemapStyles } from './styles.js';
import { buildTreemapTable } from './table.js';
import { BUDGET_FILE_WORDS } from './table-words.js';

// A file or deck of a flat budget of a few items draws bars: their layout comes with this code
// (itself loaded on first use), not with the element (layout/later.ts).
provideLaterCode({ layoutBars });

/** Longest item list written under a treemap in a file; beyond it the file says where the list is. */
const MAX_LISTED_ITEMS = 300;

/** Draws budget documents for files. */
export const budgetFile: FileModel<BudgetDocument> = {
  type: 'budget',
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
      template: html`${renderTreemapSvg({ layout, locale, label: title, names: describeTreemap({ summary, layout, locale }), idPrefix: 'policy-budget-' })}`,
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
  }
};
