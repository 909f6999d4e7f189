/**
 * Orthogonal routing of the typed links (連携, 共同事務局, 所管) between boxes of an org chart:
 * a handful of candidate routes (straight, L, and detours through the free channels beside
 * the boxes) are scored by the boxes they cross, their length and bends; the best one wins.
 * Pure geometry, no DOM.
 */
import type { RectGrid } from '../../../kit/spatial-index.js';

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

/**
 * Routes a link from box `a` to box `b` with horizontal and vertical segments, avoiding the
 * `obstacles` (which may include `a` and `b`) where it can. `lane` (0, 1, 2…) shifts parallel
 * links between the same boxes apart; `channels` are extra coordinates known to be free (the
 * gaps between the rows or columns of the tree).
 */
export function routeOrthogonal(options: {
  a: Rect;
  b: Rect;
  obstacles: readonly Rect[];
  /**
   * The same obstacles in a spatial index (each rectangle once): routes are then checked
   * against the boxes near them only, for the same result. For charts of thousands of boxes.
   */
  obstacleIndex?: RectGrid<Rect>;
  channels?: { x: readonly number[]; y: readonly number[] };
  offset?: number;
}): Route {
  const { a, b, obstacles, obstacleIndex, offset = 0 } = options;
  const acx = Math.round(a.x + a.width / 2);
  const acy = Math.round(a.y + a.height / 2);
  const bcx = Math.round(b.x + b.width / 2);
  const bcy = Math.round(b.y + b.height / 2);
  // Vertical exits leave off-centre so they do not run along the tree's own connectors.
  const ax = Math.round(a.x + a.width * 0.72) + offset;
  const bx = Math.round(b.x + b.width * 0.72) + offset;
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
  for (const y0 of ys) {
    const y = y0 + offset;
    const aExit = y < acy ? a.y : a.y + a.height;
    const bExit = y < bcy ? b.y : b.y + b.height;
    candidates.push([[ax, aExit], [ax, y], [bx, y], [bx, bExit]]);
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

  // Score without crossings first (length and bends), then count crossings from the cheapest
  // candidate up: once a route crosses nothing, no later candidate can beat it. Counting
  // crossings is the costly part (every box, every segment), so most candidates skip it.
  const scored = candidates.map((raw) => {
    const points = simplify(raw);
    return { points, base: measureRoute(points) + (points.length - 2) * 40 };
  });
  scored.sort((p, q) => p.base - q.base);
  let best: Route | undefined;
  let bestScore = Infinity;
  for (const { points, base } of scored) {
    if (base >= bestScore) break;
    const crossings = obstacleIndex ? countCrossingsNear(points, obstacleIndex, a, b) : countCrossings(points, obstacles, a, b);
    const score = crossings * 100_000 + base;
    if (score < bestScore) {
      bestScore = score;
      best = { points, crossings };
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
