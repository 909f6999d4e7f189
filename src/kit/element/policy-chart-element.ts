import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataSourceController, DEFAULT_SRC_TIMEOUT, type SourceState } from '../controllers/data-source-controller.js';
import { resolveLocale } from '../controllers/locale.js';
import { FontController } from '../controllers/font-controller.js';
import { SizeController } from '../controllers/size-controller.js';
import { clearCanvasMeasures, createCanvasMeasure, fontFor } from '../measure.js';
import { createTableMeasure, decodeAdvances, fontMatchesAdvances, serverFontMeasure, type AdvanceTable } from '../font-metrics.js';
import { createApproxMeasure, type MeasureText } from '../text.js';
import { faultDetail } from '../../data/guard.js';
import type { Issue, ParseResult } from '../../data/issues.js';
import type { ChartDocument, Locale } from '../../data/types.js';
import { PolicyDataErrorEvent } from '../../events/data-error.js';
import { PolicyEnvironmentErrorEvent } from '../../events/environment-error.js';
import type { SlideSize } from '../../export/pptx.js';
import { baseStyles } from './base.styles.js';
import { ELEMENT_UI, type ElementUiWords } from './words.js';
import { keyword } from '../keyword.js';
import type { ElementModel } from '../chart-model.js';
import type { LazyPart } from '../lazy-part.js';

/** The export code (SVG framing, PNG, PowerPoint), loaded on the first export, not with the chart. */
const loadExport = () => import('../../export/index.js');

/**
 * The issue messages (every chart's, both locales), loaded when an element first has a problem
 * to show, not with the chart: a chart that draws never needs them.
 */
let messages: Pick<typeof import('../../format/messages/index.js'), 'formatIssue'> | undefined;
let messagesLoading: Promise<void> | undefined;
const loadMessages = (): Promise<void> =>
  (messagesLoading ??= import('../../format/messages/index.js').then(
    (m) => void (messages = m),
    (error: unknown) => {
      // Offline or blocked: the reader still gets each problem's path and code.
      console.error(error);
      messages = { formatIssue: (issue: Issue) => (issue.path ? `${issue.path}: ${issue.code}` : issue.code) };
    },
  ));

/** The states every chart element goes through. */
export const CHART_STATUSES = ['empty', 'loading', 'error', 'ready'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];

/** Allowed values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** Type presets: `page` (the page's type, 14 px by default) or `slide` (20 px, for a 1920×1080 slide). */
export const PRESETS = ['page', 'slide'] as const;
/** A type preset. */
export type Preset = (typeof PRESETS)[number];


/**
 * The embedding contract every chart element shares (the internal base of
 * `<policy-org-chart>`, `<policy-budget-treemap>` and `<policy-effect-chart>`).
 *
 * - Data from the `data` property, from `src` (fetched; a new `src` aborts the old request,
 *   disconnecting aborts), or from a child `<script type="application/json">`, in that order.
 * - States `loading`, `empty`, `error`, `ready`, reflected in the `status` attribute. In the
 *   error state the localised issues are shown in `part="error"` and `policy-data-error` fires.
 * - Locale from `lang` on the element or its nearest ancestor; `ja` by default.
 * - Size from the container, measured by a ResizeObserver before layout; `height` fixes the
 *   height of the drawing; `width` is the width laid out for before the element can measure
 *   itself (on the server, and for the render that hydrates server-rendered markup).
 * - Server rendering: under `@lit-labs/ssr` the element lays out for `width` with approximate
 *   font metrics (those of the CLI) and renders declarative shadow DOM; in the browser,
 *   `@lit-labs/ssr-client` hydrates it with the same layout, then the element measures its
 *   real width and fonts and lays out again only if they differ. When web fonts finish loading
 *   (`document.fonts`), text is measured and laid out again.
 * - A missing browser feature is an environment fault, not a data error: the element falls
 *   back (approximate metrics, a default width), warns once and fires `policy-environment-error`.
 *
 * A subclass hands its chart's model to the constructor (`super(orgChart)`): the base parses
 * with `model.parse`, sizes with `model.defaultHeight`, and derives the table alternative and
 * the CSV from `model.tableCode` (loaded on first use). The subclass overrides `layoutChart` (one call to `model.layout`,
 * made from `willUpdate` when the document, size or options change) and `renderChart` (one call
 * to `model.render`), and `renderTable` when its text alternative is not a table.
 *
 * @fires policy-data-error - The data cannot be drawn; detail `{ issues, messages }`.
 * @fires policy-environment-error - A browser feature the element uses is missing; detail `{ api, message }`.
 * @csspart figure - The whole chart.
 * @csspart title - The document's title.
 * @csspart description - The document's description.
 * @csspart toolbar - Controls above the chart (table toggle and chart options).
 * @csspart table-toggle - The button that shows or hides the table alternative.
 * @csspart export - The export buttons (SVG, PNG, PowerPoint, CSV), shown with `exportable`.
 * @csspart export-error - Why the last save failed (shown until the next save).
 * @csspart chart - The drawing.
 * @csspart table - The table alternative.
 * @csspart source - The source line under the chart.
 * @csspart error - The list of problems in the data.
 * @csspart status - The loading and empty messages.
 * @cssproperty --policy-color-text - Text colour.
 * @cssproperty --policy-color-background - Background colour.
 * @cssproperty --policy-color-accent - Accent colour (selection, links).
 * @cssproperty --policy-color-focus - Focus ring colour.
 * @cssproperty --policy-font-family - Font family.
 * @cssproperty --policy-font-size - Base font size.
 * @cssproperty --policy-color-muted - Secondary text (description, source, notes).
 * @cssproperty --policy-color-border - Borders of buttons and table cells.
 * @cssproperty --policy-color-error - Border and heading of the list of data problems.
 * @cssproperty --policy-motion-duration - Length of animations (0ms with reduced motion).
 */
