/**
 * `policy-charts/define/org-chart`: registers `<policy-org-chart>` (and nothing else). Safe to import twice.
 */
import { defineElement } from '../kit/element/define-element.js';
import { PolicyOrgChart } from '../org-chart.js';

export * from '../org-chart.js';

/** Registers `<policy-org-chart>` unless it is registered already. */
export function defineOrgChart(): void {
  defineElement('policy-org-chart', PolicyOrgChart);
}

defineOrgChart();

declare global {
  interface HTMLElementTagNameMap {
    'policy-org-chart': PolicyOrgChart;
  }
}
