import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ORG_UI, type OrgUiStrings } from './words.js';
import { orgChart, orgLazy } from './index.js';
import { keepActive, revealBody } from './state.js';
import { OrgTreeController } from './tree-controller.js';
import { OrgLayoutController } from './layout-controller.js';
import type { OrganizationDocument } from '../../data/types.js';
import type { OrgOrientation } from './layout/index.js';
import { chooseCollapsedDepth, collapseBelowDepth, indexOrganization, listAncestors } from './tree-index.js';
import { numberOption } from '../../kit/keyword.js';
import { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { orgChartStyles } from './styles.js';
import { renderOrgToolbar } from './toolbar.js';
import { renderOrgView } from './view.js';
import { OrgScreenWatch } from './on-screen.js';
import type { LazyPart } from '../../kit/lazy-part.js';

let glideRegistered = false;

/**
 * The drawing's glide offsets (`--_view-from`, `--_view-back`: view.ts sets them on the chart's
 * window) registered as not inherited: the element's styles hand them down explicitly to the few
 * elements that glide, so that a new value restyles those, not the ~200 elements of the drawing
 * (1.2–1.7 ms of an expand or collapse that moves the view, at 10,000 bodies). Where the browser
 * cannot register them (or another copy of this element did) they stay inherited: the same motion.
 */
function registerGlideProperties(): void {
  if (glideRegistered || typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  glideRegistered = true;
  for (const name of ['--_view-from', '--_view-back']) {
    try {
      CSS.registerProperty({ name, syntax: '*', inherits: false });
    } catch {
      // Registered already (another copy of the element on the page).
    }
  }
}

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
    registerGlideProperties();
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

  private matchIds: ReadonlySet<string> = new Set();

  /** The part of the chart's window on the screen (motion only there: on-screen.ts). */
  private readonly screenWatch = new OrgScreenWatch(this, () => this.renderRoot.querySelector('.viewport'));
  private readonly zoom = new PanZoomController(this, { content: () => this.view.layout?.bounds, minScale: 0.2, maxScale: 2.5, gestures: orgLazy });
  /** The layout, the collapsed bodies, the text measure and the slide fit. */
  private readonly view: OrgLayoutController = new OrgLayoutController(this, {
    style: () => this.computedStyle(),
    measure: (font, size) => this.textMeasure(font, size),
    slidePreset: () => this.preset === 'slide',
    orientation: () => this.orientation,
    locale: () => this.locale,
    onSlide: () => this.preset === 'slide' && this.layoutHeight !== undefined,
    matches: () => this.matchIds,
    zoom: this.zoom,
    laidOut: (layout, doc) => {
      // Keep the roving tabindex on a visible body: the nearest visible ancestor of a hidden one.
      this.tree.activeId = keepActive({ doc, active: this.tree.activeId, drawn: layout.byId, first: layout.nodes[0]?.id });
      // The details of a body folded into a collapsed box close (its box is gone); a panel whose box
      // is still drawn is placed beside it again after the update (updated: placeOrgFloats).
      if (this.tree.detailsId && !layout.byId.has(this.tree.detailsId)) this.tree.detailsId = undefined;
      if (this.tree.activeId && this.roving.requested) this.zoom.panIntoView(layout.byId.get(this.tree.activeId));
    },
    heights: () => ({ total: this.getBoundingClientRect().height, drawing: this.zoom.view.height }),
    screen: () => this.screenWatch.screen,
  });
  private readonly tree: OrgTreeController = new OrgTreeController(this, {
    doc: () => this.doc,
    layout: () => this.view.layout,
    collapsed: () => this.view.collapsed,
    expand: (id) => this.expand(id),
    collapse: (id) => this.collapse(id),
    zoom: this.zoom,
    roving: () => this.roving,
    fit: () => this.view.fit(),
    intend: (id) => this.view.layOutAheadFor(id),
  });
  private readonly roving = new RovingFocusController(this, {
    target: () => {
      const id = this.tree.activeId;
      return id ? this.renderRoot.querySelector<SVGGElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`) : undefined;
    },
    // The box's frame (the treeitem is the box; its toggle reaches past the frame). Until the tree
    // was flat (s12) the treeitem held its whole subtree: an expand at 360 px scrolled the page by
    // 412 px to show as much of the opened subtree as the window holds.
    scroll: (item) => item.querySelector(':scope > .frame') ?? item,
  });

  /** Expands a body (and its ancestors) so that its children show. Fires no event. */
  expand(id: string): void {
    if (this.doc) this.view.setCollapsed(revealBody({ doc: this.doc, id }), false);
  }

  /** Collapses a body so that its descendants are hidden. Fires no event. */
  collapse(id: string): void {
    if (this.doc && indexOrganization(this.doc).children.has(id)) this.view.setCollapsed([id], true);
  }

  /** Expands every body (a large organisation then draws every box). Fires no event. */
  expandAll(): void {
    if (this.doc && this.view.collapsed.size > 0) this.view.replaceCollapsed(new Set());
  }

  /** Collapses every body with children, leaving only the top of each tree. Fires no event. */
  collapseAll(): void {
    if (this.doc) this.view.replaceCollapsed(collapseBelowDepth({ doc: this.doc, depth: 0 }));
  }

  /** Moves keyboard focus to a body, expanding its ancestors and panning it into view. */
  focusNode(id: string): void {
    if (!this.doc || !indexOrganization(this.doc).byId.has(id)) return;
    this.view.setCollapsed(listAncestors({ doc: this.doc, id }), false);
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
    return this.view.slide.chrome;
  }

  protected override layoutChart(_doc: OrganizationDocument, width: number, height: number | undefined): void {
    this.view.resize(width, height);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.locale;
    super.willUpdate(changed);
    const doc = this.status === 'ready' ? this.doc : undefined;
    const docChanged = this.view.use(doc);
    if (!doc) return;
    if (docChanged || changed.has('collapsedDepth')) {
      this.view.restart(numberOption(this.collapsedDepth, { name: 'policy-org-chart collapsed-depth', min: 0, fallback: 'the depth chosen for the size' }) ?? chooseCollapsedDepth({ doc }));
    }
    if (docChanged) {
      this.tree.reset(doc);
      this.zoom.reset();
    }
    if (docChanged || changed.has('search')) {
      // The search code loads on first use (search.ts in lazy.ts); an update with a query waits for it (partsToRender).
      const found = this.search ? orgLazy.value?.searchBodies({ doc, query: this.search }) : undefined;
      this.matchIds = found?.matches ?? new Set();
      this.view.names.clear();
      // A search reveals its matches: the slide fit no longer collapses on its own.
      this.view.setCollapsed(found?.reveal ?? [], false, !docChanged);
    }
    if (locale !== this.locale) this.view.names.clear();
    this.view.update();
  }

  protected override fontsChanged(): void {
    this.view.text.reset();
    super.fontsChanged();
  }

  // ------------------------------------------------------------------ render

  protected override renderToolbar(_doc: OrganizationDocument): TemplateResult {
    return renderOrgToolbar({
      ui: this.orgUi,
      layout: this.view.layout,
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
      fit: () => this.view.fit(),
    });
  }

  protected override renderChart(doc: OrganizationDocument): TemplateResult | typeof nothing {
    const { zoom, tree } = this;
    const { layout, names, entering, moving, canvasHeight, glide } = this.view;
    if (!layout) return nothing;
    return renderOrgView({ doc, layout, locale: this.locale, ui: this.orgUi, zoom, tree, names, matches: this.matchIds, entering, moving, canvasHeight, glide });
  }

  /**
   * On a slide the drawing gets the height the title, toolbar, legend and source leave, measured
   * after a render: when that moved, the chart is laid out and rendered again in this same update
   * (at most twice more; it settles, since the drawing's height changes little else), so the first
   * drawing shown, and the one `updateComplete` waits for, is the final one. A second update asked
   * for after the first (a controller's hostUpdated) drew the partnership chart's first fit, for
   * 1,048 px, before the one for the 805 px the rest leaves (Lit's change-in-update warning).
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    for (let again = 0; again < 2 && this.view.measureSlide(); again++) {
      // (The slide's measure is a layout property: willUpdate lays out for it.)
      this.willUpdate(new Map() as PropertyValues<this>);
      super.update(new Map() as PropertyValues<this>);
    }
  }

  /** Puts the tooltip and the details panel beside their boxes, inside the chart's window and the browser's. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    orgLazy.value?.placeOrgFloats(this.renderRoot as ShadowRoot, this.tree.tipId, this.tree.detailsId, this.restingRectOf);
  }

  /**
   * Where the box of drawn body `id` comes to rest on the screen (client px): its place in the
   * layout under the view (glides end there: the boxes' own, and the drawing's, which starts from
   * where the drawing was), from the chart's window, which does not move (the drawing's svg is its
   * first child, at its top left).
   */
  private readonly restingRectOf = (id: string): { x: number; y: number; width: number; height: number } | undefined => {
    const node = this.view.layout?.byId.get(id);
    const area = this.renderRoot.querySelector('.viewport');
    if (!node || !area) return undefined;
    const { k, tx, ty } = this.zoom.view;
    const at = area.getBoundingClientRect();
    return { x: at.left + tx + k * node.x, y: at.top + ty + k * node.y, width: k * node.width, height: k * node.height };
  };

  /** The text alternative: every body as nested lists (the CSV is the model's table). */
  protected override renderTable(doc: OrganizationDocument): TemplateResult | typeof nothing {
    return orgLazy.value?.renderOrgList({ doc, locale: this.locale }) ?? nothing;
  }
}
