/**
 * Phase 7 of the org chart layout: the typed links (連携, 共同事務局, 所管…). An end hidden in a
 * collapsed subtree moves to its nearest visible ancestor, so no link silently disappears;
 * links of one type into the same collapsed pair share a line; a collapsed box with too many
 * such lines gets a count badge instead. Each line is routed orthogonally around the boxes on
 * its own track (a line that would run along another one, of any type, is moved aside), so
 * every line ends in its own arrowhead; its label is placed by link-labels.ts.
 */
import type { Locale, OrganizationDocument, OrgLink, LinkType } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { boundsOfRects, RectGrid, rectsIntersect } from '../../../kit/spatial-index.js';
import { measureOrgKindBadge, ORG_GUTTER_INSET, ORG_NARROW_TRACKS, scaleMeasure } from './box.js';
import { ORG_LINK_LABELS, ORG_UI } from '../words.js';
import { routeOrgGutter, type OrgNarrowBadges } from './gutter.js';
import type { OrgMetrics } from './metrics.js';
import { spreadOrgPorts } from './ports.js';
import { ROUTE_BEND, routeOrthogonal, type Point, type Rect } from './route.js';
import { costOfRoute, findNarrowGaps, ROUTE_CROSS_BUS, ROUTE_CROSS_LINK, toRouteLines, toTreeRouteLines, withRouteCosts, type RouteCosts, type RouteLine } from './route-cost.js';
import { groupOrgLinks, measureOrgFoldedBadge, type OrgLinkGroup } from './folded.js';
import { ORG_STUB_ROUTE, type OrgEdgeLayout, type OrgLaneLayout, type OrgLinkLayout, type OrgLinkStub, type OrgNodeLayout } from './types.js';
import { labelOrgLinks, routeLength, toRuns, type OrgLabelObstacle, type Run } from './link-labels.js';

/** How many pieces of a route run along (within 4 px, overlapping over 4 px) an already drawn line or connector. */
export function countSharedRuns(points: readonly Point[], drawn: readonly Run[]): number {
  let n = 0;
  for (const r of toRuns(points)) {
    for (const d of drawn) {
      if (runsAlong(d, r)) {
        n++;
        break;
      }
    }
  }
  return n;
}

const runsAlong = (d: Run, r: Run): boolean => d.horizontal === r.horizontal && Math.abs(d.at - r.at) < (d.wide || r.wide ? WIDE_ALONG : 4) && Math.min(d.to, r.to) - Math.max(d.from, r.from) > 4;

/** Within this of a double line's centre (px), a parallel line runs along it (its 6 px stroke leaves a gap under 7 px). */
const WIDE_ALONG = 10;

/**
 * The drawn runs by direction and by 4 px band of their fixed coordinate, so that
 * {@link countSharedRuns} looks at the runs within 4 px only (the same count).
 */
class OrgRunIndex {
  private readonly bands = new Map<number, Run[]>();

  private static key(horizontal: boolean, band: number): number {
    return band * 2 + (horizontal ? 1 : 0);
  }

  add(runs: readonly Run[]): void {
    for (const r of runs) {
      const key = OrgRunIndex.key(r.horizontal, Math.floor(r.at / 4));
      const list = this.bands.get(key);
      if (list) list.push(r);
      else this.bands.set(key, [r]);
    }
  }

  /** {@link countSharedRuns} against every run added. */
  countShared(points: readonly Point[], wide = false): number {
    let n = 0;
    for (const r of toRuns(points, wide)) {
      const band = Math.floor(r.at / 4);
      // |d.at - r.at| < 10 (a double line) puts d within three bands of r's.
      search: for (const k of [band - 3, band - 2, band - 1, band, band + 1, band + 2, band + 3]) {
        for (const d of this.bands.get(OrgRunIndex.key(r.horizontal, k)) ?? []) {
          if (runsAlong(d, r)) {
            n++;
            break search;
          }
        }
      }
    }
    return n;
  }
}

type Group = OrgLinkGroup;
/** A line's route and how many boxes it crosses. */
export type Routed = { points: Point[]; crossings: number };

/**
 * What a line's further try pays instead (routeOrgLinks' routeSequence): per typed line
 * (`linkCross`), tree connector (`treeCross`) or bus (`busCross`) crossed; where it ends on its
 * end box's edge (`endX`); more lines it keeps off (`lines`); how far round its boxes the search
 * looks (`margins`).
 */
export interface RetryCosts {
  linkCross?: number;
  treeCross?: number;
  busCross?: number;
  endX?: number;
  lines?: readonly RouteLine[];
  margins?: readonly number[];
}

/**
 * One more try at a line's route: searched at `costs` round the `held` lines (from its end box
 * to its start when `reversed`), the route found (`finish`ed first) replacing the line's when
 * `keep` says so; `score` is what each route pays at the try's costs (`now` is worked out when asked).
 */
export interface RouteAttempt {
  held: ReadonlyMap<Group, Routed>;
  costs: RetryCosts;
  reversed?: boolean;
  finish?: (points: Point[]) => Point[];
  keep: (again: Routed, now: Routed, score: { found: number; now: () => number }) => boolean;
}

/**
 * A pass of further tries (routeOrgLinks): it goes through the lines in their routing order; a
 * line it does not `skip` (its route as the pass found it) has its attempts planned and tried in
 * order until its route is `acceptable`; an attempt planned as undefined is passed over.
 */
export interface RetryPass {
  skip?: (g: Group, first: Routed) => boolean;
  acceptable?: (g: Group, now: Routed) => boolean;
  attempts: ReadonlyArray<(g: Group, now: Routed) => RouteAttempt | undefined>;
}

/**
 * Runs `passes` of further tries at the routes of `lines` (see {@link RetryPass}), in that order,
 * replacing a line's route in `routes` where an attempt's route is kept. `search` routes one line
 * at an attempt's costs round the lines held, or scores the `given` route there instead.
 */
export function retryOrgRoutes(passes: readonly RetryPass[], lines: readonly Group[], routes: Map<Group, Routed>, search: (line: Group, held: ReadonlyMap<Group, Routed>, costs: RetryCosts, given?: Routed) => { route: Routed; score: number }): void {
  for (const pass of passes) {
    for (const g of lines) {
      if (pass.skip?.(g, routes.get(g)!)) continue;
      for (const plan of pass.attempts) {
        const now = routes.get(g)!;
        if (pass.acceptable?.(g, now)) break;
        const attempt = plan(g, now);
        if (!attempt) continue;
        // Routed from its end box to its start: the try concerns the start.
        const line: Group = attempt.reversed ? { ...g, from: g.to, to: g.from } : g;
        const turn = (points: Point[]) => (attempt.reversed ? [...points].reverse() : points);
        const found = search(line, attempt.held, attempt.costs);
        let again = attempt.reversed ? { ...found.route, points: turn(found.route.points) } : found.route;
        if (attempt.finish) again = { ...again, points: attempt.finish(again.points) };
        // What the line's route as it stands pays at the try's costs: asked for only by a test that compares.
        const score = { found: found.score, now: () => search(line, attempt.held, attempt.costs, { ...now, points: turn([...now.points]) }).score };
        if (attempt.keep(again, now, score)) routes.set(g, again);
      }
    }
  }
}

