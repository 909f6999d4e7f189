/**
 * The route obstacle lines of the org chart's typed links (route-cost.ts): every line is made as
 * one object literal with every field, so that all of them share one shape (an object spread
 * made each line a slow dictionary object, about a hundred times dearer to make and read: a few
 * ms of a 30-box layout, issue 13). The lines must be exactly those made before: the merged
 * tree tracks are compared with the former construction, kept here as the reference.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeRouteLine, ROUTE_CROSS_BUS, ROUTE_CROSS_TREE, toRouteLines, toTreeRouteLines, withRouteCosts, type RouteLine } from '../../src/charts/org/layout/route-cost.js';
import type { Point, Rect } from '../../src/charts/org/layout/route.js';
import { besideBoxLines, besideLinesOf } from '../../src/charts/org/layout/links.js';
import { layoutOrgChart } from '../../src/charts/org/layout/index.js';
import { parseOrganization } from '../../src/data/organization.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { RectGrid } from '../../src/kit/spatial-index.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

/** The former toRouteLines (object spreads), the reference. */
function formerRouteLines(points: readonly Point[], cross: number, near: number, ends?: readonly [Rect, Rect]): RouteLine[] {
  const out: RouteLine[] = [];
  for (let i = 1; i < points.length; i++) {
    const into = ends ? [...(i === 1 ? [ends[0]] : []), ...(i === points.length - 1 ? [ends[1]] : [])] : [];
    const p = points[i - 1]!;
    const q = points[i]!;
    if (p[0] === q[0] && p[1] === q[1]) continue;
    const horizontal = p[1] === q[1];
    const [u, v] = horizontal ? [p[0], q[0]] : [p[1], q[1]];
    const from = Math.min(u, v);
    const to = Math.max(u, v);
    const at = horizontal ? p[1] : p[0];
    const rect = horizontal ? { x: from, y: at - near, width: to - from, height: 2 * near } : { x: at - near, y: from, width: 2 * near, height: to - from };
    out.push({ ...rect, horizontal, at, from, to, cross, near, ...(into.length ? { into } : {}) });
  }
  return out;
}

/** The former toTreeRouteLines (tracks keyed by string), the reference. */
function formerTreeRouteLines(connectors: ReadonlyArray<readonly Point[]>, near: number, nearBus = near): RouteLine[] {
  const byTrack = new Map<string, Array<{ from: number; to: number; across: boolean }>>();
  for (const points of connectors) {
    const pieces = formerRouteLines(points, 0, 0);
    const stem = pieces[0]?.horizontal;
    for (const l of pieces) {
      const key = `${l.horizontal ? 'h' : 'v'}${l.at}`;
      const piece = { from: l.from, to: l.to, across: l.horizontal !== stem };
      const list = byTrack.get(key);
      if (list) list.push(piece);
      else byTrack.set(key, [piece]);
    }
  }
  const out: RouteLine[] = [];
  for (const [key, list] of byTrack) {
    const horizontal = key[0] === 'h';
    const at = Number(key.slice(1));
    list.sort((p, q) => p.from - q.from);
    let run = { ...list[0]!, n: 1 };
    const flush = () => {
      const points: Point[] = horizontal ? [[run.from, at], [run.to, at]] : [[at, run.from], [at, run.to]];
      const bus = run.n > 1 && run.across;
      out.push(...formerRouteLines(points, bus ? ROUTE_CROSS_BUS : ROUTE_CROSS_TREE, bus ? nearBus : near));
    };
    for (const l of list.slice(1)) {
      if (l.from <= run.to) {
        run.to = Math.max(run.to, l.to);
        run.n++;
        run.across ||= l.across;
      } else {
        flush();
        run = { ...l, n: 1 };
      }
    }
    flush();
  }
  return out;
}

/** A line's fields without those left undefined (the former lines had no such keys). */
const defined = (l: RouteLine) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined));

