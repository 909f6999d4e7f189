/**
 * Phase 7b of the org chart layout: where lines meet a box. The router aims every line at the
 * same point of a side (72 % across, a few px apart), so four 所管 lines into AMED's lower edge
 * arrive bunched, their arrowheads on top of each other. Here the lines that meet one side of a
 * box are given ports of their own, spread along that side (up to {@link ORG_PORT_SPACING}
 * apart) wherever the last piece of each line can move without running into a box; the ports
 * are ordered so that the lines do not cross one another on their way in. Pure geometry.
 */
import type { Point, Rect } from './route.js';

/** Distance between neighbouring ports on one side (px): room for an arrowhead each and a gap. */
export const ORG_PORT_SPACING = 22;

/** How far a moved line keeps off the boxes it passes (px), and a port off its box's corners. */
const CLEAR = 6;
const CORNER = 10;

type Side = 'top' | 'bottom' | 'left' | 'right';

/** The obstacles (boxes, lane labels) that meet an area, each once. */
export type ObstaclesNear = (area: Rect) => Iterable<Rect>;

/** One end of a routed line on a side of a box. */
interface PortEnd {
  route: number;
  /** Which end of the route: its first point or its last. */
  at: 'start' | 'end';
  box: Rect;
  side: Side;
  /** Where it meets the side now (x for top and bottom, y for left and right). */
  pos: number;
  /** Whether its last piece can slide along the side, and between which bounds. */
  lo: number;
  hi: number;
  movable: boolean;
  /** Whether the line comes in from the low side (left or above) of the port, and how far from the box its turn is. */
  fromLow: boolean;
  reach: number;
  /** Where along the side the line comes from (the point before its last turn). */
  approach: number;
}

/** The side of `box` that the point lies on, if any. */
function sideOf(p: Point, box: Rect): Side | undefined {
  const [x, y] = p;
  const inX = x >= box.x && x <= box.x + box.width;
  const inY = y >= box.y && y <= box.y + box.height;
  if (inX && y === box.y) return 'top';
  if (inX && y === box.y + box.height) return 'bottom';
  if (inY && x === box.x) return 'left';
  if (inY && x === box.x + box.width) return 'right';
  return undefined;
}

/**
 * The interval of positions along the side to which the line's last piece (from `turn` to the
 * side) can slide without coming within {@link CLEAR} px of another box: the free stretch around
 * where it is now. Undefined when it already runs into a box (then it is left alone).
 */
