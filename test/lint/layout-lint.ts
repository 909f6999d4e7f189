/**
 * The layout lint: checks what a reader sees of one chart element (its shadow root's SVG) and
 * returns findings that say what to fix. It runs in the page, on a drawn and settled chart; the
 * browser tests (test/lint/*.test.ts) and the cross-chart run (test/lint/run.mjs) both call it.
 *
 * Rules (each finding names its rule):
 * - `text-overflow`: a text is wider or taller than the box it belongs to (its container rect).
 * - `text-truncated`: a text is cut with "…" while there is room for more: its container, or the
 *   chart (free width between the drawing and the chart's edge), has at least the missing width
 *   (known from `data-full-text` or a `<title>`; else one em in the box, two in the chart).
 * - `text-clipped`: a text is partly outside the visible area (the svg viewport, a clipping
 *   ancestor, an optional `frame` such as a 1920×1080 slide).
 * - `content-outside`: drawn content lies (wholly or partly) outside the visible area; one finding
 *   per chart with the extents. For a chart with a fit action (「全体を表示」), run it after the fit.
 * - `text-overlap`: the glyph boxes of two texts intersect beyond a small tolerance.
 * - `label-over-shape`: a text is crossed by a line or outline it does not own, straddles the
 *   edge of a filled shape it does not own, or is covered by a filled shape drawn after it.
 *   A text wholly inside a foreign filled shape drawn before it (a lane band, a parent cell)
 *   is on a background, which is fine. A label on a chip (a small filled shape it owns, drawn
 *   behind it) may sit on one line, taken as its own link (lines are grouped by their parent
 *   element, so a double line is one); a second line under it is a finding. A text that names
 *   owners with `data-lint-owner` gets no such allowance: every unowned line counts.
 * - `text-too-small`: drawn text under `minFontPx` rendered size (12; 18 for a 1920×1080 slide).
 * - `lane-mismatch`: a body's box has its centre in, or reaches into, a lane band whose lane is
 *   not the body's, or a body of lane X has its centre outside X's band (needs the data
 *   attributes below).
 *   A band may be a rect or a path (an L or a step): what is inside is what its fill covers.
 * - `lane-split`: a lane drawn as more than one band (`data-lane-band` elements with one id), or
 *   with its name (texts with `data-lane-label="<lane id>"`) drawn more than once or not at all.
 * - `line-crossing`, `line-parallel`, `line-too-long`, `label-off-line`: typed lines (an org
 *   chart's links) against the tree's connectors and each other, and link labels against their
 *   own line; see test/lint/line-lint.ts (lines are marked with `data-lint-line`).
 *
 * Conventions a chart follows so that the lint reads it right (all optional):
 * - Ownership. A text owns the shapes that are direct children of any of its ancestor `<g>`
 *   (or `<a>`, or nested `<svg>`) elements below the outer `<svg>`: text drawn in a `<g>` with
 *   its rect belongs to that rect, and a chip inside a box belongs to the chip and the box.
 *   Shapes in another layer are foreign. To own shapes elsewhere (labels drawn in a separate
 *   layer), put `data-lint-owner="k1 k2"` on the text (or an ancestor) and `data-lint-id="k1"`
 *   on the shape (or an ancestor). The container of a text (for `text-overflow`) is the smallest
 *   owned rect holding the text's start; without one, the smallest filled rect drawn before the
 *   text that holds its start.
 * - `data-full-text="…"` on a text cut with "…" (or a `<title>` child) gives the whole text.
 * - `data-lint-ignore` on an element (or an ancestor) leaves it out of every rule; with a list
 *   of rule names (`data-lint-ignore="text-overlap label-over-shape"`) out of those rules only.
 * - Hooks. Charts write `data-lint-*` attributes only when the page sets
 *   `globalThis.policyChartsLint = true` before drawing (test/lint/render-case.ts does), so that
 *   users' pages and files carry none (src/kit/lint-hooks.ts).
 * - Lanes. A lane band carries `data-lane-band="<lane id>"` (on the band's `<g>` or rect); a
 *   body carries `data-lane="<lane id>"` (empty for a body in no lane) on the `<g>` whose first
 *   rect is its box. Without these attributes the lane rule is skipped (listed in `skipped`).
 *
 * Invisible elements are never checked: `display: none`, `visibility: hidden`, zero opacity on
 * the element or an ancestor, no fill and no stroke (hit areas), and anything inside `<defs>`,
 * `<marker>`, `<pattern>`, `<clipPath>`, `<mask>`, `<symbol>`.
 */

import { lintLines, parseStraightPath, type LineLintOptions } from './line-lint.js';
import { LINT_RULES } from './rules.js';

/** Enclosed alphanumerics (①–⑳, ❶, ㉑–㊿): their digit is drawn inside a circle, at about half the font's size. */
const ENCLOSED = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/u;
/** What a text holding an enclosed number counts as drawn at, of its font size (text-too-small). */
const ENCLOSED_SCALE = 0.5;
/** An element's own text (not its children's). */
const ownText = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');

/** A rectangle in CSS pixels, relative to the chart element's top-left corner. */
export interface LintBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The names of the rules (in test/lint/rules.js, which the Node scripts read too). */
export { LINT_RULES };

/** One of {@link LINT_RULES}. */
export type LintRule = (typeof LINT_RULES)[number];

