/**
 * Stateless SVG templates of the org chart, mapping a layout (layout/index.ts) to
 * markup. No DOM access and no state: the element and the server-side renderer
 * (@lit-labs/ssr) both call these. Interaction is by event delegation on the element, using the
 * `data-id` and `data-action` attributes written here.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { escapeXml } from '../../kit/escape-xml.js';
import { ORG_LINK_LABELS, ORG_UI } from './words.js';
import type { Locale, LinkType } from '../../data/types.js';
import { ORG_DIRECTED_LINKS, type OrgChartLayout, type OrgEdgeLayout, type OrgLinkLayout, type OrgLinkStub, type OrgNodeLayout, type OrgTextLine } from './layout/index.js';
import { ORG_BADGE_PAD_X, ORG_BADGE_PAD_Y, orgBadgeLineHeight } from './layout/gutter.js';
import { orgPairDigits } from './layout/pair-mark.js';
import type { Point } from './layout/route.js';
import { orgBandPath } from './layout/lanes.js';
import { cssProps, type CSSProps } from '../../kit/css-props.js';
import { lintAttr } from '../../kit/lint-hooks.js';
import { boundsOfPoints, rectsIntersect, SpatialIndex, type IndexRect } from '../../kit/spatial-index.js';

/** The pan and zoom of the drawing: content is scaled by `k`, then moved by (`tx`, `ty`). */
export interface OrgView {
  k: number;
  tx: number;
  ty: number;
  /** Size of the visible viewport in px. */
  width: number;
  height: number;
}

/** Options of {@link renderOrgChartSvg}. */
export interface RenderOrgChartOptions {
  layout: OrgChartLayout;
  view: OrgView;
  locale: Locale;
  /** Accessible name of each body (see describe.ts). */
  names: ReadonlyMap<string, string>;
  /** Label of the tree. */
  label: string;
  /** Language of the labels in the data (`lang` of the document). */
  lang?: string;
  /** Id of an element describing the keyboard use (aria-describedby). */
  describedBy?: string;
  /** The body with tabindex=0 (roving tabindex). */
  activeId?: string;
  selectedId?: string;
  /** Bodies matching the search, highlighted. */
  matches?: ReadonlySet<string>;
  /**
   * Bodies that have just appeared (their parent was expanded): they grow out of their
   * parent's box, by CSS transitions that reduced motion turns off. Empty on a first drawing.
   */
  entering?: ReadonlySet<string>;
  /**
   * Boxes and connectors that moved since the last drawing: boxes glide to their new places (a
   * CSS transition that reduced motion turns off, given to them alone), connectors moved whole
   * (`shifts`) too, others fade in at their new shape (state.ts OrgMovingParts). None on a first drawing.
   */
  moving?: { boxes: ReadonlySet<string>; edges: ReadonlySet<string>; shifts?: ReadonlyMap<string, readonly [number, number]>; from?: ReadonlyMap<string, readonly [number, number]> };
  /**
   * Draw only what intersects the view (plus a margin), once the chart has
   * {@link ORG_CULL_MIN_BOXES} boxes or more: the element, which redraws as the view pans and
   * zooms. The active and selected bodies (and their ancestors, for the tree's nesting) are
   * always drawn. Off for a drawing that is exported or rendered on the server.
   */
  cull?: boolean;
  /**
   * The element's: the `<svg>`'s height when taller than the view (the window's `<div>` clips it),
   * kept in steps so that an expand or collapse does not resize it (layout-controller.ts
   * `orgCanvasHeight`). Files and exports draw the view's height.
   */
  canvasHeight?: number;
  /**
   * A file (SVG, PNG, a slide's picture): nothing can be clicked, so an open box draws no ⊖; a
   * collapsed one keeps its ⊕, which tells the reader that it has more under it.
   */
  file?: boolean;
}

/** From this many boxes on, a culled drawing holds only what the view shows. */
export const ORG_CULL_MIN_BOXES = 500;
/** How far beyond the view, in screen px, boxes and lines are drawn (a short pan shows no gap). */
const CULL_MARGIN_PX = 320;

/** What one view draws of a layout. */
interface OrgDrawnParts {
  nodes: readonly OrgNodeLayout[];
  edges: readonly OrgEdgeLayout[];
  links: readonly OrgLinkLayout[];
  /** The drawn bodies and their ancestors (the tree's walk to them, see treeOrder); undefined: all. */
  tree?: ReadonlySet<string>;
}

interface OrgCullIndex {
  nodes: SpatialIndex<OrgNodeLayout>;
  edges: SpatialIndex<OrgEdgeLayout>;
  links: SpatialIndex<OrgLinkLayout>;
}

/** One index per layout (a layout is never changed once made). */
const cullIndexes = new WeakMap<OrgChartLayout, OrgCullIndex>();