/** Options of {@link routeOrgLinks}. */
export interface RouteOrgLinksOptions {
  doc: OrganizationDocument;
  nodes: readonly OrgNodeLayout[];
  byId: ReadonlyMap<string, OrgNodeLayout>;
  visible: ReadonlySet<string>;
  edges: readonly OrgEdgeLayout[];
  /** Free coordinates between rows (y) or columns (x) of boxes. */
  channels: { x: number[]; y: number[] };
  /** Lane bands: lines keep off their labels, labels off their edges. */
  lanes: readonly OrgLaneLayout[];
  metrics: OrgMetrics;
  measure: MeasureText;
  measureSize: number;
  locale: Locale;
  /**
   * The narrow arrangement's gutter: the x right of every box. Lines then leave their boxes to
   * the right and run down their own track in the gutter (16 px apart), labels standing
   * vertically on the track.
   */
  gutter?: number;
  /**
   * With `gutter`: the tracks the arrangement kept room for (arrange.ts, at most
   * ORG_NARROW_TRACKS); lines that need more tracks run closer together within that room.
   */
  gutterTracks?: number;
  /** The container's width: labels stay within it (and within the boxes' extent where it is narrower). */
  width?: number;
  /** With `gutter`: the lines drawn as badges at their ends instead (gutter.ts `planOrgNarrowBadges`). */
  narrowBadges?: OrgNarrowBadges;
  /** Which way the tree grows: where a box's ⊕/⊖ is drawn (the middle of its bottom edge, or of its right edge), which lines keep off. */
  axis?: 'top-down' | 'left-right';
}

/** A route keeps this far (centre to centre, px) from a parallel tree connector, and from another typed line, or pays for the stretch alongside. */
const ORG_ROUTE_NEAR_TREE = 13;
const ORG_ROUTE_NEAR_LINK = 10;
/**
 * Beside a long upright tree connector (a hung column's line, {@link ORG_ROUTE_FAR_RUN} px or
 * more) a route also pays {@link ORG_ROUTE_FAR_ALONG} per px closer than this: the lint reads a
 * line within 20 px as running with it (a double line). Lightly, so that a line takes a track
 * 21 px off where the gap beside the column has one, and still runs there rather than round the
 * drawing or across the columns where it has none.
 */
const ORG_ROUTE_FAR_TREE = 21;
const ORG_ROUTE_FAR_ALONG = 0.25;
const ORG_ROUTE_FAR_RUN = 400;

export { ORG_GUTTER_TRACK } from './box.js';

export { assignOrgTracks } from './gutter.js';

/**
 * A route without the hook a search leaves by a box it turns straight back along: out of the box
 * {@link ORG_HOOK} px at most, a short step aside, and back towards the box before running on
 * ([447,703] → [461,703] → [461,719] → [453,719] → [453,1115]) becomes out to the last track and on
 * ([447,703] → [453,703] → [453,1115]). At either end.
 */
export function unhookOrgRoute(points: readonly Point[]): Point[] {
  const once = (pts: Point[]): Point[] => {
    if (pts.length < 5) return pts;
    const [p0, p1, p2, p3, p4] = pts as [Point, Point, Point, Point, Point];
    const k: 0 | 1 = p0[1] === p1[1] ? 0 : 1; // the axis of the first piece
    const j: 0 | 1 = k === 0 ? 1 : 0;
    const out = p1[k] - p0[k];
    const back = p3[k] - p2[k];
    const aside = p2[j] - p1[j];
    const on = p4[j] - p3[j];
    // Out, aside, back (less than out: still outside the box), then on the way it went aside.
    if (Math.abs(out) > ORG_HOOK || Math.sign(out) === Math.sign(back) || Math.abs(back) >= Math.abs(out) || Math.sign(aside) !== Math.sign(on) || Math.abs(aside) > ORG_HOOK) return pts;
    const turn: Point = k === 0 ? [p3[0], p0[1]] : [p0[0], p3[1]];
    return [p0, turn, ...pts.slice(4)];
  };
  return once(once([...points]).reverse()).reverse();
}

/** A line moved off a track it shares (links.ts) pays at most this much more (px of length) on its new track. */
const ORG_SHIFT_SLACK = 400;

/** The longest first piece (px) {@link unhookOrgRoute} takes for a hook. */
const ORG_HOOK = 24;

/** The rip-up pass (two crossing lines routed again the other way round) runs on drawings of at most this many lines, for at most this many pairs. */
const ORG_RETRY_LINES = 60;
const ORG_RETRY_PAIRS = 12;

/** A line crossing this many typed lines or more is routed once more, paying {@link ORG_MANY_CROSS_COST} per typed line crossed. */
const ORG_MANY_CROSS = 3;
const ORG_MANY_CROSS_COST = 400;

/** A line crossing two tree connectors or more is routed once more, paying this per connector crossed (the lint accepts one). */
const ORG_TREE_CROSS_RETRY = 200;
/** …when its route is at most this long (px). */
const ORG_TREE_RETRY_LENGTH = ORG_STUB_ROUTE / 2;
/** A line still across two or more is routed round, paying this per connector or bus crossed… */
const ORG_ROUND_CROSS = 5000;
/** …searched round its two boxes and the lane bands they meet, this far (px) past them. */
const ORG_ROUND_PAST = 80;

/**
 * How many places a route crosses the tree's connectors (`tree`: their runs, link-labels.ts
 * `toRuns`), each place once (siblings' connectors share their parent's line), as the layout
 * lint counts them.
 */
export function countTreeCrossings(points: readonly Point[], tree: ReadonlyArray<readonly Run[]>): number {
  const places = new Set<string>();
  for (const r of toRuns(points)) {
    for (const runs of tree) {
      for (const t of runs) {
        if (t.horizontal === r.horizontal) continue;
        // r's fixed coordinate within t's span and t's within r's, not at an end of either.
        if (r.at > t.from && r.at < t.to && t.at > r.from && t.at < r.to) places.add(r.horizontal ? `${Math.round(t.at / 3)},${Math.round(r.at / 3)}` : `${Math.round(r.at / 3)},${Math.round(t.at / 3)}`);
      }
    }
  }
  return places.size;
}

/** Whether piece a–b and piece c–d cross: one level, one upright, each passing through the other, not at an end. */
function piecesCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const h1 = a[1] === b[1];
  if (h1 === (c[1] === d[1])) return false;
  const [h, v] = h1 ? [[a, b], [c, d]] : [[c, d], [a, b]];
  const x = v[0]![0];
  const y = h[0]![1];
  return x > Math.min(h[0]![0], h[1]![0]) && x < Math.max(h[0]![0], h[1]![0]) && y > Math.min(v[0]![1], v[1]![1]) && y < Math.max(v[0]![1], v[1]![1]);
}

