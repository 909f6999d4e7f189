/** Detail of `policy-environment-error`: which browser feature was missing, and what happened. */
export interface PolicyEnvironmentErrorDetail {
  /** The missing or failing feature, e.g. `canvas`, `getComputedStyle`, `ResizeObserver`. */
  readonly api: string;
  readonly message: string;
}

/**
 * Fired when the page's environment lacks something the element uses (a canvas to measure
 * text, `getComputedStyle`…). The element carries on with a fallback (approximate font
 * metrics, a default width) and logs a warning; it is never shown to readers as a data error.
 */
export class PolicyEnvironmentErrorEvent extends Event {
  static readonly eventName = 'policy-environment-error' as const;
  readonly detail: PolicyEnvironmentErrorDetail;

  constructor(detail: PolicyEnvironmentErrorDetail) {
    super(PolicyEnvironmentErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-environment-error': PolicyEnvironmentErrorEvent;
  }
}
