/**
 * Attached connectors for PowerPoint slides. pptxgenjs writes lines (`<p:sp>` with a `line`
 * geometry) that stay put when a box moves; a connector is a `<p:cxnSp>` whose `stCxn`/`endCxn`
 * name the boxes' shape ids and connection sites, so PowerPoint and LibreOffice re-route it when
 * an author drags a box. This module writes those elements and inserts them into a slide's XML.
 * Pure: strings in, strings out.
 */
import { escapeXml } from '../kit/escape-xml.js';

/** Connection sites of a rectangle, in the order DrawingML numbers them. */
export const RECT_SITES = ['top', 'left', 'bottom', 'right'] as const;
export type RectSite = (typeof RECT_SITES)[number];

/** A box on the slide, in EMU. */
export interface ConnectorBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One connector to write, between two shapes named by `cNvPr` name. */
export interface ConnectorSpec {
  /** `name` of the start and end shapes (as given to pptxgenjs as `objectName`). */
  from: string;
  to: string;
  fromSite: RectSite;
  toSite: RectSite;
  /** Line colour, `RRGGBB`. */
  color: string;
  /** Line width in points. */
  width: number;
  dash?: 'dash' | 'sysDash' | 'dashDot' | 'lgDash';
  /** Two thin lines (a joint secretariat). */
  double?: boolean;
  /** Arrow head at the end. */
  arrow?: boolean;
  /** For elbows: where the middle segment lies, 0-1 of the way from start to end (default 0.5). */
  bend?: number;
  /** Written as the connector's name and description (what a screen reader and the selection pane show). */
  label: string;
}

/** The point of a connection site of a box. */
export function sitePoint(box: ConnectorBox, site: RectSite): { x: number; y: number } {
  switch (site) {
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
  }
}

const vertical = (site: RectSite) => site === 'top' || site === 'bottom';

/**
 * The geometry of a connector from `a` to `b`: a straight connector, or an elbow
 * (`bentConnector3`) whose first and last segments leave the sites at right angles. An elbow
 * between top/bottom sites is the horizontal elbow turned by 90°, as PowerPoint writes it.
 */
export function connectorGeometry(options: {
  a: { x: number; y: number };
  b: { x: number; y: number };
  fromSite: RectSite;
  toSite: RectSite;
  bend?: number;
}): { xfrm: string; prst: string; adj?: number } {
  const { a, b, fromSite, toSite } = options;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const round = Math.round;
  const bendAdj = (t: number | undefined) => round(Math.min(1, Math.max(0, t ?? 0.5)) * 100000);
  if (vertical(fromSite) && vertical(toSite) && Math.abs(dx) >= 1 && Math.abs(dy) >= 1) {
    // Unrotated box W = |dy|, H = |dx|, turned 90° clockwise about the same centre.
    const w = Math.abs(dy);
    const h = Math.abs(dx);
    const cx = (a.x + b.x) / 2;
    const cy = (a.y + b.y) / 2;
    // Rotating 90° takes the local start (top-left) to the top-right: flipV when the end lies
    // right of the start; rotating 270° instead for an upward connector.
    const down = dy > 0;
    const rot = down ? 5400000 : 16200000;
    const flipV = down ? dx > 0 : dx < 0;
    return {
      xfrm: `<a:xfrm rot="${rot}"${flipV ? ' flipV="1"' : ''}><a:off x="${round(cx - w / 2)}" y="${round(cy - h / 2)}"/><a:ext cx="${round(w)}" cy="${round(h)}"/></a:xfrm>`,
      prst: 'bentConnector3',
      adj: bendAdj(options.bend),
    };
  }
  if (!vertical(fromSite) && !vertical(toSite) && Math.abs(dx) >= 1 && Math.abs(dy) >= 1) {
    const flipH = dx < 0;
    const flipV = dy < 0;
    return {
      xfrm: `<a:xfrm${flipH ? ' flipH="1"' : ''}${flipV ? ' flipV="1"' : ''}><a:off x="${round(Math.min(a.x, b.x))}" y="${round(Math.min(a.y, b.y))}"/><a:ext cx="${round(Math.abs(dx))}" cy="${round(Math.abs(dy))}"/></a:xfrm>`,
      prst: 'bentConnector3',
      adj: bendAdj(options.bend),
    };
  }
  const flipH = dx < 0;
  const flipV = dy < 0;
  return {
    xfrm: `<a:xfrm${flipH ? ' flipH="1"' : ''}${flipV ? ' flipV="1"' : ''}><a:off x="${round(Math.min(a.x, b.x))}" y="${round(Math.min(a.y, b.y))}"/><a:ext cx="${round(Math.abs(dx))}" cy="${round(Math.abs(dy))}"/></a:xfrm>`,
    prst: 'straightConnector1',
  };
}

/** Shape ids and boxes (EMU) of the named shapes in a slide's XML. */
export function readShapes(slideXml: string): Map<string, { id: number; box: ConnectorBox }> {
  const shapes = new Map<string, { id: number; box: ConnectorBox }>();
  for (const match of slideXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
    const body = match[1]!;
    const nv = /<p:cNvPr id="(\d+)" name="([^"]*)"/.exec(body);
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(body);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(body);
    if (!nv || !off || !ext) continue;
    shapes.set(nv[2]!, { id: Number(nv[1]), box: { x: Number(off[1]), y: Number(off[2]), width: Number(ext[1]), height: Number(ext[2]) } });
  }
  return shapes;
}

