import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { budgetChart, budgetLazy, summaryOf } from './index.js';
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { BudgetDocument, Locale } from '../../data/types.js';
import {
  TREEMAP_FONT_SIZE,
  TREEMAP_FORMS,
  resolveForm,
  TREEMAP_MODES,
  type TreemapForm,
  TREEMAP_SUPPLEMENTARY,
  type TreemapLayout,
  type TreemapMode,
  type TreemapSupplementary,
} from './layout/index.js';
import { hasLaterCode } from './layout/later.js';
import { canMeasureWithCanvas } from '../../kit/measure.js';
import { keyword, numberOption } from '../../kit/keyword.js';
import type { DataTable } from '../../kit/data-table.js';
import type { ProgressiveRowsController } from '../../kit/controllers/progressive-rows-controller.js';
import { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { TextMeasureController } from '../../kit/controllers/text-measure-controller.js';
import { BUDGET_UI } from './words.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { budgetTreemapStyles } from './styles.js';
import { measureChrome, readTreemapFont, slideDrawingHeight, treemapDefaultHeight } from './sizing.js';
import { drillToItem } from './state.js';
import { TreemapNavController } from './nav-controller.js';
import { renderTreemapToolbar } from './toolbar.js';
import { renderTreemapView } from './view.js';
import { TREEMAP_WARM_UP } from './warm-up.js';
import type { LazyPart } from '../../kit/lazy-part.js';

let instances = 0;

/** Rows per table chunk, chunks rendered at once, and chunks added per later task. */
const TABLE_CHUNK = 250;

/**
 * A squarified treemap of a `"type": "budget"` document that adds up the way the ministry's
 * budgets do: area is new (counted) money, 再掲 and 内数 items take none and are shown as
 * reference marks, 補正 is hatched beside the initial amount, and declared totals that disagree
 * with their parts are flagged. Drill down by pointer or keyboard; a table lists every item.
 *
 * @summary Budget treemap with 再掲/内数/補正 semantics, drill-down and a full table alternative.
 * @fires policy-cell-select - The reader chose a cell or reference mark (click, Enter, Space); detail `{ id, path, ids, kind }`.
 * @fires policy-drill - The view moved into a cell or back out; detail `{ id, path, ids, offset, direction }`.
 * @fires policy-data-error - The data cannot be drawn; detail `{ issues, messages }`.
 * @csspart figure - The whole chart.
 * @csspart title - The document's title.
 * @csspart description - The document's description.
 * @csspart toolbar - The 補正 and year-on-year switches and the table toggle.
 * @csspart table-toggle - The button that shows or hides the table alternative.
 * @csspart total - The header line with the total (再掲・内数を除く).
 * @csspart top-items - The list of every top-level item with its declared figure and re-listed part (whole-budget view).
 * @csspart breadcrumbs - The drill-down trail.
 * @csspart chart - The drawing.
 * @csspart tooltip - The details of the hovered or focused cell.
 * @csspart legend - What hatching, marks and grouped cells mean.
 * @csspart table - The table alternative.
 * @csspart source - The source line under the chart.
 * @csspart error - The list of problems in the data.
 * @csspart status - The loading and empty messages.
 * @cssproperty --policy-color-series-1 - Fill of the first pillar (through --policy-color-series-8).
 * @cssproperty --policy-budget-treemap-cell-text - Text colour on cells (default #1a1a1a, dark on the light tints).
 * @cssproperty --policy-color-text - Text colour.
 * @cssproperty --policy-color-background - Background colour.
 * @cssproperty --policy-color-focus - Focus ring colour.
 * @cssproperty --policy-motion-duration - Drill-down animation length (0ms with reduced motion).
 * @cssproperty --policy-font-family - Font family.
 * @cssproperty --policy-font-size - Base font size.
 * @cssproperty --policy-color-muted - Secondary text: legend, source line, header notes.
 * @cssproperty --policy-color-border - Cell outlines.
 * @cssproperty --policy-color-surface - Reference marks and grouped cells.
 * @cssproperty --policy-color-warning - The ▲ mark of a declared-versus-computed mismatch.
 * @cssproperty --policy-color-accent - Selected switches and breadcrumbs.
 * @cssproperty --policy-color-error - Border and heading of the list of data problems.
 */
export class PolicyBudgetTreemap extends PolicyChartElement<BudgetDocument> {
  static override styles = [...baseStyles, budgetTreemapStyles];
  /** @internal */
  static override warmUp = TREEMAP_WARM_UP;

  /** The reactive properties (a static table, not decorators: no decorator code in the page; docs/size.md). */
  static override properties: PropertyDeclarations = {
    supplementary: { reflect: true },
    mode: { reflect: true },
    form: { reflect: true },
    minCellArea: { type: Number, attribute: 'min-cell-area' },
    focusId: { state: true, attribute: false },
    focusOffset: { state: true, attribute: false },
    slideChrome: { state: true, attribute: false },
  };

  constructor() {
    super(budgetChart);
    // The tooltip and the handlers: loaded as the reader comes to the chart (see partsToRender).
    const preload = () => void budgetLazy.load().catch(() => undefined);
    this.addEventListener('pointerenter', preload, { once: true });
    this.addEventListener('focusin', preload, { once: true });
  }

  /**
   * An update that may show the tooltip (a cell hovered or focused), or that follows an event
   * waiting for the handlers' code (nav-controller.ts), waits for that code (loaded on first use).
   */
  protected override partsToRender(): LazyPart<unknown>[] {
    const parts = super.partsToRender();
    // And so does a view of every leaf (`min-cell-area="0"`) or in change mode (their code, layout/later.ts).
    const needed = this.tree.hoverKey !== undefined || this.tree.treeFocused || this.tree.holding || this.minCellArea === 0 || this.mode === 'change';
    return needed ? [...parts, budgetLazy] : parts;
  }

  /** `initial` (default): initial amounts only; `with-supplementary`: 補正 drawn hatched beside them. */
  supplementary: TreemapSupplementary = 'initial';

  /** `amount` (default), or `change`: labels give the change on the previous year where items have `previous`. */
  mode: TreemapMode = 'amount';

  /**
   * `auto` (default): bars for a flat budget of at most five items, else the treemap; `treemap`;
   * or `bars` (one row per item, largest first). The table and keyboard are the same in both.
   */
  form: TreemapForm = 'auto';

  /**
   * Cells smaller than this many px² are gathered into one "N others" cell (default 784,
   * 28×28; two levels below the focus are shown). `0` gathers nothing and draws every item at
   * every level, down to every leaf; with 500 cells or more those that draw no text (too small
   * for a label) are drawn together and reached by the keyboard, the tooltip and the table.
   * A negative or non-numeric value falls back to the default, with one console warning.
   */
  minCellArea?: number;

  /** The item whose children fill the chart (drill-down); undefined for the whole budget. */
  private focusId?: string;
  /** Start of the shown children when drilled into an "others" cell. */
  private focusOffset = 0;

  private summary?: BudgetSummary;
  private layout?: TreemapLayout;
  /** Accessible names of the layout's cells and marks (the model's `describe`: each worded on first use, once per layout). */
  private names: ReadonlyMap<string, string> = new Map();
  /** The label measure and the size of drawn labels, from the host's font (sizing.ts). */
  private readonly text = new TextMeasureController(
    () =>
      readTreemapFont({
        server: this.serverLayout,
        slide: this.preset === 'slide',
        style: this.isConnected && !this.serverLayout ? this.computedStyle() : undefined,
        measure: (font) => this.textMeasure(() => font, TREEMAP_FONT_SIZE),
        canvas: canMeasureWithCanvas,
      }),
    TREEMAP_FONT_SIZE,
  );
  private table?: { summary: BudgetSummary; locale: Locale; title: string; table: DataTable };
  /** The table's rows in chunks; made with the table code (lazy.ts), when the table is first shown. */
  private rows?: ProgressiveRowsController<readonly (string | number)[]>;
  private readonly tree: TreemapNavController = new TreemapNavController(this, {
    summary: () => this.summary,
    layout: () => this.layout,
    view: () => ({ focusId: this.focusId, focusOffset: this.focusOffset }),
    setView: (view) => {
      this.focusId = view.focusId;
      this.focusOffset = view.focusOffset;
    },
    roving: () => this.roving,
  });
  private readonly roving = new RovingFocusController(this, {
    target: () => {
      const key = this.tree.activeKey;
      return key ? this.shadowRoot?.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`) : null;
    },
  });
  /** Server-rendered: a fixed prefix (ids are scoped by the shadow root), so hydration matches. */
  private readonly idPrefix = this.serverLayout ? 'tm0-' : `tm${++instances}-`;
  /** With `preset="slide"` and `height`: px the chart takes beside its drawing (title, header, legend). */
  private slideChrome = 0;
  /** Updates in a row caused by a new `slideChrome` (see `updated`). */
  private chromeRounds = 0;

  protected override get layoutProperties(): PropertyKey[] {
    return ['supplementary', 'mode', 'form', 'focusId', 'focusOffset', 'minCellArea', 'preset', 'slideChrome'];
  }

  /**
   * Shows the item `id`: its children when it has any, else its parent with the item focused.
   * `drillTo()` (no id) shows the whole budget. Returns false when no such item exists.
   */
  drillTo(id?: string): boolean {
    const summary = this.doc ? summaryOf(this.doc) : this.summary;
    const next = summary ? drillToItem(summary, id) : id === undefined || id === '' ? { focusOffset: 0 } : undefined;
    if (!next) return false;
    this.focusId = next.focusId;
    this.focusOffset = next.focusOffset;
    // Into an item: no cell focused yet; to a leaf: the leaf, in its parent's view.
    if (id) this.tree.activeKey = next.activeKey;
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('supplementary')) {
      this.supplementary = keyword(this.supplementary, { name: 'policy-budget-treemap supplementary', allowed: TREEMAP_SUPPLEMENTARY, fallback: 'initial' });
    }
    // The preset changes the font size: read it again.
    if (changed.has('preset')) this.text.reset();
    if (changed.has('form')) this.form = keyword(this.form, { name: 'policy-budget-treemap form', allowed: TREEMAP_FORMS, fallback: 'auto' });
    if (changed.has('mode')) this.mode = keyword(this.mode, { name: 'policy-budget-treemap mode', allowed: TREEMAP_MODES, fallback: 'amount' });
    super.willUpdate(changed);
  }

  protected override layoutChart(doc: BudgetDocument, width: number, height: number | undefined): void {
    // height: the attribute, else the model's default for the width.
    const summary = summaryOf(doc);
    if (summary !== this.summary) {
      this.summary = summary;
      // A new document: keep the focus only if it still exists there.
      if (this.focusId !== undefined && !summary.items.has(this.focusId)) {
        this.focusId = undefined;
        this.focusOffset = 0;
      }
    }
    // The bar form's code loads on first use (layout/later.ts): a budget drawn as bars, known
    // only now from its data, shows `loading` until the code is there, then is laid out.
    if (!hasLaterCode('layoutBars') && resolveForm(this.form, summary) === 'bars') {
      this.layout = undefined;
      this.layOutWhenLoaded(budgetLazy);
      return;
    }
    // Read the font once: getComputedStyle forces a style pass over thousands of SVG nodes.
    this.text.ensure(this.serverLayout ? 'server' : 'page');
    const slideHeight = height !== undefined && this.layoutHeight !== undefined && this.preset === 'slide';
    this.layout = budgetChart.layout({
      doc,
      summary,
      width,
      // On a slide, `height` is the whole chart's: the drawing gets what the header and notes leave.
      // (`height` here is the model's default when the attribute is not set: test the attribute.)
      height: slideHeight ? slideDrawingHeight(height, this.slideChrome) : (height ?? treemapDefaultHeight(width)),
      // A few bars share the slide's height rather than sit at its top.
      fillHeight: slideHeight,
      slide: this.preset === 'slide',
      focusId: this.focusId,
      focusOffset: this.focusOffset,
      supplementary: this.supplementary,
      mode: this.mode,
      form: this.form,
      measure: this.text.measure,
      fontSize: this.text.size,
      locale: this.locale,
      minCellArea: numberOption(this.minCellArea, { name: 'policy-budget-treemap min-cell-area', min: 0, fallback: 'the default (784)' }),
    });
    this.names = budgetChart.describe({ doc, layout: this.layout, locale: this.locale });
    this.tree.useLayout(this.layout);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.preset === 'slide' && this.layoutHeight !== undefined) {
      const chrome = measureChrome(this.renderRoot as ShadowRoot, this.layout?.treemapHeight, this.slideChrome);
      // The key under the drawing can grow as the drawing shrinks and shrink as it grows (thin cells,
      // marks without room for their names): after a few rounds of re-measuring only growth is taken, so it settles.
      this.chromeRounds = (changed as PropertyValues).has('slideChrome') ? this.chromeRounds + 1 : 0;
      this.slideChrome = this.chromeRounds >= 3 ? Math.max(this.slideChrome, chrome) : chrome;
    }
  }

  protected override renderToolbar(_doc: BudgetDocument): TemplateResult | typeof nothing {
    if (!this.summary) return nothing;
    return renderTreemapToolbar({
      summary: this.summary,
      ui: BUDGET_UI[this.locale],
      supplementary: this.supplementary,
      mode: this.mode,
      onSupplementary: (value) => (this.supplementary = value),
      onMode: (value) => (this.mode = value),
    });
  }

  protected override renderChart(doc: BudgetDocument): TemplateResult | typeof nothing {
    const { layout, summary } = this;
    if (!layout || !summary) return nothing;
    return renderTreemapView({ doc, layout, summary, names: this.names, locale: this.locale, tree: this.tree, idPrefix: this.idPrefix });
  }

  /** The table alternative: every item with formatted figures (the CSV, the model's table, has whole yen). */
  protected override renderTable(doc: BudgetDocument): TemplateResult | typeof nothing {
    // Loaded on first use (the base element waits for it before an update that shows the table).
    const code = budgetLazy.value;
    if (!code) return nothing;
    const { buildTreemapTable, treemapDataTable, renderDataTable, ProgressiveRowsController } = code;
    const summary = this.summary ?? summaryOf(doc);
    const ui = BUDGET_UI[this.locale];
    const title = doc.title ?? ui.untitled;
    if (!this.table || this.table.summary !== summary || this.table.locale !== this.locale || this.table.title !== title) {
      const built = buildTreemapTable({ summary, locale: this.locale, caption: ui.tableCaption(title), ...(doc.editorNotes ? { editorNotes: doc.editorNotes } : {}) });
      this.table = { summary, locale: this.locale, title, table: treemapDataTable(built) };
    }
    const { table } = this.table;
    // Tens of thousands of rows: the first chunks at once, the rest in later tasks so the page
    // stays responsive. Rendered on the server (and hydrated), the whole table is in the page.
    const rows = (this.rows ??= new ProgressiveRowsController<readonly (string | number)[]>(this, {
      chunk: TABLE_CHUNK,
      first: 4,
      step: 8,
      active: () => this.showTable && this.table !== undefined,
    }));
    rows.use(table.rows, this.serverLayout);
    return html`${renderDataTable(table, { chunks: { size: TABLE_CHUNK, count: rows.chunks.length, shown: rows.shown }, noteClass: 'editor-note' })}
      <p class="table-progress" role="status">${rows.busy ? ui.tableProgress(rows.shownRows, table.rows.length) : ''}</p>`;
  }

  protected override fontsChanged(): void {
    this.text.reset();
    super.fontsChanged();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-budget-treemap': PolicyBudgetTreemap;
  }
}
