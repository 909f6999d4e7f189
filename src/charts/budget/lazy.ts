/**
 * The treemap's parts loaded on first use (index.ts `budgetLazy`, the model's `tableCode`): the
 * table alternative (with its rows in chunks), the CSV, the tooltip, what the pointer and keys
 * do (nav-actions.ts), and the code of the every-level view and of change mode's key
 * (layout/later.ts), in one chunk.
 */
import type { BudgetDocument, Locale } from '../../data/types.js';
import type { DataTable } from '../../kit/data-table.js';
import { summaryOf } from './index.js';
import { budgetDataTable } from './table.js';
import { renderBatches } from './batches.js';
import { renderChangeKey } from './change-key.js';
import { layoutChangeKey } from './layout/change-key.js';
import { provideLaterCode } from './layout/later.js';
import { layoutBars } from './layout/bars.js';
import { makeCells } from './layout/lazy-cell.js';
import { tileEveryLevel } from './layout/tile-every-level.js';

export { buildTreemapTable, treemapDataTable } from './table.js';
export { renderDataTable, tableCSV } from '../../kit/table-code.js';
export { renderExportButtons } from '../../kit/controllers/export-buttons.js';
export { renderTreemapTooltip } from './tooltip.js';
export { treemapNav } from './nav-actions.js';
export { ProgressiveRowsController } from '../../kit/controllers/progressive-rows-controller.js';

// The every-level view (min-cell-area="0": its tiling, lazily worded cells and batch paths),
// change mode's key (mode="change") and the bar form (a flat budget of a few items).
provideLaterCode({ tileEveryLevel, makeCells, renderBatches, layoutChangeKey, renderChangeKey, layoutBars });

/** The CSV's table: every item with whole yen. */
export function table({ doc, locale }: { doc: BudgetDocument; locale: Locale }): DataTable {
  return budgetDataTable({ summary: summaryOf(doc), locale });
}
