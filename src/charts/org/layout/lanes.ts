/**
 * Phase 6 of the org chart layout: lane bands. A lane's bodies are its own members and their
 * drawn descendants. One band goes around them, unless that band would take in a body of
 * another lane (or of none): then each member subtree gets its own band, and bands that can be
 * joined without taking in a stranger are joined. A body is never drawn inside a lane it is not in.
 */
import type { OrganizationDocument } from '../../../data/types.js';
import type { OrgMetrics } from './metrics.js';
import type { Rect } from './route.js';
import type { OrgAxis, OrgLaneLayout, OrgNodeLayout } from './types.js';

const CJK_LABEL = /^[\u3000-\u30FF\u3400-\u9FFF\uFF00-\uFFEF]+$/u;

/** Lane id of every drawn body in a lane (its own, or inherited from its parent). */
export function assignOrgLanes(doc: OrganizationDocument, nodes: readonly OrgNodeLayout[]): Map<string, string> {
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  const laneOf = new Map<string, string>();
  for (const n of nodes) {
    const own = n.body.lane !== undefined && laneIds.has(n.body.lane) ? n.body.lane : undefined;
    const lane = own ?? (n.parentId ? laneOf.get(n.parentId) : undefined);
    if (lane) laneOf.set(n.id, lane);
  }
  return laneOf;
}

const hits = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The bands of every lane with drawn bodies, in the document's lane order. */
export function bandOrgLanes(options: {
  doc: OrganizationDocument;
  nodes: readonly OrgNodeLayout[];
  laneOf: ReadonlyMap<string, string>;
  metrics: OrgMetrics;
  axis: OrgAxis;
  /**
   * Bodies whose connector comes in from the left (hung under their parent, or stacked in a
   * column): a band around them carries its label on top, clear of that connector.
   */
  enteredFromLeft?: (id: string) => boolean;
}): OrgLaneLayout[] {
  const { doc, nodes, laneOf, metrics: M, axis, enteredFromLeft = () => false } = options;
  const lanes: OrgLaneLayout[] = [];
  for (const lane of doc.lanes) {
    const cjk = axis === 'top-down' && CJK_LABEL.test(lane.name);
    /** Members whose parent is outside the lane: where connectors come into the band. */
    const entries = (members: readonly OrgNodeLayout[]) => members.filter((n) => !n.parentId || laneOf.get(n.parentId) !== lane.id);
    const isVertical = (members: readonly OrgNodeLayout[]) => cjk && !entries(members).some((n) => enteredFromLeft(n.id));
    const band = (members: readonly OrgNodeLayout[]): Rect => {
      const vertical = isVertical(members);
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const n of members) {
        x0 = Math.min(x0, n.x);
        y0 = Math.min(y0, n.y);
        x1 = Math.max(x1, n.x + n.width);
        y1 = Math.max(y1, n.y + n.height);
      }
      x0 -= M.lanePadding;
      y0 -= M.lanePadding;
      x1 += M.lanePadding;
      y1 += M.lanePadding;
      // Japanese lane names stand vertically in a strip at the band's left, as on the slides
      // (top-down only: there the strip is free of connectors, which come from above).
      return vertical ? { x: x0 - M.laneHeader, y: y0, width: x1 - x0 + M.laneHeader, height: y1 - y0 } : { x: x0, y: y0 - M.laneHeader, width: x1 - x0, height: y1 - y0 + M.laneHeader };
    };
    const members = nodes.filter((n) => laneOf.get(n.id) === lane.id);
    if (!members.length) continue;
    const strangers = nodes.filter((n) => laneOf.get(n.id) !== lane.id);
    const clean = (r: Rect) => !strangers.some((s) => hits(r, { x: s.x, y: s.y, width: s.width, height: s.height }));
    // Clusters: the subtrees of members whose parent is not in the lane.
    const clusters: OrgNodeLayout[][] = [];
    const clusterOf = new Map<string, OrgNodeLayout[]>();
    for (const n of members) {
      const parentCluster = n.parentId ? clusterOf.get(n.parentId) : undefined;
      const cluster = parentCluster ?? [];
      if (!parentCluster) clusters.push(cluster);
      cluster.push(n);
      clusterOf.set(n.id, cluster);
    }
    // A cluster whose band would take in a stranger is split into its boxes, joined again where clean.
    const pieces = clusters.flatMap((c) => (clean(band(c)) ? [c] : c.map((n) => [n])));
    const groups: OrgNodeLayout[][] = [];
    for (const piece of pieces) {
      const joined = groups.find((g) => clean(band([...g, ...piece])));
      if (joined) joined.push(...piece);
      else groups.push([...piece]);
    }
    for (const g of groups) {
      const r = band(g);
      const vertical = isVertical(g);
      const label = vertical ? { x: r.x + M.laneHeader / 2 + 1, y: r.y + 6, vertical: true } : { x: r.x + 8, y: r.y + M.laneHeader - 7, vertical: false };
      lanes.push({ lane, ...r, label });
    }
  }
  return lanes;
}
