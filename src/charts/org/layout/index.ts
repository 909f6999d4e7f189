/**
 * Layout of an organisation chart: a tidy tree (d3-hierarchy's Reingold–Tilford) of boxes
 * whose heights follow their wrapped Japanese names and role lines, a forest when several
 * bodies have no parent (AMED beside the headquarters), lanes as bands around their bodies,
 * and the typed links (連携, 共同事務局, 所管) routed orthogonally around the boxes.
 *
 * Pure: no DOM, runs in Node. Box contents are measured once per body and cached, so expanding
 * or collapsing a body re-runs only the (cheap) positioning of the visible bodies.
 */
import { max, min } from '../../../data/extent.js';
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { formatOrgLinkLabel, ORG_KIND_LABELS, ORG_LINK_LABELS, ORG_UI } from '../words.js';
import type { Body, Lane, LinkType, Locale, OrganizationDocument, OrgLink } from '../../../data/types.js';
import { indexOrganization } from '../tree-index.js';
import { findLabelPoint, routeOrthogonal, type Point, type Rect } from './route.js';
import { wrapOrgLabel } from './box-text.js';
import { type MeasureText } from '../../../kit/text.js';

/** Allowed values of the chart's `orientation`. */
export const ORG_ORIENTATIONS = ['top-down', 'left-right'] as const;
export type OrgOrientation = (typeof ORG_ORIENTATIONS)[number];

/** Link types with a direction (from → to), drawn with an arrowhead; 連携 and 共同事務局 are mutual. */
export const ORG_DIRECTED_LINKS: ReadonlySet<LinkType> = new Set<LinkType>(['jurisdiction', 'advice', 'other']);

/** Holder lists longer than this become a count that opens the details panel. */
export const ORG_MAX_LISTED_HOLDERS = 6;

/**
 * A collapsed box draws at most this many lines into its folded subtree; with more, none of
 * them is drawn and the box shows a count badge (「連携等 12」) that opens the details panel
 * listing every one. Dozens of such lines used to pile up into a thick band above the boxes.
 */
export const ORG_MAX_FOLDED_LINES = 3;

/** Font sizes (px) and spacing of a box. */
export interface OrgMetrics {
  /** The base font size they follow (the element's font size, `--policy-font-size`). */
  fontSize: number;
  nameSize: number;
  nameLine: number;
  /** Aliases, role lines, notes, counts and link labels. */
  textSize: number;
  textLine: number;
  /** The kind badge and the folded-link badge. */
  badgeSize: number;
  badgeHeight: number;
  padding: number;
  gapAfterBadge: number;
  gapBetweenParts: number;
  countHeight: number;
  toggleRadius: number;
  laneHeader: number;
  lanePadding: number;
}

/** The smallest text the chart draws, in px, at any base size (WCAG-minded house rule). */
export const ORG_MIN_TEXT_PX = 12;
/**
 * The smallest text relative to the base size: 0.9, so that the 20 px slide preset never draws
 * under 18 px (what a 1920×1080 slide needs) and the 14 px default never under 12.6 px.
 */
export const ORG_MIN_TEXT_RATIO = 0.9;

/**
 * The metrics of the boxes for a base font size (default 14 px): names 8/7 of it (16 px),
 * role lines and notes at it (14 px), badges and lane labels 0.9 of it rounded up (13 px; 18 px
 * at the 20 px slide size), never under {@link ORG_MIN_TEXT_PX}.
 */
export function createOrgMetrics(options: { fontSize?: number } = {}): OrgMetrics {
  const f = options.fontSize !== undefined && Number.isFinite(options.fontSize) && options.fontSize > 0 ? options.fontSize : 14;
  const nameSize = Math.round((f * 8) / 7);
  const textSize = Math.round(f);
  const badgeSize = Math.max(ORG_MIN_TEXT_PX, Math.ceil(f * ORG_MIN_TEXT_RATIO));
  const textLine = Math.round(textSize * 1.35);
  return {
    fontSize: f,
    nameSize,
    nameLine: Math.round(nameSize * 1.35),
    textSize,
    textLine,
    badgeSize,
    badgeHeight: Math.round(badgeSize * 1.6),
    padding: 8,
    gapAfterBadge: 5,
    gapBetweenParts: 4,
    countHeight: textLine + 4,
    toggleRadius: 9,
    laneHeader: Math.round(f * 1.6),
    lanePadding: 8,
  };
}

