/**
 * What an org chart link route pays besides its length and bends (route.ts): crossing a line
 * already drawn (a tree connector, a typed link routed before it), running close beside one
 * (two lines a few px apart read as one, or as a double line), and squeezing through a gap
 * between two boxes narrower than two tracks. The same costs score the candidate routes and
 * weigh each step of the grid search, so the two compare like with like. Pure geometry.
 */
import { RectGrid } from '../../../kit/spatial-index.js';
import type { Point, Rect } from './route.js';

/** A straight piece of a drawn line, with what a route pays for crossing it or running beside it. */
export interface RouteLine extends Rect {
  horizontal: boolean;
  /** The fixed coordinate (y of a horizontal piece, x of a vertical one) and the span along it. */
  at: number;
  from: number;
  to: number;
  /** What crossing it costs (px of route length). */
  cross: number;
  /** A piece of a typed link (not a tree connector or a band's edge): crossing it costs `RouteCosts.linkCross` when that is set. */
  link?: boolean;
  /** A parallel route closer than this (centre to centre, px) runs along it and pays `along` per px ({@link ROUTE_ALONG} by default). */
  near: number;
  along?: number;
  /**
   * The end box (or both) this piece of a typed link runs into: a route into the same box pays
   * nothing for running along it there (lines into one box converge; their ends get ports of
   * their own afterwards, ports.ts).
   */
  into?: readonly Rect[];
}

/** Crossing a typed link (所管, 連携, 共同事務局): the two read as one line turning. */
export const ROUTE_CROSS_LINK = 100;
/** Crossing one child's own tree connector (its drop). */
export const ROUTE_CROSS_TREE = 40;
/**
 * Crossing a tree connector shared by two or more children (a parent's bus, stem or trunk): as
 * bad as crossing a typed line (a line through the bus seems to join the whole family).
 */
export const ROUTE_CROSS_BUS = 250;
/** Per px run alongside a line closer than its `near`. */
export const ROUTE_ALONG = 2;
/** A gap between two boxes narrower than this (px) takes no line without crowding it (two tracks and the clearance). */
export const ROUTE_NARROW_GAP = 30;
/** Passing through such a gap. */
export const ROUTE_NARROW = 400;

/** What a route pays: the lines drawn so far (by place), the narrow gaps, and how much wider than a plain line the route is (3 px either side for a double line). */
export interface RouteCosts {
  lines?: RectGrid<RouteLine>;
  gaps?: RectGrid<Rect>;
  wide?: number;
  /** The route's own boxes (see `RouteLine.into`). */
  ends?: readonly Rect[];
  /**
   * The top of the highest box and the bottom of the lowest: a line above or below them runs
   * round the whole drawing and pays {@link ROUTE_OUTSIDE} per px out there.
   */
  rows?: { top: number; bottom: number };
  /** What crossing a typed link costs instead of its `cross` (a second try for a line that crossed several: links.ts). */
  linkCross?: number;
  /**
   * What crossing one child's tree connector (a drop, a hung column's line: {@link ROUTE_CROSS_TREE})
   * costs instead (a second try for a line across two or more of them: links.ts).
   */
  treeCross?: number;
  /**
   * What crossing a bus ({@link ROUTE_CROSS_BUS}) costs instead (the try round the drawing for a
   * line still across two or more connectors, links.ts: it may cross neither).
   */
  busCross?: number;
}

const crossCost = (l: RouteLine, costs: RouteCosts): number => {
  if (l.link) return costs.linkCross ?? l.cross;
  if (l.cross === ROUTE_CROSS_BUS && costs.busCross !== undefined) return costs.busCross;
  return l.cross === ROUTE_CROSS_TREE && costs.treeCross !== undefined ? costs.treeCross : l.cross;
};

/** Per px of a route above the highest box or below the lowest. */
export const ROUTE_OUTSIDE = 2;

/** The length of the piece from..to (at `at`) above `rows.top` or below `rows.bottom`. */
function outside(horizontal: boolean, at: number, from: number, to: number, rows: { top: number; bottom: number } | undefined): number {
  if (!rows) return 0;
  if (horizontal) return at < rows.top || at > rows.bottom ? to - from : 0;
  return Math.max(0, Math.min(to, rows.top) - from) + Math.max(0, to - Math.max(from, rows.bottom));
}

