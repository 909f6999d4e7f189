/**
 * Words for the budget treemap's drawn items, from the layout's data: the accessible name of
 * each cell (name, amount, share, 補正, change, mismatch and every status) and reference mark,
 * and the statuses a cell's tooltip lists. Pure; the layout carries figures, render reads names.
 */
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { Locale } from '../../data/types.js';
import { chartAmountFormat, TREEMAP_TEXT, type TreemapCell, type TreemapLayout, type TreemapRef } from './layout/index.js';
import { refText } from './layout/refs.js';
import { refKindOf } from './layout/view.js';
import { LazyMap } from '../../kit/lazy-map.js';
import { BUDGET_NAMES } from './words.js';

/** What a name is worded from: the budget's summary (the items behind the cells) and the locale. */
export interface DescribeTreemapContext {
  readonly summary: BudgetSummary;
  readonly locale: Locale;
}

/** The words a description is worded in (the treemap's `T`, the names' `W`) and its amount format `yen`, for the context's locale. */
function describeWords(ctx: DescribeTreemapContext) {
  return { T: TREEMAP_TEXT[ctx.locale], W: BUDGET_NAMES[ctx.locale], yen: chartAmountFormat(ctx.summary, ctx.locale) };
}

/**
 * The statuses of a cell beyond its figures, in the order its name gives them: 一部再掲, how many
 * items a grouped cell holds, each item with no area inside it (`name（再掲 18.0億円）`), and
 * "select to show its items" when it drills.
 */
export function listTreemapCellNotes(ctx: DescribeTreemapContext, cell: TreemapCell): string[] {
  const { summary } = ctx;
  const words = describeWords(ctx);
  const { T, W, yen } = words;
  const notes: string[] = [];
  const s = cell.kind === 'item' && cell.id !== undefined ? summary.items.get(cell.id) : undefined;
  if (s && s.amount.relistedWithin > 0) notes.push(T.partlyRelisted(yen(s.amount.gross), yen(s.amount.relistedWithin)));
  if (cell.kind === 'others') notes.push(W.othersDesc(cell.othersCount ?? 0));
  for (const r of cell.refItems) {
    const item = summary.items.get(r.id);
    if (item) notes.push(W.inside(item.name, refText(words, r.kind, item)));
  }
  if (cell.drill) notes.push(W.drill);
  return notes;
}

/** The accessible name of a cell: `事業A、49.1億円、全体の35.7%、補正 11.5億円、…、選択すると内訳を表示`. */
export function describeTreemapCell(ctx: DescribeTreemapContext, cell: TreemapCell): string {
  const { W } = describeWords(ctx);
  const parts: string[] = [cell.name, cell.amountText];
  // Unallocated 補正 is not part of the initial total: it has no share of it.
  if (cell.kind !== 'supplementary') parts.push(W.shareOf(cell.shareText));
  if (cell.supplementaryText && cell.kind !== 'supplementary') parts.push(cell.supplementaryText);
  if (cell.changeText) parts.push(cell.changeText);
  if (cell.mismatch) parts.push(cell.mismatch.text);
  return [...parts, ...listTreemapCellNotes(ctx, cell)].join(W.sep);
}

/**
 * The accessible name of a reference mark: its name, figure, where a 再掲 is counted and what a
 * 内数 is part of; for a "+N" mark, how many more there are and where they are shown.
 */
export function describeTreemapRef(ctx: DescribeTreemapContext, ref: TreemapRef): string {
  const { W } = describeWords(ctx);
  if (ref.kind === 'more') return ref.drill ? W.moreDesc(ref.hidden ?? 0) : W.moreInTable(ref.hidden ?? 0);
  const s = ctx.summary.items.get(ref.id);
  const partOf = s?.partOf?.of;
  // What it holds (a chip has no area to draw it in): 「…、流通改善ガイドラインの策定（金額の記載なし）」.
  const contents = s && s.item.children.length > 0 ? listRefContents(ctx, ref.id) : [];
  return [ref.name, ...(ref.figure !== undefined ? [ref.figure] : []), ...(ref.originalText ? [ref.originalText] : []), ...(partOf ? [partOf] : []), ...contents].join(W.sep);
}

/**
 * What a reference mark holds, every level down (a chip has no area to draw it in): 柱7's chip
 * 「医療用医薬品の流通改善への一層の対応 金額の記載なし」 holds 「流通改善ガイドラインの策定（金額の記載なし）」.
 */
export function listRefContents(ctx: DescribeTreemapContext, id: string): string[] {
  const { summary } = ctx;
  const words = describeWords(ctx);
  const { W, yen } = words;
  const out: string[] = [];
  for (const child of summary.items.get(id)?.item.children ?? []) {
    const s = summary.items.get(child.id);
    if (!s) continue;
    const kind = refKindOf(s, false);
    out.push(W.inside(s.name, kind ? refText(words, kind, s) : yen(s.amount.counted)), ...listRefContents(ctx, s.id));
  }
  return out;
}

/**
 * Accessible names of every drawn cell and reference mark of a layout, by key. Each is worded
 * on first `get` (kit/lazy-map): a view of thousands of cells names the few drawn as elements,
 * the focused one and the one under the pointer, not every small cell drawn in a batch.
 */
export function describeTreemap(options: DescribeTreemapContext & { readonly layout: TreemapLayout }): ReadonlyMap<string, string> {
  const { layout } = options;
  let items: Map<string, TreemapCell | TreemapRef> | undefined;
  const index = () => {
    if (items) return items;
    items = new Map();
    for (const cell of layout.cells) {
      items.set(cell.key, cell);
      for (const ref of cell.refs) items.set(ref.key, ref);
    }
    for (const ref of layout.rootRefs) items.set(ref.key, ref);
    return items;
  };
  return new LazyMap(
    () => index().keys(),
    (key) => {
      const item = index().get(key);
      if (!item) return undefined;
      return 'level' in item ? describeTreemapCell(options, item) : describeTreemapRef(options, item);
    },
  );
}
