import type { Issue } from '../data/issues.js';

/** Detail of `policy-data-error`: the issues, and their messages in the element's locale. */
export interface PolicyDataErrorDetail {
  readonly issues: readonly Issue[];
  readonly messages: readonly string[];
}

/**
 * Fired when the element's data cannot be drawn: invalid data, an HTTP or network error, or
 * JSON that does not parse. The element shows the same messages in its `error` part.
 */
export class PolicyDataErrorEvent extends Event {
  static readonly eventName = 'policy-data-error' as const;
  readonly detail: PolicyDataErrorDetail;

  constructor(detail: PolicyDataErrorDetail) {
    super(PolicyDataErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-data-error': PolicyDataErrorEvent;
  }
}
