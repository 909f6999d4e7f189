/**
 * Budget arithmetic: what each item and the whole document add up to, without double counting
 * 再掲 (re-listed) or 内数 (part-of) amounts, with 補正 (supplementary) money kept beside the
 * initial amounts, and every declared total that disagrees with its parts reported.
 *
 * Pure: no DOM, runs in Node. Every figure is in exact integer yen.
 *
 * ## The rules (DOMAIN.md, DATA-FORMAT.md)
 *
 * The same rules are applied to three measures, each figured separately: the initial `amount`,
 * the `supplementary` (補正) money and the `previous` (前年度) amount.
 *
 * - **gross**: what the item is worth as written: its declared figure; when it declares none
 *   and has children, the sum of its children's gross figures (a parent without `amount` is
 *   counted as the sum of its children); a 内数 (`partOf`) item is always 0.
 * - **relistedWithin**: the gross of the 再掲 items inside the item (the outermost re-listed
 *   descendant on each branch; a re-listed item inside a re-listed item is not subtracted
 *   twice). For an item that is itself re-listed, this is 0.
 * - **counted**: the item's new money: `gross - relistedWithin`; 0 for a re-listed or 内数
 *   item and for every item inside one (`uncounted`). The counted figures of the top-level
 *   items add up to the document total, and no yen is ever counted twice.
 * - **childrenCounted**: the sum of the children's counted figures.
 * - **unitemised**: `counted - childrenCounted` when that is positive and the children give
 *   figures for this measure (money the slide declares but does not break down); for an item
 *   whose children give no figure at all (all 内数, say) it is its whole counted figure; 0 for
 *   a leaf.
 * - A **mismatch** is an item (not 内数) that declares a figure, has children that give
 *   figures for the same measure, and whose declared figure is not the sum of its children's
 *   gross figures (for an item that is not re-listed this is the same as `counted !==
 *   childrenCounted`: the 再掲 inside is on both sides). Both figures are reported; the data is
 *   never corrected.
 * - A 内数 item counts 0 for every measure (its money is inside another program); its declared
 *   figures are still reported. A declared figure smaller than the 再掲 inside it counts 0 and
 *   is reported as a mismatch.
 * - **Year on year** compares counted amounts with counted 前年度 figures, and only where the
 *   前年度 figures cover all the counted money (`comparable`); partial figures give no change.
 */
import type { BudgetDocument, BudgetItem, BudgetUnit, PartOf } from './types.js';

/** The three measures summarised for each item. */
export const BUDGET_MEASURES = ['amount', 'supplementary', 'previous'] as const;
export type BudgetMeasure = (typeof BUDGET_MEASURES)[number];

/** How an item's gross figure for one measure was found. */
export const FIGURE_BASES = ['declared', 'children', 'none'] as const;
/**
 * `declared`: the item gives the figure itself; `children`: it gives none, so its children's
 * figures are summed; `none`: neither it nor any descendant gives a figure (gross is 0).
 */
export type FigureBasis = (typeof FIGURE_BASES)[number];

/** One measure's figures for one item, in yen. See the module comment for the rules. */
export interface MeasureFigures {
  /** The figure as the data declares it, in yen; absent when the item gives none. */
  readonly declared?: number;
  /** Declared, or the children's gross sum when not declared; 0 for 内数 items. */
  readonly gross: number;
  /** Where `gross` came from. */
  readonly basis: FigureBasis;
  /** Gross of the 再掲 items inside this one (outermost per branch); 0 when `uncounted`. */
  readonly relistedWithin: number;
  /**
   * New money: `gross - relistedWithin`; 0 for `uncounted` items (re-listed, 内数, or inside
   * one). Size cells by this.
   */
  readonly counted: number;
  /** Sum of the children's `counted`; 0 for a leaf. */
  readonly childrenCounted: number;
  /**
   * Money declared here but not broken down into children: `counted - childrenCounted` when
   * positive (or all of `counted` when no child gives a figure); 0 for a leaf.
   */
  readonly unitemised: number;
}

/** Year-on-year change of one item or of the whole document (initial amounts). */
export interface BudgetChange {
  /** 前年度 figure in yen. */
  readonly previous: number;
  /** This year's figure in yen. */
  readonly current: number;
  /** `current - previous` in yen (negative for a cut). */
  readonly difference: number;
  /** `current / previous`; absent when `previous` is 0. */
  readonly ratio?: number;
}

