/** The org chart's toolbar: the search box, expand/collapse all, and the zoom buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import { cssProps } from '../../kit/css-props.js';
import { createApproxMeasure } from '../../kit/text.js';
import type { OrgChartLayout } from './layout/index.js';
import type { OrgUiStrings } from './words.js';

type OrgNode = OrgChartLayout['nodes'][number];

/** What the toolbar shows and what its controls do. */
export interface OrgToolbarOptions {
  ui: OrgUiStrings;
  layout: OrgChartLayout | undefined;
  /** Shows the search box. */
  searchable: boolean;
  search: string;
  matches: ReadonlySet<string>;
  zoom: PanZoomController;
  onSearch: (value: string) => void;
  /** Enter in the search box: focus this body (the first match drawn). */
  onFind: (node: OrgNode) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  /** Lays the view out again (after 「全体を表示」). */
  fit: () => void;
}

const emWidth = createApproxMeasure(1);

/**
 * How wide the search box is, in em of its font: its whole placeholder (「組織・役職・構成員を検索」,
 * "Search bodies, roles and members") and room for its padding and clear button.
 */
export function orgSearchWidthEm(placeholder: string): number {
  return Math.ceil(emWidth(placeholder) + 3);
}

export function renderOrgToolbar(o: OrgToolbarOptions): TemplateResult {
  const { ui, layout, zoom } = o;
  const onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    const first = layout?.nodes.find((n) => o.matches.has(n.id));
    if (first) {
      event.preventDefault();
      o.onFind(first);
    }
  };
  const onZoomButton = (event: Event): void => {
    const kind = (event.currentTarget as HTMLElement).dataset.zoom;
    if (kind === 'fit') zoom.showWhole(o.fit);
    else zoom.zoomCentre(kind === 'in' ? 1.25 : 1 / 1.25);
  };
  return html`
    ${o.searchable
      ? html`<input
            type="search"
            part="search"
            aria-label=${ui.search}
            placeholder=${ui.search}
            style=${cssProps({ '--_search-width': `${orgSearchWidthEm(ui.search)}em` })}
            .value=${o.search}
            @input=${(event: Event) => o.onSearch((event.target as HTMLInputElement).value)}
            @keydown=${onSearchKeydown}
          /><span class="search-status" role="status">${o.search.trim() ? ui.matches(o.matches.size) : ''}</span>`
      : nothing}
    ${layout && layout.nodes.some((n) => n.childCount > 0)
      ? html`<button type="button" class="expand-all" @click=${o.onExpandAll}>${ui.expandAll}</button
          ><button type="button" class="collapse-all" @click=${o.onCollapseAll}>${ui.collapseAll}</button>`
      : nothing}
    ${zoom.zoomable
      ? html`<button type="button" data-zoom="out" aria-label=${ui.zoomOut} @click=${onZoomButton}>−</button
          ><button type="button" data-zoom="in" aria-label=${ui.zoomIn} @click=${onZoomButton}>＋</button
          ><button type="button" data-zoom="fit" @click=${onZoomButton}>${ui.fit}</button>`
      : nothing}
  `;
}
