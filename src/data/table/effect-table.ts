/**
 * An effect chart from a table with one row per group or measure, read into the JSON effect
 * document and validated by `parseEffect`.
 */
import { parseEffect } from '../effect.js';
import type { Issue } from '../issues.js';
import { EFFECT_CHARTS, type EffectChartKind, type EffectDocument } from '../types.js';
import type { TableMeta, TableResult } from './budget-table.js';
import { matchHeader, type ColumnSpec, type FoundColumn } from './header.js';
import { CellMap, isBlankRow, locateIssues, readAbove, sortByCell } from './locate.js';
import { cellIssue, cellText, fillMerged, toSheet, type CellValue, type TableInput } from './sheet.js';

/** The columns of an effect table and the headers each is known by. */
export const EFFECT_COLUMNS = {
  label: { names: ['label', 'group', 'series', '系列', '群', '項目', '名称'] },
  category: { names: ['category', '内訳'] },
  value: { names: ['value', '値', '割合', '率'] },
  n: { names: ['n', '症例数', '例数', '対象数'] },
  display: { names: ['display', '表示'] },
  beforeLabel: { names: ['before', 'before label', '前', '前の時点'] },
  beforeValue: { names: ['before value', '前の値'] },
  afterLabel: { names: ['after', 'after label', '後', '後の時点'] },
  afterValue: { names: ['after value', '後の値'] },
  unit: { names: ['unit', '単位'] },
  better: { names: ['better', '良い方向'] },
} as const satisfies Record<string, ColumnSpec>;
type EffectColumn = keyof typeof EFFECT_COLUMNS;

const BETTER_WORDS: Readonly<Record<string, string>> = { 高い方: 'higher', 高いほど良い: 'higher', 低い方: 'lower', 低いほど良い: 'lower' };

/** Options of {@link readEffectTable}. */
export interface ReadEffectTableOptions extends TableMeta {
  /** The chart; by default `change` with 前の値/後の値 columns, `proportions` with 内訳 or n, else `magnitude`. */
  chart?: EffectChartKind;
  measure?: string;
  unit?: string;
}

/**
 * Reads an effect table (`EFFECT_COLUMNS`, Japanese or English headers). `proportions`: a row
 * per group (系列, 値 as `76.4%` or a share, n), then a row per category under it with 系列
 * left blank (or merged) and 内訳 and 値 filled. `change`: a row per measure with 前, 前の値, 後,
 * 後の値, 単位, 良い方向. `magnitude`: a row per measure with 値 and 表示. Numbers may be
 * written with full-width digits and △/▲ for minus. Never throws; every issue names its cell.
 */
export function readEffectTable(input: TableInput, options: ReadEffectTableOptions = {}): TableResult<EffectDocument> {
  const sheet = toSheet(input);
  const header = matchHeader(sheet, sheet.rows, EFFECT_COLUMNS, 'label');
  if (!header.ok) return { ok: false, issues: header.issues };
  const { row: headerRow, columns } = header.match;
  const col = (key: EffectColumn): FoundColumn | undefined => columns[key]?.[0];
  const rows = fillMerged(sheet, new Set([col('label')?.index].filter((i) => i !== undefined)));
  const above = readAbove(sheet, rows, headerRow, { title: options.title });
  const issues: Issue[] = [...header.issues, ...above.issues];
  const chart: EffectChartKind =
    options.chart ?? (col('beforeValue') || col('afterValue') ? 'change' : col('category') || col('n') ? 'proportions' : 'magnitude');
  const cellMap = new CellMap(sheet);

  const series: Record<string, unknown>[] = [];
  let group: { json: Record<string, unknown>; label: string; path: string } | undefined;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const text = (key: EffectColumn) => cellText(cell(row, col(key)));
    const value = (key: EffectColumn) => numberCell(cell(row, col(key)));
    const mapRow = (path: string, keys: Partial<Record<string, EffectColumn>>, main: EffectColumn) => {
      cellMap.set(path, r, col(main)?.index);
      for (const [field, key] of Object.entries(keys)) if (key && col(key)) cellMap.set(`${path}.${field}`, r, col(key)!.index);
    };
    if (chart === 'proportions' && text('category')) {
      if (!group || (text('label') && text('label') !== group.label)) {
        issues.push(cellIssue(sheet, 'table-category-without-group', r, col('category')!.index, { value: text('category') }));
        continue;
      }
      const categories = group.json.categories as Record<string, unknown>[];
      const path = `${group.path}.categories[${categories.length}]`;
      const category: Record<string, unknown> = { label: text('category') };
      if (value('value') !== undefined) category.value = value('value');
      mapRow(path, { label: 'category', value: 'value' }, 'category');
      categories.push(category);
      continue;
    }
    const path = `series[${series.length}]`;
    const json: Record<string, unknown> = { label: text('label') };
    if (chart === 'change') {
      json.before = { label: text('beforeLabel'), value: value('beforeValue') };
      json.after = { label: text('afterLabel'), value: value('afterValue') };
      if (text('unit')) json.unit = text('unit');
      if (text('better')) json.better = BETTER_WORDS[text('better')] ?? text('better');
      mapRow(path, { label: 'label', unit: 'unit', better: 'better' }, 'label');
      for (const side of ['before', 'after'] as const) {
        cellMap.set(`${path}.${side}`, r, col(`${side}Value`)?.index ?? col('label')?.index);
        if (col(`${side}Label`)) cellMap.set(`${path}.${side}.label`, r, col(`${side}Label`)!.index);
        if (col(`${side}Value`)) cellMap.set(`${path}.${side}.value`, r, col(`${side}Value`)!.index);
      }
    } else {
      if (value('value') !== undefined) json.value = value('value');
      if (chart === 'proportions') {
        if (value('n') !== undefined) json.n = value('n');
        json.categories = [];
        group = { json, label: text('label'), path };
      } else if (text('display')) json.display = text('display');
      mapRow(path, { label: 'label', value: 'value', n: 'n', display: 'display' }, 'label');
    }
    series.push(json);
  }
  if (series.length === 0) issues.push(cellIssue(sheet, 'table-no-rows', headerRow, undefined));
  for (const s of series) if (Array.isArray(s.categories) && s.categories.length === 0) delete s.categories;

  const json: Record<string, unknown> = { type: 'effect', chart };
  const title = options.title ?? above.title;
  if (title) json.title = title;
  for (const key of ['description', 'source', 'lang', 'measure', 'unit'] as const) if (options[key]) json[key] = options[key];
  json.series = series;
  const parsed = parseEffect(json);
  if (!parsed.ok) issues.push(...locateIssues(parsed.issues, [{ prefix: 'series', map: cellMap }]));
  if (issues.length > 0 || !parsed.ok) return { ok: false, issues: sortByCell(issues) };
  return { ok: true, value: parsed.value, json };
}

function cell(row: CellValue[] | undefined, column: FoundColumn | undefined): CellValue {
  return column ? row?.[column.index] : undefined;
}

/** A number cell as the JSON takes it: numbers as they are, text as written (parseEffect reads `76.4%`, `△2.4%`). */
function numberCell(value: CellValue): string | number | undefined {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (text === '') return undefined;
  // Plain numbers in text (CSV) become numbers; anything else is left for parseEffect to read or report.
  const plain = text.normalize('NFKC').replace(/^[▲△−]/, '-').replace(/,/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/** Whether a string names an effect chart. */
export function isEffectChart(value: string): value is EffectChartKind {
  return (EFFECT_CHARTS as readonly string[]).includes(value);
}
