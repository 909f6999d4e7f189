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
