/**
 * `policy-charts/effect-chart`: the `<policy-effect-chart>` class and its events, without
 * registering the tag (import `policy-charts/define/effect-chart` for that). Importing it brings
 * only what the effect chart needs.
 */
export { PolicyEffectChart } from './charts/effect/policy-effect-chart.js';
export { PolicyMarkSelectEvent, type PolicyMarkSelectDetail } from './events/mark-select.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { CHART_STATUSES, THEMES, PRESETS, type ChartStatus, type Theme, type Preset } from './kit/element/policy-chart-element.js';
export type { EffectDocument } from './data/types.js';
