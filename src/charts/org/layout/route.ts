/**
 * Orthogonal routing of the typed links (連携, 共同事務局, 所管) between boxes of an org chart:
 * a handful of candidate routes (straight, L, and detours through the free channels beside
 * the boxes) are scored by the boxes they cross, their length and bends; the best one wins.
 * Pure geometry, no DOM.
 */
import type { RectGrid } from '../../../kit/spatial-index.js';
import { costOfRoute, costSteps, type RouteCosts } from './route-cost.js';

/** An axis-aligned box: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point of a route. */
export type Point = readonly [number, number];

/** A chosen route: its points, and how many boxes it still crosses (0 where avoidable). */
export interface Route {
  points: Point[];
  crossings: number;
}

const CLEARANCE = 6;

/** Whether the axis-aligned segment p→q passes through the inside of `r`. */
function segmentCrosses(p: Point, q: Point, r: Rect, inflate: number): boolean {
  const x0 = r.x - inflate;
  const y0 = r.y - inflate;
  const x1 = r.x + r.width + inflate;
  const y1 = r.y + r.height + inflate;
  const sx0 = Math.min(p[0], q[0]);
  const sx1 = Math.max(p[0], q[0]);
  const sy0 = Math.min(p[1], q[1]);
  const sy1 = Math.max(p[1], q[1]);
  // Strict inequalities: running along an edge or ending on it is not a crossing.
  return sx1 > x0 && sx0 < x1 && sy1 > y0 && sy0 < y1 && !(sx0 === sx1 && (sx0 <= x0 || sx0 >= x1)) && !(sy0 === sy1 && (sy0 <= y0 || sy0 >= y1));
}

function countCrossings(points: Point[], obstacles: readonly Rect[], a: Rect, b: Rect): number {
  let n = 0;
  for (const r of obstacles) {
    const own = r === a || r === b;
    for (let i = 1; i < points.length; i++) {
      if (segmentCrosses(points[i - 1]!, points[i]!, r, own ? -0.5 : CLEARANCE)) {
        n += 1;
        break;
      }
    }
  }
  return n;
}

/**
 * {@link countCrossings} with the obstacles in a spatial index: only those near a segment are
 * tested (the same count: a box a segment crosses meets the segment's extent grown by the clearance).
 */
function countCrossingsNear(points: Point[], index: RectGrid<Rect>, a: Rect, b: Rect): number {
  const crossed = new Set<Rect>();
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const near = { x: Math.min(p[0], q[0]) - CLEARANCE, y: Math.min(p[1], q[1]) - CLEARANCE, width: Math.abs(q[0] - p[0]) + 2 * CLEARANCE, height: Math.abs(q[1] - p[1]) + 2 * CLEARANCE };
    index.forEachIntersecting(near, (r) => {
      if (!crossed.has(r) && segmentCrosses(p, q, r, r === a || r === b ? -0.5 : CLEARANCE)) crossed.add(r);
    });
  }
  return crossed.size;
}

function measureRoute(points: Point[]): number {
  let len = 0;
  for (let i = 1; i < points.length; i++) len += Math.abs(points[i]![0] - points[i - 1]![0]) + Math.abs(points[i]![1] - points[i - 1]![1]);
  return len;
}

/** Drops repeated and collinear middle points. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev[0] === last[0] && last[0] === p[0]) || (prev[1] === last[1] && last[1] === p[1]))) out.pop();
    out.push(p);
  }
  return out;
}

/** What {@link routeOrthogonal} and {@link searchOrthogonal} route between and round. */
interface OrthogonalPlace {
  a: Rect;
  b: Rect;
  obstacles: readonly Rect[];
  /**
   * The same obstacles in a spatial index (each rectangle once): routes are then checked
   * against the boxes near them only, for the same result. For charts of thousands of boxes.
   */
  obstacleIndex?: RectGrid<Rect>;
  channels?: { x: readonly number[]; y: readonly number[] };
  /**
   * What a route pays besides length and bends (route-cost.ts): crossing the lines drawn so far,
   * running close beside them, passing a narrow gap. Without it, only boxes are avoided.
   */
  costs?: RouteCosts;
  /**
   * How far round the two boxes (px) the grid search looks, the nearer first (default 160, then
   * 640 when nothing is found there): a wider first look finds a way round a whole band that the
   * near one would take through it.
   */
  margins?: readonly number[];
}