/** The metrics at the default 14 px base size. */
export const ORG_METRICS: Readonly<OrgMetrics> = createOrgMetrics();

/** One line of text inside a box, relative to the box's top-left corner. */
export interface OrgTextLine {
  kind: 'name' | 'alias' | 'role' | 'note';
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

/** A role whose holder list is too long to print: drawn as a count button. */
export interface OrgCountButton {
  roleIndex: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a box shows, measured (independent of its position). */
export interface OrgBoxContent {
  width: number;
  height: number;
  badge: { text: string; width: number };
  lines: OrgTextLine[];
  counts: OrgCountButton[];
  /** True when the name (or an alias, role or note line) ended in an ellipsis. */
  truncated: boolean;
}

/** A drawn body. */
export interface OrgNodeLayout extends OrgBoxContent {
  id: string;
  body: Body;
  /** Top-left corner. */
  x: number;
  y: number;
  /** 0 for roots. */
  depth: number;
  parentId?: string;
  /** Ids of the children drawn (empty when collapsed). */
  childIds: string[];
  /** Number of children in the document. */
  childCount: number;
  expanded: boolean;
  /** ARIA: 1-based position among siblings and their number. */
  posinset: number;
  setsize: number;
  /**
   * Typed links between a body hidden in this (collapsed) box's subtree and a body outside it,
   * drawn as lines or not; in document order. Empty unless the box is collapsed.
   */
  folded: OrgLink[];
  /**
   * The count badge of the folded links not drawn as lines (see {@link ORG_MAX_FOLDED_LINES}),
   * relative to the box's top-left corner; absent when every folded link has its line.
   */
  foldedBadge?: OrgFoldedBadge;
}

/** The badge on a collapsed box counting the links into its subtree that are not drawn. */
export interface OrgFoldedBadge {
  /** Number of links it stands for. */
  count: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tree connector from a parent to a child. */
export interface OrgEdgeLayout {
  id: string;
  from: string;
  to: string;
  points: Point[];
}

/** A typed link, routed. */
export interface OrgLinkLayout {
  id: string;
  /** The (first) link drawn; see `links` when an end lies in a collapsed subtree. */
  link: OrgLink;
  /** Every link this line stands for: links of one type into the same collapsed subtree share a line. */
  links: OrgLink[];
  type: LinkType;
  label: string;
  /** The visible bodies the line joins (an end hidden in a collapsed subtree moves to its nearest visible ancestor). */
  from: string;
  to: string;
  /** True at an end that stands for a body hidden in a collapsed subtree. */
  collapsedFrom: boolean;
  collapsedTo: boolean;
  /** Whether the line has a direction (所管, 助言, other): drawn with an arrowhead at `to`. */
  directed: boolean;
  points: Point[];
  /** Boxes the route still crosses (0 unless unavoidable). */
  crossings: number;
  /**
   * Where the label goes. None on a line into a collapsed subtree: its line style and hollow
   * end say what it is (legend), and dozens of such labels would bury the boxes.
   */
  labelBox?: Rect;
}

/** A lane drawn as a band around its bodies. */
export interface OrgLaneLayout {
  lane: Lane;
  x: number;
  y: number;
  width: number;
  height: number;
  label: { x: number; y: number; vertical: boolean };
}

/** The laid-out chart. */
export interface OrgChartLayout {
  orientation: OrgOrientation;
  /** Visible bodies in pre-order (the order of keyboard navigation). */
  nodes: OrgNodeLayout[];
  byId: Map<string, OrgNodeLayout>;
  /** Ids of the visible roots. */
  rootIds: string[];
  edges: OrgEdgeLayout[];
  links: OrgLinkLayout[];
  lanes: OrgLaneLayout[];
  /** Font sizes and spacing the boxes were measured with (the renderer draws with the same). */
  metrics: OrgMetrics;
  /**
   * Links not drawn because both ends are hidden in (or are the top of) one collapsed subtree;
   * the text alternative and the details panel still list them.
   */
  hiddenLinks: OrgLink[];
  bounds: { width: number; height: number };
}

/** Options of {@link layoutOrgChart}. */
export interface LayoutOrgChartOptions {
  doc: OrganizationDocument;
  /** Available width in px; boxes get narrower on small screens, never below a readable size. */
  width: number;
  /** Width of text at `measureSize` px (canvas measure in the browser, approximate in Node). */
  measure: MeasureText;
  /** Font size `measure` measures at; other sizes are scaled from it. Default 14. */
  measureSize?: number;
  orientation?: OrgOrientation;
  /** Ids of collapsed bodies (their descendants are not drawn). */
  collapsed?: ReadonlySet<string>;
  locale?: Locale;
  /** Box width in px; by default chosen from `width`, `orientation` and `fontSize`. */
  boxWidth?: number;
  /** Base font size in px (the element's font size); text sizes follow it. Default 14. */
  fontSize?: number;
}

const LEVEL_GAP_TD = 64;
const LEVEL_GAP_LR = 60;
const SIBLING_GAP = 16;
const COUSIN_GAP = 28;
const LANE_GAP = 44;
const TREE_GAP = 112;
const MARGIN = 12;
const CJK_LABEL = /^[\u3000-\u30FF\u3400-\u9FFF\uFF00-\uFFEF]+$/u;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Places a link's label on its route where it covers no box and no other label, if such a place exists. */
function placeLabel(points: readonly Point[], width: number, height: number, avoid: readonly Rect[]): Rect {
  const spots: Array<{ x: number; y: number; len: number }> = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const len = Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]);
    for (const t of [0.5, 0.3, 0.7, 0.15, 0.85]) spots.push({ x: p[0] + (q[0] - p[0]) * t, y: p[1] + (q[1] - p[1]) * t, len: len * (t === 0.5 ? 1 : 0.8) });
  }
  spots.sort((a, b) => b.len - a.len);
  const boxAt = (s: { x: number; y: number }): Rect => ({ x: Math.round(s.x - width / 2), y: Math.round(s.y - height / 2), width, height });
  for (const s of spots) {
    const box = boxAt(s);
    if (!avoid.some((r) => overlaps(box, r))) return box;
  }
  const first = findLabelPoint(points);
  return boxAt(first);
}

