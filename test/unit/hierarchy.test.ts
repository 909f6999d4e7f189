// src/kit/hierarchy.ts is a port of the part of d3-hierarchy the layouts use: on random trees its
// nodes, tidy-tree positions and treemap rectangles are exactly d3-hierarchy's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as d3 from 'd3-hierarchy';
import fc from 'fast-check';
import { hierarchy, tree, treemap, treemapSquarify } from '../../src/kit/hierarchy.js';

interface Datum {
  id: number;
  size: number;
  value: number;
  children?: Datum[];
}

/** Random trees (up to 5 levels), with box sizes and values, some values 0. */
const datum: fc.Arbitrary<Datum> = fc.letrec<{ node: Datum }>((tie) => ({
  node: fc.record({
    id: fc.nat(),
    size: fc.integer({ min: 1, max: 300 }),
    value: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0.001, max: 1e9, noNaN: true })),
    children: fc.option(fc.array(tie('node'), { maxLength: 6 }), { nil: undefined, depthSize: 'small' }),
  }),
})).node;

const kids = (d: Datum) => d.children;
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe('kit/hierarchy: the same numbers as d3-hierarchy', () => {
  it('hierarchy: the same nodes in the same order (breadth first, pre- and post-order), depths, heights and sums', () => {
    fc.assert(
      fc.property(datum, (root) => {
        const ours = hierarchy(root, kids).sum((d) => (d.children ? 0 : d.value));
        const theirs = d3.hierarchy(root, kids).sum((d) => (d.children ? 0 : d.value));
        const row = (n: { data: Datum; depth: number; height: number; value?: number; parent: { data: Datum } | null; children?: unknown[] }) =>
          [n.data, n.depth, n.height, n.value, n.parent?.data, n.children?.length];
        assert.deepEqual(ours.descendants().map(row), theirs.descendants().map(row));
        const before: unknown[] = [];
        const after: unknown[] = [];
        const each: unknown[] = [];
        ours.eachBefore((n) => before.push(n.data)).eachAfter((n) => after.push(n.data)).each((n) => each.push(n.data));
        const dBefore: unknown[] = [];
        const dAfter: unknown[] = [];
        const dEach: unknown[] = [];
        theirs.eachBefore((n) => dBefore.push(n.data)).eachAfter((n) => dAfter.push(n.data)).each((n) => dEach.push(n.data));
        assert.deepEqual([before, after, each], [dBefore, dAfter, dEach]);
      }),
      { numRuns: runs },
    );
  });

  it('tree: the same x and y for every node, with a separation that reads the nodes', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200 }), (root, gap, level) => {
        type N = { data: Datum; parent: unknown; depth: number };
        const separation = (a: N, b: N) => (a.data.size + b.data.size) / 2 + (a.parent === b.parent ? gap : gap * 2) + a.depth;
        const ours = tree<Datum>().nodeSize([1, level]).separation(separation)(hierarchy(root, kids));
        const theirs = d3.tree<Datum>().nodeSize([1, level]).separation(separation)(d3.hierarchy(root, kids));
        assert.deepEqual(
          ours.descendants().map((n) => [n.data.id, n.x, n.y]),
          theirs.descendants().map((n) => [n.data.id, n.x, n.y]),
        );
      }),
      { numRuns: runs },
    );
  });

  it('treemap: the same rectangles with squarify, padding functions and rounding', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 1200 }), fc.boolean(), (root, w, h, round) => {
        type N = { depth: number; children?: unknown[]; x0: number; y0: number; x1: number; y1: number };
        const top = (n: N) => (n.depth === 1 && n.children ? 18 : n.depth === 0 ? 0 : 3);
        const bottom = (n: N) => (n.depth === 1 && n.y1 - n.y0 > 60 ? 14 : 3);
        const ours = treemap<Datum>()
          .tile(treemapSquarify)
          .size([w, h])
          .paddingInner(2)
          .paddingOuter((n) => (n.depth === 0 ? 0 : 3))
          .paddingTop(top)
          .paddingBottom(bottom)
          .round(round)(hierarchy(root, kids).sum((d) => (d.children ? 0 : d.value)));
        const theirs = d3
          .treemap<Datum>()
          .tile(d3.treemapSquarify)
          .size([w, h])
          .paddingInner(2)
          .paddingOuter((n) => (n.depth === 0 ? 0 : 3))
          .paddingTop(top)
          .paddingBottom(bottom)
          .round(round)(d3.hierarchy(root, kids).sum((d) => (d.children ? 0 : d.value)));
        const rect = (n: N & { data: Datum }) => [n.data.id, n.x0, n.y0, n.x1, n.y1];
        assert.deepEqual(ours.descendants().map(rect), theirs.descendants().map(rect));
      }),
      { numRuns: runs },
    );
  });
});
