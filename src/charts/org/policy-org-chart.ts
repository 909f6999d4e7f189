import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { copyBody, describeOrgBody } from './describe.js';
import { renderOrgList } from './list.js';
import { ORG_UI, type OrgUiStrings } from './words.js';
import type { ParseResult } from '../../data/issues.js';
import type { LinkType, OrganizationDocument } from '../../data/types.js';
import { PolicyNodeSelectEvent } from '../../events/node-select.js';
import { PolicyNodeToggleEvent } from '../../events/node-toggle.js';
import { layoutOrgChart, ORG_MAX_LISTED_HOLDERS, ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO, ORG_ORIENTATIONS, type OrgChartLayout, type OrgOrientation } from './layout/index.js';
import { chooseCollapsedDepth, collapseBelowDepth, findOrgMatches, indexOrganization, listAncestors, normalizeSearchText } from './tree-index.js';
import type { MeasureText } from '../../kit/text.js';
import { fontFor } from '../../kit/measure.js';
import { cssProps } from '../../kit/css-props.js';
import { keyword } from '../../kit/keyword.js';
import { clampView, fitView, pannable, panIntoView, zoomAt } from '../../kit/viewport.js';
import { findTypeAhead, nextFocus } from '../../kit/tree-nav.js';
import { formatOrgLinkType, renderOrgChartSvg, renderOrgLegendSample, type OrgView } from './render.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { parseOrganization } from '../../data/organization.js';
import { orgChartStyles } from './styles.js';
import { orgDataTable } from './table.js';
import { renderOrgDetails } from './details.js';
import { dataTableRows } from '../../kit/data-table.js';

/**
 * Fitting to the width (the first view) shrinks the drawing only while its smallest text (the
 * badges) stays at least 0.9 of the font size and 12 px: 12.6 px at the default 14 px, 18 px
 * on the 20 px slide preset. Narrower screens pan; 「全体を表示」 shows the whole drawing.
 */
