/**
 * Phase 4 of the treemap layout: one laid-out node becomes a drawn cell: its name, figures,
 * drill target, mismatch, hatched 補正 part, label and reference row (describe.ts words its
 * accessible name from them).
 * Pure.
 */
import type { BudgetChange, BudgetItemSummary, BudgetSummary } from '../../../data/budget-summary.js';
import { cellLabel, containerHeader, type ContainerHeader } from './cell-label.js';
import { changeToneOf } from './change.js';
import { formatChange } from './format.js';
import { makeRef, placeRefs } from './refs.js';
import { hasHeaderBand, refRowsOf, type LaidNode } from './tile.js';
import type { CellMismatch, DrillTarget, Rect, TreemapCell, TreemapCellKind, TreemapContext, TreemapRef } from './types.js';
import type { ViewNode } from './view.js';

/** The mismatches of an item the reader is told about: its amount, and its 補正 when 補正 is drawn. */
export function mismatchOf(ctx: TreemapContext, s: BudgetItemSummary): CellMismatch | undefined {
  const { summary, T, yen } = ctx;
  let mismatch: CellMismatch | undefined;
  const m = summary.mismatches.find((mm) => mm.id === s.id && mm.measure === 'amount');
  if (m) mismatch = { declared: m.declared, childrenCounted: m.childrenCounted, text: T.mismatch(yen(m.declared), yen(m.childrenGross)) };
  // With 補正 drawn, its own disagreements are the reader's business too.
  const ms = ctx.withSupp ? summary.mismatches.find((mm) => mm.id === s.id && mm.measure === 'supplementary') : undefined;
  if (ms) {
    const text = T.suppMismatch(yen(ms.declared), yen(ms.childrenGross));
    mismatch = mismatch ? { ...mismatch, text: `${mismatch.text}${T.sep}${text}` } : { declared: ms.declared, childrenCounted: ms.childrenCounted, text };
  }
  return mismatch;
}

/** The change text of an item cell in change mode: `前年度比 +2.1億円`, `前年度と同額`, `前年度の記載なし`. */
export function changeTextOf(ctx: TreemapContext, kind: ViewNode['kind'], change: BudgetChange | undefined): string | undefined {
  if (ctx.mode !== 'change' || kind !== 'item') return undefined;
  if (!change) return ctx.T.noPrevious;
  return change.difference === 0 ? ctx.T.noChange : ctx.T.change(formatChange(change.difference, ctx.locale, ctx.yen));
}

/**
 * The hatched 補正 part of a leaf: an adjoining strip along the longer side, in proportion to
 * its share of the cell's value.
 */