/** How many times two routes cross (a piece of one passes through a piece of the other, not at an end). */
export function countRouteCrossings(p: readonly Point[], q: readonly Point[]): number {
  let n = 0;
  for (let i = 1; i < p.length; i++) for (let j = 1; j < q.length; j++) if (piecesCross(p[i - 1]!, p[i]!, q[j - 1]!, q[j]!)) n++;
  return n;
}

/** Whether two routes cross (a piece of one passes through a piece of the other, not at an end). */
export function routesCross(p: readonly Point[], q: readonly Point[]): boolean {
  for (let i = 1; i < p.length; i++) for (let j = 1; j < q.length; j++) if (piecesCross(p[i - 1]!, p[i]!, q[j - 1]!, q[j]!)) return true;
  return false;
}

/**
 * A tree connector within this of a box's side (px; a hung column's line runs 10 px beside its
 * boxes): a typed line crossing it there enters the box right beside the connector's own stub
 * and seems to join the tree (R11-4-1). Such a crossing pays {@link ORG_CROSS_BESIDE_BOX} when
 * the line is routed again (links.ts, {@link routeOrgLinks}).
 */
const ORG_BESIDE_BOX = 16;
const ORG_CROSS_BESIDE_BOX = 1000;

type BesideLine = RouteLine & { box: Rect };

/** Where a tree connector's piece runs beside a box's side (within {@link ORG_BESIDE_BOX} px): a box meeting this. */
const besideArea = (l: RouteLine): Rect => (l.horizontal ? { x: l.from, y: l.at - ORG_BESIDE_BOX, width: l.to - l.from, height: 2 * ORG_BESIDE_BOX } : { x: l.at - ORG_BESIDE_BOX, y: l.from, width: 2 * ORG_BESIDE_BOX, height: l.to - l.from });

/** The stretch of connector piece `l` beside `box`'s side (its area meets the box), with that box; none where it runs into the box. */
function besideStretch(l: RouteLine, box: Rect, out: BesideLine[]): void {
  const [lo, hi] = l.horizontal ? [Math.max(l.from, box.x), Math.min(l.to, box.x + box.width)] : [Math.max(l.from, box.y), Math.min(l.to, box.y + box.height)];
  const [near, far] = l.horizontal ? [box.y, box.y + box.height] : [box.x, box.x + box.width];
  // Beside the box, not into it (a connector into the box ends on its edge).
  if (hi <= lo || (l.at >= near && l.at <= far)) return;
  const points: Point[] = l.horizontal ? [[lo, l.at], [hi, l.at]] : [[l.at, lo], [l.at, hi]];
  for (const k of toRouteLines(points, ORG_CROSS_BESIDE_BOX, 0, undefined, 0)) out.push(Object.assign(k, { box }));
}

/** The stretches of the tree connectors running beside a box's side within {@link ORG_BESIDE_BOX} px, with that box. */
export function besideBoxLines(tree: readonly RouteLine[], boxes: RectGrid<Rect>): BesideLine[] {
  const out: BesideLine[] = [];
  for (const l of tree) boxes.forEachIntersecting(besideArea(l), (box) => besideStretch(l, box, out));
  return out;
}

/**
 * {@link besideBoxLines} of one box: the lines of every box that are that box's, in the same
 * order (the index finds each box meeting a piece's area once), without searching round every piece.
 */
export function besideLinesOf(tree: readonly RouteLine[], box: Rect): BesideLine[] {
  const out: BesideLine[] = [];
  for (const l of tree) if (rectsIntersect(besideArea(l), box)) besideStretch(l, box, out);
  return out;
}

/** `make`'s value, made on the first call only (what a later pass may never need). */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const indexOf = (lines: readonly RouteLine[]): RectGrid<RouteLine> => {
  const index = new RectGrid<RouteLine>();
  index.addAll(lines);
  return index;
};

/** A line's port on a box's upper (else lower) edge stays this far (px) from other boxes and labels, and from a tree connector ending on that edge. */
const ORG_EDGE_PORT_CLEAR = 16;
const ORG_EDGE_PORT_TREE = 24;

/**
 * The x on `box`'s upper (else lower) edge nearest `toward` where a line can come straight in:
 * {@link ORG_EDGE_PORT_CLEAR} px clear of every other box and label for 20 px out, and
 * {@link ORG_EDGE_PORT_TREE} px from a tree connector ending there; undefined if none.
 */
function clearEdgeX(box: Rect, toward: number, boxes: RectGrid<Rect>, tree: ReadonlyArray<readonly Point[]>): number | undefined {
  const c = ORG_EDGE_PORT_CLEAR;
  const ends = tree.flatMap((p) => [p[0]!, p[p.length - 1]!]);
  const xs: number[] = [];
  for (let x = box.x + 16; x <= box.x + box.width - 16; x += 4) xs.push(Math.round(x));
  xs.sort((p, q) => Math.abs(p - toward) - Math.abs(q - toward));
  for (const y of [box.y, box.y + box.height]) {
    const out = y === box.y ? -1 : 1;
    for (const x of xs) {
      if (ends.some((e) => e[1] === y && Math.abs(e[0] - x) < ORG_EDGE_PORT_TREE)) continue;
      const stub = { x: x - c, y: out < 0 ? y - 20 - c : y, width: 2 * c, height: 20 + c };
      let hit = false;
      boxes.forEachIntersecting(stub, (r) => {
        hit ||= r !== box && r.x < stub.x + stub.width && r.x + r.width > stub.x && r.y < stub.y + stub.height && r.y + r.height > stub.y;
      });
      if (!hit) return x;
    }
  }
  return undefined;
}

