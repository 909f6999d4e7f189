/**
 * Phase 7 of the org chart layout: the typed links (連携, 共同事務局, 所管…). An end hidden in a
 * collapsed subtree moves to its nearest visible ancestor, so no link silently disappears;
 * links of one type into the same collapsed pair share a line; a collapsed box with too many
 * such lines gets a count badge instead. Each line is routed orthogonally around the boxes on
 * its own track (a line that would run along another one, of any type, is moved aside), so
 * every line ends in its own arrowhead; its label goes where it covers no box, no other label,
 * no tree connector and no other line.
 */
import type { Locale, OrganizationDocument, OrgLink, LinkType } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { boundsOfPoints, boundsOfRects, RectGrid } from '../../../kit/spatial-index.js';
import { formatOrgLinkLabel, ORG_LINK_LABELS, ORG_UI } from '../words.js';
import { ORG_GUTTER_INSET, ORG_GUTTER_TRACK, ORG_NARROW_TRACKS, orgGutterWidth, scaleMeasure } from './box.js';
import type { OrgMetrics } from './metrics.js';
import { spreadOrgPorts } from './ports.js';
import { ORG_MARGIN } from './frame.js';
import { findLabelPoint, ROUTE_BEND, routeOrthogonal, type Point, type Rect } from './route.js';
import { costOfRoute, findNarrowGaps, ROUTE_CROSS_BUS, ROUTE_CROSS_LINK, toRouteLines, toTreeRouteLines, type RouteCosts, type RouteLine } from './route-cost.js';
import { groupOrgLinks, measureOrgFoldedBadge, type OrgLinkGroup } from './folded.js';
import { ORG_DIRECTED_LINKS, ORG_STUB_ROUTE, type OrgEdgeLayout, type OrgLaneLayout, type OrgLinkLayout, type OrgLinkStub, type OrgNodeLayout } from './types.js';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The thin rectangles (2 px either side) a polyline covers, for label avoidance. */
export function runRects(points: readonly Point[], pad = 2): Rect[] {
  const out: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    out.push({ x: Math.min(p[0], q[0]) - pad, y: Math.min(p[1], q[1]) - pad, width: Math.abs(q[0] - p[0]) + 2 * pad, height: Math.abs(q[1] - p[1]) + 2 * pad });
  }
  return out;
}

/** A rectangle a label should keep off, and how bad covering it is (default 1). */
export type OrgLabelObstacle = Rect & { weight?: number };

/**
 * Places a label of `width` × `height` centred on a point of its route where it covers none of
 * `avoid`; the longest pieces of the route are tried first, at their middle and then along them.
 * When no spot is free, the spot covering the least (by weight) wins.
 */
export function placeOrgLabel(points: readonly Point[], width: number, height: number, avoid: readonly OrgLabelObstacle[]): Rect {
  return placeOrgLabelBy(points, width, height, (box) => {
    let cost = 0;
    for (const r of avoid) if (overlaps(box, r)) cost += r.weight ?? 1;
    return cost;
  });
}