export function supplementaryRectOf(rect: Rect, supplementary: number, value: number): Rect | undefined {
  if (supplementary <= 0 || value <= 0) return undefined;
  const { x, y, width: w, height: h } = rect;
  const f = supplementary / value;
  if (w >= h) {
    const sw = Math.max(1, Math.round(w * f));
    return { x: x + w - sw, y, width: sw, height: h };
  }
  const sh = Math.max(1, Math.round(h * f));
  return { x, y: y + h - sh, width: w, height: sh };
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

/** The index of the top-level item (pillar) a view node belongs to. */
export function pillarOf(summary: BudgetSummary, n: ViewNode): number {
  const s = n.item ?? (n.parentId ? summary.items.get(n.parentId) : undefined);
  const topId = s ? (s.ancestors[0] ?? s.id) : undefined;
  if (topId === undefined) return n.kind === 'others' ? 7 : 0;
  return topIndex(summary, topId);
}

/** Least width and height (px) of a cell that carries a ≠ mark (render.ts draws it 16 px from its right edge). */
export const MARK_CELL = 18;

/**
 * Whether a cell draws text or marks over its fill: a label, a ≠ mark, reference marks. One
 * that draws none looks the same drawn in a batch path (every-level views, lazy-cell.ts).
 */
export function drawsText(cell: Pick<TreemapCell, 'label' | 'refs' | 'mismatch' | 'width' | 'height'>): boolean {
  return cell.label !== undefined || cell.refs.length > 0 || (cell.mismatch !== undefined && cell.width >= MARK_CELL && cell.height >= MARK_CELL);
}

/** The header of a laid-out level-1 container (called by the tile phase to size its band). */
export function nodeHeader(ctx: TreemapContext, node: LaidNode): ContainerHeader | undefined {
  const d = node.data;
  const s = d.kind === 'item' ? d.item : undefined;
  if (!s) return undefined;
  return containerHeader(ctx, {
    name: s.name,
    amount: d.counted,
    width: Math.max(0, node.x1 - node.x0),
    height: Math.max(0, node.y1 - node.y0),
    mismatch: mismatchOf(ctx, s) !== undefined,
    refs: d.refs.length > 0,
  });
}

/** Makes the drawn cell of a laid-out node (`header`: a container's header as its band was sized). */
export function makeCell(ctx: TreemapContext, node: LaidNode, header?: ContainerHeader): TreemapCell {
  const { T, yen, pct, total, metrics } = ctx;
  const d = node.data;
  const level = node.depth;
  const rect: Rect = { x: node.x0, y: node.y0, width: Math.max(0, node.x1 - node.x0), height: Math.max(0, node.y1 - node.y0) };
  const s = d.kind === 'item' ? d.item : undefined;
  const container = Boolean(node.children);
  const parentKey = level >= 2 ? node.parent!.data.key : undefined;
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
    mismatch = mismatchOf(ctx, s);
    change = s.change;
  } else if (d.kind === 'others') {
    name = T.others(d.othersCount ?? 0);
    drill = { id: d.parentId, offset: d.othersOffset ?? 0 };
  } else if (d.kind === 'unitemised') {
    name = T.unitemised;
  } else {
    name = T.supplementary;
  }
  const changeText = changeTextOf(ctx, d.kind, change);

  const amountShown = d.kind === 'supplementary' ? yen(d.supplementary) : amountText;
  const refs = container ? d.refs : [];

  const supplementaryRect = !container && d.kind !== 'supplementary' ? supplementaryRectOf(rect, d.supplementary, d.value) : undefined;
  // A container's label is its header band: none without one (it would sit over its items).
  const label = container && !hasHeaderBand(node) ? undefined : cellLabel(ctx, {
    rect,
    kind: d.kind,
    container,
    name,
    amount: d.kind === 'supplementary' ? d.supplementary : d.counted,
    shareText,
    extraFigures: [...(supplementaryText ? [supplementaryText] : []), ...(changeText ? [changeText] : [])],
    ...(mismatch ? { mismatch: true } : {}),
    ...(supplementaryRect ? { supplementaryRect } : {}),
    ...(header ? { header } : {}),
  });

  // Reference marks in a container's bottom padding.
  let placedRefs: TreemapRef[] = [];
  const refRows = container && refs.length > 0 ? refRowsOf(node, metrics) : 0;
  if (refRows > 0) {
    const { x, y, width: w, height: h } = rect;
    placedRefs = placeRefs(
      ctx,
      refs.map((r) => makeRef(ctx, r.kind, r.item)),
      { x: x + 3, y: y + h - refRows * metrics.refRow - 1, width: w - 6, height: refRows * metrics.refRow },
      { id: s?.id, offset: 0 },
    ).refs;
  }

  return {
    key: d.key,
    kind: d.kind as TreemapCellKind,
    ...(s ? { id: s.id, path: s.path } : d.parentId ? { id: d.parentId } : d.item ? { id: d.item.id } : {}),
    name,
    level,
    ...(parentKey !== undefined ? { parentKey } : {}),
    pillar: pillarOf(ctx.summary, d),
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
    refItems: refs.map((r) => ({ kind: r.kind, id: r.item.id })),
    ...(label ? { label } : {}),
    amountText: amountShown,
    shareText,
    ...(supplementaryText ? { supplementaryText } : {}),
    ...(changeText ? { changeText } : {}),
    ...(ctx.mode === 'change' ? { changeTone: changeToneOf(d.kind === 'item' ? change : undefined) } : {}),
    ...rect,
  };
}