/** The summary of one item. */
export interface BudgetItemSummary {
  readonly id: string;
  readonly name: string;
  /** JSON path of the item in the input, e.g. `items[2].children[0]`. */
  readonly path: string;
  /** The validated item itself (children, note, source...). */
  readonly item: BudgetItem;
  /** Id of the parent item; absent at the top level. */
  readonly parentId?: string;
  /** Ids from the top-level item down to the parent (empty at the top level). */
  readonly ancestors: readonly string[];
  /** 0 for top-level items. */
  readonly depth: number;
  /** The initial amount (当初). */
  readonly amount: MeasureFigures;
  /** 補正: supplementary money, drawn beside the initial amount, never inside it. */
  readonly supplementary: MeasureFigures;
  /** 前年度: last year's amounts. */
  readonly previous: MeasureFigures;
  /**
   * Whether the 前年度 figure covers everything the item counts: it declares one; or it has no
   * unitemised money, some child is comparable and every child that counts money is
   * comparable. False for `uncounted` items and for items with no 前年度 figure anywhere.
   */
  readonly comparable: boolean;
  /**
   * Year-on-year change of the counted initial amount (new money this year against last
   * year's, 再掲 inside excluded on both sides), when the item is `comparable` and gives an
   * amount; absent otherwise (never computed from partial figures).
   */
  readonly change?: BudgetChange;
  /** 再掲: the id of the original item, where this money is counted. */
  readonly relistOf?: string;
  /** 内数: the larger program this item is an unknown share of. */
  readonly partOf?: PartOf;
  /**
   * True for re-listed and 内数 items and every item inside one: their money is counted
   * elsewhere (or nowhere), so every `counted` figure is 0 and they add nothing to any total.
   * Draw them as references or lists, not as areas.
   */
  readonly uncounted: boolean;
  /** 一部再掲: some descendant is re-listed (so `amount.relistedWithin` may be > 0). */
  readonly partlyRelisted: boolean;
  /** Ids of items elsewhere that re-list this one (再掲 pointing here). */
  readonly relistedBy: readonly string[];
}

/** A declared figure that disagrees with the sum of its children. */
export interface BudgetMismatch {
  readonly id: string;
  readonly name: string;
  /** JSON path of the item, e.g. `items[2]`. */
  readonly path: string;
  /** Names from the top-level item down to this one, for a readable location. */
  readonly namePath: readonly string[];
  readonly measure: BudgetMeasure;
  /** The item's declared figure (gross, as written). */
  readonly declared: number;
  /** Sum of the children's gross figures. */
  readonly childrenGross: number;
  /** The item's counted figure (declared minus 再掲 inside). */
  readonly counted: number;
  /** Sum of the children's counted figures. */
  readonly childrenCounted: number;
  /**
   * `declared - childrenGross` (= `counted - childrenCounted` for items not re-listed):
   * positive when the children fall short of the declared figure, negative when they exceed it.
   */
  readonly difference: number;
}

/** A 再掲 whose amount differs from its original's. */
export interface BudgetRelistDifference {
  /** The 再掲 item. */
  readonly id: string;
  /** JSON path of the 再掲 item. */
  readonly path: string;
  /** The original's id. */
  readonly relistOf: string;
  /** The 再掲 item's gross initial amount in yen. */
  readonly amount: number;
  /** The original's gross initial amount in yen. */
  readonly original: number;
}

/** Totals of one measure for the whole document. */
export interface BudgetTotals {
  /** Sum of the top-level items' counted figures: every yen once, 再掲 and 内数 excluded. */
  readonly counted: number;
  /** Naive sum of the figures the top-level items declare (as a slide's reader would add them). */
  readonly declaredTopLevel: number;
  /** Ids of top-level items that declare no figure for this measure. */
  readonly undeclaredTopLevel: readonly string[];
}

/** Everything `summarizeBudget` works out. */
export interface BudgetSummary {
  /** The unit the document was written in (figures here are all yen). */
  readonly unit: BudgetUnit;
  /** Initial amounts (当初): `totals.amount.counted` is the budget's total. */
  readonly totals: Readonly<Record<BudgetMeasure, BudgetTotals>>;
  /** Whether any item gives a 補正 figure. */
  readonly hasSupplementary: boolean;
  /** Whether any item gives a 前年度 figure. */
  readonly hasPrevious: boolean;
  /**
   * Year-on-year change of the whole document (counted totals), when some top-level item is
   * `comparable` and every top-level item that counts money is; absent otherwise.
   */
  readonly change?: BudgetChange;
  /** Every item by id. */
  readonly items: ReadonlyMap<string, BudgetItemSummary>;
  /** Every item, depth first in document order. */
  readonly order: readonly BudgetItemSummary[];
  /** Declared-versus-computed disagreements, in document order (amount before 補正). */
  readonly mismatches: readonly BudgetMismatch[];
  /** 再掲 items, in document order. */
  readonly relisted: readonly BudgetItemSummary[];
  /** 内数 items, in document order. */
  readonly partOf: readonly BudgetItemSummary[];
  /**
   * 再掲 items whose amount is not their original's (gross initial amounts, both known): the
   * 再掲 subtracts its own figure from its parent while the original counts its own, so a
   * difference means some money is counted twice or not at all. Reported, never corrected.
   */
  readonly relistDifferences: readonly BudgetRelistDifference[];
}

