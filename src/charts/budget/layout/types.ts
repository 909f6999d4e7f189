/**
 * Types of the budget treemap layout: what `layoutTreemap` returns (cells, reference marks,
 * breadcrumbs, header texts), and the context its phases share. Pure; no DOM.
 */
import type { BudgetChange, BudgetSummary } from '../../../data/budget-summary.js';
import type { BudgetDocument, Locale } from '../../../data/types.js';
import type { CellLabel, MeasureText } from './labels.js';
import type { TreemapMetrics } from './metrics.js';
import type { AmountFormat } from './format.js';
import type { ChangeKey, ChangeTone } from './change.js';
import type { TreemapMode, TreemapSupplementary, ViewRefKind } from './view.js';
import type { TreemapWords } from './words.js';
import type { TreemapForm } from './form.js';
import type { SliverKey } from './sliver-key.js';

/** Options of {@link layoutTreemap}. */
export interface LayoutTreemapOptions {
  readonly doc: BudgetDocument;
  readonly summary: BudgetSummary;
  readonly width: number;
  /** Height of the treemap area (the reference strip below it is added to `height` of the result). */
  readonly height: number;
  /** The drill-down focus: an item id, or undefined for the whole budget. */
  readonly focusId?: string;
  /** Start of the shown children in size order, when drilled into an "others" cell. */
  readonly focusOffset?: number;
  readonly supplementary?: TreemapSupplementary;
  readonly mode?: TreemapMode;
  /** Text width measure for a `TREEMAP_FONT_SIZE` px label font (scaled to `fontSize`). */
  readonly measure: MeasureText;
  /**
   * Label size in px (default and minimum `TREEMAP_FONT_SIZE`): the element passes its font size
   * less 2 px (12 px on a page, 18 px with `preset="slide"`). Never derived from the width.
   */
  readonly fontSize?: number;
  /** Cells smaller than this many px² are gathered into an "others" cell (default 28×28). */
  readonly minCellArea?: number;
  readonly locale?: Locale;
  /** `auto` (default): bars for a flat budget of a few items, else the treemap; or `treemap`, `bars`. */
  readonly form?: TreemapForm;
  /** Bars fill `height` (a slide or a page of fixed size) instead of taking the height their rows need. */
  readonly fillHeight?: boolean;
  /**
   * Drawn on a slide (`preset="slide"`): a top-level list of more than 8 items shows 7 and folds the
   * rest behind 「ほかN項目」 (top-items.ts `slideTopItems`, the deck's rule).
   */
  readonly slide?: boolean;
  /** The key of cells too thin for a label under the drawing (default true; the PPTX deck names them in its notes). */
  readonly sliverKey?: boolean;
}

/** Kinds of cell: an item, a gathered "others" cell, unitemised money, unallocated 補正. */
export const TREEMAP_CELL_KINDS = ['item', 'others', 'unitemised', 'supplementary'] as const;
export type TreemapCellKind = (typeof TREEMAP_CELL_KINDS)[number];

/** A rectangle in px. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where Enter on a cell goes: an item, from an offset in its size-ordered children. */
export interface DrillTarget {
  readonly id?: string;
  readonly offset: number;
}

/** A declared figure that disagrees with its children (from the summary). */
export interface CellMismatch {
  readonly declared: number;
  readonly childrenCounted: number;
  /** `"49.1億円 ≠ 内訳計 48.3億円"`, localised. */
  readonly text: string;
}