/** Tree connectors as edges.ts draws them: stems, buses, drops, hung columns; some overlapping, some of one point, fractional and negative places. */
function connectors(seed: number): Point[][] {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const out: Point[][] = [];
  for (let k = 0; k < 60; k++) {
    const px = rnd(40) * 20 - 100 + (rnd(4) === 0 ? 0.5 : 0);
    const py = rnd(10) * 80;
    const cx = rnd(3) === 0 ? px : rnd(40) * 20;
    const cy = py + 40 + rnd(3) * 60;
    const mid = py + 16;
    if (rnd(5) === 0) out.push([[px, py], [px, cy]]);
    else if (rnd(6) === 0) out.push([[px, py], [px, py]]);
    else if (rnd(4) === 0) out.push([[px, py], [px, mid], [px - 120, mid], [px - 120, cy], [px - 110, cy]]);
    else out.push([[px, py], [px, mid], [cx, mid], [cx, cy]]);
  }
  return out;
}

describe('route obstacle lines', () => {
  it('are the lines the former construction made, merged tracks and all', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const edges = connectors(seed);
      for (const [near, nearBus] of [[13, 13], [21, 21], [0, 0], [13, 6]] as const) {
        assert.deepEqual(toTreeRouteLines(edges, near, nearBus).map(defined), formerTreeRouteLines(edges, near, nearBus));
      }
      const a: Rect = { x: 0, y: 0, width: 10, height: 10 };
      const b: Rect = { x: 50, y: 50, width: 10, height: 10 };
      for (const points of edges) {
        assert.deepEqual(toRouteLines(points, 100, 10, [a, b]).map(defined), formerRouteLines(points, 100, 10, [a, b]));
        assert.deepEqual(toRouteLines(points, 0, 6).map(defined), formerRouteLines(points, 0, 6));
      }
    }
    // One piece into both boxes.
    const a: Rect = { x: 0, y: 0, width: 10, height: 10 };
    const b: Rect = { x: 50, y: 0, width: 10, height: 10 };
    assert.deepEqual(toRouteLines([[10, 5], [50, 5]], 100, 10, [a, b])[0]!.into, [a, b]);
  });

  it('all have the same fields in the same order (one object shape), however they were made', () => {
    const keys = (l: RouteLine) => Object.keys(l).join(',');
    const a: Rect = { x: 0, y: 0, width: 10, height: 10 };
    const b: Rect = { x: 50, y: 50, width: 10, height: 10 };
    const lines = [
      ...toTreeRouteLines(connectors(7), 13),
      ...toRouteLines([[10, 5], [30, 5], [30, 55], [50, 55]], 100, 10, [a, b], undefined, true),
      ...toRouteLines([[0, 0], [0, 40], [40, 40], [40, 0], [0, 0]], 0, 6),
      ...toRouteLines([[0, 8], [40, 8]], 0, 8, undefined, 0.5),
      ...toTreeRouteLines(connectors(8), 21).map((l) => withRouteCosts(l, 0, 0.25)),
      makeRouteLine(false, 3, 0, 9, 40, 13),
    ];
    assert.ok(lines.length > 20);
    assert.deepEqual(new Set(lines.map(keys)), new Set([keys(lines[0]!)]));
    // What a copy with other costs keeps and changes.
    const l = toRouteLines([[10, 5], [30, 5]], 100, 10, [a, b], undefined, true)[0]!;
    const copy = withRouteCosts(l, 0, 1);
    assert.deepEqual([copy.cross, copy.along, copy.link, copy.into, copy.near, copy.at, copy.from, copy.to], [0, 1, true, l.into, 10, 5, 10, 30]);
  });
});

describe('tree connectors beside one box (links.ts, the try into a box across the connector beside it)', () => {
  it('are, for every box, exactly the lines of all boxes that are that box\'s, in the same order', () => {
    const parsed = parseOrganization(generateOrganization({ bodies: 200, seed: 1 }));
    assert.ok(parsed.ok);
    let checked = 0;
    for (const orientation of ['auto', 'left-right', 'compact'] as const) {
      for (const width of [800, 1280]) {
        const layout = layoutOrgChart({ doc: parsed.value, width, measure: createApproxMeasure(14), measureSize: 14, orientation });
        const boxes = layout.nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }));
        const index = new RectGrid<Rect>();
        index.addAll(boxes);
        const tree = toTreeRouteLines(layout.edges.map((e) => e.points), 0);
        const all = besideBoxLines(tree, index);
        for (const box of boxes) {
          const own = all.filter((l) => l.box === box);
          assert.deepEqual(besideLinesOf(tree, box), own);
          checked += own.length;
        }
      }
    }
    // (Hung columns run their line 10 px beside their boxes: there are such lines to compare.)
    assert.ok(checked > 50, `${checked} lines`);
  });
});
