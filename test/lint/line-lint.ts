/**
 * The layout lint's rules on drawn lines (test/lint/layout-lint.ts calls them per svg): typed
 * lines (an org chart's 連携・共同事務局・所管 links) against the tree's connectors and each other,
 * and link labels against their own line.
 *
 * Which elements are lines (a chart marks them; without marks these rules find nothing):
 * - `data-lint-line="<kind>"` on a shape makes it one line; on a group, each child of the group
 *   is one line (a `<g>` child with several paths, such as a double line drawn as two strokes,
 *   is one line). The kind `tree` is the hierarchy's connectors; any other kind (`link`) is a
 *   typed line.
 * - A line's id is the `data-lint-id` on it (or an ancestor); a label names its own lines with
 *   `data-lint-owner="id1 id2"` (on the text or an ancestor).
 *
 * Rules:
 * - `line-crossing`: a typed line crosses the tree's bus (a connector's middle segment, shared by
 *   siblings), more than one of the tree's drops and stems (a connector's last and first
 *   segment), or another typed line, away from both lines' ends. One finding per crossing, with
 *   both lines and the point.
 * - `line-parallel`: a typed line runs alongside a tree connector within `parallelGap` px (20)
 *   for at least `parallelRun` px (100): it reads as a double or triple line.
 * - `line-too-long`: a typed line longer than `maxLineLength` (default two viewport heights).
 * - `label-off-line`: a label more than `touchGap` px (4) from every one of its own lines (a piece
 *   across a level label, shown less than 10 px past it on a side, does not count: by a turn the
 *   label floats beside the next piece), with its
 *   letters less than `otherLineGap` px (LABEL_OTHER_LINE_GAP, 5, src/kit/label-gap.ts: the figure
 *   the org chart's label placer keeps) from the stroke of a typed line it does not name (it reads
 *   as that line's; the letters are taken no wider than the label's chip, which holds them in any
 *   font), or whose chip (the
 *   filled shape behind it) hides a line it does not name; a line through the label's letters is
 *   `label-over-shape`'s.
 *
 * Geometry is read from the `d` of paths (M, L, H, V, Z; other commands are sampled every 4 px),
 * `points` of polylines and the ends of `<line>`s, in viewport pixels.
 */

import { LABEL_OTHER_LINE_GAP } from '../../src/kit/label-gap.js';

/** A point in viewport pixels. */
export type Pt = readonly [number, number];

/** Which part of a tree connector a segment is: leaving the parent, the shared bus, into the child. */
type Part = 'stem' | 'bus' | 'drop' | 'line';

interface Seg {
  a: Pt;
  b: Pt;
  part: Part;
}

/** One line as drawn: its polylines (one per subpath, double strokes taken once). */
export interface LineUnit {
  el: Element;
  kind: string;
  tree: boolean;
  id?: string;
  polys: Pt[][];
  segs: Seg[];
  length: number;
  /** The widest stroke of its shapes, in px (a double line's outer stroke). */
  stroke: number;
}

/** What the caller gives: how to describe an element and box a finding, and what to skip. */
export interface LineLintContext {
  svg: SVGSVGElement;
  isDrawn: (el: Element) => boolean;
  ignores: (el: Element, rule: string) => boolean;
  describe: (el: Element, text?: string) => string;
  on: (rule: string) => boolean;
  options: LineLintOptions;
  /** The chart's top-left corner in the viewport: points in details are relative to it. */
  origin: Pt;
}

/** Options of the line rules (also options of lintChart). */
export interface LineLintOptions {
  /** A typed line longer than this is `line-too-long` (CSS px). Default: twice the viewport height. */
  maxLineLength?: number;
  /** Gap (px) under which a typed line alongside a tree connector counts as running with it. Default 20. */
  parallelGap?: number;
  /** Run (px) from which a typed line alongside a tree connector is a finding. Default 100. */
  parallelRun?: number;
  /** Distance (px) a label may keep from its own line. Default 4. */
  touchGap?: number;
  /** Least room (px) between a label's letters and the stroke of a typed line it does not name. Default LABEL_OTHER_LINE_GAP (5). */
  otherLineGap?: number;
  /** Crossings of tree drops and stems a typed line may have (a reader accepts one). Default 1. */
  allowedDropCrossings?: number;
}