/** {@link placeOrgLabel} with the cost of covering a spot given by `costAt` (the weights of what the box covers). */
function placeOrgLabelBy(points: readonly Point[], width: number, height: number, costAt: (box: Rect) => number, clear = 4): Rect {
  const spots: Array<{ x: number; y: number; len: number }> = [];
  /** Spots just beside the line (above or below a level piece, left or right of an upright one), tried when none on it is free. */
  const beside: Array<{ x: number; y: number }> = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const len = Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]);
    const level = p[1] === q[1];
    for (const t of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9, 0.05, 0.95, 0.27, 0.42, 0.58, 0.73]) {
      const x = p[0] + (q[0] - p[0]) * t;
      const y = p[1] + (q[1] - p[1]) * t;
      spots.push({ x, y, len: len * (t === 0.5 ? 1 : 0.8) - Math.abs(t - 0.5) });
      // Beside the line only where the piece is longer than the label (it then reads as the line's).
      if (len >= (level ? width : height) + 8) {
        if (level) beside.push({ x, y: y - height / 2 - clear + 1 }, { x, y: y + height / 2 + clear - 1 });
        else beside.push({ x: x + width / 2 + clear, y }, { x: x - width / 2 - clear, y });
      }
    }
  }
  spots.sort((a, b) => b.len - a.len);
  const boxAt = (s: { x: number; y: number }): Rect => ({ x: Math.round(s.x - width / 2), y: Math.round(s.y - height / 2), width, height });
  let best: Rect | undefined;
  let bestCost = Infinity;
  for (const s of spots) {
    const box = boxAt(s);
    const c = costAt(box);
    if (c === 0) return box;
    if (c < bestCost) {
      bestCost = c;
      best = box;
    }
  }
  for (const s of beside) {
    const box = boxAt(s);
    const c = costAt(box) + 0.5;
    if (c < bestCost) {
      bestCost = c;
      best = box;
    }
  }
  // Every spot on or beside the line covers something (a box, another label or its margin, a
  // line that is not its own): look further off the line, on a grid around it, paying for the
  // distance (a label a little off its line reads better than one over a box's text or over
  // another line, where it would name that line).
  if (bestCost >= 1) {
    const step = 12;
    // Up to 12 steps (144 px) off: past a staircase of lines into one box to the free side;
    // touching its own line (a label off its line names nothing) unless that covers a box.
    const FAR = 12;
    const own = runRects(points, clear + 1);
    for (const s of spots) {
      for (let dx = -FAR; dx <= FAR; dx++) {
        for (let dy = -FAR; dy <= FAR; dy++) {
          if (dx === 0 && dy === 0) continue;
          const box = boxAt({ x: s.x + dx * step, y: s.y + dy * step });
          // Off the line only where every spot touching it covers a box or a label, near it and
          // over nothing at all.
          const touching = own.some((r) => overlaps(r, box));
          if (!touching && (bestCost < 10 || Math.abs(dx) > 3 || Math.abs(dy) > 3)) continue;
          const covered = costAt(box);
          if (!touching && covered > 0) continue;
          const c = covered + 1 + Math.hypot(dx, dy) / 4;
          if (c < bestCost) {
            bestCost = c;
            best = box;
          }
        }
      }
    }
  }
  return best ?? boxAt(findLabelPoint(points));
}

/** What labels keep off, in a spatial index: `costAt(box)` sums the weights of those `box` covers (strictly). */
class OrgLabelObstacles {
  private readonly grid = new RectGrid<OrgLabelObstacle>();

  add(rects: Iterable<OrgLabelObstacle>): void {
    this.grid.addAll(rects);
  }

  /** The weights `box` covers, leaving out rectangles equal to one of `except` (a line's own pieces). */
  costAt(box: Rect, except?: ReadonlySet<string>): number {
    let cost = 0;
    this.grid.forEachIntersecting(box, (r) => {
      if (overlaps(box, r) && !except?.has(rectKey(r))) cost += r.weight ?? 1;
    });
    return cost;
  }
}

const rectKey = (r: Rect): string => `${r.x},${r.y},${r.width},${r.height}`;

/** A straight piece of a drawn line: horizontal (`y` fixed) or vertical (`x` fixed). */
interface Run {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
  /** A piece of a double line (共同事務局, 6 px wide): others keep 10 px off its centre, not 4. */
  wide?: boolean;
}

function toRuns(points: readonly Point[], wide = false): Run[] {
  const out: Run[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const horizontal = p[1] === q[1];
    const [u, v] = horizontal ? [p[0], q[0]] : [p[1], q[1]];
    out.push({ horizontal, at: horizontal ? p[1] : p[0], from: Math.min(u, v), to: Math.max(u, v), ...(wide ? { wide } : {}) });
  }
  return out;
}

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

/** A line whose label is placed: its words, the label's box and its pieces. */
interface LabelledLine {
  label: string;
  box: Rect;
  runs: Run[];
}

/**
 * What a label covering a line that is not its own (another link, a tree connector, a band's
 * edge) costs, against 10 for a box and 100 for another label: it would seem to name that line.
 */
const ORG_LABEL_LINE_WEIGHT = 5;

/** How far a label's edge may stand from its own (plain) line's centre, px: beside it, it still touches it. */
export const ORG_LABEL_TOUCH = 3;

/** Room kept between two link labels where there is any (px): closer, they read as one label. */
export const ORG_LABEL_GAP = 12;

/** Lines closer than this (px) run together as a bundle. */
const BUNDLE_SPACING = 24;

/**
 * Whether a labelled line's label also names the line through `points`: a piece of the two
 * lines runs side by side (at most {@link BUNDLE_SPACING} apart, along more than 40 px) and
 * the label stands by that stretch, its edge within {@link BUNDLE_SPACING} + 8 px of the line.
 */
