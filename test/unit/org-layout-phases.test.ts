// The phases of the org chart layout, one by one (src/charts/org/layout/*.ts): box widths from
// their text, the visible bodies and satellites, the arrangement chosen by width, positions
// (spread, columns of leaves, the narrow column), connectors, lane bands, link tracks and
// labels, and the frame. Widths come from the approximate measure (CJK = 1 em, Latin ≈ 0.55 em).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { arrangeOrgTree, chooseOrgArrangement, listOrgArrangements } from '../../src/charts/org/layout/arrange.js';
import { splitOrgColumns } from '../../src/charts/org/layout/columns.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { chooseOrgBoxLimits, measureOrgBox } from '../../src/charts/org/layout/box.js';
import { connectOrgTree } from '../../src/charts/org/layout/edges.js';
import { frameOrgDrawing, ORG_MARGIN } from '../../src/charts/org/layout/frame.js';
import { layoutOrgChart } from '../../src/charts/org/layout/index.js';
import { assignOrgLanes, bandOrgLanes } from '../../src/charts/org/layout/lanes.js';
import { countSharedRuns } from '../../src/charts/org/layout/links.js';
import { placeOrgLabel } from '../../src/charts/org/layout/link-labels.js';
import { ORG_METRICS } from '../../src/charts/org/layout/metrics.js';
import { createOrgNodes } from '../../src/charts/org/layout/nodes.js';
import { groupOrgSlots, ORG_GAPS, positionOrgTree, type OrgTreeItem } from '../../src/charts/org/layout/position.js';
import { collectVisible } from '../../src/charts/org/layout/visible.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { createFlareLike } from '../fixtures/flare-like.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { overlapping } from './org-boxes.js';

const measure = createApproxMeasure(14);

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const load = (file: string) => parse(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));


/** A box of w × h for positioning tests. */
const item = (id: string, w: number, h: number, children: OrgTreeItem[] = [], lane?: string): OrgTreeItem => ({
  body: { id, name: id, kind: 'other', aliases: [], roles: [], notes: [], editorNotes: [], ...(lane ? { lane } : {}) } as unknown as OrgTreeItem['body'],
  content: { width: w, height: h, badge: { text: '', width: 0 }, lines: [], counts: [], truncated: false },
  satellite: false,
  children,
});

describe('box.ts: a box as wide as its text', () => {
  const doc = load('partnership-council.json');
  const council = doc.bodies.find((b) => b.id === 'partnership-council')!;

  it('takes the width of its longest line, within 8 and 15 em', () => {
    const short = parse({ type: 'organization', bodies: [{ id: 'a', name: '内閣府', kind: 'ministry' }] }).bodies[0]!;
    // 3 characters of 16 px bold name: the 8 em minimum (112 px) wins.
    assert.equal(measureOrgBox({ body: short, minWidth: 112, maxWidth: 210, measure }).width, 112);
    const box = measureOrgBox({ body: council, minWidth: 112, maxWidth: 210, measure });
    assert.equal(box.width, 210);
  });

  it('keeps a count button whole where the box may grow: 「構成メンバー：20件」, not 「構成メ…：20件」', () => {
    const box = measureOrgBox({ body: council, minWidth: 112, maxWidth: 210, measure });
    const texts = box.counts.map((c) => c.text);
    assert.ok(texts.every((t) => !t.includes('…')), texts.join(' / '));
    assert.ok(box.counts.every((c) => c.x + c.width <= box.width - 8));
  });

  it('gives the narrow column every px the phone leaves after indents (12 px a level) and the link gutter', () => {
    assert.deepEqual(chooseOrgBoxLimits({ width: 360, arrangement: 'narrow', depth: 2, reserve: 38 }), { minWidth: 112, maxWidth: 360 - 24 - 2 * 12 - 40 - 38 });
    assert.deepEqual(chooseOrgBoxLimits({ width: 1280, arrangement: 'top-down' }), { minWidth: 112, maxWidth: 210 });
  });
});