/** One problem a reader sees, and what to fix. */
export interface LintFinding {
  rule: LintRule;
  /** A short description of the element: its tag, classes, nearest id, and its text. */
  element: string;
  /** The element's box (CSS px, relative to the chart element). */
  box: LintBox;
  /** What is wrong, with sizes. */
  detail: string;
}

/** Options of {@link lintChart} (the line rules' options are in test/lint/line-lint.ts). */
export interface LintOptions extends LineLintOptions {
  /** Smallest rendered font size allowed, in CSS px. Default 12 (use 18 for a 1920×1080 slide). */
  minFontPx?: number;
  /** Pixels two boxes may overlap before it counts. Default 2. */
  tolerance?: number;
  /**
   * An extra visible frame in viewport coordinates (CSS px), e.g. the 1920×1080 slide:
   * content outside it is outside the visible area.
   */
  frame?: { x: number; y: number; width: number; height: number };
  /** Rules to run; default all. */
  rules?: readonly LintRule[];
}

/** What {@link lintChart} returns. */
export interface LintResult {
  findings: LintFinding[];
  /** Rules that could not run, and why (a missing data attribute the chart should expose). */
  skipped: Array<{ rule: LintRule; reason: string }>;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface TextItem {
  el: SVGTextElement;
  order: number;
  text: string;
  /** The layout box (from the font's ascent and descent). */
  box: Rect;
  /** The box shrunk to the glyphs (ascent and descent taken off). */
  glyphs: Rect;
  fontPx: number;
  owned: Set<Element>;
}

interface ShapeItem {
  el: SVGGeometryElement;
  order: number;
  box: Rect;
  filled: boolean;
  stroked: boolean;
  strokeWidth: number;
}

const HIDDEN_CONTAINERS = 'defs, marker, pattern, clipPath, mask, symbol, title, desc, foreignObject';
const SHAPES = 'rect, path, line, polyline, polygon, circle, ellipse';
const GROUPS = new Set(['g', 'a', 'svg', 'switch']);

const toRect = (r: DOMRect | { x: number; y: number; width: number; height: number }): Rect => ({
  left: r.x,
  top: r.y,
  right: r.x + r.width,
  bottom: r.y + r.height,
});
const width = (r: Rect) => r.right - r.left;
const height = (r: Rect) => r.bottom - r.top;
const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
const contains = (outer: Rect, inner: Rect, tol: number) =>
  inner.left >= outer.left - tol && inner.top >= outer.top - tol && inner.right <= outer.right + tol && inner.bottom <= outer.bottom + tol;
const r1 = (n: number) => Math.round(n * 10) / 10;
const px = (n: number) => `${Math.round(n)} px`;

/** Whether the color string paints anything. */
function paints(color: string): boolean {
  if (!color || color === 'none' || color === 'transparent') return false;
  const m = /rgba?\(([^)]*)\)/.exec(color);
  if (m) {
    const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
    if (parts.length === 4 && parseFloat(parts[3]!) === 0) return false;
  }
  return true;
}

/** Rules an element (or an ancestor) opts out of; `all` for a bare `data-lint-ignore`. */
function ignoredRules(el: Element, stop: Element): Set<string> {
  const out = new Set<string>();
  for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
    const v = e.getAttribute('data-lint-ignore');
    if (v === null) continue;
    const list = v.trim().split(/\s+/).filter(Boolean);
    if (list.length === 0 || list.includes('all')) out.add('all');
    for (const r of list) out.add(r);
  }
  return out;
}

/** Whether the element is drawn at all (not hidden, not transparent as a whole). */
function isDrawn(el: Element, svg: SVGSVGElement): boolean {
  if (el.closest(HIDDEN_CONTAINERS)) return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || parseFloat(cs.opacity) === 0) return false;
    if (e === svg) break;
  }
  return getComputedStyle(el).visibility === 'visible';
}

/** A short description: tag.classes, the nearest data-id/data-key, and the text. */
function describe(el: Element, text?: string): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  let s = el.localName + cls.map((c) => `.${c}`).join('');
  const parent = el.parentElement;
  if (!cls.length && parent && parent.localName !== 'svg') {
    const pc = (parent.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    if (pc.length) s = `${parent.localName}${pc.map((c) => `.${c}`).join('')} > ${s}`;
  }
  for (let e: Element | null = el; e; e = e.parentElement) {
    const id = e.getAttribute('data-id') ?? e.getAttribute('data-key');
    if (id) {
      s += ` in [${e.hasAttribute('data-id') ? 'data-id' : 'data-key'}="${id}"]`;
      break;
    }
    const kind = e.getAttribute('data-kind');
    if (kind && e !== el) {
      s += ` in ${e.localName}[data-kind="${kind}"]`;
      break;
    }
  }
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (t) s += ` 「${t.length > 40 ? `${t.slice(0, 39)}…` : t}」`;
  return s;
}

/** The rendered scale of an element (user units to CSS px). */
function scaleOf(el: SVGGraphicsElement): number {
  const m = el.getScreenCTM();
  return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
}

