/**
 * The table alternative of the budget treemap: every item (re-listed, part-of and zero ones
 * included) with the same figures the cells and their names give. Pure; the element renders it.
 */
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { Locale } from '../../data/types.js';
import { formatPercent } from '../../format/number.js';
import { chartAmountFormat } from './layout/format.js';
import type { DataTable } from '../../kit/data-table.js';
import { formatChange } from './layout/index.js';
import { BUDGET_CSV_WORDS, BUDGET_TABLE_WORDS } from './table-words.js';

/** One row: an item, with its outline number (`1-2`) and formatted figures. */
export interface TreemapTableRow {
  readonly id: string;
  readonly depth: number;
  /** Outline number: `1`, `1-2`, `1-2-3`. */
  readonly number: string;
  readonly name: string;
  /** 区分: `再掲（計上先: …）`, `内数（13.5億円の内数）`, `一部再掲`, or ''. */
  readonly status: string;
  /** The amount as declared, or the children's sum when none is declared (`—` for 内数). */
  readonly declared: string;
  /** New money counted here (再掲 and 内数: 0). */
  readonly counted: string;
  /** Share of the total counted money. */
  readonly share: string;
  readonly supplementary: string;
  readonly previous: string;
  readonly change: string;
  /** Mismatches, unitemised money, the item's note, and its editor's notes (marked as such). */
  readonly notes: string;
  /** The row's cells in the order of `TreemapTable.columns` (number and name included). */
  readonly cells: readonly string[];
}

/** The table: its caption, column headers and rows. */
export interface TreemapTable {
  readonly caption: string;
  /** Column headers; 補正 and 前年度 columns only when some item gives such a figure. */
  readonly columns: readonly string[];
  /** Indices of numeric columns (right-aligned). */
  readonly numeric: readonly number[];
  readonly rows: readonly TreemapTableRow[];
  /** Total line: counted total, 補正 total. */
  readonly totalRow: readonly string[];
  /** The document's editor's notes (how the source was read), shown under the table. */
  readonly editorNotes: readonly string[];
}

/** Options of {@link buildTreemapTable}. */
export interface BuildTreemapTableOptions {
  readonly summary: BudgetSummary;
  readonly locale: Locale;
  readonly caption: string;
  /** The document's editor's notes (`editorNotes`). */
  readonly editorNotes?: readonly string[];
}

/** Column keys, in order; `supplementary`, `previous` and `change` only when data gives them. */
const COLUMN_KEYS = ['number', 'name', 'status', 'declared', 'counted', 'share', 'supplementary', 'previous', 'change', 'notes'] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];
const NUMERIC_KEYS: ReadonlySet<ColumnKey> = new Set(['declared', 'counted', 'share', 'supplementary', 'previous', 'change']);

