/**
 * Spreadsheets and CSV as a way in: pure readers from rows of cells to the JSON documents, and
 * file readers for CSV/TSV (UTF-8 or Shift_JIS) and XLSX (exceljs, imported when used).
 */
export { readBudgetTable, BUDGET_COLUMNS, type ReadBudgetTableOptions, type TableMeta, type TableResult } from './budget-table.js';
export { readOrganizationTable, ORGANIZATION_COLUMNS, LINK_COLUMNS, type ReadOrganizationTableOptions } from './organization-table.js';
export { readEffectTable, EFFECT_COLUMNS, type ReadEffectTableOptions } from './effect-table.js';
export { decodeTableText, parseDelimited, readDelimited, type ParseDelimitedOptions, type TextEncodingName } from './delimited.js';
export { readWorkbook, type WorkbookResult } from './xlsx.js';
export { readTableFile, guessChartType, isTableFileName, isZip, type ReadTableFileOptions } from './file.js';
export { cellName, columnName, type CellValue, type MergedRange, type SheetTable, type TableInput } from './sheet.js';
