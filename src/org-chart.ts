/**
 * `policy-charts/org-chart`: the `<policy-org-chart>` class and its events, without registering
 * the tag (import `policy-charts/define/org-chart` for that). Importing it brings only what the
 * org chart needs.
 */
export { PolicyOrgChart } from './components/org-chart/policy-org-chart.js';
export { PolicyNodeSelectEvent, type PolicyNodeSelectDetail } from './events/node-select.js';
export { PolicyNodeToggleEvent, type PolicyNodeToggleDetail } from './events/node-toggle.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { ORG_ORIENTATIONS, type OrgOrientation } from './layout/org-chart.js';
export { CHART_STATUSES, THEMES, type ChartStatus, type Theme } from './components/base/policy-chart-element.js';
export type { OrganizationDocument } from './data/types.js';
