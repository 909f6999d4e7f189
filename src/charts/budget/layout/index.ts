/**
 * The budget treemap layout: from a validated budget, its summary and a size to positioned
 * cells, labels, reference marks and breadcrumbs. Pure (no DOM, no Lit): runs and is tested
 * in Node; the element and the SSR renderer only draw what this returns.
 *
 * Area is counted (new) money (`summarizeBudget`): 再掲 and 内数 items take no area and add to
 * no total; 補正 money is drawn beside the initial amount as a hatched adjoining area when
 * asked, never inside the initial total. Cells too small to see are gathered into one
 * "他N件" / "N others" cell per parent, reachable by drill-down.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyNode, type HierarchyRectangularNode } from '../../../kit/hierarchy.js';
import type { BudgetChange, BudgetItemSummary, BudgetSummary } from '../../../data/budget-summary.js';
import type { BudgetDocument, Locale } from '../../../data/types.js';
import { formatPercent, formatYen } from '../../../format/number.js';
import { fitCellLabel, fitLine, type CellLabel, type MeasureText } from './labels.js';
import {
  buildView,
  splitChildren,
  type TreemapMode,
  type TreemapSupplementary,
  type ViewFocus,
  type ViewNode,
  type ViewRefKind,
} from './view.js';

export { TREEMAP_MODES, TREEMAP_SUPPLEMENTARY, type TreemapMode, type TreemapSupplementary } from './view.js';
export type { CellLabel } from './labels.js';

/** Height of a container's header line (its name and amount), in px. */
export const TREEMAP_HEADER = 20;
/** Height of one row of reference marks (再掲/内数), in px. */
export const TREEMAP_REF_ROW = 20;
/** Font size of labels, in px. */
export const TREEMAP_FONT_SIZE = 12;
const LINE_HEIGHT = 15;
const CHIP_PAD = 6;
const CHIP_GAP = 4;
const ROOT_REF_ROWS = 4;
/** Width the name in a reference mark is cut to, in px. */
const REF_NAME_WIDTH = 132;

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
  /** 1 for the focus's children, 2 for theirs. */
  readonly level: 1 | 2;
  /** Key of the enclosing level-1 cell, for level-2 cells. */
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
  /** Items with no area listed inside this cell (再掲, 内数, zero amounts). */
  readonly refs: readonly TreemapRef[];
  /** The fitted label, or undefined when none fits (the tooltip, focus and table still give it). */
  readonly label?: CellLabel;
  /** Formatted figures, for the label, tooltip and accessible name. */
  readonly amountText: string;
  readonly shareText: string;
  readonly supplementaryText?: string;
  readonly changeText?: string;
  /** The accessible name: name, amount, share and every status. */
  readonly description: string;
  /** The statuses of the description beyond the figures (一部再掲, marks inside, "select to show"). */
  readonly notes: readonly string[];
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
  /** Where the money is counted, for a 再掲 mark: `再掲（計上先: …）`. */
  readonly originalText?: string;
  /** The original item of a 再掲 mark. */
  readonly originalId?: string;
  readonly originalName?: string;
  /** Where activating the mark goes: the original (再掲) or the parent (more). */
  readonly drill?: DrillTarget;
  readonly description: string;
}

/** One step of the breadcrumb trail. */
export interface TreemapCrumb {
  readonly id?: string;
  readonly offset: number;
  readonly name: string;
  readonly path?: string;
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
  /** Whole-budget view only: every top-level item, named with its slide figure, small ones too. */
  readonly topItems: readonly TreemapTopItem[];
  /** What the focus item's own figures need said: 一部再掲 (how much is counted elsewhere). */
  readonly focusNotes: readonly string[];
  /** The focus item's declared total against its items' sum, when they disagree. */
  readonly focusMismatch?: CellMismatch;
}

type LaidNode = HierarchyRectangularNode<ViewNode>;

/**
 * Whether a level-1 container draws its reference marks in a row at its bottom: only when the
 * row leaves its items some room (d3 sets a node's own bounds before asking for its padding).
 * Otherwise the marks are still in its accessible name and tooltip, and in the drilled view.
 */
