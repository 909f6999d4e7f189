/**
 * The table alternative of an effect chart, as plain data: every datum of the document in
 * rows and columns, including categories the data gives no value for (不明 / unknown). The
 * element renders it as an HTML table; tests read it in Node.
 */
import { DERIVED, summarizeEffect } from '../../data/effect-summary.js';
import type { ChangeDocument, EffectDocument, Locale, MagnitudeDocument, ProportionsDocument } from '../../data/types.js';
import { formatPercent } from '../../format/number.js';
import { formatNumber } from '../../format/counts.js';
import type { DataTable } from '../../kit/data-table.js';
import { describeChange, formatChangePoint } from './layout/change.js';
import { formatMagnitude } from './layout/magnitude.js';
import { EFFECT_TABLE_WORDS } from './table-words.js';
import {
  compareProportions,
  comparePairs,
  compareWithFirst,
  describeComparison,
  describeGroupDifference,
  describePair,
  getSeriesInterval,
  splitProportion,
} from './layout/proportions.js';

/** One cell: its text, and whether it is a number (aligned to the end). */
export interface EffectTableCell {
  text: string;
  numeric?: boolean;
}

/** A table: a caption, column headers, rows with a row header, and lines under it. */
export interface EffectTable {
  caption: string;
  columns: string[];
  rows: { header: string; cells: EffectTableCell[] }[];
  /** Stated comparisons and footnotes, shown under the table. */
  notes: string[];
}


function proportionsTable(doc: ProportionsDocument, locale: Locale): EffectTable {
  const w = EFFECT_TABLE_WORDS[locale];
  const pct = (v: number) => formatPercent(v, { locale });
  const categoryNames: string[] = [];
  for (const s of doc.series) for (const c of s.categories) if (!categoryNames.includes(c.label)) categoryNames.push(c.label);
  const hasN = doc.series.some((s) => s.n !== undefined);
  const hasUnknown = doc.series.some((s) => splitProportion(s, locale).some((seg) => seg.kind === 'unknown'));
  // Three or more groups: each against the first, in its own column.
  const against = compareWithFirst(doc);
  const first = doc.series[0]?.label ?? '';
  const againstColumn = w.against(first);
  const columns = [
    w.group,
    doc.measure ?? w.value,
    ...(hasN ? [w.n, w.ci] : []),
    ...categoryNames,
    ...(hasUnknown ? [w.unknownShare] : []),
    ...(against.length ? [againstColumn] : []),
  ];
  const rows = doc.series.map((s, index) => {
    const interval = getSeriesInterval(s);
    const cells: EffectTableCell[] = [{ text: `${pct(s.value)}${s.derived ? DERIVED[locale] : ''}`, numeric: true }];
    if (hasN) {
      cells.push({ text: s.n === undefined ? w.none : formatNumber(s.n, { locale }), numeric: true });
      cells.push({ text: interval ? `${pct(interval.lower)}${w.to}${pct(interval.upper)}` : w.none, numeric: true });
    }
    for (const name of categoryNames) {
      const category = s.categories.find((c) => c.label === name);
      cells.push(
        category === undefined
          ? { text: w.none }
          : category.value === undefined
            ? { text: w.unknown }
            : { text: pct(category.value), numeric: true },
      );
    }
    if (hasUnknown) {
      const unknown = splitProportion(s, locale).find((seg) => seg.kind === 'unknown');
      cells.push(unknown ? { text: pct(unknown.end - unknown.start), numeric: true } : { text: w.none });
    }
    if (against.length) {
      const c = against.find((a) => a.index === index);
      // The column header names the first group: the cell states the rest of the comparison.
      cells.push(c ? { text: describeGroupDifference(c, locale), numeric: true } : { text: w.none });
    }
    return { header: s.label, cells };
  });
  const comparison = compareProportions(doc);
  const notes: string[] = [];
  if (comparison && doc.series.length === 2 && doc.series[0] && doc.series[1]) {
    notes.push(`${doc.series[0].label} − ${doc.series[1].label}: ${describeComparison(comparison, locale)}`);
  }
  // The pairs the document asks for (`comparisons`), each with its interval.
  for (const pair of comparePairs(doc)) notes.push(describePair(doc, pair, locale));
  return { caption: doc.title ?? doc.measure ?? '', columns, rows, notes };
}