function unionRect(a: IndexRect, b: IndexRect | undefined): IndexRect {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function cullIndexOf(layout: OrgChartLayout): OrgCullIndex {
  let index = cullIndexes.get(layout);
  if (!index) {
    index = {
      nodes: new SpatialIndex(layout.nodes, (n) => unionRect({ x: n.x, y: n.y, width: n.width, height: n.height }, n.foldedBadge && { ...n.foldedBadge, x: n.x + n.foldedBadge.x, y: n.y + n.foldedBadge.y })),
      edges: new SpatialIndex(layout.edges, (e) => boundsOfPoints(e.points)),
      links: new SpatialIndex(layout.links, (l) => unionRect(boundsOfPoints(l.points), l.labelBox)),
    };
    cullIndexes.set(layout, index);
  }
  return index;
}

/**
 * The boxes, connectors and links that intersect the view (plus a margin), found in a spatial
 * index of the layout, and the bodies in `keep` (the active and selected ones: focus and the
 * selection ring need them drawn); each drawn body is a treeitem, whose `aria-level`,
 * `aria-setsize` and `aria-posinset` tell its place, so the items not drawn are not missed.
 */
export function visibleOrgParts(layout: OrgChartLayout, view: OrgView, keep: readonly (string | undefined)[] = [], motionOf: (edge: OrgEdgeLayout) => string = () => ''): OrgDrawnParts {
  const index = cullIndexOf(layout);
  const m = CULL_MARGIN_PX / view.k;
  const rect = { x: -view.tx / view.k - m, y: -view.ty / view.k - m, width: view.width / view.k + 2 * m, height: view.height / view.k + 2 * m };
  const nodes = index.nodes.search(rect);
  const drawn = new Set(nodes.map((n) => n.id));
  for (const id of keep) {
    const node = id === undefined ? undefined : layout.byId.get(id);
    if (node && !drawn.has(node.id)) {
      drawn.add(node.id);
      nodes.push(node);
    }
  }
  const tree = new Set<string>();
  for (const node of nodes) {
    for (let n: OrgNodeLayout | undefined = node; n && !tree.has(n.id); n = n.parentId === undefined ? undefined : layout.byId.get(n.parentId)) tree.add(n.id);
  }
  // A line's extent may meet the view while the line does not (a long link around it): keep
  // the lines with a segment (or the label) in the view.
  const crosses = (points: readonly Point[]) => points.some((p, i) => i > 0 && rectsIntersect(boundsOfPoints([points[i - 1]!, p]), rect));
  const edges = withoutCovered(
    index.edges.search(rect).filter((e) => crosses(e.points)),
    drawn,
    rect,
    motionOf,
  );
  const links = index.links.search(rect).filter((l) => crosses(l.points) || (l.labelBox !== undefined && rectsIntersect(l.labelBox, rect)));
  return { nodes, edges, links, tree };
}

/**
 * `edges` without the connectors that draw nothing another one does not: in a tall column a
 * parent's connectors to the children far above or below the view all pass through it along one
 * trunk (72 paths for 17 boxes on a screen of the 10,000-body chart, every body open). A
 * connector goes when its child is not drawn and every segment of it within `rect` lies on a
 * segment of another connector of the same parent that is kept and moves as it does (`motionOf`,
 * so that no trunk fades or glides where it stood still).
 */
function withoutCovered(edges: OrgEdgeLayout[], drawn: ReadonlySet<string>, rect: IndexRect, motionOf: (edge: OrgEdgeLayout) => string): OrgEdgeLayout[] {
  const byParent = new Map<string, OrgEdgeLayout[]>();
  for (const e of edges) {
    const list = byParent.get(e.from);
    if (list) list.push(e);
    else byParent.set(e.from, [e]);
  }
  const dropped = new Set<OrgEdgeLayout>();
  for (const siblings of byParent.values()) {
    if (siblings.length < 2) continue;
    // The longest first: a trunk covers the shorter connectors along it.
    const order = [...siblings].sort((a, b) => pathLength(b.points) - pathLength(a.points));
    const kept: OrgEdgeLayout[] = [];
    for (const e of order) {
      const inView = drawn.has(e.to) ? undefined : clippedSegments(e.points, rect);
      if (inView && kept.some((k) => motionOf(k) === motionOf(e) && inView.every((seg) => onSegments(seg, k.points)))) dropped.add(e);
      else kept.push(e);
    }
  }
  return dropped.size ? edges.filter((e) => !dropped.has(e)) : edges;
}

function pathLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.abs(points[i]![0] - points[i - 1]![0]) + Math.abs(points[i]![1] - points[i - 1]![1]);
  return length;
}

/** The parts of a polyline's segments within `rect`, each [x1, y1, x2, y2]; undefined when a segment is neither horizontal nor vertical. */
function clippedSegments(points: readonly Point[], rect: IndexRect): [number, number, number, number][] | undefined {
  const out: [number, number, number, number][] = [];
  const [left, top, right, bottom] = [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    if (x1 !== x2 && y1 !== y2) return undefined;
    const [lx, hx, ly, hy] = [Math.max(Math.min(x1, x2), left), Math.min(Math.max(x1, x2), right), Math.max(Math.min(y1, y2), top), Math.min(Math.max(y1, y2), bottom)];
    if (lx <= hx && ly <= hy) out.push([lx, ly, hx, hy]);
  }
  return out;
}

/** Whether the horizontal or vertical segment `seg` ([x1, y1, x2, y2], ordered) lies on one segment of the polyline `points`. */
function onSegments(seg: readonly [number, number, number, number], points: readonly Point[]): boolean {
  const [x1, y1, x2, y2] = seg;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    if (ax === bx && x1 === ax && x2 === ax && Math.min(ay, by) <= y1 && y2 <= Math.max(ay, by)) return true;
    if (ay === by && y1 === ay && y2 === ay && Math.min(ax, bx) <= x1 && x2 <= Math.max(ax, bx)) return true;
  }
  return false;
}