/** One drawn rectangle. */
export interface TreemapCell extends Rect {
  /** Unique within the view (item id, `others:…`, `unitemised:…`, `supplementary:…`). */
  readonly key: string;
  readonly kind: TreemapCellKind;
  /** The item's id (for `item`), or the parent item's id. */
  readonly id?: string;
  readonly name: string;
  /** JSON path of the item, for `item` cells. */
  readonly path?: string;
  /** 1 for the focus's children, 2 for theirs (3 and deeper in the every-level view, `minCellArea` 0). */
  readonly level: number;
  /** Key of the enclosing cell, for cells of level 2 and deeper. */
  readonly parentKey?: string;
  /** Index of the top-level item (pillar) the cell belongs to, 0-based; colours cycle through 8. */
  readonly pillar: number;
  /** Initial counted money in yen. */
  readonly counted: number;
  /** 補正 drawn with the cell, in yen (0 when not shown). */
  readonly supplementary: number;
  /** The hatched 補正 part of a leaf cell, when shown. */
  readonly supplementaryRect?: Rect;
  /** `counted / total` of the whole budget. */
  readonly share: number;
  /** Whether the cell encloses drawn level-2 cells. */
  readonly container: boolean;
  /** Where Enter/click drills, when the cell has more inside. */
  readonly drill?: DrillTarget;
  readonly othersCount?: number;
  readonly mismatch?: CellMismatch;
  readonly change?: BudgetChange;
  /** 一部再掲: part of the declared figure is counted elsewhere. */
  readonly partlyRelisted: boolean;
  /** The reference marks drawn inside this cell (再掲, 内数, zero amounts; a "+N" mark). */
  readonly refs: readonly TreemapRef[];
  /** Every item with no area inside this container, drawn as a mark or not (its name lists them). */
  readonly refItems: readonly TreemapRefItem[];
  /**
   * Drawn with the other small cells of its fill in one path, not as an element of its own
   * (every level drawn, many cells): no label, no mark; its words are worked out when asked.
   */
  readonly batched?: boolean;
  /** The fitted label, or undefined when none fits (the tooltip, focus and table still give it). */
  readonly label?: CellLabel;
  /** Bar form: the bar inside the row (the cell's rectangle is the whole row). */
  readonly bar?: Rect;
  /** Bar form: the figures drawn after the bar. */
  readonly figureLabel?: CellLabel;
  /** Formatted figures, for the label, the tooltip and the accessible name (describe.ts). */
  readonly amountText: string;
  readonly shareText: string;
  readonly supplementaryText?: string;
  readonly changeText?: string;
  /** In change mode: the fill tone (direction and size of the change on the previous year). */
  readonly changeTone?: ChangeTone;
}

/** An item with no area inside a cell: which, and why (再掲, 内数, zero). */
export interface TreemapRefItem {
  readonly kind: ViewRefKind;
  readonly id: string;
}

/** An item drawn as a reference mark with no area. */
export interface TreemapRef extends Rect {
  readonly key: string;
  readonly kind: ViewRefKind | 'more';
  readonly id: string;
  readonly name: string;
  readonly path: string;
  /** The text drawn in the mark: the name (cut to fit) and `再掲 18.0億円`, `13.5億円の内数`; or `+3件`. */
  readonly text: string;
  /** The figure alone (`再掲 18.0億円`, `13.5億円の内数`, `金額の記載なし`). */
  readonly figure?: string;
  /** `text` wrapped, one line a row of the mark, where its name is too long for one row. */
  readonly lines?: readonly string[];
  /**
   * Room (px) at the start of a mark drawn without its whole name (cut, or its figure alone), for
   * its letter: the key under the drawing names it in full (sliver-key.ts).
   */
  readonly keyed?: number;
  /** Where the money is counted, for a 再掲 mark: `再掲（計上先: …）`. */
  readonly originalText?: string;
  /** The original item of a 再掲 mark. */
  readonly originalId?: string;
  readonly originalName?: string;
  /** Where activating the mark goes: the original (再掲) or the parent (more). */
  readonly drill?: DrillTarget;
  /** A "+N" mark: how many marks it stands for. */
  readonly hidden?: number;
}

/** One step of the breadcrumb trail. */
export interface TreemapCrumb {
  readonly id?: string;
  readonly offset: number;
  readonly name: string;
  readonly path?: string;
}

/** A top-level item as listed beside the treemap: reachable even when its cell is a sliver. */
export interface TreemapTopItem {
  readonly id: string;
  /** Outline number, 1-based. */
  readonly number: number;
  readonly name: string;
  /** The figure as declared (the slide's), or the children's sum, or 記載なし. */
  readonly declaredText: string;
  /** `うち再掲 18.0億円 → 計上 0.4億円` where the counted money differs from the declared figure. */
  readonly relistText?: string;
  /** Phrases of `relistText` drawn unbroken (`うち再掲 18.0億円`, `計上 0.4億円`). */
  readonly relistKeep?: readonly string[];
  /** Where choosing it goes: the item itself when it has items inside, else its cell's view. */
  readonly drill?: DrillTarget;
}

