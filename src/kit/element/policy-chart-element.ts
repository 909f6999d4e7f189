import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ExportController } from '../controllers/export-controller.js';
import { FontController } from '../controllers/font-controller.js';
import { SizeController } from '../controllers/size-controller.js';
import { clearCanvasMeasures } from '../measure.js';
import type { MeasureText } from '../text.js';
import type { ChartDocument, Locale } from '../../data/types.js';
import type { SlideSize } from '../../export/pptx.js';
import { baseStyles } from './base.styles.js';
import { ChartDataElement } from './chart-data-element.js';
import { renderChartFrame, renderChartStatus } from './frame.js';
import { PRESETS, THEMES, type Preset, type Theme } from './options.js';
import { LayoutSchedule } from './layout-schedule.js';
import { fontMetricsCode, PageMeasure } from './page-measure.js';
import { EnvironmentReport } from './reports.js';
import { skipWarmUp, type WarmUpSteps } from './warm-up.js';
import { ELEMENT_UI, type ElementUiWords } from './words.js';
import { keyword } from '../keyword.js';
import type { LazyPart } from '../lazy-part.js';

export { CHART_STATUSES, THEMES, PRESETS, type ChartStatus, type Theme, type Preset } from './options.js';

/**
 * The embedding contract every chart element shares (the internal base of
 * `<policy-org-chart>`, `<policy-budget-treemap>` and `<policy-effect-chart>`).
 *
 * - Data, states (`status`) and locale: see {@link ChartDataElement} (chart-data-element.ts).
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
 * the CSV from `model.tableCode` (loaded on first use). The subclass overrides `layoutChart`
 * (one call to `model.layout`, made from `willUpdate` when the document, size or options
 * change) and `renderChart` (one call to `model.render`), and `renderTable` when its text
 * alternative is not a table. The parts live beside the base: the input and its states
 * (chart-data-element.ts), reports of bad data and missing features (reports.ts), text measure
 * and hydration (page-measure.ts), when to lay out (layout-schedule.ts), waiting for code loaded
 * on first use (lazy-wait.ts), the exports (controllers/export-controller) and the figure around
 * the drawing (frame.ts).
 *
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
export class PolicyChartElement<TDoc extends ChartDocument> extends ChartDataElement<TDoc> {
  static override styles = baseStyles;

  /**
   * The chart's own start-up work, run once in the browser's idle time after its tag is defined
   * (warm-up.ts): its code run on a small made-up document, so that the first real chart does not run it cold.
   * @internal
   */
  static warmUp?: WarmUpSteps;

  /** The reactive properties (a static table, not decorators: no decorator code in the page; docs/size.md). */
  static override properties: PropertyDeclarations = {
    width: { type: Number },
    height: { type: Number, reflect: true },
    theme: { reflect: true },
    preset: { reflect: true },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    exportable: { type: Boolean, reflect: true },
  };

  /**
   * Width in CSS pixels to lay out for until the element can measure its own: when rendered on
   * the server, for the first render that hydrates it, and while it is not displayed (default 640).
   */
  width?: number;

  /** Height of the drawing in CSS pixels; by default the chart takes the height it needs. */
  height?: number;

  /** `light` (default), `dark`, or `auto` (follows the system). */
  theme: Theme = 'light';

  /**
   * `page` (default) or `slide`: type sized for a projected 1920×1080 slide (20 px base, so no
   * drawn text is under 18 px). Type never grows with the width; this and `--policy-font-size`
   * are the ways to make it larger.
   */
  preset: Preset = 'page';

  /** Whether the table alternative is shown. */
  showTable = false;

  /** Shows buttons that save the chart as SVG, PNG, PowerPoint and CSV (for slides and spreadsheets). */
  exportable = false;

  protected readonly size = new SizeController(this);
  protected readonly fonts = new FontController(this, () => this.fontsChanged());
  private readonly exports: ExportController<TDoc> = new ExportController<TDoc>(this, {
    fileName: () => this.doc?.title ?? this.localName,
    status: () => this.status,
    doc: () => this.doc,
    input: () => this.input,
    locale: () => this.exportLocale,
    tableCode: this.model.tableCode,
  });
  private readonly environment = new EnvironmentReport(this);
  private readonly pageMeasure = new PageMeasure(
    this,
    (api, error) => this.environment.report(api, error),
    () => this.schedule.invalidate(),
  );

  /**
   * Whether this update lays out as the server did (the `width` attribute, the server's font
   * metrics: kit/font-metrics): on the server, and for the update that hydrates server-rendered
   * markup (see {@link PageMeasure}). Subclasses choose their text measure with it.
   */
  protected get serverLayout(): boolean {
    return this.pageMeasure.serverLayout;
  }

  private readonly schedule = new LayoutSchedule();

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
   * While the table is shown, and on the server and while hydrating (the table is in the page),
   * and with the export buttons (`exportable`): the table code. An element rendered on the server (`data-policy-metrics`): the code that
   * measures with the server's font advances (page-measure.ts).
   */
  protected override partsToRender(): LazyPart<unknown>[] {
    const parts = super.partsToRender();
    if (this.showTable || this.serverLayout || this.exportable) parts.push(this.model.tableCode);
    if (this.hasAttribute('data-policy-metrics')) parts.push(fontMetricsCode);
    return parts;
  }

  /** Starts loading the table code when the reader moves to the toggle (pointer or keyboard), so the table shows at once. */
  private readonly preloadTable = (): void => void this.model.tableCode.load().catch(() => undefined);

  /** Extra controls for the toolbar. */
  protected renderToolbar(_doc: TDoc): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * A standalone SVG document of the chart as shown, framed as the CLI's files are (title,
   * description, legend, notes, 出典). The export code is loaded on the first call. Rejects unless
   * the chart is ready.
   */
  toSVG(): Promise<string> {
    return this.exports.svg();
  }

  /**
   * A PNG of the framed chart (as {@link toSVG}) at `scale` device pixels per CSS pixel, with
   * the page's web fonts embedded. Rejects unless the chart is ready.
   */
  toPNG(scale = 2): Promise<Blob> {
    return this.exports.png(scale);
  }

  /**
   * A one-slide PowerPoint deck of the document, in native shapes an author can edit. The writer
   * is loaded on the first call. Rejects unless the chart is ready.
   */
  toPPTX(slide: SlideSize = '16:9'): Promise<Blob> {
    return this.exports.pptx(slide);
  }

  /** The language of the CSV and the deck: the page's, unless the chart draws in another (the effect chart). */
  protected get exportLocale(): Locale {
    return this.locale;
  }

  /**
   * The chart's data as CSV with a byte order mark for spreadsheets; `''` when not ready. The
   * table code is loaded on the first call.
   */
  toCSV(): Promise<string> {
    return this.exports.csv();
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
   * The height layout uses: the `height` attribute when it is a positive number; otherwise
   * `undefined` (the chart takes the height it needs). `height=""` reads as 0 and means unset.
   */
  protected get layoutHeight(): number | undefined {
    return Number.isFinite(this.height) && this.height! > 0 ? this.height : undefined;
  }

  /**
   * Called when web fonts finish loading or the element's computed font changes: drops what was
   * measured and lays out again. Subclasses that keep a measure override it (and call super).
   */
  protected fontsChanged(): void {
    clearCanvasMeasures();
    // Measuring with the server's advances, and the page's font still gives them: the layout
    // would be the same (a later font, e.g. for the table's text, changes nothing drawn).
    if (this.pageMeasure.stillMatchesServer()) return;
    this.schedule.invalidate();
    this.requestUpdate();
  }

  /** The element's computed style; `undefined` for a server layout and where `getComputedStyle` is missing. */
  protected computedStyle(): CSSStyleDeclaration | undefined {
    return this.pageMeasure.style();
  }

  /** The measure of text set in `font()` (a CSS font shorthand at `sizePx`): see {@link PageMeasure.measure}. */
  protected textMeasure(font: () => string, sizePx: number): MeasureText {
    return this.pageMeasure.measure(font, sizePx);
  }

  /** UI strings in the element's locale. */
  protected get ui(): ElementUiWords {
    return ELEMENT_UI[this.locale];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The styles read these attributes; an unknown value draws as the default, said once.
    if (changed.has('theme')) keyword(this.theme, { name: `${this.localName} theme`, allowed: THEMES, fallback: 'light' });
    if (changed.has('preset')) keyword(this.preset, { name: `${this.localName} preset`, allowed: PRESETS, fallback: 'page' });
    super.willUpdate(changed);
    if (this.status === 'ready' && this.doc) this.layOut(this.doc);
  }

  /** Lays out again when the document, the size, the locale or a layout property changed. */
  private layOut(doc: TDoc): void {
    skipWarmUp((this.constructor as typeof PolicyChartElement).warmUp);
    const extra = this.layoutProperties.map((p) => String((this as Record<PropertyKey, unknown>)[p])).join('|');
    const width = this.layoutWidth;
    this.schedule.run(`${width}|${this.layoutHeight ?? ''}|${this.locale}|${extra}`, () => this.layoutChart(doc, width, this.layoutHeight ?? this.model.defaultHeight(width)), {
      environment: (api, error) => this.environment.report(api, error),
      failed: (detail) => this.fail([{ code: 'layout-failed', path: '', params: { detail } }]),
    });
  }

  /** Code a layout found it needs, while it loads ({@link layOutWhenLoaded}). */
  private codeLoading?: Promise<void>;

  /**
   * For a layout that finds, from its data, that it needs code loaded on first use (the
   * treemap's bar form, the words of an effect chart's data in English): the element shows
   * `loading` until the code is there, then lays out again; `updateComplete` waits for that.
   */
  protected layOutWhenLoaded(part: LazyPart<unknown>): void {
    this.status = 'loading';
    this.codeLoading ??= part.load().then(
      () => {
        this.codeLoading = undefined;
        // Unless something else came meanwhile (a problem in new data: `error`).
        if (this.status === 'loading') this.status = 'ready';
        this.schedule.invalidate();
        this.requestUpdate();
      },
      (error: unknown) => {
        this.codeLoading = undefined;
        this.fail([{ code: 'layout-failed', path: '', params: { detail: String(error) } }]);
      },
    );
  }

  /** Also waits for code a layout needed ({@link layOutWhenLoaded}) and the drawing made with it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.codeLoading) return done;
    await this.codeLoading;
    return this.getUpdateComplete();
  }

  /** A new document: lay it out, whatever the key. */
  protected override documentChanged(): void {
    this.schedule.invalidate();
  }

  protected override render(): TemplateResult {
    const { doc } = this;
    if (this.status === 'error') return this.issueReport.render(this.issues, this.locale, this.ui.errorTitle);
    if (this.status !== 'ready' || !doc) return renderChartStatus(this.status === 'loading', this.ui);
    return renderChartFrame({
      doc,
      locale: this.locale,
      ui: this.ui,
      toolbar: this.renderToolbar(doc),
      exports: this.exportable ? (this.model.tableCode.value?.renderExportButtons(this.exports, this.ui) ?? nothing) : nothing,
      chart: this.renderChart(doc),
      table: () => this.renderTable(doc),
      showTable: this.showTable,
      serverLayout: this.serverLayout,
      onToggleTable: () => (this.showTable = !this.showTable),
      onPreloadTable: this.preloadTable,
    });
  }
}