function namesAlongside(other: LabelledLine, points: readonly Point[]): boolean {
  const cx = other.box.x + other.box.width / 2;
  const cy = other.box.y + other.box.height / 2;
  for (const r of toRuns(points)) {
    for (const d of other.runs) {
      if (d.horizontal !== r.horizontal || Math.abs(d.at - r.at) > BUNDLE_SPACING) continue;
      const from = Math.max(d.from, r.from);
      const to = Math.min(d.to, r.to);
      if (to - from <= 40) continue;
      const along = r.horizontal ? cx : cy;
      const [near, far] = r.horizontal ? [other.box.y, other.box.y + other.box.height] : [other.box.x, other.box.x + other.box.width];
      const gap = Math.max(0, near - r.at, r.at - far);
      if (along >= from - 8 && along <= to + 8 && gap <= BUNDLE_SPACING + 8) return true;
    }
  }
  return false;
}

/** Whether two routes run side by side ({@link BUNDLE_SPACING} apart at most) along more than 40 px. */
function runsAlongside(p: readonly Point[], q: readonly Point[]): boolean {
  const rq = toRuns(q);
  return toRuns(p).some((r) => rq.some((d) => d.horizontal === r.horizontal && Math.abs(d.at - r.at) <= BUNDLE_SPACING && Math.min(d.to, r.to) - Math.max(d.from, r.from) > 40));
}

type Group = OrgLinkGroup;

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
}

/** A route keeps this far (centre to centre, px) from a parallel tree connector, and from another typed line, or pays for the stretch alongside. */
const ORG_ROUTE_NEAR_TREE = 13;
const ORG_ROUTE_NEAR_LINK = 10;

export { ORG_GUTTER_TRACK } from './box.js';

/**
 * Tracks in the gutter for lines spanning `spans` (y ranges): the first track whose lines do not
 * overlap the span (with room for a label's end), shorter lines nearer the boxes.
 */
export function assignOrgTracks(spans: ReadonlyArray<readonly [number, number]>): number[] {
  const order = spans.map((s, i) => ({ i, len: s[1] - s[0] })).sort((a, b) => a.len - b.len || a.i - b.i);
  const tracks: Array<Array<readonly [number, number]>> = [];
  const out: number[] = [];
  for (const { i } of order) {
    const [y0, y1] = spans[i]!;
    let k = tracks.findIndex((t) => t.every(([u, v]) => y1 + 6 < u || v + 6 < y0));
    if (k < 0) k = tracks.push([]) - 1;
    tracks[k]!.push([y0, y1]);
    out[i] = k;
  }
  return out;
}

/** The rip-up pass (two crossing lines routed again the other way round) runs on drawings of at most this many lines, for at most this many pairs. */
const ORG_RETRY_LINES = 60;
const ORG_RETRY_PAIRS = 12;

/** Whether two routes cross (a piece of one passes through a piece of the other, not at an end). */
export function routesCross(p: readonly Point[], q: readonly Point[]): boolean {
  for (let i = 1; i < p.length; i++) {
    for (let j = 1; j < q.length; j++) {
      const [a, b, c, d] = [p[i - 1]!, p[i]!, q[j - 1]!, q[j]!];
      const h1 = a[1] === b[1];
      const h2 = c[1] === d[1];
      if (h1 === h2) continue;
      const [h, v] = h1 ? [[a, b], [c, d]] : [[c, d], [a, b]];
      const x = v[0]![0];
      const y = h[0]![1];
      if (x > Math.min(h[0]![0], h[1]![0]) && x < Math.max(h[0]![0], h[1]![0]) && y > Math.min(v[0]![1], v[1]![1]) && y < Math.max(v[0]![1], v[1]![1])) return true;
    }
  }
  return false;
}

/** How far a stub leaves its box before its badge (px). */
const STUB_LENGTH = 20;

const routeLength = (points: readonly Point[]) => points.slice(1).reduce((s, p, i) => s + Math.abs(p[0] - points[i]![0]) + Math.abs(p[1] - points[i]![1]), 0);

/**
 * One end of a line drawn as badges (see `OrgLinkLayout.stubs`): the badge of `width` ×
 * `height` inside `box` on its kind badge's line, right-aligned left of what already stands
 * there (`taken` px from the right edge less padding, the folded-link badge and earlier stub
 * badges), when there is room; else beside the box at the end of a {@link STUB_LENGTH} px stub,
 * on the side where the pair covers least (`costAt`), stays within `extent` and faces `other`.
 * `inward` turns the stub to run from the badge into the box (the end an arrowhead marks).
 */
