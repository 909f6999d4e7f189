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
 *   item. The counted figures of the top-level items add up to the document total, and no yen
 *   is ever counted twice.
 * - **childrenCounted**: the sum of the children's counted figures.
 * - **unitemised**: `counted - childrenCounted` when that is positive and the children give
 *   figures for this measure (money the slide declares but does not break down); for an item
 *   whose children give no figure at all (all 内数, say) it is its whole counted figure; 0 for
 *   a leaf.
 * - A **mismatch** is an item that declares a figure, has children that give figures for the
 *   same measure, and `counted !== childrenCounted` (equivalently: the declared figure is not
 *   the sum of the children's gross figures). Both figures are reported; the data is never
 *   corrected.
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
  /** Gross of the 再掲 items inside this one (outermost per branch); 0 when it is re-listed. */
  readonly relistedWithin: number;
  /** New money: `gross - relistedWithin`; 0 for re-listed and 内数 items. Size cells by this. */
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
   * Year-on-year change of the initial amount, when the item gives both a figure (declared or
   * from its children) for this year and a 前年度 figure; absent for re-listed and 内数 items.
   */
  readonly change?: BudgetChange;
  /** 再掲: the id of the original item, where this money is counted. */
  readonly relistOf?: string;
  /** 内数: the larger program this item is an unknown share of. */
  readonly partOf?: PartOf;
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
  /** `counted - childrenCounted`: positive when the children fall short. */
  readonly difference: number;
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
   * Year-on-year change of the whole document (counted totals), when every top-level item
   * with a counted amount also has a counted 前年度 figure.
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
}

/**
 * Works out counted amounts, totals, mismatches and year-on-year changes of a validated budget
 * (the `value` of `parseBudget`). Pure; never throws on a document `parseBudget` accepted.
 */
export function summarizeBudget(budget: BudgetDocument): BudgetSummary {
  throw new Error(`summarizeBudget: not implemented yet (${budget.items.length} items)`);
}