/** An SVG path through the points. */
export function toPathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p[0]} ${p[1]}`).join('');
}

/** The path of each tree connector, made once per layout's connector (a layout is never changed once made). */
const edgePaths = new WeakMap<OrgEdgeLayout, string>();
function edgePath(edge: OrgEdgeLayout): string {
  let d = edgePaths.get(edge);
  if (d === undefined) edgePaths.set(edge, (d = toPathData(edge.points)));
  return d;
}

/** The dash pattern of each link type: a line style, so the type never rests on colour alone. */
export const ORG_LINK_DASHES: Readonly<Record<LinkType, string>> = {
  cooperation: '7 4',
  'joint-secretariat': 'none',
  jurisdiction: '12 3 2 3',
  advice: '2 3',
  other: '14 5',
};

/**
 * The +/− button of a box with children: one path, the circle and its sign (the shape, not
 * colour, tells the state), placed like the box's other parts.
 */
function renderToggle(node: OrgNodeLayout, layout: OrgChartLayout, file: boolean): SVGTemplateResult | typeof nothing {
  if (node.childCount === 0 || (file && node.expanded)) return nothing;
  const topDown = layout.orientation === 'top-down';
  const r = layout.metrics.toggleRadius;
  const cx = topDown ? node.width / 2 : node.width;
  const cy = topDown ? (node.toggleAt ?? node.height) : node.height / 2;
  const circle = `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
  const sign = node.expanded ? `M${cx - 4} ${cy}h8` : `M${cx - 4} ${cy}h8M${cx} ${cy - 4}v8`;
  // A toggle kept where the text ends (`toggleAt`, end badges under it) stands on a rule across the box.
  const rule = topDown && node.toggleAt !== undefined ? svg`<path class="toggle-rule" d=${`M0 ${cy}H${node.width}`}></path>` : nothing;
  return svg`${rule}<path class="toggle" data-action="toggle" d=${circle + sign}></path>`;
}

/**
 * The inline style placing a box: its translation, and for a box that has just appeared the
 * place it grows from (its parent's box, read by the `org-grow` animation in the element's styles).
 */
function placeStyle(node: OrgNodeLayout, layout: OrgChartLayout, entering: boolean): CSSProps {
  const base = { transform: `translate(${node.x}px,${node.y}px)` };
  const parent = entering && node.parentId ? layout.byId.get(node.parentId) : undefined;
  if (!parent) return base;
  const topDown = layout.orientation === 'top-down';
  const fx = topDown ? parent.x + (parent.width - node.width) / 2 : parent.x + parent.width - node.width;
  const fy = topDown ? parent.y + parent.height - node.height : parent.y + (parent.height - node.height) / 2;
  return { ...base, '--_from': `translate(${Math.round(fx)}px,${Math.round(fy)}px) scale(0.4)` };
}

/**
 * The text lines of a box in runs that no count button interrupts: each run is one `<text>`
 * (so a text's extent never spans a button drawn between role lines). Most boxes have one run.
 */
function lineRuns(node: OrgNodeLayout): OrgTextLine[][] {
  const { lines, counts } = node;
  if (lines.length === 0) return [];
  if (counts.length === 0) return [lines];
  const runs: OrgTextLine[][] = [[lines[0]!]];
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!.y;
    const line = lines[i]!;
    if (counts.some((c) => c.y > above && c.y < line.y)) runs.push([line]);
    else runs[runs.length - 1]!.push(line);
  }
  return runs;
}

/** How a box's part in the text layer is placed and moves: its class suffix and inline style (the box's transform). */
interface Placed {
  motion: string;
  /** Undefined inside a moving box's group, which places them. */
  style?: CSSProps;
}

/**
 * A run of text lines as one `<text>`, placed as its box is: the first line is the text's own
 * content (its class and place), each further line a `<tspan>` with its own class and place.
 */
function renderLines(run: readonly OrgTextLine[], at: Placed, node: OrgNodeLayout): SVGTemplateResult {
  const [first, ...rest] = run;
  return svg`<text class=${`lines ${first!.kind}${at.motion}`} data-id=${node.id} style=${at.style ? cssProps(at.style) : nothing} x=${first!.x} y=${first!.y}>${first!.text}${rest.map((l) => svg`<tspan class=${l.kind} x=${l.x} y=${l.y}>${l.text}</tspan>`)}</text>`;
}

/** Names a box's part for the layout lint (`data-lint-id`; a label's `data-lint-owner` names the chip it sits on). */
const chipId = (node: OrgNodeLayout, part: string | number): string => `${node.id}:${part}`;

/**
 * What a box's drawing depends on besides `extra`: an update that leaves them all as they were
 * (a box that did not move nor change) skips the box's templates (Lit's `guard`). The measured
 * contents (lines, counts, badge) are the same objects while a box keeps its width; a box that
 * has just appeared depends on its parent's place too (it grows out of it).
 */
function boxDeps(node: OrgNodeLayout, layout: OrgChartLayout, entering: boolean, ...extra: unknown[]): unknown[] {
  const M = layout.metrics;
  const b = node.foldedBadge;
  const parent = entering && node.parentId !== undefined ? layout.byId.get(node.parentId) : undefined;
  return [
    node.id,
    node.body,
    node.x,
    node.y,
    node.width,
    node.height,
    node.lines,
    node.counts,
    node.badge,
    b?.text,
    b?.x,
    b?.y,
    b?.width,
    b?.height,
    M.padding,
    M.badgeHeight,
    M.badgeSize,
    M.textSize,
    M.toggleRadius,
    layout.orientation,
    entering,
    parent?.x,
    parent?.y,
    parent?.width,
    parent?.height,
    ...extra,
  ];
}

/**
 * The text of one box, in the layer above the tree (hidden from assistive technology: the
 * treeitem's accessible name is all a screen reader hears, and its visible text inside the
 * treeitem would have to be part of that name; and from the pointer: the shapes under it take
 * the clicks): the text lines as one `<text>` of `<tspan>`s with the kind badge's label, the
 * labels of the count buttons and of the folded-link badge, each placed by the box's transform
 * (no group per box).
 */
