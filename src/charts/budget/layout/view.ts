/**
 * Which items one treemap view shows, and with what area: the pruned tree the treemap lays out.
 *
 * A view is rooted at the document or at one item (the drill-down focus) and shows two levels
 * below it; with a minimum cell area of 0 (`min-cell-area="0"`) it shows every level, down to
 * every leaf, and gathers nothing. Area is counted (new) money from `summarizeBudget`: 再掲 and 内数 items take none
 * and are listed as references inside their parent; items with no counted money are listed the
 * same way, never dropped. Children too small to see are gathered into one "others" node per
 * parent; drilling into it shows the gathered children. Pure; no DOM.
 */
import type { BudgetItemSummary, BudgetSummary } from '../../../data/budget-summary.js';

/** Whether supplementary (補正) money is drawn beside the initial amounts. */
export const TREEMAP_SUPPLEMENTARY = ['initial', 'with-supplementary'] as const;
export type TreemapSupplementary = (typeof TREEMAP_SUPPLEMENTARY)[number];

/** What the labels show: the amount, or the year-on-year change. */
export const TREEMAP_MODES = ['amount', 'change'] as const;
export type TreemapMode = (typeof TREEMAP_MODES)[number];

/** Kinds of area a view node may be. */
export type ViewNodeKind = 'root' | 'item' | 'others' | 'unitemised' | 'supplementary';

/** Why an item inside a parent takes no area. */
export type ViewRefKind = 'relist' | 'part-of' | 'zero';

/** An item listed inside its parent with no area of its own. */
export interface ViewRef {
  readonly kind: ViewRefKind;
  readonly item: BudgetItemSummary;
}

/** A node of the pruned tree handed to d3's treemap. */
export interface ViewNode {
  readonly key: string;
  readonly kind: ViewNodeKind;
  /** The item, for `item` nodes; the parent item (or undefined for the document) otherwise. */
  readonly item?: BudgetItemSummary;
  /** Area value in yen: counted initial money, plus 補正 when it is shown. Leaves only. */
  readonly value: number;
  /** Initial counted money in yen (for `others`, the gathered items' total). */
  readonly counted: number;
  /** 補正 counted money in yen drawn with this node (0 when not shown). */
  readonly supplementary: number;
  /** For `others`: how many items were gathered, and where they start in the sorted children. */
  readonly othersCount?: number;
  readonly othersOffset?: number;
  /** For `others`: the parent item's id (absent at the top level). */
  readonly parentId?: string;
  /** For `others`: the gathered items' ids (in order). */
  readonly othersIds?: readonly string[];
  /** Items inside with no area (再掲, 内数, zero). */
  readonly refs: readonly ViewRef[];
  readonly children?: ViewNode[];
}

/** Where a view is rooted: the document (`id` undefined) or an item, from `offset` in its children. */
export interface ViewFocus {
  readonly id?: string;
  /** Start of the shown children in size order (drilling into an "others" cell). */
  readonly offset?: number;
}

interface BuildOptions {
  readonly summary: BudgetSummary;
  readonly focus: ViewFocus;
  readonly supplementary: TreemapSupplementary;
  /** Area of the drawing in px², to decide what is too small to see. */
  readonly area: number;
  /** Cells smaller than this many px² are gathered; 0: nothing is gathered and every level is shown. */
  readonly minCellArea: number;
}

/** Whether a minimum cell area asks for every leaf: every level below the focus, nothing gathered. */
export function isEveryLeaf(minCellArea: number): boolean {
  return minCellArea <= 0;
}

/** Children of an item (or the top-level items), as summaries. */
export function listChildren(summary: BudgetSummary, id: string | undefined): BudgetItemSummary[] {
  const items = id === undefined ? topLevel(summary) : (summary.items.get(id)?.item.children ?? []);
  const out: BudgetItemSummary[] = [];
  for (const child of items) {
    const s = summary.items.get(child.id);
    if (s) out.push(s);
  }
  return out;
}

const topLevelCache = new WeakMap<BudgetSummary, BudgetItemSummary[]>();
function topLevel(summary: BudgetSummary): BudgetItemSummary[] {
  let list = topLevelCache.get(summary);
  if (!list) {
    list = summary.order.filter((s) => s.depth === 0);
    topLevelCache.set(summary, list);
  }
  return list;
}

/** The reason an item takes no area, or undefined when it does. */
export function refKindOf(s: BudgetItemSummary, withSupplementary: boolean): ViewRefKind | undefined {
  if (s.relistOf !== undefined) return 'relist';
  if (s.partOf !== undefined) return 'part-of';
  const value = s.amount.counted + (withSupplementary ? s.supplementary.counted : 0);
  return value > 0 ? undefined : 'zero';
}

/** The area value of an item in yen. */
export function valueOf(s: BudgetItemSummary, withSupplementary: boolean): number {
  return s.amount.counted + (withSupplementary ? s.supplementary.counted : 0);
}

/**
 * Splits an item's children into area children (sorted by value, largest first; ties keep
 * document order) and references with no area.
 */
