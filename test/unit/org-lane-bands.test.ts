// Lane bands (src/charts/org/layout/lanes.ts): a lane is drawn as ONE band — the outline of the
// union of its parts (an L or a step where the parts differ in height), its name once — and the
// band never takes in a body of another lane or of none. Widths come from the approximate measure
// (CJK = 1 em, Latin ≈ 0.55 em); the charts are collapsed as the element collapses them on first draw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutOrgChart, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { assignOrgLanes, joinOrgBandParts, orgBandPath, outlineOrgBand } from '../../src/charts/org/layout/lanes.js';
import type { Point, Rect } from '../../src/charts/org/layout/route.js';
import { fitOrgSlide } from '../../src/charts/org/slide.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { loadOrg, parseOrg } from './org-boxes.js';

const measure = createApproxMeasure(14);
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/** Twice the signed area of a ring (positive: clockwise on the screen, y down). */
const area2 = (ring: readonly Point[]) => ring.reduce((s, p, i) => s + p[0] * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * p[1], 0);

/** Whether a point is inside an outline (even-odd over its rings). */
function insideOutline(outline: readonly (readonly Point[])[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of outline) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Sample points of a box: its corners (1 px in) and centre. */
const samples = (r: Rect): Array<[number, number]> => [
  [r.x + 1, r.y + 1],
  [r.x + r.width - 1, r.y + 1],
  [r.x + 1, r.y + r.height - 1],
  [r.x + r.width - 1, r.y + r.height - 1],
  [r.x + r.width / 2, r.y + r.height / 2],
];

/** What a reader sees of the bands: per lane its bands; every body of a lane wholly inside one of them, no other body reaching into any. */
function checkBands(layout: OrgChartLayout, doc: ReturnType<typeof loadOrg>, where: string): Map<string, number> {
  const laneOf = assignOrgLanes(doc, layout.nodes);
  const count = new Map<string, number>();
  for (const band of layout.lanes) {
    count.set(band.lane.id, (count.get(band.lane.id) ?? 0) + 1);
    for (const n of layout.nodes) {
      const inside = samples(n).filter(([x, y]) => insideOutline(band.outline, x, y)).length;
      if (laneOf.get(n.id) === band.lane.id) continue;
      assert.equal(inside, 0, `${where}: ${n.id} (${laneOf.get(n.id) ?? 'no lane'}) inside the ${band.lane.id} band`);
    }
  }
  for (const n of layout.nodes) {
    const lane = laneOf.get(n.id);
    if (!lane) continue;
    const own = layout.lanes.filter((b) => b.lane.id === lane);
    assert.ok(
      own.some((b) => samples(n).every(([x, y]) => insideOutline(b.outline, x, y))),
      `${where}: ${n.id} not wholly inside a band of its lane ${lane}`,
    );
  }
  return count;
}

/**
 * The largest empty block a reader sees in a band: the side (px, to 10 px) of the largest square
 * wholly inside one of `layout`'s bands that no box reaches into (sampled on a 10 px grid).
 */
function largestEmptySquare(layout: OrgChartLayout): { side: number; lane?: string; at?: [number, number] } {
  let best: { side: number; lane?: string; at?: [number, number] } = { side: 0 };
  const step = 10;
  for (const band of layout.lanes) {
    const cols = Math.floor(band.width / step);
    const rows = Math.floor(band.height / step);
    // free[j][i]: the grid cell at (i, j) is inside the band and no box reaches into it.
    const free = Array.from({ length: rows }, (_, j) =>
      Array.from({ length: cols }, (_, i) => {
        const x = band.x + i * step;
        const y = band.y + j * step;
        const cell = rect(x, y, step, step);
        if (![[x + 0.5, y + 0.5], [x + step - 0.5, y + 0.5], [x + 0.5, y + step - 0.5], [x + step - 0.5, y + step - 0.5]].every(([px, py]) => insideOutline(band.outline, px!, py!))) return false;
        return !layout.nodes.some((n) => n.x < cell.x + cell.width && cell.x < n.x + n.width && n.y < cell.y + cell.height && cell.y < n.y + n.height);
      }),
    );
    // The classic largest-square dynamic programme over the free cells.
    const size = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < cols; i++) {
        if (!free[j]![i]) continue;
        size[j]![i] = 1 + (i && j ? Math.min(size[j - 1]![i]!, size[j]![i - 1]!, size[j - 1]![i - 1]!) : 0);
        if (size[j]![i]! * step > best.side) best = { side: size[j]![i]! * step, lane: band.lane.id, at: [band.x + (i + 1) * step, band.y + (j + 1) * step] };
      }
    }
  }
  return best;
}

