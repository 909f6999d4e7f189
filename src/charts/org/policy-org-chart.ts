import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeOrgBody } from './describe.js';
import { renderOrgList } from './list.js';
import { renderOrgLegend } from './legend.js';
import { renderOrgTooltip } from './tooltip.js';
import { renderOrgDetails } from './details.js';
import { ORG_UI, type OrgUiStrings } from './words.js';
import { orgChart } from './index.js';
import { keepActive, revealBody, searchBodies, setCollapsed } from './state.js';
import { OrgTreeController } from './tree-controller.js';
import type { OrganizationDocument } from '../../data/types.js';
import { ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO, ORG_ORIENTATIONS, type OrgChartLayout, type OrgOrientation } from './layout/index.js';
import { chooseCollapsedDepth, collapseBelowDepth, indexOrganization, listAncestors } from './tree-index.js';
import type { MeasureText } from '../../kit/text.js';
import { fontFor } from '../../kit/measure.js';
import { cssProps } from '../../kit/css-props.js';
import { keyword, numberOption } from '../../kit/keyword.js';
import { fitView } from '../../kit/viewport.js';
import { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { floatBeside } from '../../kit/element/float-beside.js';
import { orgChartStyles } from './styles.js';

/**
 * Fitting to the width (the first view) shrinks the drawing only while its smallest text (the
 * badges) stays at least 0.9 of the font size and 12 px: 12.6 px at the default 14 px, 18 px
 * on the 20 px slide preset. Narrower screens pan; 「全体を表示」 shows the whole drawing.
 */
const MIN_FIT_SCALE = 12 / 13;
/** Height the chart takes by itself (without a height set on the element) before it pans vertically: enough for the seed governance structure whole at 1200 px and more. */
const MAX_AUTO_HEIGHT = 1600;

/**
 * A governance hierarchy (組織図) drawn from an `"type": "organization"` JSON document: a tidy
 * tree of boxes (name, kind badge, role lines), lanes as bands, typed links (連携, 共同事務局,
 * 所管) in distinct line styles with a legend, collapsible subtrees, search, zoom and pan. The
 * bodies form an ARIA tree view (arrow keys, Home/End, Enter, Space, `*`, type-ahead); a text
 * alternative lists every body as nested lists.
 *
 * @summary Accessible organisation chart for public bodies.
 *
 * @fires policy-node-select - The user selected a body (click, Enter or Space); detail `{ id, body }`.
 * @fires policy-node-toggle - The user expanded or collapsed a body; detail `{ id, expanded, body }`.
 * @fires policy-data-error - The data cannot be drawn; detail `{ issues, messages }`.
 *
 * @csspart figure - The whole chart.
 * @csspart title - The document's title.
 * @csspart description - The document's description.
 * @csspart toolbar - Search box, zoom buttons and the text-alternative toggle.
 * @csspart search - The built-in search box (with `searchable`).
 * @csspart table-toggle - The button that shows or hides the text alternative.
 * @csspart chart - The drawing.
 * @csspart legend - The list of line styles.
 * @csspart details - The panel describing the selected body (every role holder listed).
 * @csspart table - The text alternative (nested lists).
 * @csspart source - The source line under the chart.
 * @csspart error - The list of problems in the data.
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty --policy-org-chart-box-background - Fill of the boxes.
 * @cssproperty --policy-org-chart-line-color - Colour of the tree connectors.
 * @cssproperty --policy-org-chart-link-color - Colour of the typed links and their labels.
 * @cssproperty --policy-org-chart-lane-background - Fill of the lane bands.
 * @cssproperty --policy-color-text - Text colour.
 * @cssproperty --policy-color-background - Background colour.
 * @cssproperty --policy-color-accent - Accent colour (selection, links).
 * @cssproperty --policy-color-focus - Focus ring colour.
 * @cssproperty --policy-color-highlight - Fill of the boxes matching the search.
 * @cssproperty --policy-motion-duration - Duration of expand/collapse motion (0ms under reduced motion).
 * @cssproperty --policy-font-family - Font family.
 */
export class PolicyOrgChart extends PolicyChartElement<OrganizationDocument> {
  static override styles = [...baseStyles, orgChartStyles];

  constructor() {
    super(orgChart);
  }

  /**
   * `auto` (default: the first of top-down, compact, left-right (fixed height only) and one narrow
   * column that fits the width), or one of `top-down`, `compact`, `left-right` at any width.
   */
  @property({ reflect: true }) orientation: OrgOrientation = 'auto';

  /**
   * Bodies at this depth (0 = roots) and deeper start collapsed. By default the depth is chosen
   * so that a large organisation first shows about 80 bodies.
   */
  @property({ type: Number, attribute: 'collapsed-depth' }) collapsedDepth?: number;

  /** Text to search for in names, aliases, role titles, holders and notes; matches are expanded to and highlighted. */
  @property() search = '';

  /** Shows a search box above the chart. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Collapsed bodies; changed in place (see `setCollapsedState`), so a toggle costs no copy of the whole set. */
  private collapsed = new Set<string>();
  @state() private matchIds: ReadonlySet<string> = new Set();

  private layout?: OrgChartLayout;
  /** Bodies that appeared in the last layout (grow out of their parent); empty on a first drawing. */
  private entering: ReadonlySet<string> = new Set();
  private stateDoc?: OrganizationDocument;
  private layoutDirty = false;
  private lastWidth = 640;
  private lastHeight?: number;
  private measure?: MeasureText;
  private measureFont = '';
  /** The element's font size in px (`--policy-font-size`, 14 by default); box text follows it. */
  private fontSize = 14;
  private names = new Map<string, string>();
  private readonly zoom = new PanZoomController(this, { content: () => this.layout?.bounds, minScale: 0.2, maxScale: 2.5 });
  private readonly tree: OrgTreeController = new OrgTreeController(this, {
    doc: () => this.doc,
    layout: () => this.layout,
    collapsed: () => this.collapsed,
    expand: (id) => this.expand(id),
    collapse: (id) => this.collapse(id),
    zoom: this.zoom,
    roving: () => this.roving,
    fit: () => this.fitView(),
  });
  private readonly roving = new RovingFocusController(this, {
    target: () => {
      const id = this.tree.activeId;
      return id ? this.renderRoot.querySelector<SVGGElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`) : undefined;
    },
    scroll: true,
  });

  /** Expands a body (and its ancestors) so that its children show. Fires no event. */
  expand(id: string): void {
    if (!this.doc) return;
    this.setCollapsedState(revealBody({ doc: this.doc, id }), false);
  }

  /** Collapses a body so that its descendants are hidden. Fires no event. */
  collapse(id: string): void {
    if (!this.doc || !indexOrganization(this.doc).children.has(id)) return;
    this.setCollapsedState([id], true);
  }

  /** Expands every body (a large organisation then draws every box). Fires no event. */
  expandAll(): void {
    if (!this.doc || this.collapsed.size === 0) return;
    this.collapsed = new Set();
    this.layoutDirty = true;
    this.requestUpdate();
  }

  /** Collapses every body with children, leaving only the top of each tree. Fires no event. */
  collapseAll(): void {
    if (!this.doc) return;
    this.collapsed = collapseBelowDepth({ doc: this.doc, depth: 0 });
    this.layoutDirty = true;
    this.requestUpdate();
  }

  /** Moves keyboard focus to a body, expanding its ancestors and panning it into view. */
  focusNode(id: string): void {
    if (!this.doc || !indexOrganization(this.doc).byId.has(id)) return;
    this.setCollapsedState(listAncestors({ doc: this.doc, id }), false);
    this.tree.focus(id);
  }

  protected override get ui() {
    const s = ORG_UI[this.locale];
    // The toggle shows nested lists, not a table: name it for what it shows.
    return Object.assign({}, super.ui, { showTable: s.showList, hideTable: s.hideList });
  }

  private get orgUi(): OrgUiStrings {
    return ORG_UI[this.locale];
  }

  protected override get layoutProperties(): PropertyKey[] {
    return ['orientation'];
  }

  protected override layoutChart(_doc: OrganizationDocument, width: number, height: number | undefined): void {
    this.lastWidth = width;
    this.lastHeight = height;
    this.layoutDirty = true;
    // Computed style is read here (new data, size, locale or orientation), not on every expand
    // or collapse: after a commit it forces a style recalculation of the whole drawing (~2 ms on
    // a large chart).
    this.readFont();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.locale;
    super.willUpdate(changed);
    const doc = this.doc;
    if (!doc || this.status !== 'ready') {
      this.layout = undefined;
      this.stateDoc = undefined;
      return;
    }
    const docChanged = doc !== this.stateDoc;
    if (docChanged || changed.has('collapsedDepth')) {
      const depth = numberOption(this.collapsedDepth, { name: 'policy-org-chart collapsed-depth', min: 0, fallback: 'the depth chosen for the size' }) ?? chooseCollapsedDepth({ doc });
      this.collapsed = collapseBelowDepth({ doc, depth });
      this.layoutDirty = true;
    }
    if (docChanged) {
      this.layout = undefined;
      this.stateDoc = doc;
      this.tree.reset(doc);
      this.zoom.reset();
    }
    if (docChanged || changed.has('search')) {
      const found = searchBodies({ doc, query: this.search });
      this.matchIds = found.matches;
      this.names.clear();
      this.setCollapsedState(found.reveal, false);
    }
    if (locale !== this.locale) this.names.clear();
    if (this.layoutDirty) this.computeLayout(doc);
  }

  /** Reads the element's font (family, weight, size) from its computed style. */
  private readFont(): void {
    const style = this.computedStyle();
    if (!style) {
      // Server layout (or no computed style): the CLI's metrics, at the preset's type size.
      this.measureFont = '';
      this.measure = this.textMeasure(() => '', 14);
      this.fontSize = this.preset === 'slide' ? 20 : 14;
      return;
    }
    const font = fontFor(this, 14);
    if (!this.measure || font !== this.measureFont) {
      this.measureFont = font;
      this.measure = this.textMeasure(() => font, 14);
    }
    const size = Number.parseFloat(style.fontSize);
    this.fontSize = Number.isFinite(size) && size > 0 ? size : 14;
  }

  protected override fontsChanged(): void {
    this.measure = undefined;
    this.measureFont = '';
    super.fontsChanged();
  }

  private computeLayout(doc: OrganizationDocument): void {
    this.layoutDirty = false;
    const previous = this.layout;
    if (!this.measure) this.readFont();
    const layout = orgChart.layout({
      doc,
      width: this.lastWidth,
      height: this.lastHeight,
      measure: this.measure!,
      measureSize: 14,
      fontSize: this.fontSize,
      orientation: keyword(this.orientation, { name: 'policy-org-chart orientation', allowed: ORG_ORIENTATIONS, fallback: 'auto' }),
      collapsed: this.collapsed,
      locale: this.locale,
    });
    this.layout = layout;
    this.entering = new Set(previous ? layout.nodes.filter((node) => !previous.byId.has(node.id)).map((node) => node.id) : []);
    for (const node of layout.nodes) {
      if (!this.names.has(node.id)) this.names.set(node.id, describeOrgBody({ doc, body: node.body, locale: this.locale, matched: this.matchIds.has(node.id) }));
    }
    // Keep the roving tabindex on a visible body: the nearest visible ancestor of a hidden one.
    this.tree.activeId = keepActive({ doc, active: this.tree.activeId, drawn: layout.byId, first: layout.nodes[0]?.id });
    this.fitView();
    if (this.tree.activeId && this.roving.requested) this.zoom.panIntoView(layout.byId.get(this.tree.activeId));
  }

  /** Fits the chart to the width (not below a readable scale), unless the user has zoomed. */
  private fitView(): void {
    const layout = this.layout;
    if (!layout) return;
    // The smallest scale the first view may use: the badges (the smallest text) stay readable.
    const m = layout.metrics;
    const minScale = m ? Math.min(1, Math.max(ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO * m.fontSize) / m.badgeSize) : MIN_FIT_SCALE;
    // Too wide to fit: start with the first root (the top of the hierarchy) in the middle.
    const root = layout.byId.get(layout.rootIds[0] ?? '');
    const centerX = root ? root.x + root.width / 2 : undefined;
    const fitted = fitView({ content: layout.bounds, width: this.lastWidth, height: this.lastHeight, minScale, maxHeight: MAX_AUTO_HEIGHT, centerX });
    this.zoom.fit(fitted, this.lastHeight);
  }

  /** Marks `ids` collapsed or expanded; lays out again only when something changed. */
  private setCollapsedState(ids: readonly string[], collapsed: boolean): void {
    if (!setCollapsed(this.collapsed, ids, collapsed)) return;
    this.layoutDirty = true;
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ render

  protected override renderToolbar(_doc: OrganizationDocument): TemplateResult {
    const ui = this.orgUi;
    return html`
      ${this.searchable
        ? html`<input
              type="search"
              part="search"
              aria-label=${ui.search}
              placeholder=${ui.search}
              .value=${this.search}
              @input=${this.onSearchInput}
              @keydown=${this.onSearchKeydown}
            /><span class="search-status" role="status">${this.search.trim() ? ui.matches(this.matchIds.size) : ''}</span>`
        : nothing}
      ${this.layout && this.layout.nodes.some((n) => n.childCount > 0)
        ? html`<button type="button" class="expand-all" @click=${this.expandAll}>${ui.expandAll}</button
            ><button type="button" class="collapse-all" @click=${this.collapseAll}>${ui.collapseAll}</button>`
        : nothing}
      ${this.zoom.zoomable
        ? html`<button type="button" data-zoom="out" aria-label=${ui.zoomOut} @click=${this.onZoomButton}>−</button
            ><button type="button" data-zoom="in" aria-label=${ui.zoomIn} @click=${this.onZoomButton}>＋</button
            ><button type="button" data-zoom="fit" @click=${this.onZoomButton}>${ui.fit}</button>`
        : nothing}
    `;
  }

  protected override renderChart(doc: OrganizationDocument): TemplateResult | typeof nothing {
    const layout = this.layout;
    if (!layout) return nothing;
    const { zoom, tree } = this;
    const pan = zoom.pannable;
    const cls = `viewport${pan.x || pan.y ? ' pannable' : ''}${pan.y ? ' both' : ''}${zoom.dragging ? ' dragging' : ''}${tree.pointerFocus ? ' pointer-focus' : ''}`;
    const tipId = tree.tipId;
    return html`<div class="stage">
      <div
        class=${cls}
        style=${cssProps({ height: `${zoom.view.height}px` })}
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
          locale: this.locale,
          names: this.names,
          label: doc.title ?? this.orgUi.tree,
          lang: doc.lang,
          describedBy: 'org-hint',
          activeId: tree.activeId,
          selectedId: tree.selectedId,
          matches: this.matchIds,
          entering: this.entering,
          cull: true,
        })}
        ${renderOrgTooltip({ node: tipId ? layout.byId.get(tipId) : undefined, view: zoom.view, ui: this.orgUi, lang: doc.lang })}
      </div>
      ${tree.detailsId
        ? renderOrgDetails({ doc, id: tree.detailsId, locale: this.locale, folded: layout.byId.get(tree.detailsId)?.folded ?? [], onClose: tree.closeDetails })
        : nothing}</div>
      ${pan.x || pan.y ? html`<p class="drag-hint">${this.orgUi.dragHint}</p>` : nothing}
      <p id="org-hint" class="visually-hidden">${this.orgUi.hint}</p>
      ${renderOrgLegend({ entries: orgChart.legend({ doc, layout, locale: this.locale }), locale: this.locale })}
    `;
  }

  /** Puts the tooltip and the details panel beside their boxes, inside the chart's window and the browser's. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const area = root.querySelector('.viewport');
    const frame = (id: string | undefined) => (id ? root.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"] > .frame`) : null);
    const tip = root.querySelector<HTMLElement>('.viewport > .tooltip');
    const tipAnchor = frame(this.tree.tipId);
    if (area && tip && tipAnchor) floatBeside({ panel: tip, anchor: tipAnchor, area, order: ['below', 'above', 'right', 'left'] });
    const details = root.querySelector<HTMLElement>('.stage > [part="details"]');
    // A body not drawn (culled): the panel still stays inside the chart.
    if (area && details) floatBeside({ panel: details, anchor: frame(this.tree.detailsId) ?? area, area, gap: 8 });
  }

  /** The text alternative: every body as nested lists (the CSV is the model's table). */
  protected override renderTable(doc: OrganizationDocument): TemplateResult {
    return renderOrgList({ doc, locale: this.locale });
  }

  // ------------------------------------------------------------------ handlers

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    const first = this.layout?.nodes.find((n) => this.matchIds.has(n.id));
    if (first) {
      event.preventDefault();
      this.focusNode(first.id);
      this.zoom.panIntoView(first);
    }
  }

  private onZoomButton(event: Event): void {
    const kind = (event.currentTarget as HTMLElement).dataset.zoom;
    if (kind === 'fit') this.zoom.showWhole(() => this.fitView());
    else this.zoom.zoomCentre(kind === 'in' ? 1.25 : 1 / 1.25);
  }
}
