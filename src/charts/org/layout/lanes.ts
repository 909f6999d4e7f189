/**
 * Phase 6 of the org chart layout: lane bands. A lane's bodies are its own members and their
 * drawn descendants. Its band goes around them, unless a rectangle round them would take in a
 * body of another lane (or of none): then the band is made of parts (member subtrees, or single
 * boxes, joined again where no stranger is in the way), and parts side by side are joined
 * across the gap between them. A lane is drawn as ONE band: the outline of the union of its
 * parts (an L or a step where the parts differ in height), with its name once, in one
 * orientation. A body is never drawn inside a lane it is not in.
 */
import type { OrganizationDocument } from '../../../data/types.js';
import { RectGrid } from '../../../kit/spatial-index.js';
import type { OrgMetrics } from './metrics.js';
import type { Point, Rect } from './route.js';
import type { OrgAxis, OrgEdgeLayout, OrgLaneLayout, OrgNodeLayout } from './types.js';

/** Least room (px) kept between a band's edge and a tree line running along it: closer, line and dotted border read as one stroke. */
export const ORG_BAND_LINE_CLEAR = 8;

/** A vertical run of a tree connector. */
interface Stem {
  x: number;
  y0: number;
  y1: number;
}

/** The vertical runs of the tree connectors. */
function stemsOf(edges: readonly OrgEdgeLayout[]): Stem[] {
  const out: Stem[] = [];
  for (const e of edges) {
    for (let i = 0; i + 1 < e.points.length; i++) {
      const [a, b] = [e.points[i]!, e.points[i + 1]!];
      if (a[0] === b[0] && a[1] !== b[1]) out.push({ x: a[0], y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
    }
  }
  return out;
}

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
 * The outline of a union of rectangles: its closed rings of corner points, each clockwise on the
 * screen (the inside on the right; a hole, if the union has one, runs the other way round).
 * Rectangles that overlap or share an edge give one ring; rectangles that only touch at a corner,
 * or lie apart, give one ring each.
 */
export function outlineOrgBand(rects: readonly Rect[]): Point[][] {
  const live = rects.filter((r) => r.width > 0 && r.height > 0);
  if (!live.length) return [];
  const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  const xs = sorted(live.flatMap((r) => [r.x, r.x + r.width]));
  const ys = sorted(live.flatMap((r) => [r.y, r.y + r.height]));
  const nx = xs.length - 1;
  const ny = ys.length - 1;
  const xi = new Map(xs.map((v, i) => [v, i]));
  const yi = new Map(ys.map((v, i) => [v, i]));
  const cover = new Uint8Array(nx * ny);
  for (const r of live) {
    const i1 = xi.get(r.x + r.width)!;
    const j1 = yi.get(r.y + r.height)!;
    for (let j = yi.get(r.y)!; j < j1; j++) cover.fill(1, j * nx + xi.get(r.x)!, j * nx + i1);
  }
  const inside = (i: number, j: number) => i >= 0 && j >= 0 && i < nx && j < ny && cover[j * nx + i] === 1;
  // Edges of the grid between a covered and an open cell, directed with the covered one on the right.
  const key = (i: number, j: number) => j * (nx + 1) + i;
  const from = new Map<number, number[]>();
  const add = (i0: number, j0: number, i1: number, j1: number) => {
    const k = key(i0, j0);
    const list = from.get(k);
    if (list) list.push(key(i1, j1));
    else from.set(k, [key(i1, j1)]);
  };
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (!inside(i, j)) continue;
      if (!inside(i, j - 1)) add(i, j, i + 1, j);
      if (!inside(i + 1, j)) add(i + 1, j, i + 1, j + 1);
      if (!inside(i, j + 1)) add(i + 1, j + 1, i, j + 1);
      if (!inside(i - 1, j)) add(i, j + 1, i, j);
    }
  }
  const ij = (k: number): [number, number] => [k % (nx + 1), Math.floor(k / (nx + 1))];
  const sign = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);
  const rings: Point[][] = [];
  for (const [start, ends] of from) {
    while (ends.length) {
      const ring: number[] = [start];
      let prev = start;
      let at = ends.pop()!;
      while (at !== start) {
        ring.push(at);
        const next = from.get(at)!;
        // Where two rings touch at a corner, turn right: each keeps its own cells.
        const [pi, pj] = ij(prev);
        const [ai, aj] = ij(at);
        const [dx, dy] = [sign(ai - pi), sign(aj - pj)];
        const turn = (k: number) => {
          const [bi, bj] = ij(k);
          const [ex, ey] = [sign(bi - ai), sign(bj - aj)];
          return ex === -dy && ey === dx ? 0 : ex === dx && ey === dy ? 1 : 2;
        };
        let best = 0;
        for (let n = 1; n < next.length; n++) if (turn(next[n]!) < turn(next[best]!)) best = n;
        prev = at;
        at = next.splice(best, 1)[0]!;
      }
      // Corners only: points on a straight run are dropped.
      const pts = ring.map((k) => ij(k));
      const corners: Point[] = [];
      for (let n = 0; n < pts.length; n++) {
        const a = pts[(n + pts.length - 1) % pts.length]!;
        const b = pts[n]!;
        const c = pts[(n + 1) % pts.length]!;
        const straight = (a[0] === b[0] && b[0] === c[0]) || (a[1] === b[1] && b[1] === c[1]);
        if (!straight) corners.push([xs[b[0]]!, ys[b[1]]!]);
      }
      rings.push(corners);
    }
  }
  return rings;
}

