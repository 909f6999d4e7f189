/**
 * Cells of a view with many of them (every level drawn, `min-cell-area="0"`): the small ones
 * (too narrow or too low for a label or a mark) carry what drawing, the keyboard order and the
 * pointer need, and work out their names and figures only when asked (focus, tooltip, table of
 * a drilled view; describe.ts words their accessible names from them), with `makeCell` itself:
 * the same text as an eager cell, never a second wording. Drawn in one path per fill (`batched`), not one element each.
 * Loaded on first use with the every-level code (later.ts). Pure.
 */
import type { BudgetSummary } from '../../../data/budget-summary.js';
import { changeToneOf, type ChangeTone } from './change.js';
import { changeTextOf, drawsText, makeCell, MARK_CELL, mismatchOf, pillarOf, supplementaryRectOf } from './cell.js';
import type { ContainerHeader } from './cell-label.js';
import { hasHeaderBand, type LaidNode } from './tile.js';
import { roomForLabel } from './labels.js';
import type { CellMismatch, DrillTarget, Rect, TreemapCell, TreemapCellKind, TreemapContext, TreemapRef } from './types.js';

/** From this many cells in one view, small cells are made lazily and cells without text drawn in batches. */
export const MANY_CELLS = 500;

/** A cell narrower or lower than this (px) has no label and no ≠ mark at any type size: the ≠ mark's least cell. */
export const SMALL_CELL = MARK_CELL;

/** Whether a rectangle is too small for a label or a mark. */
export function isSmallRect(r: { readonly width: number; readonly height: number }): boolean {
  return r.width < SMALL_CELL || r.height < SMALL_CELL;
}

const NO_REFS: readonly TreemapRef[] = [];
const mismatchIds = new WeakMap<BudgetSummary, ReadonlySet<string>>();

/** Ids of the items with a mismatch (looked up per cell instead of searching the list). */
function idsWithMismatch(summary: BudgetSummary): ReadonlySet<string> {
  let ids = mismatchIds.get(summary);
  if (!ids) {
    ids = new Set(summary.mismatches.map((m) => m.id));
    mismatchIds.set(summary, ids);
  }
  return ids;
}

/**
 * A small cell: geometry, kind, pillar, fill and figures at once; the words on first use
 * (from `makeCell` on the same laid-out node, so they are the eager cell's).
 */
class LazyCell implements TreemapCell {
  readonly key: string;
  readonly kind: TreemapCellKind;
  readonly id?: string;
  readonly level: number;
  readonly parentKey?: string;
  readonly pillar: number;
  readonly counted: number;
  readonly supplementary: number;
  readonly supplementaryRect?: Rect;
  readonly container: boolean;
  readonly othersCount?: number;
  readonly mismatch?: CellMismatch;
  readonly refs = NO_REFS;
  readonly changeText?: string;
  readonly changeTone?: ChangeTone;
  readonly batched = true;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  private whole?: TreemapCell;

  constructor(
    private readonly ctx: TreemapContext,
    private readonly node: LaidNode,
  ) {
    const d = node.data;
    const s = d.kind === 'item' ? d.item : undefined;
    this.key = d.key;
    this.kind = d.kind as TreemapCellKind;
    const id = s ? s.id : (d.parentId ?? d.item?.id);
    if (id !== undefined) this.id = id;
    this.level = node.depth;
    if (node.depth >= 2) this.parentKey = node.parent!.data.key;
    this.pillar = pillarOf(ctx.summary, d);
    this.counted = d.counted;
    this.supplementary = d.supplementary;
    this.container = Boolean(node.children);
    this.x = node.x0;
    this.y = node.y0;
    this.width = Math.max(0, node.x1 - node.x0);
    this.height = Math.max(0, node.y1 - node.y0);
    const supplementaryRect = !this.container && d.kind !== 'supplementary' ? supplementaryRectOf(this, d.supplementary, d.value) : undefined;
    if (supplementaryRect) this.supplementaryRect = supplementaryRect;
    if (d.othersCount !== undefined) this.othersCount = d.othersCount;
    if (s && idsWithMismatch(ctx.summary).has(s.id)) {
      const mismatch = mismatchOf(ctx, s);
      if (mismatch) this.mismatch = mismatch;
    }
    const change = s?.change;
    const changeText = changeTextOf(ctx, d.kind, change);
    if (changeText !== undefined) this.changeText = changeText;
    if (ctx.mode === 'change') this.changeTone = changeToneOf(d.kind === 'item' ? change : undefined);
  }

  private get full(): TreemapCell {
    return (this.whole ??= makeCell(this.ctx, this.node));
  }

  get name(): string {
    return this.full.name;
  }
  get path(): string | undefined {
    return this.full.path;
  }
  get share(): number {
    return this.full.share;
  }
  get drill(): DrillTarget | undefined {
    return this.full.drill;
  }
  get change(): TreemapCell['change'] {
    return this.full.change;
  }
  get partlyRelisted(): boolean {
    return this.full.partlyRelisted;
  }
  get amountText(): string {
    return this.full.amountText;
  }
  get shareText(): string {
    return this.full.shareText;
  }
  get supplementaryText(): string | undefined {
    return this.full.supplementaryText;
  }
  get refItems(): TreemapCell['refItems'] {
    return this.full.refItems;
  }
}

/**
 * The cells of an every-level view: every one made at once (`makeCell`), except when there are
 * many (`MANY_CELLS`): then the small ones are lazy, and they and every larger cell that draws
 * no text (`drawsText`: no label fits it, no ≠ mark, no reference marks) over cells all batched
 * are drawn in batch paths, which look the same.
 */
export function makeCells(ctx: TreemapContext, nodes: readonly LaidNode[], headers: ReadonlyMap<string, ContainerHeader>): TreemapCell[] {
  const eager = (node: LaidNode) => makeCell(ctx, node, headers.get(node.data.key));
  if (nodes.length < MANY_CELLS) return nodes.map(eager);
  // A small cell has no header band (too narrow or low for one): `makeCell` needs no header.
  // Nor has a larger one without room for a label (a container without its band), without
  // reference marks: it draws no text but a ≠ mark, which it knows at once.
  const { fontSize, lineHeight } = ctx.metrics;
  const lazy = (node: LaidNode) => {
    const width = node.x1 - node.x0;
    const height = node.y1 - node.y0;
    if (isSmallRect({ width, height })) return true;
    if (node.children) return !hasHeaderBand(node) && node.data.refs.length === 0;
    return !roomForLabel(width, height, fontSize, lineHeight);
  };
  const cells: TreemapCell[] = nodes.map((node) => (lazy(node) ? new LazyCell(ctx, node) : eager(node)));
  // Children before parents (the nodes are breadth first): a cell is batched only over batched
  // cells, so that the batch, drawn after the elements, paints nothing over a drawn cell.
  const unbatchedInside = new Set<string>();
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i]!;
    const batched = !drawsText(c) && !unbatchedInside.has(c.key);
    // Drawn as an element (a ≠ mark, or a drawn cell inside): made whole; it is rare.
    if (!batched && c instanceof LazyCell) cells[i] = eager(nodes[i]!);
    else if (batched && !c.batched) cells[i] = { ...c, batched: true };
    if (!batched && c.parentKey !== undefined) unbatchedInside.add(c.parentKey);
  }
  return cells;
}
