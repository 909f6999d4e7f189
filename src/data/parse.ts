import { parseBudget } from './budget.js';
import { parseEffect } from './effect.js';
import { createIssue, type ParseResult } from './issues.js';
import { parseOrganization } from './organization.js';
import { isRecord } from './read.js';
import { CHART_TYPES, type ChartDocument } from './types.js';

/**
 * Parses any chart document, dispatching on its `type` (`organization`, `budget`, `effect`).
 * Never throws; a missing or unknown `type` is an issue at path `type`.
 */
export function parseChartData(input: unknown): ParseResult<ChartDocument> {
  if (!isRecord(input)) return { ok: false, issues: [createIssue('not-object', '')] };
  switch (input.type) {
    case 'organization':
      return parseOrganization(input);
    case 'budget':
      return parseBudget(input);
    case 'effect':
      return parseEffect(input);
    case undefined:
    case null:
      return { ok: false, issues: [createIssue('missing', 'type', { key: 'type' })] };
    default:
      return { ok: false, issues: [createIssue('unknown-type', 'type', { value: String(input.type), allowed: CHART_TYPES.join(', ') })] };
  }
}
