// The small min/max that replaced d3-array (src/data/extent.ts) counts as d3-array does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { max, maxIndex, min, minIndex } from '../../src/data/extent.js';

describe('min and max (as d3-array counts them)', () => {
  it('skip null, undefined and NaN, and say when nothing is left', () => {
    assert.equal(min([3, null, 1, NaN, undefined, 2]), 1);
    assert.equal(max([3, null, 1, NaN, undefined, 2]), 3);
    assert.equal(min([]), undefined);
    assert.equal(max([null, NaN]), undefined);
    assert.equal(min([-0.5, -7]), -7);
  });
  it('read values through an accessor with the index', () => {
    const boxes = [{ x: 10, w: 5 }, { x: 2, w: 30 }, { x: 7, w: 1 }];
    assert.equal(min(boxes, (b) => b.x), 2);
    assert.equal(max(boxes, (b) => b.x + b.w), 32);
    assert.equal(max(boxes, (_, i) => i), 2);
  });
  it('give the index of the first least and greatest value, -1 for none', () => {
    assert.equal(maxIndex([1, 5, 5, NaN, 2]), 1);
    assert.equal(minIndex([4, null, 1, 1]), 2);
    assert.equal(minIndex([]), -1);
    assert.equal(maxIndex([undefined, NaN]), -1);
  });
});