describe('outlineOrgBand: the outline of a union of rectangles', () => {
  it('two parts side by side of different heights: one L-shaped ring of six corners, clockwise', () => {
    const rings = outlineOrgBand([rect(0, 0, 100, 300), rect(100, 0, 80, 120)]);
    assert.equal(rings.length, 1);
    assert.deepEqual(rings[0]!.slice().sort(), ([[0, 0], [180, 0], [180, 120], [100, 120], [100, 300], [0, 300]] as Point[]).slice().sort());
    assert.ok(area2(rings[0]!) > 0, 'clockwise');
    assert.equal(area2(rings[0]!) / 2, 100 * 300 + 80 * 120);
  });

  it('overlapping parts give a step, one ring; apart or touching at a corner, one ring each', () => {
    const step = outlineOrgBand([rect(0, 0, 100, 100), rect(50, 50, 100, 100)]);
    assert.equal(step.length, 1);
    assert.equal(step[0]!.length, 8);
    assert.equal(area2(step[0]!) / 2, 2 * 100 * 100 - 50 * 50);
    assert.equal(outlineOrgBand([rect(0, 0, 10, 10), rect(30, 0, 10, 10)]).length, 2);
    const corner = outlineOrgBand([rect(0, 0, 10, 10), rect(10, 10, 10, 10)]);
    assert.equal(corner.length, 2);
    assert.deepEqual(corner.map((r) => r.length), [4, 4]);
  });

  it('a ring of parts round a hole: the outer ring clockwise, the hole the other way', () => {
    const rings = outlineOrgBand([rect(0, 0, 30, 10), rect(0, 20, 30, 10), rect(0, 10, 10, 10), rect(20, 10, 10, 10)]);
    assert.equal(rings.length, 2);
    const [outer, hole] = rings.sort((a, b) => Math.abs(area2(b)) - Math.abs(area2(a)));
    assert.ok(area2(outer!) > 0 && area2(hole!) < 0);
    assert.equal(insideOutline(rings, 15, 15), false, 'the hole is outside');
    assert.equal(insideOutline(rings, 5, 15), true);
  });

  it('orgBandPath draws each ring once, closed, with rounded corners', () => {
    const d = orgBandPath([[[0, 0], [100, 0], [100, 50], [0, 50]]], 6);
    assert.equal(d.match(/M/g)!.length, 1);
    assert.equal(d.match(/Q/g)!.length, 4);
    assert.ok(d.endsWith('Z'));
    assert.ok(d.startsWith('M6 0'));
  });
});

describe('joinOrgBandParts: parts side by side are joined across their gap', () => {
  it('fills the gap where two columns face each other, and only there', () => {
    const parts = [rect(0, 0, 200, 1000), rect(228, 0, 200, 400)];
    const { joins, band } = joinOrgBandParts(parts, () => true, 52);
    assert.deepEqual(joins.map(({ x, y, width, height }) => ({ x, y, width, height })), [rect(200, 0, 28, 400)]);
    assert.equal(band[0], band[1]);
    assert.equal(outlineOrgBand([...parts, ...joins]).length, 1);
  });

  it('does not join across a stranger, nor across a gap wider than allowed', () => {
    const parts = [rect(0, 0, 200, 400), rect(228, 0, 200, 400)];
    const blocked = joinOrgBandParts(parts, (r) => !(r.x < 214 && r.x + r.width > 214), 52);
    assert.deepEqual(blocked.joins, []);
    assert.notEqual(blocked.band[0], blocked.band[1]);
    assert.deepEqual(joinOrgBandParts([rect(0, 0, 200, 400), rect(300, 0, 200, 400)], () => true, 52).joins, []);
  });

  it('parts that share an edge are one band without a join', () => {
    const { joins, band } = joinOrgBandParts([rect(0, 0, 100, 100), rect(0, 100, 60, 50)], () => true, 52);
    assert.deepEqual(joins, []);
    assert.equal(band[0], band[1]);
  });
});

