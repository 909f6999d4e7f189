/**
 * Phase 8 of the org chart layout: moves the whole drawing (boxes with their toggles and
 * badges, bands, connectors, lines and labels) so that it starts at the margin, and measures it.
 */
import type { Point } from './route.js';
import type { OrgAxis, OrgEdgeLayout, OrgLaneLayout, OrgLinkLayout, OrgNodeLayout } from './types.js';

/** Space around the drawing, in px. */
export const ORG_MARGIN = 12;

/** Shifts everything in place; returns the size of the drawing with its margins. */
export function frameOrgDrawing(options: {
  nodes: readonly OrgNodeLayout[];
  edges: readonly OrgEdgeLayout[];
  lanes: readonly OrgLaneLayout[];
  links: readonly OrgLinkLayout[];
  axis: OrgAxis;
  toggleRadius: number;
}): { width: number; height: number } {
  const { nodes, edges, lanes, links, axis } = options;
  const topDown = axis === 'top-down';
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const toggleR = options.toggleRadius + 2;
  for (const n of nodes) extend(b, n.x, n.y, n.x + n.width + (topDown ? 0 : toggleR), n.y + n.height + (topDown ? toggleR : 0));
  for (const l of lanes) extend(b, l.x, l.y, l.x + l.width, l.y + l.height);
  for (const e of edges) for (const p of e.points) extend(b, p[0], p[1], p[0], p[1]);
  for (const l of links) {
    // Arrowheads and end circles reach 6 px past the end points.
    // A line drawn as end badges (links.ts) takes up its stubs and badges only.
    for (const p of l.stubs ? [...l.stubs.from.points, ...l.stubs.to.points] : l.points) extend(b, p[0] - 6, p[1] - 6, p[0] + 6, p[1] + 6);
    if (l.labelBox) extend(b, l.labelBox.x, l.labelBox.y, l.labelBox.x + l.labelBox.width, l.labelBox.y + l.labelBox.height);
    for (const s of l.stubs ? [l.stubs.from, l.stubs.to] : []) extend(b, s.badge.x, s.badge.y, s.badge.x + s.badge.width, s.badge.y + s.badge.height);
  }
  if (!nodes.length) b.minX = b.minY = b.maxX = b.maxY = 0;
  const { minX, minY, maxX, maxY } = b;
  const dx = Math.round(ORG_MARGIN - minX);
  const dy = Math.round(ORG_MARGIN - minY);
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const e of edges) e.points = moved(e.points, dx, dy);
  for (const l of lanes) {
    l.x += dx;
    l.y += dy;
    l.label.x += dx;
    l.label.y += dy;
    for (const r of [...l.parts, l.label.strip]) {
      r.x += dx;
      r.y += dy;
    }
    const outline: Point[][] = [];
    for (const ring of l.outline) outline.push(moved(ring, dx, dy));
    l.outline = outline;
  }
  for (const l of links) {
    l.points = moved(l.points, dx, dy);
    if (l.labelBox) {
      l.labelBox.x += dx;
      l.labelBox.y += dy;
    }
    for (const s of l.stubs ? [l.stubs.from, l.stubs.to] : []) {
      s.points = moved(s.points, dx, dy);
      s.badge.x += dx;
      s.badge.y += dy;
    }
  }
  return { width: Math.ceil(maxX - minX + 2 * ORG_MARGIN), height: Math.ceil(maxY - minY + 2 * ORG_MARGIN) };
}

/**
 * The drawing's extent so far. (A plain object and module functions, not closures made per
 * layout: a full garbage collection drops the optimised code of such closures.)
 */
interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** `b` grown to take in the box from (x0, y0) to (x1, y1). */
function extend(b: Bounds, x0: number, y0: number, x1: number, y1: number): void {
  b.minX = Math.min(b.minX, x0);
  b.minY = Math.min(b.minY, y0);
  b.maxX = Math.max(b.maxX, x1);
  b.maxY = Math.max(b.maxY, y1);
}

/** New points, each `points`' moved by (dx, dy). */
function moved(points: readonly Point[], dx: number, dy: number): Point[] {
  const out: Point[] = [];
  for (const p of points) out.push([p[0] + dx, p[1] + dy]);
  return out;
}