export class PolicyChartElement<TDoc extends ChartDocument> extends LitElement {
  static override styles = baseStyles;

  /** The chart's pure parts: parse, table, default height (src/charts/<chart>/index.ts). */
  protected readonly model: ElementModel<TDoc>;

  constructor(model: ElementModel<TDoc>) {
    super();
    this.model = model;
  }

  /** The chart's JSON document (takes precedence over `src` and a child script). */
  @property({ attribute: false }) data: unknown;

  /** URL of the chart's JSON document. */
  @property({ reflect: true }) src?: string;

  /** Seconds a `src` request may take before the chart shows a time-out message (default 30). */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout?: number;

  /**
   * Width in CSS pixels to lay out for until the element can measure its own: when rendered on
   * the server, for the first render that hydrates it, and while it is not displayed (default 640).
   */
  @property({ type: Number }) width?: number;

  /** Height of the drawing in CSS pixels; by default the chart takes the height it needs. */
  @property({ type: Number, reflect: true }) height?: number;

  /** `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: Theme = 'light';

  /**
   * `page` (default) or `slide`: type sized for a projected 1920×1080 slide (20 px base, so no
   * drawn text is under 18 px). Type never grows with the width; this and `--policy-font-size`
   * are the ways to make it larger.
   */
  @property({ reflect: true }) preset: Preset = 'page';

  /** The current state: `empty`, `loading`, `error` or `ready`. */
  @property({ reflect: true }) status: ChartStatus = 'empty';

  /** Whether the table alternative is shown. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** Shows buttons that save the chart as SVG, PNG, PowerPoint and CSV (for slides and spreadsheets). */
  @property({ type: Boolean, reflect: true }) exportable = false;

  /** The parsed document, once valid. */
  @state() protected doc?: TDoc;

  /** Problems with the current input; non-empty in the error state. */
  @state() protected issues: Issue[] = [];

  /** Why the last export failed, shown next to the export buttons. */
  @state() private exportError?: string;
  /** The issue messages being loaded for an error (see `fail`). */
  private messagesPending?: Promise<void>;

  /** The element's locale (`lang` here or on an ancestor). */
  protected locale: Locale = 'ja';

  protected readonly size = new SizeController(this);
  protected readonly source = new DataSourceController(this);
  protected readonly fonts = new FontController(this, () => this.fontsChanged());

