// What makes the org chart layout fast must not change what it draws: the spatial indexes of
// the link router give the routes a test of every box gives; boxes measured before (at another
// width, by another arrangement, in another layout) come back as a fresh measurement makes them;
// a layout made with every cache warm equals one made cold.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { arrangeOrgTree, chooseOrgArrangement, listOrgArrangements } from '../../src/charts/org/layout/arrange.js';
import { measureOrgBox } from '../../src/charts/org/layout/box.js';
import { createOrgMetrics } from '../../src/charts/org/layout/metrics.js';
import { collectVisible } from '../../src/charts/org/layout/visible.js';
import { boundOrgSpreadWidth } from '../../src/charts/org/layout/width-bound.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { layoutOrgChart, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { routeOrthogonal, type Rect } from '../../src/charts/org/layout/route.js';
import { RectGrid } from '../../src/kit/spatial-index.js';
import { createApproxMeasure, type MeasureText } from '../../src/kit/text.js';
import { createRandom } from '../fixtures/random.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A measure with no cache behind it: the same widths as `base`, another identity. */
const freshMeasure = (base: MeasureText): MeasureText => (text) => base(text);

/** What a layout draws, without the document's bodies (compared by id). */
function drawn(layout: OrgChartLayout) {
  return {
    arrangement: layout.arrangement,
    bounds: layout.bounds,
    nodes: layout.nodes.map(({ body, ...n }) => ({ ...n, body: body.id, folded: n.folded.map((l) => `${l.from}>${l.to}`) })),
    edges: layout.edges,
    links: layout.links.map(({ link, links, ...l }) => ({ ...l, link: `${link.from}>${link.to}`, links: links.length })),
    lanes: layout.lanes.map(({ lane, ...l }) => ({ ...l, lane: lane.id })),
    hidden: layout.hiddenLinks.map((l) => `${l.from}>${l.to}`),
  };
}

describe('org layout speed-ups give the same drawing', () => {
  it('routes a link through a spatial index of the boxes exactly as through the list of boxes', () => {
    const random = createRandom(5);
    for (let field = 0; field < 20; field++) {
      const boxes: Rect[] = Array.from({ length: 150 }, () => ({ x: Math.round(random() * 3000), y: Math.round(random() * 1500), width: 60 + Math.round(random() * 150), height: 30 + Math.round(random() * 60) }));
      const index = new RectGrid<Rect>();
      index.addAll(boxes);
      const channels = { x: [400, 1200, 2100], y: [300, 800] };
      for (let k = 0; k < 15; k++) {
        const a = boxes[Math.floor(random() * boxes.length)]!;
        const b = boxes[Math.floor(random() * boxes.length)]!;
        if (a === b) continue;
        const offset = Math.round(random() * 4) * 8 - 16;
        const plain = routeOrthogonal({ a, b, obstacles: boxes, channels, offset });
        const indexed = routeOrthogonal({ a, b, obstacles: boxes, obstacleIndex: index, channels, offset });
        assert.deepEqual(indexed, plain);
      }
    }
  });

  it('gives a box measured before at other widths the content a fresh measurement gives', () => {
    const doc = parse(generateOrganization({ bodies: 120, seed: 4 }));
    const measure = createApproxMeasure(14);
    for (const body of doc.bodies.slice(0, 60)) {
      // The arrangements ask for a box with different limits; the narrow column with 40 lines.
      const asked = [
        { minWidth: 112, maxWidth: 210, maxLines: 5 },
        { minWidth: 112, maxWidth: 168, maxLines: 5 },
        { minWidth: 112, maxWidth: 300, maxLines: 40 },
        { minWidth: 112, maxWidth: 210, maxLines: 1 },
        { minWidth: 112, maxWidth: 210, maxLines: 5 },
        { boxWidth: 150, maxLines: 5 },
      ];
      for (const limits of asked) {
        const warm = measureOrgBox({ body, measure, ...limits });
        const cold = measureOrgBox({ body, measure: freshMeasure(measure), ...limits });
        assert.deepEqual(warm, cold, `${body.id} ${JSON.stringify(limits)}`);
      }
      // Limits that give the same width give the same box.
      const a = measureOrgBox({ body, measure, minWidth: 112, maxWidth: 1000 });
      const b = measureOrgBox({ body, measure, boxWidth: a.width });
      assert.deepEqual(b, a);
    }
  });

  it('lays out the same drawing with every cache warm as with none', () => {
    const doc = parse(generateOrganization({ bodies: 400, seed: 2 }));
    const measure = createApproxMeasure(14);
    for (const width of [360, 1280]) {
      for (const orientation of ['auto', 'compact'] as const) {
        const collapsed = new Set<string>();
        const warm = [layoutOrgChart({ doc, width, measure, orientation, collapsed }), layoutOrgChart({ doc, width, measure, orientation, collapsed })][1]!;
        const cold = layoutOrgChart({ doc, width, measure: freshMeasure(measure), orientation, collapsed });
        assert.deepEqual(drawn(warm), drawn(cold), `${width} ${orientation}`);
        assert.equal(warm.nodes.length, 400);
      }
    }
  });
});