export function placeOrgLinkStub(options: {
  box: OrgNodeLayout;
  other: Rect;
  width: number;
  height: number;
  padding: number;
  taken: number;
  costAt: (r: Rect) => number;
  extent: { x0: number; x1: number };
  inward: boolean;
}): { points: Point[]; badge: Rect; cost: number } {
  const { box, other, width, height, padding, taken, costAt, extent, inward } = options;
  const right = box.x + box.width - padding - taken;
  if (right - width >= box.x + padding + box.badge.width + 8) return { points: [], badge: { x: Math.round(right - width), y: box.y + padding, width, height }, cost: 0 };
  const cx = box.x + box.width / 2;
  const cy = Math.round(box.y + Math.min(box.height / 2, 24));
  const px = Math.round(box.x + box.width * 0.72);
  const ox = other.x + other.width / 2;
  const oy = other.y + other.height / 2;
  const L = STUB_LENGTH;
  const sides: Array<{ port: Point; out: Point; badge: Rect; facing: boolean }> = [
    { port: [box.x + box.width, cy], out: [box.x + box.width + L, cy], badge: { x: box.x + box.width + L, y: cy - height / 2, width, height }, facing: ox > cx },
    { port: [box.x, cy], out: [box.x - L, cy], badge: { x: box.x - L - width, y: cy - height / 2, width, height }, facing: ox < cx },
    { port: [px, box.y + box.height], out: [px, box.y + box.height + L], badge: { x: px - width / 2, y: box.y + box.height + L, width, height }, facing: oy > cy },
    { port: [px, box.y], out: [px, box.y - L], badge: { x: px - width / 2, y: box.y - L - height, width, height }, facing: oy < cy },
  ];
  let best = sides[0]!;
  let bestCost = Infinity;
  for (const s of sides) {
    s.badge = { ...s.badge, x: Math.round(s.badge.x), y: Math.round(s.badge.y) };
    const b = s.badge;
    const outside = b.x < extent.x0 || b.x + b.width > extent.x1 ? 1000 : 0;
    const cost = costAt(b) + runRects([s.port, s.out]).reduce((c, r) => c + costAt(r), 0) + outside + (s.facing ? 0 : 0.2);
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return { points: inward ? [best.out, best.port] : [best.port, best.out], badge: best.badge, cost: bestCost };
}

/** Routes the typed links; writes `folded` and `foldedBadge` on collapsed boxes. */
export function routeOrgLinks(options: RouteOrgLinksOptions): { links: OrgLinkLayout[]; hiddenLinks: OrgLink[] } {
  const { doc, nodes, byId, visible, edges, channels, lanes, metrics: M, measure, measureSize, locale } = options;
  const obstacles = new Map<string, Rect>();
  for (const n of nodes) obstacles.set(n.id, { x: n.x, y: n.y, width: n.width, height: n.height });
  const obstacleList = [...obstacles.values()];
  const linkLabels = ORG_LINK_LABELS[locale];
  // Labels are bold: Latin letters (English labels) run about 10 % wider than regular, kana and kanji hardly.
  const boldMeasure = scaleMeasure(measure, measureSize, M.textSize, true);
  const labelMeasure = (text: string) => boldMeasure(text) * (/[A-Za-z]/.test(text) ? 1.08 : 1);
  const badgeTextMeasure = scaleMeasure(measure, measureSize, M.badgeSize);
  const links: OrgLinkLayout[] = [];

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

  // Covering another label is worst, then a box, then a line or connector.
  // A label inside a lane band is on a background; across a band's edge it is not.
  const bandEdges = lanes.flatMap((l) => l.outline.flatMap((ring) => runRects([...ring, ring[0]!], 1)));
  const avoid = new OrgLabelObstacles();
  avoid.add(obstacleList.map((r) => ({ ...r, weight: 10 })));
  for (const e of edges) avoid.add(runRects(e.points).map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));
  avoid.add(bandEdges.map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));
  // Lane labels (on top of a band, or standing in its left strip) are kept clear like boxes.
  const laneLabelSize = scaleMeasure(measure, measureSize, M.badgeSize);
  const laneLabels: OrgLabelObstacle[] = lanes.map((l) =>
    l.label.vertical
      ? { x: l.label.strip.x, y: l.label.strip.y, width: M.laneHeader, height: Math.min(l.label.strip.height, [...l.lane.name].length * M.badgeSize + 12), weight: 10 }
      : { x: l.label.strip.x, y: l.label.strip.y, width: Math.ceil(laneLabelSize(l.lane.name)) + 16, height: M.laneHeader, weight: 10 },
  );
  avoid.add(laneLabels);
  // The rest of each band's title row too: a link label there reads as a second lane name.
  avoid.add(lanes.map((l) => ({ ...(l.label.vertical ? { x: l.x, y: l.y, width: M.laneHeader, height: l.height } : { x: l.x, y: l.y, width: l.width, height: M.laneHeader }), weight: 10 })));
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
  /** The short lines (see the order below). */
  const short = new Set<Group>();
  const routeOrder = (list: Group[]): Group[] => {
    const keyed = list.map((g) => ({ g, d: apart(g) })).map((k) => ({ ...k, short: k.d < drawnExtent / 4 }));
    for (const k of keyed) if (k.short) short.add(k.g);
    keyed.sort((p, q) => (p.short === q.short ? (p.short ? p.d - q.d : q.d - p.d) : p.short ? -1 : 1));
    return keyed.map(({ g }) => g);
  };
  // (The narrow column's gutter keeps the data's order: its tracks go shortest span nearest, assignOrgTracks.)
  const visibleFirst = [drawnGroups.filter((g) => !g.collapsedFrom && !g.collapsedTo), drawnGroups.filter((g) => g.collapsedFrom || g.collapsedTo)];
  const ordered = options.gutter !== undefined ? visibleFirst.flat() : visibleFirst.flatMap(routeOrder);
  // What a route pays besides its length (route-cost.ts): crossing a tree connector or a line
  // routed before it, running within a few px of one (or of a band's edge), a narrow gap.
  const baseLines: RouteLine[] = [];
  baseLines.push(...toTreeRouteLines(edges.map((e) => e.points), ORG_ROUTE_NEAR_TREE));
  lanes.forEach((l, i) => {
    // Along a band's drawn outline (an L or a step where its parts differ), not its bounding box.
    for (const ring of l.outline) baseLines.push(...toRouteLines([...ring, ring[0]!], 0, 6));
    // Along the lane's name a line reads as underlining it (less than beside a line: where two
    // lines must pass, one may take it); the rest of the title strip is the band's inside.
    const name = laneLabels[i]!;
    const h = M.laneHeader / 2;
    const along: Point[] = l.label.vertical ? [[name.x + h, name.y], [name.x + h, name.y + name.height]] : [[name.x, name.y + h], [name.x + name.width, name.y + h]];
    baseLines.push(...toRouteLines(along, 0, h).map((r) => ({ ...r, along: 0.5 })));
  });
  const gapIndex = new RectGrid<Rect>();
  gapIndex.addAll(findNarrowGaps(routeObstacles));
  const routed = new Map<Group, { points: Point[]; crossings: number }>();
  /** The narrow arrangement's gutter ends here (its room, arrange.ts): labels stay left of it. */
  let gutterEnd = Infinity;
  if (options.gutter !== undefined) {
    // Where each line meets its boxes: down the box's right edge from 16 px below its top, as far
    // apart as the box allows between 10 and 18 px (five arrowheads into AMED 10 px apart read as one).
    const endsAt = new Map<string, number>();
    const endCount = new Map<string, number>();
    for (const g of ordered) for (const id of [g.from, g.to]) endCount.set(id, (endCount.get(id) ?? 0) + 1);
    const endY = (id: string) => {
      const box = obstacles.get(id)!;
      const nth = endsAt.get(id) ?? 0;
      endsAt.set(id, nth + 1);
      const n = endCount.get(id)!;
      const step = n > 1 ? Math.max(10, Math.min(18, Math.floor((box.height - 22) / (n - 1)))) : 10;
      return Math.round(box.y + Math.min(box.height - 6, 16 + step * nth));
    };
    const ends = ordered.map((g) => [endY(g.from), endY(g.to)] as const);
    const tracks = assignOrgTracks(ends.map(([u, v]) => [Math.min(u, v), Math.max(u, v)] as const));
    // More tracks than the arrangement kept room for share that room (never wider than the container).
    const used = Math.max(0, ...tracks) + 1;
    const room = Math.min(ORG_NARROW_TRACKS, options.gutterTracks ?? ORG_NARROW_TRACKS);
    const step = used > room ? Math.max(4, Math.floor((ORG_GUTTER_TRACK * (room - 1)) / (used - 1))) : ORG_GUTTER_TRACK;
    gutterEnd = options.gutter + Math.max(orgGutterWidth(room, M.textLine), ORG_GUTTER_INSET + (used - 1) * step + Math.ceil(M.textLine / 2) + 1);
    ordered.forEach((g, i) => {
      const a = obstacles.get(g.from)!;
      const b = obstacles.get(g.to)!;
      const x = options.gutter! + ORG_GUTTER_INSET + tracks[i]! * step;
      const [ya, yb] = ends[i]!;
      const points: Point[] = [[a.x + a.width, ya], [x, ya], [x, yb], [b.x + b.width, yb]];
      routed.set(g, { points, crossings: 0 });
    });
  }
  const edgeRuns = edges.map((e) => toRuns(e.points));
  const rows = nodes.length ? { top: drawn.y, bottom: drawn.y + drawn.height } : undefined;
  type Routed = { points: Point[]; crossings: number };
  /**
   * Routes `sequence` in that order, each round `fixed` and the lines routed before it; with
   * what the routes pay together (length, bends and costs, each as it was routed). With
   * `given`, the sequence's routes are those, scored the same way.
   */
  const routeSequence = (sequence: readonly Group[], fixed: ReadonlyMap<Group, Routed> = new Map(), given?: ReadonlyMap<Group, Routed>): { routes: Map<Group, Routed>; score: number } => {
    const routes = new Map<Group, Routed>();
    const runs = new OrgRunIndex();
    for (const r of edgeRuns) runs.add(r);
    const lineIndex = new RectGrid<RouteLine>();
    lineIndex.addAll(baseLines);
    const pairCount = new Map<string, number>();
    const pairOf = (g: Group) => (g.from < g.to ? `${g.from}|${g.to}` : `${g.to}|${g.from}`);
    const add = (g: Group, r: Routed) => {
      const wide = type(g) === 'joint-secretariat';
      runs.add(toRuns(r.points, wide));
      lineIndex.addAll(toRouteLines(r.points, ROUTE_CROSS_LINK, wide ? ORG_ROUTE_NEAR_LINK + 3 : ORG_ROUTE_NEAR_LINK, [obstacles.get(g.from)!, obstacles.get(g.to)!]));
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
      const costs: RouteCosts = { lines: lineIndex, gaps: gapIndex, wide: wide ? 3 : 0, ends: [a, b], rows };
      const route = (offset: number) => routeOrthogonal({ a, b, obstacles: routeObstacles, obstacleIndex, channels, offset, costs });
      // (`given`: the routes already found, only scored.)
      let best = given?.get(g) ?? route(nth * 8);
      // A line running along another line or a connector reads as neither (two 所管 lines into
      // AMED sharing one arrowhead): move it to a free track while that costs no box crossing.
      if (!given && runs.countShared(best.points, wide) > 0) {
        let bestShared = runs.countShared(best.points, wide);
        for (const shift of [8, -8, 16, -16, 24, -24, 32, -32]) {
          const other = route(nth * 8 + shift);
          const shared = other.crossings <= best.crossings ? runs.countShared(other.points, wide) : Infinity;
          if (shared < bestShared) {
            best = other;
            bestShared = shared;
            if (!shared) {
              // The same shift the other way may be free too: the shorter of the two (a track
              // nearer the boxes, not one further out past the drawing's edge).
              const mirror = shift > 0 ? route(nth * 8 - shift) : undefined;
              if (mirror && mirror.crossings <= best.crossings && !runs.countShared(mirror.points, wide) && routeLength(mirror.points) < routeLength(best.points)) best = mirror;
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
    // Two lines crossing each other where the other order would not have them cross (the first
    // took the track the second needed: two 共同事務局 lines from one column into one box, the
    // outer one on the inner track): both again, the other way round, kept when they pay less.
    // Tried for a few pairs of a drawing of a few dozen lines (each try routes both twice).
    if (ordered.length <= ORG_RETRY_LINES) {
      // (Or where the later one crosses a bus, which the other order may let it go round.)
      const buses = baseLines.filter((l) => l.cross === ROUTE_CROSS_BUS).map((l): Point[] => (l.horizontal ? [[l.from, l.at], [l.to, l.at]] : [[l.at, l.from], [l.at, l.to]]));
      let tries = 0;
      for (let i = 0; i < ordered.length && tries < ORG_RETRY_PAIRS; i++) {
        for (let j = i + 1; j < ordered.length && tries < ORG_RETRY_PAIRS; j++) {
          const [gi, gj] = [ordered[i]!, ordered[j]!];
          const pj = routes.get(gj)!.points;
          const pi = routes.get(gi)!.points;
          if (!routesCross(pi, pj) && !(!short.has(gi) && overlaps(boundsOfPoints(pi), boundsOfPoints(pj)) && buses.some((bus) => routesCross(bus, pj)))) continue;
          tries++;
          const others = new Map([...routes].filter(([g]) => g !== gi && g !== gj));
          const before = routeSequence([gi, gj], others, routes);
          const after = routeSequence([gj, gi], others);
          const better = after.score < before.score - 1 ? after : before;
          for (const [g, r] of better.routes) routes.set(g, r);
        }
      }
    }
    for (const [g, r] of routes) routed.set(g, r);
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
  // A double line (共同事務局) is 6 px wide: a label keeps 4 px off its centre line; other lines 2 px.
  for (const g of ordered) avoid.add(runRects(routed.get(g)!.points, type(g) === 'joint-secretariat' ? 4 : 2).map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));

  const labelled: LabelledLine[] = [];
  // What stands on each box's kind badge line from the right (px): stub badges are set right to left.
  const badgeLine = new Map<string, number>();
  // The drawing's width so far: a stub's badge stays within it.
  const extent = nodes.length ? { x0: drawn.x, x1: drawn.x + drawn.width } : { x0: Infinity, x1: -Infinity };
  // Labels keep within the container's width (less the frame's margin), the boxes' extent at least.
  const edgePoints = edges.flatMap((e) => e.points);
  const leftmost = Math.min(extent.x0, edgePoints.length ? boundsOfPoints(edgePoints).x : Infinity, boundsOfRects(lanes).x + (lanes.length ? 0 : Infinity));
  const labelRight = Math.max(extent.x1, leftmost + (options.width ?? 0) - 2 * ORG_MARGIN);
  const labelOf = (g: Group): string => (g.links.length > 1 ? `${linkLabels[type(g)]}${ORG_UI[locale].times(g.links.length)}` : formatOrgLinkLabel(g.links[0]!, locale));
  for (const g of drawnGroups) {
    const link = g.links[0]!;
    const route = routed.get(g)!;
    const base = g.links.length > 1 ? linkLabels[type(g)] : formatOrgLinkLabel(link, locale);
    const label = labelOf(g);
    let labelBox: Rect | undefined;
    let labelAlso: string[] = [];
    const vertical = options.gutter !== undefined;
    // A line running alongside another line with the same label, next to that line's label (a
    // bundle of 共同事務局 lines from one office), is named by it: one label per bundle, not a
    // stack of the same word whose lines a reader cannot tell apart. Each link stays in its
    // bodies' accessible names (「共同事務局: …」), the legend and the table.
    // A directed line (所管) keeps its own label by its own arrow.
    const bundled = !vertical && !ORG_DIRECTED_LINKS.has(type(g)) && labelled.some((other) => other.label === label && namesAlongside(other, route.points));
    // A line too long to follow (down a page of thousands of px) is drawn as a badge at each end
    // naming the link and which way the other end lies. Not yet on the narrow column's tracks
    // (there the badges met the boxes' own badges in the browser's fonts: left for later).
    let stubs: { from: OrgLinkStub; to: OrgLinkStub } | undefined;
    if (!vertical && routeLength(route.points) > ORG_STUB_ROUTE) {
      const a = byId.get(g.from)!;
      const b = byId.get(g.to)!;
      const way = (p: Rect, q: Rect) => {
        const dx = q.x + q.width / 2 - (p.x + p.width / 2);
        const dy = q.y + q.height / 2 - (p.y + p.height / 2);
        return Math.abs(dy) >= Math.abs(dx) ? (dy > 0 ? '↓' : '↑') : dx > 0 ? '→' : '←';
      };
      const stubAt = (box: OrgNodeLayout, other: OrgNodeLayout, inward: boolean): OrgLinkStub & { clean: boolean } => {
        const w = way(box, other);
        const widthOf = (t: string) => Math.ceil(badgeTextMeasure(t) * (/[A-Za-z]/.test(t) ? 1.08 : 1.03)) + 14;
        const taken = badgeLine.get(box.id) ?? (box.foldedBadge ? box.foldedBadge.width + 8 : 0);
        // The other end's short name (「AMED」) too, where the box has room for it.
        const short = [other.body.name, ...other.body.aliases].map((n) => n.replace(/^[（(](.*)[）)]$/u, '$1')).sort((p, q) => p.length - q.length)[0]!;
        const room = box.width - 2 * M.padding - taken - box.badge.width - 8;
        const named = ORG_UI[locale].linkStub(base, w, short);
        const text = [...short].length <= 12 && widthOf(named) <= room ? named : ORG_UI[locale].linkStub(base, w);
        const title = ORG_UI[locale].linkStubTitle(label, other.body.name, w);
        const width = widthOf(text);
        const { cost, ...stub } = placeOrgLinkStub({ box, other, width, height: M.badgeHeight, padding: M.padding, taken, costAt: (r) => avoid.costAt(r), extent, inward });
        return { ...stub, text, title, clean: cost < 1 };
      };
      const from = stubAt(a, b, false);
      const to = stubAt(b, a, true);
      // Only where both badges stand clear (inside their boxes, or beside them over nothing);
      // else the line is drawn whole, as any other.
      if (from.clean && to.clean && !overlaps(from.badge, to.badge)) {
        for (const [box, s] of [[a, from], [b, to]] as const) {
          if (!s.points.length) badgeLine.set(box.id, (badgeLine.get(box.id) ?? (box.foldedBadge ? box.foldedBadge.width + 8 : 0)) + s.badge.width + 6);
          avoid.add([{ ...s.badge, weight: 100 }, ...runRects(s.points).map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT }))]);
        }
        stubs = { from: { points: from.points, badge: from.badge, text: from.text, title: from.title }, to: { points: to.points, badge: to.badge, text: to.text, title: to.title } };
      }
    }
    if (!g.collapsedFrom && !g.collapsedTo && !bundled && !stubs) {
      // The line's own pieces are no obstacle to its label, nor those of the undirected lines of
      // the same name running beside it (its bundle, which this label names too: see `bundled`).
      const mates = ORG_DIRECTED_LINKS.has(type(g)) || vertical ? [] : drawnGroups.filter((o) => o !== g && labelOf(o) === label && !o.collapsedFrom && !o.collapsedTo && runsAlongside(routed.get(o)!.points, route.points));
      const own = new Set([route, ...mates.map((o) => routed.get(o)!)].flatMap((r) => runRects(r.points, type(g) === 'joint-secretariat' ? 4 : 2).map(rectKey)));
      labelAlso = mates.map((o) => `link-${o.index}`);
      // A label past the boxes' left or right edge widens the drawing (beyond the container's width).
      const costAt = (box: Rect) => avoid.costAt(box, own) + (box.x < extent.x0 || box.x + box.width > labelRight ? 50 : 0);
      const long = Math.ceil(labelMeasure(label)) + 8;
      // In the gutter the label stands on its own track (the middle piece of the route).
      // Beside its line, a label touches it: its edge 2 px off the line's stroke (5 px off a
      // double line's centre, 3 px off a plain line's).
      const clear = type(g) === 'joint-secretariat' ? ORG_LABEL_TOUCH + 2 : ORG_LABEL_TOUCH;
      // In the gutter, never past the room the arrangement kept for it (a label right of the last track would widen the drawing).
      const inGutter = (box: Rect) => costAt(box) + (box.x + box.width > gutterEnd ? 1000 : 0);
      labelBox = vertical ? placeOrgLabelBy(route.points.slice(1, 3), M.textLine, long, inGutter, clear) : placeOrgLabelBy(route.points, long, M.textLine + 2, costAt, clear);
      // Other labels keep {@link ORG_LABEL_GAP} px off this one where they can: two labels side by side read as one.
      const halo = { x: labelBox.x - ORG_LABEL_GAP, y: labelBox.y - ORG_LABEL_GAP, width: labelBox.width + 2 * ORG_LABEL_GAP, height: labelBox.height + 2 * ORG_LABEL_GAP };
      avoid.add([{ ...labelBox, weight: 100 }, { ...halo, weight: 3 }]);
      labelled.push({ label, box: labelBox, runs: toRuns(route.points) });
    }
    links.push({
      id: `link-${g.index}`,
      link,
      links: g.links,
      type: type(g),
      label,
      from: g.from,
      to: g.to,
      collapsedFrom: g.collapsedFrom,
      collapsedTo: g.collapsedTo,
      directed: ORG_DIRECTED_LINKS.has(type(g)),
      points: route.points,
      crossings: route.crossings,
      labelBox,
      ...(vertical && labelBox ? { labelVertical: true } : {}),
      ...(labelBox && labelAlso.length ? { labelAlso } : {}),
      ...(stubs ? { stubs } : {}),
    });
  }
  return { links, hiddenLinks };
}