  /**
   * Whether this update lays out as the server did (the `width` attribute, the server's font
   * metrics: kit/font-metrics): true on the server, and in the browser for the first update of an element whose
   * shadow root came with the page (declarative shadow DOM), so that hydration finds the same
   * drawing. Subclasses choose their text measure with it.
   */
  protected serverLayout = isServer || (this.shadowRoot?.childNodes.length ?? 0) > 0;
  /** The advances the server measured with (`data-policy-metrics`); null when there are none. */
  private serverAdvances?: AdvanceTable | null;
  /** Whether the last measure made agreed with the server's advances (then no re-layout after hydration). */
  private fontsMatchServer = false;
  /** The type size at which the page's font was found to match the server's advances. */
  private matchedSize?: number;
  private reported = new Set<string>();

  private lastOrigin: unknown = undefined;
  /** The input the current document was parsed from (the PowerPoint writer parses it again). */
  private input: unknown = undefined;
  private layoutKey = '';

  /**
   * Lays the document out for `width` and `height` (the `height` attribute, else the model's
   * default height, else undefined: the chart takes the height it needs). Called from
   * `willUpdate` when the document, size, locale or a property listed in `layoutProperties`
   * changes. Subclasses call their model's `layout` here.
   */
  protected layoutChart(_doc: TDoc, _width: number, _height: number | undefined): void {}

  /** The drawing, from the layout made in `layoutChart` (subclasses call their model's `render`). */
  protected renderChart(_doc: TDoc): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * The table alternative: the model's table, every datum included. Its code is loaded on first
   * use (`model.tableCode`); an update that shows the table waits for it ({@link partsToRender}).
   */
  protected renderTable(doc: TDoc): TemplateResult | typeof nothing {
    const code = this.model.tableCode.value;
    return code ? code.renderDataTable(code.table({ doc, locale: this.locale })) : nothing;
  }

  /**
   * The parts loaded on first use (kit/lazy-part.ts) that the next update renders: it waits for
   * them, so nothing shows half-drawn and `updateComplete` waits too. The table code while the
   * table is shown (and on the server and while hydrating, where the table is in the page).
   * Subclasses add theirs (and call super).
   */
  protected partsToRender(): LazyPart<unknown>[] {
    return this.showTable || this.serverLayout ? [this.model.tableCode] : [];
  }

  /** Starts loading the table code when the reader moves to the toggle (pointer or keyboard), so the table shows at once. */
  private readonly preloadTable = (): void => void this.model.tableCode.load().catch(() => undefined);