/** A straight piece of a drawn link: horizontal (`y` fixed) or vertical (`x` fixed). */
interface Run {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
  type: LinkType;
}

function toRuns(points: readonly Point[], type: LinkType): Run[] {
  const out: Run[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const horizontal = p[1] === q[1];
    const [u, v] = horizontal ? [p[0], q[0]] : [p[1], q[1]];
    out.push({ horizontal, at: horizontal ? p[1] : p[0], from: Math.min(u, v), to: Math.max(u, v), type });
  }
  return out;
}

/** How many pieces of the route run along (within 3 px, overlapping over 4 px) a drawn link of another type. */
function countSharedRuns(points: readonly Point[], type: LinkType, drawn: readonly Run[]): number {
  let n = 0;
  for (const r of toRuns(points, type)) {
    for (const d of drawn) {
      if (d.type !== type && d.horizontal === r.horizontal && Math.abs(d.at - r.at) < 3 && Math.min(d.to, r.to) - Math.max(d.from, r.from) > 4) {
        n++;
        break;
      }
    }
  }
  return n;
}

function addRuns(points: readonly Point[], type: LinkType, drawn: Run[]): void {
  drawn.push(...toRuns(points, type));
}

type Cached = { key: string; content: OrgBoxContent };
const contentCache = new WeakMap<MeasureText, WeakMap<Body, Cached>>();

function scaled(measure: MeasureText, from: number, to: number, bold = false): MeasureText {
  const f = (to / from) * (bold ? 1.03 : 1);
  return (text) => measure(text) * f;
}