/** Routes the typed links; writes `folded` and `foldedBadge` on collapsed boxes. */
export function routeOrgLinks(options: RouteOrgLinksOptions): { links: OrgLinkLayout[]; hiddenLinks: OrgLink[] } {
  const { doc, nodes, byId, visible, edges, channels, lanes, metrics: M, measure, measureSize, locale } = options;
  const obstacles = new Map<string, Rect>();
  for (const n of nodes) obstacles.set(n.id, { x: n.x, y: n.y, width: n.width, height: n.height });
  const obstacleList = [...obstacles.values()];
  const badgeTextMeasure = scaleMeasure(measure, measureSize, M.badgeSize);

  // Which links are drawn as lines and which the count badges of collapsed boxes stand for (folded.ts).
  const { drawn: drawnGroups, folded, badges: undrawn, hiddenLinks } = groupOrgLinks(doc, visible);
  for (const [id, list] of folded) byId.get(id)!.folded.push(...list);
  for (const [id, count] of undrawn) {
    const node = byId.get(id)!;
    const { text, width: natural } = measureOrgFoldedBadge(count, locale, badgeTextMeasure);
    const width = Math.min(node.width - 2 * M.padding, natural);
    // Inside the box on the kind badge's line, at the right: clear of the text, the toggle and
    // any connector (arrange.ts makes the box wide enough for both badges).
    node.foldedBadge = { count, text, x: node.width - width - M.padding, y: M.padding, width, height: M.badgeHeight };
  }

  // Lane labels (on top of a band, or standing in its left strip) are kept clear like boxes.
  const laneLabelSize = scaleMeasure(measure, measureSize, M.badgeSize);
  const laneLabels: OrgLabelObstacle[] = lanes.map((l) =>
    l.label.vertical
      ? { x: l.label.strip.x, y: l.label.strip.y, width: M.laneHeader, height: Math.min(l.label.strip.height, [...l.lane.name].length * M.badgeSize + 12), weight: 10 }
      : { x: l.label.strip.x, y: l.label.strip.y, width: Math.ceil(laneLabelSize(l.lane.name)) + 16, height: M.laneHeader, weight: 10 },
  );
  const routeObstacles = [...obstacleList, ...laneLabels];
  // The same, by place: a route is checked against the boxes and labels near it only.
  const obstacleIndex = new RectGrid<Rect>();
  obstacleIndex.addAll(routeObstacles);
  const type = (g: Group): LinkType => g.links[0]!.type;
  // Lines between visible bodies first (they carry labels), then lines into collapsed subtrees.
  // Within each, the short lines first (their boxes' centres less than a quarter of the drawing's
  // width and height apart), the shortest first: they have the fewest ways to go (four 所管 lines
  // from AMED down to the ministries), and the long lines are routed round them rather than they
  // round a long line. Then the long lines, the longest first: it takes the track nearest its
  // boxes, the shorter ones keep inside it.
  const apart = (g: Group): number => {
    const a = obstacles.get(g.from)!;
    const b = obstacles.get(g.to)!;
    return Math.abs(a.x + a.width / 2 - b.x - b.width / 2) + Math.abs(a.y + a.height / 2 - b.y - b.height / 2);
  };
  // The boxes' extent, found once for the route order, the rows and the labels' room.
  const drawn = boundsOfRects(nodes);
  const drawnExtent = drawn.width + drawn.height;
  const routeOrder = (list: Group[]): Group[] => {
    const keyed = list.map((g) => ({ g, d: apart(g) })).map((k) => ({ ...k, short: k.d < drawnExtent / 4 }));
    keyed.sort((p, q) => (p.short === q.short ? (p.short ? p.d - q.d : q.d - p.d) : p.short ? -1 : 1));
    return keyed.map(({ g }) => g);
  };
  // (The narrow column's gutter keeps the data's order: its tracks go shortest span nearest, assignOrgTracks.)
  // A line whose boxes stand too far apart for any route to be followed is drawn as a badge at
  // each end (link-labels.ts, ORG_STUB_ROUTE) where both boxes have room for one on their kind
  // badge's line: such a line is routed last, so that the track it would take down a hung
  // column's gutter stays free for the lines that are drawn (gen-200 at 800 px: the 連携 line
  // from 臨床研究・治験推進タスクフォース down the right edge pushed the short 連携 line into
  // 統合的臨床研究・治験検討会議 across two column lines). A line whose badges would find no
  // room keeps its place: it is drawn, and needs its tracks as much as any other.
  const farLines = options.gutter === undefined ? drawnGroups.filter((g) => {
    const [a, b] = [obstacles.get(g.from)!, obstacles.get(g.to)!];
    return apart(g) - (a.width + a.height + b.width + b.height) / 2 > ORG_STUB_ROUTE;
  }) : [];
  const badgeRoom = new Map<string, number>();
  for (const id of new Set(farLines.flatMap((g) => [g.from, g.to]))) {
    const n = byId.get(id)!;
    const kind = Math.min(n.badge.width, measureOrgKindBadge(n.body, measure, measureSize, locale, M, 0).width);
    badgeRoom.set(id, n.width - 2 * M.padding - kind - 8 - (n.foldedBadge ? n.foldedBadge.width + 8 : 0));
  }
  const last = new Set<Group>();
  for (const g of farLines) {
    const need = Math.ceil(badgeTextMeasure(ORG_UI[locale].linkStub(ORG_LINK_LABELS[locale][type(g)], '↓')) * 1.03) + 14 + 6;
    if ((badgeRoom.get(g.from) ?? 0) < need || (badgeRoom.get(g.to) ?? 0) < need) continue;
    badgeRoom.set(g.from, badgeRoom.get(g.from)! - need);
    badgeRoom.set(g.to, badgeRoom.get(g.to)! - need);
    last.add(g);
  }
  const visibleFirst = [drawnGroups.filter((g) => !g.collapsedFrom && !g.collapsedTo && !last.has(g)), drawnGroups.filter((g) => (g.collapsedFrom || g.collapsedTo) && !last.has(g)), [...last]];
  const ordered = options.gutter !== undefined ? visibleFirst.flat() : visibleFirst.flatMap((list) => routeOrder(list));
  // What a route pays besides its length (route-cost.ts): crossing a tree connector or a line
  // routed before it, running within a few px of one (or of a band's edge), a narrow gap.
  // (Only the spread arrangements' router pays them: the narrow column's gutter routes by tracks.)
  const spread = options.gutter === undefined;
  // (Nothing of that when no line is drawn: every typed link hidden or counted in a badge.)
  const routing = spread && ordered.length > 0;
  const baseLines: RouteLine[] = [];
  if (routing) baseLines.push(...toTreeRouteLines(edges.map((e) => e.points), ORG_ROUTE_NEAR_TREE));
  if (routing) baseLines.push(...toTreeRouteLines(edges.map((e) => e.points), ORG_ROUTE_FAR_TREE).filter((l) => !l.horizontal && l.to - l.from >= ORG_ROUTE_FAR_RUN).map((l) => withRouteCosts(l, 0, ORG_ROUTE_FAR_ALONG)));
  if (routing) lanes.forEach((l, i) => {
    // Along a band's drawn outline (an L or a step where its parts differ), not its bounding box.
    for (const ring of l.outline) baseLines.push(...toRouteLines([...ring, ring[0]!], 0, 6));
    // Along the lane's name a line reads as underlining it (less than beside a line: where two
    // lines must pass, one may take it); the rest of the title strip is the band's inside.
    const name = laneLabels[i]!;
    const h = M.laneHeader / 2;
    const along: Point[] = l.label.vertical ? [[name.x + h, name.y], [name.x + h, name.y + name.height]] : [[name.x, name.y + h], [name.x + name.width, name.y + h]];
    baseLines.push(...toRouteLines(along, 0, h, undefined, 0.5));
  });
  const gapIndex = new RectGrid<Rect>();
  if (routing) gapIndex.addAll(findNarrowGaps(routeObstacles));
  const routed = new Map<Group, { points: Point[]; crossings: number }>();
  /** The narrow arrangement's gutter ends here (its room, arrange.ts): labels stay left of it. */
  let gutterEnd = Infinity;
  /** The one-column arrangement's lines drawn as badges at their ends (gutter.ts), with their badges. */
  const stubbed = options.narrowBadges?.stubs ?? new Map<Group, { from: OrgLinkStub; to: OrgLinkStub }>();
  if (options.gutter !== undefined) {
    // The gutter's tracks go to the lines still drawn (gutter.ts), in the data's order.
    const lines = ordered.filter((g) => !stubbed.has(g));
    const room = Math.min(ORG_NARROW_TRACKS, options.gutterTracks ?? ORG_NARROW_TRACKS);
    const gutter = routeOrgGutter({ groups: lines, boxes: obstacles, gutter: options.gutter, room, textLine: M.textLine });
    gutterEnd = gutter.gutterEnd;
    for (const g of lines) routed.set(g, { points: gutter.routes.get(g)!, crossings: 0 });
    // A line drawn as badges keeps a route between its badges (hit testing, exports): out of each box at its badge.
    for (const [g, s] of stubbed) {
      const [a, b] = [obstacles.get(g.from)!, obstacles.get(g.to)!];
      const x = options.gutter + ORG_GUTTER_INSET;
      const [ya, yb] = [s.from.badge.y + s.from.badge.height / 2, s.to.badge.y + s.to.badge.height / 2].map(Math.round) as [number, number];
      routed.set(g, { points: [[a.x + a.width, ya], [x, ya], [x, yb], [b.x + b.width, yb]], crossings: 0 });
    }
  }
  const edgeRuns = routing ? edges.map((e) => toRuns(e.points)) : [];
  const rows = nodes.length ? { top: drawn.y, bottom: drawn.y + drawn.height } : undefined;
  /**
   * Routes `sequence` in that order, each round `fixed` and the lines routed before it; with
   * what the routes pay together (length, bends and costs, each as it was routed). With
   * `given`, the sequence's routes are those, scored the same way. `retry`: what crossing a
   * typed line or a tree connector costs instead (a further try, RetryCosts).
   */
  const routeSequence = (sequence: readonly Group[], fixed: ReadonlyMap<Group, Routed> = new Map(), given?: ReadonlyMap<Group, Routed>, retry: RetryCosts = {}): { routes: Map<Group, Routed>; score: number } => {
    const routes = new Map<Group, Routed>();
    const runs = new OrgRunIndex();
    for (const r of edgeRuns) runs.add(r);
    const lineIndex = new RectGrid<RouteLine>();
    lineIndex.addAll(baseLines);
    if (retry.lines) lineIndex.addAll(retry.lines);
    const pairCount = new Map<string, number>();
    const pairOf = (g: Group) => (g.from < g.to ? `${g.from}|${g.to}` : `${g.to}|${g.from}`);
    const add = (g: Group, r: Routed) => {
      const wide = type(g) === 'joint-secretariat';
      runs.add(toRuns(r.points, wide));
      lineIndex.addAll(toRouteLines(r.points, ROUTE_CROSS_LINK, wide ? ORG_ROUTE_NEAR_LINK + 3 : ORG_ROUTE_NEAR_LINK, [obstacles.get(g.from)!, obstacles.get(g.to)!], undefined, true));
      pairCount.set(pairOf(g), (pairCount.get(pairOf(g)) ?? 0) + 1);
    };
    for (const [g, r] of fixed) add(g, r);
    let score = 0;
    for (const g of sequence) {
      const a = obstacles.get(g.from)!;
      const b = obstacles.get(g.to)!;
      const nth = pairCount.get(pairOf(g)) ?? 0;
      // A line keeps off lane labels as it keeps off boxes (a label crossed by a line reads as neither).
      const wide = type(g) === 'joint-secretariat';
      // (A second try across typed lines, `linkCross`, may go round under the drawing: it pays per line crossed instead.)
      const costs: RouteCosts = { lines: lineIndex, gaps: gapIndex, wide: wide ? 3 : 0, ends: [a, b], ...(retry.linkCross !== undefined ? { linkCross: retry.linkCross } : { rows }), ...(retry.treeCross !== undefined ? { treeCross: retry.treeCross } : {}), ...(retry.busCross !== undefined ? { busCross: retry.busCross } : {}) };
      const route = (offset: number) => routeOrthogonal({ a, b, obstacles: routeObstacles, obstacleIndex, channels, offset, costs, ...(retry.endX !== undefined ? { endX: retry.endX + offset } : {}), ...(retry.margins ? { margins: retry.margins } : {}) });
      // (`given`: the routes already found, only scored.)
      let best = given?.get(g) ?? route(nth * 8);
      // A line running along another line or a connector reads as neither (two 所管 lines into
      // AMED sharing one arrowhead): move it to a free track while that costs no box crossing,
      // and no more than ORG_SHIFT_SLACK px of what the route pays besides (a track 7 px beside a
      // column's line for 2,000 px, where one 23 px off it was free, reads as a double line).
      if (!given && runs.countShared(best.points, wide) > 0) {
        const paid = (r: Routed) => routeLength(r.points) + (r.points.length - 2) * ROUTE_BEND + costOfRoute(r.points, costs);
        const most = paid(best) + ORG_SHIFT_SLACK;
        let bestShared = runs.countShared(best.points, wide);
        // Tracks further out pay more still: after three that pay too much, none is tried.
        let tooDear = 0;
        for (const shift of [8, -8, 16, -16, 24, -24, 32, -32]) {
          const other = route(nth * 8 + shift);
          const dear = paid(other) > most;
          if (dear && ++tooDear >= 3) break;
          const shared = other.crossings <= best.crossings && !dear ? runs.countShared(other.points, wide) : Infinity;
          if (shared < bestShared) {
            best = other;
            bestShared = shared;
            if (!shared) {
              // The same shift the other way may be free too: the shorter of the two (a track
              // nearer the boxes, not one further out past the drawing's edge).
              const mirror = shift > 0 ? route(nth * 8 - shift) : undefined;
              if (mirror && mirror.crossings <= best.crossings && !runs.countShared(mirror.points, wide) && paid(mirror) <= most && routeLength(mirror.points) < routeLength(best.points)) best = mirror;
              break;
            }
          }
        }
      }
      score += best.crossings * 100_000 + routeLength(best.points) + (best.points.length - 2) * ROUTE_BEND + costOfRoute(best.points, costs);
      add(g, best);
      routes.set(g, best);
    }
    return { routes, score };
  };
  if (options.gutter === undefined) {
    const { routes } = routeSequence(ordered);
    // Two lines of one box crossing each other where the other order would not have them cross
    // (the first took the track the second needed: two 共同事務局 lines from one column into one
    // box, the outer one on the inner track): both again, the other way round, kept when they pay less.
    // Tried for a few pairs of a drawing of a few dozen lines (each try routes the two once more).
    if (ordered.length <= ORG_RETRY_LINES) {
      let tries = 0;
      for (let i = 0; i < ordered.length && tries < ORG_RETRY_PAIRS; i++) {
        for (let j = i + 1; j < ordered.length && tries < ORG_RETRY_PAIRS; j++) {
          const [gi, gj] = [ordered[i]!, ordered[j]!];
          const pj = routes.get(gj)!.points;
          if (![gj.from, gj.to].some((id) => id === gi.from || id === gi.to) || !routesCross(routes.get(gi)!.points, pj)) continue;
          tries++;
          const others = new Map([...routes].filter(([g]) => g !== gi && g !== gj));
          const before = routeSequence([gi, gj], others, routes);
          const after = routeSequence([gj, gi], others);
          const better = after.score < before.score - 1 ? after : before;
          for (const [g, r] of better.routes) routes.set(g, r);
        }
      }
    }
    // Further tries, line by line: one line routed once more with the others held as they are,
    // at other costs, its new route kept only where it is better in what that try is for. The
    // passes run in turn, each through the lines in their routing order, trying a line's attempts
    // in order until its route is acceptable (RetryPass, retryOrgRoutes). A new reason to route a line
    // again is one more attempt here: its costs and its test of what is kept, with its reason.
    if (ordered.length <= ORG_RETRY_LINES) {
      const crossedBy = (points: readonly Point[], lines: Iterable<readonly Point[]>) => {
        let n = 0;
        for (const q of lines) n += countRouteCrossings(points, q);
        return n;
      };
      /** Every line's route but `g`'s (and those `also` leaves out), held as it is. */
      const heldBut = (g: Group, also?: ReadonlySet<Group>) => new Map([...routes].filter(([o]) => o !== g && !also?.has(o)));
      const edgePoints = edges.map((e) => e.points);

      // A line across several typed lines (two 共同事務局 pairs into the collapsed 推進会議 across
      // AMED's four 所管 lines): routed once more, the others as they are, paying
      // ORG_MANY_CROSS_COST per typed line crossed; kept when it crosses fewer typed lines, no more
      // tree connectors or boxes, and stays short enough to follow. Lines sharing a box with it do
      // not count (they cross by their box, where ports.ts gives each its own port), so a drawing
      // whose lines only fan out of one box routes nothing again.
      const sharesBox = (g: Group, o: Group) => o.from === g.from || o.from === g.to || o.to === g.from || o.to === g.to;
      const typedAcross = (g: Group, points: readonly Point[]) => crossedBy(points, [...routes].filter(([o]) => !sharesBox(g, o)).map(([, r]) => r.points));
      const manyCross: RetryPass = {
        // No route between boxes this far apart is short enough to be kept: not tried.
        skip: (g) => {
          const [a, b] = [obstacles.get(g.from)!, obstacles.get(g.to)!];
          return apart(g) - (a.width + a.height + b.width + b.height) / 2 > ORG_STUB_ROUTE;
        },
        acceptable: (g, now) => typedAcross(g, now.points) < ORG_MANY_CROSS,
        attempts: [
          (g) => ({
            held: heldBut(g),
            costs: { linkCross: ORG_MANY_CROSS_COST },
            keep: (again, now) => again.crossings <= now.crossings && typedAcross(g, again.points) < typedAcross(g, now.points) && routeLength(again.points) <= ORG_STUB_ROUTE && crossedBy(again.points, edgePoints) <= crossedBy(now.points, edgePoints),
          }),
        ],
      };

      // A line across two or more tree connectors (the lint accepts one). The lines expected to be
      // drawn as badges, `last`, take no track from it (their routes are never drawn), and are not
      // tried themselves.
      const typedCrossed = (g: Group, points: readonly Point[]) => {
        let n = 0;
        for (const [o, r] of routes) if (o !== g && !last.has(o)) n += countRouteCrossings(points, r.points);
        return n;
      };
      const treeCrossed = (points: readonly Point[]) => countTreeCrossings(points, edgeRuns);
      // (Nor across more of a parent's bus: a line through it seems to join the whole family.)
      const busRuns = once((): Run[][] => [baseLines.filter((l) => l.cross === ROUTE_CROSS_BUS).map((l) => ({ horizontal: l.horizontal, at: l.at, from: l.from, to: l.to }))]);
      const busCrossed = (points: readonly Point[]) => countTreeCrossings(points, busRuns());
      /** Crosses no more boxes, buses or typed lines than `now`. */
      const noMoreCrossed = (g: Group, again: Routed, now: Routed) => again.crossings <= now.crossings && busCrossed(again.points) <= busCrossed(now.points) && typedCrossed(g, again.points) <= typedCrossed(g, now.points);
      // The lane bands' outlines, kept ORG_ROUTE_FAR_TREE px off by both tries (R13-5-1: 6 px
      // beside a band's dotted edge read as a doubled edge).
      const bandFar = once(() => lanes.flatMap((l) => l.outline.flatMap((ring) => toRouteLines([...ring, ring[0]!], 0, ORG_ROUTE_FAR_TREE, undefined, 1))));
      const treeCross: RetryPass = {
        // (A longer line is not tried: the search at these costs is slow on it, and found nothing
        // on gen-200's, whose ways round are longer than a line a reader follows.)
        skip: (g, first) => last.has(g) || routeLength(first.points) > ORG_TREE_RETRY_LENGTH,
        acceptable: (_g, now) => treeCrossed(now.points) < 2,
        attempts: [
          // Out of a box hung two deep in a column, across its ancestors' lines, where the way
          // round its free side is a little longer (gen-200 at 1280 px, 医療ＩＣＴ基盤推進会議 →
          // 統合的臨床研究・治験検討会議 round the wide box on the right; 1e6f55d): paying
          // ORG_TREE_CROSS_RETRY per connector crossed; kept when it crosses fewer connectors, no
          // more typed lines, buses or boxes, and stays short enough to follow.
          (g) => ({
            held: heldBut(g, last),
            costs: { treeCross: ORG_TREE_CROSS_RETRY, lines: bandFar() },
            keep: (again, now) => treeCrossed(again.points) < treeCrossed(now.points) && noMoreCrossed(g, again, now) && routeLength(again.points) <= ORG_STUB_ROUTE,
          }),
          // Still across two or more (the only way into a middle child of a left-right council from
          // a box under the council's line is up past its siblings' stubs, R13-1-1; 607ba43):
          // searched wide, as far round the two boxes as the bands they meet reach and
          // ORG_ROUND_PAST px past them, paying ORG_ROUND_CROSS per connector or bus crossed, so
          // that it goes round the band whose stubs it crossed, ORG_ROUTE_FAR_TREE px off the
          // band's edges (a line closer beside one reads as a doubled edge); kept when it crosses
          // at most one connector and no more typed lines, buses or boxes.
          (g) => {
            const [a, b] = [obstacles.get(g.from)!, obstacles.get(g.to)!];
            const ends = boundsOfRects([a, b]);
            let margin = ORG_ROUND_PAST;
            for (const band of lanes) {
              if (band.x > ends.x + ends.width || band.x + band.width < ends.x || band.y > ends.y + ends.height || band.y + band.height < ends.y) continue;
              margin = Math.max(margin, ends.x - band.x, band.x + band.width - ends.x - ends.width, ends.y - band.y, band.y + band.height - ends.y - ends.height);
            }
            return {
              held: heldBut(g, last),
              costs: { treeCross: ORG_ROUND_CROSS, busCross: ORG_ROUND_CROSS, margins: [margin + ORG_ROUND_PAST], lines: bandFar() },
              finish: (points) => stepOutOfSide(stepOutOfSide(points, a).reverse(), b).reverse(),
              keep: (again, now) => treeCrossed(again.points) <= 1 && noMoreCrossed(g, again, now),
            };
          },
        ],
      };

      // A line entering a box's side across the tree connector running beside that side (a hung
      // column's line, 10 px off: the line seems to join the tree at the connector's own stub into
      // the box, R11-4-1; db94746): routed once more into the box's upper or lower edge at the
      // clear point nearest the line's other end, paying ORG_CROSS_BESIDE_BOX for such a crossing;
      // kept when it crosses no more boxes, typed lines or connectors, pays less, and is not much
      // longer. At the first end where that applies (for its start the line is routed from its end).
      // (Each made when first needed: most lines meet no box beside a connector.)
      const tree = once(() => toTreeRouteLines(edgePoints, 0));
      const beside = once(() => besideBoxLines(tree(), obstacleIndex));
      // (Nor up a connector within ORG_ROUTE_FAR_TREE px, which the lint reads as a double line.)
      const farTree = once(() => toTreeRouteLines(edgePoints, ORG_ROUTE_FAR_TREE).map((l) => withRouteCosts(l, 0, 1)));
      // The connectors' pieces, each once (a column's line is drawn once for all its boxes).
      const treePieces = once((): Point[][] => tree().map((l) => (l.horizontal ? [[l.from, l.at], [l.to, l.at]] : [[l.at, l.from], [l.at, l.to]])));
      const besideBox: RetryPass = {
        attempts: [
          (g, now) => {
            for (const reversed of [false, true]) {
              const [from, to] = reversed ? [g.to, g.from] : [g.from, g.to];
              const box = obstacles.get(to)!;
              const points = reversed ? [...now.points].reverse() : now.points;
              const lines = besideLinesOf(tree(), box);
              if (!lines.length || !costOfRoute(points.slice(-2), { lines: indexOf(lines) })) continue;
              const other = obstacles.get(from)!;
              const endX = clearEdgeX(box, other.x + other.width / 2, obstacleIndex, treePieces());
              if (endX === undefined) continue;
              const held = heldBut(g);
              const rest = [...held.values()].map((r) => r.points);
              return {
                held,
                reversed,
                costs: { endX, lines: [...beside(), ...farTree()] },
                // No further than ORG_SHIFT_SLACK px longer, nor out beside the drawing (round a column of boxes).
                keep: (again, was, score) =>
                  again.points.every(([x]) => x >= drawn.x && x <= drawn.x + drawn.width) &&
                  routeLength(again.points) <= routeLength(was.points) + ORG_SHIFT_SLACK &&
                  again.crossings <= was.crossings &&
                  crossedBy(again.points, rest) <= crossedBy(was.points, rest) &&
                  crossedBy(again.points, treePieces()) <= crossedBy(was.points, treePieces()) &&
                  score.found < score.now(),
              };
            }
            return undefined;
          },
        ],
      };

      retryOrgRoutes([manyCross, treeCross, besideBox], ordered, routes, (line, held, costs, given) => {
        const found = routeSequence([line], held, given && new Map([[line, given]]), costs);
        return { route: found.routes.get(line)!, score: found.score };
      });
    }
    for (const [g, r] of routes) routed.set(g, { ...r, points: unhookOrgRoute(r.points) });
  }
  // Lines meeting one side of a box get ports of their own along it (one arrowhead each, ports.ts).
  if (options.gutter === undefined) {
    const spread = spreadOrgPorts(
      ordered.map((g) => routed.get(g)!.points),
      (i) => [obstacles.get(ordered[i]!.from)!, obstacles.get(ordered[i]!.to)!],
      (area) => {
        const near: Rect[] = [];
        obstacleIndex.forEachIntersecting(area, (r) => {
          near.push(r);
        });
        return near;
      },
    );
    ordered.forEach((g, i) => {
      const r = routed.get(g)!;
      if (spread[i] !== r.points) routed.set(g, { ...r, points: spread[i]! });
    });
  }
  // …and none meets a box at its ⊕/⊖ (R11-4-7: on the slide, ＩＴ総合戦略室's pair straight up into the collapsed 推進会議's ⊕).
  if (options.gutter === undefined) {
    for (const g of ordered) {
      const r = routed.get(g)!;
      const moved = offToggles(r.points, byId.get(g.from)!, byId.get(g.to)!, options.axis ?? 'top-down', M.toggleRadius + (type(g) === 'joint-secretariat' ? 3 : 1) + ORG_TOGGLE_CLEAR, obstacleIndex);
      if (moved !== r.points) routed.set(g, { ...r, points: moved });
    }
  }
  const links = labelOrgLinks({ nodes, byId, edges, lanes, laneLabels, metrics: M, measure, measureSize, locale, drawnGroups, routed, vertical: options.gutter !== undefined, gutterEnd, width: options.width, stubbed });
  if (spread) lowerEndsBesideBadges(links, byId, obstacleIndex);
  return { links, hiddenLinks };
}

