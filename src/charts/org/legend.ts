/**
 * The legend of the org chart: one entry per line style the drawing uses (the tree, each typed
 * link present, lines into collapsed bodies, folded-relation badges). A stateless template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LinkType, Locale } from '../../data/types.js';
import type { OrgChartLayout } from './layout/index.js';
import { formatOrgLinkType, renderOrgLegendSample } from './render.js';
import { ORG_UI } from './words.js';

/** Options of {@link renderOrgLegend}. */
export interface RenderOrgLegendOptions {
  layout: OrgChartLayout;
  /** The link types of the document, in order of first use. */
  types: readonly LinkType[];
  locale: Locale;
}

/** The legend list (`part="legend"`). */
export function renderOrgLegend({ layout, types, locale }: RenderOrgLegendOptions): TemplateResult {
  const ui = ORG_UI[locale];
  const intoCollapsed = layout.links.some((l) => l.collapsedFrom || l.collapsedTo);
  const folded = layout.nodes.some((n) => n.foldedBadge);
  return html`<ul part="legend" aria-label=${ui.legend}>
    <li>${renderOrgLegendSample('tree')}${ui.treeEdge}</li>
    ${types.map((t) => html`<li>${renderOrgLegendSample(t)}${formatOrgLinkType(t, locale)}</li>`)}
    ${intoCollapsed ? html`<li>${renderOrgLegendSample('into-collapsed')}${ui.intoCollapsed}</li>` : nothing}
    ${folded ? html`<li>${renderOrgLegendSample('folded')}${ui.foldedLegend}</li>` : nothing}
  </ul>`;
}
