/**
 * The figure every chart element draws around its drawing: title, description, the toolbar
 * (the chart's controls, the export buttons, the table toggle), the drawing, the table
 * alternative and the source line; and the status line while there is nothing to draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartDocument, Locale } from '../../data/types.js';
import type { ElementUiWords } from './words.js';

type Part = TemplateResult | typeof nothing;

/** What goes into the figure. */
export interface ChartFrameOptions {
  doc: ChartDocument;
  locale: Locale;
  ui: ElementUiWords;
  /** The chart's own controls. */
  toolbar: Part;
  /** The export buttons, when `exportable`. */
  exports: Part;
  chart: Part;
  /** The table alternative, rendered only when shown. */
  table: () => Part;
  showTable: boolean;
  /** Server-rendered or hydrating: the table is a `<details>` that works without JavaScript. */
  serverLayout: boolean;
  onToggleTable: () => void;
  /** The reader moved to the toggle: the table's code may start loading. */
  onPreloadTable: () => void;
}

/** `part="status"`: the loading or empty message. */
export function renderChartStatus(loading: boolean, ui: ElementUiWords): TemplateResult {
  return html`<p part="status" role="status">${loading ? ui.loading : ui.empty}</p>`;
}

/** `part="figure"` with everything around the drawing. */
export function renderChartFrame(o: ChartFrameOptions): TemplateResult {
  const { doc, ui } = o;
  // The title, description and source are the data's text: marked with its language (the UI's may
  // differ), so that the browser breaks them as that language breaks (auto-phrase for Japanese).
  const lang = doc.lang || nothing;
  // The table is a named, focusable region: a wide table scrolls sideways, and keyboard users
  // must be able to scroll it (axe: scrollable-region-focusable).
  return html`
    <figure part="figure" lang=${o.locale}>
      ${doc.title ? html`<figcaption part="title" lang=${lang}>${doc.title}</figcaption>` : nothing}
      ${doc.description ? html`<p part="description" lang=${lang}>${doc.description}</p>` : nothing}
      <div part="toolbar">
        ${o.toolbar}
        ${o.exports}
        <button
          type="button"
          part="table-toggle"
          aria-expanded=${o.showTable ? 'true' : 'false'}
          aria-controls="table"
          @click=${o.onToggleTable}
          @pointerenter=${o.onPreloadTable}
          @focus=${o.onPreloadTable}
        >
          ${o.showTable ? ui.hideTable : ui.showTable}
        </button>
      </div>
      <div part="chart">${o.chart}</div>
      ${o.serverLayout && !o.showTable
        ? // Server-rendered (and hydrating): without JavaScript the toolbar's toggle cannot work
          // (the toolbar is hidden until the element is defined), so the table is a <details>.
          html`<details part="table-details">
            <summary>${ui.showTable}</summary>
            <div id="table" part="table" role="region" tabindex="0" aria-label=${ui.tableRegion}>${o.table()}</div>
          </details>`
        : html`<div id="table" part="table" role="region" tabindex="0" aria-label=${ui.tableRegion} ?hidden=${!o.showTable}>
            ${o.showTable ? o.table() : nothing}
          </div>`}
      ${doc.source ? html`<p part="source">${ui.source}: <span lang=${lang}>${doc.source}</span></p>` : nothing}
    </figure>
  `;
}
