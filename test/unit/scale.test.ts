import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as d3 from 'd3-scale';
import fc from 'fast-check';
import { computeTicks, scaleLinear, scaleLog } from '../../src/kit/scale.js';

// Values as data gives them: up to 6 decimals, up to a billion.
const finite = fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.constantFrom(n, n / 1000, n / 1e6));

describe('kit/scale (the part of d3-scale the effect charts use)', () => {
  it('maps linearly as d3 does, including reversed ranges and a zero-width domain', () => {
    const ours = scaleLinear([0, 1], [40, 640]);
    const theirs = d3.scaleLinear().domain([0, 1]).range([40, 640]);
    for (const v of [0, 0.25, 0.764, 1, 1.5, -0.2]) assert.equal(ours(v), theirs(v));
    assert.equal(scaleLinear([3, 3], [0, 100])(7), d3.scaleLinear().domain([3, 3]).range([0, 100])(7));
    assert.equal(scaleLinear([0, 10], [100, 0])(2.5), 75);
  });

  it('gives the nice domain and ticks d3 gives for the counts the charts use', () => {
    const cases: [number, number][] = [[-3.2, 12.7], [0, 76.4], [-0.041, 0.013], [0, 1], [0, 4_560_000], [-15, -2], [17, 3]];
    for (const [lo, hi] of cases) {
      for (const count of [4, 6, 10]) {
        const ours = scaleLinear([lo, hi], [0, 500]).nice(count);
        const theirs = d3.scaleLinear().domain([lo, hi]).nice(count).range([0, 500]);
        assert.deepEqual(ours.domain(), theirs.domain(), `nice(${count}) of [${lo}, ${hi}]`);
        assert.deepEqual(ours.ticks(count), theirs.ticks(count), `ticks(${count}) of [${lo}, ${hi}]`);
        assert.equal(ours(lo / 3), theirs(lo / 3));
      }
    }
  });

  it('agrees with d3 on arbitrary domains (property test)', () => {
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 1, max: 12 }), (a, b, count) => {
        const ours = scaleLinear([a, b], [0, 1000]).nice(count);
        const theirs = d3.scaleLinear().domain([a, b]).nice(count).range([0, 1000]);
        assert.deepEqual(ours.domain(), theirs.domain());
        assert.deepEqual(ours.ticks(count), theirs.ticks(count));
        assert.deepEqual(computeTicks(a, b, count), d3.scaleLinear().domain([a, b]).ticks(count));
        assert.equal(ours((a + b) / 2), theirs((a + b) / 2));
      }),
      { numRuns: 300 },
    );
  });

  it('maps logarithmically as d3 does', () => {
    const ours = scaleLog([0.001, 1e7], [12, 700]);
    const theirs = d3.scaleLog().domain([0.001, 1e7]).range([12, 700]);
    for (const v of [0.001, 0.3, 1, 300, 1e7, 3e7]) assert.equal(ours(v), theirs(v));
  });
});