describe('visible.ts: drawn bodies and satellites', () => {
  const doc = load('governance.json');

  it('walks expanded bodies in pre-order', () => {
    const v = collectVisible({ doc, collapsed: new Set(['council']) });
    assert.deepEqual(v.order.slice(0, 3).map((b) => b.id), ['hq', 'council', 'amed']);
    assert.ok(!v.ids.has('device'));
  });

  it('hangs the four ministries under AMED, and no office under a body of a lane it is not in', () => {
    const v = collectVisible({ doc, collapsed: new Set() });
    assert.deepEqual([...v.satelliteHost], [['cao', 'amed'], ['mext', 'amed'], ['mhlw', 'amed'], ['meti', 'amed']]);
    assert.ok(!v.satelliteHost.has('office-it'), 'ＩＴ総合戦略室 (no lane) is not put under the ICT council');
  });
});

describe('position.ts: spread rows, columns of leaves, the narrow column', () => {
  it('spreads siblings 16 px apart with the parent centred over them', () => {
    const p = positionOrgTree({ roots: [item('r', 100, 40, [item('a', 100, 40), item('b', 60, 40)])], arrangement: 'top-down' });
    assert.deepEqual(p.at.get('a'), { x: 0, y: 40 + ORG_GAPS.levelTopDown });
    assert.deepEqual(p.at.get('b'), { x: 116, y: 104 });
    // Centres 50 and 146: the parent's centre at 98.
    assert.deepEqual(p.at.get('r'), { x: 48, y: 0 });
  });

  it('puts runs of two or more leaves of one lane in a column (compact), one box wide', () => {
    const kids = Array.from({ length: 10 }, (_, i) => item(`k${i}`, 100, 40));
    const p = positionOrgTree({ roots: [item('r', 100, 40, kids)], arrangement: 'compact' });
    const xs = new Set(kids.map((k) => p.at.get(k.body.id)!.x));
    assert.equal(xs.size, 1);
    assert.ok(p.width <= 100 + 20 + 100, `width ${p.width}`);
    for (let i = 1; i < 10; i++) assert.equal(p.at.get(`k${i}`)!.y, p.at.get(`k${i - 1}`)!.y + 40 + ORG_GAPS.hang);
    assert.equal(p.columns.size, 10);
  });

  it('groups leaves by lane and keeps a body with children on its own', () => {
    const key = (x: OrgTreeItem) => x.body.lane ?? '';
    const slots = groupOrgSlots([item('a', 1, 1, [], 'x'), item('b', 1, 1, [], 'x'), item('c', 1, 1, [], 'y'), item('d', 1, 1, [item('e', 1, 1)], 'y')], 'compact', key);
    assert.deepEqual(slots.map((s) => [s.column, s.items.map((i) => i.body.id).join('')]), [[true, 'ab'], [false, 'c'], [false, 'd']]);
  });

  it('packs a neighbour against a deep column by outline: no overlap, no wasted row', () => {
    const deep = item('p', 100, 40, Array.from({ length: 6 }, (_, i) => item(`c${i}`, 100, 40)));
    const wide = item('q', 100, 40, [item('q1', 100, 40, [item('q11', 100, 40)])]);
    const p = positionOrgTree({ roots: [item('r', 100, 40, [deep, wide])], arrangement: 'compact' });
    const box = (id: string) => ({ ...p.at.get(id)!, w: 100, h: 40 });
    const ids = [...p.at.keys()];
    for (const a of ids) for (const b of ids) {
      if (a >= b) continue;
      const A = box(a);
      const B = box(b);
      assert.ok(!(A.x < B.x + B.w && B.x < A.x + A.w && A.y < B.y + B.h && B.y < A.y + A.h), `${a} overlaps ${b}`);
    }
  });

  it('narrow: every level hangs one indent (12 px, not the spread arrangements\' 20) further in, one column wide', () => {
    const p = positionOrgTree({ roots: [item('r', 200, 40, [item('a', 200, 40, [item('a1', 200, 40)]), item('b', 200, 40)])], arrangement: 'narrow' });
    assert.deepEqual([...p.at.values()].map((v) => v.x), [0, 12, 24, 12]);
    assert.equal(p.width, 224);
  });
});

