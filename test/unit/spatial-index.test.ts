import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundsOfPoints, boundsOfRects, RectGrid, rectsIntersect, SpatialIndex, type IndexRect } from '../../src/kit/spatial-index.js';
import { createRandom } from '../fixtures/random.js';

/** Every item intersecting `q`, by testing them all. */
const bruteForce = <T extends IndexRect>(items: readonly T[], q: IndexRect) => items.filter((r) => rectsIntersect(r, q));

describe('SpatialIndex', () => {
  it('finds exactly the rectangles a brute-force test finds, in the order given', () => {
    const random = createRandom(7);
    const items = Array.from({ length: 2000 }, (_, i) => ({
      id: i,
      x: random() * 5000 - 1000,
      y: random() * 3000,
      // Mostly box-sized, some long thin ones (links across the chart), some points.
      ...(i % 50 === 0 ? { width: random() * 4000, height: 2 } : i % 97 === 0 ? { width: 0, height: 0 } : { width: 40 + random() * 160, height: 30 + random() * 90 }),
    }));
    const index = new SpatialIndex(items, (r) => r);
    assert.equal(index.size, 2000);
    for (let k = 0; k < 200; k++) {
      const q = { x: random() * 6000 - 1500, y: random() * 3500 - 250, width: random() * 1500, height: random() * 900 };
      assert.deepEqual(index.search(q).map((r) => r.id), bruteForce(items, q).map((r) => r.id));
    }
    // A query larger than everything returns everything; one far away, nothing.
    assert.equal(index.search({ x: -1e6, y: -1e6, width: 2e6, height: 2e6 }).length, 2000);
    assert.deepEqual(index.search({ x: 1e5, y: 1e5, width: 10, height: 10 }), []);
  });

  it('counts touching rectangles as intersecting, and works with one item or none', () => {
    const one = new SpatialIndex([{ x: 10, y: 10, width: 5, height: 5 }], (r) => r);
    assert.equal(one.search({ x: 15, y: 15, width: 3, height: 3 }).length, 1);
    assert.equal(one.search({ x: 15.1, y: 15, width: 3, height: 3 }).length, 0);
    assert.deepEqual(new SpatialIndex<IndexRect>([], (r) => r).search({ x: 0, y: 0, width: 100, height: 100 }), []);
  });

  it('returns each item once, however many cells it covers', () => {
    const items = [{ x: 0, y: 0, width: 1000, height: 1000 }, ...Array.from({ length: 100 }, (_, i) => ({ x: i * 10, y: i * 10, width: 5, height: 5 }))];
    const index = new SpatialIndex(items, (r) => r, 10);
    const found = index.search({ x: 0, y: 0, width: 500, height: 500 });
    assert.equal(new Set(found).size, found.length);
    assert.equal(found[0], items[0]);
    assert.equal(found.length, 1 + 51);
  });

  it('bounds a polyline', () => {
    assert.deepEqual(boundsOfPoints([[3, 4], [10, -2], [5, 8]]), { x: 3, y: -2, width: 7, height: 10 });
    assert.deepEqual(boundsOfPoints([]), { x: 0, y: 0, width: 0, height: 0 });
  });

  it('bounds rectangles, as many as an all-open drawing of 200,000 bodies has, without throwing', () => {
    assert.deepEqual(boundsOfRects([{ x: 3, y: 4, width: 2, height: 2 }, { x: -1, y: 6, width: 20, height: 1 }]), { x: -1, y: 4, width: 20, height: 3 });
    assert.deepEqual(boundsOfRects([]), { x: 0, y: 0, width: 0, height: 0 });
    const many = Array.from({ length: 200_000 }, (_, i) => ({ x: i, y: -i, width: 10, height: 10 }));
    // A spread into Math.min throws RangeError at this size; the bounds must not.
    assert.throws(() => Math.min(...many.map((r) => r.x)), RangeError);
    assert.deepEqual(boundsOfRects(many), { x: 0, y: -199_999, width: 200_009, height: 200_009 });
  });
});

describe('RectGrid', () => {
  it('finds exactly the rectangles a brute-force test finds while rectangles are added, each once', () => {
    const random = createRandom(11);
    const grid = new RectGrid<IndexRect & { id: number }>(100);
    const items: Array<IndexRect & { id: number }> = [];
    for (let i = 0; i < 1500; i++) {
      // Boxes, long thin runs (a link across the chart), points, negative coordinates.
      const item = { id: i, x: random() * 6000 - 2000, y: random() * 3000 - 500, ...(i % 40 === 0 ? { width: random() * 5000, height: 2 } : i % 89 === 0 ? { width: 0, height: 0 } : { width: 20 + random() * 200, height: 10 + random() * 100 }) };
      grid.add(item);
      items.push(item);
      if (i % 10 !== 0) continue;
      const q = { x: random() * 7000 - 2500, y: random() * 3500 - 750, width: random() * 1200, height: random() * 700 };
      const found: number[] = [];
      grid.forEachIntersecting(q, (r) => void found.push(r.id));
      assert.deepEqual(found.sort((a, b) => a - b), bruteForce(items, q).map((r) => r.id));
    }
    assert.equal(grid.size, 1500);
  });

  it('stops when the visitor returns true', () => {
    const grid = new RectGrid<IndexRect>(10);
    grid.addAll([{ x: 0, y: 0, width: 5, height: 5 }, { x: 1, y: 1, width: 5, height: 5 }, { x: 2, y: 2, width: 5, height: 5 }]);
    let seen = 0;
    grid.forEachIntersecting({ x: 0, y: 0, width: 10, height: 10 }, () => ++seen === 2);
    assert.equal(seen, 2);
  });
});
