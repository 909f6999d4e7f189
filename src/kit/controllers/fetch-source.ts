/**
 * Fetching a `src` document: loaded by the data source controller with the first `src`, so a
 * chart given its data inline does not carry it. HTTP errors, network errors, a request that
 * takes longer than the timeout (`fetch-timeout`), text in a character set that cannot be
 * decoded (`fetch-charset`, `fetch-not-utf8`) and invalid JSON become issues, never exceptions.
 */
import { createIssue, type Issue } from '../../data/issues.js';
import { parseJsonText, type SourceState } from './data-source-controller.js';

/**
 * The state `url` leads to, or `undefined` when `abort` was aborted by someone else (a newer
 * URL, a disconnect) and the answer no longer matters. Aborts `abort` after `timeout` ms.
 */
export async function fetchSource(url: string, abort: AbortController, timeout: number): Promise<SourceState | undefined> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  const failed = (issue: Issue): SourceState | undefined => {
    if (timedOut) return { status: 'failed', issues: [createIssue('fetch-timeout', '', { url, seconds: Math.round(timeout / 100) / 10 })] };
    return abort.signal.aborted ? undefined : { status: 'failed', issues: [issue] };
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
    } catch {
      return failed(createIssue('fetch-network', '', { url }));
    }
    if (abort.signal.aborted) return failed(createIssue('fetch-network', '', { url }));
    if (!response.ok) {
      return { status: 'failed', issues: [createIssue('fetch-http', '', { url, status: response.status })] };
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch {
      return failed(createIssue('fetch-network', '', { url }));
    }
    if (abort.signal.aborted) return failed(createIssue('fetch-network', '', { url }));
    if (isTableResponse(url, response.headers.get('content-type'))) {
      return await loadTable(url, new Uint8Array(bytes), abort);
    }
    const decoded = decodeBody(bytes, response.headers.get('content-type'), url);
    return 'issue' in decoded ? { status: 'failed', issues: [decoded.issue] } : parseJsonText(decoded.text);
  } finally {
    clearTimeout(timer);
  }
}

/** A CSV/TSV table (UTF-8 or Shift_JIS), read into a document; its reader is loaded only now. */
async function loadTable(url: string, bytes: Uint8Array, abort: AbortController): Promise<SourceState | undefined> {
  let read: typeof import('../../data/table/guess.js');
  try {
    read = await import('../../data/table/guess.js');
  } catch {
    return abort.signal.aborted ? undefined : { status: 'failed', issues: [createIssue('fetch-network', '', { url })] };
  }
  if (abort.signal.aborted) return undefined;
  const file = decodeURIComponent(url.replace(/[?#].*$/, '').split('/').pop() ?? '');
  const result = read.readDelimitedDocument(bytes, { file });
  return result.ok ? { status: 'loaded', value: result.json } : { status: 'failed', issues: result.issues };
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