/** Whether the piece p–q, 6 px round, meets none of `boxes` but those `own` passes over (the line's own boxes). */
function pieceClear(p: Point, q: Point, boxes: RectGrid<Rect>, own: (r: Rect) => boolean): boolean {
  const area = { x: Math.min(p[0], q[0]) - 6, y: Math.min(p[1], q[1]) - 6, width: Math.abs(q[0] - p[0]) + 12, height: Math.abs(q[1] - p[1]) + 12 };
  let free = true;
  boxes.forEachIntersecting(area, (r) => {
    if (own(r)) return;
    if (r.x < area.x + area.width && r.x + r.width > area.x && r.y < area.y + area.height && r.y + r.height > area.y) free = false;
  });
  return free;
}

/** Room (px) between a box's ⊕/⊖ and a line meeting the box beside it. */
const ORG_TOGGLE_CLEAR = 12;

/**
 * A route meeting a box's toggle edge within `reach` px of its ⊕/⊖ (the middle of the bottom
 * edge top-down, of the right edge left-right) seems to hang from the control and hides its end
 * under it: its end piece moves along the edge `reach` px off the toggle, towards where the line
 * goes on (a straight line between two boxes moves whole, while it still meets both). Kept only
 * where the moved piece passes no other box. Either end.
 */
