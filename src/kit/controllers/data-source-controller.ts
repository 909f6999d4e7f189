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

  private async load(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'loading' });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.timeout);
    const failed = (issue: Issue): void => {
      if (timedOut) this.set({ status: 'failed', issues: [createIssue('fetch-timeout', '', { url, seconds: Math.round(this.timeout / 100) / 10 })] });
      else if (!abort.signal.aborted) this.set({ status: 'failed', issues: [issue] });
    };
    try {
      let response: Response;
      try {
        response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
      } catch {
        failed(createIssue('fetch-network', '', { url }));
        return;
      }
      if (abort.signal.aborted) return failed(createIssue('fetch-network', '', { url }));
      if (!response.ok) {
        this.set({ status: 'failed', issues: [createIssue('fetch-http', '', { url, status: response.status })] });
        return;
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch {
        failed(createIssue('fetch-network', '', { url }));
        return;
      }
      if (abort.signal.aborted) return failed(createIssue('fetch-network', '', { url }));
      if (isTableResponse(url, response.headers.get('content-type'))) {
        await this.loadTable(url, new Uint8Array(bytes), abort);
        return;
      }
      const decoded = decodeBody(bytes, response.headers.get('content-type'), url);
      this.set('issue' in decoded ? { status: 'failed', issues: [decoded.issue] } : parseJsonText(decoded.text));
    } finally {
      clearTimeout(timer);
    }
  }

  /** A CSV/TSV table (UTF-8 or Shift_JIS), read into a document; its reader is loaded only now. */
  private async loadTable(url: string, bytes: Uint8Array, abort: AbortController): Promise<void> {
    let read: typeof import('../../data/table/guess.js');
    try {
      read = await import('../../data/table/guess.js');
    } catch {
      if (!abort.signal.aborted) this.set({ status: 'failed', issues: [createIssue('fetch-network', '', { url })] });
      return;
    }
    if (abort.signal.aborted) return;
    const file = decodeURIComponent(url.replace(/[?#].*$/, '').split('/').pop() ?? '');
    const result = read.readDelimitedDocument(bytes, { file });
    this.set(result.ok ? { status: 'loaded', value: result.json } : { status: 'failed', issues: result.issues });
  }
}

/**
 * The text of a response body: in the `charset` of its `Content-Type` when there is one (any
 * label `TextDecoder` knows, such as `Shift_JIS`), else as UTF-8, strictly: bytes that are not
 * UTF-8 are reported instead of being shown as mojibake.
 */
export function decodeBody(bytes: ArrayBuffer, contentType: string | null, url: string): { text: string } | { issue: Issue } {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: true });
  } catch {
    return { issue: createIssue('fetch-charset', '', { url, charset: charset ?? '' }) };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { issue: createIssue(charset ? 'fetch-charset' : 'fetch-not-utf8', '', { url, charset: charset ?? 'UTF-8' }) };
  }

}

/** Whether a response is a CSV/TSV table: by its content type, else by the URL's extension. */
export function isTableResponse(url: string, contentType: string | null): boolean {
  if (contentType && /^\s*text\/(csv|tab-separated-values)\b/i.test(contentType)) return true;
  if (contentType && /json/i.test(contentType)) return false;
  return /\.(csv|tsv)$/i.test(url.replace(/[?#].*$/, ''));
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
