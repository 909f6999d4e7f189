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
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  const toggleR = options.toggleRadius + 2;
  for (const n of nodes) extend(n.x, n.y, n.x + n.width + (topDown ? 0 : toggleR), n.y + n.height + (topDown ? toggleR : 0));
  for (const l of lanes) extend(l.x, l.y, l.x + l.width, l.y + l.height);
  for (const e of edges) for (const p of e.points) extend(p[0], p[1], p[0], p[1]);
  for (const l of links) {
    // Arrowheads and end circles reach 6 px past the end points.
    // A line drawn as end badges (links.ts) takes up its stubs and badges only.
    for (const p of l.stubs ? [...l.stubs.from.points, ...l.stubs.to.points] : l.points) extend(p[0] - 6, p[1] - 6, p[0] + 6, p[1] + 6);
    if (l.labelBox) extend(l.labelBox.x, l.labelBox.y, l.labelBox.x + l.labelBox.width, l.labelBox.y + l.labelBox.height);
    for (const s of l.stubs ? [l.stubs.from, l.stubs.to] : []) extend(s.badge.x, s.badge.y, s.badge.x + s.badge.width, s.badge.y + s.badge.height);
  }
  if (!nodes.length) minX = minY = maxX = maxY = 0;
  const dx = Math.round(ORG_MARGIN - minX);
  const dy = Math.round(ORG_MARGIN - minY);
  const move = (p: Point): Point => [p[0] + dx, p[1] + dy];
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const e of edges) e.points = e.points.map(move);
  for (const l of lanes) {
    l.x += dx;
    l.y += dy;
    l.label.x += dx;
    l.label.y += dy;
    for (const r of [...l.parts, l.label.strip]) {
      r.x += dx;
      r.y += dy;
    }
    l.outline = l.outline.map((ring) => ring.map(move));
  }
  for (const l of links) {
    l.points = l.points.map(move);
    if (l.labelBox) {
      l.labelBox.x += dx;
      l.labelBox.y += dy;
    }
    for (const s of l.stubs ? [l.stubs.from, l.stubs.to] : []) {
      s.points = s.points.map(move);
      s.badge.x += dx;
      s.badge.y += dy;
    }
  }
  return { width: Math.ceil(maxX - minX + 2 * ORG_MARGIN), height: Math.ceil(maxY - minY + 2 * ORG_MARGIN) };
}