function hasRefRow(n: HierarchyNode<ViewNode>, minHeight: number): boolean {
  if (n.depth !== 1 || !n.children || n.data.refs.length === 0) return false;
  const r = n as LaidNode;
  return r.y1 - r.y0 >= minHeight;
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
  /** Where choosing it goes: the item itself when it has items inside, else its cell's view. */
  readonly drill?: DrillTarget;
}

/** Localised words of the treemap. */
export const TREEMAP_TEXT = {
  ja: {
    total: (a: string) => `合計 ${a}（再掲・内数を除く）`,
    reconcile: (d: string, r: string, c: string, rest: string) =>
      `記載額の計 ${d} − うち再掲 ${r}${rest ? ` − ${rest}` : ''} = 計上額 ${c}`,
    reconcileRest: (a: string) => `記載額と内訳の差 ${a}`,
    topRelist: (r: string, c: string) => `うち再掲 ${r} → 計上 ${c}`,
    notStated: '金額の記載なし',
    supplementaryTotal: (a: string) => `補正 ${a}（当初とは別枠）`,
    others: (n: number) => `他${n}件`,
    unitemised: '内訳の記載なし',
    supplementary: '補正（内訳の記載なし）',
    budget: '予算全体',
    supp: (a: string) => `補正 ${a}`,
    relist: (a: string) => `再掲 ${a}`,
    partOf: (a: string) => `${a}の内数`,
    partOfUnknown: '内数',
    zero: (a: string) => `${a}`,
    noFigure: '金額の記載なし',
    more: (n: number) => `+${n}件`,
    moreDesc: (n: number) => `面積のない項目（再掲・内数など）があと${n}件、選択すると表示`,
    moreInTable: (n: number) => `面積のない項目（再掲・内数など）があと${n}件、表に記載`,
    relistOf: (name: string) => `再掲（計上先: ${name}）`,
    partlyRelisted: (g: string, r: string) => `一部再掲（記載額 ${g} のうち ${r} は他の項目で計上）`,
    mismatch: (d: string, c: string) => `記載額 ${d} と内訳の計 ${c} が一致しません`,
    suppMismatch: (d: string, c: string) => `補正の記載額 ${d} と内訳の補正の計 ${c} が一致しません`,
    shareOf: (p: string) => `全体の${p}`,
    change: (a: string) => `前年度比 ${a}`,
    noChange: '前年度と同額',
    noPrevious: '前年度の記載なし',
    othersDesc: (n: number) => `金額の小さい${n}件をまとめた区画`,
    drill: '選択すると内訳を表示',
    sep: '、',
  },
  en: {
    total: (a: string) => `Total ${a} (excluding re-listed and part-of items)`,
    reconcile: (d: string, r: string, c: string, rest: string) =>
      `Declared items add up to ${d} − re-listed ${r}${rest ? ` − ${rest}` : ''} = counted ${c}`,
    reconcileRest: (a: string) => `declared figures differing from their items ${a}`,
    topRelist: (r: string, c: string) => `of which re-listed ${r} → counted ${c}`,
    notStated: 'no amount given',
    supplementaryTotal: (a: string) => `Supplementary ${a} (separate from the initial budget)`,
    others: (n: number) => `${n} others`,
    unitemised: 'Not itemised',
    supplementary: 'Supplementary (not itemised)',
    budget: 'Whole budget',
    supp: (a: string) => `supplementary ${a}`,
    relist: (a: string) => `re-listed ${a}`,
    partOf: (a: string) => `part of ${a}`,
    partOfUnknown: 'part of a larger amount',
    zero: (a: string) => `${a}`,
    noFigure: 'no amount given',
    more: (n: number) => `+${n} more`,
    moreDesc: (n: number) => `${n} more items without area (re-listed, part-of…), select to show them`,
    moreInTable: (n: number) => `${n} more items without area (re-listed, part-of…), listed in the table`,
    relistOf: (name: string) => `re-listed (counted at: ${name})`,
    partlyRelisted: (g: string, r: string) => `partly re-listed (of the declared ${g}, ${r} is counted elsewhere)`,
    mismatch: (d: string, c: string) => `declared ${d} differs from its items' sum ${c}`,
    suppMismatch: (d: string, c: string) => `declared supplementary ${d} differs from its items' supplementary sum ${c}`,
    shareOf: (p: string) => `${p} of total`,
    change: (a: string) => `${a} on previous year`,
    noChange: 'same as previous year',
    noPrevious: 'no previous-year figure',
    othersDesc: (n: number) => `${n} smaller items grouped together`,
    drill: 'select to show its items',
    sep: ', ',
  },
} as const;