/** Measures what one body's box shows: badge, wrapped name, aliases, roles (or counts), notes. */
export function measureOrgBox(options: {
  body: Body;
  boxWidth: number;
  measure: MeasureText;
  measureSize?: number;
  locale?: Locale;
  /** Base font size in px; default 14. */
  fontSize?: number;
}): OrgBoxContent {
  const { body, boxWidth, measure, measureSize = 14, locale = 'ja' } = options;
  const M = options.fontSize === undefined ? ORG_METRICS : createOrgMetrics({ fontSize: options.fontSize });
  const key = `${boxWidth}|${locale}|${measureSize}|${M.fontSize}`;
  let perMeasure = contentCache.get(measure);
  if (!perMeasure) contentCache.set(measure, (perMeasure = new WeakMap()));
  const hit = perMeasure.get(body);
  if (hit && hit.key === key) return hit.content;

  const ui = ORG_UI[locale];
  const nameMeasure = scaled(measure, measureSize, M.nameSize, true);
  const textMeasure = scaled(measure, measureSize, M.textSize);
  const badgeMeasure = scaled(measure, measureSize, M.badgeSize);
  const inner = boxWidth - 2 * M.padding;
  const lines: OrgTextLine[] = [];
  const counts: OrgCountButton[] = [];
  let truncated = false;
  const badgeText = ORG_KIND_LABELS[locale][body.kind];
  let y = M.padding + M.badgeHeight + M.gapAfterBadge;

  const push = (kind: OrgTextLine['kind'], text: string, maxLines: number, m: MeasureText, lineHeight: number, size: number) => {
    const wrapped = wrapOrgLabel({ text, maxWidth: inner, measure: m, maxLines, locale });
    truncated ||= wrapped.truncated;
    for (const line of wrapped.lines) {
      // Baseline sits ~0.8 of the font size below the line's top, centred in its line box.
      lines.push({ kind, text: line, x: M.padding, y: Math.round(y + (lineHeight - size) / 2 + size * 0.86) });
      y += lineHeight;
    }
  };

  push('name', body.name, 3, nameMeasure, M.nameLine, M.nameSize);
  if (body.aliases.length) push('alias', `（${body.aliases.join(ui.listSep)}）`, 2, textMeasure, M.textLine, M.textSize);
  body.roles.forEach((role, roleIndex) => {
    y += M.gapBetweenParts;
    if (role.holders.length > ORG_MAX_LISTED_HOLDERS) {
      // The number always shows; a title too long for the button ends in an ellipsis before it.
      const tail = `${ui.colon}${ui.count(role.holders.length)}`;
      const title = wrapOrgLabel({ text: role.title, maxWidth: Math.max(M.textSize, inner - 28 - textMeasure(tail)), measure: textMeasure, maxLines: 1, locale });
      truncated ||= title.truncated;
      const text = `${title.lines[0] ?? ''}${tail}`;
      counts.push({
        roleIndex,
        text,
        x: M.padding,
        y,
        width: Math.min(inner, Math.ceil(textMeasure(text)) + 28),
        height: M.countHeight,
      });
      y += M.countHeight;
    } else {
      push('role', `${role.title}${ui.colon}${role.holders.join(ui.listSep)}`, 3, textMeasure, M.textLine, M.textSize);
    }
  });
  if (body.notes.length) {
    y += M.gapBetweenParts;
    for (const note of body.notes) push('note', note, 2, textMeasure, M.textLine, M.textSize);
  }
  const content: OrgBoxContent = {
    width: boxWidth,
    height: Math.ceil(y + M.padding),
    badge: { text: badgeText, width: Math.ceil(badgeMeasure(badgeText)) + 12 },
    lines,
    counts,
    truncated,
  };
  perMeasure.set(body, { key, content });
  return content;
}

/**
 * The box width used for `width` px when none is given: 10.5 em of the base font size top-down
 * (147 px at 14 px, so the seed governance chart fits 1,200 px at the smallest fitting scale;
 * 10 em below 520 px), 13 em left-right (12 em below 520 px).
 */
export function chooseOrgBoxWidth(options: { width: number; orientation: OrgOrientation; fontSize?: number }): number {
  const { width, orientation } = options;
  const f = createOrgMetrics({ fontSize: options.fontSize }).fontSize;
  if (orientation === 'left-right') return Math.round(f * (width < 520 ? 12 : 13));
  return Math.round(f * (width < 520 ? 10 : 10.5));
}

interface Datum {
  body?: Body;
  content?: OrgBoxContent;
  satellite?: boolean;
  children: Datum[];
}

/**
 * Roots without children that are tied to the rest only by non-cooperation links (ministries
 * with 所管 over AMED, offices acting as 共同事務局) are placed next to the body they serve —
 * below it — instead of far away in the top row. Returns satellite id → host id. The ARIA tree
 * still shows them as roots.
 */
const satelliteCache = new WeakMap<OrganizationDocument, Set<string>>();

function findSatelliteCandidates(doc: OrganizationDocument): Set<string> {
  const hit = satelliteCache.get(doc);
  if (hit) return hit;
  const index = indexOrganization(doc);
  const candidates = new Set<string>();
  for (const root of index.roots) {
    const links = (index.links.get(root.id) ?? []).filter((l) => l.from !== l.to);
    if (!index.children.has(root.id) && links.length && !links.some((l) => l.type === 'cooperation')) candidates.add(root.id);
  }
  satelliteCache.set(doc, candidates);
  return candidates;
}

