/** The treemap's drawing in the element: header, cells with focus and highlight rings, tooltip and legend. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { BudgetDocument, Locale } from '../../data/types.js';
import { cssProps } from '../../kit/css-props.js';
import { renderTreemapHeader } from './header.js';
import { budgetChart, budgetLazy } from './index.js';
import type { TreemapLayout } from './layout/index.js';
import { renderTreemapLegend } from './legend.js';
import type { TreemapNavController } from './nav-controller.js';
import { BUDGET_UI } from './words.js';

/** What the view draws and the controller that handles its events. */
export interface TreemapViewOptions {
  doc: BudgetDocument;
  layout: TreemapLayout;
  summary: BudgetSummary;
  /** Accessible names of the cells and reference marks (the model's `describe`). */
  names: ReadonlyMap<string, string>;
  locale: Locale;
  tree: TreemapNavController;
  /** Prefix of the ids in the drawing (unique per element). */
  idPrefix: string;
}

export function renderTreemapView(o: TreemapViewOptions): TemplateResult {
  const { doc, layout, tree } = o;
  const ui = BUDGET_UI[o.locale];
  const title = doc.title ?? ui.untitled;
  const focusedKey = tree.treeFocused ? tree.activeKey : undefined;
  const tipKey = tree.hoverKey ?? focusedKey;
  const tip = tipKey ? tree.index.get(tipKey) : undefined;
  const highlightId = tip?.ref?.originalId;
  const ring = focusedKey ? tree.index.get(focusedKey) : undefined;
  const ringRect = ring?.cell ?? ring?.ref;
  const highlighted = highlightId ? layout.cells.find((c) => c.kind === 'item' && c.id === highlightId) : undefined;
  const viewKey = `${layout.focus.id ?? ''}|${layout.focus.offset}`;
  return html`
    ${renderTreemapHeader({ layout, summary: o.summary, locale: o.locale, dataLang: doc.lang, ui, onTopItem: tree.onTopItem, onCrumb: tree.onCrumb })}
    <div
      class="stage"
      style=${cssProps({ height: `${layout.height}px` })}
      @click=${tree.onClick}
      @keydown=${tree.onKeydown}
      @pointerover=${tree.onPointerOver}
      @pointerleave=${tree.onPointerLeave}
      @focusin=${tree.onFocusIn}
      @focusout=${tree.onFocusOut}
    >
      ${keyed(
        viewKey,
        budgetChart.render({
          layout,
          locale: o.locale,
          label: `${ui.treeLabel(title)}（${ui.keys}）`,
          names: o.names,
          activeKey: tree.activeKey,
          highlightId,
          idPrefix: o.idPrefix,
          overlay: svg`${highlighted
            ? svg`<rect class="highlight-ring" x=${highlighted.x + 1.5} y=${highlighted.y + 1.5} width=${Math.max(0, highlighted.width - 3)} height=${Math.max(0, highlighted.height - 3)}></rect>`
            : nothing}${ringRect
            ? svg`<rect class="focus-ring" x=${ringRect.x + 1.5} y=${ringRect.y + 1.5} width=${Math.max(0, ringRect.width - 3)} height=${Math.max(0, ringRect.height - 3)}></rect>`
            : nothing}`,
        }),
      )}
      ${tip && budgetLazy.value /* loaded on first use (lazy.ts); an update that shows the tooltip waits for it */
        ? budgetLazy.value.renderTreemapTooltip({ entry: tip, layout, summary: o.summary, locale: o.locale, ui }) : nothing}
    </div>
    ${renderTreemapLegend({ entries: budgetChart.legend({ doc, layout, locale: o.locale }), idPrefix: o.idPrefix })}
  `;
}