/**
 * One line along a route no connector can follow (a chart's routed line: a bus, a detour round
 * the boxes), drawn as a freeform shape (`custGeom`) through `points`: an author can still
 * restyle, reshape and delete it, but it does not follow a moved box.
 */
export interface PolylineSpec {
  /** Written as the shape's name (`cNvPr` name). */
  name: string;
  /** The route, in EMU on the slide (two points or more). */
  points: ReadonlyArray<{ x: number; y: number }>;
  /** Line colour, `RRGGBB`. */
  color: string;
  /** Line width in points. */
  width: number;
  dash?: ConnectorSpec['dash'];
  /** Two thin lines (a joint secretariat). */
  double?: boolean;
  /** Arrow head at the last point. */
  arrow?: boolean;
  /** A hollow round end (an end standing for bodies folded into a box) at the first or the last point. */
  ovalStart?: boolean;
  ovalEnd?: boolean;
  /** Written as the shape's description (what a screen reader and the selection pane show). */
  label: string;
}

/** The `<a:ln>` of a line. */
function lineXml(c: { width: number; color: string; double?: boolean; dash?: string; head?: string; tail?: string }): string {
  return (
    `<a:ln w="${Math.round(c.width * 12700)}"${c.double ? ' cmpd="dbl"' : ''}><a:solidFill><a:srgbClr val="${c.color}"/></a:solidFill>` +
    (c.dash ? `<a:prstDash val="${c.dash}"/>` : '') +
    '<a:miter lim="800000"/>' +
    (c.head ? `<a:headEnd type="${c.head}" w="med" len="med"/>` : '') +
    (c.tail ? `<a:tailEnd type="${c.tail}" w="med" len="med"/>` : '') +
    '</a:ln>'
  );
}

/** The `<p:sp>` of a polyline with shape id `id`: its box is the points' bounds, its path in EMU from the box's corner. */
export function polylineXml(spec: PolylineSpec, id: number): string {
  if (spec.points.length < 2) throw new Error(`polyline ${spec.name}: fewer than two points`);
  const xs = spec.points.map((p) => Math.round(p.x));
  const ys = spec.points.map((p) => Math.round(p.y));
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  // A straight vertical or horizontal line has no width or height: the path needs one unit.
  const w = Math.max(1, Math.max(...xs) - x0);
  const h = Math.max(1, Math.max(...ys) - y0);
  const pts = xs.map((x, i) => `<a:pt x="${x - x0}" y="${ys[i]! - y0}"/>`);
  const path = `<a:moveTo>${pts[0]}</a:moveTo>` + pts.slice(1).map((p) => `<a:lnTo>${p}</a:lnTo>`).join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(spec.name)}" descr="${escapeXml(spec.label)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x0}" y="${y0}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${w}" h="${h}" fill="none">${path}</a:path></a:pathLst></a:custGeom>` +
    `<a:noFill/>${lineXml({ ...spec, head: spec.ovalStart ? 'oval' : undefined, tail: spec.arrow ? 'triangle' : spec.ovalEnd ? 'oval' : undefined })}</p:spPr></p:sp>`
  );
}

/**
 * Adds `connectors` to a slide's XML as `<p:cxnSp>` elements attached to the named shapes, and
 * `polylines` as freeform lines, all drawn under every shape (first in the shape tree), or, given
 * `beneath`, just under the first shape whose name starts with it (over a chart's bands, under its
 * boxes and labels). Throws when a named shape is missing: the deck writer and this
 * function disagree, which is a bug.
 */
export function addConnectors(slideXml: string, connectors: readonly ConnectorSpec[], polylines: readonly PolylineSpec[] = [], beneath?: string): string {
  if (connectors.length === 0 && polylines.length === 0) return slideXml;
  const shapes = readShapes(slideXml);
  let nextId = Math.max(0, ...[...slideXml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const xml = connectors.map((c) => {
    const from = shapes.get(c.from);
    const to = shapes.get(c.to);
    if (!from || !to) throw new Error(`connector: no shape named ${from ? c.to : c.from}`);
    const geometry = connectorGeometry({ a: sitePoint(from.box, c.fromSite), b: sitePoint(to.box, c.toSite), fromSite: c.fromSite, toSite: c.toSite, bend: c.bend });
    const id = nextId++;
    const avLst = geometry.adj === undefined ? '<a:avLst/>' : `<a:avLst><a:gd name="adj1" fmla="val ${geometry.adj}"/></a:avLst>`;
    const ln = lineXml({ ...c, tail: c.arrow ? 'triangle' : undefined });
    return (
      `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${escapeXml(`connector ${c.from} - ${c.to}`)}" descr="${escapeXml(c.label)}"/>` +
      `<p:cNvCxnSpPr><a:stCxn id="${from.id}" idx="${RECT_SITES.indexOf(c.fromSite)}"/><a:endCxn id="${to.id}" idx="${RECT_SITES.indexOf(c.toSite)}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
      `<p:spPr>${geometry.xfrm}<a:prstGeom prst="${geometry.prst}">${avLst}</a:prstGeom><a:noFill/>${ln}</p:spPr></p:cxnSp>`
    );
  });
  for (const line of polylines) xml.push(polylineXml(line, nextId++));
  const anchor = /<\/p:grpSpPr>/.exec(slideXml);
  if (!anchor) throw new Error('connector: the slide has no shape tree');
  let at = anchor.index + anchor[0].length;
  if (beneath !== undefined) {
    const named = slideXml.slice(at).search(new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${beneath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    if (named >= 0) at += named;
  }
  return slideXml.slice(0, at) + xml.join('') + slideXml.slice(at);
}
