/** Detail of `policy-drill`: the view the reader moved to. Plain data only. */
export interface PolicyDrillDetail {
  /** The item now shown (its children fill the chart); absent for the whole budget. */
  readonly id?: string;
  /** JSON path of that item (`items[0]`); absent for the whole budget. */
  readonly path?: string;
  /** Ids from the top-level item down to the item shown (empty for the whole budget). */
  readonly ids: readonly string[];
  /** Above 0 when the view shows the smaller children gathered in an "others" cell, from this index in size order. */
  readonly offset: number;
  /** `down` (into a cell or to a re-listed item's original), `up` (back out: Escape, Backspace, breadcrumbs). */
  readonly direction: 'down' | 'up';
}

/**
 * Fired when the reader drills `<policy-budget-treemap>` into a cell or back out, by pointer,
 * keyboard or breadcrumbs. Not fired by `drillTo()` or property changes.
 */
export class PolicyDrillEvent extends Event {
  static readonly eventName = 'policy-drill' as const;
  readonly detail: PolicyDrillDetail;

  constructor(detail: PolicyDrillDetail) {
    super(PolicyDrillEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-drill': PolicyDrillEvent;
  }
}