/** Whether the line joins one of the route's boxes. */
const sharesEnd = (l: RouteLine, costs: RouteCosts): boolean => l.into !== undefined && costs.ends !== undefined && l.into.some((e) => costs.ends!.includes(e));

/**
 * A {@link RouteLine} for the piece `from`..`to` at `at` (its rectangle the piece grown by `near`
 * across it). Built as one object literal with every field (optional ones undefined), so that
 * every line has one shape: an object spread here made each line V8's slow kind of object, about
 * a hundred times dearer to make and slower to read (a layout of 30 boxes spent ~3 ms on it).
 */
export function makeRouteLine(horizontal: boolean, at: number, from: number, to: number, cross: number, near: number, along?: number, link?: boolean, into?: readonly Rect[]): RouteLine {
  return horizontal
    ? { x: from, y: at - near, width: to - from, height: 2 * near, horizontal, at, from, to, cross, link, near, along, into }
    : { x: at - near, y: from, width: 2 * near, height: to - from, horizontal, at, from, to, cross, link, near, along, into };
}

/** `l` with what crossing it and running along it cost replaced (a new line; `l` is unchanged). */
export function withRouteCosts(l: RouteLine, cross: number, along: number | undefined, link = l.link): RouteLine {
  return makeRouteLine(l.horizontal, l.at, l.from, l.to, cross, l.near, along, link, l.into);
}

/**
 * The pieces of a polyline as {@link RouteLine}s (each piece's rectangle is its extent grown by
 * `near`); with `ends` (a typed link's two boxes), its first and last pieces run into them.
 */
export function toRouteLines(points: readonly Point[], cross: number, near: number, ends?: readonly [Rect, Rect], along?: number, link?: boolean): RouteLine[] {
  const out: RouteLine[] = [];
  const last = points.length - 1;
  for (let i = 1; i <= last; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (p[0] === q[0] && p[1] === q[1]) continue;
    const horizontal = p[1] === q[1];
    const u = horizontal ? p[0] : p[1];
    const v = horizontal ? q[0] : q[1];
    const into = ends && (i === 1 || i === last) ? (i === 1 && i === last ? [ends[0], ends[1]] : i === 1 ? [ends[0]] : [ends[1]]) : undefined;
    out.push(makeRouteLine(horizontal, horizontal ? p[1] : p[0], Math.min(u, v), Math.max(u, v), cross, near, along, link, into));
  }
  return out;
}

/** The collinear pieces of the tree connectors on one track (a level y or an upright x), in the order met. */
interface TreeTrack {
  horizontal: boolean;
  at: number;
  pieces: Array<{ from: number; to: number; across: boolean }>;
}

/**
 * The tree connectors' pieces by track, in the order their tracks are first met (the order
 * {@link toTreeRouteLines} gives its lines in), each track's pieces in the order met.
 */
function collectTreeTracks(connectors: ReadonlyArray<readonly Point[]>): TreeTrack[] {
  const tracks: TreeTrack[] = [];
  const level = new Map<number, TreeTrack>();
  const upright = new Map<number, TreeTrack>();
  for (const points of connectors) {
    // The connector's first piece (its stem): pieces across it run along a bus.
    let stem: boolean | undefined;
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1]!;
      const q = points[i]!;
      if (p[0] === q[0] && p[1] === q[1]) continue;
      const horizontal = p[1] === q[1];
      stem ??= horizontal;
      const u = horizontal ? p[0] : p[1];
      const v = horizontal ? q[0] : q[1];
      const fixed = horizontal ? p[1] : p[0];
      // (-0 is the track of 0, and is drawn as 0.)
      const at = fixed === 0 ? 0 : fixed;
      const byAt = horizontal ? level : upright;
      let track = byAt.get(at);
      if (!track) {
        track = { horizontal, at, pieces: [] };
        byAt.set(at, track);
        tracks.push(track);
      }
      track.pieces.push({ from: Math.min(u, v), to: Math.max(u, v), across: horizontal !== stem });
    }
  }
  return tracks;
}

/**
 * The tree connectors as {@link RouteLine}s: collinear pieces that overlap (the elbows of one
 * parent's children all run along its bus, a column's connectors down its line) are one piece,
 * crossed once. A bus (a piece across the connectors' first, the parent's stem, shared by two
 * or more children) costs {@link ROUTE_CROSS_BUS} and is kept `nearBus` px off (a line beside a
 * bus reads as a second bus); a drop or a column's line {@link ROUTE_CROSS_TREE}, `near` px.
 */