const MIN_FIT_SCALE = 12 / 13;
const MIN_SCALE = 0.2;
const MAX_SCALE = 2.5;
/** Height the chart takes by itself (without a height set on the element) before it pans vertically: enough for the seed governance structure whole at 1200 px and more. */
const MAX_AUTO_HEIGHT = 1600;
const TYPE_AHEAD_MS = 700;

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

  /** `top-down` (default) or `left-right`. */
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
  @state() private activeId?: string;
  @state() private selectedId?: string;
  @state() private detailsId?: string;
  @state() private view: OrgView = { k: 1, tx: 0, ty: 0, width: 0, height: 0 };
  @state() private matchIds: ReadonlySet<string> = new Set();
  /** The body under the pointer (its tooltip shows when its text is cut off). */
  @state() private hoveredId?: string;
  /** Whether keyboard focus is inside the tree (the active body's tooltip shows then). */
  @state() private treeFocused = false;
  /** Escape hides the tooltip until focus or the pointer moves to another body (WCAG 1.4.13). */
  @state() private tipDismissed = false;
  /** The last focus came from a click or tap: show the selection, not the keyboard ring. */
  @state() private pointerFocus = false;

  private layout?: OrgChartLayout;
  /** Bodies that appeared in the last layout (grow out of their parent); empty on a first drawing. */
  private entering: ReadonlySet<string> = new Set();
  private linkTypes: LinkType[] = [];
  private stateDoc?: OrganizationDocument;
  private layoutDirty = false;
  private lastWidth = 640;
  private lastHeight?: number;
  private userZoomed = false;
  /** Set by 「全体を表示」 (and the 0 key): the view shows the whole chart, however small. */
  private overview = false;
  private measure?: MeasureText;
  private measureFont = '';
  /** The element's font size in px (`--policy-font-size`, 14 by default); box text follows it. */
  private fontSize = 14;
  private names = new Map<string, string>();
  private focusPending = false;
  private typeAhead = { text: '', at: 0 };
  private pointers = new Map<number, { x: number; y: number }>();
  private drag?: { x: number; y: number; tx: number; ty: number; moved: boolean; dist?: number; k?: number };
  private suppressClick = false;

  /** Expands a body (and its ancestors) so that its children show. Fires no event. */
  expand(id: string): void {
    if (!this.doc) return;
    this.setCollapsedState([id, ...listAncestors({ doc: this.doc, id })], false);
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
    this.activeId = id;
    this.focusPending = true;
  }

  protected override get ui() {
    const s = ORG_UI[this.locale];
    // The toggle shows nested lists, not a table: name it for what it shows.
    return Object.assign({}, super.ui, { showTable: s.showList, hideTable: s.hideList });
  }

  private get orgUi(): OrgUiStrings {
    return ORG_UI[this.locale];
  }

  protected parse(input: unknown): ParseResult<OrganizationDocument> {
    return parseOrganization(input);
  }

  protected override get layoutProperties(): PropertyKey[] {
    return ['orientation'];
  }

  protected layoutChart(_doc: OrganizationDocument, width: number, height: number | undefined): void {
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
      const depth = this.collapsedDepth ?? chooseCollapsedDepth({ doc });
      this.collapsed = collapseBelowDepth({ doc, depth: Math.max(0, depth) });
      this.layoutDirty = true;
    }
    if (docChanged) {
      this.layout = undefined;
      this.linkTypes = [...new Set(doc.links.map((l) => l.type))];
      this.stateDoc = doc;
      this.selectedId = undefined;
      this.detailsId = undefined;
      this.userZoomed = false;
      this.overview = false;
      this.activeId = indexOrganization(doc).roots[0]?.id;
    }
    if (docChanged || changed.has('search')) {
      this.matchIds = new Set(findOrgMatches({ doc, query: this.search }));
      this.names.clear();
      for (const id of this.matchIds) this.setCollapsedState(listAncestors({ doc, id }), false);
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

  private getMeasure(): MeasureText {
    if (!this.measure) this.readFont();
    return this.measure!;
  }

  /** The smallest scale the first view may use: the badges (the smallest text) stay readable. */
  private get minFitScale(): number {
    const m = this.layout?.metrics;
    return m ? Math.min(1, Math.max(ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO * m.fontSize) / m.badgeSize) : MIN_FIT_SCALE;
  }

  private computeLayout(doc: OrganizationDocument): void {
    this.layoutDirty = false;
    const previous = this.layout;
    this.layout = layoutOrgChart({
      doc,
      width: this.lastWidth,
      height: this.lastHeight,
      measure: this.getMeasure(),
      measureSize: 14,
      fontSize: this.fontSize,
      orientation: keyword(this.orientation, { name: 'policy-org-chart orientation', allowed: ORG_ORIENTATIONS, fallback: 'auto' }),
      collapsed: this.collapsed,
      locale: this.locale,
    });
    const entering = new Set<string>();
    if (previous) for (const node of this.layout.nodes) if (!previous.byId.has(node.id)) entering.add(node.id);
    this.entering = entering;
    for (const node of this.layout.nodes) {
      if (!this.names.has(node.id)) this.names.set(node.id, describeOrgBody({ doc, body: node.body, locale: this.locale, matched: this.matchIds.has(node.id) }));
    }
    // Keep the roving tabindex on a visible body: the nearest visible ancestor of a hidden one.
    if (!this.activeId || !this.layout.byId.has(this.activeId)) {
      const ancestor = this.activeId ? listAncestors({ doc, id: this.activeId }).find((a) => this.layout!.byId.has(a)) : undefined;
      this.activeId = ancestor ?? this.layout.nodes[0]?.id;
    }
    this.fitView();
    if (this.activeId && this.focusPending) this.panIntoView(this.activeId);
  }

  /** Fits the chart to the width (not below a readable scale), unless the user has zoomed. */
  private fitView(): void {
    const layout = this.layout;
    if (!layout) return;
    // Too wide to fit: start with the first root (the top of the hierarchy) in the middle.
    const root = layout.byId.get(layout.rootIds[0] ?? '');
    const fitted = fitView({
      content: layout.bounds,
      width: this.lastWidth,
      height: this.lastHeight,
      minScale: this.minFitScale,
      maxHeight: MAX_AUTO_HEIGHT,
      centerX: root ? root.x + root.width / 2 : undefined,
    });
    if (this.overview && !this.userZoomed) {
      // 「全体を表示」: the whole drawing in the window, also in a fixed height, however small;
      // + and − (or the pointer) zoom back in.
      const { width: cw, height: ch } = layout.bounds;
      const k = Math.max(MIN_SCALE, Math.min(1, fitted.width / cw, this.lastHeight ? this.lastHeight / ch : 1));
      const height = this.lastHeight ?? Math.ceil(ch * k);
      this.view = clampView({ k, tx: (fitted.width - cw * k) / 2, ty: 0, width: fitted.width, height }, layout.bounds);
      return;
    }
    this.view = this.userZoomed ? this.clampView({ ...this.view, width: fitted.width, height: fitted.height }) : fitted;
  }

  private clampView(v: OrgView): OrgView {
    return this.layout ? clampView(v, this.layout.bounds) : v;
  }

  private get pannable(): { x: boolean; y: boolean } {
    return this.layout ? pannable(this.view, this.layout.bounds) : { x: false, y: false };
  }

  private panIntoView(id: string): void {
    const node = this.layout?.byId.get(id);
    if (node) this.view = panIntoView(this.view, node, this.layout!.bounds);
  }

  /** Marks `ids` collapsed or expanded; lays out again only when something changed. */
  private setCollapsedState(ids: readonly string[], collapsed: boolean): void {
    let changed = false;
    for (const id of ids) {
      if (this.collapsed.has(id) === collapsed) continue;
      if (collapsed) this.collapsed.add(id);
      else this.collapsed.delete(id);
      changed = true;
    }
    if (!changed) return;
    this.layoutDirty = true;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPending && this.activeId) {
      this.focusPending = false;
      const el = this.renderRoot.querySelector<SVGGElement>(`[role="treeitem"][data-id="${CSS.escape(this.activeId)}"]`);
      if (el) {
        el.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    }
  }

  // ------------------------------------------------------------------ render

  protected override renderToolbar(_doc: OrganizationDocument): TemplateResult {
    const ui = this.orgUi;
    const pan = this.pannable;
    const zoomable = pan.x || pan.y || this.userZoomed || this.overview;
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
      ${zoomable
        ? html`<button type="button" data-zoom="out" aria-label=${ui.zoomOut} @click=${this.onZoomButton}>−</button
            ><button type="button" data-zoom="in" aria-label=${ui.zoomIn} @click=${this.onZoomButton}>＋</button
            ><button type="button" data-zoom="fit" @click=${this.onZoomButton}>${ui.fit}</button>`
        : nothing}
    `;
  }

  protected renderChart(doc: OrganizationDocument): TemplateResult | typeof nothing {
    const layout = this.layout;
    if (!layout) return nothing;
    const pan = this.pannable;
    const cls = `viewport${pan.x || pan.y ? ' pannable' : ''}${pan.y ? ' both' : ''}${this.drag?.moved ? ' dragging' : ''}${
      this.pointerFocus ? ' pointer-focus' : ''
    }`;
    const types = this.linkTypes;
    const intoCollapsed = layout.links.some((l) => l.collapsedFrom || l.collapsedTo);
    const folded = layout.nodes.some((n) => n.foldedBadge);
    return html`
      <div
        class=${cls}
        style=${cssProps({ height: `${this.view.height}px` })}
        @click=${this.onClick}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @wheel=${this.onWheel}
      >
        ${renderOrgChartSvg({
          layout,
          view: this.view,
          locale: this.locale,
          names: this.names,
          label: doc.title ?? this.orgUi.tree,
          lang: doc.lang,
          describedBy: 'org-hint',
          activeId: this.activeId,
          selectedId: this.selectedId,
          matches: this.matchIds,
          entering: this.entering,
        })}
        ${this.renderTooltip()}
      </div>
      ${pan.x || pan.y ? html`<p class="drag-hint">${this.orgUi.dragHint}</p>` : nothing}
      <p id="org-hint" class="visually-hidden">${this.orgUi.hint}</p>
      <ul part="legend" aria-label=${this.orgUi.legend}>
        <li>${renderOrgLegendSample('tree')}${this.orgUi.treeEdge}</li>
        ${types.map((t) => html`<li>${renderOrgLegendSample(t)}${formatOrgLinkType(t, this.locale)}</li>`)}
        ${intoCollapsed ? html`<li>${renderOrgLegendSample('into-collapsed')}${this.orgUi.intoCollapsed}</li>` : nothing}
        ${folded ? html`<li>${renderOrgLegendSample('folded')}${this.orgUi.foldedLegend}</li>` : nothing}
      </ul>
      ${this.renderDetails(doc)}
    `;
  }

  /**
   * The full text of a box whose text is cut off (…), under the box: shown while the pointer is
   * on it or while it has keyboard focus. Placed from the layout and the view, never from DOM reads.
   * Hidden from assistive technology: the treeitem's accessible name already says all of it.
   */
  private renderTooltip(): TemplateResult | typeof nothing {
    const layout = this.layout;
    const id = this.hoveredId ?? (this.treeFocused ? this.activeId : undefined);
    const node = id && !this.tipDismissed ? layout?.byId.get(id) : undefined;
    if (!node || !node.truncated) return nothing;
    const ui = this.orgUi;
    const { k, tx, ty, width } = this.view;
    const x0 = node.x * k + tx;
    const x1 = (node.x + node.width) * k + tx;
    const top = Math.round((node.y + node.height) * k + ty + 14 * k);
    // Anchor on the side with more room, so the tip stays inside the viewport.
    const side = x0 + x1 > width ? { right: `${Math.round(Math.max(4, width - x1))}px` } : { left: `${Math.round(Math.max(4, x0))}px` };
    const body = node.body;
    return html`<div class="tooltip" aria-hidden="true" style=${cssProps({ top: `${top}px`, ...side })} lang=${this.doc?.lang ?? nothing}>
      <p class="tip-name">${body.name}</p>
      ${body.aliases.length ? html`<p>（${body.aliases.join(ui.listSep)}）</p>` : nothing}
      ${body.roles.map((r) =>
        r.holders.length > ORG_MAX_LISTED_HOLDERS ? nothing : html`<p>${r.title}${ui.colon}${r.holders.join(ui.listSep)}</p>`,
      )}
      ${body.notes.map((n) => html`<p>${n}</p>`)}
    </div>`;
  }

  private renderDetails(doc: OrganizationDocument): TemplateResult | typeof nothing {
    const id = this.detailsId;
    if (!id) return nothing;
    return renderOrgDetails({ doc, id, locale: this.locale, folded: this.layout?.byId.get(id)?.folded ?? [], onClose: this.closeDetails });
  }

  /** One row per body: its place in the tree, roles with every holder, aliases and typed links. */
  protected override csvRows(doc: OrganizationDocument): (string | number)[][] {
    return dataTableRows(orgDataTable({ doc, locale: this.locale }));
  }

  protected renderTable(doc: OrganizationDocument): TemplateResult {
    return renderOrgList({ doc, locale: this.locale });
  }

  // ------------------------------------------------------------------ handlers

  private nodeIdOf(event: Event): string | undefined {
    for (const t of event.composedPath()) {
      if (t instanceof Element && t.getAttribute('role') === 'treeitem') return t.getAttribute('data-id') ?? undefined;
      if (t === event.currentTarget) break;
    }
    return undefined;
  }

  private actionOf(event: Event): string | undefined {
    for (const t of event.composedPath()) {
      if (!(t instanceof Element)) continue;
      const action = t.getAttribute('data-action');
      if (action) return action;
      if (t.getAttribute('role') === 'treeitem') break;
    }
    return undefined;
  }

  private onClick(event: MouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const id = this.nodeIdOf(event);
    if (!id) return;
    this.activeId = id;
    this.focusPending = true;
    if (this.actionOf(event) === 'toggle') this.toggle(id, true);
    else this.select(id, true);
  }

  private onFocusIn(event: FocusEvent): void {
    const id = this.nodeIdOf(event);
    if (!id) return;
    this.treeFocused = true;
    if (id !== this.activeId) {
      this.activeId = id;
      this.tipDismissed = false;
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || next.getAttribute('role') !== 'treeitem') this.treeFocused = false;
  }

  private onPointerOver(event: PointerEvent): void {
    // Over the tooltip itself, keep it (it may be read or selected: WCAG 1.4.13 hoverable).
    for (const t of event.composedPath()) if (t instanceof Element && t.classList.contains('tooltip')) return;
    const id = this.nodeIdOf(event);
    if (id !== this.hoveredId) {
      this.hoveredId = id;
      if (id) this.tipDismissed = false;
    }
  }

  private onPointerLeave(): void {
    this.hoveredId = undefined;
  }

  private toggle(id: string, fromUser: boolean, expand?: boolean): void {
    const doc = this.doc;
    if (!doc || !indexOrganization(doc).children.has(id)) return;
    const expanded = expand ?? this.collapsed.has(id);
    if (expanded === !this.collapsed.has(id)) return;
    if (expanded) this.expand(id);
    else this.collapse(id);
    if (fromUser) {
      const body = indexOrganization(doc).byId.get(id)!;
      this.dispatchEvent(new PolicyNodeToggleEvent({ id, expanded, body: copyBody(body) }));
    }
  }

  private select(id: string, fromUser: boolean): void {
    const doc = this.doc;
    const body = doc ? indexOrganization(doc).byId.get(id) : undefined;
    if (!body) return;
    this.selectedId = id;
    this.detailsId = id;
    if (fromUser) this.dispatchEvent(new PolicyNodeSelectEvent({ id, body: copyBody(body) }));
  }

  private closeDetails(): void {
    this.detailsId = undefined;
    if (this.activeId) this.focusPending = true;
  }

  private onKeydown(event: KeyboardEvent): void {
    const id = this.nodeIdOf(event);
    const layout = this.layout;
    if (!layout) return;
    this.pointerFocus = false;
    if (event.key === 'Escape') {
      if (!this.tipDismissed && (this.hoveredId ?? id)) {
        this.tipDismissed = true;
        event.preventDefault();
      }
      return;
    }
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '0') {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      if (event.key === '0') this.resetZoom();
      else this.zoomBy(event.key === '-' ? 1 / 1.25 : 1.25, this.view.width / 2, this.view.height / 2);
      if (this.activeId) this.panIntoView(this.activeId);
      return;
    }
    if (!id || !layout.byId.has(id)) return;
    let action = nextFocus(layout.nodes, id, event.key);
    if (!action && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && /\S/u.test(event.key)) {
      const target = this.findTypeAhead(event.key, layout.nodes.indexOf(layout.byId.get(id)!), event.timeStamp);
      if (target) action = { kind: 'focus', id: target };
    }
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'focus') {
      this.activeId = action.id;
      this.panIntoView(action.id);
    } else if (action.kind === 'expand') for (const s of action.ids) this.toggle(s, true, true);
    else if (action.kind === 'collapse') this.toggle(action.id, true, false);
    else if (action.kind === 'toggle') this.toggle(action.id, true);
    else this.select(action.id, true);
    this.focusPending = true;
    this.requestUpdate();
  }

  private findTypeAhead(key: string, from: number, now: number): string | undefined {
    const nodes = this.layout!.nodes;
    const continued = now - this.typeAhead.at < TYPE_AHEAD_MS;
    this.typeAhead = { text: (continued ? this.typeAhead.text : '') + key, at: now };
    const names = nodes.map((node) => [node.body.name, ...node.body.aliases].map(normalizeSearchText));
    const index = findTypeAhead({ names, from, prefix: normalizeSearchText(this.typeAhead.text), continued });
    return nodes[index]?.id;
  }

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    const first = this.layout?.nodes.find((n) => this.matchIds.has(n.id));
    if (first) {
      event.preventDefault();
      this.focusNode(first.id);
      this.panIntoView(first.id);
    }
  }

  private onZoomButton(event: Event): void {
    const kind = (event.currentTarget as HTMLElement).dataset.zoom;
    if (kind === 'fit') this.resetZoom();
    else this.zoomBy(kind === 'in' ? 1.25 : 1 / 1.25, this.view.width / 2, this.view.height / 2);
  }

  private resetZoom(): void {
    this.userZoomed = false;
    this.overview = true;
    this.fitView();
  }

  private zoomBy(factor: number, cx: number, cy: number): void {
    const layout = this.layout;
    if (!layout) return;
    const next = zoomAt(this.view, { factor, cx, cy, minScale: MIN_SCALE, maxScale: MAX_SCALE, content: layout.bounds });
    if (next === this.view) return;
    this.userZoomed = true;
    this.view = next;
  }

  private onWheel(event: WheelEvent): void {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (event.ctrlKey || event.metaKey) {
      // Ctrl+wheel, and trackpad pinch (which browsers report as ctrl+wheel), zoom at the pointer.
      event.preventDefault();
      this.zoomBy(Math.exp(-event.deltaY / 300), event.clientX - rect.left, event.clientY - rect.top);
      return;
    }
    const pan = this.pannable;
    const dx = event.shiftKey ? event.deltaY : event.deltaX;
    const dy = event.shiftKey ? 0 : event.deltaY;
    const next = this.clampView({ ...this.view, tx: this.view.tx - (pan.x ? dx : 0), ty: this.view.ty - (pan.y ? dy : 0) });
    // At an edge the wheel scrolls the page as usual.
    if (next.tx !== this.view.tx || next.ty !== this.view.ty) {
      event.preventDefault();
      this.view = next;
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    this.pointerFocus = true;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) {
      this.drag = { x: event.clientX, y: event.clientY, tx: this.view.tx, ty: this.view.ty, moved: false };
    } else if (this.pointers.size === 2) {
      const [p, q] = [...this.pointers.values()];
      this.drag = { x: 0, y: 0, tx: this.view.tx, ty: this.view.ty, moved: true, dist: Math.hypot(p!.x - q!.x, p!.y - q!.y), k: this.view.k };
    }
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag || !this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const el = event.currentTarget as HTMLElement;
    if (this.pointers.size >= 2 && this.drag.dist) {
      const [p, q] = [...this.pointers.values()];
      const rect = el.getBoundingClientRect();
      const dist = Math.hypot(p!.x - q!.x, p!.y - q!.y);
      const factor = (this.drag.k! * dist) / this.drag.dist / this.view.k;
      this.zoomBy(factor, (p!.x + q!.x) / 2 - rect.left, (p!.y + q!.y) / 2 - rect.top);
      return;
    }
    const pan = this.pannable;
    if (!pan.x && !pan.y) return;
    const dx = event.clientX - this.drag.x;
    const dy = event.clientY - this.drag.y;
    if (!this.drag.moved && Math.hypot(dx, dy) < 5) return;
    if (!this.drag.moved) {
      this.drag.moved = true;
      el.setPointerCapture(event.pointerId);
    }
    this.view = this.clampView({ ...this.view, tx: this.drag.tx + dx, ty: this.drag.ty + dy });
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    if (this.drag?.moved && this.pointers.size === 0) {
      this.suppressClick = event.type === 'pointerup';
      this.drag = undefined;
      this.requestUpdate();
    } else if (this.pointers.size === 0) {
      this.drag = undefined;
    }
  }
}
