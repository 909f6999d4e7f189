/**
 * Phase 3 of the treemap layout: the pruned view tree squarified into the drawing's rectangle
 * (d3-hierarchy). Containers keep a header band at their top and, when there is room, a row of
 * reference chips at their bottom. Every level (`min-cell-area="0"`): containers at any depth
 * get the header band where there is room for it and their items, a thinner edge where there
 * is less, none below that; gaps between cells only where both sides keep room; coordinates are
 * not rounded, so every leaf with money keeps an area, however small. Pure.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyNode, type HierarchyRectangularNode } from 'd3-hierarchy';
import { laterCode } from './later.js';
import type { TreemapMetrics } from './metrics.js';
import type { ViewNode } from './view.js';

/** A laid-out node of the view tree. */
export type LaidNode = HierarchyRectangularNode<ViewNode>;

/** Smallest item area (px) kept below a container's header and chip row. */
export const MIN_ITEMS_HEIGHT = 28;

/** Containers drawn with a header band (their name above their items), by laid-out node. */
const headerBands = new WeakSet<HierarchyNode<ViewNode>>();

/** Records that a laid-out container has a header band (the every-level tiling, tile-later.ts). */
export function addHeaderBand(n: HierarchyNode<ViewNode>): void {
  headerBands.add(n);
}

/** Whether a laid-out container has a header band at its top (where its label goes). */
export function hasHeaderBand(n: HierarchyNode<ViewNode>): boolean {
  return headerBands.has(n);
}

/**
 * Whether a level-1 container draws its reference marks in a row at its bottom: only when the
 * row leaves its items some room (d3 sets a node's own bounds before asking for its padding).
 * Otherwise the marks are still in its accessible name and tooltip, and in the drilled view.
 */
export function hasRefRow(n: HierarchyNode<ViewNode>, metrics: TreemapMetrics): boolean {
  if (n.depth !== 1 || !n.children || n.data.refs.length === 0) return false;
  const r = n as LaidNode;
  return r.y1 - r.y0 >= metrics.header + metrics.refRow + MIN_ITEMS_HEIGHT;
}

/** Rows of reference marks a level-1 container keeps at its bottom, where more than one. */
const refRowCounts = new WeakMap<HierarchyNode<ViewNode>, number>();

/** How many rows of reference marks a laid-out container keeps at its bottom (0 without a row). */
export function refRowsOf(n: HierarchyNode<ViewNode>, metrics: TreemapMetrics): number {
  return hasRefRow(n, metrics) ? (refRowCounts.get(n) ?? 1) : 0;
}

/** Options of {@link tileView}. */
export interface TileViewOptions {
  readonly view: ViewNode;
  readonly width: number;
  readonly height: number;
  readonly metrics: TreemapMetrics;
  /**
   * Height of a container's header band (a wrapped header takes more lines); default
   * `metrics.header`. Asked for level-1 containers, and with `everyLeaf` for every container
   * wide enough for a band.
   */
  readonly headerHeight?: (node: LaidNode) => number;
  /**
   * Rows a container's reference marks would use to show more of them than one row does (a
   * second row, a long name wrapped); kept only as far as the container's items keep room. Default 1.
   */
  readonly refRows?: (node: LaidNode) => number;
  /** The view holds every level (`buildView` with a minimum cell area of 0). */
  readonly everyLeaf?: boolean;
}

/**
 * Squarifies the view: returns the laid-out nodes below the root in d3's order (breadth first):
 * level 1 and 2, or every level with `everyLeaf` (tile-later.ts, loaded on first use).
 */
export function tileView(options: TileViewOptions): LaidNode[] {
  const { view, width, height, metrics, headerHeight } = options;
  const root = hierarchy<ViewNode>(view, (d) => d.children).sum((d) => (d.children ? 0 : d.value));
  // More rows of marks where one row would cut or hide some (a second row, or a long name wrapped
  // over rows), as far as the items keep room below the header: a row's height and two thirds of
  // the container's inside.
  const refRowsFor = (n: LaidNode): number => {
    const inside = n.y1 - n.y0 - (headerHeight?.(n) ?? metrics.header);
    let rows = options.refRows?.(n) ?? 1;
    while (rows > 1 && (inside < (rows + 1) * metrics.refRow + MIN_ITEMS_HEIGHT || rows * metrics.refRow > inside / 3)) rows--;
    if (rows > 1) refRowCounts.set(n, rows);
    return rows;
  };
  if (options.everyLeaf) return laterCode('tileEveryLevel')(root, width, height, metrics, headerHeight);
  const laid = treemap<ViewNode>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(2)
    .paddingOuter((n) => (n.depth === 0 ? 0 : 3))
    .paddingTop((n) => (n.depth === 1 && n.children ? (headerHeight?.(n as LaidNode) ?? metrics.header) : n.depth === 0 ? 0 : 3))
    .paddingBottom((n) => (hasRefRow(n, metrics) ? refRowsFor(n as LaidNode) * metrics.refRow + 2 : n.depth === 0 ? 0 : 3))
    .round(true)(root);
  const out: LaidNode[] = [];
  for (const node of laid.descendants()) {
    if (node.depth === 0) continue;
    if (node.depth > 2) throw new Error('treemap: view deeper than two levels');
    if (node.depth === 1 && node.children) headerBands.add(node);
    out.push(node);
  }
  return out;
}
