import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { buildTreemapTable, type TreemapTable } from './table.js';
import { summarizeBudget, type BudgetSummary } from '../../data/budget-summary.js';
import type { ParseResult } from '../../data/issues.js';
import type { BudgetDocument, Locale } from '../../data/types.js';
import { PolicyCellSelectEvent } from '../../events/cell-select.js';
import { PolicyDrillEvent } from '../../events/drill.js';
import { formatPercent, formatYen } from '../../format/number.js';
import { type MeasureText } from '../../kit/text.js';
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
import { renderTreemapSvg } from './render.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { parseBudget } from '../../data/budget.js';
import { budgetTreemapStyles } from './styles.js';
import { measureBold, treemapDefaultHeight } from './sizing.js';
import { ancestorKeyIn, drillToItem, drillUp, listTreemapNav, treemapKeyAction, type TreemapNavEntry } from './state.js';

const UI = {
  ja: {
    treeLabel: (title: string) => `${title}の予算ツリーマップ（面積は新規計上額）`,
    untitled: '予算',
    crumbs: '表示中の階層',
    topItems: '全項目（スライドの記載額）',
    suppGroup: '補正',
    initial: '当初のみ',
    withSupp: '補正を含む',
    modeGroup: '表示',
    amount: '金額',
    change: '前年度比',
    view: (name: string, amount: string, share: string) => `表示中: ${name} ${amount}（全体の${share}）`,
    legendHatch: '斜線: 補正（当初とは別枠）',
    legendWarn: '記載額と内訳の計が一致しない項目',
    legendRef: '再掲（↪）・内数（◇）: 面積なし、元の項目で計上',
    legendOthers: '他N件: 小さい項目をまとめた区画（選択で内訳）',
    legendChange: '前年度比: ＋は増額、▲は減額',
    tableCaption: (title: string) => `${title}（全項目）`,
    keys: '矢印キーで移動、Enterで内訳、Escapeで戻る',
    tableProgress: (n: number, total: number) => `表を作成中（${n.toLocaleString('ja-JP')} / ${total.toLocaleString('ja-JP')}行）`,
  },
  en: {
    treeLabel: (title: string) => `${title}: budget treemap (area is new money)`,
    untitled: 'Budget',
    crumbs: 'Level shown',
    topItems: 'Every item (as declared)',
    suppGroup: 'Supplementary',
    initial: 'Initial only',
    withSupp: 'With supplementary',
    modeGroup: 'Show',
    amount: 'Amount',
    change: 'Change on previous year',
    view: (name: string, amount: string, share: string) => `Showing: ${name} ${amount} (${share} of total)`,
    legendHatch: 'Hatched: supplementary budget (separate from the initial budget)',
    legendWarn: 'Declared amount differs from the sum of its items',
    legendRef: 'Re-listed (↪) and part-of (◇) items: no area, counted at the original',
    legendOthers: 'N others: small items grouped (select to show them)',
    legendChange: 'Change on previous year: + increase, − decrease',
    tableCaption: (title: string) => `${title} (every item)`,
    keys: 'Arrow keys move, Enter opens, Escape goes back',
    tableProgress: (n: number, total: number) => `Building the table (${n.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows)`,
  },
} as const;

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
const TABLE_FIRST_CHUNKS = 4;
const TABLE_STEP_CHUNKS = 8;
/** Width of the tooltip in px. */
const TOOLTIP_WIDTH = 300;

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
  private table?: { summary: BudgetSummary; locale: Locale; title: string; table: TreemapTable; chunks: TreemapTable['rows'][] };
  /** How many table chunks are rendered (the rest follow in later tasks). */
  @state() private tableChunks = 0;
  private tableTimer: ReturnType<typeof setTimeout> | undefined;
  /** Server-rendered: a fixed prefix (ids are scoped by the shadow root), so hydration matches. */
  private readonly idPrefix = this.serverLayout ? 'tm0-' : `tm${++instances}-`;
  private pendingFocus = false;

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
    this.buildNav(this.layout);
    if (this.activeKey === undefined || !this.navIndex.has(this.activeKey)) this.activeKey = this.nav[0]?.key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.focusActive();
    }
  }

  protected override renderToolbar(_doc: BudgetDocument): TemplateResult | typeof nothing {
    const summary = this.summary;
    if (!summary) return nothing;
    const ui = UI[this.locale];
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
    const ui = UI[this.locale];
    const title = doc.title ?? ui.untitled;
    const focusedKey = this.treeFocused ? this.activeKey : undefined;
    const tipKey = this.hoverKey ?? focusedKey;
    const tip = tipKey ? this.navIndex.get(tipKey) : undefined;
    const highlightId = tip?.ref?.originalId;
    const ring = focusedKey ? this.navIndex.get(focusedKey) : undefined;
    const ringRect = ring?.cell ?? ring?.ref;
    const highlighted = highlightId ? layout.cells.find((c) => c.kind === 'item' && c.id === highlightId) : undefined;
    const lastCrumb = layout.breadcrumbs.length - 1;
    const viewKey = `${layout.focus.id ?? ''}|${layout.focus.offset}`;
    return html`
      <div class="header" part="total">
        <p class="total">${layout.totalText}</p>
        ${layout.reconcileText ? html`<p class="reconcile">${layout.reconcileText}</p>` : nothing}
        ${layout.supplementaryTotalText ? html`<p class="supp-total">${layout.supplementaryTotalText}</p>` : nothing}
        ${layout.topItems.length > 0
          ? html`<ol class="top-items" part="top-items" aria-label=${ui.topItems}>
              ${layout.topItems.map(
                (t) => html`<li>
                  ${t.drill
                    ? html`<button type="button" data-top=${t.id} @click=${this.onTopItem}>${t.number} ${t.name}</button>`
                    : html`<span class="top-name">${t.number} ${t.name}</span>`}
                  <span class="top-figure">${t.declaredText}</span>
                  ${t.relistText ? html`<span class="top-relist">（${t.relistText}）</span>` : nothing}
                </li>`,
              )}
            </ol>`
          : nothing}
        ${layout.focus.id !== undefined ? html`<p class="view-total">${this.viewText(layout)}</p>` : nothing}
        ${layout.focusNotes.map((n) => html`<p class="view-total">${n}</p>`)}
        ${layout.focusMismatch ? html`<p class="view-mismatch"><span aria-hidden="true">⚠ </span>${layout.focusMismatch.text}</p>` : nothing}
      </div>
      <nav class="crumbs" part="breadcrumbs" aria-label=${ui.crumbs}>
        <ol>
          ${layout.breadcrumbs.map((c, i) =>
            i === lastCrumb
              ? html`<li><span aria-current="location">${c.name}</span></li>`
              : html`<li>
                  <button type="button" data-crumb=${i} @click=${this.onCrumb}>${c.name}</button>
                </li>`,
          )}
        </ol>
      </nav>
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
        ${tip ? this.renderTooltip(tip, layout) : nothing}
      </div>
      ${this.renderLegend(layout)}
    `;
  }

  /** Every item in document order, with figures in whole yen (spreadsheets add them up). */
  protected override csvRows(doc: BudgetDocument): (string | number)[][] {
    const summary = this.summary ?? summaryOf(doc);
    const ja = this.locale === 'ja';
    const header = ja
      ? ['id', '親id', '名称', '区分', '記載額（円）', '計上額（円・再掲と内数を除く）', '補正（円）', '前年度（円）', '内数の元の額（円）', '備考']
      : ['id', 'parent id', 'name', 'status', 'declared (yen)', 'counted (yen, excl. relisted and part-of)', 'supplementary (yen)', 'previous year (yen)', 'part-of amount (yen)', 'note'];
    const rows: (string | number)[][] = [header];
    for (const s of summary.items.values()) {
      const status = s.relistOf
        ? `${ja ? '再掲' : 'relisted'}:${s.relistOf}`
        : s.partOf
          ? ja ? '内数' : 'part of'
          : s.partlyRelisted
            ? ja ? '一部再掲' : 'partly relisted'
            : '';
      rows.push([
        s.id,
        s.parentId ?? '',
        s.name,
        status,
        s.amount.declared ?? '',
        s.amount.counted,
        s.supplementary.declared ?? '',
        s.previous.declared ?? '',
        s.partOf?.amount ?? '',
        s.item.note ?? '',
      ]);
    }
    return rows;
  }

  protected renderTable(doc: BudgetDocument): TemplateResult | typeof nothing {
    const summary = this.summary ?? summaryOf(doc);
    const title = doc.title ?? UI[this.locale].untitled;
    if (!this.table || this.table.summary !== summary || this.table.locale !== this.locale || this.table.title !== title) {
      const table = buildTreemapTable({
        summary,
        locale: this.locale,
        caption: UI[this.locale].tableCaption(title),
        ...(doc.editorNotes ? { editorNotes: doc.editorNotes } : {}),
      });
      const chunks: TreemapTable['rows'][] = [];
      for (let i = 0; i < table.rows.length; i += TABLE_CHUNK) chunks.push(table.rows.slice(i, i + TABLE_CHUNK));
      this.table = { summary, locale: this.locale, title, table, chunks };
      // Rendered on the server (and hydrated), the whole table is in the page: no later chunks.
      this.tableChunks = this.serverLayout ? chunks.length : Math.min(chunks.length, TABLE_FIRST_CHUNKS);
    }
    const { table, chunks } = this.table;
    // Tens of thousands of rows: the first chunks at once, the rest in later tasks so the page
    // stays responsive; each chunk is built once (guard) and laid out only when scrolled into
    // view (content-visibility).
    if (this.tableChunks < chunks.length) this.scheduleTableChunks();
    const numeric = new Set(table.numeric);
    const shown = chunks.slice(0, this.tableChunks);
    const ui = UI[this.locale];
    return html`<table aria-busy=${shown.length < chunks.length ? 'true' : 'false'}>
        <caption>${table.caption}</caption>
        <thead>
          <tr>
            ${table.columns.map((c, i) => html`<th scope="col" class=${numeric.has(i) ? 'num' : ''}>${c}</th>`)}
          </tr>
        </thead>
        ${shown.map((rows) =>
          guard([rows], () => html`<tbody class=${chunks.length > 1 ? 'chunk' : ''}>
            ${rows.map(
              (r) => html`<tr>
                ${r.cells.map((c, i) =>
                  i === 1
                    ? html`<th scope="row" class=${`depth-${Math.min(r.depth, 4)}`}>${c}</th>`
                    : html`<td class=${i === 0 ? 'number' : numeric.has(i) ? 'num' : ''}>${c}</td>`,
                )}
              </tr>`,
            )}
          </tbody>`),
        )}
        <tfoot>
          <tr class="total">
            ${table.totalRow.map((c, i) => html`<td class=${numeric.has(i) ? 'num' : ''}>${c}</td>`)}
          </tr>
        </tfoot>
      </table>
      ${table.editorNotes.map((note) => html`<p class="editor-note">${note}</p>`)}
      <p class="table-progress" role="status">${
        shown.length < chunks.length ? ui.tableProgress(Math.min(table.rows.length, shown.length * TABLE_CHUNK), table.rows.length) : ''
      }</p>`;
  }

  // ------------------------------------------------------------------ private

  private scheduleTableChunks(): void {
    if (this.tableTimer !== undefined) return;
    this.tableTimer = setTimeout(() => {
      this.tableTimer = undefined;
      if (!this.showTable || !this.table) return;
      this.tableChunks = Math.min(this.table.chunks.length, this.tableChunks + TABLE_STEP_CHUNKS);
    }, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.tableTimer !== undefined) clearTimeout(this.tableTimer);
    this.tableTimer = undefined;
  }

  private viewText(layout: TreemapLayout): string {
    const s = layout.focus.id !== undefined ? this.summary?.items.get(layout.focus.id) : undefined;
    if (!s) return '';
    const share = layout.total > 0 ? s.amount.counted / layout.total : 0;
    return UI[this.locale].view(s.name, formatYen(s.amount.counted, { locale: this.locale }), formatPercent(share, { locale: this.locale }));
  }

  private renderTooltip(entry: NavEntry, layout: TreemapLayout): TemplateResult {
    const box = entry.cell ?? entry.ref!;
    const cell = entry.cell;
    const lines: (string | TemplateResult)[] = [];
    if (cell) {
      lines.push(html`<strong>${cell.name}</strong>`);
      lines.push(
        cell.kind === 'supplementary'
          ? cell.amountText
          : this.locale === 'ja'
            ? `${cell.amountText}（全体の${cell.shareText}）`
            : `${cell.amountText} (${cell.shareText} of total)`,
      );
      if (cell.supplementaryText && cell.kind !== 'supplementary') lines.push(cell.supplementaryText);
      if (cell.changeText) lines.push(cell.changeText);
      if (cell.mismatch) lines.push(html`<span class="warn">⚠ ${cell.mismatch.text}</span>`);
      lines.push(...cell.notes);
    } else if (entry.ref) {
      lines.push(html`<strong>${entry.ref.name}</strong>`);
      lines.push(entry.ref.figure ?? entry.ref.description);
      if (entry.ref.originalText) lines.push(entry.ref.originalText);
    }
    // Place it where it fits inside the drawing (the chart clips overflow): below the cell,
    // above it, or over its top. Height is estimated from the text (no DOM reads in render).
    const width = Math.min(TOOLTIP_WIDTH, layout.width);
    const perLine = Math.max(8, Math.floor(width / (this.locale === 'ja' ? 13.5 : 7.5)));
    const rows = lines.reduce<number>((n, l) => n + Math.max(1, Math.ceil((typeof l === 'string' ? l.length : 30) / perLine)), 0);
    const estimate = rows * 20 + 14;
    const left = Math.max(0, Math.min(box.x, layout.width - width));
    const below = box.y + box.height + 6;
    const top =
      below + estimate <= layout.height ? below : box.y - 6 - estimate >= 0 ? box.y - 6 - estimate : Math.max(0, Math.min(box.y + 4, layout.height - estimate));
    const style = { left: `${left}px`, top: `${top}px`, width: `${width}px` };
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${cssProps(style)}>
      ${lines.map((l) => html`<div>${l}</div>`)}
    </div>`;
  }

  private renderLegend(layout: TreemapLayout): TemplateResult | typeof nothing {
    const ui = UI[this.locale];
    const hasSupp = layout.cells.some((c) => c.supplementary > 0);
    const hasMismatch = layout.cells.some((c) => c.mismatch);
    const hasRefs = layout.rootRefs.length > 0 || layout.cells.some((c) => c.refs.length > 0);
    const hasOthers = layout.cells.some((c) => c.kind === 'others');
    const hasChange = layout.cells.some((c) => c.changeText !== undefined);
    if (!hasSupp && !hasMismatch && !hasRefs && !hasOthers && !hasChange) return nothing;
    const p = this.idPrefix;
    return html`<ul class="legend" part="legend">
      ${hasSupp
        ? html`<li>
            <svg width="18" height="14" aria-hidden="true" class="key-hatch">
              <rect class="bg" x="0.5" y="0.5" width="17" height="13"></rect>
              <rect x="0.5" y="0.5" width="17" height="13" fill=${`url(#${p}hatch)`}></rect>
            </svg>
            ${ui.legendHatch}
          </li>`
        : nothing}
      ${hasMismatch
        ? html`<li>
            <svg width="14" height="13" aria-hidden="true" class="key-warn"><path d="M7 0L14 12.5H0Z"></path></svg>${ui.legendWarn}
          </li>`
        : nothing}
      ${hasRefs ? html`<li>${ui.legendRef}</li>` : nothing}
      ${hasOthers ? html`<li>${ui.legendOthers}</li>` : nothing}
      ${hasChange ? html`<li>${ui.legendChange}</li>` : nothing}
    </ul>`;
  }

  private ensureMeasure(): void {
    // Read the font once: getComputedStyle forces a style pass over thousands of SVG nodes.
    if (this.measure && this.measureServer === this.serverLayout) return;
    this.measureServer = this.serverLayout;
    if (this.serverLayout) {
      // The server's metrics (kit/font-metrics), on the server and while hydrating.
      this.labelSize = this.preset === 'slide' ? 18 : TREEMAP_FONT_SIZE;
      this.measure = measureBold(this.textMeasure(() => '', TREEMAP_FONT_SIZE));
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

  private buildNav(layout: TreemapLayout): void {
    this.nav = listTreemapNav(layout);
    this.navIndex = new Map(this.nav.map((e) => [e.key, e]));
  }

  private entryFromEvent(event: Event): NavEntry | undefined {
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.hasAttribute('data-key')) return this.navIndex.get(target.getAttribute('data-key')!);
    }
    return undefined;
  }

  private focusActive(): void {
    if (!this.activeKey) return;
    const el = this.shadowRoot?.querySelector<SVGGElement>(`[data-key="${CSS.escape(this.activeKey)}"]`);
    el?.focus();
  }

  private moveTo(key: string | undefined): void {
    if (!key) return;
    this.activeKey = key;
    this.pendingFocus = true;
  }

  private selectEntry(entry: NavEntry): void {
    const s = this.summaryFor(entry);
    this.dispatchEvent(
      new PolicyCellSelectEvent({
        ...(s ? { id: s.id } : entry.cell?.id ? { id: entry.cell.id } : {}),
        ...(s && (entry.cell?.kind === 'item' || entry.ref) ? { path: s.path } : {}),
        ids: s ? [...s.ancestors, s.id] : [],
        kind: entry.ref ? entry.ref.kind : entry.cell!.kind,
      }),
    );
  }

  private summaryFor(entry: NavEntry) {
    const id = entry.ref ? entry.ref.id : entry.cell?.id;
    return id ? this.summary?.items.get(id) : undefined;
  }

  /** Activates an entry: select, then drill (or go to a re-listed item's original). */
  private activate(entry: NavEntry, fromPointer: boolean): void {
    this.selectEntry(entry);
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
    this.pendingFocus = true;
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

  /** Up one level: from an "others" view to its item, from an item to its parent. */
  private goUp(): boolean {
    const up = this.summary ? drillUp(this.summary, { focusId: this.focusId, focusOffset: this.focusOffset }) : undefined;
    if (!up) return false;
    this.go(up.target, 'up', up.activeKey);
    return true;
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
    const entry = this.entryFromEvent(event);
    this.hoverKey = entry?.key;
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
    else if (action?.kind === 'up') handled = this.goUp();
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
