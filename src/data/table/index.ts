/**
 * Spreadsheets and CSV as a way in: pure readers from rows of cells to the JSON documents, and
 * CSV/TSV text (UTF-8 or Shift_JIS). The XLSX reader (exceljs) is not exported here, so that no
 * bundle of the elements ever pulls it in: Node tools import `./file.js` (`readTableFile`).
 */
export { readBudgetTable, BUDGET_COLUMNS, type ReadBudgetTableOptions, type TableMeta, type TableResult } from './budget-table.js';
export { readOrganizationTable, ORGANIZATION_COLUMNS, LINK_COLUMNS, type ReadOrganizationTableOptions } from './organization-table.js';
export { readEffectTable, EFFECT_COLUMNS, type ReadEffectTableOptions } from './effect-table.js';
export { decodeTableText, parseDelimited, readDelimited, type ParseDelimitedOptions, type TextEncodingName } from './delimited.js';
export { cellName, columnName, type CellValue, type MergedRange, type SheetTable, type TableInput } from './sheet.js';
