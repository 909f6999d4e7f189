/**
 * `policy-charts/org-chart`: the `<policy-org-chart>` class and its events, without registering
 * the tag (import `policy-charts/define/org-chart` for that). Importing it brings only what the
 * org chart needs.
 */
export { PolicyOrgChart } from './charts/org/policy-org-chart.js';
export { PolicyNodeSelectEvent, type PolicyNodeSelectDetail } from './events/node-select.js';
export { PolicyNodeToggleEvent, type PolicyNodeToggleDetail } from './events/node-toggle.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { ORG_ORIENTATIONS, type OrgOrientation } from './charts/org/layout/index.js';
export { CHART_STATUSES, THEMES, PRESETS, type ChartStatus, type Theme, type Preset } from './kit/element/policy-chart-element.js';
export type { OrganizationDocument } from './data/types.js';