/**
 * Routes a link from box `a` to box `b` with horizontal and vertical segments, avoiding the
 * `obstacles` (which may include `a` and `b`) where it can. `lane` (0, 1, 2…) shifts parallel
 * links between the same boxes apart; `channels` are extra coordinates known to be free (the
 * gaps between the rows or columns of the tree).
 */
export function routeOrthogonal(options: OrthogonalPlace & {
  offset?: number;
  /**
   * Where the route enters `b`'s upper or lower edge, instead of 72 % across it
   * (links.ts: into a box whose side a tree connector runs beside, away from that connector).
   */
  endX?: number;
}): Route {
  const { a, b, obstacles, obstacleIndex, offset = 0, costs } = options;
  const acx = Math.round(a.x + a.width / 2);
  const acy = Math.round(a.y + a.height / 2);
  const bcx = Math.round(b.x + b.width / 2);
  const bcy = Math.round(b.y + b.height / 2);
  // Vertical exits leave off-centre so they do not run along the tree's own connectors.
  const ax = Math.round(a.x + a.width * 0.72) + offset;
  const bx = options.endX ?? Math.round(b.x + b.width * 0.72) + offset;
  const candidates: Point[][] = [];

  const yOverlap0 = Math.max(a.y, b.y);
  const yOverlap1 = Math.min(a.y + a.height, b.y + b.height);
  if (yOverlap1 - yOverlap0 > 8) {
    const y = Math.round((yOverlap0 + yOverlap1) / 2) + offset;
    if (a.x + a.width <= b.x) candidates.push([[a.x + a.width, y], [b.x, y]]);
    else if (b.x + b.width <= a.x) candidates.push([[a.x, y], [b.x + b.width, y]]);
  }
  const xOverlap0 = Math.max(a.x, b.x);
  const xOverlap1 = Math.min(a.x + a.width, b.x + b.width);
  if (xOverlap1 - xOverlap0 > 8) {
    const x = Math.round((xOverlap0 + xOverlap1) / 2) + offset;
    if (a.y + a.height <= b.y) candidates.push([[x, a.y + a.height], [x, b.y]]);
    else if (b.y + b.height <= a.y) candidates.push([[x, a.y], [x, b.y + b.height]]);
  }
  const aSideX = bcx >= acx ? a.x + a.width : a.x;
  const bSideX = acx >= bcx ? b.x + b.width : b.x;
  const aTopY = bcy >= acy ? a.y + a.height : a.y;
  const bTopY = acy >= bcy ? b.y + b.height : b.y;
  // L shapes.
  candidates.push([[aSideX, acy + offset], [bx, acy + offset], [bx, bTopY]]);
  candidates.push([[ax, aTopY], [ax, bcy + offset], [bSideX, bcy + offset]]);

  // Detours through horizontal channels (above or below either box, or a free row gap).
  const ys = new Set<number>([a.y - 14, b.y - 14, a.y + a.height + 14, b.y + b.height + 14, ...(options.channels?.y ?? [])]);
  // The same, into the lower edge of the end box at its point nearest the start (or out of the
  // start's upper edge at its point nearest the end): a line rising from a box beside the end's
  // corner turns once under it, not round to its far side. Upper edges of the end (and lower
  // of the start) keep the 72 % point: tree connectors come in at the top.
  const bNear = Math.min(Math.max(ax, b.x + 16), b.x + b.width - 16);
  const aNear = Math.min(Math.max(bx, a.x + 16), a.x + a.width - 16);
  for (const y0 of ys) {
    const y = y0 + offset;
    const aExit = y < acy ? a.y : a.y + a.height;
    const bExit = y < bcy ? b.y : b.y + b.height;
    candidates.push([[ax, aExit], [ax, y], [bx, y], [bx, bExit]]);
    if (bNear !== bx && y > bcy) candidates.push([[ax, aExit], [ax, y], [bNear, y], [bNear, bExit]]);
    if (aNear !== ax && y < acy) candidates.push([[aNear, aExit], [aNear, y], [bx, y], [bx, bExit]]);
  }
  // Detours through vertical channels (left or right of either box, or a free column gap).
  const xs = new Set<number>([a.x - 14, b.x - 14, a.x + a.width + 14, b.x + b.width + 14, ...(options.channels?.x ?? [])]);
  for (const x0 of xs) {
    const x = x0 + offset;
    const aExit = x < acx ? a.x : a.x + a.width;
    const bExit = x < bcx ? b.x : b.x + b.width;
    candidates.push([[aExit, acy + offset], [x, acy + offset], [x, bcy + offset], [bExit, bcy + offset]]);
  }

  // Side exit, down (or up) a vertical channel, across a horizontal one, into the other box's top
  // or bottom; and the mirror: out of the top or bottom, across, down a channel, into the side.
  // These get out from under a box stacked right below the start (a column of offices).
  for (const x0 of xs) {
    const x = x0 + offset;
    const aExit = x < acx ? a.x : a.x + a.width;
    const bExit = x < bcx ? b.x : b.x + b.width;
    for (const y0 of ys) {
      const y = y0 + offset;
      const bTop = y < bcy ? b.y : b.y + b.height;
      const aTop = y < acy ? a.y : a.y + a.height;
      candidates.push([[aExit, acy + offset], [x, acy + offset], [x, y], [bx, y], [bx, bTop]]);
      candidates.push([[ax, aTop], [ax, y], [x, y], [x, bcy + offset], [bExit, bcy + offset]]);
    }
  }

  // Side exit, down (or up) beside the start box to a horizontal channel, across it, and up or
  // down beside the end box into its side: into a box boxed in above and below (the last of a
  // column under a row of bands), without going round the whole drawing.
  const nearA = [a.x - 14, a.x + a.width + 14];
  const nearB = [b.x - 14, b.x + b.width + 14];
  for (const x1 of nearA) {
    const aExit = x1 < acx ? a.x : a.x + a.width;
    for (const x2 of nearB) {
      const bExit = x2 < bcx ? b.x : b.x + b.width;
      for (const y0 of ys) {
        const y = y0 + offset;
        candidates.push([[aExit, acy + offset], [x1 + offset, acy + offset], [x1 + offset, y], [x2 + offset, y], [x2 + offset, bcy + offset], [bExit, bcy + offset]]);
      }
    }
  }

  const best = pickCandidate(candidates, obstacles, obstacleIndex, a, b, costs);
  // A detour far longer than the distance between the boxes (round the whole drawing, under
  // it), a route through a box, or one that crosses other lines or squeezes through a narrow
  // gap: search the free grid between the boxes for a better way, at the same costs.
  const direct = Math.abs(acx - bcx) + Math.abs(acy - bcy);
  if (best.crossings > 0 || best.cost > 0 || measureRoute(best.points) > direct * DETOUR_RATIO + DETOUR_SLACK) {
    const found = searchOrthogonal({ a, b, obstacles, obstacleIndex, channels: options.channels, offset, ax, bx, ay: acy + offset, by: bcy + offset, costs, payStubs: options.endX !== undefined, ...(options.margins ? { margins: options.margins } : {}) });
    if (found && scoreRoute(found) + costOfRoute(found, costs) < best.crossings * 100_000 + scoreRoute(best.points) + best.cost) return { points: found, crossings: 0 };
  }
  return { points: best.points, crossings: best.crossings };
}

