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
export { PolicyBudgetTreemap } from './components/budget-treemap/policy-budget-treemap.js';
export { PolicyCellSelectEvent, type PolicyCellSelectDetail } from './events/cell-select.js';
export { PolicyDrillEvent, type PolicyDrillDetail } from './events/drill.js';
export {
  layoutTreemap,
  makeCrumbs,
  formatChange,
  TREEMAP_MODES,
  TREEMAP_SUPPLEMENTARY,
  TREEMAP_CELL_KINDS,
  type LayoutTreemapOptions,
  type TreemapLayout,
  type TreemapCell,
  type TreemapRef,
  type TreemapCrumb,
  type TreemapMode,
  type TreemapSupplementary,
} from './layout/treemap.js';
export { renderTreemapSvg, type RenderTreemapOptions } from './render/budget-treemap.js';
export { buildTreemapTable, type TreemapTable, type TreemapTableRow } from './a11y/treemap-table.js';
export { PolicyOrgChart } from './components/org-chart/policy-org-chart.js';
export { PolicyNodeSelectEvent, type PolicyNodeSelectDetail } from './events/node-select.js';
export { PolicyNodeToggleEvent, type PolicyNodeToggleDetail } from './events/node-toggle.js';
export {
  layoutOrgChart,
  measureOrgBox,
  chooseOrgBoxWidth,
  ORG_ORIENTATIONS,
  ORG_METRICS,
  ORG_MAX_LISTED_HOLDERS,
  type OrgOrientation,
  type LayoutOrgChartOptions,
  type OrgChartLayout,
  type OrgNodeLayout,
  type OrgEdgeLayout,
  type OrgLinkLayout,
  type OrgLaneLayout,
  type OrgBoxContent,
} from './layout/org-chart.js';
export { indexOrganization, collapseBelowDepth, chooseCollapsedDepth, findOrgMatches, listAncestors, type OrgIndex } from './layout/org-index.js';
export { wrapOrgLabel, splitPhrases } from './layout/org-text.js';
export { routeOrthogonal, type Route as OrgRoute } from './layout/org-route.js';
export { renderOrgChartSvg, renderOrgLegendSample, ORG_LINK_DASHES, type OrgView, type RenderOrgChartOptions } from './render/org-chart.js';
export { renderOrgList } from './a11y/org-list.js';
export { describeOrgBody, describeOrgBodies } from './a11y/org-describe.js';
export { ORG_KIND_LABELS, ORG_LINK_LABELS } from './a11y/org-strings.js';