describe('the generated 200-body organisation: 市場開拓 over hung columns is one band', () => {
  const doc = parseOrg(generateOrganization({ bodies: 200, seed: 1 }));
  // Its outline steps up under a column that ends well above the next (an empty block of more
  // than 25 em square): as first drawn, 市場開拓's second column at 800 px and its first at
  // 1280 px (8 corners); every body open, an L beside ＩＣＴ at 800 px (6) and a step under the
  // middle column at 1280 px (10).
  for (const [what, depth, corners] of [
    ['as first drawn', chooseCollapsedDepth({ doc }), { 800: 8, 1280: 8 }],
    ['with every body open', 1000, { 800: 6, 1280: 10 }],
  ] as const) {
    for (const width of [800, 1280] as const) {
      it(`at ${width} px ${what}: one band of ${corners[width]} corners, one name, no other body inside, no empty block of 25 em square`, () => {
        const layout = layoutOrgChart({ doc, width, measure, collapsed: collapseBelowDepth({ doc, depth }) });
        const count = checkBands(layout, doc, `${width} ${what}`);
        assert.equal(count.get('market'), 1, `市場開拓 in ${count.get('market')} bands`);
        const market = layout.lanes.find((l) => l.lane.id === 'market')!;
        assert.equal(market.outline.length, 1, 'one outline');
        assert.equal(market.outline[0]!.length, corners[width], `its outline: ${JSON.stringify(market.outline[0])}`);
        const empty = largestEmptySquare(layout);
        assert.ok(empty.side < 25 * 14, `an empty block of ${empty.side} px square in the ${empty.lane} band, ending at ${JSON.stringify(empty.at)}`);
        // Its bodies stand in more than one column: the band is not a plain rectangle round one.
        const laneOf = assignOrgLanes(doc, layout.nodes);
        const columns = new Set(layout.nodes.filter((n) => laneOf.get(n.id) === 'market' && n.parentId === 'hq').map((n) => n.x));
        assert.ok(columns.size >= 2, `market's councils in ${columns.size} column(s)`);
        // The name stands across, in the strip at the band's top-left, once.
        assert.equal(market.label.vertical, false);
        assert.ok(market.label.strip.x - market.x <= 8, `name at x ${market.label.x}, band at ${market.x}`);
        assert.equal(market.label.strip.y, market.y);
      });
    }
  }
});

describe('the seed charts keep one band per lane with no stranger inside', () => {
  for (const file of ['governance.json', 'partnership-council.json']) {
    const doc = loadOrg(file);
    it(`${file} at 360, 800, 1280 and 1920 px, first drawn and every body open`, () => {
      for (const depth of [chooseCollapsedDepth({ doc }), 1000]) {
        for (const width of [360, 800, 1280, 1920]) {
          const layout = layoutOrgChart({ doc, width, measure, collapsed: collapseBelowDepth({ doc, depth }) });
          const count = checkBands(layout, doc, `${file} ${width} depth ${depth}`);
          for (const [lane, n] of count) assert.equal(n, 1, `${file} ${width}: ${lane} in ${n} bands`);
        }
      }
    });
  }

  it('governance on a 16:9 slide: one band per lane, ＩＴ総合戦略室 outside every band', () => {
    const doc = loadOrg('governance.json');
    const fit = fitOrgSlide({ doc, width: 1888, height: 880, fontSize: 20, measure, measureSize: 14 });
    const count = checkBands(fit.layout, doc, 'slide');
    assert.deepEqual([...count.values()], [1, 1, 1]);
  });
});

/** Runs of a band's outline and of the tree connectors that lie side by side closer than `clear` px: [band edge, tree run, distance]. */
function bandLineRuns(layout: OrgChartLayout, clear: number): string[] {
  const out: string[] = [];
  const segs = (pts: readonly Point[], closed: boolean) =>
    pts.slice(0, closed ? pts.length : pts.length - 1).map((p, i) => [p, pts[(i + 1) % pts.length]!] as const);
  for (const band of layout.lanes) {
    for (const ring of band.outline) {
      for (const [a, b] of segs(ring, true)) {
        const vertical = a[0] === b[0];
        const [k, u] = vertical ? [0, 1] : [1, 0];
        for (const e of layout.edges) {
          for (const [p, q] of segs(e.points, false)) {
            if ((p[0] === q[0]) !== vertical || (p[0] === q[0] && p[1] === q[1])) continue;
            const along = Math.min(Math.max(a[u]!, b[u]!), Math.max(p[u]!, q[u]!)) - Math.max(Math.min(a[u]!, b[u]!), Math.min(p[u]!, q[u]!));
            const d = Math.abs(p[k]! - a[k]!);
            if (along > 0 && d < clear) out.push(`${band.lane.id} ${vertical ? 'x' : 'y'}=${a[k]} beside ${e.id} at ${p[k]} (${d} px, over ${along} px)`);
          }
        }
      }
    }
  }
  return out;
}