/** A candidate route longer than this many times the distance between the boxes' centres (plus {@link DETOUR_SLACK}) is a detour. */
const DETOUR_RATIO = 1.15;
const DETOUR_SLACK = 100;
/** What a bend costs, in px of length (a route of fewer turns reads more easily). */
export const ROUTE_BEND = 40;
const BEND = ROUTE_BEND;
/** The search gives up after this many steps (a route boxed in on every side). */
const MAX_SETTLED = 20_000;

const scoreRoute = (points: Point[]) => measureRoute(points) + (points.length - 2) * BEND;

/** The candidate crossing the fewest boxes, then the cheapest: length, bends and what it pays (`costs`). */
function pickCandidate(candidates: Point[][], obstacles: readonly Rect[], obstacleIndex: RectGrid<Rect> | undefined, a: Rect, b: Rect, costs: RouteCosts | undefined): Route & { cost: number } {
  // Score without crossings first (length and bends), then count crossings from the cheapest
  // candidate up: once a route crosses nothing, no later candidate can beat it. Counting
  // crossings is the costly part (every box, every segment), so most candidates skip it.
  const scored = candidates.map((raw) => {
    const points = simplify(raw);
    return { points, base: scoreRoute(points) };
  });
  scored.sort((p, q) => p.base - q.base);
  let best: (Route & { cost: number }) | undefined;
  let bestScore = Infinity;
  for (const { points, base } of scored) {
    if (base >= bestScore) break;
    const crossings = obstacleIndex ? countCrossingsNear(points, obstacleIndex, a, b) : countCrossings(points, obstacles, a, b);
    if (crossings * 100_000 + base >= bestScore) continue;
    const cost = costOfRoute(points, costs);
    const score = crossings * 100_000 + base + cost;
    if (score < bestScore) {
      bestScore = score;
      best = { points, crossings, cost };
    }
  }
  return best!;
}