function offToggles(points: Point[], a: OrgNodeLayout, b: OrgNodeLayout, axis: 'top-down' | 'left-right', reach: number, boxes: RectGrid<Rect>): Point[] {
  const k: 0 | 1 = axis === 'top-down' ? 0 : 1; // the coordinate along the toggle's edge
  const clear = (p: Point, q: Point, own: readonly Rect[]) => pieceClear(p, q, boxes, (r) => own.some((o) => o.x === r.x && o.y === r.y && o.width === r.width && o.height === r.height));
  let out = points;
  for (const [box, other, atEnd] of [[a, b, false], [b, a, true]] as const) {
    if (box.childCount === 0) continue;
    const pts = atEnd ? [...out].reverse() : [...out];
    const [p, q] = [pts[0]!, pts[1]!];
    const toggle = axis === 'top-down' ? [box.x + box.width / 2, box.y + (box.toggleAt ?? box.height)] : [box.x + box.width, box.y + box.height / 2];
    const j = 1 - k;
    // On the toggle's edge (the end piece leaves across it), within reach of the toggle.
    if (p[j] !== toggle[j] || q[k] !== p[k] || Math.abs(p[k] - toggle[k]!) >= reach) continue;
    const lo = (k === 0 ? box.x : box.y) + 10;
    const hi = (k === 0 ? box.x + box.width : box.y + box.height) - 10;
    const way = pts.length > 2 ? Math.sign(pts[2]![k] - q[k]) || 1 : Math.sign(p[k] - toggle[k]!) || 1;
    for (const side of [way, -way]) {
      const at = Math.round(toggle[k]! + side * reach);
      if (at < lo || at > hi) continue;
      const shift = (r: Point): Point => (k === 0 ? [at, r[1]] : [r[0], at]);
      if (pts.length === 2) {
        // Straight between the two boxes: it must still meet the other one's edge.
        const [olo, ohi] = k === 0 ? [other.x + 10, other.x + other.width - 10] : [other.y + 10, other.y + other.height - 10];
        if (at < olo || at > ohi || !clear(shift(p), shift(q), [box, other])) continue;
        const moved = [shift(p), shift(q)];
        out = atEnd ? moved.reverse() : moved;
        break;
      }
      if (!clear(shift(p), shift(q), [box]) || !clear(shift(q), pts[2]!, [box, other])) continue;
      const moved = [shift(p), shift(q), ...pts.slice(2)];
      out = atEnd ? moved.reverse() : moved;
      break;
    }
  }
  return out;
}

