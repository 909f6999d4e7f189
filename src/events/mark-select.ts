/** Detail of `policy-mark-select`: which datum the reader chose. Plain data only. */
export interface PolicyMarkSelectDetail {
  /** Index of the series in the document's `series`. */
  readonly index: number;
  /** The series label. */
  readonly label: string;
  /** JSON path of the series in the input (`series[1]`). */
  readonly path: string;
}

/**
 * Fired when the reader chooses a mark of an effect chart: a click, or Enter or Space on the
 * focused mark. Not fired by property changes.
 */
export class PolicyMarkSelectEvent extends Event {
  static readonly eventName = 'policy-mark-select' as const;
  readonly detail: PolicyMarkSelectDetail;

  constructor(detail: PolicyMarkSelectDetail) {
    super(PolicyMarkSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-mark-select': PolicyMarkSelectEvent;
  }
}