/** A finding in viewport coordinates; the caller makes it relative to the chart. */
export interface RawLineFinding {
  rule: 'line-crossing' | 'line-parallel' | 'line-too-long' | 'label-off-line';
  element: string;
  box: { left: number; top: number; right: number; bottom: number };
  detail: string;
}

const SHAPES = 'path, line, polyline, polygon';
const END_GAP = 6;
const dist = (p: Pt, q: Pt) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/**
 * Subpaths of a path's `d` with only straight commands; undefined when it has curves or arcs.
 * With `curveSteps`, quadratic and cubic Béziers (Q, C: a band's rounded corners) are taken as
 * that many chords each instead; arcs still give undefined.
 */
export function parseStraightPath(d: string, curveSteps?: number): Pt[][] | undefined {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const out: Pt[][] = [];
  let cur: Pt[] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let cmd = '';
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    const rel = cmd === cmd.toLowerCase();
    switch (cmd.toUpperCase()) {
      case 'M': {
        const nx = num();
        const ny = num();
        x = rel ? x + nx : nx;
        y = rel ? y + ny : ny;
        if (cur.length > 1) out.push(cur);
        cur = [[x, y]];
        sx = x;
        sy = y;
        cmd = rel ? 'l' : 'L'; // further pairs are line-tos
        break;
      }
      case 'L': {
        const nx = num();
        const ny = num();
        x = rel ? x + nx : nx;
        y = rel ? y + ny : ny;
        cur.push([x, y]);
        break;
      }
      case 'H': {
        const n = num();
        x = rel ? x + n : n;
        cur.push([x, y]);
        break;
      }
      case 'V': {
        const n = num();
        y = rel ? y + n : n;
        cur.push([x, y]);
        break;
      }
      case 'Z':
        x = sx;
        y = sy;
        cur.push([x, y]);
        break;
      case 'Q':
      case 'C': {
        if (!curveSteps) return undefined;
        const n = cmd.toUpperCase() === 'Q' ? 2 : 3;
        const ctrl: Pt[] = [[x, y]];
        for (let k = 0; k < n; k++) {
          const px = num();
          const py = num();
          ctrl.push(rel ? [x + px, y + py] : [px, py]);
        }
        for (let k = 1; k <= curveSteps; k++) {
          // de Casteljau: the point at t on the Bézier of these control points.
          let pts = ctrl;
          const t = k / curveSteps;
          while (pts.length > 1) pts = pts.slice(1).map((q, j): Pt => [pts[j]![0] + (q[0] - pts[j]![0]) * t, pts[j]![1] + (q[1] - pts[j]![1]) * t]);
          cur.push(pts[0]!);
        }
        [x, y] = ctrl[n]!;
        break;
      }
      default:
        return undefined;
    }
  }
  if (cur.length > 1) out.push(cur);
  return out.some((poly) => poly.some(([px, py]) => !Number.isFinite(px) || !Number.isFinite(py))) ? undefined : out;
}