/**
 * A route that leaves `box`'s side, runs out and steps aside by at most {@link ORG_HOOK} px to a
 * track still beside that side (the round try keeps off a band's edge the port is too near:
 * 経産省's line out at y 917, down to 934, on under the band) leaves at the track instead.
 */
function stepOutOfSide(points: readonly Point[], box: Rect): Point[] {
  if (points.length < 4) return [...points];
  const [p0, p1, p2, p3] = points as [Point, Point, Point, Point];
  const side = p0[0] === box.x || p0[0] === box.x + box.width;
  if (!side || p0[1] !== p1[1] || p1[0] !== p2[0] || p2[1] !== p3[1] || Math.abs(p2[1] - p1[1]) > ORG_HOOK) return [...points];
  // The new start stays 10 px off the side's corners, and the track goes on the way it went out.
  if (p2[1] < box.y + 10 || p2[1] > box.y + box.height - 10 || Math.sign(p3[0] - p2[0]) !== Math.sign(p1[0] - p0[0])) return [...points];
  return [[p0[0], p2[1]], ...points.slice(3)];
}

/** How far below an end badge (px) a line meeting the side beside it ends: a port's spacing. */
const ORG_END_BELOW_BADGE = 22;

/**
 * A line that meets a box's side beside an end badge inside it (the badge of a line drawn as
 * badges, on the kind badge's line at the right) seems to end at the badge: two 連携 marks on
 * 統合的臨床研究・治験検討会議, its 「連携 ↑①」 and a 連携 line into its right side just under
 * it, read as one relation (R12-8-1). Such an end moves down the side, {@link ORG_END_BELOW_BADGE}
 * px below the badge and into the box's lower third, where the line's last piece can go
 * without coming near another box or another line's end on that side.
 */