/** The middle of the longest segment of a route, where its label goes. */
export function findLabelPoint(points: readonly Point[]): { x: number; y: number; horizontal: boolean } {
  let bestLen = -1;
  let at = { x: points[0]?.[0] ?? 0, y: points[0]?.[1] ?? 0, horizontal: true };
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const len = Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]);
    if (len > bestLen) {
      bestLen = len;
      at = { x: (p[0] + q[0]) / 2, y: (p[1] + q[1]) / 2, horizontal: p[1] === q[1] };
    }
  }
  return at;
}

/** How far a line leaves a box straight before it may turn (px), as the candidates' detours do. */
const STUB = 14;

/** Directions of travel: right, down, left, up. */
const STEP: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];

/** A min-heap of (priority, value) pairs, for the search below. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.push(key) - 1;
    values.push(value);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (keys[up]! <= key) break;
      keys[i] = keys[up]!;
      values[i] = values[up]!;
      i = up;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes and returns the value of least priority. */
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const key = keys.pop()!;
    const value = values.pop()!;
    const n = keys.length;
    if (n) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= key) break;
        keys[i] = keys[c]!;
        values[i] = values[c]!;
        i = c;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}

/**
 * The shortest orthogonal route from `a` to `b` (length plus {@link BEND} per turn) on a grid of
 * free lines: {@link STUB} px beside every box near the two (shifted by `offset`, so parallel
 * lines keep their own tracks), the channels, and the lines through the ports. It leaves `a`
 * and enters `b` straight through a port in the middle of a side (`ax`, `bx` across the top
 * and bottom, `ay`, `by` down the sides) and keeps {@link CLEARANCE} px off every other box.
 * Searched (A*) among the boxes within a margin of the two, then a wider one; undefined when
 * no free route exists there.
 */
export function searchOrthogonal(options: OrthogonalPlace & {
  offset: number;
  ax: number;
  bx: number;
  ay: number;
  by: number;
  /** The stubs out of a port and into one pay what they cross like any step (with `endX`, routeOrthogonal). */
  payStubs?: boolean;
}): Point[] | undefined {
  const { a, b, obstacles, obstacleIndex, offset, costs } = options;
  // The ports and the first point out of each: [port, out, direction of travel out of a (into b)].
  const portsOf = (r: Rect, x: number, y: number): Array<[Point, Point, number]> => {
    const out: Array<[Point, Point, number]> = [];
    if (x > r.x && x < r.x + r.width) {
      out.push([[x, r.y], [x, r.y - STUB], 3], [[x, r.y + r.height], [x, r.y + r.height + STUB], 1]);
    }
    if (y > r.y && y < r.y + r.height) {
      out.push([[r.x, y], [r.x - STUB, y], 2], [[r.x + r.width, y], [r.x + r.width + STUB, y], 0]);
    }
    return out;
  };
  const starts = portsOf(a, options.ax, options.ay).filter(([p, q]) => !crossesOthers(p, q));
  const goals = portsOf(b, options.bx, options.by).filter(([p, q]) => !crossesOthers(p, q));
  function crossesOthers(p: Point, q: Point): boolean {
    // A port's own stub touches its box: only the other boxes count.
    const area = { x: Math.min(p[0], q[0]) - CLEARANCE, y: Math.min(p[1], q[1]) - CLEARANCE, width: Math.abs(q[0] - p[0]) + 2 * CLEARANCE, height: Math.abs(q[1] - p[1]) + 2 * CLEARANCE };
    let hit = false;
    const test = (r: Rect) => (hit ||= r !== a && r !== b && segmentCrosses(p, q, r, CLEARANCE));
    if (obstacleIndex) obstacleIndex.forEachIntersecting(area, test);
    else obstacles.forEach(test);
    return hit;
  }
  if (!starts.length || !goals.length) return undefined;
  for (const margin of options.margins ?? [160, 640]) {
    const x0 = Math.min(a.x, b.x) - margin;
    const y0 = Math.min(a.y, b.y) - margin;
    const x1 = Math.max(a.x + a.width, b.x + b.width) + margin;
    const y1 = Math.max(a.y + a.height, b.y + b.height) + margin;
    // Every box within the clearance of the region: the ones that can block a step in it.
    const region = { x: x0 - CLEARANCE, y: y0 - CLEARANCE, width: x1 - x0 + 2 * CLEARANCE, height: y1 - y0 + 2 * CLEARANCE };
    const inRegion = (r: Rect) => r.x < region.x + region.width && r.x + r.width > region.x && r.y < region.y + region.height && r.y + r.height > region.y;
    const near: Rect[] = [];
    if (obstacleIndex) obstacleIndex.forEachIntersecting(region, (r) => void (inRegion(r) && near.push(r)));
    else for (const r of obstacles) if (inRegion(r)) near.push(r);
    const xs = new Set<number>([x0, x1]);
    const ys = new Set<number>([y0, y1]);
    for (const r of [...near, a, b]) {
      xs.add(r.x - STUB + offset).add(r.x + r.width + STUB + offset);
      ys.add(r.y - STUB + offset).add(r.y + r.height + STUB + offset);
    }
    for (const x of options.channels?.x ?? []) xs.add(x + offset);
    for (const y of options.channels?.y ?? []) ys.add(y + offset);
    // Tracks just clear of the lines drawn so far (a route may run beside one, not along it).
    costs?.lines?.forEachIntersecting(region, (l) => {
      const off = l.near + (costs.wide ?? 0) + 2;
      (l.horizontal ? ys : xs).add(l.at - off).add(l.at + off);
    });
    for (const [, q] of [...starts, ...goals]) {
      xs.add(q[0]);
      ys.add(q[1]);
    }
    const gx = [...xs].filter((x) => x >= x0 && x <= x1).sort((p, q) => p - q);
    const gy = [...ys].filter((y) => y >= y0 && y <= y1).sort((p, q) => p - q);
    const found = searchGrid(gx, gy, starts, goals, [...near, a, b], costs, region, options.payStubs);
    if (found) return simplify(found);
  }
  return undefined;
}

