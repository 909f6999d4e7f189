import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createIssue, type Issue } from '../../data/issues.js';

/** Where the raw input stands: not asked for, loading, loaded (`value`), or failed (`issues`). */
export type SourceState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'loaded'; value: unknown }
  | { status: 'failed'; issues: Issue[] };

/**
 * Loads a JSON document from a URL (`src`) or from a child `<script type="application/json">`.
 * A new URL aborts the request before it; disconnecting aborts too. HTTP errors, network errors
 * and invalid JSON become issues, never exceptions.
 */
export class DataSourceController implements ReactiveController {
  state: SourceState = { status: 'none' };
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
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
    } catch {
      if (abort.signal.aborted) return;
      this.set({ status: 'failed', issues: [createIssue('fetch-network', '', { url })] });
      return;
    }
    if (abort.signal.aborted) return;
    if (!response.ok) {
      this.set({ status: 'failed', issues: [createIssue('fetch-http', '', { url, status: response.status })] });
      return;
    }
    if (isTableResponse(url, response.headers.get('content-type'))) {
      this.loadTable(url, response, abort);
      return;
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (abort.signal.aborted) return;
      this.set({ status: 'failed', issues: [createIssue('fetch-network', '', { url })] });
      return;
    }
    if (abort.signal.aborted) return;
    this.set(parseJsonText(text));
  }

  /** A CSV/TSV table (UTF-8 or Shift_JIS), read into a document; its reader is loaded only now. */
  private async loadTable(url: string, response: Response, abort: AbortController): Promise<void> {
    let bytes: Uint8Array;
    let read: typeof import('../../data/table/guess.js');
    try {
      [bytes, read] = [new Uint8Array(await response.arrayBuffer()), await import('../../data/table/guess.js')];
    } catch {
      if (abort.signal.aborted) return;
      this.set({ status: 'failed', issues: [createIssue('fetch-network', '', { url })] });
      return;
    }
    if (abort.signal.aborted) return;
    const file = decodeURIComponent(url.replace(/[?#].*$/, '').split('/').pop() ?? '');
    const result = read.readDelimitedDocument(bytes, { file });
    this.set(result.ok ? { status: 'loaded', value: result.json } : { status: 'failed', issues: result.issues });
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
