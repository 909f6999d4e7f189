/**
 * Phase 3 of the treemap layout: the pruned view tree squarified into the drawing's rectangle
 * (d3-hierarchy). Containers keep a header band at their top and, when there is room, a row of
 * reference chips at their bottom. Pure.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyNode, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { TreemapMetrics } from './metrics.js';
import type { ViewNode } from './view.js';

/** A laid-out node of the view tree. */
export type LaidNode = HierarchyRectangularNode<ViewNode>;

/** Smallest item area (px) kept below a container's header and chip row. */
const MIN_ITEMS_HEIGHT = 28;

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
  /** Height of a level-1 container's header band (a wrapped header takes more lines); default `metrics.header`. */
  readonly headerHeight?: (node: LaidNode) => number;
}

/** Squarifies the view: returns the laid-out nodes below the root, level 1 and 2, in d3's order. */
export function tileView(options: TileViewOptions): LaidNode[] {
  const { view, width, height, metrics, headerHeight } = options;
  const root = hierarchy<ViewNode>(view, (d) => d.children).sum((d) => (d.children ? 0 : d.value));
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
    out.push(node);
  }
  return out;
}
