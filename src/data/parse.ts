import { readBudgetDocument } from './budget.js';
import { readEffectDocument } from './effect.js';
import { parseSafely } from './guard.js';
import { createIssue, type ParseResult } from './issues.js';
import { readOrganizationDocument } from './organization.js';
import { describeValue, isRecord } from './read.js';
import { CHART_TYPES, type ChartDocument } from './types.js';

/**
 * Parses any chart document, dispatching on its `type` (`organization`, `budget`, `effect`).
 * Never throws; a missing or unknown `type` is an issue at path `type`.
 */
export function parseChartData(input: unknown): ParseResult<ChartDocument> {
  return parseSafely(input, readChartDocument);
}

function readChartDocument(input: unknown): ParseResult<ChartDocument> {
  if (!isRecord(input)) return { ok: false, issues: [createIssue('not-object', '')] };
  switch (input.type) {
    case 'organization':
      return readOrganizationDocument(input);
    case 'budget':
      return readBudgetDocument(input);
    case 'effect':
      return readEffectDocument(input);
    case undefined:
    case null:
      return { ok: false, issues: [createIssue('missing', 'type', { key: 'type' })] };
    default:
      return { ok: false, issues: [createIssue('unknown-type', 'type', { value: describeValue(input.type), allowed: CHART_TYPES.join(', ') })] };
  }
}