function lowerEndsBesideBadges(links: OrgLinkLayout[], byId: ReadonlyMap<string, OrgNodeLayout>, obstacleIndex: RectGrid<Rect>): void {
  const badgesIn = new Map<string, Rect[]>();
  for (const l of links) {
    if (!l.stubs) continue;
    for (const [id, s] of [[l.from, l.stubs.from], [l.to, l.stubs.to]] as const) if (!s.points.length) badgesIn.set(id, [...(badgesIn.get(id) ?? []), s.badge]);
  }
  if (!badgesIn.size) return;
  const endsOf = (l: OrgLinkLayout) => [l.points[0]!, l.points[l.points.length - 1]!];
  const clear = (p: Point, q: Point, box: Rect) => pieceClear(p, q, obstacleIndex, (r) => r === box || (r.x === box.x && r.y === box.y));
  for (const l of links) {
    if (l.stubs || l.points.length < 3) continue;
    for (const [id, last] of [[l.from, false], [l.to, true]] as const) {
      const box = byId.get(id)!;
      const badges = badgesIn.get(id);
      if (!badges) continue;
      const pts = last ? [...l.points].reverse() : [...l.points];
      const [p, q, r] = [pts[0]!, pts[1]!, pts[2]!];
      const right = p[0] === box.x + box.width;
      // Its end piece runs across the box's side (right or left) and turns from an upright one.
      if (!(right || p[0] === box.x) || p[1] !== q[1] || q[0] !== r[0]) continue;
      const beside = badges.filter((b) => (right ? box.x + box.width - (b.x + b.width) : b.x - box.x) < 40 && p[1] < b.y + b.height + ORG_END_BELOW_BADGE);
      if (!beside.length) continue;
      const y = Math.round(Math.max(...beside.map((b) => b.y + b.height + ORG_END_BELOW_BADGE), box.y + (box.height * 2) / 3));
      if (y > box.y + box.height - 10) continue;
      // Clear of the other boxes, and of every other line's end on this side.
      const taken = links.some((o) => o !== l && !o.stubs && endsOf(o).some((e) => e[0] === p[0] && e[1] > box.y && e[1] < box.y + box.height && Math.abs(e[1] - y) < 12));
      if (taken || !clear(q, [q[0], y], box) || !clear([p[0], y], [q[0], y], box)) continue;
      const moved: Point[] = [[p[0], y], [q[0], y], ...(r[1] === y ? pts.slice(3) : pts.slice(2))];
      l.points = last ? moved.reverse() : moved;
    }
  }
}