function renderBoxText(node: OrgNodeLayout, layout: OrgChartLayout, moving: boolean, from?: readonly [number, number]): SVGTemplateResult | SVGTemplateResult[] {
  const M = layout.metrics;
  const b = node.foldedBadge;
  // A new box's text does not move: it fades in at its place as the frame grows there, with the
  // other new boxes' texts in one layer (renderOrgChartSvg). A transform animated on a <text> has
  // Chromium lay the text out again on every frame of the motion (and when it starts and ends): a
  // moving box's texts glide in one group, whose transform moves them without laying them out again.
  const group = moving && from !== undefined;
  const at: Placed = group ? { motion: '' } : { motion: moving ? ' moving' : '', style: placeStyle(node, layout, false) };
  const style = (): typeof nothing | ReturnType<typeof cssProps> => (at.style ? cssProps(at.style) : nothing);
  // The kind badge's label: a <text> of its own (as one with the lines, its extent would reach over the folded-link badge on the badge's line).
  const parts = [
    svg`<text class=${`badge-text${at.motion}`} data-id=${node.id} data-lint-owner=${lintAttr(chipId(node, 'badge'))} style=${style()} x=${M.padding + node.badge.width / 2} y=${M.padding + M.badgeHeight / 2 + M.badgeSize * 0.36}>${node.badge.text}</text>`,
    ...lineRuns(node).map((run) => renderLines(run, at, node)),
  ];
  node.counts.forEach((c, i) =>
    parts.push(svg`<text class=${`count-text${at.motion}`} data-id=${node.id} data-lint-owner=${lintAttr(chipId(node, i))} style=${style()} x=${c.x + 10} y=${c.y + c.height / 2 + M.textSize * 0.36}>${c.text} ▸</text>`),
  );
  // (With the pair numbers of the lines it counts, the count ending left of them, each number's digits centred in its ring: pair-mark.ts.)
  const rings = b?.rings?.length ? b.rings : undefined;
  if (b)
    parts.push(
      svg`<text class=${`folded-text${rings ? ' numbered' : ''}${at.motion}`} data-id=${node.id} data-lint-owner=${lintAttr(`${chipId(node, 'folded')} ${chipId(node, 'frame')}`)} style=${style()} x=${rings ? rings[0]!.x - 3 : b.x + b.width / 2} y=${b.y + b.height / 2 + M.badgeSize * 0.36}>${rings ? b.head : b.text}${rings ? rings.map((r) => svg`<tspan class="pair-digits" x=${r.x + r.width / 2}>${r.digits}</tspan>`) : nothing}</text>`,
    );
  if (!group) return parts;
  // Placed by its transform attribute (below author styles), so that a group new in this drawing
  // starts at the box's old place (styles.ts @starting-style, --_from) and glides from there.
  return svg`<g class="moving" transform=${`translate(${node.x} ${node.y})`} style=${cssProps({ '--_from': `translate(${from[0]}px,${from[1]}px)` })}>${parts}</g>`;
}

/**
 * The shapes of one box, the children of its treeitem (which places them: one transform, so a
 * box that moves is one transition): the frame (which is also what the pointer hits), the search
 * mark, the count buttons and the folded-link badge (which open the details), the selection
 * ring, the toggle and the kind badge. No text (see {@link renderBoxText}).
 */
function renderBoxShapes(node: OrgNodeLayout, layout: OrgChartLayout, selected: boolean, matched: boolean, file: boolean): SVGTemplateResult {
  const M = layout.metrics;
  const { width, height } = node;
  const b = node.foldedBadge;
  // data-lane: the body's own lane from the data ('' for none), read by the layout lint's lane rule.
  // data-lint-id: the folded-link badge sits on the frame (inside it, on the kind badge's line), on purpose.
  return svg`<rect class=${matched ? 'frame match' : 'frame'} data-kind=${node.body.kind} data-lane=${node.body.lane ?? ''} data-lint-id=${lintAttr(chipId(node, 'frame'))} width=${width} height=${height} rx="4"></rect
    >${matched ? svg`<rect class="match-mark" x="3" y="3" width=${width - 6} height=${height - 6} rx="3"></rect>` : nothing}${node.counts.map(
      (c, i) => svg`<rect class="count-chip" data-action="details" data-lint-id=${lintAttr(chipId(node, i))} x=${c.x} y=${c.y} width=${c.width} height=${c.height} rx="11"></rect>`,
    )}${b
      ? svg`<rect class="folded-chip" data-action="details" data-lint-id=${lintAttr(chipId(node, 'folded'))} x=${b.x} y=${b.y} width=${b.width} height=${b.height} rx="3"></rect>${(b.rings ?? []).map(
          (r) => svg`<rect class="pair-ring" data-lint-id=${lintAttr(chipId(node, 'folded'))} x=${r.x} y=${r.y} width=${r.width} height=${r.height} rx=${r.height / 2}></rect>`,
        )}`
      : nothing}${selected ? svg`<rect class="selected-ring" x="-3" y="-3" width=${width + 6} height=${height + 6} rx="6"></rect>` : nothing}${renderToggle(node, layout, file)}<rect
      class="badge" data-lint-id=${lintAttr(chipId(node, 'badge'))} x=${M.padding} y=${M.padding} width=${node.badge.width} height=${M.badgeHeight} rx="9"></rect>`;
}