function placeSatellites(doc: OrganizationDocument, visible: ReadonlySet<string>): Map<string, string> {
  const index = indexOrganization(doc);
  // Candidates depend on the document only: found once per document, not per layout.
  const candidates = findSatelliteCandidates(doc);
  const host = new Map<string, string>();
  for (const id of candidates) {
    // Prefer a host outside every lane, so the satellite is not drawn inside a lane it is not in.
    const hosts = (index.links.get(id) ?? [])
      .filter((link) => link.from !== link.to)
      .map((link) => (link.from === id ? link.to : link.from))
      .filter((other) => visible.has(other) && !candidates.has(other));
    const chosen = hosts.find((other) => index.byId.get(other)?.lane === undefined) ?? hosts[0];
    if (chosen !== undefined) host.set(id, chosen);
  }
  return host;
}

/**
 * Lays out the visible part of an organisation: boxes, tree connectors, lanes, typed links.
 * Coordinates are in px from the top-left of `bounds`.
 */
export function layoutOrgChart(options: LayoutOrgChartOptions): OrgChartLayout {
  const { doc, measure, measureSize = 14, orientation = 'top-down', collapsed = new Set<string>(), locale = 'ja' } = options;
  const M = options.fontSize === undefined ? ORG_METRICS : createOrgMetrics({ fontSize: options.fontSize });
  const fontSize = M.fontSize;
  const boxWidth = options.boxWidth ?? chooseOrgBoxWidth({ width: options.width, orientation, fontSize });
  const index = indexOrganization(doc);
  const topDown = orientation === 'top-down';

  // Visible bodies, in pre-order (the keyboard order of the tree).
  // Walked from the roots into expanded bodies only: the cost follows what is shown, not the document.
  const visibleOrder: Body[] = [];
  const visible = new Set<string>();
  const stack: Body[] = [...index.roots].reverse();
  while (stack.length) {
    const body = stack.pop()!;
    visible.add(body.id);
    visibleOrder.push(body);
    const kids = collapsed.has(body.id) ? undefined : index.children.get(body.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const satelliteHost = placeSatellites(doc, visible);
  const satellitesOf = new Map<string, Body[]>();
  for (const [id, hostId] of satelliteHost) {
    let list = satellitesOf.get(hostId);
    if (!list) satellitesOf.set(hostId, (list = []));
    list.push(index.byId.get(id)!);
  }

  const build = (body: Body, satellite = false): Datum => {
    const content = measureOrgBox({ body, boxWidth, measure, measureSize, locale, fontSize });
    const kids = collapsed.has(body.id) ? [] : (index.children.get(body.id) ?? []);
    const children = kids.map((k) => build(k));
    for (const s of satellitesOf.get(body.id) ?? []) children.push(build(s, true));
    return { body, content, satellite, children };
  };
  const root: Datum = { children: index.roots.filter((b) => !satelliteHost.has(b.id)).map((b) => build(b)) };

  const breadth = (d: Datum) => (d.content ? (topDown ? d.content.width : d.content.height) : 0);
  const h = hierarchy<Datum>(root, (d) => d.children);
  const layout = tree<Datum>()
    .nodeSize([1, 1])
    .separation((a, b) => {
      const half = (breadth(a.data) + breadth(b.data)) / 2;
      if (a.parent === b.parent) {
        if (a.depth === 1) return half + TREE_GAP;
        return half + (a.data.body?.lane !== b.data.body?.lane || a.data.satellite !== b.data.satellite ? LANE_GAP : SIBLING_GAP);
      }
      const laneDiff = a.data.body?.lane !== b.data.body?.lane;
      return half + (laneDiff ? LANE_GAP : COUSIN_GAP);
    });
  const positioned = layout(h);

  // Depth axis: each level as deep as its biggest box (top-down), or as wide as a box (left-right).
  const levelSize: number[] = [];
  positioned.each((n) => {
    if (n.depth === 0) return;
    const size = topDown ? n.data.content!.height : n.data.content!.width;
    levelSize[n.depth - 1] = Math.max(levelSize[n.depth - 1] ?? 0, size);
  });
  const levelStart: number[] = [];
  let acc = 0;
  const levelGap = topDown ? LEVEL_GAP_TD : LEVEL_GAP_LR;
  for (let d = 0; d < levelSize.length; d++) {
    levelStart[d] = acc;
    acc += (levelSize[d] ?? 0) + levelGap;
  }

  const placed = new Map<string, { b: number; d: number; content: OrgBoxContent }>();
  let minB = Infinity;
  positioned.each((n: HierarchyPointNode<Datum>) => {
    if (n.depth === 0) return;
    const b = n.x - breadth(n.data) / 2;
    minB = Math.min(minB, b);
    placed.set(n.data.body!.id, { b, d: levelStart[n.depth - 1]!, content: n.data.content! });
  });

  const nodes: OrgNodeLayout[] = [];
  const byId = new Map<string, OrgNodeLayout>();
  for (const body of visibleOrder) {
    const p = placed.get(body.id)!;
    const kids = index.children.get(body.id) ?? [];
    const [posinset, setsize] = index.position.get(body.id) ?? [1, 1];
    const node: OrgNodeLayout = {
      ...p.content,
      id: body.id,
      body,
      x: topDown ? p.b : p.d,
      y: topDown ? p.d : p.b,
      depth: index.depth.get(body.id) ?? 0,
      childIds: collapsed.has(body.id) ? [] : kids.map((k) => k.id),
      childCount: kids.length,
      expanded: !collapsed.has(body.id) && kids.length > 0,
      posinset,
      setsize,
      folded: [],
    };
    if (body.parent !== undefined && index.byId.has(body.parent)) node.parentId = body.parent;
    nodes.push(node);
    byId.set(body.id, node);
  }

  // Positions start at 0 on both axes here; everything is shifted into the margin at the end.
  const offsetB = -(Number.isFinite(minB) ? minB : 0);
  for (const n of nodes) {
    if (topDown) n.x = Math.round(n.x + offsetB);
    else n.y = Math.round(n.y + offsetB);
  }
  const laneIds = new Set(doc.lanes.map((l) => l.id));

  // Tree connectors: parent → elbow in the gap → child.
  const edges: OrgEdgeLayout[] = [];
  for (const n of nodes) {
    if (!n.parentId) continue;
    const p = byId.get(n.parentId)!;
    let points: Point[];
    if (topDown) {
      const px = Math.round(p.x + p.width / 2);
      const cx = Math.round(n.x + n.width / 2);
      const elbow = p.y + p.height + 16;
      points = [[px, p.y + p.height], [px, elbow], [cx, elbow], [cx, n.y]];
    } else {
      const py = Math.round(p.y + p.height / 2);
      const cy = Math.round(n.y + n.height / 2);
      const elbow = p.x + p.width + 16;
      points = [[p.x + p.width, py], [elbow, py], [elbow, cy], [n.x, cy]];
    }
    edges.push({ id: `${p.id}>${n.id}`, from: p.id, to: n.id, points: points.filter((pt, i) => i === 0 || pt[0] !== points[i - 1]![0] || pt[1] !== points[i - 1]![1]) });
  }

  // Lanes: the band around each lane's bodies and their visible descendants.
  const lanes: OrgLaneLayout[] = [];
  const laneOf = new Map<string, string>();
  for (const n of nodes) {
    const own = n.body.lane !== undefined && laneIds.has(n.body.lane) ? n.body.lane : undefined;
    const inherited = n.parentId ? laneOf.get(n.parentId) : undefined;
    const lane = own ?? inherited;
    if (lane) laneOf.set(n.id, lane);
  }
  for (const lane of doc.lanes) {
    const members = nodes.filter((n) => laneOf.get(n.id) === lane.id);
    if (!members.length) continue;
    const x0 = min(members, (n) => n.x)! - M.lanePadding;
    const y0 = min(members, (n) => n.y)! - M.lanePadding;
    const x1 = max(members, (n) => n.x + n.width)! + M.lanePadding;
    const y1 = max(members, (n) => n.y + n.height)! + M.lanePadding;
    // Japanese lane names stand vertically in a strip at the band's left, as on the slides
    // (top-down only: there the strip is free of connectors, which come from above).
    if (topDown && CJK_LABEL.test(lane.name)) {
      lanes.push({ lane, x: x0 - M.laneHeader, y: y0, width: x1 - x0 + M.laneHeader, height: y1 - y0, label: { x: x0 - M.laneHeader / 2 + 1, y: y0 + 6, vertical: true } });
    } else {
      lanes.push({ lane, x: x0, y: y0 - M.laneHeader, width: x1 - x0, height: y1 - y0 + M.laneHeader, label: { x: x0 + 8, y: y0 - 7, vertical: false } });
    }
  }

  // Typed links between visible bodies, routed around every box.
  const obstacles = new Map<string, Rect>();
  for (const n of nodes) obstacles.set(n.id, { x: n.x, y: n.y, width: n.width, height: n.height });
  const obstacleList = [...obstacles.values()];
  const channelsY: number[] = [];
  const channelsX: number[] = [];
  for (let d = 1; d < levelStart.length; d++) {
    const mid = levelStart[d]! - levelGap / 2;
    (topDown ? channelsY : channelsX).push(Math.round(mid + 8));
  }
  const linkLabels = ORG_LINK_LABELS[locale];
  const labelMeasure = scaled(measure, measureSize, M.textSize);
  const links: OrgLinkLayout[] = [];
  const hiddenLinks: OrgLink[] = [];
  const pairCount = new Map<string, number>();
  const placedLabels: Rect[] = [];
  // An end hidden in a collapsed subtree moves to its nearest visible ancestor, so that no typed
  // link silently disappears; links of one type into the same pair of visible boxes share a line.
  // Memoised: links share ends and ancestors, so each hidden body is walked up once per layout.
  const endOf = new Map<string, string | undefined>();
  const visibleEnd = (id: string): string | undefined => {
    // Iterative (a chain of thousands of bodies would overflow recursion).
    const path: string[] = [];
    let at: string | undefined = id;
    let end: string | undefined;
    for (;;) {
      if (at === undefined || !index.byId.has(at)) break;
      if (visible.has(at)) {
        end = at;
        break;
      }
      if (endOf.has(at)) {
        end = endOf.get(at);
        break;
      }
      path.push(at);
      at = index.byId.get(at)!.parent;
    }
    for (const p of path) endOf.set(p, end);
    return end;
  };
  const groups = new Map<string, { from: string; to: string; links: OrgLink[]; index: number; collapsedFrom: boolean; collapsedTo: boolean }>();
  const badgeTextMeasure = scaled(measure, measureSize, M.badgeSize);
  doc.links.forEach((link, i) => {
    const from = visibleEnd(link.from);
    const to = visibleEnd(link.to);
    if (from === undefined || to === undefined || from === to) {
      if (link.from !== link.to) hiddenLinks.push(link);
      return;
    }
    const collapsedFrom = from !== link.from;
    const collapsedTo = to !== link.to;
    // Folded links listed on their collapsed end(s), in document order.
    if (collapsedFrom) byId.get(from)!.folded.push(link);
    if (collapsedTo) byId.get(to)!.folded.push(link);
    const key = collapsedFrom || collapsedTo ? `${from}|${to}|${link.type}` : `#${i}`;
    const group = groups.get(key);
    if (group) {
      group.links.push(link);
      group.collapsedFrom ||= collapsedFrom;
      group.collapsedTo ||= collapsedTo;
    } else {
      groups.set(key, { from, to, links: [link], index: i, collapsedFrom, collapsedTo });
    }
  });
  // Lines into folded subtrees: a collapsed box with more than a few gets a count badge
  // instead of its lines (a line is dropped when either collapsed end has too many).
  const foldedGroups = new Map<string, number>();
  for (const g of groups.values()) {
    if (g.collapsedFrom) foldedGroups.set(g.from, (foldedGroups.get(g.from) ?? 0) + 1);
    if (g.collapsedTo) foldedGroups.set(g.to, (foldedGroups.get(g.to) ?? 0) + 1);
  }
  const undrawn = new Map<string, number>();
  const groupList = [...groups.values()];
  const drawnGroups: typeof groupList = [];
  for (const g of groupList) {
    const tooMany = (g.collapsedFrom && foldedGroups.get(g.from)! > ORG_MAX_FOLDED_LINES) || (g.collapsedTo && foldedGroups.get(g.to)! > ORG_MAX_FOLDED_LINES);
    if (!tooMany) {
      drawnGroups.push(g);
      continue;
    }
    if (g.collapsedFrom) undrawn.set(g.from, (undrawn.get(g.from) ?? 0) + g.links.length);
    if (g.collapsedTo) undrawn.set(g.to, (undrawn.get(g.to) ?? 0) + g.links.length);
  }
  for (const [id, count] of undrawn) {
    const node = byId.get(id)!;
    const text = ORG_UI[locale].foldedBadge(count);
    const width = Math.min(node.width - 2 * M.padding, Math.ceil(badgeTextMeasure(text)) + 14);
    // Across the top edge at the right: clear of the box's text (below the padding), of the
    // toggle (bottom centre or right middle) and of the tree connector (top centre).
    node.foldedBadge = { count, text, x: node.width - width - 6, y: -Math.round(M.badgeHeight / 2 + 2), width, height: M.badgeHeight };
    // A band whose top edge runs right at the box's top (vertical lane labels) grows to hold the badge.
    const lane = lanes.find((l) => l.lane.id === laneOf.get(id));
    const top = node.y + node.foldedBadge.y - 3;
    if (lane && top < lane.y) {
      lane.height += lane.y - top;
      lane.y = top;
    }
  }
  const runs: Run[] = [];
  for (const g of drawnGroups) {
    const link = g.links[0]!;
    const a = obstacles.get(g.from)!;
    const b = obstacles.get(g.to)!;
    const pair = g.from < g.to ? `${g.from}|${g.to}` : `${g.to}|${g.from}`;
    const nth = pairCount.get(pair) ?? 0;
    pairCount.set(pair, nth + 1);
    let route = routeOrthogonal({ a, b, obstacles: obstacleList, channels: { x: channelsX, y: channelsY }, offset: nth * 8 });
    // A line running inside a line of another type (所管 along a 共同事務局 double line) reads as
    // neither: shift it aside while that costs no box crossing. Lines into collapsed subtrees
    // are many and thin; they are left as routed.
    if (!g.collapsedFrom && !g.collapsedTo && countSharedRuns(route.points, link.type, runs) > 0) {
      for (const shift of [7, -7, 14]) {
        const other = routeOrthogonal({ a, b, obstacles: obstacleList, channels: { x: channelsX, y: channelsY }, offset: nth * 8 + shift });
        if (other.crossings <= route.crossings && countSharedRuns(other.points, link.type, runs) === 0) {
          route = other;
          break;
        }
      }
    }
    addRuns(route.points, link.type, runs);
    const base = g.links.length > 1 ? linkLabels[link.type] : formatOrgLinkLabel(link, locale);
    const label = g.links.length > 1 ? `${base}${ORG_UI[locale].times(g.links.length)}` : base;
    let labelBox: Rect | undefined;
    if (!g.collapsedFrom && !g.collapsedTo) {
      labelBox = placeLabel(route.points, Math.ceil(labelMeasure(label)) + 8, M.textLine + 2, [...obstacleList, ...placedLabels]);
      placedLabels.push(labelBox);
    }
    links.push({
      id: `link-${g.index}`,
      link,
      links: g.links,
      type: link.type,
      label,
      from: g.from,
      to: g.to,
      collapsedFrom: g.collapsedFrom,
      collapsedTo: g.collapsedTo,
      directed: ORG_DIRECTED_LINKS.has(link.type),
      points: route.points,
      crossings: route.crossings,
      labelBox,
    });
  }

  // Shift everything so that the drawing starts at the margin on both axes.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  const toggleR = M.toggleRadius + 2;
  for (const n of nodes) extend(n.x, n.y + (n.foldedBadge?.y ?? 0), n.x + n.width + (topDown ? 0 : toggleR), n.y + n.height + (topDown ? toggleR : 0));
  for (const l of lanes) extend(l.x, l.y, l.x + l.width, l.y + l.height);
  for (const l of links) {
    for (const p of l.points) extend(p[0], p[1], p[0], p[1]);
    if (l.labelBox) extend(l.labelBox.x, l.labelBox.y, l.labelBox.x + l.labelBox.width, l.labelBox.y + l.labelBox.height);
  }
  if (!nodes.length) minX = minY = maxX = maxY = 0;
  const dx = Math.round(MARGIN - minX);
  const dy = Math.round(MARGIN - minY);
  const move = (p: Point): Point => [p[0] + dx, p[1] + dy];
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const e of edges) e.points = e.points.map(move);
  for (const l of lanes) {
    l.x += dx;
    l.y += dy;
    l.label.x += dx;
    l.label.y += dy;
  }
  for (const l of links) {
    l.points = l.points.map(move);
    if (l.labelBox) {
      l.labelBox.x += dx;
      l.labelBox.y += dy;
    }
  }

  return {
    orientation,
    nodes,
    byId,
    rootIds: nodes.filter((n) => n.depth === 0).map((n) => n.id),
    edges,
    links,
    lanes,
    metrics: M,
    hiddenLinks,
    bounds: { width: Math.ceil(maxX - minX + 2 * MARGIN), height: Math.ceil(maxY - minY + 2 * MARGIN) },
  };
}
