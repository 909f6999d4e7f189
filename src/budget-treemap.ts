/**
 * `policy-charts/budget-treemap`: the `<policy-budget-treemap>` class and its events, without
 * registering the tag (import `policy-charts/define/budget-treemap` for that). Importing it
 * brings only what the treemap needs.
 */
export { PolicyBudgetTreemap } from './components/budget-treemap/policy-budget-treemap.js';
export { PolicyCellSelectEvent, type PolicyCellSelectDetail } from './events/cell-select.js';
export { PolicyDrillEvent, type PolicyDrillDetail } from './events/drill.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { TREEMAP_MODES, TREEMAP_SUPPLEMENTARY, type TreemapMode, type TreemapSupplementary } from './layout/treemap.js';
export { CHART_STATUSES, THEMES, type ChartStatus, type Theme } from './components/base/policy-chart-element.js';
export type { BudgetDocument } from './data/types.js';
