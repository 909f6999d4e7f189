/**
 * Phase 6 of the org chart layout: lane bands. A lane's bodies are its own members and their
 * drawn descendants. One band goes around them, unless that band would take in a body of
 * another lane (or of none): then each member subtree gets its own band, and bands that can be
 * joined without taking in a stranger are joined. A body is never drawn inside a lane it is not in.
 */
import type { OrganizationDocument } from '../../../data/types.js';
import { RectGrid } from '../../../kit/spatial-index.js';
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

/**
 * What a band needs to know of its boxes: their extent (min and max of their corners; the band
 * adds its padding and label strip), and whether a connector comes into one of them from the left.
 */
interface BandOf {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  fromLeft: boolean;
}

const joinBands = (a: BandOf, b: BandOf): BandOf => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1), fromLeft: a.fromLeft || b.fromLeft });

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
  // Boxes by place: whether a band takes in a stranger looks at the boxes under it only.
  let boxes: RectGrid<OrgNodeLayout> | undefined;
  for (const lane of doc.lanes) {
    const cjk = axis === 'top-down' && CJK_LABEL.test(lane.name);
    /** The extent of some members, and whether one of them is entered from the left where connectors come into the band (its parent outside the lane). */
    const bandOf = (members: readonly OrgNodeLayout[]): BandOf => {
      const out: BandOf = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, fromLeft: false };
      for (const n of members) {
        out.x0 = Math.min(out.x0, n.x);
        out.y0 = Math.min(out.y0, n.y);
        out.x1 = Math.max(out.x1, n.x + n.width);
        out.y1 = Math.max(out.y1, n.y + n.height);
        if (!out.fromLeft && (!n.parentId || laneOf.get(n.parentId) !== lane.id) && enteredFromLeft(n.id)) out.fromLeft = true;
      }
      return out;
    };
    const isVertical = (b: BandOf) => cjk && !b.fromLeft;
    const band = (b: BandOf): Rect => {
      const vertical = isVertical(b);
      const x0 = b.x0 - M.lanePadding;
      const y0 = b.y0 - M.lanePadding;
      const x1 = b.x1 + M.lanePadding;
      const y1 = b.y1 + M.lanePadding;
      // Japanese lane names stand vertically in a strip at the band's left, as on the slides
      // (top-down only: there the strip is free of connectors, which come from above).
      return vertical ? { x: x0 - M.laneHeader, y: y0, width: x1 - x0 + M.laneHeader, height: y1 - y0 } : { x: x0, y: y0 - M.laneHeader, width: x1 - x0, height: y1 - y0 + M.laneHeader };
    };
    const members = nodes.filter((n) => laneOf.get(n.id) === lane.id);
    if (!members.length) continue;
    if (!boxes) {
      boxes = new RectGrid<OrgNodeLayout>();
      boxes.addAll(nodes);
    }
    const index = boxes;
    const clean = (r: Rect) => {
      let stranger = false;
      index.forEachIntersecting(r, (s) => (stranger = laneOf.get(s.id) !== lane.id && hits(r, s)));
      return !stranger;
    };
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
    // A cluster whose band would take in a stranger is split into its boxes, joined again where
    // clean. A group is known by its extent and entries, which is all its band depends on.
    const pieces = clusters.flatMap((c) => (clean(band(bandOf(c))) ? [c] : c.map((n) => [n])));
    const groups: BandOf[] = [];
    for (const piece of pieces) {
      const own = bandOf(piece);
      const joined = groups.findIndex((g) => clean(band(joinBands(g, own))));
      if (joined >= 0) groups[joined] = joinBands(groups[joined]!, own);
      else groups.push(own);
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
