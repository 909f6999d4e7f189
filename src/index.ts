/**
 * `policy-charts`: classes, types and pure functions. Importing this module defines no tags;
 * import `policy-charts/define` (or load `dist/policy-charts.js`) for that.
 */
export * from './data.js';
export { PolicyChartElement, CHART_STATUSES, THEMES, type ChartStatus, type Theme } from './components/base/policy-chart-element.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { PALETTE, PALETTE_TINTS } from './theme/tokens.js';
export {
  exportSVG,
  exportPNG,
  toCSV,
  downloadBlob,
  type ExportSVGOptions,
  type ExportPNGOptions,
  type ToCSVOptions,
} from './export/index.js';
export { createCanvasMeasure, fontFor } from './render/measure.js';
export { PolicyEffectChart } from './components/effect-chart/policy-effect-chart.js';
export { PolicyMarkSelectEvent, type PolicyMarkSelectDetail } from './events/mark-select.js';
export { layoutEffect } from './layout/effect-chart.js';
export { layoutProportions } from './layout/effect-proportions.js';
export { layoutChange } from './layout/effect-change.js';
export { layoutMagnitude } from './layout/effect-magnitude.js';
export type { EffectLayout, EffectMark, AxisLayout as EffectAxisLayout } from './layout/effect-shapes.js';
export { renderEffectChart, effectChartStyles, type RenderEffectChartOptions } from './render/effect-chart.js';
export { buildEffectTable, type EffectTable } from './a11y/effect-table.js';