/** An amount for a drawn label: exact below 1兆円, rounded to the 億 above (ja); en as formatYen. */
export function compactYen(yen: number, locale: Locale): string {
  if (locale === 'ja' && Math.abs(yen) >= 1e12) return formatYen(Math.round(yen / 1e8) * 1e8, { locale });
  return formatYen(yen, { locale });
}

/** Formats a year-on-year difference: ja `+2.1億円` / `▲0.3億円` (the slides' minus), en `+¥210 million` / `−¥30 million`. */
export function formatChange(difference: number, locale: Locale): string {
  const text = formatYen(Math.abs(difference), { locale });
  if (difference === 0) return text;
  if (difference > 0) return `+${text}`;
  return locale === 'ja' ? `▲${text}` : `\u2212${text}`;
}

/**
 * Lays out one view of a budget treemap: the focus's children (level 1) and theirs (level 2),
 * squarified by counted money; references, labels, breadcrumbs and the header totals.
 * Throws only on a broken invariant (an unknown focus id is the caller's bug).
 */
export function layoutTreemap(options: LayoutTreemapOptions): TreemapLayout {
  const {
    summary,
    width,
    height,
    focusId,
    focusOffset = 0,
    supplementary = 'initial',
    mode = 'amount',
    minCellArea = 28 * 28,
    locale = 'ja',
  } = options;
  const T = TREEMAP_TEXT[locale];
  // Type from the element's font size (never from the width); every text-bound size scales with it.
  const fontSize = Math.max(TREEMAP_FONT_SIZE, Math.round(options.fontSize ?? TREEMAP_FONT_SIZE));
  const k = fontSize / TREEMAP_FONT_SIZE;
  const measure: MeasureText = k === 1 ? options.measure : (text: string) => options.measure(text) * k;
  const HEADER = Math.round(TREEMAP_HEADER * k);
  const REF_ROW = Math.round(TREEMAP_REF_ROW * k);
  const LH = Math.round(LINE_HEIGHT * k);
  const REF_NAME = Math.round(REF_NAME_WIDTH * k);
  const GLYPH = Math.round(12 * k);
  const withSupp = supplementary === 'with-supplementary';
  const total = summary.totals.amount.counted;
  const suppTotal = summary.totals.supplementary.counted;
  const yen = (v: number) => formatYen(v, { locale });
  const pct = (v: number) => formatPercent(v, { locale });

  const focus: ViewFocus = { id: focusId, offset: focusOffset };
  const view = buildView({ summary, focus, supplementary, area: Math.max(1, width * height), minCellArea });

  // Root reference strip (the focus's own 再掲/内数/zero children).
  const rootRefs: TreemapRef[] = [];
  let rootRefsHidden = 0;
  let stripHeight = 0;
  if (view.refs.length > 0) {
    const placed = placeRefs(view.refs.map((r) => makeRef(r.kind, r.item)), { x: 0, y: height + 4, width, height: ROOT_REF_ROWS * REF_ROW }, focus);
    rootRefs.push(...placed.refs);
    rootRefsHidden = placed.hidden;
    stripHeight = 4 + placed.rows * REF_ROW;
  }

  const root = hierarchy<ViewNode>(view, (d) => d.children).sum((d) => (d.children ? 0 : d.value));
  const laid = treemap<ViewNode>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(2)
    .paddingOuter((n) => (n.depth === 0 ? 0 : 3))
    .paddingTop((n) => (n.depth === 1 && n.children ? HEADER : n.depth === 0 ? 0 : 3))
    .paddingBottom((n) => (hasRefRow(n, HEADER + REF_ROW + 28) ? REF_ROW + 2 : n.depth === 0 ? 0 : 3))
    .round(true)(root);

  const cells: TreemapCell[] = [];
  let gatheredCount = 0;
  const pillarOf = (n: ViewNode): number => {
    const s = n.item ?? (n.parentId ? summary.items.get(n.parentId) : undefined);
    const topId = s ? (s.ancestors[0] ?? s.id) : undefined;
    if (topId === undefined) return n.kind === 'others' ? 7 : 0;
    return topIndex(summary, topId);
  };

  for (const node of laid.descendants() as LaidNode[]) {
    if (node.depth === 0) continue;
    if (node.depth > 2) throw new Error('treemap: view deeper than two levels');
    const d = node.data;
    if (d.kind === 'others') gatheredCount += d.othersCount ?? 0;
    cells.push(makeCell(node));
  }

  function makeCell(node: LaidNode): TreemapCell {
    const d = node.data;
    const level = node.depth as 1 | 2;
    const x = node.x0;
    const y = node.y0;
    const w = Math.max(0, node.x1 - node.x0);
    const h = Math.max(0, node.y1 - node.y0);
    const s = d.kind === 'item' ? d.item : undefined;
    const container = Boolean(node.children);
    const parentKey = level === 2 ? node.parent!.data.key : undefined;
    const amountText = yen(d.counted);
    const share = total > 0 ? d.counted / total : 0;
    const shareText = pct(share);
    const supplementaryText = d.supplementary > 0 ? T.supp(yen(d.supplementary)) : undefined;
    let name: string;
    let drill: DrillTarget | undefined;
    let mismatch: CellMismatch | undefined;
    let change: BudgetChange | undefined;
    if (d.kind === 'item' && s) {
      name = s.name;
      if (container || s.item.children.length > 0) drill = { id: s.id, offset: 0 };
      const m = summary.mismatches.find((mm) => mm.id === s.id && mm.measure === 'amount');
      if (m) mismatch = { declared: m.declared, childrenCounted: m.childrenCounted, text: T.mismatch(yen(m.declared), yen(m.childrenGross)) };
      // With 補正 drawn, its own disagreements are the reader's business too.
      const ms = withSupp ? summary.mismatches.find((mm) => mm.id === s.id && mm.measure === 'supplementary') : undefined;
      if (ms) {
        const text = T.suppMismatch(yen(ms.declared), yen(ms.childrenGross));
        mismatch = mismatch
          ? { ...mismatch, text: `${mismatch.text}${T.sep}${text}` }
          : { declared: ms.declared, childrenCounted: ms.childrenCounted, text };
      }
      change = s.change;
    } else if (d.kind === 'others') {
      name = T.others(d.othersCount ?? 0);
      drill = { id: d.parentId, offset: d.othersOffset ?? 0 };
    } else if (d.kind === 'unitemised') {
      name = T.unitemised;
    } else {
      name = T.supplementary;
    }
    const changeText =
      mode !== 'change' || d.kind !== 'item'
        ? undefined
        : change
          ? change.difference === 0
            ? T.noChange
            : T.change(formatChange(change.difference, locale))
          : T.noPrevious;

    const amountShown = d.kind === 'supplementary' ? yen(d.supplementary) : amountText;
    // Drawn labels round amounts of 1兆 and more to the 億 (5兆3,712億円); the name, tooltip and
    // table give the exact figure.
    const amountDrawn = compactYen(d.kind === 'supplementary' ? d.supplementary : d.counted, locale);
    const withShare = (a: string) => (locale === 'ja' ? `${a}（${shareText}）` : `${a} (${shareText})`);
    const parts: string[] = [name, amountShown];
    // Unallocated 補正 is not part of the initial total: it has no share of it.
    if (d.kind !== 'supplementary') parts.push(T.shareOf(shareText));
    if (supplementaryText && d.kind !== 'supplementary') parts.push(supplementaryText);
    if (changeText) parts.push(changeText);
    const notes: string[] = [];
    if (s && s.amount.relistedWithin > 0) notes.push(T.partlyRelisted(yen(s.amount.gross), yen(s.amount.relistedWithin)));
    if (mismatch) parts.push(mismatch.text);
    if (d.kind === 'others') notes.push(T.othersDesc(d.othersCount ?? 0));
    const refs = container ? d.refs : [];
    for (const r of refs) notes.push(refSummary(r.kind, r.item));
    if (drill) notes.push(T.drill);
    const description = [...parts, ...notes].join(T.sep);

    // The hatched 補正 part of a leaf: an adjoining strip along the longer side.
    let supplementaryRect: Rect | undefined;
    if (!container && d.supplementary > 0 && d.kind !== 'supplementary' && d.value > 0) {
      const f = d.supplementary / d.value;
      if (w >= h) {
        const sw = Math.max(1, Math.round(w * f));
        supplementaryRect = { x: x + w - sw, y, width: sw, height: h };
      } else {
        const sh = Math.max(1, Math.round(h * f));
        supplementaryRect = { x, y: y + h - sh, width: w, height: sh };
      }
    }

    // Labels: containers get a one-line header; leaves a wrapped label fitted to the cell
    // (beside the 補正 strip when it runs down the right side).
    let label: CellLabel | undefined;
    if (container) {
      // The amount always stays whole; the name is cut before it.
      const room = w - 8 - measure(amountDrawn) - fontSize;
      const cut = room > 0 ? fitLine({ text: name, width: room, measure }) : undefined;
      const header = cut ? `${cut}\u3000${amountDrawn}` : fitLine({ text: name, width: w - 8, measure });
      if (header) label = { x: x + 4, y: y + Math.round(14 * k), lines: [header], fontSize: fontSize, lineHeight: LH, clipped: cut !== name };
    } else {
      const lw = supplementaryRect && supplementaryRect.height === h ? w - supplementaryRect.width : w;
      const lh = supplementaryRect && supplementaryRect.width === w ? h - supplementaryRect.height : h;
      label = fitCellLabel({
        x,
        y,
        width: lw,
        height: lh,
        name,
        figures: [
          ...(d.kind === 'supplementary' ? [amountDrawn] : [withShare(amountDrawn)]),
          ...(supplementaryText ? [supplementaryText] : []),
          ...(changeText ? [changeText] : []),
        ],
        fallbackFigures: [amountDrawn, ...(supplementaryText ? [supplementaryText] : []), ...(changeText ? [changeText] : [])],
        nameOnly: d.kind === 'others',
        measure,
        fontSize: fontSize,
        lineHeight: LH,
      });
    }

    // Reference marks in a container's bottom padding.
    let placedRefs: TreemapRef[] = [];
    if (container && refs.length > 0 && hasRefRow(node, HEADER + REF_ROW + 28)) {
      const placed = placeRefs(
        refs.map((r) => makeRef(r.kind, r.item)),
        { x: x + 3, y: y + h - REF_ROW - 1, width: w - 6, height: REF_ROW },
        { id: s?.id, offset: 0 },
      );
      placedRefs = placed.refs;
    }

    return {
      key: d.key,
      kind: d.kind as TreemapCellKind,
      ...(s ? { id: s.id, path: s.path } : d.parentId ? { id: d.parentId } : d.item ? { id: d.item.id } : {}),
      name,
      level,
      ...(parentKey !== undefined ? { parentKey } : {}),
      pillar: pillarOf(d),
      counted: d.counted,
      supplementary: d.supplementary,
      ...(supplementaryRect ? { supplementaryRect } : {}),
      share,
      container,
      ...(drill ? { drill } : {}),
      ...(d.othersCount !== undefined ? { othersCount: d.othersCount } : {}),
      ...(mismatch ? { mismatch } : {}),
      ...(change ? { change } : {}),
      partlyRelisted: s?.partlyRelisted ?? false,
      refs: placedRefs,
      ...(label ? { label } : {}),
      amountText: amountShown,
      shareText,
      ...(supplementaryText ? { supplementaryText } : {}),
      ...(changeText ? { changeText } : {}),
      description,
      notes,
      x,
      y,
      width: w,
      height: h,
    };
  }

  function refSummary(kind: ViewRefKind, s: BudgetItemSummary): string {
    return locale === 'ja' ? `${s.name}（${refText(kind, s)}）` : `${s.name} (${refText(kind, s)})`;
  }

  function refText(kind: ViewRefKind, s: BudgetItemSummary): string {
    if (kind === 'relist') return T.relist(yen(s.amount.gross));
    if (kind === 'part-of') return s.partOf?.amount !== undefined ? T.partOf(yen(s.partOf.amount)) : T.partOfUnknown;
    return s.amount.basis === 'none' ? T.noFigure : T.zero(yen(0));
  }

  function makeRef(kind: ViewRefKind, s: BudgetItemSummary): Omit<TreemapRef, keyof Rect> {
    const original = s.relistOf ? summary.items.get(s.relistOf) : undefined;
    const figure = refText(kind, s);
    const text = figure;
    const parts = [s.name, figure];
    if (original) parts.push(T.relistOf(original.name));
    if (s.partOf?.of) parts.push(s.partOf.of);
    return {
      key: `ref:${s.id}`,
      kind,
      id: s.id,
      name: s.name,
      path: s.path,
      text,
      figure,
      ...(original ? { originalId: original.id, originalName: original.name, originalText: T.relistOf(original.name), drill: { id: original.parentId, offset: 0 } } : {}),
      ...(kind === 'zero' && s.item.children.length > 0 ? { drill: { id: s.id, offset: 0 } } : {}),
      description: parts.join(T.sep),
    };
  }

  function placeRefs(
    refs: Omit<TreemapRef, keyof Rect>[],
    box: Rect,
    parent: { id?: string; offset?: number },
  ): { refs: TreemapRef[]; hidden: number; rows: number } {
    const out: TreemapRef[] = [];
    const maxRows = Math.max(0, Math.floor(box.height / REF_ROW));
    let row = 0;
    let cx = box.x;
    const chipW = (text: string) => Math.ceil(measure(text)) + 2 * CHIP_PAD + GLYPH;
    for (let i = 0; i < refs.length; i++) {
      const base = refs[i]!;
      const left = refs.length - i;
      const right = box.x + box.width;
      // On the last row, keep room for a "+N" mark for the ones after this, unless it is the last.
      const reserve = i === refs.length - 1 || row < maxRows - 1 ? 0 : chipW(T.more(left - 1)) + CHIP_GAP;
      // The name, cut to what the row leaves beside the figure (at most REF_NAME).
      const nameRoom = Math.min(REF_NAME, right - cx - reserve - chipW(base.text) - 4);
      const short = nameRoom >= 2 * fontSize ? fitLine({ text: base.name, width: nameRoom, measure }) : undefined;
      const r = short ? { ...base, text: `${short} ${base.text}` } : base;
      const w = chipW(r.text);
      if (cx + w + reserve <= right) {
        out.push({ ...r, x: cx, y: box.y + row * REF_ROW + 1, width: w, height: REF_ROW - 3 });
        cx += w + CHIP_GAP;
        continue;
      }
      if (row < maxRows - 1 && cx > box.x) {
        row += 1;
        cx = box.x;
        i -= 1;
        continue;
      }
      const moreW = chipW(T.more(left));
      // Out of room: one "+N" mark that drills into the parent, where there is more room.
      if (moreW <= box.width) {
        out.push({
          key: `more:${parent.id ?? ''}`,
          kind: 'more',
          id: parent.id ?? '',
          name: T.more(left),
          path: '',
          text: T.more(left),
          ...(parent.id !== undefined ? { drill: { id: parent.id, offset: 0 } } : {}),
          description: parent.id !== undefined ? T.moreDesc(left) : T.moreInTable(left),
          x: Math.min(cx, box.x + box.width - moreW),
          y: box.y + row * REF_ROW + 1,
          width: moreW,
          height: REF_ROW - 3,
        });
      }
      return { refs: out, hidden: left, rows: row + 1 };
    }
    return { refs: out, hidden: 0, rows: refs.length ? row + 1 : 0 };
  }

  const breadcrumbs = makeCrumbs({ summary, focusId, offset: focusOffset, locale, supplementary });
  const focusSummary = focusId === undefined ? undefined : summary.items.get(focusId);
  const viewTotal = focusSummary ? focusSummary.amount.counted : total;
  const focusNotes: string[] = [];
  let focusMismatch: CellMismatch | undefined;
  if (focusSummary) {
    if (focusSummary.amount.relistedWithin > 0) {
      focusNotes.push(T.partlyRelisted(yen(focusSummary.amount.gross), yen(focusSummary.amount.relistedWithin)));
    }
    const m = summary.mismatches.find((mm) => mm.id === focusSummary.id && mm.measure === 'amount');
    if (m) focusMismatch = { declared: m.declared, childrenCounted: m.childrenCounted, text: T.mismatch(yen(m.declared), yen(m.childrenGross)) };
  }

  // The whole budget: every top-level item by name with its slide figure, and how the declared
  // figures become the counted total (再掲 removed), so the chart reconciles with the slide.
  const topItems: TreemapTopItem[] = [];
  let reconcileText: string | undefined;
  if (focusId === undefined && focusOffset === 0) {
    let declaredSum = 0;
    let relisted = 0;
    for (const t of summary.order) {
      if (t.depth !== 0) continue;
      const uncounted = t.relistOf !== undefined || t.partOf !== undefined;
      const known = t.amount.basis !== 'none' && !uncounted;
      if (known) {
        declaredSum += t.amount.gross;
        relisted += t.amount.relistedWithin;
      }
      const item: TreemapTopItem = {
        id: t.id,
        number: topItems.length + 1,
        name: t.name,
        declaredText: known ? yen(t.amount.gross) : T.notStated,
        ...(known && t.amount.relistedWithin > 0 ? { relistText: T.topRelist(yen(t.amount.relistedWithin), yen(t.amount.counted)) } : {}),
        ...(t.item.children.length > 0 ? { drill: { id: t.id, offset: 0 } } : {}),
      };
      topItems.push(item);
    }
    if (declaredSum !== total && relisted > 0) {
      const rest = declaredSum - relisted - total;
      reconcileText = T.reconcile(yen(declaredSum), yen(relisted), yen(total), rest !== 0 ? T.reconcileRest(yen(rest)) : '');
    }
  }

  return {
    width,
    height: height + stripHeight,
    treemapHeight: height,
    cells,
    rootRefs,
    rootRefsHidden,
    breadcrumbs,
    total,
    supplementaryTotal: suppTotal,
    viewTotal,
    focus: { ...(focusId !== undefined ? { id: focusId } : {}), offset: focusOffset },
    supplementary,
    mode,
    fontSize,
    topItems,
    ...(reconcileText ? { reconcileText } : {}),
    totalText: T.total(yen(total)),
    ...(withSupp && suppTotal > 0 ? { supplementaryTotalText: T.supplementaryTotal(yen(suppTotal)) } : {}),
    gatheredCount,
    focusNotes,
    ...(focusMismatch ? { focusMismatch } : {}),
  };
}

