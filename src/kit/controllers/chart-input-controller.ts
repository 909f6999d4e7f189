/**
 * Where a chart element's document comes from and what it comes to: the `data` property, else
 * `src` (fetched) or a child `<script type="application/json">` (the {@link DataSourceController}),
 * parsed by the chart's model. A parser that throws is still reported as an issue, never a blank.
 */
import type { ReactiveControllerHost } from 'lit';
import { faultDetail } from '../../data/guard.js';
import type { Issue, ParseResult } from '../../data/issues.js';
import { DataSourceController, DEFAULT_SRC_TIMEOUT } from './data-source-controller.js';

/** What the element's input comes to: a document, problems, or nothing yet. */
export type ChartInput<TDoc> =
  | { status: 'ready'; doc: TDoc; input: unknown }
  | { status: 'failed'; issues: Issue[] }
  | { status: 'loading' | 'empty' };

/** Takes the element's input once per change and parses it. */
export class ChartInputController<TDoc> {
  /** The `src` request or the child script. */
  readonly source: DataSourceController;
  private lastOrigin: unknown = undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly parse: (input: unknown) => ParseResult<TDoc>,
  ) {
    this.source = new DataSourceController(host);
  }

  /** Seconds a `src` request may take (`src-timeout`); unset or not positive: the default 30. */
  setTimeout(seconds: number | undefined): void {
    this.source.timeout = seconds !== undefined && seconds > 0 ? seconds * 1000 : DEFAULT_SRC_TIMEOUT;
  }

  /**
   * What the input comes to, when it changed since the last call (`data` wins over `src` and
   * the script); undefined when nothing changed.
   */
  take(data: unknown): ChartInput<TDoc> | undefined {
    const fromData = data !== undefined && data !== null;
    const origin = fromData ? data : this.source.state;
    if (origin === this.lastOrigin) return undefined;
    this.lastOrigin = origin;
    if (fromData) return this.accept(data);
    const state = this.source.state;
    if (state.status === 'failed') return { status: 'failed', issues: state.issues };
    if (state.status === 'loaded') return this.accept(state.value);
    return { status: state.status === 'loading' ? 'loading' : 'empty' };
  }

  private accept(input: unknown): ChartInput<TDoc> {
    let result: ParseResult<TDoc>;
    try {
      result = this.parse(input);
    } catch (error) {
      // A parser must not throw; if one does, the reader still gets a message, not a blank.
      console.error(error);
      result = { ok: false, issues: [{ code: 'internal-error', path: '', params: { detail: faultDetail(error) } }] };
    }
    return result.ok ? { status: 'ready', doc: result.value, input } : { status: 'failed', issues: result.issues };
  }
}
