/**
 * `policy-charts`: classes, types and pure functions. Importing this module defines no tags;
 * import `policy-charts/define` (or load `dist/policy-charts.js`) for that.
 */
export * from './data.js';
// The layouts, descriptions and drawings below work in English too: every chart's English words
// (kit/locale-table.ts), which the elements alone load on first use.
import './words-en.js';
// And the treemap's bar form (loaded on first use by the element, layout/later.ts): layoutTreemap
// draws a flat budget of a few items as bars here too.
import { layoutBars } from './charts/budget/layout/bars.js';
import { provideLaterCode } from './charts/budget/layout/later.js';
provideLaterCode({ layoutBars });
export { PolicyChartElement, CHART_STATUSES, THEMES, PRESETS, type ChartStatus, type Theme, type Preset } from './kit/element/policy-chart-element.js';
export { PolicyDataErrorEvent, type PolicyDataErrorDetail } from './events/data-error.js';
export { PolicyEnvironmentErrorEvent, type PolicyEnvironmentErrorDetail } from './events/environment-error.js';
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
export { createCanvasMeasure, fontFor } from './kit/measure.js';
export { PolicyEffectChart } from './charts/effect/policy-effect-chart.js';
export { PolicyMarkSelectEvent, type PolicyMarkSelectDetail } from './events/mark-select.js';
export { layoutEffect } from './charts/effect/layout/index.js';
export { layoutProportions } from './charts/effect/layout/proportions.js';
export { layoutChange } from './charts/effect/layout/change.js';
export { layoutMagnitude } from './charts/effect/layout/magnitude.js';
export type { EffectLayout, EffectMark, AxisLayout as EffectAxisLayout } from './charts/effect/layout/shapes.js';
export { renderEffectChart, effectChartStyles, type RenderEffectChartOptions } from './charts/effect/render.js';
export { describeEffectMarks, describeEffectSeries } from './charts/effect/describe.js';
export { buildEffectTable, type EffectTable } from './charts/effect/table.js';
export { PolicyBudgetTreemap } from './charts/budget/policy-budget-treemap.js';
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
} from './charts/budget/layout/index.js';
export { renderTreemapSvg, type RenderTreemapOptions } from './charts/budget/render.js';
export { describeTreemap, describeTreemapCell, describeTreemapRef, listTreemapCellNotes } from './charts/budget/describe.js';
export { buildTreemapTable, type TreemapTable, type TreemapTableRow } from './charts/budget/table.js';
export { PolicyOrgChart } from './charts/org/policy-org-chart.js';
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
} from './charts/org/layout/index.js';
export { indexOrganization, collapseBelowDepth, chooseCollapsedDepth, listAncestors, type OrgIndex } from './charts/org/tree-index.js';
export { findOrgMatches } from './charts/org/search.js';
export { wrapOrgLabel, splitPhrases } from './charts/org/layout/box-text.js';
export { routeOrthogonal, type Route as OrgRoute } from './charts/org/layout/route.js';
export { renderOrgChartSvg, renderOrgLegendSample, ORG_LINK_DASHES, type OrgView, type RenderOrgChartOptions } from './charts/org/render.js';
export { renderOrgList } from './charts/org/list.js';
export { describeOrgBody, describeOrgBodies } from './charts/org/describe.js';
export { ORG_KIND_LABELS, ORG_LINK_LABELS } from './charts/org/words.js';
