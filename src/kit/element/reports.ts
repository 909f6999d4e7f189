/**
 * How a chart element reports what went wrong. Bad data: the localised messages (loaded on the
 * first problem, not with the chart), the `part="error"` list and `policy-data-error`. A missing
 * browser feature: one console warning and `policy-environment-error` (the element falls back).
 */
import { html, isServer, type TemplateResult } from 'lit';
import { faultDetail } from '../../data/guard.js';
import type { Issue } from '../../data/issues.js';
import type { Locale } from '../../data/types.js';
import { PolicyDataErrorEvent } from '../../events/data-error.js';
import { PolicyEnvironmentErrorEvent } from '../../events/environment-error.js';

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

/** The host an {@link IssueReport} reports for. */
type ReportHost = HTMLElement & { readonly updateComplete: Promise<boolean> };

/** The messages of one element's problems: loads them, fires the event once they are shown, renders the list. */
export class IssueReport {
  /** The messages being loaded for an error (the element's `updateComplete` waits for them). */
  pending?: Promise<void>;

  constructor(private readonly host: ReportHost) {}

  /**
   * Whether the messages are here. When they are not, starts loading them and calls `retry`
   * once they are: the element shows `loading` until then, never an error box without words.
   */
  ready(retry: () => void): boolean {
    if (messages) return true;
    const pending = loadMessages().then(retry);
    this.pending = pending;
    void pending.then(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    return false;
  }

  /** Waits for `update` and for the messages being loaded (and the update that shows them). */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.pending) {
      await this.pending;
      done = await update();
    }
    return done;
  }

  /** Fires `policy-data-error` after the current update (listeners see the error part), unless `issues` were replaced. */
  announce(issues: Issue[], locale: Locale, current: () => Issue[]): void {
    const texts = issues.map((i) => messages!.formatIssue(i, locale));
    void this.host.updateComplete.then(() => {
      if (current() === issues) this.host.dispatchEvent(new PolicyDataErrorEvent({ issues, messages: texts }));
    });
  }

  /** The `part="error"` list. */
  render(issues: readonly Issue[], locale: Locale, title: string): TemplateResult {
    return html`
      <div part="error" role="alert" lang=${locale}>
        <h2>${title}</h2>
        <ul>
          ${issues.map((issue) => html`<li>${messages?.formatIssue(issue, locale)}</li>`)}
        </ul>
      </div>
    `;
  }
}

/** Missing browser features of one element, each reported once. */
export class EnvironmentReport {
  private readonly reported = new Set<string>();

  constructor(private readonly host: ReportHost) {}

  /**
   * Reports a missing browser feature (once per feature): a console warning and
   * `policy-environment-error`. The caller falls back; readers are not shown a data error.
   */
  report(api: string, error: unknown): void {
    if (this.reported.has(api)) return;
    this.reported.add(api);
    const message = faultDetail(error);
    console.warn(`<${this.host.localName}>: ${api} is not available (${message}); drawing with a fallback`);
    if (!isServer) void this.host.updateComplete.then(() => this.host.dispatchEvent(new PolicyEnvironmentErrorEvent({ api, message })));
  }
}