function freeStretch(box: Rect, side: Side, pos: number, turn: Point, obstaclesNear: ObstaclesNear): [number, number] | undefined {
  const across = side === 'top' || side === 'bottom';
  let lo = (across ? box.x : box.y) + CORNER;
  let hi = (across ? box.x + box.width : box.y + box.height) - CORNER;
  if (pos < lo || pos > hi) return undefined;
  const edge = side === 'top' ? box.y : side === 'bottom' ? box.y + box.height : side === 'left' ? box.x : box.x + box.width;
  const from = across ? turn[1] : turn[0];
  const s0 = Math.min(from, edge);
  const s1 = Math.max(from, edge);
  // The strip the piece can sweep: along the whole side, from the turn to the side.
  const strip: Rect = across ? { x: lo - CLEAR, y: s0 - CLEAR, width: hi - lo + 2 * CLEAR, height: s1 - s0 + 2 * CLEAR } : { x: s0 - CLEAR, y: lo - CLEAR, width: s1 - s0 + 2 * CLEAR, height: hi - lo + 2 * CLEAR };
  for (const r of obstaclesNear(strip)) {
    if (r === box) continue;
    const [r0, r1] = across ? [r.y, r.y + r.height] : [r.x, r.x + r.width];
    if (r1 + CLEAR <= s0 || r0 - CLEAR >= s1) continue;
    const [b0, b1] = across ? [r.x - CLEAR, r.x + r.width + CLEAR] : [r.y - CLEAR, r.y + r.height + CLEAR];
    if (pos > b0 && pos < b1) return undefined;
    if (b1 <= pos) lo = Math.max(lo, b1);
    else hi = Math.min(hi, b0);
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** The end of a route on a box side, looked at from that end (the route's points reversed for its start). */
function readEnd(points: readonly Point[], route: number, at: 'start' | 'end', box: Rect, obstaclesNear: ObstaclesNear): PortEnd | undefined {
  const seq = at === 'end' ? points : [...points].reverse();
  const m = seq.length - 1;
  if (m < 1) return undefined;
  const last = seq[m]!;
  const side = sideOf(last, box);
  if (!side) return undefined;
  const across = side === 'top' || side === 'bottom';
  const pos = across ? last[0] : last[1];
  const turn = seq[m - 1]!;
  // Only a line that turns before the side can slide (a straight line between two boxes is held at both ends).
  const stretch = m >= 2 ? freeStretch(box, side, pos, turn, obstaclesNear) : undefined;
  const before = m >= 2 ? seq[m - 2]! : turn;
  const beforePos = across ? before[0] : before[1];
  const edge = across ? last[1] : last[0];
  return {
    route,
    at,
    box,
    side,
    pos,
    lo: stretch?.[0] ?? pos,
    hi: stretch?.[1] ?? pos,
    movable: stretch !== undefined,
    fromLow: beforePos < pos,
    reach: Math.abs((across ? turn[1] : turn[0]) - edge),
    approach: beforePos,
  };
}

/** Moves the end's last piece to `pos` along its side. */
function moveEnd(points: Point[], end: PortEnd, pos: number): Point[] {
  const seq = end.at === 'end' ? [...points] : [...points].reverse();
  const m = seq.length - 1;
  const across = end.side === 'top' || end.side === 'bottom';
  const shift = (p: Point): Point => (across ? [pos, p[1]] : [p[0], pos]);
  seq[m] = shift(seq[m]!);
  seq[m - 1] = shift(seq[m - 1]!);
  return end.at === 'end' ? seq : seq.reverse();
}

/**
 * Spreads the ends of lines that meet the same side of a box: each gets its own port, the
 * ports up to {@link ORG_PORT_SPACING} apart and centred where the lines met the side, each
 * inside the stretch its last piece can slide along. Lines coming from the low side get the
 * ports on that side, the one that turns nearest the box nearest that side, so that no line
 * crosses another on its way in. `boxesOf(i)` gives route i's start and end boxes. Returns the
 * routes, moved where needed (the others as given).
 */
export function spreadOrgPorts(routes: readonly Point[][], boxesOf: (route: number) => readonly [Rect, Rect], obstaclesNear: ObstaclesNear): Point[][] {
  const out: Point[][] = [...routes];
  // Ends by box and side first (cheap); the free stretches only where two or more ends share a side.
  const bySide = new Map<Rect, Map<Side, Array<{ route: number; at: 'start' | 'end' }>>>();
  routes.forEach((points, i) => {
    const [a, b] = boxesOf(i);
    for (const [at, box] of [['start', a], ['end', b]] as const) {
      const p = at === 'start' ? points[0] : points[points.length - 1];
      const side = p && points.length > 1 ? sideOf(p, box) : undefined;
      if (!side) continue;
      let sides = bySide.get(box);
      if (!sides) bySide.set(box, (sides = new Map()));
      const list = sides.get(side);
      if (list) list.push({ route: i, at });
      else sides.set(side, [{ route: i, at }]);
    }
  });
  for (const [box, sides] of bySide) {
    for (const found of sides.values()) {
      if (found.length < 2) continue;
      const ends = found.map(({ route, at }) => readEnd(routes[route]!, route, at, box, obstaclesNear)!);
      const moving = ends.filter((e) => e.movable);
      if (!moving.length) continue;
      const held = ends.filter((e) => !e.movable).map((e) => e.pos).sort((p, q) => p - q);
      // Lines held in place (straight ones) split the side: a moving line keeps to the stretch
      // between two of them on the side it comes from, so it never crosses one on its way in
      // (a 所管 line from the left turning past a straight one into AMED).
      const groups = new Map<number, PortEnd[]>();
      for (const e of moving) {
        const k = held.filter((h) => h < e.approach || (h === e.approach && !e.fromLow)).length;
        groups.set(k, [...(groups.get(k) ?? []), e]);
      }
      for (const [k, group] of groups) spreadGroup(out, group, held[k - 1], held[k]);
    }
  }
  return out;
}

/**
 * Spreads the moving ends of one stretch of a side (between the held lines at `below` and
 * `above`, if any) up to {@link ORG_PORT_SPACING} apart around where they met it, each within
 * its own free stretch and a port's spacing off the held lines where there is room.
 */
function spreadGroup(out: Point[][], moving: readonly PortEnd[], below: number | undefined, above: number | undefined): void {
  // From the low side: nearest turn first; from the high side: nearest turn last.
  const order = [...moving.filter((e) => e.fromLow).sort((p, q) => p.reach - q.reach), ...moving.filter((e) => !e.fromLow).sort((p, q) => q.reach - p.reach)];
  const lo0 = Math.max(...order.map((e) => e.lo));
  const hi0 = Math.min(...order.map((e) => e.hi));
  const n = order.length;
  let lo = lo0;
  let hi = hi0;
  for (const margin of [ORG_PORT_SPACING, ORG_PORT_SPACING / 2]) {
    lo = below === undefined ? lo0 : Math.max(lo0, below + margin);
    hi = above === undefined ? hi0 : Math.min(hi0, above - margin);
    if (hi - lo >= Math.min(ORG_PORT_SPACING, 12) * (n - 1)) break;
  }
  if (lo > hi) return;
  // Ends already a port's spacing apart, in that order and within the stretch, keep their ports
  // (a line brought into a box's edge away from another one coming the other way, links.ts:
  // drawn together, the two would read as one line through the gap).
  if (n > 1 && order.every((e, k) => e.pos >= lo && e.pos <= hi && (k === 0 || e.pos - order[k - 1]!.pos >= ORG_PORT_SPACING))) return;
  const spacing = n > 1 ? Math.min(ORG_PORT_SPACING, (hi - lo) / (n - 1)) : 0;
  const centre = order.reduce((s, e) => s + e.pos, 0) / n;
  const first = Math.min(hi - spacing * (n - 1), Math.max(lo, centre - (spacing * (n - 1)) / 2));
  order.forEach((e, k) => {
    const pos = Math.round(first + k * spacing);
    if (pos !== e.pos) out[e.route] = moveEnd(out[e.route]!, e, pos);
  });
}

