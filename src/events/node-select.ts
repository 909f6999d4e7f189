import type { Body } from '../data/types.js';

/** Detail of `policy-node-select`: the selected body's id and a plain copy of its data. */
export interface PolicyNodeSelectDetail {
  readonly id: string;
  readonly body: Body;
}

/**
 * Fired when the user selects a body of `<policy-org-chart>` (click, Enter or Space). Not
 * fired when the selection is changed by a property or method.
 */
export class PolicyNodeSelectEvent extends Event {
  static readonly eventName = 'policy-node-select' as const;
  readonly detail: PolicyNodeSelectDetail;

  constructor(detail: PolicyNodeSelectDetail) {
    super(PolicyNodeSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-node-select': PolicyNodeSelectEvent;
  }
}