export function splitChildren(
  summary: BudgetSummary,
  id: string | undefined,
  withSupplementary: boolean,
): { sized: BudgetItemSummary[]; refs: ViewRef[] } {
  const sized: BudgetItemSummary[] = [];
  const refs: ViewRef[] = [];
  for (const child of listChildren(summary, id)) {
    const kind = refKindOf(child, withSupplementary);
    if (kind) refs.push({ kind, item: child });
    else sized.push(child);
  }
  // Stable sort: equal values keep document order.
  sized.sort((a, b) => valueOf(b, withSupplementary) - valueOf(a, withSupplementary));
  return { sized, refs };
}

/** Builds the pruned tree of one view: two levels, or every level when `minCellArea` is 0. */
export function buildView(options: BuildOptions): ViewNode {
  const { summary, focus, supplementary, area, minCellArea } = options;
  const withSupp = supplementary === 'with-supplementary';
  const focusItem = focus.id === undefined ? undefined : summary.items.get(focus.id);
  if (focus.id !== undefined && !focusItem) throw new Error(`treemap: unknown focus ${focus.id}`);
  const offset = focus.offset ?? 0;
  const everyLeaf = isEveryLeaf(minCellArea);

  const { sized, refs } = splitChildren(summary, focus.id, withSupp);
  const shown = sized.slice(offset);
  const viewTotal = shown.reduce((sum, s) => sum + valueOf(s, withSupp), 0)
    + (offset === 0 && focusItem ? extrasOf(focusItem, withSupp) : 0);
  const scale = viewTotal > 0 ? area / viewTotal : 0;

  const level1 = gather(shown, offset, focus.id, scale, minCellArea, withSupp, (s) => itemNode(s, 1));
  if (offset === 0 && focusItem) level1.push(...extraNodes(focusItem, withSupp));

  function itemNode(s: BudgetItemSummary, level: number): ViewNode {
    const value = valueOf(s, withSupp);
    const supp = withSupp ? s.supplementary.counted : 0;
    if ((level >= 2 && !everyLeaf) || s.item.children.length === 0) {
      return { key: s.id, kind: 'item', item: s, value, counted: s.amount.counted, supplementary: supp, refs: [] };
    }
    const split = splitChildren(summary, s.id, withSupp);
    const children = gather(split.sized, 0, s.id, scale, minCellArea, withSupp, (c) => itemNode(c, level + 1));
    children.push(...extraNodes(s, withSupp));
    if (children.length === 0) {
      // Every child is a reference (再掲/内数/zero) and nothing is unitemised: draw as a leaf.
      return { key: s.id, kind: 'item', item: s, value, counted: s.amount.counted, supplementary: supp, refs: split.refs };
    }
    return { key: s.id, kind: 'item', item: s, value: 0, counted: s.amount.counted, supplementary: supp, refs: split.refs, children };
  }

  return {
    key: focusItem ? focusItem.id : '',
    kind: 'root',
    item: focusItem,
    value: 0,
    counted: focusItem ? focusItem.amount.counted : summary.totals.amount.counted,
    supplementary: withSupp ? (focusItem ? focusItem.supplementary.counted : summary.totals.supplementary.counted) : 0,
    refs: offset === 0 ? refs : [],
    children: level1,
  };
}

/** Yen an item declares beyond its children: its unitemised initial (and 補正) money. */
function extrasOf(s: BudgetItemSummary, withSupp: boolean): number {
  return s.amount.unitemised + (withSupp ? s.supplementary.unitemised : 0);
}

function extraNodes(s: BudgetItemSummary, withSupp: boolean): ViewNode[] {
  const out: ViewNode[] = [];
  if (s.amount.unitemised > 0) {
    const v = s.amount.unitemised;
    out.push({ key: `unitemised:${s.id}`, kind: 'unitemised', item: s, value: v, counted: v, supplementary: 0, refs: [] });
  }
  if (withSupp && s.supplementary.unitemised > 0) {
    const v = s.supplementary.unitemised;
    out.push({ key: `supplementary:${s.id}`, kind: 'supplementary', item: s, value: v, counted: 0, supplementary: v, refs: [] });
  }
  return out;
}

/**
 * Turns sorted children into nodes, gathering the tail whose cells would be smaller than
 * `minCellArea` into one "others" node (only when it gathers two or more).
 */
function gather(
  sorted: readonly BudgetItemSummary[],
  offset: number,
  parentId: string | undefined,
  scale: number,
  minCellArea: number,
  withSupp: boolean,
  make: (s: BudgetItemSummary) => ViewNode,
): ViewNode[] {
  let cut = sorted.length;
  while (cut > 0 && valueOf(sorted[cut - 1]!, withSupp) * scale < minCellArea) cut -= 1;
  if (sorted.length - cut < 2) cut = sorted.length;
  const nodes = sorted.slice(0, cut).map(make);
  if (cut < sorted.length) {
    const rest = sorted.slice(cut);
    let counted = 0;
    let supp = 0;
    for (const s of rest) {
      counted += s.amount.counted;
      if (withSupp) supp += s.supplementary.counted;
    }
    const parentKey = parentId ?? '';
    const start = offset + cut;
    nodes.push({
      key: `others:${parentKey}:${start}`,
      kind: 'others',
      value: counted + supp,
      counted,
      supplementary: supp,
      othersCount: rest.length,
      othersOffset: start,
      othersIds: rest.map((s) => s.id),
      refs: [],
      ...(parentId === undefined ? {} : { parentId }),
    });
  }
  return nodes;
}