describe('arrange.ts: the arrangement follows the container', () => {
  const doc = load('governance.json');
  const pick = (width: number, height?: number) => layoutOrgChart({ doc, width, height, measure }).arrangement;

  it('tries top-down, compact, compact with slimmer boxes, wrapped compact (then with subtrees hung; not on a phone), (left-right when the height is fixed), then narrow', () => {
    const names = (o: Parameters<typeof listOrgArrangements>[0]) => listOrgArrangements(o).map((c) => `${c.arrangement}${c.wrap ? '/wrap' : ''}${c.slim ? '/slim' : ''}${c.hang ? '/hang' : ''}`);
    assert.deepEqual(names({ orientation: 'auto' }), ['top-down', 'compact', 'compact/slim', 'compact/wrap', 'compact/wrap/slim', 'compact/wrap/hang', 'narrow']);
    assert.deepEqual(names({ orientation: 'auto', width: 360 }), ['top-down', 'compact', 'compact/slim', 'narrow']);
    assert.deepEqual(listOrgArrangements({ orientation: 'left-right' }), [{ arrangement: 'left-right', slim: false }]);
  });

  it('draws the governance chart in one narrow column on a phone, spread on a wide screen', () => {
    assert.equal(pick(360), 'narrow');
    // Spread: top-down, or compact where its hung leaves let the boxes widen (widen.ts).
    assert.ok(['top-down', 'compact'].includes(pick(2400)), pick(2400));
    const phone = layoutOrgChart({ doc, width: 360, measure });
    assert.ok(phone.bounds.width <= 360, `${phone.bounds.width} px wide`);
    assert.deepEqual(overlapping(phone), []);
  });

  it('wraps the governance chart into columns at 800 px: the council\'s children stacked under it, the agency beside, nothing overlapping', () => {
    const layout = layoutOrgChart({ doc, width: 800, measure });
    assert.equal(layout.arrangement, 'compact');
    assert.ok(layout.bounds.width <= 800, `${layout.bounds.width} px`);
    assert.deepEqual(overlapping(layout), []);
    const council = layout.byId.get('council')!;
    const amed = layout.byId.get('amed')!;
    assert.ok(amed.x > council.x + council.width, 'AMED stands beside the headquarters tree');
    for (const id of ['device', 'ict-platform', 'healthcare']) assert.ok(layout.byId.get(id)!.y > council.y + council.height, `${id} below the council`);
  });

  it('uses the width for a 200-body chart at 1280 px: columns, far shorter than the one-column tree', () => {
    const d = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const collapsed = collapseBelowDepth({ doc: d, depth: chooseCollapsedDepth({ doc: d }) });
    const wide = layoutOrgChart({ doc: d, width: 1280, measure, collapsed });
    assert.equal(wide.arrangement, 'compact');
    assert.ok(wide.bounds.width <= 1280, `${wide.bounds.width} px`);
    const narrow = layoutOrgChart({ doc: d, width: 500, measure, collapsed });
    assert.equal(narrow.arrangement, 'narrow');
    assert.ok(wide.bounds.height < narrow.bounds.height * 0.6, `${wide.bounds.height} px tall against ${narrow.bounds.height}`);
    assert.deepEqual(overlapping(wide), []);
  });

  it('splits a row into columns keeping lanes whole where the balance allows', () => {
    const mk = (id: string, lane: string) => item(id, 100, 40, [], lane);
    const row = [mk('a', 'rd'), mk('b', 'rd'), mk('c', 'rd'), mk('d', 'ict'), mk('e', 'mk'), mk('f', 'mk'), mk('g', 'mk')];
    const groups = splitOrgColumns(row, 2, () => 1, (i) => i.body.lane ?? '');
    assert.equal(groups.length, 2);
    for (const lane of ['rd', 'ict', 'mk']) assert.equal(groups.filter((g) => g.some((i) => i.body.lane === lane)).length, 1, `${lane} in one column: ${groups.map((g) => g.map((i) => i.body.id).join('')).join('|')}`);
  });

  it('keeps a fixed orientation', () => {
    const visible = collectVisible({ doc, collapsed: new Set() });
    const a = chooseOrgArrangement({ doc, visible, collapsed: new Set(), width: 360, measure, measureSize: 14, locale: 'ja', metrics: ORG_METRICS, orientation: 'top-down' });
    assert.equal(a.arrangement, 'top-down');
  });

  it('fits the flare-like tree (10 packages under the root) and a 200-body chart into 800 px', () => {
    for (const input of [createFlareLike(), generateOrganization({ bodies: 200, seed: 1 })]) {
      const layout = layoutOrgChart({ doc: parse(input), width: 800, measure });
      assert.ok(layout.bounds.width <= 800, `${layout.arrangement} ${layout.bounds.width} px`);
      assert.deepEqual(overlapping(layout), []);
    }
  });

  it('stands the generated 200-body chart (collapsed as the element does) in two or more columns of hung subtrees at 800 px, shorter than one column', () => {
    const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const collapsed = collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) });
    const at800 = layoutOrgChart({ doc, width: 800, measure, collapsed });
    const visible = collectVisible({ doc, collapsed });
    const column = arrangeOrgTree({ doc, visible, collapsed, width: 800, measure, measureSize: 14, locale: 'ja', metrics: ORG_METRICS, arrangement: 'narrow' }).estimate;
    assert.ok(at800.bounds.width <= 800, `${at800.bounds.width} px`);
    assert.deepEqual(overlapping(at800), []);
    // The headquarters' children stand side by side in at least two columns (different x), each hanging its subtree.
    const hq = at800.nodes.find((n) => n.depth === 0 && at800.nodes.some((c) => c.parentId === n.id && at800.nodes.some((g) => g.parentId === c.id)))!;
    const kidsX = new Set(at800.nodes.filter((n) => n.parentId === hq.id).map((n) => n.x));
    assert.ok(kidsX.size >= 2, `${kidsX.size} column(s)`);
    assert.ok(at800.bounds.height < column.height * 0.85, `${at800.bounds.height} vs ${column.height} px`);
  });
});