/**
 * The keyboard focus ring: one element for the whole chart, placed on the body with the roving
 * tabindex and shown (by the styles) only while that body has keyboard focus.
 */
function renderFocusRing(layout: OrgChartLayout, activeId: string | undefined): SVGTemplateResult | typeof nothing {
  const node = activeId ? layout.byId.get(activeId) : undefined;
  if (!node) return nothing;
  return svg`<rect class="focus-ring" aria-hidden="true" x=${node.x - 5} y=${node.y - 5} width=${node.width + 10} height=${node.height + 10} rx="7"></rect>`;
}

/** Band outlines' path data by outline: a layout drawn again (a toggle back) does not build it again. */
const bandPaths = new WeakMap<object, string>();
function bandPathOf(outline: Parameters<typeof orgBandPath>[0]): string {
  let d = bandPaths.get(outline);
  if (d === undefined) bandPaths.set(outline, (d = orgBandPath(outline)));
  return d;
}

/** Ids of the line-end markers, defined once in each chart's `<defs>`. */
const MARKER = { arrow: 'org-arrow', arrowOpen: 'org-arrow-open', open: 'org-open-end' } as const;

/**
 * The end markers of a link: an arrowhead at `to` for a directed type (所管), a hollow one when
 * `to` stands for a collapsed subtree, and a hollow circle at an undirected collapsed end.
 */
function markersOf(l: OrgLinkLayout): { start?: string; end?: string } {
  const end = l.directed ? (l.collapsedTo ? MARKER.arrowOpen : MARKER.arrow) : l.collapsedTo ? MARKER.open : undefined;
  return { start: l.collapsedFrom ? MARKER.open : undefined, end };
}

/** A marker attribute's value: a reference to the marker with id `id`. */
const markerUrl = (id: string | undefined) => (id ? `url(#${id})` : nothing);

function renderLink(l: OrgLinkLayout): SVGTemplateResult {
  // A line too long to follow is drawn as its stubs, where its badges stand outside their boxes
  // (one path, up to two pieces: the markers stay at its ends), or not at all.
  if (!drawsLine(l)) return svg``;
  const d = l.stubs ? `${toPathData(l.stubs.from.points)} ${toPathData(l.stubs.to.points)}`.trim() : toPathData(l.points);
  const m = markersOf(l);
  const cls = `link link-${l.type}${l.collapsedFrom || l.collapsedTo ? ' into-collapsed' : ''}`;
  if (l.type === 'joint-secretariat') {
    // A double line: a wide stroke with a narrower background-coloured stroke on top.
    // data-lint-id: a bundle's one label names (lies across) its other lines too (labelAlso).
    return svg`<g class=${cls} data-lint-id=${lintAttr(l.id)}><path class="double-outer" d=${d}></path><path class="double-inner" d=${d}></path><path
        class="marker-carrier" d=${d} marker-start=${markerUrl(m.start)} marker-end=${markerUrl(m.end)}></path></g>`;
  }
  return svg`<g class=${cls} data-lint-id=${lintAttr(l.id)}><path d=${d} stroke-dasharray=${ORG_LINK_DASHES[l.type]} marker-start=${markerUrl(m.start)} marker-end=${markerUrl(m.end)}></path></g>`;
}

/**
 * Marker shapes: filled arrow, hollow arrow, hollow circle; coloured by the styles (forced colours too).
 * The arrows are only ever end markers, so `orient="auto"`: resvg (the CLI's PNG) reverses an
 * `auto-start-reverse` marker at the end too, which hid the 所管 arrowheads under their boxes.
 */
const MARKER_SHAPES: Readonly<Record<string, SVGTemplateResult>> = {
  [MARKER.arrow]: svg`<marker id=${MARKER.arrow} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto">
    <path class="arrowhead" d="M0 0L10 5L0 10z"></path>
  </marker>`,
  [MARKER.arrowOpen]: svg`<marker id=${MARKER.arrowOpen} viewBox="-1 -1 12 12" refX="10" refY="5" markerWidth="13" markerHeight="13" markerUnits="userSpaceOnUse" orient="auto">
    <path class="arrowhead-open" d="M0 0L10 5L0 10z"></path>
  </marker>`,
  [MARKER.open]: svg`<marker id=${MARKER.open} viewBox="0 0 12 12" refX="6" refY="6" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse">
    <circle class="open-end" cx="6" cy="6" r="4.5"></circle>
  </marker>`,
};

/** Whether a link draws a line (one drawn as its stubs may have none left: only its badges). */
function drawsLine(l: OrgLinkLayout): boolean {
  return !l.stubs || l.stubs.from.points.length > 0 || l.stubs.to.points.length > 0;
}

/** The `<defs>` of the markers the drawn lines use (each defined once), or nothing when they use none. */
function renderMarkerDefs(lines: readonly OrgLinkLayout[]): SVGTemplateResult | typeof nothing {
  const used = new Set<string>();
  for (const l of lines) {
    const m = markersOf(l);
    if (m.start) used.add(m.start);
    if (m.end) used.add(m.end);
  }
  if (!used.size) return nothing;
  return svg`<defs>${Object.keys(MARKER_SHAPES).filter((id) => used.has(id)).map((id) => MARKER_SHAPES[id])}</defs>`;
}

/**
 * The drawn bodies in the hierarchy's order (depth first, children in order): the order of the
 * flat tree's items, so that reading them in turn follows the tree.
 */