export function toTreeRouteLines(connectors: ReadonlyArray<readonly Point[]>, near: number, nearBus = near): RouteLine[] {
  const out: RouteLine[] = [];
  for (const { horizontal, at, pieces } of collectTreeTracks(connectors)) {
    pieces.sort((p, q) => p.from - q.from);
    let from = pieces[0]!.from;
    let to = pieces[0]!.to;
    let n = 1;
    let across = pieces[0]!.across;
    const flush = () => {
      // (A run of one point is no piece.)
      if (from === to) return;
      const bus = n > 1 && across;
      out.push(makeRouteLine(horizontal, at, from, to, bus ? ROUTE_CROSS_BUS : ROUTE_CROSS_TREE, bus ? nearBus : near));
    };
    for (let k = 1; k < pieces.length; k++) {
      const l = pieces[k]!;
      if (l.from <= to) {
        to = Math.max(to, l.to);
        n++;
        across ||= l.across;
      } else {
        flush();
        ({ from, to, across } = l);
        n = 1;
      }
    }
    flush();
  }
  return out;
}

/**
 * The gaps narrower than {@link ROUTE_NARROW_GAP} between two boxes facing each other (side by
 * side or one above the other, overlapping along the gap): the rectangles between them.
 */
export function findNarrowGaps(boxes: readonly Rect[]): Rect[] {
  const index = new RectGrid<Rect>();
  index.addAll(boxes);
  const out: Rect[] = [];
  for (const r of boxes) {
    const right = r.x + r.width;
    const bottom = r.y + r.height;
    const reach = { x: r.x, y: r.y, width: r.width + ROUTE_NARROW_GAP, height: r.height + ROUTE_NARROW_GAP };
    index.forEachIntersecting(reach, (s) => {
      if (s === r) return;
      const y0 = Math.max(r.y, s.y);
      const y1 = Math.min(bottom, s.y + s.height);
      if (s.x >= right && s.x - right < ROUTE_NARROW_GAP && y1 > y0) out.push({ x: right, y: y0, width: s.x - right, height: y1 - y0 });
      const x0 = Math.max(r.x, s.x);
      const x1 = Math.min(right, s.x + s.width);
      if (s.y >= bottom && s.y - bottom < ROUTE_NARROW_GAP && x1 > x0) out.push({ x: x0, y: bottom, width: x1 - x0, height: s.y - bottom });
    });
  }
  return out.filter((g) => g.width > 0 && g.height > 0);
}

/** What the piece p→q pays for the lines it crosses or runs beside and the narrow gaps it passes. */
function costOfPiece(p: Point, q: Point, costs: RouteCosts): number {
  const horizontal = p[1] === q[1];
  const at = horizontal ? p[1] : p[0];
  const from = Math.min(horizontal ? p[0] : p[1], horizontal ? q[0] : q[1]);
  const to = Math.max(horizontal ? p[0] : p[1], horizontal ? q[0] : q[1]);
  if (to === from) return 0;
  const wide = costs.wide ?? 0;
  const extent: Rect = horizontal ? { x: from, y: at - 1, width: to - from, height: 2 } : { x: at - 1, y: from, width: 2, height: to - from };
  let cost = outside(horizontal, at, from, to, costs.rows) * ROUTE_OUTSIDE;
  costs.lines?.forEachIntersecting(extent, (l) => {
    if (l.horizontal === horizontal) {
      if (sharesEnd(l, costs)) return;
      const along = Math.min(to, l.to) - Math.max(from, l.from);
      if (along > 0 && Math.abs(l.at - at) < l.near + wide) cost += along * (l.along ?? ROUTE_ALONG);
      // Through the line, or through one of its corners (the piece ends on this one's track: a
      // crossing all the same, where the line turns).
    } else if (l.at > from && l.at < to && at >= l.from && at <= l.to) {
      cost += crossCost(l, costs);
    }
  });
  costs.gaps?.forEachIntersecting(extent, (g) => {
    // Through the gap's inside (along its edge is beside a box, which the clearance already keeps off).
    if (horizontal ? at > g.y && at < g.y + g.height && to > g.x && from < g.x + g.width : at > g.x && at < g.x + g.width && to > g.y && from < g.y + g.height) cost += ROUTE_NARROW;
  });
  return cost;
}