describe('edges.ts, lanes.ts, frame.ts', () => {
  const doc = load('governance.json');

  it('connects a leaf in a column from the parent elbow down the column line into its left edge', () => {
    const layout = layoutOrgChart({ doc, width: 1000, measure, orientation: 'compact' });
    const col = layout.edges.find((e) => e.points.length === 5)!;
    assert.ok(col, 'a column connector');
    const child = layout.byId.get(col.to)!;
    const [, , c, d, e] = col.points;
    assert.equal(c![0], d![0]);
    assert.equal(d![1], e![1]);
    assert.equal(e![0], child.x);
  });

  it('draws no body inside the band of a lane it is not in, at any width', () => {
    for (const width of [360, 800, 1280, 1900]) {
      const layout = layoutOrgChart({ doc, width, measure });
      for (const lane of layout.lanes) {
        for (const n of layout.nodes) {
          const inside = n.x < lane.x + lane.width && lane.x < n.x + n.width && n.y < lane.y + lane.height && lane.y < n.y + n.height;
          const own = assignOrgLanes(doc, layout.nodes).get(n.id) === lane.lane.id;
          assert.ok(!inside || own, `${n.id} in the ${lane.lane.id} band at ${width}`);
        }
      }
    }
  });

  it('splits a band rather than take in a stranger, and frames everything inside the margin', () => {
    const d = parse({
      type: 'organization',
      lanes: [{ id: 'x', name: 'X' }],
      bodies: [
        { id: 'r', name: 'R' },
        { id: 'a', name: 'A', parent: 'r', lane: 'x' },
        { id: 'b', name: 'B', parent: 'r' },
        { id: 'c', name: 'C', parent: 'r', lane: 'x' },
      ],
    });
    const visible = collectVisible({ doc: d, collapsed: new Set() });
    const roots = [item('r', 100, 40, ['a', 'b', 'c'].map((id) => ({ ...item(id, 100, 40), body: d.bodies.find((b) => b.id === id)! })))];
    roots[0]!.body = d.bodies[0]!;
    const positions = positionOrgTree({ roots, arrangement: 'top-down' });
    const { nodes, byId } = createOrgNodes({ doc: d, order: visible.order, roots, positions, collapsed: new Set() });
    const lanes = bandOrgLanes({ doc: d, nodes, laneOf: assignOrgLanes(d, nodes), metrics: ORG_METRICS, axis: 'top-down' });
    assert.equal(lanes.length, 2, 'A and C each in a band, B between them in none');
    const edges = connectOrgTree({ nodes, byId, axis: 'top-down', hung: positions.hung });
    const size = frameOrgDrawing({ nodes, edges, lanes, links: [], axis: 'top-down', toggleRadius: 9 });
    const minX = Math.min(...lanes.map((l) => l.x), ...nodes.map((n) => n.x));
    assert.equal(minX, ORG_MARGIN);
    assert.ok(size.width >= Math.max(...lanes.map((l) => l.x + l.width)) + ORG_MARGIN - 1);
  });
});

