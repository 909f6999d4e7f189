/**
 * The lines above the treemap: the total (再掲・内数を除く), how it reconciles with the slide,
 * every top-level item with its declared figure, what the current view shows, and the
 * drill-down trail. A stateless template; the element hands in its click handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { Locale } from '../../data/types.js';
import { formatPercent } from '../../format/number.js';
import { splitKeep } from '../../kit/text.js';
import { amountPhrases, chartAmountFormat } from './layout/index.js';
import type { TreemapLayout, TreemapTopItem } from './layout/index.js';
import type { BudgetUiWords } from './words.js';

/** Options of {@link renderTreemapHeader}. */
export interface RenderTreemapHeaderOptions {
  layout: TreemapLayout;
  summary?: BudgetSummary;
  locale: Locale;
  /** The data's language: item names are marked with it, so they break as that language breaks (auto-phrase for Japanese under an English UI). */
  dataLang?: string;
  ui: BudgetUiWords;
  /** A top-level item's button (`data-top` is its id). */
  onTopItem: (event: Event) => void;
  /** A breadcrumb's button (`data-crumb` is its index). */
  onCrumb: (event: Event) => void;
}

/** 「表示中: 名称 金額（全体のN%）」 for a drilled-into view; '' for the whole budget. */
function viewText({ layout, summary, locale, ui }: RenderTreemapHeaderOptions): string {
  const s = layout.focus.id !== undefined ? summary?.items.get(layout.focus.id) : undefined;
  if (!s || !summary) return '';
  const share = layout.total > 0 ? s.amount.counted / layout.total : 0;
  return ui.view(s.name, chartAmountFormat(summary, locale)(s.amount.counted), formatPercent(share, { locale }));
}

/**
 * Text whose `keep` phrases (by default every amount with the word before it) never break
 * inside: kit/text.ts's rule, as `wrapText` follows it in SVG.
 */
function phrased(text: string, keep?: readonly string[]): (string | TemplateResult)[] {
  return splitKeep(text, keep ?? amountPhrases(text)).map((r) => (r.keep ? html`<span class="keep">${r.text}</span>` : r.text));
}

/** One item of the top-level list. */
function renderTopItem(t: TreemapTopItem, onTopItem: (event: Event) => void, lang: string | typeof nothing): TemplateResult {
  const name = html`${t.number} <span lang=${lang}>${t.name}</span>`;
  return html`<li>
    ${t.drill
      ? html`<button type="button" data-top=${t.id} @click=${onTopItem}>${name}</button>`
      : html`<span class="top-name">${name}</span>`}
    <span class="top-figure">${t.declaredText}</span>
    ${t.relistText ? html`<span class="top-relist">（${phrased(t.relistText, t.relistKeep)}）</span>` : nothing}
  </li>`;
}

/**
 * The list of top-level items. Folded behind its count where it would be long (a phone): the
 * items the drawing names nowhere stay shown above the fold, the others open in place.
 */
function renderTopItems({ layout, ui, onTopItem, dataLang }: RenderTreemapHeaderOptions): TemplateResult {
  const lang = dataLang || nothing;
  const list = (items: readonly TreemapTopItem[]) =>
    html`<ol class="top-items" part="top-items" aria-label=${ui.topItems}>${items.map((t) => renderTopItem(t, onTopItem, lang))}</ol>`;
  if (!layout.topItemsFolded) return list(layout.topItems);
  const shown = new Set(layout.topItemsUnfolded ?? []);
  const open = layout.topItems.filter((t) => shown.has(t.id));
  return html`${open.length > 0 ? list(open) : nothing}
    <details class="top-fold" part="top-items-fold">
      <summary>${layout.topItemsFolded}</summary>
      ${list(layout.topItems.filter((t) => !shown.has(t.id)))}
    </details>`;
}

/** The header (`part="total"`) and the breadcrumbs (`part="breadcrumbs"`). */
export function renderTreemapHeader(options: RenderTreemapHeaderOptions): TemplateResult {
  const { layout, ui, onCrumb } = options;
  const lang = options.dataLang || nothing;
  const lastCrumb = layout.breadcrumbs.length - 1;
  return html`
    <div class="header" part="total">
      <p class="total">${layout.totalText}</p>
      ${layout.reconcileText ? html`<p class="reconcile">${phrased(layout.reconcileText, layout.reconcileKeep)}</p>` : nothing}
      ${layout.supplementaryTotalText ? html`<p class="supp-total">${phrased(layout.supplementaryTotalText)}</p>` : nothing}
      ${layout.topItems.length > 0 ? renderTopItems(options) : nothing}
      ${layout.focus.id !== undefined ? html`<p class="view-total">${phrased(viewText(options))}</p>` : nothing}
      ${layout.focusNotes.map((n) => html`<p class="view-total">${phrased(n)}</p>`)}
      ${layout.focusMismatch ? html`<p class="view-mismatch"><span aria-hidden="true">≠ </span>${phrased(layout.focusMismatch.text)}</p>` : nothing}
    </div>
    <nav class="crumbs" part="breadcrumbs" aria-label=${ui.crumbs}>
      <ol>
        ${layout.breadcrumbs.map((c, i) =>
          i === lastCrumb
            ? html`<li><span aria-current="location" lang=${lang}>${c.name}</span></li>`
            : html`<li>
                <button type="button" data-crumb=${i} @click=${onCrumb} lang=${lang}>${c.name}</button>
              </li>`,
        )}
      </ol>
    </nav>
  `;
}