/** Everything the renderer needs. */
export interface TreemapLayout {
  readonly width: number;
  /** Height of the treemap area plus the reference strip under it. */
  readonly height: number;
  readonly treemapHeight: number;
  readonly cells: readonly TreemapCell[];
  /** Reference marks of the focus itself, in a strip under the treemap. */
  readonly rootRefs: readonly TreemapRef[];
  /** Reference marks that did not fit in the strip (listed in the table). */
  readonly rootRefsHidden: number;
  readonly breadcrumbs: readonly TreemapCrumb[];
  /** The budget's total counted initial money (再掲・内数を除く), yen. */
  readonly total: number;
  /** The budget's total 補正, yen. */
  readonly supplementaryTotal: number;
  /** Counted money of the view (the focus), yen. */
  readonly viewTotal: number;
  readonly focus: { readonly id?: string; readonly offset: number };
  readonly supplementary: TreemapSupplementary;
  readonly mode: TreemapMode;
  /** The form drawn: the treemap, or bars (one row per item). */
  readonly form: 'treemap' | 'bars';
  /** Header line: `合計 137.5億円（再掲・内数を除く）`. */
  readonly totalText: string;
  /** `補正 11.5億円（当初とは別枠）`, when 補正 is shown. */
  readonly supplementaryTotalText?: string;
  /** Items in the view's area but not drawn individually (inside "others" cells). */
  readonly gatheredCount: number;
  /** Size in px of every drawn label and reference text. */
  readonly fontSize: number;
  /**
   * Whole-budget view only, when the declared figures add up to more than the counted total:
   * `記載額の計 118.5億円 − うち再掲 36.3億円 = 計上額 82.2億円`, so the chart reconciles with the slide.
   */
  readonly reconcileText?: string;
  /** Phrases of `reconcileText` drawn unbroken (`うち再掲 36.3億円`, `計上額 82.2億円`). */
  readonly reconcileKeep?: readonly string[];
  /** Whole-budget view only: every top-level item, named with its slide figure, small ones too. */
  readonly topItems: readonly TreemapTopItem[];
  /**
   * Where the list would be long for the width (most items on two lines or more), the summary
   * it is folded behind (`全7項目の記載額（スライドの金額）`); it opens in place, and the table lists every item.
   */
  readonly topItemsFolded?: string;
  /** With the list folded, the ids of the items still shown above it: those the drawing names nowhere. */
  readonly topItemsUnfolded?: readonly string[];
  /** What the focus item's own figures need said: 一部再掲 (how much is counted elsewhere). */
  readonly focusNotes: readonly string[];
  /**
   * What the view's declared figures and its drawing disagree on, in words: the focus item's
   * declared total against its items' sum; with 補正 shown, the declared 補正 against the
   * hatched areas (for the whole budget too).
   */
  readonly focusMismatch?: CellMismatch;
  /** In change mode, the key of the tones, drawn under the chart (inside `height`). */
  readonly changeKey?: ChangeKey;
  /** The cells too thin for a label, lettered, named under the chart (inside `height`). */
  readonly sliverKey?: SliverKey;
}

/** What every phase of one layout shares: the data, the words, the type metrics, the formats. */
export interface TreemapContext {
  readonly summary: BudgetSummary;
  readonly locale: Locale;
  readonly T: TreemapWords;
  readonly metrics: TreemapMetrics;
  /** Width of label text at `metrics.fontSize`. */
  readonly measure: MeasureText;
  readonly withSupp: boolean;
  readonly mode: TreemapMode;
  /** The budget's counted initial total (the base of every share). */
  readonly total: number;
  /** The chart's one amount format. */
  readonly yen: AmountFormat;
  readonly pct: (share: number) => string;
}