describe('links.ts: tracks and labels', () => {
  const doc = load('governance.json');

  it('gives every 所管 line into AMED its own end (no two lines share a track, so no doubled arrowhead)', () => {
    for (const width of [360, 1280, 1900]) {
      const layout = layoutOrgChart({ doc, width, measure });
      const ends = layout.links.filter((l) => l.to === 'amed').map((l) => l.points[l.points.length - 1]!.join(','));
      assert.equal(new Set(ends).size, ends.length, `${width}: ${ends.join(' ')}`);
      // (A line drawn as badges at its ends is not drawn.)
      const drawn = layout.links.filter((l) => !l.stubs);
      for (const l of drawn) {
        const others = drawn.filter((o) => o !== l).flatMap((o) => o.points.slice(1).map((p, i) => ({ horizontal: p[1] === o.points[i]![1], at: p[1] === o.points[i]![1] ? p[1] : p[0], from: Math.min(p[0] === o.points[i]![0] ? p[1] : p[0], p[0] === o.points[i]![0] ? o.points[i]![1] : o.points[i]![0]), to: Math.max(p[0] === o.points[i]![0] ? p[1] : p[0], p[0] === o.points[i]![0] ? o.points[i]![1] : o.points[i]![0]) })));
        assert.equal(countSharedRuns(l.points, others), 0, `${width}: ${l.id} runs along another line`);
      }
    }
  });

  it('puts a label where it covers no box and no other label when there is such a place', () => {
    const route: Array<[number, number]> = [[0, 0], [200, 0]];
    const box = placeOrgLabel(route, 40, 20, [{ x: 80, y: -10, width: 40, height: 20 }]);
    assert.ok(box.x + 40 <= 80 || box.x >= 120, `${box.x}`);
    const layout = layoutOrgChart({ doc, width: 1280, measure });
    const labels = layout.links.flatMap((l) => (l.labelBox ? [l.labelBox] : []));
    for (const a of labels) for (const b of labels) if (a !== b) assert.ok(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), 'labels overlap');
  });

  it('keeps a label on its line when every spot touching it covers a box and no clean spot is within 36 px', () => {
    // A short line between two boxes with boxes above and below it: no spot on the line is free,
    // and the nearest free spots are past the boxes (a label there would name nothing).
    const route: Array<[number, number]> = [[100, 50], [140, 50]];
    const boxes = [
      { x: 0, y: 0, width: 100, height: 100, weight: 10 },
      { x: 140, y: 0, width: 100, height: 100, weight: 10 },
      { x: 100, y: 0, width: 40, height: 40, weight: 10 },
      { x: 100, y: 60, width: 40, height: 40, weight: 10 },
    ];
    const box = placeOrgLabel(route, 60, 20, boxes);
    assert.ok(box.x < 140 && box.x + box.width > 100 && box.y <= 50 && box.y + box.height >= 50, `label ${JSON.stringify(box)} touches its line`);
  });

  it('moves a label off its line to a clean spot within 36 px when every spot touching the line covers a box', () => {
    // A 40 px line between two boxes 40 px tall: a 60 px label on or beside it covers one; just above them it is clear.
    const route: Array<[number, number]> = [[100, 50], [140, 50]];
    const boxes = [
      { x: 0, y: 30, width: 100, height: 40, weight: 10 },
      { x: 140, y: 30, width: 100, height: 40, weight: 10 },
    ];
    const box = placeOrgLabel(route, 60, 20, boxes);
    for (const r of boxes) assert.ok(!(box.x < r.x + r.width && r.x < box.x + box.width && box.y < r.y + r.height && r.y < box.y + box.height), `label ${JSON.stringify(box)} covers ${JSON.stringify(r)}`);
    assert.ok(Math.hypot(box.x + 30 - 120, box.y + 10 - 50) <= 36 * Math.SQRT2, `label ${JSON.stringify(box)} is far from its line`);
  });
});