describe('every band names its lane one way and keeps clear of the tree lines', () => {
  const gov = loadOrg('governance.json');
  const gen = parseOrg(generateOrganization({ bodies: 200, seed: 1 }));
  const cases: Array<[string, () => OrgChartLayout]> = [];
  for (const [name, doc] of [['governance', gov], ['generated-200', gen]] as const) {
    for (const width of [360, 800, 1280]) {
      cases.push([`${name} at ${width} px`, () => layoutOrgChart({ doc, width, measure, collapsed: collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) }) })]);
    }
    cases.push([`${name} on a 16:9 slide`, () => fitOrgSlide({ doc, width: 1888, height: 880, fontSize: 20, measure, measureSize: 14 }).layout]);
  }
  for (const [where, lay] of cases) {
    it(`${where}: every name across at its band's top-left, clear of the tree lines crossing the top; no band edge within 8 px of a tree line beside it`, () => {
      const layout = lay();
      assert.ok(layout.lanes.length >= 2, `${layout.lanes.length} bands`);
      for (const band of layout.lanes) {
        const { label } = band;
        // One style (R10-0-6): across, on top, at the band's left end (past a stem coming down there).
        assert.equal(label.vertical, false, `${where}: ${band.lane.id} written standing`);
        assert.equal(label.strip.y, band.y, `${where}: ${band.lane.id} name not on the band's top`);
        assert.equal(label.strip.height, layout.metrics.laneHeader);
        assert.ok(label.x - band.x <= 8 + 2 * 8 + 1, `${where}: ${band.lane.id} name ${label.x - band.x} px in from the band's left`);
        // No tree line runs through the name as drawn.
        const textWidth = [...(label.text ?? band.lane.name)].length * layout.metrics.badgeSize;
        for (const e of layout.edges) {
          for (let i = 0; i + 1 < e.points.length; i++) {
            const [p, q] = [e.points[i]!, e.points[i + 1]!];
            if (p[0] !== q[0]) continue;
            const crossesStrip = Math.min(p[1], q[1]) < label.strip.y + label.strip.height && Math.max(p[1], q[1]) > label.strip.y;
            assert.ok(!(crossesStrip && p[0] > label.x - 4 && p[0] < label.x + textWidth + 4), `${where}: tree line ${e.id} at x ${p[0]} through ${band.lane.id}'s name (${label.x}–${label.x + textWidth})`);
          }
        }
      }
      // R10-0-7: a stem 2 px beside a dotted border reads as one stroke.
      assert.deepEqual(bandLineRuns(layout, 8), [], where);
    });
  }

  it('a band too narrow for its name: the top strip reaches on for it, or the name is shortened with the full name kept', () => {
    const doc = parseOrg({
      ...JSON.parse(JSON.stringify(generateOrganization({ bodies: 12, seed: 3 }))),
    });
    const long = { ...doc, lanes: doc.lanes.map((l) => ({ ...l, name: `${l.name}（長い名前の例として三十字ほどの説明を付けた作業部会の区分）` })) };
    const layout = layoutOrgChart({ doc: long, width: 1280, measure, collapsed: new Set() });
    assert.ok(layout.lanes.length > 0);
    for (const band of layout.lanes) {
      const shown = band.label.text ?? band.lane.name;
      const w = [...shown].length * layout.metrics.badgeSize;
      // The name as drawn ends inside the band's extent.
      assert.ok(band.label.x + w <= band.x + band.width + 1, `${band.lane.id}: 「${shown}」 ends at ${band.label.x + w}, band at ${band.x + band.width}`);
      if (band.label.text !== undefined) assert.ok(band.label.text.endsWith('…') && band.lane.name.startsWith(band.label.text.slice(0, -1)), band.label.text);
    }
    assert.ok(layout.lanes.some((b) => b.label.text !== undefined), 'no name shortened');
  });
});
