/**
 * Phase 7b of the org chart layout: the typed links' labels, placed once the lines are routed
 * (links.ts). Each label goes where it covers no box, no other label, no tree connector and no
 * other line; a line too long to follow is drawn as a badge at each end instead. Each line
 * carries its own label (upright along it where a level one has no room); only where none
 * stands clear does one label name a bundle of lines of the same name.
 */
import type { LinkType, Locale } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { boundsOfPoints, boundsOfRects, RectGrid } from '../../../kit/spatial-index.js';
import { LABEL_OTHER_LINE_GAP } from '../../../kit/label-gap.js';
import { formatOrgLinkLabel, ORG_LINK_LABELS, ORG_LINK_SHORT_LABELS, ORG_UI } from '../words.js';
import { measureOrgKindBadge, scaleMeasure } from './box.js';
import { measureOrgFoldedBadge } from './folded.js';
import type { OrgMetrics } from './metrics.js';
import { ORG_MARGIN } from './frame.js';
import { findLabelPoint, type Point, type Rect } from './route.js';
import type { OrgLinkGroup } from './folded.js';
import { ORG_PAIR_MARK_AT_END, ORG_PAIR_RING_GAP, ORG_PAIR_RINGS_GAP, orgPairMark, orgPairRing } from './pair-mark.js';
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

/** How far (px) a line must show past a label lying across it, on each side, for the label to read as on it. */
const ACROSS_SHOW = 10;

/** Whether the piece p–q, where it lies across `box` (a level label over an upright piece), shows past it by {@link ACROSS_SHOW} px on both sides. */
function showsPast(p: Point, q: Point, box: Rect): boolean {
  const level = p[1] === q[1];
  if (level ? box.height <= box.width : box.width <= box.height) return true;
  const [a, b] = level ? [Math.min(p[0], q[0]), Math.max(p[0], q[0])] : [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  const [lo, hi] = level ? [box.x, box.x + box.width] : [box.y, box.y + box.height];
  return lo - a >= ACROSS_SHOW && b - hi >= ACROSS_SHOW;
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
  }).box;
}

/** What a label with no piece of its line to lie along costs (more than covering a box). */
const ORG_LABEL_NOWHERE = 50;

/** How far (px) a label lying along its line may reach past the pieces it lies along (over a turn, onto the next piece's corner). */
const OVERSHOOT_OK = 8;

/**
 * How far (px) a label lying along its line (level on a level piece, upright on an upright one,
 * within `reach` of it) reaches past the pieces it lies along: past a turn it stands by nothing
 * (R11-4-3: an upright 「Joint secretariat」 118 px above the top of its line), or it hides the turns
 * of a short jog so that the line's two halves seem unconnected (R11-4-2). 0 where the label lies
 * across a piece that shows past it on both sides (it reads as that piece's), or along none.
 */
export function overshootOf(box: Rect, points: readonly Point[], reach: number): number {
  if (box.width === box.height) return 0;
  const levelLabel = box.width > box.height;
  const [lo, hi] = levelLabel ? [box.x, box.x + box.width] : [box.y, box.y + box.height];
  const [plo, phi] = levelLabel ? [box.y, box.y + box.height] : [box.x, box.x + box.width];
  const spans: Array<[number, number]> = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (p[0] === q[0] && p[1] === q[1]) continue;
    const level = p[1] === q[1];
    const [u, v] = level ? [Math.min(p[0], q[0]), Math.max(p[0], q[0])] : [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
    const at = level ? p[1] : p[0];
    if (level === levelLabel) {
      // A piece it lies along, or one it only touches by its end (a label wholly past the turn).
      if (at < plo - reach || at > phi + reach || v < lo - reach || u > hi + reach) continue;
      spans.push([Math.max(lo, u), Math.min(hi, v)]);
    } else if (at > lo && at < hi && v > plo && u < phi && showsPast(p, q, box)) return 0;
  }
  if (!spans.length) return 0;
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b > Math.max(a, end)) covered += b - Math.max(a, end);
    end = Math.max(end, b);
  }
  return hi - lo - covered;
}

/** What a label reaching {@link overshootOf} px past the pieces it lies along costs: more than a spot beside its line, so that a shorter form or an upright label on a longer piece is tried first. */
const overshootCost = (over: number) => (over > OVERSHOOT_OK ? 1 + over / 16 : 0);

/** Where a label goes: its box, what it costs there as its caller weighs it (`cost`: what it covers or reaches past, and standing off its line), and how the spot ranked (`rank`: also a spot beside its line or shifted along it, touching it, costs more; under 1 it stands on or beside its line). */
interface LabelSpot {
  box: Rect;
  cost: number;
  rank: number;
}

/**
 * {@link placeOrgLabel} with the cost of covering a spot given by `costAt` (the weights of what the
 * box covers); returns the box and what it costs there (with the room it stands off its line and
 * how far it reaches past its pieces). An upright label (`height` > `width`) lies along upright
 * pieces only: across a level line it names nothing (R11-9-1). `overshoot: false` (a label on its
 * gutter track) leaves out what reaching past the piece costs.
 */
