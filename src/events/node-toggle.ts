import type { Body } from '../data/types.js';

/** Detail of `policy-node-toggle`: the body, and whether its children are now shown. */
export interface PolicyNodeToggleDetail {
  readonly id: string;
  readonly expanded: boolean;
  readonly body: Body;
}

/**
 * Fired when the user expands or collapses a body of `<policy-org-chart>` (click on its
 * toggle, arrow keys, `*`). Not fired by `expand()`/`collapse()` calls or a search.
 */
export class PolicyNodeToggleEvent extends Event {
  static readonly eventName = 'policy-node-toggle' as const;
  readonly detail: PolicyNodeToggleDetail;

  constructor(detail: PolicyNodeToggleDetail) {
    super(PolicyNodeToggleEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'policy-node-toggle': PolicyNodeToggleEvent;
  }
}