function changeTable(doc: ChangeDocument, locale: Locale): EffectTable {
  const w = EFFECT_TABLE_WORDS[locale];
  const columns = [w.series, ...w.changeColumns];
  const rows = doc.series.map((s) => {
    const unit = s.unit ?? doc.unit;
    return {
      header: s.label,
      cells: [
        { text: s.before.label },
        { text: formatChangePoint(s, 'before', unit, locale), numeric: true },
        { text: s.after.label },
        { text: formatChangePoint(s, 'after', unit, locale), numeric: true },
        { text: describeChange(s, unit, locale), numeric: true },
      ],
    };
  });
  return { caption: doc.title ?? doc.measure ?? '', columns, rows, notes: [] };
}

function magnitudeTable(doc: MagnitudeDocument, locale: Locale): EffectTable {
  const w = EFFECT_TABLE_WORDS[locale];
  const hasDisplay = doc.series.some((s) => s.display !== undefined);
  const hasDerived = doc.series.some((s) => s.derived);
  const columns = [w.series, ...(hasDisplay ? [w.shown] : []), w.value, ...(hasDerived ? [w.basis] : [])];
  const rows = doc.series.map((s) => ({
    header: s.label,
    cells: [
      ...(hasDisplay ? [{ text: s.display ?? w.none }] : []),
      { text: formatMagnitude(s.value, doc.unit, locale), numeric: true },
      ...(hasDerived ? [{ text: s.derived ? w.derived : w.stated }] : []),
    ],
  }));
  // The stated comparison (「2016年は2003年の約680分の1」), as drawn.
  const facts = summarizeEffect(doc, { locale }).facts;
  const notes = facts.chart === 'magnitude' && facts.comparison?.statement ? [facts.comparison.statement] : [];
  return { caption: doc.title ?? doc.measure ?? '', columns, rows, notes };
}

/** Whether column `index` (0: the row headers) holds numbers, judged by its cells. */
export function isNumericColumn(table: EffectTable, index: number): boolean {
  if (index === 0) return false;
  return table.rows.some((row) => row.cells[index - 1]?.numeric === true);
}

/**
 * Builds the table alternative of an effect document in the given locale. Footnotes (`notes`)
 * are not repeated (the element shows them under the drawing); the editor's notes
 * (`editorNotes`, never drawn) are listed after the stated comparisons, marked as such.
 */
export function buildEffectTable(options: { doc: EffectDocument; locale: Locale }): EffectTable {
  const { doc, locale } = options;
  const table =
    doc.chart === 'proportions' ? proportionsTable(doc, locale) : doc.chart === 'change' ? changeTable(doc, locale) : magnitudeTable(doc, locale);
  const w = EFFECT_TABLE_WORDS[locale];
  for (const note of doc.editorNotes ?? []) table.notes.push(w.editor(note));
  for (const s of doc.series) for (const note of s.editorNotes ?? []) table.notes.push(w.editorOf(s.label, note));
  return table;
}

/** The table alternative as the shared {@link DataTable}: row headers first, numbers aligned cell by cell. */
export function effectDataTable(options: { doc: EffectDocument; locale: Locale }): DataTable {
  const table = buildEffectTable(options);
  return {
    caption: table.caption,
    header: table.columns,
    rows: table.rows.map((row) => [row.header, ...row.cells.map((cell) => cell.text)]),
    numeric: table.columns.flatMap((_, i) => (isNumericColumn(table, i) ? [i] : [])),
    numericCells: table.rows.map((row) => [false, ...row.cells.map((cell) => cell.numeric === true)]),
    rowHeader: 0,
    notes: table.notes,
  };
}