/**
 * Joins between parts of one band that stand side by side with a gap of at most `maxGap`
 * between them (beside each other over part of their height, or above each other over part of
 * their width): each join fills the gap where both parts face each other, when `clean` allows
 * it (no stranger in the way). Joins are taken narrowest first, and only between parts not yet
 * joined (directly or through others). `band[i]`: the band part i ends up in (the index of one
 * of its parts); parts that overlap or share an edge are in one band without a join.
 */
export function joinOrgBandParts(parts: readonly Rect[], clean: (r: Rect) => boolean, maxGap: number): { joins: Array<Rect & { part: number }>; band: number[] } {
  const group = parts.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0);
  const candidates: Array<{ a: number; b: number; gap: number; join?: Rect }> = [];
  for (let a = 0; a < parts.length; a++) {
    for (let b = a + 1; b < parts.length; b++) {
      const p = parts[a]!;
      const q = parts[b]!;
      const across = overlap(p.y, p.y + p.height, q.y, q.y + q.height);
      const along = overlap(p.x, p.x + p.width, q.x, q.x + q.width);
      if ((across > 0 && along >= 0) || (along > 0 && across >= 0)) {
        candidates.push({ a, b, gap: 0 }); // overlapping, or sharing an edge
        continue;
      }
      const gapX = Math.max(q.x - (p.x + p.width), p.x - (q.x + q.width));
      const gapY = Math.max(q.y - (p.y + p.height), p.y - (q.y + q.height));
      if (across > 0 && gapX <= maxGap) {
        const left = p.x < q.x ? p : q;
        candidates.push({ a, b, gap: gapX, join: { x: left.x + left.width, y: Math.max(p.y, q.y), width: gapX, height: across } });
      } else if (along > 0 && gapY <= maxGap) {
        const top = p.y < q.y ? p : q;
        candidates.push({ a, b, gap: gapY, join: { x: Math.max(p.x, q.x), y: top.y + top.height, width: along, height: gapY } });
      }
    }
  }
  candidates.sort((u, v) => u.gap - v.gap);
  const joins: Array<Rect & { part: number }> = [];
  for (const c of candidates) {
    const ra = find(c.a);
    const rb = find(c.b);
    if (ra === rb) continue;
    if (c.join && !clean(c.join)) continue;
    group[ra] = rb;
    if (c.join) joins.push({ ...c.join, part: c.a });
  }
  return { joins, band: parts.map((_, i) => find(i)) };
}

/** SVG path data of a band's outline with its corners rounded (radius `r`, less on short sides). */
export function orgBandPath(outline: readonly (readonly Point[])[], r = 6): string {
  const f = (v: number) => String(Math.round(v * 100) / 100);
  const out: string[] = [];
  for (const ring of outline) {
    const n = ring.length;
    if (n < 3) continue;
    const len = (a: Point, b: Point) => Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1]);
    const toward = (a: Point, b: Point, d: number): Point => {
      const l = len(a, b) || 1;
      return [a[0] + ((b[0] - a[0]) * d) / l, a[1] + ((b[1] - a[1]) * d) / l];
    };
    const radius = ring.map((p, i) => Math.min(r, len(ring[(i + n - 1) % n]!, p) / 2, len(p, ring[(i + 1) % n]!) / 2));
    const start = toward(ring[0]!, ring[1]!, radius[0]!);
    out.push(`M${f(start[0])} ${f(start[1])}`);
    for (let i = 1; i <= n; i++) {
      const p = ring[i % n]!;
      const a = toward(p, ring[i - 1]!, radius[i % n]!);
      const b = toward(p, ring[(i + 1) % n]!, radius[i % n]!);
      out.push(`L${f(a[0])} ${f(a[1])}Q${f(p[0])} ${f(p[1])} ${f(b[0])} ${f(b[1])}`);
    }
    out.push('Z');
  }
  return out.join('');
}

