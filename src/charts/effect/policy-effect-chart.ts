import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { summarizeEffect } from '../../data/effect-summary.js';
import type { EffectDocument, Locale } from '../../data/types.js';
import { chooseContentLocale } from '../../format/locale.js';
import { nextListFocus } from '../../kit/tree-nav.js';
import { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { PolicyMarkSelectEvent } from '../../events/mark-select.js';
import { effectChart, effectLazy } from './index.js';
import { EFFECT_UI } from './words.js';
import { hasEnglish } from '../../kit/locale-table.js';
import type { LazyPart } from '../../kit/lazy-part.js';
import { MEASURE_SIZE } from './layout/common.js';
import type { EffectLayout } from './layout/shapes.js';
import type { MeasureText } from '../../kit/text.js';
import { effectChartStyles } from './render.js';
import { baseStyles } from '../../kit/element/base.styles.js';
import { PolicyChartElement } from '../../kit/element/policy-chart-element.js';
import { effectChartElementStyles } from './styles.js';

let instances = 0;

/** The least height a drawing is given on a slide, however much text there is around it. */
const SLIDE_MIN_DRAWING = 200;

/**
 * Draws an effect document (`"type": "effect"`) so that the size of an effect is read
 * correctly: proportions (bars on 0–100%, Wilson whiskers with `n`, unknown category shares
 * hatched), change (before → after dumbbells, improvement by shape and words) and magnitude
 * (log scale with decade ticks when values span over 100 times, the factor stated).
 *
 * The drawing takes the height it needs; with `height`, its rows are laid out again, tighter,
 * to fit (type keeps its size); only a drawing that cannot fit even so is scaled down. A
 * height taller than needed widens the gaps between rows (up to twice) and centres the rest.
 * With `preset="slide"`, `height` is the whole chart's (title, summary, drawing, notes and
 * source): the drawing gets what the text around it leaves, so the chart fits the slide.
 *
 * Language: the summary, drawing and table are in the element's own `lang`, else the data's
 * `lang` (ja or en), else the page's; the controls around them follow the page.
 *
 * Keyboard: Tab reaches the chart's marks (one tab stop); arrow keys, Home and End move between
 * them; each mark's value is its accessible name. Enter or Space selects a mark.
 *
 * @summary Effect chart: proportions, change and magnitude, accessible and honest.
 * @fires policy-data-error - The data cannot be drawn; detail `{ issues, messages }`.
 * @fires policy-mark-select - A mark was chosen (click, Enter, Space); detail `{ index, label, path }`.
 * @csspart figure - The whole chart.
 * @csspart title - The document's title.
 * @csspart description - The document's description.
 * @csspart summary - The generated one-sentence summary.
 * @csspart toolbar - Controls above the chart.
 * @csspart table-toggle - The button that shows or hides the table alternative.
 * @csspart chart - The drawing.
 * @csspart notes - The footnotes (※) under the drawing.
 * @csspart table - The table alternative.
 * @csspart source - The source line.
 * @csspart error - The list of problems in the data.
 * @csspart status - The loading and empty messages.
 * @cssproperty --policy-color-text - Text colour.
 * @cssproperty --policy-color-background - Background colour.
 * @cssproperty --policy-color-muted - Tick labels, units, notes, the source line and the hatching of unknown shares.
 * @cssproperty --policy-color-border - Grid lines.
 * @cssproperty --policy-color-error - Border and heading of the list of data problems.
 * @cssproperty --policy-color-focus - Focus ring colour.
 * @cssproperty --policy-color-series-1 - Fill of bars and of the first category (then -2 … -8).
 * @cssproperty --policy-color-improved - Marker and words of an improvement.
 * @cssproperty --policy-color-worsened - Marker and words of a worsening.
 * @cssproperty --policy-color-neutral - Marker of a change without a better direction.
 * @cssproperty --policy-font-family - Font family.
 * @cssproperty --policy-font-size - Base font size of the text and of the drawing's type (never derived from the width).
 */
export class PolicyEffectChart extends PolicyChartElement<EffectDocument> {
  static override styles = [...baseStyles, effectChartStyles, effectChartElementStyles];

  /** The reactive properties (a static table, not decorators: no decorator code in the page; docs/size.md). */
  static override properties: PropertyDeclarations = {
    slideChrome: { state: true, attribute: false },
  };

  constructor() {
    super(effectChart);
  }

  /** The current layout, made in `willUpdate` (via `layoutChart`). */
  private layout?: EffectLayout;
  /** Accessible names of the layout's marks (the model's `describe`). */
  private names: ReadonlyMap<string, string> = new Map();
  private summary = '';
  /** Index of the mark that takes Tab focus (roving tabindex). */
  private activeIndex = 0;
  /** Moves focus to the active mark after the update that made it active (the roving tabindex). */
  private readonly roving = new RovingFocusController(this, { target: () => this.markAt(this.activeIndex) });
  /** Server-rendered: a fixed prefix (ids are scoped by the shadow root), so hydration matches. */
  private readonly idPrefix = this.serverLayout ? 'policy-effect-0' : `policy-effect-${++instances}`;

  /** With `preset="slide"` and `height`: px the chart takes beside its drawing (title, summary, notes, source). */
  private slideChrome = 0;

  /** `preset` changes the type size, and the text around the drawing its height on a slide: the layout is redone. */
  protected override get layoutProperties(): PropertyKey[] {
    return ['preset', 'slideChrome'];
  }

  /** The drawing's height: `height`, less the text around the drawing on a slide; undefined: as needed. */
  private get drawingHeight(): number | undefined {
    const height = this.layoutHeight;
    if (height === undefined || this.preset !== 'slide') return height;
    return Math.max(SLIDE_MIN_DRAWING, Math.round(height - this.slideChrome));
  }

  /**
   * A server-rendered chart may be drawn in its data's language, known only once the data is
   * read: while hydrating, its English words are loaded before the first update (which must
   * draw what the server drew, not `loading`).
   */
  protected override partsToRender(): LazyPart<unknown>[] {
    const parts = super.partsToRender();
    if (this.serverLayout && !parts.includes(effectChart.english)) parts.push(effectChart.english);
    return parts;
  }

  protected override layoutChart(doc: EffectDocument, width: number): void {
    const locale = this.contentLocale(doc);
    // Data in English on a page in Japanese: its words load on first use (words-en.ts).
    if (locale === 'en' && !hasEnglish(EFFECT_UI)) {
      this.layout = undefined;
      this.layOutWhenLoaded(effectChart.english);
      return;
    }
    const height = this.drawingHeight;
    this.layout = effectChart.layout({
      doc,
      width,
      measure: this.getMeasure(),
      locale,
      fontSize: this.getFontSize(),
      ...(height === undefined ? {} : { height }),
    });
    this.names = effectChart.describe({ doc, layout: this.layout, locale });
    this.summary = summarizeEffect(doc, { locale }).sentence;
    this.activeIndex = Math.min(this.activeIndex, Math.max(0, this.layout.marks.length - 1));
  }

  protected override renderChart(doc: EffectDocument): TemplateResult | typeof nothing {
    const { layout } = this;
    if (!layout) return nothing;
    const locale = this.contentLocale(doc);
    const words = EFFECT_UI[locale];
    // What the chart says is in the content's language; marked when it differs from the page's.
    const lang = locale === this.locale ? nothing : locale;
    return html`
      <p part="summary" lang=${lang}>${this.summary}</p>
      <div class="plot" lang=${lang} @keydown=${this.onKeyDown} @click=${this.onClick} @focusin=${this.onFocusIn}>
        ${effectChart.render({
          layout,
          name: doc.title ?? doc.measure ?? '',
          summary: this.summary,
          idPrefix: this.idPrefix,
          marksLabel: words.marks,
          names: this.names,
          activeIndex: this.activeIndex,
          ...(this.drawingHeight ? { height: this.drawingHeight } : {}),
        })}
      </div>
      ${doc.notes.length
        ? html`<ul part="notes" lang=${lang}>
            ${doc.notes.map((note) => html`<li>${note.startsWith('※') ? note : `${words.note}${note}`}</li>`)}
          </ul>`
        : nothing}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // On a slide with `height`, measure what the text around the drawing takes, so the drawing
    // gets the rest (settles in one more pass; moves of 2 px or less are ignored).
    if (this.preset !== 'slide' || this.layoutHeight === undefined || !this.layout) return;
    const svg = this.renderRoot.querySelector('.plot svg');
    if (!svg) return;
    // An opened table alternative is read below the slide, not fitted onto it.
    const table = this.renderRoot.querySelector('[part="table"]')?.getBoundingClientRect().height ?? 0;
    const chrome = Math.ceil(this.getBoundingClientRect().height - svg.getBoundingClientRect().height - table);
    if (Math.abs(chrome - this.slideChrome) > 2) this.slideChrome = Math.max(0, chrome);
  }

  /** The table alternative, in the content's language (see {@link contentLocale}). */
  protected override renderTable(doc: EffectDocument): TemplateResult | typeof nothing {
    const code = effectLazy.value;
    if (!code) return nothing;
    const locale = this.contentLocale(doc);
    return html`<div lang=${locale === this.locale ? nothing : locale}>${code.renderDataTable(code.table({ doc, locale }))}</div>`;
  }

  /** The CSV and the deck are in the chart's language, like its drawing and table. */
  protected override get exportLocale(): Locale {
    return this.doc ? this.contentLocale(this.doc) : this.locale;
  }

  /**
   * The language of the summary, the drawing and the table: the element's own `lang`, else the
   * data's `lang` (ja or en), else the page's (the UI around them follows the page).
   */
  private contentLocale(doc: EffectDocument): Locale {
    return chooseContentLocale({ own: this.getAttribute('lang'), data: doc.lang, inherited: this.locale });
  }

  /** The host's font size (`--policy-font-size`; 20 px with `preset="slide"`): the type scale's base. */
  private getFontSize(): number {
    const size = typeof getComputedStyle === 'function' && this.isConnected ? Number.parseFloat(getComputedStyle(this).fontSize) : NaN;
    return Number.isFinite(size) && size > 0 ? size : 14;
  }

  /** A canvas measure in the host's font family at the layout's reference size. */
  private getMeasure(): MeasureText {
    const family = this.computedStyle()?.fontFamily || 'sans-serif';
    return this.textMeasure(() => `400 ${MEASURE_SIZE}px ${family}`, MEASURE_SIZE);
  }

  private markAt(index: number): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.mark[data-index="${index}"]`);
  }

  /** Makes mark `index` take Tab focus, and focuses it once that update is drawn. */
  private focusMark(index: number): void {
    this.activeIndex = index;
    this.roving.request();
  }

  private indexOf(event: Event): number | undefined {
    const mark = event.composedPath().find((n): n is SVGGElement => n instanceof SVGGElement && n.classList.contains('mark'));
    const index = mark ? Number(mark.dataset.index) : NaN;
    return Number.isInteger(index) ? index : undefined;
  }

  private onFocusIn(event: FocusEvent): void {
    const index = this.indexOf(event);
    if (index !== undefined && index !== this.activeIndex) {
      this.activeIndex = index;
      this.requestUpdate();
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const index = this.indexOf(event);
    const action = index === undefined ? undefined : nextListFocus(this.layout?.marks.length ?? 0, index, event.key);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'select') this.select(action.index);
    else this.focusMark(action.index);
  }

  private onClick(event: MouseEvent): void {
    const index = this.indexOf(event);
    if (index === undefined) return;
    this.focusMark(index);
    this.select(index);
  }

  private select(markIndex: number): void {
    const seriesIndex = this.layout?.marks[markIndex]?.seriesIndex;
    const series = seriesIndex === undefined ? undefined : this.doc?.series[seriesIndex];
    if (!series || seriesIndex === undefined) return;
    this.dispatchEvent(new PolicyMarkSelectEvent({ index: seriesIndex, label: series.label, path: series.path }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-effect-chart': PolicyEffectChart;
  }
}
