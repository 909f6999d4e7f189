/** The treemap's table code (its model's `tableCode`): the table alternative and the CSV, loaded on first use. */
import type { BudgetDocument, Locale } from '../../data/types.js';
import type { DataTable } from '../../kit/data-table.js';
import { summaryOf } from './index.js';
import { budgetDataTable } from './table.js';

export { buildTreemapTable, treemapDataTable } from './table.js';
export { renderDataTable, tableCSV } from '../../kit/table-code.js';

/** The CSV's table: every item with whole yen. */
export function table({ doc, locale }: { doc: BudgetDocument; locale: Locale }): DataTable {
  return budgetDataTable({ summary: summaryOf(doc), locale });
}
