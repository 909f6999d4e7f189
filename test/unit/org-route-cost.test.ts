/**
 * What an org link route pays for the tree it crosses (route-cost.ts): a parent's bus once, at
 * the price of a typed line; one child's drop less.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { costOfRoute, ROUTE_CROSS_BUS, ROUTE_CROSS_TREE, toTreeRouteLines } from '../../src/charts/org/layout/route-cost.js';
import { RectGrid } from '../../src/kit/spatial-index.js';

// A parent (stem at x 100 from y 0 to 16) with three children under one bus at y 16, their drops down to y 60.
const connectors: Array<Array<readonly [number, number]>> = [0, 100, 200].map((x) => [[100, 0], [100, 16], [x, 16], [x, 60]]);
const costsOf = () => {
  const lines = new RectGrid<ReturnType<typeof toTreeRouteLines>[number]>();
  lines.addAll(toTreeRouteLines(connectors, 13));
  return { lines };
};

describe('a route pays for the tree connectors it crosses', () => {
  it('the bus is one piece (the three children share it) and costs as a bus wherever it is crossed', () => {
    const lines = toTreeRouteLines(connectors, 13);
    const level = lines.filter((l) => l.horizontal);
    assert.equal(level.length, 1);
    assert.deepEqual([level[0]!.from, level[0]!.to, level[0]!.cross], [0, 200, ROUTE_CROSS_BUS]);
    // Down through the bus beside the stem (under two children's elbows) and at its far end: the same price, once.
    assert.equal(costOfRoute([[60, -40], [60, 40]], costsOf()), ROUTE_CROSS_BUS);
    assert.equal(costOfRoute([[180, -40], [180, 40]], costsOf()), ROUTE_CROSS_BUS);
  });

  it('a drop costs less than the bus', () => {
    assert.ok(ROUTE_CROSS_TREE < ROUTE_CROSS_BUS);
    // Level under the bus (30 px below it, clear of its reach) through the right child's drop only.
    assert.equal(costOfRoute([[160, 46], [240, 46]], costsOf()), ROUTE_CROSS_TREE);
    // The stem is shared too but runs along the connectors' first piece: a drop's price.
    assert.equal(toTreeRouteLines(connectors, 13).find((l) => !l.horizontal && l.at === 100)!.cross, ROUTE_CROSS_TREE);
  });
});