/** The visible area of an svg: its own box, cut by clipping ancestors (across shadow roots). */
function visibleArea(svg: SVGSVGElement, frame?: LintOptions['frame']): Rect {
  let area = toRect(svg.getBoundingClientRect());
  if (getComputedStyle(svg).overflow === 'visible') area = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  let e: Element | null = svg.parentElement ?? ((svg.getRootNode() as ShadowRoot).host ?? null);
  while (e && e !== document.documentElement) {
    const cs = getComputedStyle(e);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
      const r = toRect(e.getBoundingClientRect());
      area = intersect(area, {
        left: cs.overflowX === 'visible' ? -Infinity : r.left,
        right: cs.overflowX === 'visible' ? Infinity : r.right,
        top: cs.overflowY === 'visible' ? -Infinity : r.top,
        bottom: cs.overflowY === 'visible' ? Infinity : r.bottom,
      });
    }
    e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null);
  }
  if (frame) area = intersect(area, toRect(frame));
  return area;
}

/** Shapes a text owns: direct-child shapes of its ancestor groups, and `data-lint-owner` targets. */
function ownedShapes(text: Element, svg: SVGSVGElement): Set<Element> {
  const owned = new Set<Element>();
  for (let e: Element | null = text.parentElement; e && e !== svg; e = e.parentElement) {
    if (!GROUPS.has(e.localName)) continue;
    for (const c of e.children) if (c.matches(SHAPES)) owned.add(c);
  }
  const keys = new Set<string>();
  for (let e: Element | null = text; e && e !== svg; e = e.parentElement) {
    for (const k of (e.getAttribute('data-lint-owner') ?? '').split(/\s+/)) if (k) keys.add(k);
  }
  for (const key of keys) {
    for (const target of svg.querySelectorAll(`[data-lint-id="${CSS.escape(key)}"]`)) {
      if (target.matches(SHAPES)) owned.add(target);
      for (const s of target.querySelectorAll(SHAPES)) owned.add(s);
    }
  }
  return owned;
}

/** Local (user-space) point of a viewport point, for isPointInFill/isPointInStroke. */
function toLocal(el: SVGGraphicsElement, x: number, y: number): DOMPoint | undefined {
  const m = el.getScreenCTM();
  if (!m) return undefined;
  return new DOMPoint(x, y).matrixTransform(m.inverse());
}

/** Sample points inside a rect (a grid, inset from its edges). */
function grid(r: Rect, nx = 7, ny = 3): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) out.push([r.left + ((i + 0.5) / nx) * width(r), r.top + ((j + 0.5) / ny) * height(r)]);
  }
  return out;
}

/** A straight piece of an outline, in viewport coordinates: from (ax, ay) to (bx, by). */
type Piece = readonly [number, number, number, number];

/** Points of a shape's outline in its own user space, sampled about every 2 rendered px (curves, circles). */
function sampledOutline(shape: SVGGeometryElement, k: number): Array<[number, number]> {
  let len = 0;
  try {
    len = shape.getTotalLength();
  } catch {
    return [];
  }
  const steps = Math.min(4000, Math.max(2, Math.ceil((len * k) / 2)));
  const out: Array<[number, number]> = [];
  for (let i = 0; i <= steps; i++) {
    const p = shape.getPointAtLength((len * i) / steps);
    out.push([p.x, p.y]);
  }
  return out;
}

/** A rect's outline in user space: its four sides, with rounded corners as short chords. */
function rectOutline(rect: SVGRectElement): Array<[number, number]> {
  const x = rect.x.baseVal.value;
  const y = rect.y.baseVal.value;
  const w = rect.width.baseVal.value;
  const h = rect.height.baseVal.value;
  const cs = getComputedStyle(rect);
  let rx = parseFloat(cs.getPropertyValue('rx'));
  let ry = parseFloat(cs.getPropertyValue('ry'));
  if (!Number.isFinite(rx)) rx = Number.isFinite(ry) ? ry : 0;
  if (!Number.isFinite(ry)) ry = rx;
  rx = Math.max(0, Math.min(rx, w / 2));
  ry = Math.max(0, Math.min(ry, h / 2));
  if (rx === 0 || ry === 0) return [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
  // Corner centres and the angle each quarter starts at (clockwise from the top-right corner).
  const corners: Array<[number, number, number]> = [
    [x + w - rx, y + ry, -Math.PI / 2],
    [x + w - rx, y + h - ry, 0],
    [x + rx, y + h - ry, Math.PI / 2],
    [x + rx, y + ry, Math.PI],
  ];
  const out: Array<[number, number]> = [[x + rx, y]];
  for (const [cx, cy, a0] of corners) {
    for (let i = 0; i <= 6; i++) {
      const a = a0 + (i / 6) * (Math.PI / 2);
      out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
    }
  }
  out.push([x + rx, y]);
  return out;
}

/**
 * The straight pieces of a shape's outline in viewport coordinates: exact for lines, polylines,
 * polygons, rects and paths of straight commands (an org chart's connectors and links), Béziers
 * as 8 chords each; sampled about every 2 px for arcs and circles. Read once per shape (the label check asks per label).
 */
function outlinePieces(shape: SVGGeometryElement): Piece[] {
  const m = shape.getScreenCTM();
  if (!m) return [];
  let polys: Array<ReadonlyArray<readonly [number, number]>> | undefined;
  // Béziers (a lane band's rounded corners) as 8 chords each.
  if (shape.localName === 'path') polys = parseStraightPath(shape.getAttribute('d') ?? '', 8);
  else if (shape.localName === 'line') {
    const l = shape as SVGLineElement;
    polys = [[[l.x1.baseVal.value, l.y1.baseVal.value], [l.x2.baseVal.value, l.y2.baseVal.value]]];
  } else if (shape.localName === 'polyline' || shape.localName === 'polygon') {
    const list = [...(shape as SVGPolylineElement).points].map((p): [number, number] => [p.x, p.y]);
    if (shape.localName === 'polygon' && list.length) list.push(list[0]!);
    polys = [list];
  } else if (shape.localName === 'rect') polys = [rectOutline(shape as SVGRectElement)];
  polys ??= [sampledOutline(shape, Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) || 1)];
  const out: Piece[] = [];
  for (const poly of polys) {
    // The screen matrix applied by hand (a DOMPoint per point is slow on a path of thousands of cells).
    const pts = poly.map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f] as const);
    if (pts.length === 1) out.push([pts[0]![0], pts[0]![1], pts[0]![0], pts[0]![1]]);
    for (let i = 1; i < pts.length; i++) out.push([pts[i - 1]![0], pts[i - 1]![1], pts[i]![0], pts[i]![1]]);
  }
  return out;
}

