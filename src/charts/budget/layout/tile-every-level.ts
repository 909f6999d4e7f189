/**
 * The every-level tiling (`min-cell-area="0"`, tile.ts `tileView` with `everyLeaf`), loaded on
 * first use with the chart's lazy chunk (later.ts). Pure.
 */
import { treemapSquarify, type HierarchyNode } from 'd3-hierarchy';
import type { TreemapMetrics } from './metrics.js';
import { addHeaderBand, hasRefRow, MIN_ITEMS_HEIGHT, type LaidNode, type TileViewOptions } from './tile.js';
import type { ViewNode } from './view.js';

/** Narrowest container (px) that gets a header band in the every-level view. */
const MIN_HEADER_WIDTH = 64;

/** Gap between sibling cells (px), as the two-level view's inner padding. */
const GAP = 2;

/**
 * The every-level tiling: each container's items squarified into what its header band, chip
 * row and edges leave (each only where the container has room for it, so what is left is never
 * empty), then each item inset by half the gap when it is large enough to keep its area.
 */
export function tileEveryLevel(
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
      if (band) addHeaderBand(n);
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