  /**
   * Holds an update until the parts it renders are loaded ({@link partsToRender}). Before the
   * first drawing the element is `loading` meanwhile. On the server the parts are loaded before
   * rendering (src/ssr/render-element.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const missing = isServer ? [] : this.partsToRender().filter((part) => part.value === undefined);
    if (missing.length === 0) return super.scheduleUpdate();
    if (!this.hasUpdated && this.status === 'empty') this.status = 'loading';
    return Promise.all(missing.map((part) => part.load())).then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        // Offline or blocked: the element still draws; the part is tried again on the next update.
        console.error(error);
        return super.scheduleUpdate();
      },
    );
  }

  /** Extra controls for the toolbar. */
  protected renderToolbar(_doc: TDoc): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * A standalone SVG document of the chart as shown, framed as the CLI's files are (title,
   * description, legend, notes, 出典). The export code is loaded on the first call. Rejects unless
   * the chart is ready.
   */
  async toSVG(): Promise<string> {
    const { exportSVG } = await loadExport();
    return exportSVG(this);
  }

  /**
   * A PNG of the framed chart (as {@link toSVG}) at `scale` device pixels per CSS pixel, with
   * the page's web fonts embedded. Rejects unless the chart is ready.
   */
  async toPNG(scale = 2): Promise<Blob> {
    const { exportPNG } = await loadExport();
    return exportPNG(this, { scale });
  }

  /**
   * A one-slide PowerPoint deck of the document, in native shapes an author can edit. The writer
   * is loaded on the first call. Rejects unless the chart is ready.
   */
  async toPPTX(slide: SlideSize = '16:9'): Promise<Blob> {
    if (this.status !== 'ready') throw new Error(`toPPTX: <${this.localName}> is ${this.status}, not ready`);
    const { exportPPTX } = await loadExport();
    return exportPPTX(this.input, { locale: this.locale, slide });
  }

  /**
   * The chart's data as CSV with a byte order mark for spreadsheets; `''` when not ready. The
   * table code is loaded on the first call.
   */
  async toCSV(): Promise<string> {
    const { doc, locale } = this;
    if (!doc) return '';
    const code = await this.model.tableCode.load();
    return code.tableCSV(code.table({ doc, locale }));
  }

  /** Properties whose change requires a new layout. */
  protected get layoutProperties(): PropertyKey[] {
    return [];
  }

  /** The width layout uses: the measured width, or a default before the first measurement. */
  protected get layoutWidth(): number {
    const given = Number.isFinite(this.width) && this.width! > 0 ? this.width! : undefined;
    if (this.serverLayout) return given ?? 640;
    return this.size.width || given || 640;
  }

  /**
   * Called when web fonts finish loading or the element's computed font changes: drops what was
   * measured and lays out again. Subclasses that keep a measure override it (and call super).
   */
  protected fontsChanged(): void {
    clearCanvasMeasures();
    // Measuring with the server's advances, and the page's font still gives them: the layout
    // would be the same (a later font, e.g. for the table's text, changes nothing drawn).
    if (this.fontsMatchServer && this.serverAdvances && this.matchedSize !== undefined && !this.serverLayout) {
      try {
        if (fontMatchesAdvances(this.serverAdvances, this.matchedSize, createCanvasMeasure(fontFor(this, this.matchedSize)))) return;
      } catch {
        // Fall through: lay out again.
      }
    }
    this.layoutKey = '';
    this.requestUpdate();
  }

  /**
   * The element's computed style, or `undefined` for a server layout (no style there) and where
   * `getComputedStyle` is missing (reported as an environment fault).
   */
  protected computedStyle(): CSSStyleDeclaration | undefined {
    if (this.serverLayout) return undefined;
    if (typeof getComputedStyle !== 'function') {
      this.reportEnvironment('getComputedStyle', new ReferenceError('getComputedStyle is not defined'));
      return undefined;
    }
    return getComputedStyle(this);
  }

  /**
   * The measure of text set in `font()` (a CSS font shorthand at `sizePx`). On the server: the
   * advances of the font file installed by src/ssr (the approximate metrics without one). In
   * the browser, for a server-rendered element: the server's advances when the page's font
   * gives the same widths, so the server's layout is the browser's; while hydrating with
   * another font, still the server's table (hydration must find the same drawing). Otherwise a
   * canvas; the approximate metrics where no canvas exists (reported as an environment fault).
   */
  protected textMeasure(font: () => string, sizePx: number): MeasureText {
    if (isServer) return serverFontMeasure(sizePx) ?? createApproxMeasure(sizePx);
    // A server-rendered element carries the advances the server measured with (kit/font-metrics).
    this.serverAdvances ??= decodeAdvances(this.getAttribute('data-policy-metrics')) ?? null;
    const table = this.serverAdvances;
    if (table) {
      try {
        // The page's own font, even while hydrating: when it gives every character the server's
        // width, measuring as the server did (per-character sums) is measuring the page's font.
        const charWidth = createCanvasMeasure(fontFor(this, sizePx));
        if (fontMatchesAdvances(table, sizePx, charWidth)) {
          this.fontsMatchServer = true;
          this.matchedSize = sizePx;
          return createTableMeasure(table, sizePx, charWidth);
        }
      } catch {
        // No canvas or computed style: the table (hydrating) or the fallback below reports it.
      }
      this.fontsMatchServer = false;
      if (this.serverLayout) return createTableMeasure(table, sizePx);
    } else if (this.serverLayout) {
      return createApproxMeasure(sizePx);
    }
    try {
      return createCanvasMeasure(font());
    } catch (error) {
      this.reportEnvironment('canvas', error);
      return createApproxMeasure(sizePx);
    }
  }

  /**
   * Reports a missing browser feature (once per feature): a console warning and
   * `policy-environment-error`. The caller falls back; readers are not shown a data error.
   */
  protected reportEnvironment(api: string, error: unknown): void {
    if (this.reported.has(api)) return;
    this.reported.add(api);
    const message = faultDetail(error);
    console.warn(`<${this.localName}>: ${api} is not available (${message}); drawing with a fallback`);
    if (!isServer) void this.updateComplete.then(() => this.dispatchEvent(new PolicyEnvironmentErrorEvent({ api, message })));
  }

  /**
   * The height layout uses: the `height` attribute when it is a positive number; otherwise
   * `undefined` (the chart takes the height it needs). `height=""` reads as 0 and means unset.
   */
  protected get layoutHeight(): number | undefined {
    return Number.isFinite(this.height) && this.height! > 0 ? this.height : undefined;
  }

  /** UI strings in the element's locale. */
  protected get ui(): ElementUiWords {
    return ELEMENT_UI[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The styles read these attributes; an unknown value draws as the default, said once.
    if (changed.has('theme')) keyword(this.theme, { name: `${this.localName} theme`, allowed: THEMES, fallback: 'light' });
    if (changed.has('preset')) keyword(this.preset, { name: `${this.localName} preset`, allowed: PRESETS, fallback: 'page' });
    if (changed.has('srcTimeout')) {
      const seconds = this.srcTimeout;
      this.source.timeout = seconds !== undefined && seconds > 0 ? seconds * 1000 : DEFAULT_SRC_TIMEOUT;
    }
    if (changed.has('src')) this.source.setSource(this.src);
    this.locale = resolveLocale(this);

    const fromData = this.data !== undefined && this.data !== null;
    const origin = fromData ? this.data : this.source.state;
    if (origin !== this.lastOrigin) {
      this.lastOrigin = origin;
      if (fromData) this.accept(this.data);
      else this.acceptSource(this.source.state);
    }

    if (this.status === 'ready' && this.doc) {
      const extra = this.layoutProperties.map((p) => String((this as Record<PropertyKey, unknown>)[p])).join('|');
      const key = `${this.layoutWidth}|${this.layoutHeight ?? ''}|${this.locale}|${extra}`;
      if (key !== this.layoutKey) {
        this.layoutKey = key;
        try {
          this.layoutChart(this.doc, this.layoutWidth, this.layoutHeight ?? this.model.defaultHeight(this.layoutWidth));
        } catch (error) {
          // A missing global (a browser API absent here) is the environment's fault, not the
          // data's: report it as such. Any other throw is a layout bug, still shown to the reader.
          // The figure keeps its title, table and source; only the drawing is missing.
          if (error instanceof ReferenceError) this.reportEnvironment(error.message.split(' ')[0] ?? 'unknown', error);
          else {
            console.error(error);
            this.fail([{ code: 'layout-failed', path: '', params: { detail: String(error) } }]);
          }
        }
      }
    }
  }

  /** Also waits for the issue messages of an error being shown, so the error list is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.messagesPending) {
      await this.messagesPending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The hydrating update used the server's layout; now lay out for the real width and fonts
    // (the result is the same drawing when they match).
    // When the page's font gave the server's widths, that layout is already the browser's: it
    // is kept (a new width still lays out again, through the layout key).
    if (this.serverLayout && !isServer) {
      this.serverLayout = false;
      if (!this.fontsMatchServer) this.layoutKey = '';
      this.requestUpdate();
    }
  }

  private acceptSource(state: SourceState): void {
    if (state.status === 'failed') this.fail(state.issues);
    else if (state.status === 'loaded') this.accept(state.value);
    else {
      this.doc = undefined;
      this.issues = [];
      this.status = state.status === 'loading' ? 'loading' : 'empty';
    }
  }

  private accept(input: unknown): void {
    let result: ParseResult<TDoc>;
    try {
      result = this.model.parse(input);
    } catch (error) {
      // A parser must not throw; if one does, the reader still gets a message, not a blank.
      console.error(error);
      result = { ok: false, issues: [{ code: 'internal-error', path: '', params: { detail: faultDetail(error) } }] };
    }
    if (result.ok) {
      this.input = input;
      this.doc = result.value;
      this.issues = [];
      this.status = 'ready';
      this.layoutKey = '';
    } else {
      this.fail(result.issues);
    }
  }

  private fail(issues: Issue[]): void {
    this.doc = undefined;
    this.issues = issues;
    if (!messages) {
      // `loading` until the messages are here, then `error` with the list complete (never an
      // error box without its words); `updateComplete` waits for them.
      this.status = 'loading';
      const pending = loadMessages().then(() => {
        if (this.issues === issues) this.fail(issues);
      });
      this.messagesPending = pending;
      void pending.then(() => {
        if (this.messagesPending === pending) this.messagesPending = undefined;
      });
      return;
    }
    this.status = 'error';
    const texts = issues.map((i) => messages!.formatIssue(i, this.locale));
    // Fire after the current update, so listeners see the error part rendered.
    void this.updateComplete.then(() => {
      if (this.issues === issues) this.dispatchEvent(new PolicyDataErrorEvent({ issues, messages: texts }));
    });
  }

  protected override render(): TemplateResult {
    const { doc } = this;
    if (this.status === 'error') return this.renderError();
    if (this.status !== 'ready' || !doc) {
      return html`<p part="status" role="status">${this.status === 'loading' ? this.ui.loading : this.ui.empty}</p>`;
    }
    // The table is a named, focusable region: a wide table scrolls sideways, and keyboard users
    // must be able to scroll it (axe: scrollable-region-focusable).
    return html`
      <figure part="figure" lang=${this.locale}>
        ${doc.title ? html`<figcaption part="title">${doc.title}</figcaption>` : nothing}
        ${doc.description ? html`<p part="description">${doc.description}</p>` : nothing}
        <div part="toolbar">
          ${this.renderToolbar(doc)}
          ${this.exportable ? this.renderExport() : nothing}
          <button
            type="button"
            part="table-toggle"
            aria-expanded=${this.showTable ? 'true' : 'false'}
            aria-controls="table"
            @click=${this.toggleTable}
            @pointerenter=${this.preloadTable}
            @focus=${this.preloadTable}
          >
            ${this.showTable ? this.ui.hideTable : this.ui.showTable}
          </button>
        </div>
        <div part="chart">${this.renderChart(doc)}</div>
        ${this.serverLayout && !this.showTable
          ? // Server-rendered (and hydrating): without JavaScript the toolbar's toggle cannot work
            // (the toolbar is hidden until the element is defined), so the table is a <details>.
            html`<details part="table-details">
              <summary>${this.ui.showTable}</summary>
              <div id="table" part="table" role="region" tabindex="0" aria-label=${this.ui.tableRegion}>${this.renderTable(doc)}</div>
            </details>`
          : html`<div id="table" part="table" role="region" tabindex="0" aria-label=${this.ui.tableRegion} ?hidden=${!this.showTable}>
              ${this.showTable ? this.renderTable(doc) : nothing}
            </div>`}
        ${doc.source ? html`<p part="source">${this.ui.source}: ${doc.source}</p>` : nothing}
      </figure>
    `;
  }

  private renderError(): TemplateResult {
    return html`
      <div part="error" role="alert" lang=${this.locale}>
        <h2>${this.ui.errorTitle}</h2>
        <ul>
          ${this.issues.map((issue) => html`<li>${messages?.formatIssue(issue, this.locale)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderExport(): TemplateResult {
    return html`<span part="export" role="group" aria-label="${this.locale === 'ja' ? '保存' : 'Save'}">
      <button type="button" data-export="svg" @click=${this.onExport}>${this.ui.exportSVG}</button>
      <button type="button" data-export="png" @click=${this.onExport}>${this.ui.exportPNG}</button>
      <button type="button" data-export="pptx" @click=${this.onExport}>${this.ui.exportPPTX}</button>
      <button type="button" data-export="csv" @click=${this.onExport}>${this.ui.exportCSV}</button>
      ${this.exportError ? html`<span part="export-error" role="alert">${this.ui.exportFailed}: ${this.exportError}</span>` : nothing}
    </span>`;
  }

  private async onExport(event: Event): Promise<void> {
    const kind = (event.currentTarget as HTMLElement).dataset.export;
    const name = (this.doc?.title ?? this.localName).replace(/[\\/:*?"<>|]+/g, '_');
    this.exportError = undefined;
    try {
      const { downloadBlob } = await loadExport();
      if (kind === 'svg') downloadBlob(new Blob([await this.toSVG()], { type: 'image/svg+xml' }), `${name}.svg`);
      else if (kind === 'png') downloadBlob(await this.toPNG(), `${name}.png`);
      else if (kind === 'pptx') downloadBlob(await this.toPPTX(), `${name}.pptx`);
      else if (kind === 'csv') downloadBlob(new Blob([await this.toCSV()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } catch (error) {
      // A click has no caller to reject to: the reader is told, and the console has the detail.
      console.error(error);
      this.exportError = faultDetail(error);
    }
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }
}