/**
 * A band does not take in an empty block larger than this many em square (the generated 200-body
 * chart at 1280 px: 550 × 1,000 px of grey under a short column beside a long one): its outline
 * steps round it instead.
 */
export const ORG_BAND_STEP_EM = 25;

/**
 * The empty blocks joining `a` and `b` into one rectangle would draw: the area of the rectangle
 * round them that neither covers, less the gap between them where they face each other when it
 * is at most `maxGap` across (a band fills such a gap anyway).
 */
export function emptyOrgBandArea(a: Rect, b: Rect, maxGap: number): number {
  const x0 = Math.min(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const whole = (Math.max(a.x + a.width, b.x + b.width) - x0) * (Math.max(a.y + a.height, b.y + b.height) - y0);
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const along = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const shared = Math.max(0, across) * Math.max(0, along);
  const facing = across < 0 && along > 0 && -across <= maxGap ? -across * along : along < 0 && across > 0 && -along <= maxGap ? -along * across : 0;
  return whole - (a.width * a.height + b.width * b.height - shared) - facing;
}

/** What a band needs to know of its boxes: their extent (min and max of their corners; the band adds its padding and label strip). */
interface BandOf {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const joinBands = (a: BandOf, b: BandOf): BandOf => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });

/**
 * The bands of every lane with drawn bodies, in the document's lane order: one per lane, unless
 * its bodies stand in places that cannot be joined (then one per place, each named). Every band
 * carries its name the same way: across, at its top-left (as the slides do), clear of the tree
 * lines that cross its top; a band too narrow for its name widens its top strip where nothing
 * stands in the way, else the name is shortened with an ellipsis (`label.text`; the full name is
 * the lane's). A tree line running along a band's side is taken inside it, at least
 * `ORG_BAND_LINE_CLEAR` px from its edge.
 */
