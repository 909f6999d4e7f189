import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { budgetDataTable, buildTreemapTable, treemapDataTable } from './table.js';
import { summarizeBudget, type BudgetSummary } from '../../data/budget-summary.js';
import type { ParseResult } from '../../data/issues.js';
import type { BudgetDocument, Locale } from '../../data/types.js';
import { PolicyCellSelectEvent } from '../../events/cell-select.js';
import { PolicyDrillEvent } from '../../events/drill.js';
import { createApproxMeasure, type MeasureText } from '../../kit/text.js';
import {
  layoutTreemap,
  TREEMAP_FONT_SIZE,
  TREEMAP_MODES,
  TREEMAP_SUPPLEMENTARY,
  type DrillTarget,
  type TreemapLayout,
  type TreemapMode,
  type TreemapSupplementary,
} from './layout/index.js';
import { canMeasureWithCanvas } from '../../kit/measure.js';
import { cssProps } from '../../kit/css-props.js';
import { keyword } from '../../kit/keyword.js';
import { dataTableRows, type DataTable } from '../../kit/data-table.js';
import { renderDataTable } from '../../kit/data-table-view.js';
import { ProgressiveRowsController } from '../../kit/controllers/progressive-rows-controller.js';
import { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { renderTreemapSvg } from './render.js';
import { renderTreemapHeader } from './header.js';
import { renderTreemapLegend } from './legend.js';
import { renderTreemapTooltip } from './tooltip.js';
import { BUDGET_UI } from './words.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { parseBudget } from '../../data/budget.js';
import { budgetTreemapStyles } from './styles.js';
import { measureBold, treemapDefaultHeight } from './sizing.js';
import { ancestorKeyIn, drillToItem, drillUp, listTreemapNav, treemapKeyAction, type TreemapNavEntry } from './state.js';

const summaries = new WeakMap<BudgetDocument, BudgetSummary>();
function summaryOf(doc: BudgetDocument): BudgetSummary {
  let s = summaries.get(doc);
  if (!s) {
    s = summarizeBudget(doc);
    summaries.set(doc, s);
  }
  return s;
}

/** One focusable thing in the tree, in reading order. */
type NavEntry = TreemapNavEntry;

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

  /** `initial` (default): initial amounts only; `with-supplementary`: 補正 drawn hatched beside them. */
  @property({ reflect: true }) supplementary: TreemapSupplementary = 'initial';

  /** `amount` (default), or `change`: labels give the change on the previous year where items have `previous`. */
  @property({ reflect: true }) mode: TreemapMode = 'amount';

  /**
   * Cells smaller than this many px² are gathered into one "N others" cell (default 784,
   * 28×28). `0` gathers nothing: every item of the view (two levels below the focus) is drawn.
   * A negative or non-numeric value falls back to the default.
   */
  @property({ type: Number, attribute: 'min-cell-area' }) minCellArea?: number;

  /** The item whose children fill the chart (drill-down); undefined for the whole budget. */
  @state() private focusId?: string;
  /** Start of the shown children when drilled into an "others" cell. */
  @state() private focusOffset = 0;
  /** The cell that takes Tab focus (roving tabindex). */
  @state() private activeKey?: string;
  /** The cell under the pointer. */
  @state() private hoverKey?: string;
  /** Whether focus is inside the tree (shows the focus ring and tooltip). */
  @state() private treeFocused = false;

  private summary?: BudgetSummary;
  private layout?: TreemapLayout;
  private measure?: MeasureText;
  /** Whether `measure` is the server layout's (approximate) one. */
  private measureServer = false;
  /** Size of drawn labels in px, from the host's font size (read with the measure). */
  private labelSize = TREEMAP_FONT_SIZE;
  private nav: NavEntry[] = [];
  private navIndex = new Map<string, NavEntry>();
  private table?: { summary: BudgetSummary; locale: Locale; title: string; table: DataTable };
  private readonly rows = new ProgressiveRowsController<readonly (string | number)[]>(this, {
    chunk: TABLE_CHUNK,
    first: 4,
    step: 8,
    active: () => this.showTable && this.table !== undefined,
  });
  private readonly roving = new RovingFocusController(this, {
    target: () => (this.activeKey ? this.shadowRoot?.querySelector<SVGGElement>(`[data-key="${CSS.escape(this.activeKey)}"]`) : null),
  });
  /** Server-rendered: a fixed prefix (ids are scoped by the shadow root), so hydration matches. */
  private readonly idPrefix = this.serverLayout ? 'tm0-' : `tm${++instances}-`;

  protected override get layoutProperties(): PropertyKey[] {
    return ['supplementary', 'mode', 'focusId', 'focusOffset', 'minCellArea', 'preset'];
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
    if (id) this.activeKey = next.activeKey;
    return true;
  }

  protected parse(input: unknown): ParseResult<BudgetDocument> {
    return parseBudget(input);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('supplementary')) {
      this.supplementary = keyword(this.supplementary, { name: 'policy-budget-treemap supplementary', allowed: TREEMAP_SUPPLEMENTARY, fallback: 'initial' });
    }
    // The preset changes the font size: read it again.
    if (changed.has('preset')) this.measure = undefined;
    if (changed.has('mode')) this.mode = keyword(this.mode, { name: 'policy-budget-treemap mode', allowed: TREEMAP_MODES, fallback: 'amount' });
    super.willUpdate(changed);
  }

  protected layoutChart(doc: BudgetDocument, width: number, height: number | undefined): void {
    const summary = summaryOf(doc);
    if (summary !== this.summary) {
      this.summary = summary;
      // A new document: keep the focus only if it still exists there.
      if (this.focusId !== undefined && !summary.items.has(this.focusId)) {
        this.focusId = undefined;
        this.focusOffset = 0;
      }
    }
    this.ensureMeasure();
    const h = height ?? treemapDefaultHeight(width);
    this.layout = layoutTreemap({
      doc,
      summary,
      width,
      height: h,
      focusId: this.focusId,
      focusOffset: this.focusOffset,
      supplementary: this.supplementary,
      mode: this.mode,
      measure: this.measure!,
      fontSize: this.labelSize,
      locale: this.locale,
      ...(this.minCellArea !== undefined && this.minCellArea >= 0 ? { minCellArea: this.minCellArea } : {}),
    });
    this.nav = listTreemapNav(this.layout);
    this.navIndex = new Map(this.nav.map((e) => [e.key, e]));
    if (this.activeKey === undefined || !this.navIndex.has(this.activeKey)) this.activeKey = this.nav[0]?.key;
  }

  protected override renderToolbar(_doc: BudgetDocument): TemplateResult | typeof nothing {
    const summary = this.summary;
    if (!summary) return nothing;
    const ui = BUDGET_UI[this.locale];
    const supp = summary.hasSupplementary
      ? html`<div class="switch" role="group" aria-label=${ui.suppGroup}>
          <span class="switch-label" aria-hidden="true">${ui.suppGroup}</span>
          <button type="button" data-supplementary="initial" aria-pressed=${this.supplementary === 'initial' ? 'true' : 'false'} @click=${this.onSwitch}>
            ${ui.initial}
          </button>
          <button
            type="button"
            data-supplementary="with-supplementary"
            aria-pressed=${this.supplementary === 'with-supplementary' ? 'true' : 'false'}
            @click=${this.onSwitch}
          >
            ${ui.withSupp}
          </button>
        </div>`
      : nothing;
    const mode = summary.hasPrevious
      ? html`<div class="switch" role="group" aria-label=${ui.modeGroup}>
          <span class="switch-label" aria-hidden="true">${ui.modeGroup}</span>
          <button type="button" data-mode="amount" aria-pressed=${this.mode === 'amount' ? 'true' : 'false'} @click=${this.onSwitch}>${ui.amount}</button>
          <button type="button" data-mode="change" aria-pressed=${this.mode === 'change' ? 'true' : 'false'} @click=${this.onSwitch}>${ui.change}</button>
        </div>`
      : nothing;
    return html`${supp}${mode}`;
  }

  protected renderChart(doc: BudgetDocument): TemplateResult | typeof nothing {
    const layout = this.layout;
    if (!layout) return nothing;
    const ui = BUDGET_UI[this.locale];
    const title = doc.title ?? ui.untitled;
    const focusedKey = this.treeFocused ? this.activeKey : undefined;
    const tipKey = this.hoverKey ?? focusedKey;
    const tip = tipKey ? this.navIndex.get(tipKey) : undefined;
    const highlightId = tip?.ref?.originalId;
    const ring = focusedKey ? this.navIndex.get(focusedKey) : undefined;
    const ringRect = ring?.cell ?? ring?.ref;
    const highlighted = highlightId ? layout.cells.find((c) => c.kind === 'item' && c.id === highlightId) : undefined;
    const viewKey = `${layout.focus.id ?? ''}|${layout.focus.offset}`;
    return html`
      ${renderTreemapHeader({ layout, summary: this.summary, locale: this.locale, ui, onTopItem: this.onTopItem, onCrumb: this.onCrumb })}
      <div
        class="stage"
        style=${cssProps({ height: `${layout.height}px` })}
        @click=${this.onClick}
        @keydown=${this.onKeydown}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${keyed(
          viewKey,
          renderTreemapSvg({
            layout,
            locale: this.locale,
            label: `${ui.treeLabel(title)}（${ui.keys}）`,
            activeKey: this.activeKey,
            highlightId,
            idPrefix: this.idPrefix,
            overlay: svg`${highlighted
              ? svg`<rect class="highlight-ring" x=${highlighted.x + 1.5} y=${highlighted.y + 1.5} width=${Math.max(0, highlighted.width - 3)} height=${Math.max(0, highlighted.height - 3)}></rect>`
              : nothing}${ringRect
              ? svg`<rect class="focus-ring" x=${ringRect.x + 1.5} y=${ringRect.y + 1.5} width=${Math.max(0, ringRect.width - 3)} height=${Math.max(0, ringRect.height - 3)}></rect>`
              : nothing}`,
          }),
        )}
        ${tip ? renderTreemapTooltip({ entry: tip, layout, locale: this.locale, ui }) : nothing}
      </div>
      ${renderTreemapLegend({ layout, ui, idPrefix: this.idPrefix })}
    `;
  }

  /** Every item in document order, with figures in whole yen (spreadsheets add them up). */
  protected override csvRows(doc: BudgetDocument): (string | number)[][] {
    return dataTableRows(budgetDataTable({ summary: this.summary ?? summaryOf(doc), locale: this.locale }));
  }

  protected renderTable(doc: BudgetDocument): TemplateResult | typeof nothing {
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
    const rows = this.rows;
    rows.use(table.rows, this.serverLayout);
    return html`${renderDataTable(table, { chunks: { size: TABLE_CHUNK, count: rows.chunks.length, shown: rows.shown }, noteClass: 'editor-note' })}
      <p class="table-progress" role="status">${rows.busy ? ui.tableProgress(rows.shownRows, table.rows.length) : ''}</p>`;
  }

  // ------------------------------------------------------------------ private

  private ensureMeasure(): void {
    // Read the font once: getComputedStyle forces a style pass over thousands of SVG nodes.
    if (this.measure && this.measureServer === this.serverLayout) return;
    this.measureServer = this.serverLayout;
    if (this.serverLayout) {
      // As the CLI measures (charts/budget/index.ts), so the server's drawing is the file's.
      this.labelSize = this.preset === 'slide' ? 18 : TREEMAP_FONT_SIZE;
      this.measure = measureBold(createApproxMeasure(TREEMAP_FONT_SIZE));
      return;
    }
    const style = this.isConnected ? this.computedStyle() : undefined;
    const family = style?.fontFamily ?? '';
    const size = style ? Number.parseFloat(style.fontSize) : NaN;
    // Labels are 2 px under the text around the chart: 12 px on a page (14 px), 18 px on a slide (20 px).
    this.labelSize = Number.isFinite(size) && size > 0 ? Math.max(TREEMAP_FONT_SIZE, Math.round(size) - 2) : TREEMAP_FONT_SIZE;
    const font = `${TREEMAP_FONT_SIZE}px ${family || "'Noto Sans CJK JP', sans-serif"}`;
    const measure = this.textMeasure(() => font, TREEMAP_FONT_SIZE);
    this.measure = canMeasureWithCanvas() ? measureBold(measure) : measure;
  }

  protected override fontsChanged(): void {
    this.measure = undefined;
    super.fontsChanged();
  }

  private entryFromEvent(event: Event): NavEntry | undefined {
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.hasAttribute('data-key')) return this.navIndex.get(target.getAttribute('data-key')!);
    }
    return undefined;
  }

  private moveTo(key: string | undefined): void {
    if (!key) return;
    this.activeKey = key;
    this.roving.request();
  }

  /** Activates an entry: select, then drill (or go to a re-listed item's original). */
  private activate(entry: NavEntry, fromPointer: boolean): void {
    const id = entry.ref ? entry.ref.id : entry.cell?.id;
    const s = id ? this.summary?.items.get(id) : undefined;
    this.dispatchEvent(
      new PolicyCellSelectEvent({
        ...(s ? { id: s.id } : entry.cell?.id ? { id: entry.cell.id } : {}),
        ...(s && (entry.cell?.kind === 'item' || entry.ref) ? { path: s.path } : {}),
        ids: s ? [...s.ancestors, s.id] : [],
        kind: entry.ref ? entry.ref.kind : entry.cell!.kind,
      }),
    );
    if (entry.ref?.kind === 'relist' && entry.ref.originalId) {
      this.go({ ...(entry.ref.drill?.id !== undefined ? { id: entry.ref.drill.id } : {}), offset: 0 }, 'down', entry.ref.originalId);
      return;
    }
    let target: DrillTarget | undefined = entry.cell?.drill ?? entry.ref?.drill;
    // A click on a small cell inside a pillar opens the pillar.
    if (!target && fromPointer && entry.parentKey) {
      const parent = this.navIndex.get(entry.parentKey)?.cell;
      if (parent?.drill) target = parent.drill;
    }
    if (target) this.go(target, 'down', entry.key);
  }

  private go(target: DrillTarget, direction: 'down' | 'up', activeKey?: string): void {
    const id = target.id;
    if (id === this.focusId && target.offset === this.focusOffset) {
      if (activeKey) this.moveTo(activeKey);
      return;
    }
    this.focusId = id;
    this.focusOffset = target.offset;
    this.activeKey = activeKey;
    this.roving.request();
    const s = id !== undefined ? this.summary?.items.get(id) : undefined;
    this.dispatchEvent(
      new PolicyDrillEvent({
        ...(s ? { id: s.id, path: s.path } : {}),
        ids: s ? [...s.ancestors, s.id] : [],
        offset: target.offset,
        direction,
      }),
    );
  }

  private onSwitch = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const supp = button.dataset.supplementary;
    const mode = button.dataset.mode;
    if (supp === 'initial' || supp === 'with-supplementary') this.supplementary = supp;
    if (mode === 'amount' || mode === 'change') this.mode = mode;
  };

  /** A top-level item chosen in the list: one level down, into that item. */
  private onTopItem = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.top;
    const item = this.layout?.topItems.find((t) => t.id === id);
    if (item?.drill) this.go(item.drill, 'down', undefined);
  };

  private onCrumb = (event: Event): void => {
    const i = Number((event.currentTarget as HTMLElement).dataset.crumb);
    const crumb = this.layout?.breadcrumbs[i];
    if (!crumb) return;
    const from = this.focusId;
    this.go({ ...(crumb.id !== undefined ? { id: crumb.id } : {}), offset: crumb.offset }, 'up', undefined);
    // Land on the cell we came out of, when it is in the new view.
    if (from !== undefined && this.summary) this.activeKey = ancestorKeyIn(this.summary, from, crumb.id);
  };

  private onClick = (event: MouseEvent): void => {
    const entry = this.entryFromEvent(event);
    if (!entry) return;
    this.activeKey = entry.key;
    this.activate(entry, true);
  };

  private onPointerOver = (event: PointerEvent): void => {
    this.hoverKey = this.entryFromEvent(event)?.key;
  };

  private onPointerLeave = (): void => {
    this.hoverKey = undefined;
  };

  private onFocusIn = (event: FocusEvent): void => {
    const entry = this.entryFromEvent(event);
    if (entry) {
      this.treeFocused = true;
      if (entry.key !== this.activeKey) this.activeKey = entry.key;
    }
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || !this.shadowRoot?.contains(next) || !next.hasAttribute('data-key')) this.treeFocused = false;
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const entry = this.activeKey ? this.navIndex.get(this.activeKey) : undefined;
    if (!entry) return;
    const action = treemapKeyAction(this.nav, entry.key, event.key);
    let handled = action !== undefined;
    if (action?.kind === 'focus') this.moveTo(action.key);
    else if (action?.kind === 'activate') this.activate(entry, false);
    else if (action?.kind === 'up') {
      // Up one level: from an "others" view to its item, from an item to its parent.
      const up = this.summary ? drillUp(this.summary, { focusId: this.focusId, focusOffset: this.focusOffset }) : undefined;
      if (up) this.go(up.target, 'up', up.activeKey);
      handled = up !== undefined;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-budget-treemap': PolicyBudgetTreemap;
  }
}
