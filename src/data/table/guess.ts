/**
 * Which chart a table is for, told from its headers, and CSV bytes read straight into a chart
 * document (what `src="budget.csv"` needs in the browser; no XLSX code here).
 */
import type { ChartDocument, ChartType } from '../types.js';
import { BUDGET_COLUMNS, readBudgetTable, type TableResult } from './budget-table.js';
import { readDelimited } from './delimited.js';
import { EFFECT_COLUMNS, readEffectTable } from './effect-table.js';
import { matchHeader, type ColumnSpec } from './header.js';
import { ORGANIZATION_COLUMNS, readOrganizationTable } from './organization-table.js';
import { cellIssue, type SheetTable } from './sheet.js';

/**
 * The chart a sheet is for, from the columns only one format has (金額・補正・再掲元・内数 for a
 * budget; 種別・レーン・役職 for an organisation; 値・内訳・前の値 for an effect chart).
 */
export function guessChartType(sheet: SheetTable): ChartType | undefined {
  const score = (spec: Record<string, ColumnSpec>, required: string, keys: readonly string[]) => {
    const match = matchHeader(sheet, sheet.rows, spec, required);
    if (!match.ok) return 0;
    return keys.filter((k) => (match.match.columns as Record<string, unknown>)[k]).length;
  };
  const scores: [ChartType, number][] = [
    ['budget', score(BUDGET_COLUMNS, 'name', ['amount', 'supplementary', 'previous', 'relistOf', 'partOf', 'status'])],
    ['organization', score(ORGANIZATION_COLUMNS, 'name', ['kind', 'lane', 'laneId', 'roles', 'aliases'])],
    ['effect', score(EFFECT_COLUMNS, 'label', ['value', 'category', 'n', 'beforeValue', 'afterValue', 'display'])],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] > 0 && scores[0]![1] > scores[1]![1] ? scores[0]![0] : undefined;
}

/**
 * CSV or TSV bytes (UTF-8 or Shift_JIS) to the chart document of `type`, or of the type the
 * headers tell. Never throws.
 */
export function readDelimitedDocument(bytes: Uint8Array, options: { file?: string; type?: ChartType } = {}): TableResult<ChartDocument> {
  const sheet = readDelimited(bytes, options.file ? { file: options.file } : {});
  const type = options.type ?? guessChartType(sheet);
  if (type === 'budget') return readBudgetTable(sheet);
  if (type === 'organization') return readOrganizationTable(sheet);
  if (type === 'effect') return readEffectTable(sheet);
  return { ok: false, issues: [cellIssue(sheet, 'table-unknown-format', 0, undefined, { detail: 'budget / organization / effect' })] };
}