export function bandOrgLanes(options: {
  doc: OrganizationDocument;
  nodes: readonly OrgNodeLayout[];
  laneOf: ReadonlyMap<string, string>;
  metrics: OrgMetrics;
  axis: OrgAxis;
  /** The tree connectors (their vertical runs are kept clear of the band's sides and its name). */
  edges?: readonly OrgEdgeLayout[];
  /** The width (px) of a lane's name as drawn; without it, 1 em a character. */
  labelWidth?: (name: string) => number;
}): OrgLaneLayout[] {
  const { doc, nodes, laneOf, metrics: M, edges = [] } = options;
  const labelWidth = options.labelWidth ?? ((name: string) => [...name].length * M.badgeSize);
  const stems = stemsOf(edges);
  const C = ORG_BAND_LINE_CLEAR;
  const lanes: OrgLaneLayout[] = [];
  const H = M.laneHeader;
  const P = M.lanePadding;
  // Boxes by place: whether a band takes in a stranger looks at the boxes under it only.
  let boxes: RectGrid<OrgNodeLayout> | undefined;
  const stepArea = (ORG_BAND_STEP_EM * M.fontSize) ** 2;
  for (const lane of doc.lanes) {
    /** The extent of some members. */
    const bandOf = (members: readonly OrgNodeLayout[]): BandOf => {
      const out: BandOf = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      for (const n of members) {
        out.x0 = Math.min(out.x0, n.x);
        out.y0 = Math.min(out.y0, n.y);
        out.x1 = Math.max(out.x1, n.x + n.width);
        out.y1 = Math.max(out.y1, n.y + n.height);
      }
      return out;
    };
    /** A group's boxes with the band's padding round them. */
    const padded = (b: BandOf): Rect => ({ x: b.x0 - P, y: b.y0 - P, width: b.x1 - b.x0 + 2 * P, height: b.y1 - b.y0 + 2 * P });
    /** Where a group's name stands: a strip on top. */
    const strip = (r: Rect): Rect => ({ x: r.x, y: r.y - H, width: r.width, height: H });
    const band = (b: BandOf): Rect => {
      const r = padded(b);
      return { x: r.x, y: r.y - H, width: r.width, height: r.height + H };
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
    /**
     * Pieces gathered into groups, each drawn as one rectangle: a piece joins the first group the
     * rectangle round both keeps clean. With `step` (box by box, so that a subtree hung in two
     * columns of different heights steps too), not where that rectangle would hold empty blocks
     * of more than `ORG_BAND_STEP_EM` em square in all (a short column beside a long one): the
     * two stay parts, joined across their gap below, and the band's outline steps round the block.
     */
    // Whether a group's band is clean, known per group: a group grown from one known clean only
    // needs the strips it grew by checked (a long column gathered box by box stays linear).
    const known = new WeakMap<BandOf, boolean>();
    const cleanBand = (b: BandOf, from?: BandOf): boolean => {
      const r = band(b);
      let ok: boolean;
      if (from && known.get(from) === true) {
        const o = band(from);
        const strips: Rect[] = [
          { x: r.x, y: r.y, width: r.width, height: o.y - r.y },
          { x: r.x, y: o.y + o.height, width: r.width, height: r.y + r.height - (o.y + o.height) },
          { x: r.x, y: o.y, width: o.x - r.x, height: o.height },
          { x: o.x + o.width, y: o.y, width: r.x + r.width - (o.x + o.width), height: o.height },
        ];
        ok = strips.every((t) => t.width <= 0 || t.height <= 0 || clean(t));
      } else ok = clean(r);
      known.set(b, ok);
      return ok;
    };
    const gather = (step: boolean): { groups: BandOf[]; parts: Rect[]; joins: Array<Rect & { part: number }>; bandOfPart: number[] } => {
      const groups: BandOf[] = [];
      /** `a` and `b` as one group, if that may be (its band clean and, stepping, no large empty block in it). */
      const join = (a: BandOf, b: BandOf): BandOf | undefined => {
        if (step && emptyOrgBandArea(padded(a), padded(b), 2 * H + P) > stepArea) return undefined;
        const both = joinBands(a, b);
        return cleanBand(both, a) ? both : undefined;
      };
      for (const piece of step ? members.map((n) => [n]) : pieces) {
        const own = bandOf(piece);
        let joined = false;
        for (let i = 0; i < groups.length && !joined; i++) {
          const both = join(groups[i]!, own);
          if (both) [groups[i], joined] = [both, true];
        }
        if (!joined) {
          groups.push(own);
          cleanBand(own);
        }
      }
      // Then whole groups: a column joins the box over it (the box alone was too short to join
      // it); and a column beside another reaches to its top or bottom where the block that
      // leaves is small (a step there would be a notch), until nothing changes.
      for (let changed = step; changed; ) {
        changed = false;
        for (let a = 0; a < groups.length && !changed; a++) {
          for (let b = 0; b < groups.length && !changed; b++) {
            if (a === b) continue;
            const [g, h] = [groups[a]!, groups[b]!];
            const both = b > a ? join(g, h) : undefined;
            if (both) {
              groups.splice(b, 1);
              groups[a] = both;
              changed = true;
              continue;
            }
            // Beside each other (apart across, over part of their height, no further apart than a join reaches).
            const gapX = Math.max(h.x0 - g.x1, g.x0 - h.x1) - 2 * P;
            if (gapX < 0 || gapX > 2 * H + P || Math.min(g.y1, h.y1) <= Math.max(g.y0, h.y0)) continue;
            const w = g.x1 - g.x0 + 2 * P;
            for (const reach of [{ ...g, y0: h.y0 }, { ...g, y1: h.y1 }]) {
              const grown = (reach.y1 - reach.y0 - (g.y1 - g.y0)) * w;
              if (grown > 0 && grown <= stepArea && cleanBand(reach, g)) {
                groups[a] = reach;
                changed = true;
                break;
              }
            }
          }
        }
      }
      const parts = groups.map(padded);
      // Parts side by side are joined across the gap between them (a column gap, a row gap): one
      // band. Parts that cannot be joined (a stranger between, or far apart) are bands of their own.
      const { joins, band: bandOfPart } = joinOrgBandParts(parts, clean, 2 * H + P);
      return { groups, parts, joins, bandOfPart };
    };
    const count = (g: { bandOfPart: number[] }) => new Set(g.bandOfPart).size;
    // Stepped where that keeps the lane in as few bands; else as one rectangle round the pieces.
    const stepped = gather(true);
    const plain = count(stepped) > 1 ? gather(false) : stepped;
    const { groups, parts, joins, bandOfPart } = count(stepped) > count(plain) ? plain : stepped;
    const bands = [...new Set(bandOfPart)].map((b) => groups.filter((_, i) => bandOfPart[i] === b));
    const top = (g: BandOf) => g.y0;
    // The band with the lane's first box in reading order first (the top, then the left).
    const first = (list: readonly BandOf[]) => {
      const y = Math.min(...list.map(top));
      return list.filter((g) => g.y0 <= y + H).reduce((a, g) => (g.x0 < a.x0 ? g : a));
    };
    for (const own of bands.map(first).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0).map((f) => bands.find((list) => list.includes(f))!)) {
      const head = first(own);
      const joined = joins.filter((j) => own.includes(groups[j.part]!)).map(({ x, y, width, height }) => ({ x, y, width, height }));
      // A tree line running down beside a part (the stem of a hung column, just left of its
      // boxes) is taken inside it, a clear distance from its edge: line and border never merge.
      const reach = (r: Rect): Rect => {
        let [x0, x1] = [r.x, r.x + r.width];
        for (let moved = true; moved; ) {
          moved = false;
          for (const t of stems) {
            if (t.y1 <= r.y - H || t.y0 >= r.y + r.height) continue;
            if (t.x > x0 - C && t.x < x0 + C) [x0, moved] = [t.x - C, true];
            if (t.x > x1 - C && t.x < x1 + C) [x1, moved] = [t.x + C, true];
          }
        }
        const out = { x: x0, y: r.y, width: x1 - x0, height: r.height };
        return out.width === r.width || clean(out) ? out : r;
      };
      const reached = new Map(own.map((g) => [g, reach(parts[groups.indexOf(g)]!)]));
      const mine = own.map((g) => reached.get(g)!);
      // The name stands once, across, in a strip on top of the first group; the strip runs on
      // along the parts in line with it (the band's top) where no stranger is in the way.
      const named = reached.get(head)!;
      const labelStrip = strip(named);
      const inLine = [...mine, ...joined].filter((r) => Math.abs(r.y - named.y) < 1 && r !== named);
      const all = [...mine, ...joined, labelStrip, ...inLine.map((r) => strip(r)).filter(clean)];
      // The name starts past the tree lines that come down through the strip's left end, and
      // ends before the next one (a connector into a box's top) or the strip's end.
      const crossing = stems
        .filter((t) => t.y0 < labelStrip.y + H && t.y1 > labelStrip.y && t.x >= labelStrip.x && t.x <= labelStrip.x + labelStrip.width)
        .map((t) => t.x)
        .sort((u, v) => u - v);
      let lx = labelStrip.x + 8;
      for (const t of crossing) if (t < lx + 6) lx = Math.max(lx, t + 8);
      const next = crossing.find((t) => t >= lx + 6);
      const stripEnd = labelStrip.x + labelStrip.width;
      let end = next !== undefined ? next - 6 : stripEnd - 8;
      const need = labelWidth(lane.name);
      if (lx + need > end && next === undefined) {
        // Too narrow a band: its top strip reaches on right for the name, where no other body
        // (nor another band round one) and no tree line stands.
        const tab = { x: stripEnd, y: labelStrip.y, width: Math.ceil(lx + need + 8 - stripEnd), height: H };
        const room = { ...tab, width: tab.width + P + C, height: 2 * H + P };
        if (clean(room) && !stems.some((t) => t.x >= tab.x - C && t.x <= tab.x + tab.width + C && t.y0 < tab.y + H && t.y1 > tab.y)) {
          all.push(tab);
          end = lx + need;
        }
      }
      // Still too narrow: the name is shortened (the full name is the lane's, a tooltip and the table give it).
      let text: string | undefined;
      if (lx + need > end) {
        const chars = [...lane.name];
        let n = chars.length - 1;
        while (n > 1 && lx + labelWidth(chars.slice(0, n).join('') + '…') > end) n--;
        text = chars.slice(0, Math.max(1, n)).join('') + '…';
      }
      const xs = all.flatMap((r) => [r.x, r.x + r.width]);
      const ys = all.flatMap((r) => [r.y, r.y + r.height]);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      const shown = text === undefined ? need : labelWidth(text);
      const label = { x: lx, y: labelStrip.y + H - 7, vertical: false, strip: { x: lx - 8, y: labelStrip.y, width: Math.ceil(shown) + 16, height: H }, ...(text !== undefined ? { text } : {}) };
      lanes.push({ lane, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, parts: all, outline: outlineOrgBand(all), label });
    }
  }
  return lanes;
}
