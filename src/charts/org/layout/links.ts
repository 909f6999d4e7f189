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
import { RectGrid } from '../../../kit/spatial-index.js';
import { formatOrgLinkLabel, ORG_LINK_LABELS, ORG_UI } from '../words.js';
import { ORG_GUTTER_INSET, ORG_GUTTER_TRACK, ORG_NARROW_TRACKS, orgGutterWidth, scaleMeasure } from './box.js';
import type { OrgMetrics } from './metrics.js';
import { spreadOrgPorts } from './ports.js';
import { findLabelPoint, routeOrthogonal, type Point, type Rect } from './route.js';
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
    // Up to 12 steps (144 px) off: past a staircase of lines into one box to the free side.
    const FAR = 12;
    for (const s of spots) {
      for (let dx = -FAR; dx <= FAR; dx++) {
        for (let dy = -FAR; dy <= FAR; dy++) {
          if (dx === 0 && dy === 0) continue;
          const box = boxAt({ x: s.x + dx * step, y: s.y + dy * step });
          const c = costAt(box) + 1 + Math.hypot(dx, dy) / 4;
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
}

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

  // Tracks already taken: tree connectors, then each routed line.
  const runs = new OrgRunIndex();
  for (const e of edges) runs.add(toRuns(e.points));
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
  const routeObstacles = [...obstacleList, ...laneLabels];
  // The same, by place: a route is checked against the boxes and labels near it only.
  const obstacleIndex = new RectGrid<Rect>();
  obstacleIndex.addAll(routeObstacles);
  const pairCount = new Map<string, number>();
  const type = (g: Group): LinkType => g.links[0]!.type;
  // Lines between visible bodies first (they carry labels), then lines into collapsed subtrees.
  const ordered = [...drawnGroups.filter((g) => !g.collapsedFrom && !g.collapsedTo), ...drawnGroups.filter((g) => g.collapsedFrom || g.collapsedTo)];
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
  for (const g of ordered) {
    if (routed.has(g)) continue;
    const a = obstacles.get(g.from)!;
    const b = obstacles.get(g.to)!;
    const pair = g.from < g.to ? `${g.from}|${g.to}` : `${g.to}|${g.from}`;
    const nth = pairCount.get(pair) ?? 0;
    pairCount.set(pair, nth + 1);
    // A line keeps off lane labels as it keeps off boxes (a label crossed by a line reads as neither).
    const route = (offset: number) => routeOrthogonal({ a, b, obstacles: routeObstacles, obstacleIndex, channels, offset });
    let best = route(nth * 8);
    // A line running along another line or a connector reads as neither (two 所管 lines into
    // AMED sharing one arrowhead): move it to a free track while that costs no box crossing.
    const wide = type(g) === 'joint-secretariat';
    if (runs.countShared(best.points, wide) > 0) {
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
    runs.add(toRuns(best.points, wide));
    routed.set(g, best);
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
  const extent = { x0: Math.min(...nodes.map((n) => n.x)), x1: Math.max(...nodes.map((n) => n.x + n.width)) };
  for (const g of drawnGroups) {
    const link = g.links[0]!;
    const route = routed.get(g)!;
    const base = g.links.length > 1 ? linkLabels[type(g)] : formatOrgLinkLabel(link, locale);
    const label = g.links.length > 1 ? `${base}${ORG_UI[locale].times(g.links.length)}` : base;
    let labelBox: Rect | undefined;
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
      // The line's own pieces are no obstacle to its label.
      const own = new Set(runRects(route.points, type(g) === 'joint-secretariat' ? 4 : 2).map(rectKey));
      const costAt = (box: Rect) => avoid.costAt(box, own);
      const long = Math.ceil(labelMeasure(label)) + 8;
      // In the gutter the label stands on its own track (the middle piece of the route).
      // Beside its line, a label's edge keeps 4 px off the line (7 px off a double line's centre).
      const clear = type(g) === 'joint-secretariat' ? 7 : 4;
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
      ...(stubs ? { stubs } : {}),
    });
  }
  return { links, hiddenLinks };
}
