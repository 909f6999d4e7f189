/**
 * Phase 3 of the treemap layout: the pruned view tree squarified into the drawing's rectangle
 * (d3-hierarchy). Containers keep a header band at their top and, when there is room, a row of
 * reference chips at their bottom. Every level (`min-cell-area="0"`): containers at any depth
 * get the header band where there is room for it and their items, a thinner edge where there
 * is less, none below that; gaps between cells only where both sides keep room; coordinates are
 * not rounded, so every leaf with money keeps an area, however small. Pure.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyNode, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { TreemapMetrics } from './metrics.js';
import type { ViewNode } from './view.js';

/** A laid-out node of the view tree. */
export type LaidNode = HierarchyRectangularNode<ViewNode>;

/** Smallest item area (px) kept below a container's header and chip row. */
const MIN_ITEMS_HEIGHT = 28;
/** Narrowest container (px) that gets a header band in the every-level view. */
const MIN_HEADER_WIDTH = 64;

/** Containers drawn with a header band (their name above their items), by laid-out node. */
const headerBands = new WeakSet<HierarchyNode<ViewNode>>();

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
  /** The view holds every level (`buildView` with a minimum cell area of 0). */
  readonly everyLeaf?: boolean;
}

/**
 * Squarifies the view: returns the laid-out nodes below the root in d3's order (breadth first):
 * level 1 and 2, or every level with `everyLeaf`.
 */
export function tileView(options: TileViewOptions): LaidNode[] {
  const { view, width, height, metrics, headerHeight } = options;
  const root = hierarchy<ViewNode>(view, (d) => d.children).sum((d) => (d.children ? 0 : d.value));
  if (options.everyLeaf) return tileEveryLevel(root, width, height, metrics, headerHeight);
  const laid = treemap<ViewNode>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(2)
    .paddingOuter((n) => (n.depth === 0 ? 0 : 3))
    .paddingTop((n) => (n.depth === 1 && n.children ? (headerHeight?.(n as LaidNode) ?? metrics.header) : n.depth === 0 ? 0 : 3))
    .paddingBottom((n) => (hasRefRow(n, metrics) ? metrics.refRow + 2 : n.depth === 0 ? 0 : 3))
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

/** Gap between sibling cells (px), as the two-level view's inner padding. */
const GAP = 2;

/**
 * The every-level tiling: each container's items squarified into what its header band, chip
 * row and edges leave (each only where the container has room for it, so what is left is never
 * empty), then each item inset by half the gap when it is large enough to keep its area.
 */
function tileEveryLevel(
  root: HierarchyNode<ViewNode>,
  width: number,
  height: number,
  metrics: TreemapMetrics,
  headerHeight: TileViewOptions['headerHeight'],
): LaidNode[] {
  const laid = root as LaidNode;
  laid.x0 = 0;
  laid.y0 = 0;
  laid.x1 = Math.max(0, width);
  laid.y1 = Math.max(0, height);
  const out: LaidNode[] = [];
  // Breadth first, like d3's descendants(): level 1 first, each parent's items in size order.
  const queue: LaidNode[] = [laid];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    if (n.depth > 0) out.push(n);
    const children = n.children;
    if (!children) continue;
    const w = n.x1 - n.x0;
    const h = n.y1 - n.y0;
    let top = 0;
    let bottom = 0;
    let side = 0;
    if (n.depth > 0) {
      const edge = Math.min(w, h) >= 16 ? 3 : Math.min(w, h) >= 6 ? 1 : 0;
      const bandHeight = w >= MIN_HEADER_WIDTH && h >= metrics.header + MIN_ITEMS_HEIGHT ? (headerHeight?.(n) ?? metrics.header) : undefined;
      const band = bandHeight !== undefined && h >= bandHeight + MIN_ITEMS_HEIGHT;
      if (band) headerBands.add(n);
      top = band ? bandHeight : edge;
      bottom = hasRefRow(n, metrics) ? metrics.refRow + 2 : edge;
      side = edge;
    }
    treemapSquarify(n, n.x0 + side, n.y0 + top, n.x1 - side, n.y1 - bottom);
    for (const c of children) {
      // Half the gap on each side, only where the cell stays at least 4 gaps wide and high.
      if (c.x1 - c.x0 >= 4 * GAP && c.y1 - c.y0 >= 4 * GAP) {
        c.x0 += GAP / 2;
        c.x1 -= GAP / 2;
        c.y0 += GAP / 2;
        c.y1 -= GAP / 2;
      }
      queue.push(c);
    }
  }
  return out;
}