const topIndexCache = new WeakMap<BudgetSummary, Map<string, number>>();
function topIndex(summary: BudgetSummary, id: string): number {
  let map = topIndexCache.get(summary);
  if (!map) {
    map = new Map();
    let i = 0;
    for (const s of summary.order) if (s.depth === 0) map.set(s.id, i++);
    topIndexCache.set(summary, map);
  }
  return map.get(id) ?? 0;
}

/** The breadcrumb trail from the whole budget down to the focus (and its "others" step). */
export function makeCrumbs(options: {
  summary: BudgetSummary;
  focusId?: string | undefined;
  offset?: number;
  locale: Locale;
  supplementary?: TreemapSupplementary;
}): TreemapCrumb[] {
  const { summary, focusId, offset = 0, locale, supplementary = 'initial' } = options;
  const T = TREEMAP_TEXT[locale];
  const crumbs: TreemapCrumb[] = [{ offset: 0, name: T.budget }];
  if (focusId !== undefined) {
    const s = summary.items.get(focusId);
    if (s) {
      for (const a of s.ancestors) {
        const as = summary.items.get(a);
        if (as) crumbs.push({ id: as.id, offset: 0, name: as.name, path: as.path });
      }
      crumbs.push({ id: s.id, offset: 0, name: s.name, path: s.path });
    }
  }
  if (offset > 0) {
    const { sized } = splitChildren(summary, focusId, supplementary === 'with-supplementary');
    crumbs.push({ ...(focusId !== undefined ? { id: focusId } : {}), offset, name: T.others(Math.max(0, sized.length - offset)) });
  }
  return crumbs;
}

/** Whether an item exists and can be a drill-down focus (it has children). */
export function canDrillInto(summary: BudgetSummary, id: string): boolean {
  const s = summary.items.get(id);
  return Boolean(s && s.item.children.length > 0);
}