function treeOrder(layout: OrgChartLayout, parts: OrgDrawnParts): OrgNodeLayout[] {
  const { tree } = parts;
  if (!tree) return layout.nodes;
  const drawn = new Set<string>();
  for (const n of parts.nodes) drawn.add(n.id);
  const out: OrgNodeLayout[] = [];
  const walk = (id: string) => {
    const node = layout.byId.get(id)!;
    if (drawn.has(id)) out.push(node);
    for (const c of node.childIds) if (tree.has(c)) walk(c);
  };
  for (const id of layout.rootIds) if (tree.has(id)) walk(id);
  return out;
}

/**
 * The chart as one `<svg>`: lanes, tree connectors, typed links, and the bodies as an ARIA
 * tree (`role="tree"` / `treeitem` / `group`, nested as the hierarchy is).
 */
export function renderOrgChartSvg(options: RenderOrgChartOptions): TemplateResult {
  const { layout, view, names, activeId, selectedId, matches, entering, moving, locale } = options;
  const M = layout.metrics;
  /** How a connector moves in this drawing: fades in (entering, moving) or glides from `from` (shifting). */
  const edgeMotion = (e: OrgEdgeLayout): { cls?: string; from?: string } => {
    const shift = moving?.edges.has(e.id) ? (moving.shifts?.get(e.id) ?? false) : undefined;
    const cls = entering?.has(e.to) ? 'entering' : shift ? 'shifting' : shift === false ? 'moving' : undefined;
    return { cls, from: cls === 'shifting' && shift ? `translate(${shift[0]}px, ${shift[1]}px)` : undefined };
  };
  const parts: OrgDrawnParts =
    options.cull && layout.nodes.length >= ORG_CULL_MIN_BOXES
      ? visibleOrgParts(layout, view, [activeId, selectedId], (e) => {
          const { cls, from } = edgeMotion(e);
          return `${cls}|${from}`;
        })
      : { nodes: layout.nodes, edges: layout.edges, links: layout.links };
  // The typed lines drawn as lines, those with a label on them, and those drawn as badges (which take the reader to the other end); a layer with nothing in it is not drawn.
  const lines = parts.links.filter(drawsLine);
  const entered = entering?.size ? parts.nodes.filter((n) => entering.has(n.id)) : [];
  const labelled = parts.links.filter((l) => !l.stubs && l.labelBox);
  const badged = parts.links.filter((l) => l.stubs);
  const nameOf = (node: OrgNodeLayout): string => {
    const name = names.get(node.id) ?? node.body.name;
    return node.foldedBadge ? `${name}${locale === 'ja' ? '。' : '. '}${ORG_UI[locale].foldedName(node.foldedBadge.count)}` : name;
  };
  // One treeitem per drawn body, placed by its transform, all children of the tree in the
  // hierarchy's order (depth first): a flat tree, whose aria-level, aria-setsize and
  // aria-posinset give each item's place (so no group per parent, and a culled drawing needs no
  // treeitem for the ancestors it does not draw).
  const renderNode = (node: OrgNodeLayout): SVGTemplateResult => {
    const selected = node.id === selectedId;
    const matched = matches?.has(node.id) ?? false;
    const isEntering = entering?.has(node.id) ?? false;
    const moved = moving?.boxes.has(node.id) ?? false;
    const deps = boxDeps(node, layout, isEntering, selected, matched, node.childCount, node.expanded);
    return svg`<g
      role="treeitem"
      class=${isEntering ? 'node entering' : moved ? 'node moving' : 'node'}
      data-id=${node.id}
      data-kind=${node.body.kind}
      style=${cssProps(placeStyle(node, layout, isEntering))}
      tabindex=${node.id === activeId ? '0' : '-1'}
      aria-level=${node.depth + 1}
      aria-setsize=${node.setsize}
      aria-posinset=${node.posinset}
      aria-expanded=${node.childCount > 0 ? String(node.expanded) : nothing}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${nameOf(node)}
    >${guard(deps, () => renderBoxShapes(node, layout, selected, matched, options.file === true))}</g>`;
  };
  const height = Math.max(view.height, options.canvasHeight ?? 0);
  return html`<svg
    class="org"
    width=${view.width}
    height=${height}
    viewBox=${`0 0 ${view.width} ${height}`}
    role="none"
    lang=${options.lang ?? nothing}
    style=${cssProps({ '--_org-name-size': `${M.nameSize}px`, '--_org-text-size': `${M.textSize}px`, '--_org-badge-size': `${M.badgeSize}px` })}
  >
    ${renderMarkerDefs(lines)}
    <g class="viewport" transform=${`translate(${view.tx} ${view.ty}) scale(${view.k})`}>
      <g class="lanes" aria-hidden="true">
        ${layout.lanes.map(
          // One band per lane: the outline round its parts (an L or a step where they differ), its name once (no group per lane).
          (l) => svg`<path class="band" data-lane-band=${l.lane.id} d=${bandPathOf(l.outline)}></path><text
            class=${l.label.vertical ? 'lane-label vertical' : 'lane-label'}
            data-lane-label=${l.lane.id}
            x=${l.label.x}
            y=${l.label.y}
          >${l.label.text === undefined ? l.lane.name : svg`<title>${l.lane.name}</title>${l.label.text}`}</text>`,
        )}
      </g>
      <g class="edges" aria-hidden="true" data-lint-line=${lintAttr('tree')}>
        ${repeat(
          parts.edges,
          // Keyed by its path too: a connector that moved is a new element, so that its motion starts
          // again; one whose path stayed keeps its element (also when it moved in the toggle before).
          (e) => `${e.id} ${edgePath(e)}`,
          (e) => {
            // A connector that did not change skips its template (its path text is what it depends on).
            const d = edgePath(e);
            const { cls, from } = edgeMotion(e);
            // (No CSS `d` beside the attribute: a connector no longer morphs its path, styles.ts; one moved whole glides from --_from.)
            return guard([d, cls, from], () => svg`<path class=${cls ?? nothing} d=${d} style=${from ? cssProps({ '--_from': from }) : nothing}></path>`);
          },
        )}
      </g>
      ${lines.length ? svg`<g class="links" aria-hidden="true" data-lint-line=${lintAttr('link')}>${lines.map(renderLink)}</g>` : nothing}
      <g role="tree" aria-label=${options.label} aria-describedby=${options.describedBy ?? nothing}>
        ${repeat(treeOrder(layout, parts), (n) => n.id, renderNode)}
      </g>
      ${renderFocusRing(layout, activeId)}
      <g class="boxes" aria-hidden="true">
        ${repeat(entered.length ? parts.nodes.filter((n) => !entering!.has(n.id)) : parts.nodes, (n) => n.id, (n) => {
          const moved = moving?.boxes.has(n.id) ?? false;
          const from = moved ? moving?.from?.get(n.id) : undefined;
          return guard(boxDeps(n, layout, false, moved, from?.[0], from?.[1]), () => renderBoxText(n, layout, moved, from));
        })}${repeat(
          // The texts of the boxes that have just appeared, in one layer that fades in (styles.ts
          // org-text-in): one animation for them all, not one per text (each animation started
          // costs the browser a style pass of its own). Keyed by the drawing's set of new boxes,
          // so that the next layout's new boxes get a new layer whose fade starts again.
          entered.length ? [entering!] : [],
          (set) => set,
          () => svg`<g class="entering">${repeat(entered, (n) => n.id, (n) => guard(boxDeps(n, layout, false), () => renderBoxText(n, layout, false)))}</g>`,
        )}
      </g>
      ${labelled.length ? svg`<g class="link-labels" aria-hidden="true">
        ${labelled.map((l) => {
          const box = l.labelBox!;
          if (l.labelVertical) {
            // Latin words (English labels) lie on their side along the track; kana and kanji stand upright.
            return svg`<g class=${`link-label link-${l.type}`} data-lint-owner=${lintAttr(l.id)}>${l.labelShort ? unsafeSVG(`<title>${escapeXml(l.label)}</title>`) : nothing}<rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect><text
              class=${/[A-Za-z]/.test(l.labelShort ?? l.label) ? 'vertical sideways' : 'vertical'}
              x=${box.x + box.width / 2}
              y=${box.y + 4}
            >${l.labelShort ?? l.label}</text></g>`;
          }
          // A shorter form (「Coop.」) carries the whole word as its tooltip (pre-escaped, as the stubs' titles).
          return svg`<g class=${`link-label link-${l.type}`} data-lint-owner=${lintAttr([l.id, ...(l.labelAlso ?? [])].join(' '))}>${l.labelShort ? unsafeSVG(`<title>${escapeXml(l.label)}</title>`) : nothing}<rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect><text
            x=${box.x + box.width / 2}
            y=${box.y + box.height / 2 + M.textSize * 0.36}
          >${l.labelShort ?? l.label}</text></g>`;
        })}
      </g>` : nothing}
      ${badged.length ? svg`<g class="link-badges">${badged.map((l) =>
        l.stubs!.from.lines
          ? [renderEndBadge(l, l.stubs!.from, l.from, layout, locale), renderEndBadge(l, l.stubs!.to, l.to, layout, locale)]
          : [renderStubBadge(l, l.stubs!.from, l.from, layout, locale), renderStubBadge(l, l.stubs!.to, l.to, layout, locale)],
      )}</g>` : nothing}
    </g>
  </svg>`;
}