/** The first index of a sorted list whose value is above `v` (strictly). */
function firstAbove(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Which steps of the grid `gx` × `gy` pass within {@link CLEARANCE} of a box (as
 * `segmentCrosses` has it: running along the clearance's edge is free): `across[j * nx + i]`
 * for the step from (i, j) to (i + 1, j), `down[i * ny + j]` for (i, j) to (i, j + 1).
 */
function blockSteps(gx: readonly number[], gy: readonly number[], boxes: readonly Rect[]): { across: Uint8Array; down: Uint8Array } {
  const nx = gx.length;
  const ny = gy.length;
  const across = new Uint8Array(nx * ny);
  const down = new Uint8Array(nx * ny);
  for (const r of boxes) {
    const rx0 = r.x - CLEARANCE;
    const rx1 = r.x + r.width + CLEARANCE;
    const ry0 = r.y - CLEARANCE;
    const ry1 = r.y + r.height + CLEARANCE;
    // Lines strictly inside the box's extent, and steps whose open interval meets it.
    const i0 = firstAbove(gx, rx0);
    const i1 = firstAbove(gx, rx1 - 1e-9) - 1; // last gx < rx1
    const j0 = firstAbove(gy, ry0);
    const j1 = firstAbove(gy, ry1 - 1e-9) - 1;
    // Steps across (i → i + 1) meet (rx0, rx1) when gx[i] < rx1 and gx[i + 1] > rx0.
    const si0 = Math.max(0, i0 - 1);
    const sj0 = Math.max(0, j0 - 1);
    for (let j = j0; j <= j1; j++) for (let i = si0; i <= Math.min(i1, nx - 2); i++) across[j * nx + i] = 1;
    for (let i = i0; i <= i1; i++) for (let j = sj0; j <= Math.min(j1, ny - 2); j++) down[i * ny + j] = 1;
  }
  return { across, down };
}

/** A* over the grid `gx` × `gy` from the starts' first points to the goals' (see {@link searchOrthogonal}), keeping off `boxes`. */
function searchGrid(gx: number[], gy: number[], starts: Array<[Point, Point, number]>, goals: Array<[Point, Point, number]>, boxes: readonly Rect[], costs: RouteCosts | undefined, region: Rect, payStubs = false): Point[] | undefined {
  const nx = gx.length;
  const ny = gy.length;
  const { across, down } = blockSteps(gx, gy, boxes);
  const paid = costs ? costSteps(gx, gy, costs, region) : undefined;
  const paidFor = (i: number, j: number, d: number): number => (!paid ? 0 : d === 0 ? paid.across[j * nx + i]! : d === 2 ? paid.across[j * nx + i - 1]! : d === 1 ? paid.down[i * ny + j]! : paid.down[i * ny + j - 1]!);
  const isBlocked = (i: number, j: number, d: number): boolean => (d === 0 ? across[j * nx + i] === 1 : d === 2 ? across[j * nx + i - 1] === 1 : d === 1 ? down[i * ny + j] === 1 : down[i * ny + j - 1] === 1);
  const xi = new Map(gx.map((x, i) => [x, i]));
  const yi = new Map(gy.map((y, i) => [y, i]));
  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const prev = new Int32Array(states).fill(-1);
  const heap = new MinHeap();
  const node = (p: Point) => (xi.get(p[0]) ?? -1) * ny + (yi.get(p[1]) ?? -1);
  const goalX = goals.map(([, q]) => q[0]);
  const goalY = goals.map(([, q]) => q[1]);
  const h = (x: number, y: number) => {
    let m = Infinity;
    for (let g = 0; g < goalX.length; g++) m = Math.min(m, Math.abs(x - goalX[g]!) + Math.abs(y - goalY[g]!));
    return m;
  };
  // Goals by grid node: the direction of travel into the box.
  const goalAt = new Map<number, Array<[Point, Point, number]>>();
  for (const g of goals) {
    const k = node(g[1]);
    goalAt.set(k, [...(goalAt.get(k) ?? []), g]);
  }
  // With `payStubs`, the stubs out of a port and into one pay what they cross like any step (a
  // line into a hung column's box crosses the column's line 10 px before the box's side: in the
  // stub). (Not by default: the routes drawn so far were found without.)
  const stubCost = (p: Point, q: Point): number => (payStubs && costs ? costOfRoute([p, q], costs) : 0);
  for (const [p, q, dir] of starts) {
    const s = node(q) * 4 + dir;
    const c = Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]) + stubCost(p, q);
    if (c < cost[s]!) {
      cost[s] = c;
      heap.push(c + h(q[0], q[1]), s);
    }
  }
  // A finished route: the state it ended in and the goal it entered, as a heap value below 0.
  const finals: Array<{ state: number; goal: [Point, Point, number] }> = [];
  let settled = 0;
  while (heap.size) {
    const s = heap.pop();
    if (s < 0) {
      const { state, goal } = finals[-1 - s]!;
      const path: Point[] = [goal[0]];
      for (let t = state; t >= 0; t = prev[t]!) {
        const k = t >> 2;
        path.push([gx[Math.floor(k / ny)]!, gy[k % ny]!]);
      }
      const first = firstState(state, prev);
      const start = starts.find(([, q, dir]) => node(q) * 4 + dir === first)!;
      path.push(start[0]);
      return path.reverse();
    }
    if (++settled > MAX_SETTLED) return undefined;
    const k = s >> 2;
    const dir = s & 3;
    const i = Math.floor(k / ny);
    const j = k % ny;
    const g = cost[s]!;
    for (const goal of goalAt.get(k) ?? []) {
      const into = goal[2] ^ 2; // travel into the box is opposite to travel out of it
      if (dir === goal[2]) continue;
      finals.push({ state: s, goal });
      heap.push(g + (dir === into ? 0 : BEND) + STUB + stubCost(goal[1], goal[0]), -finals.length);
    }
    for (let d = 0; d < 4; d++) {
      if (d === (dir ^ 2)) continue;
      const ni = i + STEP[d]![0];
      const nj = j + STEP[d]![1];
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const t = (ni * ny + nj) * 4 + d;
      if (isBlocked(i, j, d)) continue;
      const c = g + Math.abs(gx[ni]! - gx[i]!) + Math.abs(gy[nj]! - gy[j]!) + (d === dir ? 0 : BEND) + paidFor(i, j, d);
      if (c >= cost[t]!) continue;
      cost[t] = c;
      prev[t] = s;
      heap.push(c + h(gx[ni]!, gy[nj]!), t);
    }
  }
  return undefined;
}

/** The first state of the chain ending in `state`. */
function firstState(state: number, prev: Int32Array): number {
  let t = state;
  while (prev[t]! >= 0) t = prev[t]!;
  return t;
}
