/**
 * `policy-charts/data`: the pure data layer alone (parse, summarise, format). Imports no DOM
 * and runs in plain Node.
 */
export * from './data/types.js';
export * from './data/issues.js';
export { parseAmount, type Amount, type AmountResult } from './data/amount.js';
export { formatIssue, formatIssueMessage, hasMessage } from './format/messages/index.js';
export { toLocale } from './format/locale.js';
export { parseOrganization } from './data/organization.js';
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
