/** Detail of `policy-cell-select`: which budget item (or grouped cell) the reader chose. Plain data only. */
export interface PolicyCellSelectDetail {
  /** The item's id; for a grouped "others" or unitemised cell, the id of the item it belongs to (absent at the top). */
  readonly id?: string;
  /** JSON path of the item in the input (`items[0].children[1]`); absent for cells that are no item. */
  readonly path?: string;
  /** Ids from the top-level item down to the item itself. */
  readonly ids: readonly string[];
  /** What was chosen: an `item` cell, `others`, `unitemised`, `supplementary`, or a reference mark (`relist`, `part-of`, `zero`, `more`). */
  readonly kind: string;
}

/**
 * Fired when the reader chooses a cell or reference mark of `<policy-budget-treemap>`: a
 * click, or Enter or Space on the focused cell. Not fired by property changes.
 */
export class PolicyCellSelectEvent extends Event {
  static readonly eventName = 'policy-cell-select' as const;
  readonly detail: PolicyCellSelectDetail;

  constructor(detail: PolicyCellSelectDetail) {
    super(PolicyCellSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-cell-select': PolicyCellSelectEvent;
  }
}