/** What a whole route pays (see {@link RouteCosts}). */
export function costOfRoute(points: readonly Point[], costs: RouteCosts | undefined): number {
  if (!costs) return 0;
  let cost = 0;
  for (let i = 1; i < points.length; i++) cost += costOfPiece(points[i - 1]!, points[i]!, costs);
  return cost;
}

const add = (list: Float64Array, i: number, v: number): void => {
  list[i] = list[i]! + v;
};

/** The first index of a sorted list whose value is at least `v`. */
function lowerBound(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The same costs for every step of the grid `gx` × `gy` (sorted; the search in route.ts), from
 * the lines and gaps meeting `region`: `across[j * nx + i]` for the step (i, j) → (i + 1, j),
 * `down[i * ny + j]` for (i, j) → (i, j + 1). A line crossing a grid line at a grid point is
 * paid by the step that reaches that point.
 */
export function costSteps(gx: readonly number[], gy: readonly number[], costs: RouteCosts, region: Rect): { across: Float64Array; down: Float64Array } {
  const nx = gx.length;
  const ny = gy.length;
  const across = new Float64Array(nx * ny);
  const down = new Float64Array(nx * ny);
  const wide = costs.wide ?? 0;
  costs.lines?.forEachIntersecting(region, (l) => {
    // Along: grid lines parallel to the piece and within its reach; steps overlapping its span.
    const [par, perp, nPar, nPerp] = l.horizontal ? [gy, gx, ny, nx] : [gx, gy, nx, ny];
    const reach = sharesEnd(l, costs) ? 0 : l.near + wide;
    for (let k = lowerBound(par, l.at - reach + 1e-9); k < nPar && par[k]! < l.at + reach; k++) {
      for (let i = Math.max(0, lowerBound(perp, l.from) - 1); i + 1 < nPerp && perp[i]! < l.to; i++) {
        const along = Math.min(l.to, perp[i + 1]!) - Math.max(l.from, perp[i]!);
        if (along <= 0) continue;
        if (l.horizontal) add(across, k * nx + i, along * (l.along ?? ROUTE_ALONG));
        else add(down, k * ny + i, along * (l.along ?? ROUTE_ALONG));
      }
    }
    // Across: grid lines perpendicular to the piece within its span; the step over its track.
    const step = lowerBound(par, l.at) - 1; // par[step] < l.at <= par[step + 1]
    const cross = crossCost(l, costs);
    if (step < 0 || step + 1 >= nPar || cross === 0) return;
    for (let k = lowerBound(perp, l.from); k < nPerp && perp[k]! <= l.to; k++) {
      if (l.horizontal) add(down, k * ny + step, cross);
      else add(across, k * nx + step, cross);
    }
  });
  if (costs.rows) {
    for (let j = 0; j < ny; j++) for (let i = 0; i + 1 < nx; i++) add(across, j * nx + i, outside(true, gy[j]!, gx[i]!, gx[i + 1]!, costs.rows) * ROUTE_OUTSIDE);
    for (let i = 0; i < nx; i++) for (let j = 0; j + 1 < ny; j++) add(down, i * ny + j, outside(false, gx[i]!, gy[j]!, gy[j + 1]!, costs.rows) * ROUTE_OUTSIDE);
  }
  costs.gaps?.forEachIntersecting(region, (g) => {
    // Steps through the gap's inside: on a grid line strictly inside it, over an interval meeting it.
    const i0 = lowerBound(gx, g.x + 1e-9);
    const i1 = lowerBound(gx, g.x + g.width) - 1;
    const j0 = lowerBound(gy, g.y + 1e-9);
    const j1 = lowerBound(gy, g.y + g.height) - 1;
    for (let j = j0; j <= j1; j++) for (let i = Math.max(0, i0 - 1); i <= Math.min(i1, nx - 2); i++) add(across, j * nx + i, ROUTE_NARROW);
    for (let i = i0; i <= i1; i++) for (let j = Math.max(0, j0 - 1); j <= Math.min(j1, ny - 2); j++) add(down, i * ny + j, ROUTE_NARROW);
  });
  return { across, down };
}
