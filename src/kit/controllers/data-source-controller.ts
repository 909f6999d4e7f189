import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createIssue, type Issue } from '../../data/issues.js';

/** Where the raw input stands: not asked for, loading, loaded (`value`), or failed (`issues`). */
export type SourceState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'loaded'; value: unknown }
  | { status: 'failed'; issues: Issue[] };

/** How long a `src` request may take, in ms, unless the element says otherwise. */
export const DEFAULT_SRC_TIMEOUT = 30_000;

/**
 * Loads a JSON document from a URL (`src`) or from a child `<script type="application/json">`.
 * A new URL aborts the request before it; disconnecting aborts too. HTTP errors, network errors,
 * a request that takes longer than `timeout` ms (`fetch-timeout`), text in a character set
 * that cannot be decoded (`fetch-charset`, `fetch-not-utf8`) and invalid JSON become issues,
 * never exceptions. The `charset` of the `Content-Type` header is honoured (Shift_JIS, EUC-JP…);
 * without one the body must be UTF-8.
 */
export class DataSourceController implements ReactiveController {
  state: SourceState = { status: 'none' };
  /** Time allowed for one `src` request, headers and body, in ms. */
  timeout = DEFAULT_SRC_TIMEOUT;
  private abort?: AbortController;
  private url?: string;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(() => this.readScript());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    if (this.url) this.load(this.url);
    else this.readScript();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Loads `url`; `undefined` falls back to a child script, if any. */
  setSource(url: string | undefined): void {
    if (url === this.url) return;
    this.url = url || undefined;
    if (this.url) this.load(this.url);
    else {
      this.abort?.abort();
      this.readScript();
    }
  }

  private set(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private readScript(): void {
    if (this.url) return;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      if (this.state.status !== 'none') this.set({ status: 'none' });
      return;
    }
    this.set(parseJsonText(script.textContent ?? ''));
  }

  /** Fetches `url`; the fetching code is loaded with the first `src` (a page of inline data never needs it). */
  private async load(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'loading' });
    let fetchSource: typeof import('./fetch-source.js').fetchSource;
    try {
      ({ fetchSource } = await import('./fetch-source.js'));
    } catch {
      if (!abort.signal.aborted) this.set({ status: 'failed', issues: [createIssue('fetch-network', '', { url })] });
      return;
    }
    if (abort.signal.aborted) return;
    const state = await fetchSource(url, abort, this.timeout);
    if (state) this.set(state);
  }
}

/** Parses JSON text into a loaded or failed state. */
export function parseJsonText(text: string): SourceState {
  try {
    return { status: 'loaded', value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      status: 'failed',
      issues: [createIssue('json-invalid', '', { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
}
