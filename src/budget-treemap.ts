/**
 * `policy-charts/budget-treemap`: the `<policy-budget-treemap>` class and its events, without
 * registering the tag (import `policy-charts/define/budget-treemap` for that). Importing it
 * brings only what the treemap needs.
 */
export { PolicyBudgetTreemap } from './charts/budget/policy-budget-treemap.js';
export { PolicyCellSelectEvent, type PolicyCellSelectDetail } from './events/cell-select.js';
export { PolicyDrillEvent, type PolicyDrillDetail } from './events/drill.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { TREEMAP_MODES, TREEMAP_SUPPLEMENTARY, type TreemapMode, type TreemapSupplementary } from './charts/budget/layout/index.js';
export { CHART_STATUSES, THEMES, PRESETS, type ChartStatus, type Theme, type Preset } from './kit/element/policy-chart-element.js';
export type { BudgetDocument } from './data/types.js';