/** Builds the table alternative: one row per item, depth first in document order. */
export function buildTreemapTable(options: BuildTreemapTableOptions): TreemapTable {
  const { summary, locale, caption } = options;
  const T = BUDGET_TABLE_WORDS[locale];
  // Budgets repeat amounts: format each distinct figure once, the one way the chart writes them
  // (never 「4億5,632万円」 beside 「0.7億円」).
  const format = chartAmountFormat(summary, locale);
  const yenCache = new Map<number, string>();
  const yen = (v: number) => {
    let text = yenCache.get(v);
    if (text === undefined) yenCache.set(v, (text = format(v)));
    return text;
  };
  const total = summary.totals.amount.counted;
  const mismatches = new Map<string, string[]>();
  for (const m of summary.mismatches) {
    const label = m.measure === 'amount' ? T.amount : m.measure === 'supplementary' ? T.supp : T.previous;
    const list = mismatches.get(m.id) ?? [];
    list.push(T.mismatch(yen(m.declared), yen(m.childrenGross), label));
    mismatches.set(m.id, list);
  }

  const keys = COLUMN_KEYS.filter(
    (k) => (k !== 'supplementary' || summary.hasSupplementary) && ((k !== 'previous' && k !== 'change') || summary.hasPrevious),
  );
  const rows: TreemapTableRow[] = [];
  const counters: number[] = [];
  for (const s of summary.order) {
    counters.length = s.depth + 1;
    counters[s.depth] = (counters[s.depth] ?? 0) + 1;
    const number = counters.map((n) => String(n ?? 0)).join('-');
    let status = '';
    if (s.relistOf !== undefined) status = T.relist(summary.items.get(s.relistOf)?.name ?? s.relistOf);
    else if (s.partOf) status = s.partOf.amount !== undefined ? T.partOf(yen(s.partOf.amount)) : T.partOfUnknown;
    else if (s.amount.relistedWithin > 0) status = T.partly;
    const declared =
      s.partOf !== undefined
        ? T.none
        : s.amount.basis === 'declared'
          ? yen(s.amount.gross)
          : s.amount.basis === 'children'
            ? T.fromChildren(yen(s.amount.gross))
            : T.none;
    const notes: string[] = [...(mismatches.get(s.id) ?? [])];
    if (s.item.children.length > 0 && s.amount.unitemised > 0) notes.push(T.unitemised(yen(s.amount.unitemised)));
    if (s.item.note) notes.push(s.item.note);
    for (const e of s.item.editorNotes ?? []) notes.push(T.editor(e));
    // Unknown is not zero: an item with no figure of its own or below says so.
    const unknown = s.partOf === undefined && s.relistOf === undefined && s.amount.basis === 'none';
    const row = {
      id: s.id,
      depth: s.depth,
      number,
      name: s.name,
      status,
      declared,
      counted: unknown ? T.unknown : yen(s.amount.counted),
      share: unknown ? T.none : total > 0 ? formatPercent(s.amount.counted / total, { locale }) : T.none,
      supplementary: s.supplementary.basis === 'none' ? '' : yen(s.supplementary.gross),
      previous: s.previous.basis === 'none' ? '' : yen(s.previous.gross),
      change: s.change ? formatChange(s.change.difference, locale, format) : '',
      notes: notes.join(T.noteSep),
    };
    rows.push({ ...row, cells: keys.map((k) => row[k]) });
  }
  const totals: Record<ColumnKey, string> = Object.fromEntries(
    COLUMN_KEYS.map((k, i) => [
      k,
      [
      '',
      T.total,
      '',
      '',
      yen(total),
      total > 0 ? formatPercent(1, { locale }) : T.none,
      summary.hasSupplementary ? yen(summary.totals.supplementary.counted) : '',
      summary.hasPrevious ? yen(summary.totals.previous.counted) : '',
      summary.change ? formatChange(summary.change.difference, locale, format) : '',
      '',
      ][i]!,
    ]),
  ) as Record<ColumnKey, string>;
  return {
    caption,
    columns: keys.map((k) => T.columns[COLUMN_KEYS.indexOf(k)]!),
    numeric: keys.flatMap((k, i) => (NUMERIC_KEYS.has(k) ? [i] : [])),
    rows,
    totalRow: keys.map((k) => totals[k]),
    editorNotes: (options.editorNotes ?? []).map(T.editor),
  };
}

/** The table alternative as the shared {@link DataTable}: outline numbers kept on one line, names heading their rows, indented by depth. */
export function treemapDataTable(table: TreemapTable): DataTable {
  return {
    caption: table.caption,
    header: table.columns,
    rows: table.rows.map((row) => row.cells),
    numeric: table.numeric,
    nowrap: [0],
    rowHeader: 1,
    depths: table.rows.map((row) => row.depth),
    footer: table.totalRow,
    notes: table.editorNotes,
  };
}

/** Every item in document order with figures in whole yen (spreadsheets add them up): the CSV export. */
export function budgetDataTable({ summary, locale, caption }: { summary: BudgetSummary; locale: Locale; caption?: string }): DataTable {
  const w = BUDGET_CSV_WORDS[locale];
  const rows: (string | number)[][] = [];
  for (const s of summary.items.values()) {
    const status = s.relistOf ? `${w.relisted}:${s.relistOf}` : s.partOf ? w.partOf : s.partlyRelisted ? w.partly : '';
    rows.push([
      s.id,
      s.parentId ?? '',
      s.name,
      status,
      s.amount.declared ?? '',
      s.amount.counted,
      s.supplementary.declared ?? '',
      s.previous.declared ?? '',
      s.partOf?.amount ?? '',
      s.item.note ?? '',
    ]);
  }
  return { ...(caption !== undefined ? { caption } : {}), header: w.header, rows };
}