/**
 * Works out counted amounts, totals, mismatches and year-on-year changes of a validated budget
 * (the `value` of `parseBudget`). Pure; never throws on a document `parseBudget` accepted.
 */
export function summarizeBudget(budget: BudgetDocument): BudgetSummary {
  const relistedBy = new Map<string, string[]>();
  const walkRelists = (items: readonly BudgetItem[]): void => {
    for (const item of items) {
      if (item.relistOf !== undefined) {
        const list = relistedBy.get(item.relistOf) ?? [];
        list.push(item.id);
        relistedBy.set(item.relistOf, list);
      }
      walkRelists(item.children);
    }
  };
  walkRelists(budget.items);

  const items = new Map<string, BudgetItemSummary>();
  const order: BudgetItemSummary[] = [];
  const mismatches: BudgetMismatch[] = [];

  /**
   * Summarises `item` and its subtree; puts it in `order` in document order (parent first).
   * `ancestors` are the items above it; `ancestorIds` their ids (shared by siblings).
   */
  const visit = (
    item: BudgetItem,
    ancestors: readonly BudgetItem[],
    ancestorIds: readonly string[],
    insideUncounted: boolean,
  ): BudgetItemSummary => {
    const uncounted = insideUncounted || item.relistOf !== undefined || item.partOf !== undefined;
    const index = order.length;
    order.push(undefined as unknown as BudgetItemSummary); // placeholder: parent before children
    let children: BudgetItemSummary[] = EMPTY;
    if (item.children.length > 0) {
      const childAncestors = [...ancestors, item];
      const childIds = [...ancestorIds, item.id];
      children = item.children.map((child) => visit(child, childAncestors, childIds, uncounted));
    }
    const amount = figure(item, 'amount', children, uncounted);
    const supplementary = figure(item, 'supplementary', children, uncounted);
    const previous = figure(item, 'previous', children, uncounted);
    // Three calls, not a loop over [measure, figures] pairs: a fresh tab runs this once per
    // item in V8's interpreter, where iterating and destructuring arrays is the slow part.
    addMismatch(mismatches, item, ancestors, 'amount', amount);
    addMismatch(mismatches, item, ancestors, 'supplementary', supplementary);
    addMismatch(mismatches, item, ancestors, 'previous', previous);
    const parent = ancestors[ancestors.length - 1];
    const comparable = isComparable(uncounted, amount, previous, children);
    let partlyRelisted = false;
    for (let i = 0; i < children.length; i++) if (children[i]!.relistOf !== undefined || children[i]!.partlyRelisted) partlyRelisted = true;
    const summary: BudgetItemSummary = {
      id: item.id,
      name: item.name,
      path: item.path,
      item,
      parentId: parent?.id,
      ancestors: ancestorIds,
      depth: ancestors.length,
      amount: amount.figures,
      supplementary: supplementary.figures,
      previous: previous.figures,
      comparable,
      change: comparable && amount.figures.basis !== 'none' ? makeChange(previous.figures.counted, amount.figures.counted) : undefined,
      relistOf: item.relistOf,
      partOf: item.partOf,
      uncounted,
      partlyRelisted,
      relistedBy: relistedBy.get(item.id) ?? EMPTY_IDS,
    };
    order[index] = summary;
    if (!items.has(item.id)) items.set(item.id, summary);
    return summary;
  };
  const top = budget.items.map((item) => visit(item, [], EMPTY_IDS, false));

  // Mismatches in document order, amount before 補正 before 前年度 for one item (found children
  // first): the positions of every item are needed only when there are two or more to order.
  if (mismatches.length > 1) {
    const position = new Map(order.map((s, i) => [s, i]));
    mismatches.sort(
      (a, b) =>
        position.get(items.get(a.id)!)! - position.get(items.get(b.id)!)! ||
        BUDGET_MEASURES.indexOf(a.measure) - BUDGET_MEASURES.indexOf(b.measure),
    );
  }

  const totals = {} as Record<BudgetMeasure, BudgetTotals>;
  for (const measure of BUDGET_MEASURES) {
    totals[measure] = {
      counted: sum(top.map((s) => s[measure].counted)),
      declaredTopLevel: sum(top.map((s) => s[measure].declared ?? 0)),
      undeclaredTopLevel: top.filter((s) => s[measure].declared === undefined).map((s) => s.id),
    };
  }
  const hasSupplementary = order.some((s) => s.supplementary.declared !== undefined);
  const hasPrevious = order.some((s) => s.previous.declared !== undefined);
  const change =
    top.some((s) => s.comparable) && top.every(needsNoPrevious) ? makeChange(totals.previous.counted, totals.amount.counted) : undefined;

  return {
    unit: budget.unit,
    totals,
    hasSupplementary,
    hasPrevious,
    change,
    items,
    order,
    mismatches,
    relisted: order.filter((s) => s.relistOf !== undefined),
    partOf: order.filter((s) => s.partOf !== undefined),
    relistDifferences: relistDifferences(order, items),
  };
}

