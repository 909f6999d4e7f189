import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { nameDrawnBodies } from './describe.js';
import { ORG_UI, type OrgUiStrings } from './words.js';
import { orgChart, orgLazy } from './index.js';
import { enteringBodies, keepActive, revealBody, setCollapsed } from './state.js';
import { OrgTreeController } from './tree-controller.js';
import type { OrganizationDocument } from '../../data/types.js';
import { ORG_ORIENTATIONS, type OrgChartLayout, type OrgOrientation } from './layout/index.js';
import { chooseCollapsedDepth, collapseBelowDepth, indexOrganization, listAncestors } from './tree-index.js';
import { fontFor } from '../../kit/measure.js';
import { keyword, numberOption } from '../../kit/keyword.js';
import { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { TextMeasureController } from '../../kit/controllers/text-measure-controller.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { orgChartStyles } from './styles.js';
import { fitOrgView } from './fit.js';
import { OrgSlideState } from './slide-state.js';
import { renderOrgToolbar } from './toolbar.js';
import { renderOrgView } from './view.js';
import type { LazyPart } from '../../kit/lazy-part.js';

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

  /** The reactive properties (a static table, not decorators: no decorator code in the page; docs/size.md). */
  static override properties: PropertyDeclarations = {
    orientation: { reflect: true },
    collapsedDepth: { type: Number, attribute: 'collapsed-depth' },
    search: {},
    searchable: { type: Boolean, reflect: true },
    matchIds: { state: true, attribute: false },
  };

  constructor() {
    super(orgChart);
    // The tooltip, the details panel, the keyboard and the gestures: loaded as the reader comes to the chart (see partsToRender).
    const preload = () => void orgLazy.load().catch(() => undefined);
    this.addEventListener('pointerenter', preload, { once: true });
    this.addEventListener('focusin', preload, { once: true });
  }

  /**
   * An update that shows the tooltip or the details panel, searches, lays out on a slide (the
   * slide fit), or follows a key or gesture that came before their code, waits for it (loaded on
   * first use).
   */
  protected override partsToRender(): LazyPart<unknown>[] {
    const parts = super.partsToRender();
    const slide = this.preset === 'slide' && this.layoutHeight !== undefined;
    return slide || this.search || this.tree.tipId || this.tree.detailsId || this.tree.holding || this.zoom.holding ? [...parts, orgLazy] : parts;
  }

  /**
   * `auto` (default: the first of top-down, compact, left-right (fixed height only) and one narrow
   * column that fits the width), or one of `top-down`, `compact`, `left-right` at any width.
   */
  orientation: OrgOrientation = 'auto';

  /**
   * Bodies at this depth (0 = roots) and deeper start collapsed. By default the depth is chosen
   * so that a large organisation first shows about 80 bodies.
   */
  collapsedDepth?: number;

  /** Text to search for in names, aliases, role titles, holders and notes; matches are expanded to and highlighted. */
  search = '';

  /** Shows a search box above the chart. */
  searchable = false;

  /** Collapsed bodies; changed in place (see `setCollapsedState`), so a toggle costs no copy of the whole set. */
  private collapsed = new Set<string>();
  private matchIds: ReadonlySet<string> = new Set();

  private layout?: OrgChartLayout;
  /** Bodies that appeared in the last layout (grow out of their parent); empty on a first drawing. */
  private entering: ReadonlySet<string> = new Set();
  private stateDoc?: OrganizationDocument;
  private layoutDirty = false;
  private lastWidth = 640;
  private lastHeight?: number;
  /** With `preset="slide"` and `height`: what the chart takes beside its drawing, and whether the fit may collapse. */
  private readonly slide = new OrgSlideState();
  /** Box text is measured at 14 px and drawn at the element's font size (`--policy-font-size`, 14 by default). */
  private readonly text = new TextMeasureController(() => {
    const style = this.computedStyle();
    // Server layout (or no computed style): the CLI's metrics, at the preset's type size.
    if (!style) return { size: this.preset === 'slide' ? 20 : 14, make: () => this.textMeasure(() => '', 14) };
    const font = fontFor(this, 14);
    const size = Number.parseFloat(style.fontSize);
    return { key: font, size: Number.isFinite(size) && size > 0 ? size : 14, make: () => this.textMeasure(() => font, 14) };
  }, 14);
  private names = new Map<string, string>();
  private readonly zoom = new PanZoomController(this, { content: () => this.layout?.bounds, minScale: 0.2, maxScale: 2.5, gestures: orgLazy });
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
    this.slide.auto = false;
    this.setCollapsedState(revealBody({ doc: this.doc, id }), false);
  }

  /** Collapses a body so that its descendants are hidden. Fires no event. */
  collapse(id: string): void {
    if (!this.doc || !indexOrganization(this.doc).children.has(id)) return;
    this.slide.auto = false;
    this.setCollapsedState([id], true);
  }

  /** Expands every body (a large organisation then draws every box). Fires no event. */
  expandAll(): void {
    if (!this.doc || this.collapsed.size === 0) return;
    this.slide.auto = false;
    this.collapsed = new Set();
    this.layoutDirty = true;
    this.requestUpdate();
  }

  /** Collapses every body with children, leaving only the top of each tree. Fires no event. */
  collapseAll(): void {
    if (!this.doc) return;
    this.slide.auto = false;
    this.collapsed = collapseBelowDepth({ doc: this.doc, depth: 0 });
    this.layoutDirty = true;
    this.requestUpdate();
  }

  /** Moves keyboard focus to a body, expanding its ancestors and panning it into view. */
  focusNode(id: string): void {
    if (!this.doc || !indexOrganization(this.doc).byId.has(id)) return;
    this.slide.auto = false;
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
    return ['orientation', 'preset', 'slideChrome'];
  }

  /** Read through `layoutProperties`: a new measure of what the slide's chart takes lays out again. */
  private get slideChrome(): number {
    return this.slide.chrome;
  }

  protected override layoutChart(_doc: OrganizationDocument, width: number, height: number | undefined): void {
    this.lastWidth = width;
    this.lastHeight = height;
    this.layoutDirty = true;
    // Computed style is read here (new data, size, locale or orientation), not on every expand
    // or collapse: after a commit it forces a style recalculation of the whole drawing (~2 ms on
    // a large chart).
    this.text.update();
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
      this.slide.restart();
      this.layoutDirty = true;
    }
    if (docChanged) {
      this.layout = undefined;
      this.stateDoc = doc;
      this.tree.reset(doc);
      this.zoom.reset();
    }
    // A search reveals its matches: the slide fit no longer collapses on its own.
    if (!docChanged && changed.has('search')) this.slide.auto = false;
    if (docChanged || changed.has('search')) {
      // The search code loads on first use (search.ts in lazy.ts); an update with a query waits for it (partsToRender).
      const found = this.search ? orgLazy.value?.searchBodies({ doc, query: this.search }) : undefined;
      this.matchIds = found?.matches ?? new Set();
      this.names.clear();
      if (found) this.setCollapsedState(found.reveal, false);
    }
    if (locale !== this.locale) this.names.clear();
    if (this.layoutDirty) this.computeLayout(doc);
  }

  protected override fontsChanged(): void {
    this.text.reset();
    super.fontsChanged();
  }

  private computeLayout(doc: OrganizationDocument): void {
    this.layoutDirty = false;
    const previous = this.layout;
    if (!this.text.ready) this.text.update();
    const options = {
      doc,
      width: this.lastWidth,
      measure: this.text.measure,
      measureSize: 14,
      fontSize: this.text.size,
      orientation: keyword(this.orientation, { name: 'policy-org-chart orientation', allowed: ORG_ORIENTATIONS, fallback: 'auto' }),
      collapsed: this.collapsed,
      locale: this.locale,
    };
    const slideHeight = this.slideDrawingHeight;
    // A slide: the richest drawing that fits with text of 18 px or more (slide.ts); until the
    // reader opens or closes a body, an overview of the upper levels when the whole does not fit.
    // The fit loads on first use (lazy.ts); the update waits for it (partsToRender), so it is missing only when it failed to load.
    const fitSlide = orgLazy.value?.fitOrgSlide;
    const { layout, collapsed } =
      slideHeight === undefined || !fitSlide ? { layout: orgChart.layout({ ...options, height: slideHeight ?? this.lastHeight }), collapsed: this.collapsed } : this.slide.fit(fitSlide, options, slideHeight, this.collapsed);
    this.layout = layout;
    this.collapsed = collapsed;
    this.entering = enteringBodies(previous, layout);
    nameDrawnBodies(this.names, { doc, nodes: layout.nodes, locale: this.locale, matches: this.matchIds });
    // Keep the roving tabindex on a visible body: the nearest visible ancestor of a hidden one.
    this.tree.activeId = keepActive({ doc, active: this.tree.activeId, drawn: layout.byId, first: layout.nodes[0]?.id });
    this.fitView();
    if (this.tree.activeId && this.roving.requested) this.zoom.panIntoView(layout.byId.get(this.tree.activeId));
  }

  /** Fits the chart to the width (not below a readable scale), unless the user has zoomed. */
  private fitView(): void {
    if (!this.layout) return;
    // On a slide the window is as tall as the drawing (up to what the slide leaves), so the legend follows it.
    const slideHeight = this.slideDrawingHeight;
    const height = slideHeight === undefined ? this.lastHeight : Math.min(slideHeight, Math.ceil(this.layout.bounds.height));
    this.zoom.fit(fitOrgView(this.layout, this.lastWidth, height), height);
  }

  /** With `preset="slide"` and `height` (the whole chart's, as on a slide): the drawing's height; else undefined. */
  private get slideDrawingHeight(): number | undefined {
    return this.slide.drawingHeight(this.preset === 'slide' && this.layoutHeight !== undefined, this.lastHeight);
  }

  /** Marks `ids` collapsed or expanded; lays out again only when something changed. */
  private setCollapsedState(ids: readonly string[], collapsed: boolean): void {
    if (!setCollapsed(this.collapsed, ids, collapsed)) return;
    this.layoutDirty = true;
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ render

  protected override renderToolbar(_doc: OrganizationDocument): TemplateResult {
    return renderOrgToolbar({
      ui: this.orgUi,
      layout: this.layout,
      searchable: this.searchable,
      search: this.search,
      matches: this.matchIds,
      zoom: this.zoom,
      onSearch: (value) => (this.search = value),
      onFind: (node) => {
        this.focusNode(node.id);
        this.zoom.panIntoView(node);
      },
      onExpandAll: () => this.expandAll(),
      onCollapseAll: () => this.collapseAll(),
      fit: () => this.fitView(),
    });
  }

  protected override renderChart(doc: OrganizationDocument): TemplateResult | typeof nothing {
    const { layout, zoom, tree } = this;
    if (!layout) return nothing;
    return renderOrgView({ doc, layout, locale: this.locale, ui: this.orgUi, zoom, tree, names: this.names, matches: this.matchIds, entering: this.entering });
  }

  /** Puts the tooltip and the details panel beside their boxes, inside the chart's window and the browser's. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // On a slide: what the title, toolbar, legend and source take, for the next layout (settles
    // within 2 px: the drawing's height changes nothing else).
    if (this.slideDrawingHeight !== undefined && this.layout && this.slide.measure(this.getBoundingClientRect().height, this.zoom.view.height)) this.requestUpdate();
    orgLazy.value?.placeOrgFloats(this.renderRoot as ShadowRoot, this.tree.tipId, this.tree.detailsId);
  }

  /** The text alternative: every body as nested lists (the CSV is the model's table). */
  protected override renderTable(doc: OrganizationDocument): TemplateResult | typeof nothing {
    return orgLazy.value?.renderOrgList({ doc, locale: this.locale }) ?? nothing;
  }
}
