import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logTicks, newcombeDifference, shouldUseLog, wilsonInterval } from '../../src/data/stats.js';

/** Rounds to 4 decimals, as the published tables print them. */
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

describe('wilsonInterval', () => {
  // Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of
  // seven methods. Stat Med 17:857-872, Table I, method 3 (score, no continuity correction).
  // Each figure was also recomputed by hand from the closed formula (z = 1.959964).
  const published: Array<[number, number, number, number]> = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, lower, upper] of published) {
    it(`${x}/${n} → ${lower}–${upper}`, () => {
      const ci = wilsonInterval({ successes: x, n });
      assert.equal(r4(ci.lower), lower);
      assert.equal(r4(ci.upper), upper);
    });
  }

  it('takes a share instead of successes', () => {
    const bySuccesses = wilsonInterval({ successes: 81, n: 263 });
    const byShare = wilsonInterval({ share: 81 / 263, n: 263 });
    assert.deepEqual(byShare, bySuccesses);
  });

  it('pins the limits at 0 and 1 for shares of 0 and 1 and stays inside 0..1', () => {
    assert.equal(wilsonInterval({ successes: 0, n: 20 }).lower, 0);
    const all = wilsonInterval({ successes: 20, n: 20 });
    assert.equal(all.upper, 1);
    // 20/20 mirrors 0/20: 1 − 0.1611.
    assert.equal(r4(all.lower), 0.8389);
  });

  it('widens with z: a 99% interval (z = 2.575829) contains the 95% one', () => {
    const ci95 = wilsonInterval({ successes: 15, n: 148 });
    const ci99 = wilsonInterval({ successes: 15, n: 148, z: 2.575829 });
    assert.ok(ci99.lower < ci95.lower && ci99.upper > ci95.upper);
  });

  it('throws on a programmer error (the parser reports bad data to users)', () => {
    assert.throws(() => wilsonInterval({ share: 1.2, n: 10 }), RangeError);
    assert.throws(() => wilsonInterval({ share: 0.5, n: 0 }), RangeError);
    assert.throws(() => wilsonInterval({ n: 10 }), RangeError);
  });
});

describe('newcombeDifference', () => {
  // Newcombe RG (1998) Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Stat Med 17:873-890, Table II, method 10 (hybrid score).
  // (a) and (b) match the paper's figures as also asserted by the propint R package's tests;
  // all four were recomputed by hand (Python) from the Wilson limits. For (c) 6/7 − 2/7 the
  // hand computation of method 10 gives 0.0582 to 0.8062 (method 11, with continuity
  // correction, gives −0.0290 to 0.8423); a figure of 0.0381 to 0.8231 quoted in our brief
  // matches neither and could not be checked against the paper's table, so it is not used.
  const examples: Array<[string, number, number, number, number, number, number]> = [
    ['56/70 − 48/80', 56, 70, 48, 80, 0.0524, 0.3339],
    ['9/10 − 3/10', 9, 10, 3, 10, 0.1705, 0.809],
    ['6/7 − 2/7', 6, 7, 2, 7, 0.0582, 0.8062],
    ['5/56 − 0/29', 5, 56, 0, 29, -0.0381, 0.1926],
  ];
  for (const [name, a, m, b, n, lower, upper] of examples) {
    it(`${name} → ${lower} to ${upper}`, () => {
      const d = newcombeDifference({ p1: a / m, n1: m, p2: b / n, n2: n });
      assert.equal(r4(d.difference), r4(a / m - b / n));
      assert.equal(r4(d.lower), lower);
      assert.equal(r4(d.upper), upper);
    });
  }

  it('always contains the observed difference and stays inside −1..1 (every x/n, n ≤ 12)', () => {
    for (let n1 = 1; n1 <= 12; n1 += 1) {
      for (let x1 = 0; x1 <= n1; x1 += 1) {
        for (let n2 = 1; n2 <= 12; n2 += 1) {
          for (let x2 = 0; x2 <= n2; x2 += 1) {
            const d = newcombeDifference({ p1: x1 / n1, n1, p2: x2 / n2, n2 });
            const w = wilsonInterval({ successes: x1, n: n1 });
            assert.ok(w.lower <= x1 / n1 && x1 / n1 <= w.upper, `wilson ${x1}/${n1}`);
            assert.ok(d.lower <= d.difference + 1e-12 && d.difference <= d.upper + 1e-12, `${x1}/${n1} − ${x2}/${n2}`);
            assert.ok(d.lower >= -1 && d.upper <= 1, `${x1}/${n1} − ${x2}/${n2} range`);
          }
        }
      }
    }
  });

  it('is antisymmetric: swapping the groups negates and swaps the limits', () => {
    const d = newcombeDifference({ p1: 56 / 70, n1: 70, p2: 48 / 80, n2: 80 });
    const e = newcombeDifference({ p1: 48 / 80, n1: 80, p2: 56 / 70, n2: 70 });
    assert.equal(r4(e.difference), -r4(d.difference));
    assert.equal(r4(e.lower), -r4(d.upper));
    assert.equal(r4(e.upper), -r4(d.lower));
  });
});

describe('logTicks', () => {
  it('gives every decade from the one at or below min to the one at or above max', () => {
    assert.deepEqual(logTicks({ min: 7, max: 4748 }), [1, 10, 100, 1000, 10000]);
    assert.deepEqual(logTicks({ min: 1000, max: 3e9 }), [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
  });

  it('does not add a decade past an end that is itself a decade', () => {
    assert.deepEqual(logTicks({ min: 1, max: 1000 }), [1, 10, 100, 1000]);
    assert.deepEqual(logTicks({ min: 100, max: 100 }), [100]);
  });

  it('is exact below 1', () => {
    assert.deepEqual(logTicks({ min: 0.002, max: 0.5 }), [0.001, 0.01, 0.1, 1]);
  });

  it('stays exact over a wide range', () => {
    const ticks = logTicks({ min: 0.0004, max: 3e20 });
    assert.equal(ticks.length, 26);
    assert.deepEqual(ticks.map((t) => t.toExponential()), Array.from({ length: 26 }, (_, i) => `1e${i - 4 < 0 ? '' : '+'}${i - 4}`));
  });

  it('throws on non-positive ends', () => {
    assert.throws(() => logTicks({ min: 0, max: 10 }), RangeError);
    assert.throws(() => logTicks({ min: 10, max: 1 }), RangeError);
  });
});

describe('shouldUseLog', () => {
  it('uses a log scale when the largest value is over 100 times the smallest', () => {
    assert.equal(shouldUseLog({ values: [3e9, 1000] }), true); // genome cost
    assert.equal(shouldUseLog({ values: [4748.25, 7] }), true); // 13 years vs 1 week, in days
    assert.equal(shouldUseLog({ values: [2e8, 4e6] }), false); // Sentinel vs MID-NET: 50×
    assert.equal(shouldUseLog({ values: [100, 1] }), false); // exactly 100×: linear
    assert.equal(shouldUseLog({ values: [100.5, 1] }), true);
  });

  it('never uses a log scale with a non-positive value or fewer than two values', () => {
    assert.equal(shouldUseLog({ values: [0, 1000] }), false);
    assert.equal(shouldUseLog({ values: [-1, 1000] }), false);
    assert.equal(shouldUseLog({ values: [1000] }), false);
    assert.equal(shouldUseLog({ values: [] }), false);
  });
});