/**
 * A badge at one end of a line too long to follow in a spread arrangement (layout/link-labels.ts):
 * the link and the way to the other end (「連携 ↓ AMED」), the other end's full name in its
 * tooltip; a button, as the one column's badges are, that moves focus to that body.
 * The title is pre-escaped markup: a binding inside <title> cannot be rendered on the server.
 */
function renderStubBadge(l: OrgLinkLayout, s: OrgLinkStub, boxId: string, layout: OrgChartLayout, locale: Locale): SVGTemplateResult {
  // (An end its box's folded-link badge counts has no chip of its own.)
  if (s.folded) return svg``;
  const M = layout.metrics;
  const partner = s.partner === undefined ? undefined : layout.byId.get(s.partner);
  // A pair's number: its digits in a ring at the right end (pair-mark.ts), the text ending left of it
  // (bold Latin letters run a little wider than measured: the chip's left padding takes it up).
  const ring = s.mark && s.markBox ? { ...s.markBox, x: s.badge.x + s.markBox.x, y: s.badge.y + s.markBox.y } : undefined;
  return svg`<g class=${`link-label link-stub link-${l.type}`} data-lint-owner=${lintAttr(l.id)} role=${partner ? 'button' : nothing} tabindex=${partner ? '-1' : nothing} data-action=${partner ? 'goto' : nothing} data-id=${partner?.id ?? nothing} data-box=${boxId} aria-label=${partner ? ORG_UI[locale].linkBadgeGo(l.label, partner.body.name) : nothing}>${unsafeSVG(`<title>${escapeXml(s.title)}</title>`)}<rect x=${s.badge.x} y=${s.badge.y} width=${s.badge.width} height=${s.badge.height} rx="3"></rect>${ring
      ? svg`<rect class="pair-ring" x=${ring.x} y=${ring.y} width=${ring.width} height=${ring.height} rx=${ring.height / 2}></rect>`
      : nothing}<text
      aria-hidden="true"
      class=${ring ? 'numbered' : nothing}
      x=${ring ? ring.x - 3 : s.badge.x + s.badge.width / 2}
      y=${s.badge.y + s.badge.height / 2 + M.badgeSize * 0.36}
    >${ring ? s.text.slice(0, -s.mark!.length) : s.text}${ring ? svg`<tspan class="pair-digits" x=${ring.x + ring.width / 2}>${orgPairDigits(s.mark!)}</tspan>` : nothing}</text></g>`;
}

