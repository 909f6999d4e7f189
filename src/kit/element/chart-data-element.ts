import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ChartInputController, type ChartInput } from '../controllers/chart-input-controller.js';
import { resolveLocale } from '../controllers/locale.js';
import type { Issue } from '../../data/issues.js';
import type { ChartDocument, Locale } from '../../data/types.js';
import type { ChartStatus } from './options.js';
import { IssueReport } from './reports.js';
import type { ElementModel } from '../chart-model.js';
import type { LazyPart } from '../lazy-part.js';
import { afterParts, missingParts } from './lazy-wait.js';

/**
 * The data half of every chart element (the internal base of {@link PolicyChartElement}): where
 * the document comes from and what it comes to.
 *
 * - Data from the `data` property, from `src` (fetched; a new `src` aborts the old request,
 *   disconnecting aborts), or from a child `<script type="application/json">`, in that order,
 *   parsed by the chart's model (`model.parse`).
 * - States `loading`, `empty`, `error`, `ready`, reflected in the `status` attribute. In the
 *   error state the localised issues are shown in `part="error"` and `policy-data-error` fires.
 * - Locale from `lang` on the element or its nearest ancestor; `ja` by default.
 * - An update that renders code loaded on first use waits for it (`loading` before the first drawing).
 *
 * @fires policy-data-error - The data cannot be drawn; detail `{ issues, messages }`.
 * @csspart error - The list of problems in the data.
 */
export class ChartDataElement<TDoc extends ChartDocument> extends LitElement {
  /** The reactive properties (a static table, not decorators: no decorator code in the page; docs/size.md). */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    status: { reflect: true },
    doc: { state: true, attribute: false },
    issues: { state: true, attribute: false },
  };

  /** The chart's pure parts: parse, table, default height (src/charts/<chart>/index.ts). */
  protected readonly model: ElementModel<TDoc>;

  constructor(model: ElementModel<TDoc>) {
    super();
    this.model = model;
  }

  /** The chart's JSON document (takes precedence over `src` and a child script). */
  data: unknown;

  /** URL of the chart's JSON document. */
  src?: string;

  /** Seconds a `src` request may take before the chart shows a time-out message (default 30). */
  srcTimeout?: number;

  /** The current state: `empty`, `loading`, `error` or `ready`. */
  status: ChartStatus = 'empty';

  /** The parsed document, once valid. */
  protected doc?: TDoc;

  /** Problems with the current input; non-empty in the error state. */
  protected issues: Issue[] = [];

  /** The element's locale (`lang` here or on an ancestor). */
  protected locale: Locale = 'ja';

  /** The input the current document was parsed from (the PowerPoint writer parses it again). */
  protected input: unknown = undefined;

  private readonly intake = new ChartInputController<TDoc>(this, (input) => this.model.parse(input));
  /** The messages of the problems shown, and `policy-data-error`. */
  protected readonly issueReport = new IssueReport(this);

  /**
   * The parts loaded on first use (kit/lazy-part.ts) that the next update renders: it waits for
   * them, so nothing shows half-drawn and `updateComplete` waits too. Subclasses add theirs (and
   * call super).
   */
  protected partsToRender(): LazyPart<unknown>[] {
    // The English words (kit/locale-table.ts) before an update in English: the locale is read
    // here, as `lang` may have changed on the element or an ancestor since the last update.
    return resolveLocale(this) === 'en' ? [this.model.english] : [];
  }

  /**
   * Holds an update until the parts it renders are loaded ({@link partsToRender}). Before the
   * first drawing the element is `loading` meanwhile. On the server the parts are loaded before
   * rendering (src/ssr/render-element.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const missing = missingParts(this.partsToRender());
    if (missing.length > 0 && !this.hasUpdated && this.status === 'empty') {
      // Said at once (not at the first update, which waits): the page and its styles see loading.
      this.status = 'loading';
      this.setAttribute('status', 'loading');
    }
    return afterParts(missing, () => super.scheduleUpdate());
  }

  /** Called when a new document is ready to draw (subclasses lay out again). */
  protected documentChanged(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this);
  }

  /** Takes a new `src`, `src-timeout`, locale or input, and shows what the input comes to. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('srcTimeout')) this.intake.setTimeout(this.srcTimeout);
    if (changed.has('src')) this.intake.source.setSource(this.src);
    this.locale = resolveLocale(this);
    const input = this.intake.take(this.data);
    if (input) this.show(input);
  }

  /** Also waits for the issue messages of an error being shown, so the error list is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.issueReport.settle(() => super.getUpdateComplete());
  }

  /** Shows what the input came to: the document, its problems, or the loading and empty states. */
  private show(input: ChartInput<TDoc>): void {
    if (input.status === 'failed') return this.fail(input.issues);
    this.doc = input.status === 'ready' ? input.doc : undefined;
    this.issues = [];
    this.status = input.status;
    if (input.status === 'ready') {
      this.input = input.input;
      this.documentChanged();
    }
  }

  /** Shows `issues` in `part="error"` (and fires `policy-data-error`), in place of the chart. */
  protected fail(issues: Issue[]): void {
    this.doc = undefined;
    this.issues = issues;
    // `loading` until the messages are here, then `error` with the list complete (never an
    // error box without its words); `updateComplete` waits for them.
    if (!this.issueReport.ready(() => this.issues === issues && this.fail(issues))) {
      this.status = 'loading';
      return;
    }
    this.status = 'error';
    this.issueReport.announce(issues, this.locale, () => this.issues);
  }
}