/** The polylines of one shape in viewport pixels. */
function polylinesOf(shape: SVGGeometryElement): Pt[][] {
  const m = shape.getScreenCTM();
  if (!m) return [];
  const to = (x: number, y: number): Pt => {
    const p = new DOMPoint(x, y).matrixTransform(m);
    return [p.x, p.y];
  };
  let local: Pt[][] | undefined;
  if (shape.localName === 'path') local = parseStraightPath(shape.getAttribute('d') ?? '');
  else if (shape.localName === 'line') {
    const l = shape as SVGLineElement;
    local = [[[l.x1.baseVal.value, l.y1.baseVal.value], [l.x2.baseVal.value, l.y2.baseVal.value]]];
  } else if (shape.localName === 'polyline' || shape.localName === 'polygon') {
    const list = [...(shape as SVGPolylineElement).points].map((p): Pt => [p.x, p.y]);
    if (shape.localName === 'polygon' && list.length) list.push(list[0]!);
    local = [list];
  }
  if (!local) {
    // Curves: sampled every 4 px of their length.
    let len = 0;
    try {
      len = shape.getTotalLength();
    } catch {
      return [];
    }
    const steps = Math.min(2000, Math.max(2, Math.ceil(len / 4)));
    const poly: Pt[] = [];
    for (let i = 0; i <= steps; i++) {
      const p = shape.getPointAtLength((len * i) / steps);
      poly.push([p.x, p.y]);
    }
    local = [poly];
  }
  return local.map((poly) => poly.map(([x, y]) => to(x, y)));
}

/**
 * Segments of a polyline, with a tree connector's parts named: the first is the stem (out of the
 * parent); a later one across the stem's direction is the bus its siblings share (a top-down
 * tree's horizontal, a left-right tree's vertical); the others lead to the child (drops: a
 * column's spine, the last hook into the box).
 */
function segmentsOf(poly: readonly Pt[], tree: boolean): Seg[] {
  const pts = poly.filter((p, i) => i === 0 || dist(p, poly[i - 1]!) > 0.01);
  const n = pts.length - 1;
  const out: Seg[] = [];
  const dir = (i: number) => [pts[i + 1]![0] - pts[i]![0], pts[i + 1]![1] - pts[i]![1]] as const;
  const [sx, sy] = n > 0 ? dir(0) : [0, 0];
  for (let i = 0; i < n; i++) {
    const [dx, dy] = dir(i);
    const across = Math.abs(dx * sx + dy * sy) < 0.1 * Math.hypot(dx, dy) * Math.hypot(sx, sy);
    const part: Part = !tree ? 'line' : n === 1 ? 'drop' : i === 0 ? 'stem' : across && i < n - 1 ? 'bus' : 'drop';
    out.push({ a: pts[i]!, b: pts[i + 1]!, part });
  }
  return out;
}

/** The lines of an svg: each `data-lint-line` shape, or each child of a `data-lint-line` group. */
export function collectLines(svg: SVGSVGElement, isDrawn: (el: Element) => boolean): LineUnit[] {
  const out: LineUnit[] = [];
  for (const holder of svg.querySelectorAll('[data-lint-line]')) {
    const kind = holder.getAttribute('data-lint-line') || 'link';
    const units = holder.matches(SHAPES) ? [holder] : [...holder.children];
    for (const el of units) {
      const shapes = (el.matches(SHAPES) ? [el] : [...el.querySelectorAll(SHAPES)]).filter((s) => isDrawn(s) && !s.closest('marker, defs')) as SVGGeometryElement[];
      if (!shapes.length) continue;
      const seen = new Set<string>();
      const polys: Pt[][] = [];
      for (const s of shapes) {
        for (const poly of polylinesOf(s)) {
          const key = poly.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join(' ');
          if (seen.has(key)) continue; // a double line's strokes: one line
          seen.add(key);
          polys.push(poly);
        }
      }
      const tree = kind === 'tree';
      const segs = polys.flatMap((p) => segmentsOf(p, tree));
      const id = el.closest('[data-lint-id]')?.getAttribute('data-lint-id') ?? undefined;
      const stroke = Math.max(
        ...shapes.map((s) => {
          const m = s.getScreenCTM();
          return (parseFloat(getComputedStyle(s).strokeWidth) || 0) * (m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1);
        }),
      );
      out.push({ el, kind, tree, id, polys, segs, length: segs.reduce((a, s) => a + dist(s.a, s.b), 0), stroke });
    }
  }
  return out;
}

