/**
 * `policy-charts/data`: the pure data layer alone (parse, summarise, format). Imports no DOM
 * and runs in plain Node.
 */
export * from './data/types.js';
export * from './data/issues.js';
export { parseAmount, type Amount, type AmountResult } from './data/amount.js';
export { formatIssue, formatIssueMessage, hasMessage } from './format/messages/index.js';
export { toLocale } from './format/locale.js';
export { parseOrganization, MAX_ORG_DEPTH } from './data/organization.js';
export { parseChartData } from './data/parse.js';
export {
  formatYen,
  formatPercent,
  MINUS_SIGN,
  type FormatYenOptions,
  type FormatDigitsOptions,
} from './format/number.js';
export {
  formatPoints,
  formatRatio,
  formatCount,
  formatNumber,
  formatFraction,
  type FormatPointsOptions,
  type FormatCountOptions,
  type FormatNumberOptions,
  type FormatFractionOptions,
} from './format/counts.js';
export {
  wrapText,
  createApproxMeasure,
  NO_LINE_START,
  NO_LINE_END,
  type MeasureText,
  type WrapTextOptions,
  type WrappedText,
} from './kit/text.js';
export { parseEffect, readWrittenNumber } from './data/effect.js';
export {
  wilsonInterval,
  newcombeDifference,
  logTicks,
  shouldUseLog,
  Z_95,
  LOG_RATIO_THRESHOLD,
  type Interval,
  type DifferenceInterval,
  type WilsonOptions,
  type NewcombeOptions,
} from './data/stats.js';
export { parseBudget, MAX_BUDGET_DEPTH } from './data/budget.js';
export {
  summarizeBudget,
  BUDGET_MEASURES,
  FIGURE_BASES,
  type BudgetMeasure,
  type FigureBasis,
  type MeasureFigures,
  type BudgetChange,
  type BudgetItemSummary,
  type BudgetMismatch,
  type BudgetRelistDifference,
  type BudgetTotals,
  type BudgetSummary,
} from './data/budget-summary.js';
export {
  summarizeEffect,
  type EffectSummary,
  type EffectFacts,
  type ProportionFact,
  type ProportionComparison,
  type ChangeFact,
  type MagnitudeFact,
  type SummarizeEffectOptions,
} from './data/effect-summary.js';
export * from './data/table/index.js';