/**
 * A one-column end badge (layout/gutter.ts): a chip inside its box naming the link and the way
 * to the other end (「共同事務局 ↓×2」, drawn once for a shared chip) and the body there, which
 * is a button: a click or Enter moves focus to that body (tree-controller.ts, `data-action="goto"`).
 * The badges are one Tab stop (tabindex -1 here; tree-controller.ts `rovingBadges` gives one 0).
 * Its text, hidden from assistive technology as the other link labels are, is the button's name.
 */
function renderEndBadge(l: OrgLinkLayout, s: OrgLinkStub, boxId: string, layout: OrgChartLayout, locale: Locale): SVGTemplateResult {
  const M = layout.metrics;
  const lh = orgBadgeLineHeight(M);
  const { badge: b, lines = [], head = 1, row = { first: head, count: lines.length - head } } = s;
  const x = b.x + ORG_BADGE_PAD_X;
  const baseline = (i: number) => b.y + ORG_BADGE_PAD_Y + i * lh + lh / 2 + M.badgeSize * 0.36;
  const text = (cls: string, from: number, count: number) =>
    svg`<text class=${cls} aria-hidden="true" data-lint-owner=${lintAttr(`${s.badgeId ?? `${l.id}-badge`} ${boxId}:frame`)}>${lines.slice(from, from + count).map((t, i) => svg`<tspan x=${x} y=${baseline(from + i)}>${t}</tspan>`)}</text>`;
  // A shared chip is drawn by its first body's line.
  const chip =
    row.first === head
      ? svg`<rect class="chip" data-lint-id=${lintAttr(s.badgeId ?? `${l.id}-badge`)} x=${b.x} y=${b.y} width=${b.width} height=${b.height} rx="3"></rect>${text('head', 0, head)}`
      : nothing;
  const partner = s.partner === undefined ? undefined : layout.byId.get(s.partner);
  const name = ORG_UI[locale].linkBadgeGo(l.label, partner?.body.name ?? '');
  return svg`<g class=${`link-badge link-${l.type}`}>${unsafeSVG(`<title>${escapeXml(s.title)}</title>`)}${chip}<g
      class="badge-go" role="button" tabindex="-1" data-action="goto" data-id=${s.partner ?? nothing} data-box=${boxId} aria-label=${name}
      ><rect class="hit" x=${b.x} y=${b.y + ORG_BADGE_PAD_Y + row.first * lh} width=${b.width} height=${row.count * lh}></rect>${text('partner', row.first, row.count)}</g></g>`;
}

/** A legend entry: a short sample of a line style and its name. */
export function renderOrgLegendSample(key: LinkType | `badge:${LinkType}` | 'tree' | 'into-collapsed' | 'folded'): TemplateResult {
  const isBadge = (k: typeof key): k is `badge:${LinkType}` => k.startsWith('badge:');
  if (isBadge(key)) {
    // A link drawn as badges: a chip as in the boxes, its way in the link's colour over an underlined name.
    const link = key.slice(6);
    return html`<svg class="legend-sample badge-sample" width="40" height="24" viewBox="0 0 40 24" aria-hidden="true"><g class=${`link-badge link-${link}`}><rect
          class="chip" x="1" y="1" width="38" height="22" rx="3"></rect><text class="head" x="4" y="17.5">↓</text><path class="name-sample" d="M16 18H35"></path></g></svg>`;
  }
  const type = key;
  if (type === 'folded') {
    // Taller than the line samples: its N is as large as the badges' text, with room around it.
    return html`<svg class="legend-sample folded-sample" width="40" height="24" viewBox="0 0 40 24" aria-hidden="true"><g class="folded"><rect
          x="1" y="1" width="38" height="22" rx="3"></rect><text x="20" y="17.5">N</text></g></svg>`;
  }
  const arrow = type !== 'tree' && type !== 'into-collapsed' && ORG_DIRECTED_LINKS.has(type);
  const end = arrow ? 28 : 38;
  const line =
    type === 'tree'
      ? svg`<path class="edge-sample" d="M2 8H38"></path>`
      : type === 'into-collapsed'
        ? svg`<g class="link"><path d="M2 8H31" stroke-dasharray="7 4"></path><circle class="open-end" cx="34" cy="8" r="4.5"></circle></g>`
        : type === 'joint-secretariat'
          ? svg`<g class="link link-joint-secretariat"><path class="double-outer" d="M2 8H38"></path><path class="double-inner" d="M2 8H38"></path></g>`
          : svg`<g class=${`link link-${type}`}><path d=${`M2 8H${end}`} stroke-dasharray=${ORG_LINK_DASHES[type]}></path>${arrow
              ? svg`<path class="arrowhead" d="M28 3L38 8L28 13z"></path>`
              : nothing}</g>`;
  return html`<svg class="legend-sample" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">${line}</svg>`;
}

/** The name of a link type, for the legend. */
export function formatOrgLinkType(type: LinkType, locale: Locale): string {
  return ORG_LINK_LABELS[locale][type];
}