const EMPTY: BudgetItemSummary[] = [];
const EMPTY_IDS: readonly string[] = [];

/** One measure's figures for an item, with what the mismatch check needs. */
interface Figured {
  figures: MeasureFigures;
  declared: number | undefined;
  childrenGross: number;
  childrenCounted: number;
  counted: number;
  childrenGive: boolean;
}

/** Adds the mismatch of one measure of `item` to `out`, if it has one. */
function addMismatch(out: BudgetMismatch[], item: BudgetItem, ancestors: readonly BudgetItem[], measure: BudgetMeasure, f: Figured): void {
  if (!isMismatch(item, f)) return;
  out.push({
    id: item.id,
    name: item.name,
    path: item.path,
    namePath: [...ancestors.map((a) => a.name), item.name],
    measure,
    declared: f.declared!,
    childrenGross: f.childrenGross,
    counted: f.counted,
    childrenCounted: f.childrenCounted,
    difference: f.declared! - f.childrenGross,
  });
}

/** One measure's figures for `item`, given its children's summaries (one pass over them). */
function figure(item: BudgetItem, measure: BudgetMeasure, children: readonly BudgetItemSummary[], uncounted: boolean): Figured {
  const declared = item[measure];
  let childrenGive = false;
  let childrenGross = 0;
  let childrenCounted = 0;
  let relistedInChildren = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const f = c[measure];
    if (f.basis !== 'none') childrenGive = true;
    childrenGross += f.gross;
    childrenCounted += f.counted;
    relistedInChildren += c.relistOf !== undefined ? f.gross : f.relistedWithin;
  }
  const isPart = item.partOf !== undefined;
  const basis: FigureBasis = declared !== undefined ? 'declared' : childrenGive ? 'children' : 'none';
  const gross = isPart ? 0 : (declared ?? childrenGross);
  const relistedWithin = uncounted ? 0 : relistedInChildren;
  // A declared figure smaller than the 再掲 inside it is a data error (reported as a mismatch);
  // counting it as 0 keeps every area non-negative.
  const counted = uncounted ? 0 : Math.max(0, gross - relistedWithin);
  let unitemised = 0;
  if (children.length > 0 && !uncounted) {
    unitemised = childrenGive ? Math.max(0, counted - childrenCounted) : counted;
  }
  // Fixed-shape literal (no spreads): this runs three times for every item.
  const figures: MeasureFigures = { declared, gross, basis, relistedWithin, counted, childrenCounted, unitemised };
  return { figures, declared, childrenGross, childrenCounted, counted, childrenGive };
}

/** A declared figure (not 内数) whose children give figures that do not add up to it. */
function isMismatch(item: BudgetItem, f: Figured): boolean {
  return f.declared !== undefined && item.partOf === undefined && f.childrenGive && f.declared !== f.childrenGross;
}

/**
 * Whether the item's 前年度 figure covers all the money it counts: it declares one; or it has
 * no unitemised money, some child is comparable, and every other child counts nothing
 * (re-listed, 内数 and figureless children need no 前年度 figure).
 */
function isComparable(
  uncounted: boolean,
  amount: Figured,
  previous: Figured,
  children: readonly BudgetItemSummary[],
): boolean {
  if (uncounted) return false;
  if (previous.declared !== undefined) return true;
  return amount.figures.unitemised === 0 && children.some((c) => c.comparable) && children.every(needsNoPrevious);
}

function needsNoPrevious(child: BudgetItemSummary): boolean {
  return child.uncounted || child.amount.basis === 'none' || child.comparable;
}

function relistDifferences(
  order: readonly BudgetItemSummary[],
  items: ReadonlyMap<string, BudgetItemSummary>,
): BudgetRelistDifference[] {
  const out: BudgetRelistDifference[] = [];
  for (const s of order) {
    if (s.relistOf === undefined || s.amount.basis === 'none') continue;
    const original = items.get(s.relistOf);
    if (!original || original.amount.basis === 'none' || original.amount.gross === s.amount.gross) continue;
    out.push({ id: s.id, path: s.path, relistOf: s.relistOf, amount: s.amount.gross, original: original.amount.gross });
  }
  return out;
}

function makeChange(previous: number, current: number): BudgetChange {
  const change: { -readonly [K in keyof BudgetChange]: BudgetChange[K] } = { previous, current, difference: current - previous };
  if (previous !== 0) change.ratio = current / previous;
  return change;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
