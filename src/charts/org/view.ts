/** The org chart's drawing in the element: the pannable viewport, tooltip, details panel and legend. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LinkType, Locale, OrganizationDocument } from '../../data/types.js';
import { cssProps } from '../../kit/css-props.js';
import type { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import { orgChart, orgLazy } from './index.js';
import type { OrgChartLayout } from './layout/index.js';
import { listOrgLegend, renderOrgLegend } from './legend.js';
import type { OrgTreeController } from './tree-controller.js';
import type { OrgMovingParts } from './state.js';
import type { OrgViewGlide } from './layout-controller.js';
import type { OrgUiStrings } from './words.js';

/** What the view draws and the controllers that handle its events. */
export interface OrgViewOptions {
  doc: OrganizationDocument;
  layout: OrgChartLayout;
  locale: Locale;
  ui: OrgUiStrings;
  zoom: PanZoomController;
  tree: OrgTreeController;
  /** Accessible names of the drawn bodies. */
  names: ReadonlyMap<string, string>;
  matches: ReadonlySet<string>;
  /** Bodies that appeared in the last layout. */
  entering: ReadonlySet<string>;
  /** Boxes and connectors that moved in the last layout. */
  moving: OrgMovingParts;
  /** The `<svg>`'s height, taller than the window that clips it (layout-controller.ts `orgCanvasHeight`). */
  canvasHeight?: number;
  /** How the drawing glides to the view of the last layout (layout-controller.ts `OrgViewGlide`). */
  glide?: OrgViewGlide;
}

/** The document's link types in order of first use (the legend's), found once per document (10,000 bodies: thousands of links). */
const linkTypes = new WeakMap<OrganizationDocument, readonly LinkType[]>();
function linkTypesOf(doc: OrganizationDocument): readonly LinkType[] {
  let types = linkTypes.get(doc);
  if (!types) linkTypes.set(doc, (types = [...new Set(doc.links.map((l) => l.type))]));
  return types;
}

export function renderOrgView(o: OrgViewOptions): TemplateResult {
  const { doc, layout, zoom, tree } = o;
  const pan = zoom.pannable;
  // The drawing glides to a view a new layout moved (while it is still the view shown).
  const glide = o.glide?.view === zoom.view ? o.glide : undefined;
  const cls = `viewport${glide ? (glide.odd ? ' glide-odd' : ' glide-even') : ''}${pan.x || pan.y ? ' pannable' : ''}${pan.y ? ' both' : ''}${zoom.dragging ? ' dragging' : ''}${tree.pointerFocus ? ' pointer-focus' : ''}${tree.treeFocused && tree.focusVisible ? ' focus-visible' : ''}`;
  const tipId = tree.tipId;
  // The tooltip and the details panel are loaded on first use (lazy.ts): an update that shows one waits for them.
  const floats = orgLazy.value;
  return html`<div class="stage">
      <div
        class=${cls}
        style=${cssProps({ height: `${zoom.view.height}px`, ...(glide ? { '--_view-from': `translate(${glide.x}px, ${glide.y}px)`, '--_view-back': `translate(${-glide.x / zoom.view.k}px, ${-glide.y / zoom.view.k}px)` } : {}) })}
        @click=${tree.onClick}
        @keydown=${tree.onKeydown}
        @focusin=${tree.onFocusIn}
        @focusout=${tree.onFocusOut}
        @pointerover=${tree.onPointerOver}
        @pointerleave=${tree.onPointerLeave}
        @pointerdown=${tree.onPointerDown}
        @pointermove=${zoom.onPointerMove}
        @pointerup=${zoom.onPointerUp}
        @pointercancel=${zoom.onPointerUp}
        @wheel=${zoom.onWheel}
      >
        ${orgChart.render({
          layout,
          view: zoom.view,
          locale: o.locale,
          names: o.names,
          label: doc.title ?? o.ui.tree,
          lang: doc.lang,
          describedBy: 'org-hint',
          activeId: tree.activeId,
          selectedId: tree.selectedId,
          matches: o.matches,
          entering: o.entering,
          moving: o.moving,
          cull: true,
          canvasHeight: o.canvasHeight,
        })}
        ${floats ? floats.renderOrgTooltip({ node: tipId ? layout.byId.get(tipId) : undefined, view: zoom.view, ui: o.ui, lang: doc.lang }) : nothing}
      </div>
      ${tree.detailsId && floats
        ? floats.renderOrgDetails({ doc, id: tree.detailsId, locale: o.locale, folded: layout.byId.get(tree.detailsId)?.folded ?? [], onClose: tree.closeDetails, stubbed: new Set(layout.links.flatMap((l) => (l.stubs ? l.links : []))) })
        : nothing}</div>
      ${pan.x || pan.y ? html`<p class="drag-hint">${o.ui.dragHint}</p>` : nothing}
      <p id="org-hint" class="visually-hidden">${o.ui.hint}</p>
      ${guard([layout, o.locale], () => renderOrgLegend({ entries: listOrgLegend({ doc, layout, locale: o.locale, types: linkTypesOf(doc) }), locale: o.locale }))}
    `;
}