function placeOrgLabelBy(points: readonly Point[], width: number, height: number, costAt: (box: Rect) => number, clear = 4, along?: number, overshoot = true): LabelSpot {
  const uprightLabel = height > width;
  const total = overshoot ? (box: Rect) => costAt(box) + overshootCost(overshootOf(box, points, clear + 1)) : costAt;
  const spots: Array<{ x: number; y: number; len: number }> = [];
  /** Spots just beside the line (above or below a level piece, left or right of an upright one), tried when none on it is free. */
  const beside: Array<{ x: number; y: number; near: number }> = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const len = Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]);
    const level = p[1] === q[1];
    // A label lying across the piece (a level label on an upright piece) reads as that line's only
    // where the line shows on both sides of it: not by a turn, where it seems to float beside the next piece.
    const across = level ? height > width : width > height;
    // Upright letters (or a word on its side) across a level line read as crossing it, not as its name.
    if (across && uprightLabel) continue;
    const half = (level ? width : height) / 2 + ACROSS_SHOW;
    for (const t of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9, 0.05, 0.95, 0.27, 0.42, 0.58, 0.73]) {
      const x = p[0] + (q[0] - p[0]) * t;
      const y = p[1] + (q[1] - p[1]) * t;
      if (!across || Math.min(t, 1 - t) * len >= half) spots.push({ x, y, len: len * (t === 0.5 ? 1 : 0.8) - Math.abs(t - 0.5) });
      // Off centre, the line still under the label 6 px inside its edge (clear of a band's edge or a line just beside).
      if (!across) {
        const off = (level ? height : width) / 2 - 6;
        if (off >= 2) for (const o of [-off, off]) spots.push({ x: level ? x : x + o, y: level ? y + o : y, len: len * 0.6 - Math.abs(t - 0.5) });
      }
      // Beside the line only where the piece is longer than the label (it then reads as the line's).
      // And beside its middle, not by a turn (there it reads as the next piece's label): along an
      // upright piece the line shows ACROSS_SHOW px past it; along a level piece it stays within it.
      if (len >= (level ? width : height) + 8 && Math.min(t, 1 - t) * len >= (level ? width / 2 : height / 2 + ACROSS_SHOW)) {
        const near = along === undefined ? 0 : Math.abs(t - along);
        if (level) beside.push({ x, y: y - height / 2 - clear + 1, near }, { x, y: y + height / 2 + clear - 1, near });
        else beside.push({ x: x + width / 2 + clear, y, near }, { x: x - width / 2 - clear, y, near });
      }
    }
  }
  spots.sort((a, b) => b.len - a.len);
  const boxAt = (s: { x: number; y: number }): Rect => ({ x: Math.round(s.x - width / 2), y: Math.round(s.y - height / 2), width, height });
  let best: Rect | undefined;
  let bestCost = Infinity;
  // What the chosen spot costs as the caller weighs it: what it covers (and reaches past), and
  // standing off its line where it does not touch it; a spot beside or near its line, touching
  // it, is ranked below one on it but reported as what it covers.
  let reported = Infinity;
  for (const s of spots) {
    const box = boxAt(s);
    const c = total(box);
    if (c === 0) return { box, cost: 0, rank: 0 };
    if (c < bestCost) {
      bestCost = c;
      reported = c;
      best = box;
    }
  }
  // Given `along` (a share of the piece from its start), the spots beside the line nearest it first.
  if (along !== undefined) beside.sort((a, b) => a.near - b.near);
  for (const s of beside) {
    const box = boxAt(s);
    const c = total(box) + 0.5;
    if (c < bestCost) {
      bestCost = c;
      reported = c - 0.5;
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
    const ownAt = (box: Rect) => own.some((r, i) => overlaps(r, box) && !(uprightLabel && points[i]![1] === points[i + 1]![1]) && showsPast(points[i]!, points[i + 1]!, box));
    for (const s of spots) {
      for (let dx = -FAR; dx <= FAR; dx++) {
        for (let dy = -FAR; dy <= FAR; dy++) {
          if (dx === 0 && dy === 0) continue;
          const box = boxAt({ x: s.x + dx * step, y: s.y + dy * step });
          // Off the line only where every spot touching it covers a box or a label, near it and
          // over nothing at all.
          const touching = ownAt(box);
          if (!touching && (bestCost < 10 || Math.abs(dx) > 3 || Math.abs(dy) > 3)) continue;
          const covered = total(box);
          if (!touching && covered > 0) continue;
          const c = covered + 1 + Math.hypot(dx, dy) / 4;
          if (c < bestCost) {
            bestCost = c;
            reported = touching ? covered : c;
            best = box;
          }
        }
      }
    }
  }
  if (best) return { box: best, cost: reported, rank: bestCost };
  // No piece to lie along (an upright label on a level line): a last resort only.
  const box = boxAt(findLabelPoint(points));
  const cost = total(box) + (spots.length ? 0 : ORG_LABEL_NOWHERE);
  return { box, cost, rank: cost };
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
export interface Run {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
  /** A piece of a double line (共同事務局, 6 px wide): others keep 10 px off its centre, not 4. */
  wide?: boolean;
}

export function toRuns(points: readonly Point[], wide = false): Run[] {
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

/**
 * What a label covering a line that is not its own (another link, a tree connector, a band's
 * edge) costs, against 10 for a box and 100 for another label: it would seem to name that line.
 */
const ORG_LABEL_LINE_WEIGHT = 5;

/** How far a label's edge may stand from its own (plain) line's centre, px: beside it, it still touches it. */
export const ORG_LABEL_TOUCH = 3;

/** Half the stroke of a drawn typed line (styles.ts: \`.link path\` 2 px, \`.double-outer\` 6 px; thinner into collapsed subtrees). */
const ORG_LINK_HALF_STROKE = { plain: 1, double: 3 } as const;

/** Room (px) between a link label's chip and its letters at each end (render.ts centres level letters; upright ones start this far in). */
const ORG_LABEL_CHIP_PAD = 4;

/** Room kept between two link labels where there is any (px): closer, they read as one label. */
export const ORG_LABEL_GAP = 12;

/** What standing within {@link ORG_LABEL_GAP} of another label costs. */
const ORG_LABEL_GAP_WEIGHT = 3;

/** Two level labels in one row stand at least this far apart (px) where they can: closer, they read as one phrase. */
const ORG_ROW_APART = 24;

/** Lines closer than this (px) run together as a bundle. */
const BUNDLE_SPACING = 24;

/** Whether two routes run side by side (`spacing` apart at most, {@link BUNDLE_SPACING} unless given) along more than 40 px. */
function runsAlongside(p: readonly Point[], q: readonly Point[], spacing = BUNDLE_SPACING): boolean {
  const rq = toRuns(q);
  return toRuns(p).some((r) => rq.some((d) => d.horizontal === r.horizontal && Math.abs(d.at - r.at) <= spacing && Math.min(d.to, r.to) - Math.max(d.from, r.from) > 40));
}

type Group = OrgLinkGroup;

/**
 * The stretch of `points`' longest piece along which every one of `others` runs beside it
 * (a parallel piece at most {@link BUNDLE_SPACING} × their count away): its axis and extent.
 */
function sharedStretch(points: readonly Point[], others: ReadonlyArray<readonly Point[]>): { horizontal: boolean; from: number; to: number } | undefined {
  const runs = toRuns(points);
  if (!runs.length) return undefined;
  const r = runs.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  let from = r.from;
  let to = r.to;
  for (const q of others) {
    const near = toRuns(q).filter((d) => d.horizontal === r.horizontal && Math.abs(d.at - r.at) <= BUNDLE_SPACING * others.length && Math.min(d.to, r.to) > Math.max(d.from, r.from));
    if (!near.length) continue;
    from = Math.max(from, Math.min(...near.map((d) => d.from)));
    to = Math.min(to, Math.max(...near.map((d) => d.to)));
  }
  return to > from ? { horizontal: r.horizontal, from, to } : undefined;
}

/** A line into a collapsed subtree crossing this many hung columns' lines is drawn as badges (see `tooLong` in {@link labelOrgLinks}). */
const ORG_STUB_COLUMNS = 2;
/** An upright tree connector this long (px) or longer is a hung column's line. */
const ORG_COLUMN_LINE = 400;

/** How far a stub leaves its box before its badge (px). */
const STUB_LENGTH = 20;

export { orgPairMark } from './pair-mark.js';

export const routeLength = (points: readonly Point[]) => points.slice(1).reduce((s, p, i) => s + Math.abs(p[0] - points[i]![0]) + Math.abs(p[1] - points[i]![1]), 0);

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

/** Options of {@link labelOrgLinks}. */
export interface LabelOrgLinksOptions {
  nodes: readonly OrgNodeLayout[];
  byId: ReadonlyMap<string, OrgNodeLayout>;
  edges: readonly OrgEdgeLayout[];
  lanes: readonly OrgLaneLayout[];
  /** The lane labels' rectangles (links.ts): kept clear like boxes. */
  laneLabels: readonly OrgLabelObstacle[];
  metrics: OrgMetrics;
  measure: MeasureText;
  measureSize: number;
  locale: Locale;
  /** The lines drawn, in the data's order (folded.ts), and their routes (links.ts). */
  drawnGroups: readonly Group[];
  routed: ReadonlyMap<Group, { points: Point[]; crossings: number }>;
  /** The narrow arrangement's gutter: labels stand vertically on their track, left of `gutterEnd`. */
  vertical: boolean;
  gutterEnd: number;
  /** The container's width: labels stay within it (and within the boxes' extent where it is narrower). */
  width?: number;
  /** The one-column arrangement's lines drawn as badges (gutter.ts): their badges, and no label. */
  stubbed?: ReadonlyMap<Group, { from: OrgLinkStub; to: OrgLinkStub }>;
}

/** Places the labels (or end badges) of the routed lines; returns the links as drawn. */
export function labelOrgLinks(options: LabelOrgLinksOptions): OrgLinkLayout[] {
  const { nodes, byId, edges, lanes, laneLabels, metrics: M, measure, measureSize, locale, drawnGroups, routed, gutterEnd } = options;
  const linkLabels = ORG_LINK_LABELS[locale];
  // Labels are bold: Latin letters (English labels) run about 10 % wider than regular, kana and kanji hardly.
  const boldMeasure = scaleMeasure(measure, measureSize, M.textSize, true);
  const labelMeasure = (text: string) => boldMeasure(text) * (/[A-Za-z]/.test(text) ? 1.08 : 1);
  const badgeTextMeasure = scaleMeasure(measure, measureSize, M.badgeSize);
  const type = (g: Group): LinkType => g.links[0]!.type;
  const links: OrgLinkLayout[] = [];
  const drawn = boundsOfRects(nodes);

  // Covering another label is worst, then a box, then a line or connector.
  // A label inside a lane band is on a background; across a band's edge it is not.
  const bandEdges = lanes.flatMap((l) => l.outline.flatMap((ring) => runRects([...ring, ring[0]!], 1)));
  const avoid = new OrgLabelObstacles();
  const nodeGrid = new RectGrid<Rect>();
  nodeGrid.addAll(nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height })));
  avoid.add(nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height })).map((r) => ({ ...r, weight: 10 })));
  for (const e of edges) avoid.add(runRects(e.points).map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));
  avoid.add(bandEdges.map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));
  avoid.add(laneLabels);
  // The rest of each band's title row too: a link label there reads as a second lane name.
  avoid.add(lanes.map((l) => ({ ...(l.label.vertical ? { x: l.x, y: l.y, width: M.laneHeader, height: l.height } : { x: l.x, y: l.y, width: l.width, height: M.laneHeader }), weight: 10 })));
  // A label keeps LABEL_OTHER_LINE_GAP px (kit/label-gap.ts, the lint's figure) off the stroke of
  // every line it does not name: a double line (共同事務局) is 6 px wide, others 2 px.
  // (A line drawn as badges is not drawn: its badges stand inside their boxes.)
  const narrowStubs = options.stubbed ?? new Map<Group, { from: OrgLinkStub; to: OrgLinkStub }>();
  // The letters fill the chip across (whatever the font's ascent and descent) and stand
  // ORG_LABEL_CHIP_PAD px inside it at both ends (its length is the measured text's and twice
  // that): so the chip, less that at its ends, keeps off those lines (`lineAvoid`).
  const keepOff = (g: Group) => ORG_LINK_HALF_STROKE[type(g) === 'joint-secretariat' ? 'double' : 'plain'] + LABEL_OTHER_LINE_GAP;
  const lineAvoid = new OrgLabelObstacles();
  for (const g of drawnGroups) if (!narrowStubs.has(g)) lineAvoid.add(runRects(routed.get(g)!.points, keepOff(g)).map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));
  const lettersOf = (box: Rect): Rect =>
    box.width >= box.height
      ? { ...box, x: box.x + ORG_LABEL_CHIP_PAD, width: box.width - 2 * ORG_LABEL_CHIP_PAD }
      : { ...box, y: box.y + ORG_LABEL_CHIP_PAD, height: box.height - 2 * ORG_LABEL_CHIP_PAD };
  /** What a label's (or badge's) chip covers: boxes, labels, connectors, band edges, and the lines it does not name (by its letters). */
  const coverAt = (box: Rect, own?: ReadonlySet<string>) => avoid.costAt(box, own) + lineAvoid.costAt(lettersOf(box), own);

  // What stands on each box's kind badge line from the right (px): stub badges are set right to left.
  const badgeLine = new Map<string, number>();
  // The drawing's width so far: a stub's badge stays within it.
  const extent = nodes.length ? { x0: drawn.x, x1: drawn.x + drawn.width } : { x0: Infinity, x1: -Infinity };
  // Labels keep within the container's width (less the frame's margin), the boxes' extent at least.
  const edgePoints = edges.flatMap((e) => e.points);
  const leftmost = Math.min(extent.x0, edgePoints.length ? boundsOfPoints(edgePoints).x : Infinity, boundsOfRects(lanes).x + (lanes.length ? 0 : Infinity));
  const labelRight = Math.max(extent.x1, leftmost + (options.width ?? 0) - 2 * ORG_MARGIN);
  const labelOf = (g: Group): string => (g.links.length > 1 ? `${linkLabels[type(g)]}${ORG_UI[locale].times(g.links.length)}` : formatOrgLinkLabel(g.links[0]!, locale));
  const vertical = options.vertical;
  const isDirected = (g: Group) => ORG_DIRECTED_LINKS.has(type(g));
  const ownPad = (g: Group) => (type(g) === 'joint-secretariat' ? 4 : 2);
  /** The shorter form of a line's label (words.ts), where its label is its type's name. */
  const shortOf = (g: Group): string | undefined => {
    const short = ORG_LINK_SHORT_LABELS[locale][type(g)];
    if (!short) return undefined;
    if (g.links.length > 1) return `${short}${ORG_UI[locale].times(g.links.length)}`;
    return formatOrgLinkLabel(g.links[0]!, locale) === linkLabels[type(g)] ? short : undefined;
  };
  /**
   * Where `text` goes on (or beside) the route of `g`, and what it covers there (0: nothing). The
   * pieces of `free` lines are no obstacle (its bundle's); those of `mates` cost 1 each (a bundle's
   * label stands beside its lines rather than across them); `extra` are labels planned but not yet added.
   */
  const placeOn = (g: Group, text: string, free: readonly Group[], mates: readonly Group[] = [], extra: readonly OrgLabelObstacle[] = [], upright = false, along?: number, ignore: readonly Rect[] = []): LabelSpot => {
    const route = routed.get(g)!;
    // Of the other lines, only the pieces running beside this one (across one of their pieces
    // elsewhere, the label would name that piece alone).
    const beside = (o: Group, pad: number): Rect[] => {
      const p = routed.get(o)!.points;
      return p.slice(1).flatMap((q, k) => (runsAlongside([p[k]!, q], route.points) ? runRects([p[k]!, q], pad) : []));
    };
    // Its own pieces and those of the lines it names are no obstacle (the rectangles `avoid` holds for them).
    // (`ignore`: what its label covered where it stood before, moved: see `apartInRow`.)
    const own = new Set([...runRects(route.points, keepOff(g)), ...[...free, ...mates].flatMap((o) => beside(o, keepOff(o))), ...ignore].map(rectKey));
    const mateRects = mates.flatMap((o) => beside(o, ownPad(o)));
    const together = mates.length ? sharedStretch(route.points, mates.map((o) => routed.get(o)!.points)) : undefined;
    // A label past the boxes' left or right edge widens the drawing (beyond the container's width).
    const costAt = (box: Rect) => {
      let cost = coverAt(box, own) + (box.x < extent.x0 || box.x + box.width > labelRight ? 50 : 0);
      for (const r of extra) if (overlaps(box, r)) cost += r.weight ?? 1;
      for (const r of mateRects) if (overlaps(box, r)) cost += 1;
      // A bundle's label stands by the stretch where its lines run together.
      if (together) {
        const along = together.horizontal ? box.x + box.width / 2 : box.y + box.height / 2;
        if (along < together.from || along > together.to) cost += 2;
      }
      return cost;
    };
    const long = Math.ceil(labelMeasure(text)) + 2 * ORG_LABEL_CHIP_PAD;
    // In the gutter the label stands on its own track (the middle piece of the route).
    // Beside its line, a label touches it: its edge 1–2 px off the line's stroke (4 px off a
    // double line's centre, 3 px off a plain line's).
    const clear = type(g) === 'joint-secretariat' ? ORG_LABEL_TOUCH + 1 : ORG_LABEL_TOUCH;
    // In the gutter, never past the room the arrangement kept for it (a label right of the last track would widen the drawing).
    const inGutter = (box: Rect) => costAt(box) + (box.x + box.width > gutterEnd ? 1000 : 0);
    // Upright, its letters start 4 px into the chip (render.ts): it keeps 4 px off the boxes (else its first letter meets the box its line enters).
    const uprightCost = (box: Rect) => {
      let near = false;
      nodeGrid.forEachIntersecting({ x: box.x, y: box.y - 4, width: box.width, height: box.height + 8 }, () => (near = true));
      return costAt(box) + (near ? 10 : 0);
    };
    // The cost as placed: what the label covers, and what standing off its line or past its pieces costs.
    return vertical
      ? placeOrgLabelBy(route.points.slice(1, 3), M.textLine, long, inGutter, clear, undefined, false)
      : upright
        ? placeOrgLabelBy(route.points, M.textLine + 2, long, uprightCost, clear, along)
        : placeOrgLabelBy(route.points, long, M.textLine + 2, costAt, clear, along);
  };
  type Placed = LabelSpot & { text: string; upright?: boolean };
  /**
   * A line's label on its line: its whole label level where it stands clear on or beside its line;
   * else upright along an upright piece (lines 18–22 px apart into one box leave no room across
   * them for a level label on each: one across both names neither; a jog too short for the word
   * would be hidden under it, R11-4-2); else its shorter form (words.ts: 「Coop.」 on a line shorter
   * than 「Cooperation」 between two boxes), level or upright; else where it covers least.
   */
  const placeLabel = (g: Group, free: readonly Group[], extra: readonly OrgLabelObstacle[] = [], along?: number): Placed => {
    const label = labelOf(g);
    const whole: Placed = { ...placeOn(g, label, free, [], extra, false, along), text: label };
    if (whole.rank < 1) return whole;
    const short = shortOf(g);
    if (vertical) {
      const shorter = short ? { ...placeOn(g, short, free, [], extra, false, along), text: short } : undefined;
      return shorter && shorter.cost < whole.cost ? shorter : whole;
    }
    // Where the whole word stands on or beside its line nowhere level: upright along an upright
    // piece, then the shorter form level, then upright; the first that stands on or beside its
    // line wins (a level label shifted along or off its line, or reaching past its piece, ranks lower).
    const tries: Placed[] = [whole];
    for (const [text, upright] of [[label, true], ...(short ? [[short, false], [short, true]] : [])] as Array<[string, boolean]>) {
      const placed: Placed = { ...placeOn(g, text, free, [], extra, upright, along), text, ...(upright ? { upright } : {}) };
      if (placed.rank < 1) return placed;
      tries.push(placed);
    }
    return tries.reduce((a, b) => (b.rank < a.rank ? b : a));
  };
  /** The label's box and the room other labels keep off it ({@link ORG_LABEL_GAP}: two labels side by side read as one). */
  const taken = (box: Rect): OrgLabelObstacle[] => [
    { ...box, weight: 100 },
    { x: box.x - ORG_LABEL_GAP, y: box.y - ORG_LABEL_GAP, width: box.width + 2 * ORG_LABEL_GAP, height: box.height + 2 * ORG_LABEL_GAP, weight: ORG_LABEL_GAP_WEIGHT },
  ];
  /** Labels decided ahead of their line's turn (a directed bundle's, see {@link planLabels}). */
  const planned = new Map<Group, { box?: Rect; text: string; also: string[]; upright?: boolean }>();
  const commit = (g: Group, box: Rect, text: string, also: string[], upright?: boolean) => {
    avoid.add(taken(box));
    const plan = { box, text, also, ...(upright ? { upright } : {}) };
    planned.set(g, plan);
    return plan;
  };
  /**
   * The directed lines of the same name that meet `g`'s box at the same end and run beside it,
   * one after another (four 所管 lines from four ministries up into AMED, 22 px apart): with `g`,
   * in the data's order.
   */
  const directedBundle = (g: Group, spacing = BUNDLE_SPACING): Group[] => {
    const same = (o: Group) => isDirected(o) && !planned.has(o) && labelOf(o) === labelOf(g) && !o.collapsedFrom && !o.collapsedTo && routeLength(routed.get(o)!.points) <= ORG_STUB_ROUTE && (o.to === g.to || o.from === g.from);
    const members = new Set<Group>([g]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const o of drawnGroups) {
        if (members.has(o) || !same(o)) continue;
        if ([...members].some((m) => (m.to === o.to || m.from === o.from) && runsAlongside(routed.get(m)!.points, routed.get(o)!.points, spacing))) {
          members.add(o);
          grew = true;
        }
      }
    }
    return drawnGroups.filter((o) => members.has(o));
  };
  /**
   * Places the label of `g` (and of its directed bundle, when it has one): each line's own label
   * where every one of them stands clear; else one label for the bundle, beside the line where it
   * covers least, naming the others too (`labelAlso`): lines 22 px apart leave no room for a
   * 「Jurisdiction」 on each that covers no neighbour.
   */
  const planLabels = (g: Group): { box?: Rect; text: string; also: string[]; upright?: boolean } => {
    // Each line its own label where it stands clear (level or upright, whole or short). Else, for
    // an undirected line, one label for it and the lines of the same name running beside it (its
    // bundle, whose pieces are then no obstacle): it names them too.
    if (vertical || !isDirected(g)) {
      const own = placeLabel(g, []);
      if (vertical || own.cost < 1) return commit(g, own.box, own.text, [], own.upright);
      const mates = drawnGroups.filter((o) => o !== g && !planned.has(o) && labelOf(o) === labelOf(g) && !o.collapsedFrom && !o.collapsedTo && runsAlongside(routed.get(o)!.points, routed.get(g)!.points));
      if (!mates.length) return commit(g, own.box, own.text, [], own.upright);
      const { box, text, upright } = placeLabel(g, mates);
      for (const m of mates) planned.set(m, { text: labelOf(m), also: [] });
      return commit(g, box, text, mates.map((o) => `link-${o.index}`), upright);
    }
    // Lines of its name nearer than the label is long with the room kept round it (a label on one
    // reaches the next, or stands in the room kept off the next one's: 所管 lines 32–113 px apart)
    // are its bundle, their labels decided together.
    const bundle = directedBundle(g, Math.max(BUNDLE_SPACING, Math.ceil(labelMeasure(labelOf(g))) + 8 + 2 * ORG_LABEL_GAP));
    if (bundle.length === 1) {
      const { box, text, upright } = placeLabel(g, []);
      return commit(g, box, text, [], upright);
    }
    const extra: OrgLabelObstacle[] = [];
    const each = bundle.map((m) => {
      const placed = placeLabel(m, [], extra);
      extra.push(...taken(placed.box));
      return placed;
    });
    // Each its own label where none covers a box, a line, a label or the room kept round one
    // (ORG_LABEL_GAP: two 「Jurisdiction」 stacked 0 px apart between two uprights read as one).
    if (each.every((p) => p.cost < ORG_LABEL_GAP_WEIGHT)) {
      bundle.forEach((m, i) => commit(m, each[i]!.box, each[i]!.text, [], each[i]!.upright));
      return planned.get(g)!;
    }
    // Else staggered: every other label towards its line's start, the others towards its end (文科省's
    // high on its upright, 厚労省's low on the next), so that neighbours stand apart.
    const staggered: OrgLabelObstacle[] = [];
    const stagger = bundle.map((m, i) => {
      const placed = placeLabel(m, [], staggered, i % 2 === 0 ? 0.25 : 0.75);
      staggered.push(...taken(placed.box));
      return placed;
    });
    const worst = (ps: ReadonlyArray<{ cost: number }>) => Math.max(...ps.map((p) => p.cost));
    const chosen = worst(stagger) < worst(each) ? stagger : each;
    if (chosen.every((p) => p.cost < ORG_LABEL_LINE_WEIGHT)) {
      bundle.forEach((m, i) => commit(m, chosen[i]!.box, chosen[i]!.text, [], chosen[i]!.upright));
      return planned.get(g)!;
    }
    let best: { carrier: Group; box: Rect; cost: number } | undefined;
    for (const carrier of bundle) {
      const { box, cost } = placeOn(carrier, labelOf(carrier), [], bundle.filter((m) => m !== carrier));
      if (!best || cost < best.cost) best = { carrier, box, cost };
    }
    for (const m of bundle) if (m !== best!.carrier) planned.set(m, { text: labelOf(m), also: [] });
    commit(best!.carrier, best!.box, labelOf(best!.carrier), bundle.filter((m) => m !== best!.carrier).map((m) => `link-${m.index}`));
    return planned.get(g)!;
  };
  // How many lines too long to follow end at each box: each may need a badge on its kind badge's line.
  // A line into a collapsed subtree that crosses ORG_STUB_COLUMNS or more hung columns' lines
  // (upright connectors of ORG_COLUMN_LINE px or more) on its way weaves between columns of boxes
  // that are not its ends (gen-200 at 1280 px: up, across and down through three columns): it is
  // drawn as badges as a line too long to follow is.
  const columnLines = vertical ? [] : edges.flatMap((e) => e.points.slice(1).map((q, i) => [e.points[i]!, q] as const)).filter(([p, q]) => p[0] === q[0] && Math.abs(q[1] - p[1]) >= ORG_COLUMN_LINE);
  // (Siblings' connectors run down one column line: each line is counted once where it is crossed.)
  const acrossColumns = (points: readonly Point[]): number => {
    const crossed = new Set<string>();
    for (const [p, q] of columnLines) {
      const [y0, y1] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        if (a[1] === b[1] && a[1] > y0 && a[1] < y1 && p[0] > Math.min(a[0], b[0]) && p[0] < Math.max(a[0], b[0])) crossed.add(`${i},${p[0]}`);
      }
    }
    return crossed.size;
  };
  const tooLong = (g: Group): boolean => {
    const points = routed.get(g)!.points;
    return routeLength(points) > ORG_STUB_ROUTE || ((g.collapsedFrom || g.collapsedTo) && acrossColumns(points) >= ORG_STUB_COLUMNS);
  };
  const longAt = new Map<string, number>();
  if (!vertical) for (const g of drawnGroups) if (!narrowStubs.has(g) && tooLong(g)) for (const id of [g.from, g.to]) longAt.set(id, (longAt.get(id) ?? 0) + 1);
  // A collapsed box where more such lines run into its subtree than their compact badges can
  // stand side by side on its kind badge's line (gen-200's 認知症対策サブWG: three, 168 px at
  // 800) shows them as its folded-link count 「連携等 3」 (which opens its details, listing them)
  // instead; their other ends keep their badges (set in `foldStubs` below).
  const foldAt = new Set<string>();
  for (const [id, n] of longAt) {
    const box = byId.get(id)!;
    const lines = drawnGroups.filter((g) => !narrowStubs.has(g) && tooLong(g) && ((g.from === id && g.collapsedFrom) || (g.to === id && g.collapsedTo)));
    if (n < 2 || box.foldedBadge || lines.length < n) continue;
    const kind = box.badge.full ? box.badge : measureOrgKindBadge(box.body, measure, measureSize, locale, M, 0);
    const compact = lines.reduce((w, g) => w + Math.ceil(badgeTextMeasure(`${linkLabels[type(g)]}↓`) * 1.03) + 8 + 6, -6);
    if (compact > box.width - 2 * M.padding - kind.width - 8) foldAt.add(id);
  }
  const foldStubs: Array<[OrgNodeLayout, OrgLinkStub, Group]> = [];
  /** Pairs of badges numbered so far (see `orgPairMark`). */
  let pairs = 0;
  /** Which way the other box lies from a box, as an end badge shows it. */
  const way = (p: Rect, q: Rect) => {
    const dx = q.x + q.width / 2 - (p.x + p.width / 2);
    const dy = q.y + q.height / 2 - (p.y + p.height / 2);
    return Math.abs(dy) >= Math.abs(dx) ? (dy > 0 ? '↓' : '↑') : dx > 0 ? '→' : '←';
  };
  /** An end badge's width for its text (its compact form is 6 px narrower). */
  const widthOf = (t: string) => {
    // A pair's number is drawn in a ring of its own after the text (pair-mark.ts).
    const mark = ORG_PAIR_MARK_AT_END.exec(t)?.[0];
    const head = mark ? t.slice(0, -mark.length) : t;
    return Math.ceil(badgeTextMeasure(head) * (/[A-Za-z]/.test(head) ? 1.08 : 1.03)) + 14 + (mark ? ORG_PAIR_RING_GAP + orgPairRing(mark, M.badgeSize).width : 0);
  };
  /** The ends of placed badge pairs in their compact form (see `stubText`). */
  const compactEnds = new Map<Group, { from: boolean; to: boolean; named: boolean }>();
  /** The badges of a line drawn as badges (see `tooLong`), placed; undefined where they find no clear place. */
  const placeStubs = (g: Group): { from: OrgLinkStub; to: OrgLinkStub } | undefined => {
    const link = g.links[0]!;
    const base = g.links.length > 1 ? linkLabels[type(g)] : formatOrgLinkLabel(link, locale);
    const label = labelOf(g);
    const a = byId.get(g.from)!;
    const b = byId.get(g.to)!;
    /** An end badge's text at `box` (with the pair's number `mark`), its width and the kind badge it needs there: what is known before it is placed. */
    const stubText = (box: OrgNodeLayout, other: OrgNodeLayout, mark?: string) => {
      const w = way(box, other);
      const taken = badgeLine.get(box.id) ?? (box.foldedBadge ? box.foldedBadge.width + 8 : 0);
      // The other end's short name (「AMED」) too, where the box has room for it.
      const short = [other.body.name, ...other.body.aliases].map((n) => n.replace(/^[（(](.*)[）)]$/u, '$1')).sort((p, q) => p.length - q.length)[0]!;
      const roomBeside = (kind: OrgNodeLayout['badge']) => box.width - 2 * M.padding - taken - kind.width - 8;
      const room = roomBeside(box.badge);
      // With a mark (the pair's number, where an end has no room for the other's name), both ends carry it too.
      const named = ORG_UI[locale].linkStub(base, w, short) + (mark ?? '');
      const plain = ORG_UI[locale].linkStub(base, w) + (mark ?? '');
      // A box where several long lines end and their badges do not stand side by side on the
      // kind badge's line (gen-200 at 800 px: 認知症対策サブWG's 連携 and 助言 lines, 169 px)
      // has them in their compact form: no space before the arrow, 4 px inside the chip.
      const n = longAt.get(box.id) ?? 1;
      const shortKind = box.badge.full ? box.badge : measureOrgKindBadge(box.body, measure, measureSize, locale, M, 0);
      const compact = n > 1 && n * (widthOf(plain) + 6) - 6 > roomBeside(shortKind) + taken;
      const text = compact ? `${base}${w}${mark ?? ''}` : [...short].length <= 12 && widthOf(named) <= room ? named : plain;
      const title = ORG_UI[locale].linkStubTitle(label, other.body.name, w);
      const width = compact ? widthOf(text) - 6 : widthOf(text);
      // A box whose kind badge leaves no room (「ワーキンググループ」 in a hung column's box)
      // badges its kind with the short word (「WG」, its tooltip the full word, as a narrow box
      // does) rather than set the link's badge outside, over the column's lines.
      const kindShort = width > room && !box.badge.full ? shortKind : undefined;
      const kind = kindShort?.full && width <= roomBeside(kindShort) ? kindShort : undefined;
      return { text, title, width, taken, named: text === named, compact, kind };
    };
    /** An end badge with that text, placed. */
    const stubAt = (box: OrgNodeLayout, other: OrgNodeLayout, inward: boolean, t: ReturnType<typeof stubText>): OrgLinkStub & { clean: boolean; named: boolean; compact: boolean; kind?: OrgNodeLayout['badge'] } => {
      const { cost, ...stub } = placeOrgLinkStub({ box: t.kind ? { ...box, badge: t.kind } : box, other, width: t.width, height: M.badgeHeight, padding: M.padding, taken: t.taken, costAt: (r) => coverAt(r), extent, inward });
      return { ...stub, text: t.text, title: t.title, clean: cost < 1, named: t.named, compact: t.compact, ...(t.kind ? { kind: t.kind } : {}) };
    };
    // An end at a box in `foldAt`: counted by its folded-link badge, placed once every line is (no chip of its own).
    const folded = (box: OrgNodeLayout, other: OrgNodeLayout): ReturnType<typeof stubAt> => ({ points: [], badge: { x: box.x, y: box.y, width: 0, height: 0 }, text: '', title: ORG_UI[locale].linkStubTitle(label, other.body.name, way(box, other)), folded: true, clean: true, named: false, compact: false });
    // Which texts the two ends take decides whether the pair is numbered; each end is then placed
    // once with the text it keeps (a numbered pair's plain badges only where the numbered ones find no clear place).
    const [fromText, toText] = [foldAt.has(a.id) ? undefined : stubText(a, b), foldAt.has(b.id) ? undefined : stubText(b, a)];
    let from: ReturnType<typeof stubAt> | undefined;
    let to: ReturnType<typeof stubAt> | undefined;
    // An end that cannot name the other (a long name, a full box: gen-200's hung columns) leaves
    // the reader nothing to pair it with on paper: both ends then carry the pair's number (①),
    // where the numbered badges stand clear; else the badges as they are (their tooltips name the other end).
    let mark: string | undefined;
    // (Not on a box where several long lines end: their badges, compact, already fill its badge line.)
    if (!(fromText?.named && toText?.named) && (longAt.get(a.id) ?? 1) <= 1 && (longAt.get(b.id) ?? 1) <= 1) {
      mark = orgPairMark(pairs + 1);
      const fromN = stubAt(a, b, false, stubText(a, b, mark));
      const toN = stubAt(b, a, true, stubText(b, a, mark));
      if (fromN.clean && toN.clean && !overlaps(fromN.badge, toN.badge)) {
        [from, to] = [fromN, toN];
        pairs += 1;
      } else mark = undefined;
    }
    from ??= fromText ? stubAt(a, b, false, fromText) : folded(a, b);
    to ??= toText ? stubAt(b, a, true, toText) : folded(b, a);
    // Only where both badges stand clear (inside their boxes, or beside them over nothing);
    // else the line is drawn whole, as any other.
    if (from.clean && to.clean && !overlaps(from.badge, to.badge)) {
      for (const [box, s] of [[a, from], [b, to]] as const) {
        if (s.folded) continue;
        if (s.kind) box.badge = s.kind;
        if (!s.points.length) badgeLine.set(box.id, (badgeLine.get(box.id) ?? (box.foldedBadge ? box.foldedBadge.width + 8 : 0)) + s.badge.width + 6);
        avoid.add([{ ...s.badge, weight: 100 }]);
        lineAvoid.add(runRects(s.points, keepOff(g)).map((r) => ({ ...r, weight: ORG_LABEL_LINE_WEIGHT })));
      }
      compactEnds.set(g, { from: from.compact, to: to.compact, named: from.named && to.named });
      const marked = mark ? { mark } : {};
      const placed = { from: { points: from.points, badge: from.badge, text: from.text, title: from.title, partner: b.id, ...marked, ...(from.folded ? { folded: true } : {}) }, to: { points: to.points, badge: to.badge, text: to.text, title: to.title, partner: a.id, ...marked, ...(to.folded ? { folded: true } : {}) } };
      if (from.folded) foldStubs.push([a, placed.from, g]);
      if (to.folded) foldStubs.push([b, placed.to, g]);
      return placed;
    }
    return undefined;
  };
  // Their badges are placed first, the lines too long to follow before those across columns
  // (a box's kind badge line holds only so many: 認知症対策サブWG's), the longest first.
  const stubbedHere = new Map<Group, { from: OrgLinkStub; to: OrgLinkStub }>();
  if (!vertical) {
    const keyed = drawnGroups.filter((g) => !narrowStubs.has(g) && tooLong(g)).map((g) => ({ g, length: routeLength(routed.get(g)!.points) }));
    keyed.sort((p, q) => Number(q.length > ORG_STUB_ROUTE) - Number(p.length > ORG_STUB_ROUTE) || q.length - p.length);
    for (const { g } of keyed) {
      const placed = placeStubs(g);
      if (placed) stubbedHere.set(g, placed);
    }
    // Once every badge stands, one pass decides how the two ends of each such line pair up on
    // paper, seeing what each box ended with: its badges, compact or not, or its folded-link chip
    // (R12-4-1, R13-9-1). A pair not numbered yet with such an end (compact or counted), or
    // whose ends do not both name the other (its numbered badges found no clear place as they
    // were placed: en at 800 px, 「Related ↑」 / 「Related ↓」), takes the next number (「④」) where that widens nothing it would push aside:
    // - a compact end (a box where several long lines end: no room for a number as they were
    //   placed) in place of its arrow (「連携④」: as wide; the number finds the other end, whose
    //   badge shows the way, the tooltip too);
    // - an end counted by its box's folded-link chip on that chip, after the count (「連携等 3
    //   ⑤⑥⑦」), where the chip still stands on the kind badge's line (the kind in its short word);
    // - any other end after its arrow (「連携 ↑④」), grown leftwards inside its box (the kind in
    //   its short word where the full one leaves no room), else in place of the arrow (「Advice ④」).
    // A pair whose ends cannot all take the number stays as it is (its tooltips name the other end).
    const badges = () => [...stubbedHere.values()].flatMap((p) => [p.from.badge, p.to.badge]);
    const foldBoxes = [...new Set(foldStubs.map(([b]) => b))];
    /** The pair numbers on each folded-link chip, in order. */
    const foldMarks = new Map<OrgNodeLayout, string[]>(foldBoxes.map((b) => [b, []]));
    const shortKindOf = (box: OrgNodeLayout) => (box.badge.full ? box.badge : measureOrgKindBadge(box.body, measure, measureSize, locale, M, 0));
    /**
     * The folded-link chip of a box in `foldAt` counting the links of its lines placed, with the
     * pair numbers `marks` after the count: its text and width, the kind badge beside it (its
     * short word where the full one leaves no room), and whether the two stand side by side.
     */
    const chipOf = (box: OrgNodeLayout, marks: readonly string[]) => {
      const count = foldStubs.reduce((n, [b, , g]) => n + (b === box ? g.links.length : 0), 0);
      const counted = measureOrgFoldedBadge(count, locale, badgeTextMeasure);
      const text = marks.length ? `${counted.text} ${marks.join('')}` : counted.text;
      // Its numbers each in a ring after the count (pair-mark.ts), the count measured as a badge's
      // bold text (English runs wider than measured: centred alone, the chip's padding took it up).
      const natural = marks.length ? widthOf(counted.text) + marks.reduce((w, m, i) => w + (i ? ORG_PAIR_RINGS_GAP : ORG_PAIR_RING_GAP) + orgPairRing(m, M.badgeSize).width, 2) : counted.width;
      const inner = box.width - 2 * M.padding;
      let kind = box.badge;
      if (kind.width + 8 + natural > inner) {
        const short = shortKindOf(box);
        if (short.full) kind = short;
      }
      return { count, text, head: counted.text, width: Math.min(inner, natural), kind, fits: kind.width + 8 + natural <= inner };
    };
    for (const [g, pair] of stubbedHere) {
      const compact = compactEnds.get(g) ?? { from: false, to: false, named: true };
      const ends = [
        [g.from, pair.from, compact.from],
        [g.to, pair.to, compact.to],
      ] as const;
      if (pair.from.mark || (compact.named && !ends.some(([, end, short]) => short || end.folded))) continue;
      const mark = orgPairMark(pairs + 1);
      const base = g.links.length > 1 ? linkLabels[type(g)] : formatOrgLinkLabel(g.links[0]!, locale);
      const taken = badges();
      /** Each end numbered, and the kind badge its box then shows; undefined where it cannot take the number. */
      const numbered = ends.map(([id, end, short]): { end: OrgLinkStub; kind?: OrgNodeLayout['badge'] } | undefined => {
        const box = byId.get(id)!;
        if (end.folded) return chipOf(box, [...foldMarks.get(box)!, mark]).fits ? { end: { ...end, mark } } : undefined;
        const plain = ORG_UI[locale].linkStub(base, way(box, byId.get(id === g.from ? g.to : g.from)!));
        const texts = short ? [`${base}${mark}`] : [`${end.text}${mark}`, ...(end.text === plain ? [ORG_UI[locale].linkStub(base, mark)] : [])];
        for (const text of texts) {
          const width = short ? widthOf(text) - 6 : widthOf(text);
          // (As wide give or take a px of rounding: the chip keeps 3 px or more round the text.)
          if (width <= end.badge.width + 2) return { end: { ...end, text, mark } };
          const badge = { ...end.badge, x: end.badge.x + end.badge.width - width, width };
          if (end.points.length || taken.some((r) => r !== end.badge && overlaps(r, badge))) continue;
          for (const kind of [box.badge, shortKindOf(box)]) if (badge.x >= box.x + M.padding + kind.width + 8) return { end: { ...end, text, mark, badge }, ...(kind !== box.badge ? { kind } : {}) };
        }
        return undefined;
      });
      const [from, to] = numbered;
      if (!from || !to) continue;
      for (const [[id, end], n] of [[ends[0], from], [ends[1], to]] as const) {
        const box = byId.get(id)!;
        if (n.kind) box.badge = n.kind;
        if (end.folded) foldMarks.get(box)!.push(mark);
        else avoid.add([{ ...n.end.badge, weight: 100 }]);
      }
      stubbedHere.set(g, { from: from.end, to: to.end });
      pairs += 1;
    }
    // The folded-link chips, right on their kind badge's line, with their numbers; the ends they count take their place.
    for (const box of foldBoxes) {
      const marks = foldMarks.get(box)!;
      const { count, text, head, width, kind } = chipOf(box, marks);
      box.badge = kind;
      const x = box.width - width - M.padding;
      // The rings right-aligned in the chip, 7 px in (as its text), the count centred left of them.
      const rings: NonNullable<OrgNodeLayout['foldedBadge']>['rings'] = [];
      let right = x + width - 7;
      for (const m of [...marks].reverse()) {
        const r = orgPairRing(m, M.badgeSize);
        rings.unshift({ digits: r.digits, x: right - r.width, y: M.padding + (M.badgeHeight - r.height) / 2, width: r.width, height: r.height });
        right -= r.width + ORG_PAIR_RINGS_GAP;
      }
      box.foldedBadge = { count, text, x, y: M.padding, width, height: M.badgeHeight, ...(marks.length ? { head, rings } : {}) };
    }
    for (const [g, pair] of stubbedHere) {
      const compact = compactEnds.get(g);
      for (const [id, end, short] of [[g.from, pair.from, compact?.from], [g.to, pair.to, compact?.to]] as const) {
        const chip = end.folded ? byId.get(id)!.foldedBadge : undefined;
        if (chip) end.badge = { x: byId.get(id)!.x + chip.x, y: byId.get(id)!.y + chip.y, width: chip.width, height: chip.height };
        // A badge's number in its ring at the badge's right end, inside its padding (4 px compact, else 7).
        else if (end.mark) {
          const r = orgPairRing(end.mark, M.badgeSize);
          end.markBox = { x: end.badge.width - (short ? 4 : 7) - r.width, y: (end.badge.height - r.height) / 2, width: r.width, height: r.height };
        }
      }
    }
  }
  // Every line's label decided (in the order the lines are listed below), then kept apart from
  // its row's neighbours (`apartInRow`).
  const labelled = (g: Group) => !g.collapsedFrom && !g.collapsedTo && !(narrowStubs.get(g) ?? stubbedHere.get(g));
  if (!vertical) {
    for (const g of drawnGroups) if (labelled(g) && !planned.has(g)) planLabels(g);
    apartInRow();
  }
  /**
   * Two level labels of different lines in one row closer than {@link ORG_ROW_APART} px read as
   * one phrase (R12-10-1, left-right en on a slide: 「Cooperation」 across the 連携 upright 13 px
   * left of 内閣府's 「Jurisdiction」 read 「Cooperation Jurisdiction」; the 12 px label gap is kept).
   * A label lying across an upright of its line there stands along that upright instead, else
   * level elsewhere on its line, where that is clear of the row's other labels and of everything
   * else; else it stays.
   */
  function apartInRow(): void {
    const level = [...planned].filter(([, p]) => p.box && !p.upright && p.box.width > p.box.height);
    const gapInRow = (a: Rect, b: Rect) => (a.y < b.y + b.height && b.y < a.y + a.height ? Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width)) : Infinity);
    /** Whether a level label lies across an upright piece of its line that shows past it above and below. */
    const acrossUpright = (g: Group, box: Rect) =>
      routed.get(g)!.points.slice(1).some((q, i) => {
        const o = routed.get(g)!.points[i]!;
        return o[0] === q[0] && o[0] > box.x && o[0] < box.x + box.width && Math.min(o[1], q[1]) <= box.y - ACROSS_SHOW && Math.max(o[1], q[1]) >= box.y + box.height + ACROSS_SHOW;
      });
    for (const [g, p] of level) {
      const box = p.box!;
      // (Two labels each across its own upright are parted by their lines: the four 「Jurisdiction」 under AMED.)
      const near = level.filter(([o, op]) => o !== g && !p.also.includes(`link-${o.index}`) && gapInRow(box, op.box!) < ORG_ROW_APART && !acrossUpright(o, op.box!)).map(([, op]) => op.box!);
      if (!near.length || !acrossUpright(g, box)) continue;
      const extra = near.map((r) => ({ x: r.x - ORG_ROW_APART, y: r.y, width: r.width + 2 * ORG_ROW_APART, height: r.height, weight: 100 }));
      for (const upright of [true, false]) {
        const spot = placeOn(g, p.text, [], [], extra, upright, undefined, taken(box));
        if (spot.rank >= 1) continue;
        p.box = spot.box;
        if (upright) p.upright = true;
        avoid.add(taken(spot.box));
        break;
      }
    }
  }
  for (const g of drawnGroups) {
    const link = g.links[0]!;
    const route = routed.get(g)!;
    const label = labelOf(g);
    let labelBox: Rect | undefined;
    let labelAlso: string[] = [];
    let labelShort: string | undefined;
    let upright = false;
    // A line too long to follow (down a page of thousands of px) is drawn as a badge at each end
    // naming the link and which way the other end lies. In the one column, from ORG_STUB_NARROW
    // px (gutter.ts: there each badge names the body at the other end too).
    const stubs = narrowStubs.get(g) ?? stubbedHere.get(g);
    if (!g.collapsedFrom && !g.collapsedTo && !stubs) {
      const plan = planned.get(g) ?? planLabels(g);
      if (plan.box) {
        labelBox = plan.box;
        labelAlso = plan.also;
        if (plan.text !== label) labelShort = plan.text;
        upright = !!plan.upright;
      }
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
      ...(labelShort ? { labelShort } : {}),
      ...((vertical || upright) && labelBox ? { labelVertical: true } : {}),
      ...(labelBox && labelAlso.length ? { labelAlso } : {}),
      ...(stubs ? { stubs } : {}),
    });
  }
  return links;
}