/** Where two segments cross (not where they only touch end to end or run on one line). */
export function crossingOf(s: { a: Pt; b: Pt }, t: { a: Pt; b: Pt }): Pt | undefined {
  const rx = s.b[0] - s.a[0];
  const ry = s.b[1] - s.a[1];
  const qx = t.b[0] - t.a[0];
  const qy = t.b[1] - t.a[1];
  const den = rx * qy - ry * qx;
  if (Math.abs(den) < 1e-9) return undefined;
  const wx = t.a[0] - s.a[0];
  const wy = t.a[1] - s.a[1];
  const u = (wx * qy - wy * qx) / den;
  const v = (wx * ry - wy * rx) / den;
  if (u < 0 || u > 1 || v < 0 || v > 1) return undefined;
  return [s.a[0] + u * rx, s.a[1] + u * ry];
}

/** Distance from a point to a segment. */
function pointSegDist(p: Pt, s: { a: Pt; b: Pt }): number {
  const rx = s.b[0] - s.a[0];
  const ry = s.b[1] - s.a[1];
  const l2 = rx * rx + ry * ry;
  const u = l2 ? Math.max(0, Math.min(1, ((p[0] - s.a[0]) * rx + (p[1] - s.a[1]) * ry) / l2)) : 0;
  return dist(p, [s.a[0] + u * rx, s.a[1] + u * ry]);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const inBox = (p: Pt, r: Box) => p[0] >= r.left && p[0] <= r.right && p[1] >= r.top && p[1] <= r.bottom;

/** Distance from a rectangle to a segment (0 when the segment reaches into it). */
export function boxSegDist(r: Box, s: { a: Pt; b: Pt }): number {
  if (inBox(s.a, r) || inBox(s.b, r)) return 0;
  const corners: Pt[] = [[r.left, r.top], [r.right, r.top], [r.right, r.bottom], [r.left, r.bottom]];
  const sides = corners.map((c, i) => ({ a: c, b: corners[(i + 1) % 4]! }));
  if (sides.some((e) => crossingOf(s, e))) return 0;
  return Math.min(...corners.map((c) => pointSegDist(c, s)), ...sides.flatMap((e) => [pointSegDist(s.a, e), pointSegDist(s.b, e)]));
}

/** Length of a segment inside a rectangle. */
function lengthInside(r: Box, s: { a: Pt; b: Pt }): number {
  // Clip the segment to the rectangle (Liang–Barsky).
  let t0 = 0;
  let t1 = 1;
  const dx = s.b[0] - s.a[0];
  const dy = s.b[1] - s.a[1];
  for (const [p, q] of [
    [-dx, s.a[0] - r.left],
    [dx, r.right - s.a[0]],
    [-dy, s.a[1] - r.top],
    [dy, r.bottom - s.a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
}

const ends = (u: LineUnit) => u.polys.flatMap((p) => [p[0]!, p[p.length - 1]!]);
const nearAny = (p: Pt, list: readonly Pt[], gap: number) => list.some((q) => dist(p, q) <= gap);
const pointBox = (p: Pt, r = 3): Box => ({ left: p[0] - r, top: p[1] - r, right: p[0] + r, bottom: p[1] + r });
const horizontal = (s: Seg) => Math.abs(s.b[1] - s.a[1]) < 0.5;
const vertical = (s: Seg) => Math.abs(s.b[0] - s.a[0]) < 0.5;

/** The rules on lines and link labels, for one svg. */
export function lintLines(ctx: LineLintContext, texts: ReadonlyArray<{ el: SVGTextElement; text: string; glyphs: Box }>): RawLineFinding[] {
  const { svg, describe, options } = ctx;
  const pt = (p: Pt) => `(${Math.round(p[0] - ctx.origin[0])}, ${Math.round(p[1] - ctx.origin[1])})`;
  const lines = collectLines(svg, ctx.isDrawn);
  if (!lines.length) return [];
  const findings: RawLineFinding[] = [];
  const tree = lines.filter((l) => l.tree);
  const typed = lines.filter((l) => !l.tree);
  // A line by its element and its ends (a tree connector: the ends of its path; shared parts look alike).
  const name = (u: LineUnit) => {
    const first = u.polys[0]?.[0];
    const last = u.polys.at(-1)?.at(-1);
    const where = first && last ? ` from ${pt(first)} to ${pt(last)}` : '';
    return `${u.tree ? 'tree connector ' : ''}${describe(u.el.matches(SHAPES) ? u.el : (u.el.querySelector(SHAPES) ?? u.el))}${where}`;
  };

  // line-crossing
  if (ctx.on('line-crossing')) {
    const allowed = options.allowedDropCrossings ?? 1;
    const rank: Record<Part, number> = { bus: 3, line: 2, stem: 1, drop: 1 };
    typed.forEach((l, i) => {
      if (ctx.ignores(l.el, 'line-crossing')) return;
      const mine = ends(l);
      // Crossing points, one per place (siblings' connectors share their bus and stem).
      const found = new Map<string, { p: Pt; other: LineUnit; part: Part }>();
      const others = [...tree, ...typed.slice(i + 1)];
      for (const o of others) {
        if (ctx.ignores(o.el, 'line-crossing')) continue;
        const theirs = ends(o);
        for (const s of l.segs) {
          for (const t of o.segs) {
            const p = crossingOf(s, t);
            if (!p || nearAny(p, mine, END_GAP) || nearAny(p, theirs, END_GAP)) continue;
            const key = `${Math.round(p[0] / 3)},${Math.round(p[1] / 3)}`;
            const had = found.get(key);
            if (!had || rank[t.part] > rank[had.part]) found.set(key, { p, other: o, part: t.part });
          }
        }
      }
      const list = [...found.values()].sort((a, b) => rank[b.part] - rank[a.part]);
      const drops = list.filter((c) => c.part === 'stem' || c.part === 'drop').length;
      const partName: Record<Part, string> = { bus: "the tree's bus (shared by siblings)", stem: 'a tree stem', drop: 'a tree drop', line: 'another typed line' };
      for (const c of list) {
        if ((c.part === 'stem' || c.part === 'drop') && drops <= allowed) continue;
        findings.push({
          rule: 'line-crossing',
          element: `${name(l)} × ${name(c.other)}`,
          box: pointBox(c.p),
          detail: `the typed line crosses ${partName[c.part]} at ${pt(c.p)}${c.part === 'stem' || c.part === 'drop' ? ` (${drops} tree drops/stems crossed in all; ${allowed} accepted)` : ''}; route it where it crosses nothing`,
        });
      }
    });
  }

  // line-parallel: axis-parallel runs of a typed line beside the tree's connectors (taken once each).
  if (ctx.on('line-parallel') && tree.length) {
    const gap = options.parallelGap ?? 20;
    const minRun = options.parallelRun ?? 100;
    const treeSegs = new Map<string, { s: Seg; u: LineUnit }>();
    for (const u of tree) {
      for (const s of u.segs) {
        const [p, q] = [s.a, s.b].sort((m, n) => m[0] - n[0] || m[1] - n[1]);
        treeSegs.set(`${Math.round(p![0])},${Math.round(p![1])},${Math.round(q![0])},${Math.round(q![1])}`, { s, u });
      }
    }
    for (const l of typed) {
      if (ctx.ignores(l.el, 'line-parallel')) continue;
      for (const s of l.segs) {
        const h = horizontal(s);
        if (!h && !vertical(s)) continue;
        const along = (p: Pt) => (h ? p[0] : p[1]);
        const across = (p: Pt) => (h ? p[1] : p[0]);
        const lo = Math.min(along(s.a), along(s.b));
        const hi = Math.max(along(s.a), along(s.b));
        if (hi - lo < minRun) continue;
        const spans: Array<{ from: number; to: number; d: number; u: LineUnit }> = [];
        for (const { s: t, u } of treeSegs.values()) {
          if (h ? !horizontal(t) : !vertical(t)) continue;
          const d = Math.abs(across(t.a) - across(s.a));
          if (d > gap) continue;
          const from = Math.max(lo, Math.min(along(t.a), along(t.b)));
          const to = Math.min(hi, Math.max(along(t.a), along(t.b)));
          if (to > from) spans.push({ from, to, d, u });
        }
        spans.sort((a, b) => a.from - b.from);
        // Runs: spans that touch or overlap, merged.
        let run: { from: number; to: number; dMin: number; dMax: number; u: LineUnit } | undefined;
        const flush = () => {
          if (run && run.to - run.from >= minRun) {
            const at = (v: number): Pt => (h ? [v, s.a[1]] : [s.a[0], v]);
            const a = at(run.from);
            const b = at(run.to);
            findings.push({
              rule: 'line-parallel',
              element: `${name(l)} ∥ ${name(run.u)}`,
              box: { left: Math.min(a[0], b[0]), top: Math.min(a[1], b[1]), right: Math.max(a[0], b[0]), bottom: Math.max(a[1], b[1]) },
              detail: `the typed line runs ${Math.round(run.to - run.from)} px alongside a tree connector, ${Math.round(run.dMin)}${run.dMax > run.dMin + 0.5 ? `–${Math.round(run.dMax)}` : ''} px from it, from ${pt(a)} to ${pt(b)}: it reads as a double line; route it further away or across`,
            });
          }
        };
        for (const sp of spans) {
          if (run && sp.from <= run.to + 1) {
            run.to = Math.max(run.to, sp.to);
            run.dMin = Math.min(run.dMin, sp.d);
            run.dMax = Math.max(run.dMax, sp.d);
          } else {
            flush();
            run = { from: sp.from, to: sp.to, dMin: sp.d, dMax: sp.d, u: sp.u };
          }
        }
        flush();
      }
    }
  }

  // line-too-long
  if (ctx.on('line-too-long')) {
    const max = options.maxLineLength ?? 2 * window.innerHeight;
    for (const l of typed) {
      if (l.length <= max || ctx.ignores(l.el, 'line-too-long')) continue;
      const all = l.polys.flat();
      findings.push({
        rule: 'line-too-long',
        element: name(l),
        box: {
          left: Math.min(...all.map((p) => p[0])),
          top: Math.min(...all.map((p) => p[1])),
          right: Math.max(...all.map((p) => p[0])),
          bottom: Math.max(...all.map((p) => p[1])),
        },
        detail: `the typed line is ${Math.round(l.length)} px long (more than ${Math.round(max)} px, two viewport heights): a reader cannot follow it; bring its ends closer or draw it as labelled stubs`,
      });
    }
  }

  // label-off-line
  if (ctx.on('label-off-line')) {
    const touch = options.touchGap ?? 4;
    const otherGap = options.otherLineGap ?? LABEL_OTHER_LINE_GAP;
    const byId = new Map<string, LineUnit[]>();
    for (const l of lines) if (l.id) byId.set(l.id, [...(byId.get(l.id) ?? []), l]);
    for (const t of texts) {
      if (ctx.ignores(t.el, 'label-off-line')) continue;
      const keys = new Set<string>();
      for (let e: Element | null = t.el; e && e !== svg; e = e.parentElement) {
        for (const k of (e.getAttribute('data-lint-owner') ?? '').split(/\s+/)) if (k) keys.add(k);
      }
      const own = [...keys].flatMap((k) => byId.get(k) ?? []);
      if (!own.length) continue;
      // The label's chip: a filled rect beside the text in its group, holding the text (along it
      // at least: across, a font's ascent and descent may reach past the chip).
      const chipEl = [...(t.el.parentElement?.children ?? [])].find((c) => {
        if (c.localName !== 'rect' || !ctx.isDrawn(c)) return false;
        const r = c.getBoundingClientRect();
        const across = r.left <= t.glyphs.left + 1 && r.right >= t.glyphs.right - 1;
        const down = r.top <= t.glyphs.top + 1 && r.bottom >= t.glyphs.bottom - 1;
        const mid = [(t.glyphs.left + t.glyphs.right) / 2, (t.glyphs.top + t.glyphs.bottom) / 2] as const;
        return (across || down) && mid[0] > r.left && mid[0] < r.right && mid[1] > r.top && mid[1] < r.bottom;
      });
      const cr = chipEl?.getBoundingClientRect();
      const box: Box = cr ? { left: cr.left, top: cr.top, right: cr.right, bottom: cr.bottom } : t.glyphs;
      // A piece of its line across the label (an upright piece under a level label) touches it only
      // where it shows 10 px past it on both sides: under a turn, the label floats off its line (R10-0-5).
      const wide = box.right - box.left > box.bottom - box.top;
      const showsPast = (s: Seg) => {
        if (wide ? !vertical(s) || s.a[0] <= box.left || s.a[0] >= box.right : !horizontal(s) || s.a[1] <= box.top || s.a[1] >= box.bottom) return true;
        const [a, b] = wide ? [Math.min(s.a[1], s.b[1]), Math.max(s.a[1], s.b[1])] : [Math.min(s.a[0], s.b[0]), Math.max(s.a[0], s.b[0])];
        const [lo, hi] = wide ? [box.top, box.bottom] : [box.left, box.right];
        return b <= lo || a >= hi || (lo - a >= 10 && b - hi >= 10);
      };
      const gap = Math.min(...own.flatMap((l) => l.segs.filter(showsPast).map((s) => boxSegDist(box, s))));
      if (gap > touch) {
        findings.push({
          rule: 'label-off-line',
          element: describe(t.el, t.text),
          box,
          detail: `the label is ${Math.round(gap)} px from its own line (${name(own[0]!)}); a reader cannot tell which line it names: put it on or against its line (within ${touch} px)`,
        });
      }
      // Each line it does not name: its letters against it (the gap a reader sees, to the edge of its
      // stroke: the label reads as that line's), or its chip hiding it away from the letters (a line
      // through the letters is label-over-shape's).
      const inner: Box = { left: box.left + 1, top: box.top + 1, right: box.right - 1, bottom: box.bottom - 1 };
      const letters: Box = { left: t.glyphs.left + 2, top: t.glyphs.top + 2, right: t.glyphs.right - 2, bottom: t.glyphs.bottom - 2 };
      // The letters as a reader sees them against the chip: no wider than it (a font's ascent and
      // descent can make the text's box taller than the chip; its letters stand within the chip).
      const m = t.el.getScreenCTM();
      const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) || 1 : 1;
      const seen: Box = cr
        ? { left: Math.max(t.glyphs.left, cr.left), top: Math.max(t.glyphs.top, cr.top), right: Math.min(t.glyphs.right, cr.right), bottom: Math.min(t.glyphs.bottom, cr.bottom) }
        : t.glyphs;
      for (const l of lines) {
        if (own.includes(l) || ctx.ignores(l.el, 'label-off-line')) continue;
        const hidden = chipEl ? l.segs.reduce((a, s) => a + lengthInside(inner, s), 0) : 0;
        const throughLetters = l.segs.some((s) => lengthInside(letters, s) > 0);
        if (throughLetters) continue;
        if (hidden > 2) {
          findings.push({
            rule: 'label-off-line',
            element: describe(t.el, t.text),
            box,
            detail: `its chip hides ${Math.round(hidden)} px of ${l.tree ? 'a tree connector' : 'another typed line'} (${name(l)}); move the label clear of lines it does not name`,
          });
        } else if (!l.tree) {
          // In the chart's own px (the placer's), where it is drawn scaled.
          const near = (Math.min(...l.segs.map((s) => boxSegDist(seen, s))) - l.stroke / 2) / scale;
          if (near < otherGap - 0.01) {
            findings.push({
              rule: 'label-off-line',
              element: describe(t.el, t.text),
              box,
              detail: `its letters are ${Math.max(0, Math.floor(near))} px from another typed line (${name(l)}): a reader may take it for that line's label; keep it at least ${otherGap} px from lines it does not name`,
            });
          }
        }
      }
    }
  }
  return findings;
}