/** A shape's pieces, and for a long outline (many cells drawn as one path) the same by 32 px rows. */
interface PieceIndex {
  all: Piece[];
  rows?: Map<number, Piece[]>;
}
const ROW = 32;

function indexPieces(all: Piece[]): PieceIndex {
  if (all.length < 64) return { all };
  const rows = new Map<number, Piece[]>();
  for (const p of all) {
    for (let r = Math.floor(Math.min(p[1], p[3]) / ROW), end = Math.floor(Math.max(p[1], p[3]) / ROW); r <= end; r++) {
      const list = rows.get(r);
      if (list) list.push(p);
      else rows.set(r, [p]);
    }
  }
  return { all, rows };
}

/** The pieces that may reach into `r` (those in its rows), each once. */
function piecesNear(index: PieceIndex, r: Rect): Piece[] {
  if (!index.rows) return index.all;
  const out = new Set<Piece>();
  for (let row = Math.floor(r.top / ROW), end = Math.floor(r.bottom / ROW); row <= end; row++) for (const p of index.rows.get(row) ?? []) out.add(p);
  return [...out];
}

/** Whether a shape is a rect with square corners drawn unrotated: its fill is its bounding box. */
function plainRect(el: SVGGeometryElement, m: DOMMatrix): boolean {
  if (el.localName !== 'rect' || Math.abs(m.b) > 1e-9 || Math.abs(m.c) > 1e-9) return false;
  const cs = getComputedStyle(el);
  const rx = parseFloat(cs.getPropertyValue('rx'));
  const ry = parseFloat(cs.getPropertyValue('ry'));
  return !(rx > 0) && !(ry > 0);
}

/** Whether a straight piece passes through the open rectangle `r` (Liang–Barsky clipping). */
function pieceCrosses([ax, ay, bx, by]: Piece, r: Rect): boolean {
  if (Math.max(ax, bx) <= r.left || Math.min(ax, bx) >= r.right || Math.max(ay, by) <= r.top || Math.min(ay, by) >= r.bottom) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, ax - r.left],
    [dx, r.right - ax],
    [-dy, ay - r.top],
    [dy, r.bottom - ay],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  // Touching the edge only (t0 === t1 on the boundary) is not inside the open rectangle.
  const mx = ax + dx * ((t0 + t1) / 2);
  const my = ay + dy * ((t0 + t1) / 2);
  return mx > r.left && mx < r.right && my > r.top && my < r.bottom;
}

/**
 * Lints one chart element: every top-level `<svg>` in its shadow root (or in the element itself,
 * for plain SVG fixtures). Call it on a drawn, settled chart.
 */