describe('arrangements ruled out by their width alone', () => {
  const docs = [
    parse(generateOrganization({ bodies: 250, seed: 6 })),
    parse(generateOrganization({ bodies: 600, seed: 8, depth: 3 })),
    parse(generateOrganization({ bodies: 40, seed: 9 })),
  ];
  const states = (doc: OrganizationDocument) => [new Set<string>(), collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) }), collapseBelowDepth({ doc, depth: 2 })];

  it('are never narrower than the placed boxes (the bound is a lower bound)', () => {
    const measure = createApproxMeasure(14);
    for (const doc of docs) {
      for (const collapsed of states(doc)) {
        const visible = collectVisible({ doc, collapsed });
        for (const { arrangement, slim, wrap } of listOrgArrangements({ orientation: 'auto', height: 600, width: 800 })) {
          // The bound is for rows of slots; the wrapped arrangement stacks whole subtrees instead.
          if ((arrangement !== 'top-down' && arrangement !== 'compact') || wrap) continue;
          const options = { doc, visible, collapsed, width: 800, measure, measureSize: 14, locale: 'ja' as const, metrics: createOrgMetrics(), arrangement, slim };
          const arranged = arrangeOrgTree(options);
          const widths = new Map<string, number>();
          const walk = (items: typeof arranged.roots) => items.forEach((i) => (widths.set(i.body.id, i.content.width), walk(i.children)));
          walk(arranged.roots);
          const bound = boundOrgSpreadWidth({ doc, visible, collapsed, arrangement, widthOf: (b) => widths.get(b.id)! });
          assert.ok(bound <= arranged.positions.width, `${arrangement}${slim ? ' slim' : ''}: bound ${bound} > placed ${arranged.positions.width}`);
          // Not vacuous: a tree of hundreds of bodies spreads its widest family wider than one box.
          if (collapsed.size === 0 && visible.order.length > 200) assert.ok(bound > 1000, `${bound}`);
          // Stopped at the first row wider than a limit: still a lower bound, and past the limit exactly when the whole bound is.
          for (const limit of [300, 800, 1000, 2000]) {
            const asked = new Set<string>();
            const stopped = boundOrgSpreadWidth({ doc, visible, collapsed, arrangement, widthOf: (b) => (asked.add(b.id), widths.get(b.id)!), limit });
            assert.ok(stopped <= bound, `limit ${limit}: ${stopped} > ${bound}`);
            assert.equal(stopped > limit, bound > limit, `limit ${limit}: ${stopped} vs ${bound}`);
            if (stopped > limit && visible.order.length > 200) assert.ok(asked.size < visible.order.length / 2, `limit ${limit}: measured ${asked.size} of ${visible.order.length} boxes`);
          }
        }
      }
    }
  });

  it('leave the choice as laying out every candidate makes it', () => {
    const measure = createApproxMeasure(14);
    for (const doc of docs) {
      for (const collapsed of states(doc)) {
        const visible = collectVisible({ doc, collapsed });
        for (const width of [360, 800, 1280, 4000]) {
          for (const height of [undefined, 700]) {
            const options = { doc, visible, collapsed, width, height, measure, measureSize: 14, locale: 'ja' as const, metrics: createOrgMetrics(), orientation: 'auto' as const };
            const expected = chooseOrgArrangement(options, { layOutAll: true });
            const chosen = chooseOrgArrangement(options);
            assert.deepEqual({ arrangement: chosen.arrangement, estimate: chosen.estimate, at: [...chosen.positions.at] }, { arrangement: expected.arrangement, estimate: expected.estimate, at: [...expected.positions.at] }, `${width}×${height}`);
          }
        }
      }
    }
  });
});