export function lintChart(chart: Element, options: LintOptions = {}): LintResult {
  const minFont = options.minFontPx ?? 12;
  const tol = options.tolerance ?? 2;
  const on = (rule: LintRule) => !options.rules || options.rules.includes(rule);
  const origin = chart.getBoundingClientRect();
  const boxOf = (r: Rect): LintBox => ({ x: r1(r.left - origin.left), y: r1(r.top - origin.top), width: r1(width(r)), height: r1(height(r)) });
  const findings: LintFinding[] = [];
  const skipped: LintResult['skipped'] = [];
  const root: ParentNode = chart.shadowRoot ?? chart;
  const svgs = [...root.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg')) as SVGSVGElement[];
  let sawLaneHooks = false;
  const outside: Array<{ el: Element; box: Rect; text?: string; o: Record<'left' | 'right' | 'top' | 'bottom', number>; area: Rect }> = [];

  for (const svg of svgs) {
    if (!isDrawn(svg, svg)) continue;
    const svgBox = toRect(svg.getBoundingClientRect());
    if (width(svgBox) === 0 || height(svgBox) === 0) continue;
    const area = visibleArea(svg, options.frame);
    const all = [...svg.querySelectorAll('*')];
    const order = new Map(all.map((e, i) => [e, i]));
    const ignores = (el: Element, rule: LintRule) => {
      const set = ignoredRules(el, svg);
      return set.has('all') || set.has(rule);
    };

    // Visible shapes.
    const shapes: ShapeItem[] = [];
    for (const el of svg.querySelectorAll<SVGGeometryElement>(SHAPES)) {
      if (!isDrawn(el, svg) || ignores(el, 'label-over-shape')) continue;
      const cs = getComputedStyle(el);
      const filled = paints(cs.fill) && parseFloat(cs.fillOpacity) > 0 && !(el.localName === 'line');
      const strokeWidth = parseFloat(cs.strokeWidth) || 0;
      const stroked = paints(cs.stroke) && parseFloat(cs.strokeOpacity) > 0 && strokeWidth > 0;
      if (!filled && !stroked) continue;
      const box = toRect(el.getBoundingClientRect());
      shapes.push({ el, order: order.get(el)!, box, filled, stroked, strokeWidth: strokeWidth * scaleOf(el) });
    }

    // Visible texts.
    const texts: TextItem[] = [];
    for (const el of svg.querySelectorAll<SVGTextElement>('text')) {
      const text = (el.textContent ?? '').trim();
      if (!text || !isDrawn(el, svg)) continue;
      const box = toRect(el.getBoundingClientRect());
      if (width(box) === 0 || height(box) === 0) continue;
      const k = scaleOf(el);
      // A circled number (①, ㉑) draws its digit at under half its font size: it counts at
      // ENCLOSED_SCALE of it (R13-7-1: the org chart's ⑦ at 12 px drew a 5 px digit and passed).
      // (A file's frame text draws one as the chart does, its digits in a ring: src/cli/standalone.ts.)
      const sizes = [el, ...el.querySelectorAll('tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k * (ENCLOSED.test(ownText(t)) ? ENCLOSED_SCALE : 1));
      const fontPx = Math.min(...sizes);
      const maxFont = Math.max(...sizes);
      // The layout box includes the font's ascent and descent (about 1.45 em for Noto CJK); the
      // glyphs take about 1 em of each line: take a quarter em off the top and bottom.
      const inset = Math.min(maxFont * 0.22, height(box) / 4);
      const glyphs = { left: box.left + 0.5, right: box.right - 0.5, top: box.top + inset, bottom: box.bottom - inset };
      texts.push({ el, order: order.get(el)!, text, box, glyphs, fontPx, owned: ownedShapes(el, svg) });
    }

    // text-too-small
    if (on('text-too-small')) {
      for (const t of texts) {
        if (ignores(t.el, 'text-too-small') || t.fontPx >= minFont - 0.05) continue;
        findings.push({
          rule: 'text-too-small',
          element: describe(t.el, t.text),
          box: boxOf(t.box),
          detail: `drawn at ${r1(t.fontPx)} px${ENCLOSED.test(t.text) ? ' (a circled number counts at half its font size)' : ''}; needs at least ${minFont} px (raise the font size, or keep the scale that draws it at ${minFont} px)`,
        });
      }
    }

    // The container of each text: smallest owned rect holding its start, else the smallest
    // filled rect drawn before it that holds its start.
    const containerOf = new Map<TextItem, ShapeItem>();
    for (const t of texts) {
      let start: [number, number];
      try {
        const p = t.el.getStartPositionOfChar(0).matrixTransform(t.el.getScreenCTM()!);
        start = [p.x + 1, p.y - t.fontPx * 0.3];
      } catch {
        start = [t.box.left + 1, (t.box.top + t.box.bottom) / 2];
      }
      const holds = (s: ShapeItem) => s.el.localName === 'rect' && start[0] >= s.box.left && start[0] <= s.box.right && start[1] >= s.box.top && start[1] <= s.box.bottom;
      const area2 = (s: ShapeItem) => width(s.box) * height(s.box);
      const owned = shapes.filter((s) => t.owned.has(s.el) && holds(s));
      const candidates = owned.length ? owned : shapes.filter((s) => s.filled && s.order < t.order && holds(s));
      const best = candidates.sort((a, b) => area2(a) - area2(b))[0];
      if (best) containerOf.set(t, best);
    }

    // text-overflow
    const overflowing = new Set<TextItem>();
    if (on('text-overflow')) {
      for (const t of texts) {
        const c = containerOf.get(t);
        if (!c || ignores(t.el, 'text-overflow')) continue;
        if (contains(c.box, t.glyphs, 1)) continue;
        overflowing.add(t);
        const over = [
          t.glyphs.left < c.box.left - 1 ? `${px(c.box.left - t.glyphs.left)} past the left` : '',
          t.glyphs.right > c.box.right + 1 ? `${px(t.glyphs.right - c.box.right)} past the right` : '',
          t.glyphs.top < c.box.top - 1 ? `${px(c.box.top - t.glyphs.top)} above` : '',
          t.glyphs.bottom > c.box.bottom + 1 ? `${px(t.glyphs.bottom - c.box.bottom)} below` : '',
        ].filter(Boolean);
        findings.push({
          rule: 'text-overflow',
          element: describe(t.el, t.text),
          box: boxOf(t.box),
          detail: `text ${px(width(t.box))} × ${px(height(t.glyphs))} in a box of ${px(width(c.box))} × ${px(height(c.box))} (${describe(c.el)}): ${over.join(', ')}; widen the box or wrap the text`,
        });
      }
    }

    // Free width of the chart: the svg's visible width minus the drawing's width.
    let drawn: Rect | undefined;
    for (const b of [...shapes.map((s) => s.box), ...texts.map((t) => t.box)]) {
      drawn = drawn
        ? { left: Math.min(drawn.left, b.left), top: Math.min(drawn.top, b.top), right: Math.max(drawn.right, b.right), bottom: Math.max(drawn.bottom, b.bottom) }
        : { ...b };
    }
    const visibleWidth = Math.min(area.right, svgBox.right) - Math.max(area.left, svgBox.left);
    const freeWidth = drawn ? visibleWidth - width(drawn) : 0;

    // text-truncated
    if (on('text-truncated')) {
      const cut = texts
        .filter((t) => t.text.includes('…') && !ignores(t.el, 'text-truncated'))
        .map((t) => ({ t, full: t.el.getAttribute('data-full-text') ?? t.el.querySelector('title')?.textContent ?? t.el.parentElement?.querySelector(':scope > title')?.textContent ?? undefined, scale: scaleOf(t.el) }));
      // The whole texts measured in probes beside the cut ones: all added, measured, then removed
      // together (one layout of the drawing, not one per text).
      const probes = new Map<TextItem, SVGTextElement>();
      for (const { t, full } of cut) {
        if (!full || full === t.text) continue;
        const probe = t.el.cloneNode(false) as SVGTextElement;
        probe.textContent = full;
        probe.removeAttribute('data-full-text');
        t.el.parentElement!.append(probe);
        probes.set(t, probe);
      }
      const probeWidth = new Map([...probes].map(([t, probe]) => [t, probe.getComputedTextLength()]));
      for (const probe of probes.values()) probe.remove();
      for (const { t, full, scale } of cut) {
        const measured = probeWidth.get(t);
        const missing = measured === undefined ? t.fontPx : Math.max(0, measured * scale - width(t.box));
        const c = containerOf.get(t);
        // Room in the box: the space right of the text, less the padding the text keeps on its left.
        const boxRoom = c ? c.box.right - t.glyphs.right - Math.max(4, t.glyphs.left - c.box.left) : 0;
        // Without the whole text, one more em in the box, or two in the chart's free width.
        if (boxRoom + 0.5 < missing && freeWidth + 0.5 < (full ? missing : 2 * missing)) continue;
        findings.push({
          rule: 'text-truncated',
          element: describe(t.el, t.text),
          box: boxOf(t.box),
          detail: `cut with … but ${full ? `the whole text 「${full}」 needs ${px(missing)} more` : 'at least one more character fits'}, and there is room: ${px(Math.max(0, boxRoom))} left in its box, ${px(Math.max(0, freeWidth))} free in the chart width; widen the box or wrap instead of cutting`,
        });
      }
    }

    // text-clipped and content-outside
    const outsideBy = (b: Rect) => ({
      left: Math.max(0, area.left - b.left),
      right: Math.max(0, b.right - area.right),
      top: Math.max(0, area.top - b.top),
      bottom: Math.max(0, b.bottom - area.bottom),
    });
    // A text's layout box includes its side bearings: up to `tol` px past the edge is not a cut.
    const isOut = (o: ReturnType<typeof outsideBy>) => o.left > tol || o.right > tol || o.top > tol || o.bottom > tol;
    if (on('text-clipped')) {
      for (const t of texts) {
        if (ignores(t.el, 'text-clipped')) continue;
        const o = outsideBy(t.glyphs);
        const inside = intersect(t.glyphs, area);
        if (!isOut(o) || width(inside) <= 0 || height(inside) <= 0) continue; // wholly outside: content-outside
        const sides = Object.entries(o).filter(([, v]) => v > tol).map(([k, v]) => `${px(v)} past the ${k}`);
        findings.push({
          rule: 'text-clipped',
          element: describe(t.el, t.text),
          box: boxOf(t.box),
          detail: `partly outside the visible area (${px(width(area))} × ${px(height(area))}): ${sides.join(', ')}`,
        });
      }
    }
    if (on('content-outside')) {
      for (const s of shapes) if (!ignores(s.el, 'content-outside') && isOut(outsideBy(s.box))) outside.push({ el: s.el, box: s.box, o: outsideBy(s.box), area });
      for (const t of texts) if (!ignores(t.el, 'content-outside') && isOut(outsideBy(t.glyphs))) outside.push({ el: t.el, box: t.box, text: t.text, o: outsideBy(t.glyphs), area });
    }

    // text-overlap
    if (on('text-overlap')) {
      const list = texts.filter((t) => !ignores(t.el, 'text-overlap')).sort((a, b) => a.glyphs.left - b.glyphs.left);
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j]!;
          if (b.glyphs.left >= a.glyphs.right - tol) break;
          const x = intersect(a.glyphs, b.glyphs);
          if (width(x) <= tol || height(x) <= tol) continue;
          findings.push({
            rule: 'text-overlap',
            element: `${describe(a.el, a.text)} × ${describe(b.el, b.text)}`,
            box: boxOf(x),
            detail: `two labels overlap by ${px(width(x))} × ${px(height(x))}; move one or give them separate places`,
          });
        }
      }
    }

    // label-over-shape
    if (on('label-over-shape')) {
      const piecesOf = new Map<ShapeItem, PieceIndex>();
      const inverseOf = new Map<ShapeItem, DOMMatrix | null>();
      for (const t of texts) {
        if (ignores(t.el, 'label-over-shape')) continue;
        const g = t.glyphs;
        const hits: string[] = [];
        const crossings: ShapeItem[] = [];
        for (const s of shapes) {
          if (t.owned.has(s.el) || containerOf.get(t) === s) continue;
          const sw = s.stroked ? s.strokeWidth / 2 : 0;
          const x = intersect({ left: s.box.left - sw, top: s.box.top - sw, right: s.box.right + sw, bottom: s.box.bottom + sw }, g);
          if (width(x) <= 0 || height(x) <= 0) continue;
          if (s.filled) {
            const samples = grid(g);
            let inside = 0;
            // The shape's screen-to-user matrix, read once per shape (not once per sample point).
            let inverse = inverseOf.get(s);
            if (inverse === undefined) inverseOf.set(s, (inverse = s.el.getScreenCTM()?.inverse() ?? null));
            if (inverse && plainRect(s.el, inverse)) {
              // A square-cornered, unrotated rect fills exactly its box.
              for (const [sx, sy] of samples) if (sx >= s.box.left && sx <= s.box.right && sy >= s.box.top && sy <= s.box.bottom) inside++;
            } else if (inverse) {
              for (const [sx, sy] of samples) if (s.el.isPointInFill(new DOMPoint(sx, sy).matrixTransform(inverse))) inside++;
            }
            if (inside > 0 && s.order > t.order) {
              hits.push(`covered by ${describe(s.el)} drawn over it (${Math.round((inside / samples.length) * 100)}% of the text)`);
              continue;
            }
            if (inside === samples.length) continue; // on a background drawn before it
            if (inside > 0) {
              if (!overflowing.has(t)) hits.push(`straddles the edge of ${describe(s.el)} (${px(width(s.box))} × ${px(height(s.box))})`);
              continue;
            }
          }
          // A line (or outline) through the glyphs.
          if (s.stroked) {
            // The glyphs less the tolerance, grown by half the stroke: a piece through it crosses the letters.
            const hit = { left: g.left + tol - sw, right: g.right - tol + sw, top: g.top + tol - sw, bottom: g.bottom - tol + sw };
            let pieces = piecesOf.get(s);
            if (!pieces) piecesOf.set(s, (pieces = indexPieces(outlinePieces(s.el))));
            if (piecesNear(pieces, hit).some((p) => pieceCrosses(p, hit))) crossings.push(s);
          }
        }
        // A label on a chip (an owned filled shape behind it) sits on a line: one line, taken to
        // be its own (lines are told apart by their parent element, so a double line is one),
        // is fine when the text names no owner; a second line means it sits on a foreign one.
        const lines = new Map<Element, ShapeItem[]>();
        for (const s of crossings) {
          const key = s.el.parentElement ?? s.el;
          lines.set(key, [...(lines.get(key) ?? []), s]);
        }
        const chip = shapes.some((s) => s.filled && t.owned.has(s.el) && s.order < t.order && contains(s.box, g, 1) && width(s.box) * height(s.box) < width(g) * height(g) * 6);
        const explicitOwner = t.el.closest('[data-lint-owner]') !== null;
        if (!(chip && !explicitOwner && lines.size === 1)) {
          for (const group of lines.values()) {
            const s = group[0]!;
            hits.push(`${chip ? 'sits on' : 'crossed by'} ${describe(s.el)} (stroke ${r1(Math.max(...group.map((x) => x.strokeWidth)))} px)`);
          }
          if (chip && !explicitOwner && lines.size > 1) hits.push(`${lines.size} lines under one label`);
        }
        if (hits.length) {
          findings.push({
            rule: 'label-over-shape',
            element: describe(t.el, t.text),
            box: boxOf(t.box),
            detail: `${hits.slice(0, 3).join('; ')}${hits.length > 3 ? `; and ${hits.length - 3} more` : ''}; move the label clear of shapes it does not belong to (or mark its own with data-lint-owner)`,
          });
        }
      }
    }

    // lane-mismatch
    const bands = [...svg.querySelectorAll('[data-lane-band]')];
    const bodies = [...svg.querySelectorAll('[data-lane]')];
    if (bands.length || bodies.length) sawLaneHooks = true;
    if (on('lane-mismatch') && bands.length && bodies.length) {
      // A band's shape: a rect, or a path (an L or a step round parts of different heights),
      // whose fill says what is inside it.
      const bandShape = (e: Element) => (e.matches(SHAPES) ? e : (e.querySelector(SHAPES) ?? e));
      const bandList = bands.filter((b) => isDrawn(b, svg)).map((b) => {
        const shape = bandShape(b);
        return { id: b.getAttribute('data-lane-band')!, box: toRect(shape.getBoundingClientRect()), shape: shape.localName === 'rect' ? undefined : (shape as SVGGeometryElement) };
      });
      const filledAt = (l: (typeof bandList)[number], x: number, y: number) => {
        const p = l.shape && toLocal(l.shape, x, y);
        return !l.shape || !p || l.shape.isPointInFill(p);
      };
      for (const body of bodies) {
        if (!isDrawn(body, svg) || ignores(body, 'lane-mismatch')) continue;
        const lane = body.getAttribute('data-lane') ?? '';
        const frame = body.matches('rect') ? body : (body.querySelector('rect') ?? body);
        const b = toRect(frame.getBoundingClientRect());
        const cx = (b.left + b.right) / 2;
        const cy = (b.top + b.bottom) / 2;
        const inBands = bandList.filter((l) => cx >= l.box.left && cx <= l.box.right && cy >= l.box.top && cy <= l.box.bottom && filledAt(l, cx, cy));
        const label = describe(body, body.textContent ?? '');
        const move = lane ? 'into its own band' : 'outside every band';
        const who = lane ? `a body of lane "${lane}"` : 'a body in no lane';
        for (const l of bandList.filter((l) => l.id !== lane)) {
          const x = intersect(b, l.box);
          if (inBands.includes(l)) {
            findings.push({ rule: 'lane-mismatch', element: label, box: boxOf(b), detail: `${who} has its centre inside the band of lane "${l.id}"; move it ${move}` });
          } else if (width(x) > tol && height(x) > tol && grid(x, 5, 5).some(([gx, gy]) => filledAt(l, gx, gy))) {
            findings.push({
              rule: 'lane-mismatch',
              element: label,
              box: boxOf(b),
              detail: `${who} reaches ${px(width(x))} × ${px(height(x))} into the band of lane "${l.id}"; move it ${move}`,
            });
          }
        }
        // A lane may be drawn as several bands (split around a stranger): any of them is its own.
        const owns = bandList.filter((l) => l.id === lane);
        const own = owns[0];
        if (lane && own && !owns.some((o) => inBands.includes(o))) {
          findings.push({
            rule: 'lane-mismatch',
            element: label,
            box: boxOf(b),
            detail: `a body of lane "${lane}" is drawn outside its band (${px(width(own.box))} × ${px(height(own.box))})`,
          });
        }
      }
    }

    // lane-split: a lane is drawn as one band with its name once. Two bands of one lane read as
    // two lanes of the same name; a name drawn twice (or not at all) likewise.
    if (on('lane-split') && bands.length) {
      const drawnBands = bands.filter((b) => isDrawn(b, svg) && !ignores(b, 'lane-split'));
      const labels = [...svg.querySelectorAll('[data-lane-label]')].filter((t) => isDrawn(t, svg) && (t.textContent ?? '').trim());
      const named = svg.querySelector('[data-lane-label]') !== null;
      for (const id of new Set(drawnBands.map((b) => b.getAttribute('data-lane-band')!))) {
        const mine = drawnBands.filter((b) => b.getAttribute('data-lane-band') === id);
        const shapes = mine.map((b) => (b.matches(SHAPES) ? b : (b.querySelector(SHAPES) ?? b)));
        const box = (e: Element) => toRect(e.getBoundingClientRect());
        if (mine.length > 1) {
          findings.push({
            rule: 'lane-split',
            element: describe(mine[0]!),
            box: boxOf(box(shapes[0]!)),
            detail: `lane "${id}" is drawn as ${mine.length} separate bands (${shapes.map((e) => `${px(width(box(e)))} × ${px(height(box(e)))}`).join(', ')}); a reader takes them for ${mine.length} lanes: draw one outline round its bodies`,
          });
        }
        const names = labels.filter((t) => t.getAttribute('data-lane-label') === id);
        if (named && names.length !== 1) {
          findings.push({
            rule: 'lane-split',
            element: describe(names[0] ?? mine[0]!, names[0]?.textContent ?? ''),
            box: boxOf(box(names[0] ?? shapes[0]!)),
            detail: `lane "${id}" is named ${names.length} times (${names.map((t) => (t.classList.contains('vertical') || getComputedStyle(t).writingMode.startsWith('vertical') ? 'standing' : 'across')).join(', ') || 'no name'}); draw its name once`,
          });
        }
      }
    }

    // Typed lines against the tree and each other, and link labels against their lines (line-lint.ts).
    const lineRules = ['line-crossing', 'line-parallel', 'line-too-long', 'label-off-line'] as const;
    if (lineRules.some(on)) {
      const raw = lintLines(
        { svg, isDrawn: (e) => isDrawn(e, svg), ignores: (e, r) => ignores(e, r as LintRule), describe, on: (r) => on(r as LintRule), options, origin: [origin.left, origin.top] },
        texts,
      );
      for (const f of raw) findings.push({ rule: f.rule, element: f.element, box: boxOf(f.box), detail: f.detail });
    }
  }
  // One content-outside finding per chart, over all its svgs (the drawing, legend samples).
  if (outside.length) {
    const ext = { left: 0, right: 0, top: 0, bottom: 0 };
    for (const { o } of outside) for (const k of Object.keys(ext) as Array<keyof typeof ext>) ext[k] = Math.max(ext[k], o[k]);
    const sides = Object.entries(ext).filter(([, v]) => v > tol).map(([k, v]) => `${px(v)} past the ${k}`);
    const examples = outside.filter((o) => o.text).slice(0, 3).map((o) => `「${o.text!.slice(0, 20)}」`);
    const area = outside[0]!.area;
    findings.push({
      rule: 'content-outside',
      element: `${describe(outside[0]!.el.closest('svg')!)} and ${outside.length} drawn elements`,
      box: boxOf({ ...area, right: Math.max(area.left, area.right), bottom: Math.max(area.top, area.bottom) }),
      detail: `${outside.length} drawn elements reach outside the visible area (${px(Math.max(0, width(area)))} × ${px(Math.max(0, height(area)))} for the first): ${sides.join(', ')}${examples.length ? `; e.g. ${examples.join(' ')}` : ''}; fit the drawing to the space it has`,
    });
  }
  if (on('lane-mismatch') && !sawLaneHooks) {
    skipped.push({ rule: 'lane-mismatch', reason: 'no [data-lane-band] bands or [data-lane] bodies in the drawing (a chart that draws lanes should expose them)' });
  }
  return { findings, skipped };
}

/** The findings of {@link lintChart} alone. */
export function lintLayout(chart: Element, options: LintOptions = {}): LintFinding[] {
  return lintChart(chart, options).findings;
}

/** One line per finding, for a test failure message or a report. */
export function formatFindings(findings: readonly LintFinding[]): string {
  return findings
    .map((f) => `${f.rule}: ${f.element} at (${f.box.x}, ${f.box.y}) ${f.box.width}×${f.box.height}: ${f.detail}`)
    .join('\n');
}
