import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../../src/data/amount.js';

const yen = (input: unknown, unit: '円' | '千円' | '億円' = '億円') => {
  const r = parseAmount(input, { unit, path: 'items[0].amount' });
  return r.ok ? r.value.yen : r.issue;
};

describe('parseAmount', () => {
  it('reads amounts as slides write them, exactly', () => {
    assert.equal(yen('49.1億円'), 4_910_000_000);
    assert.equal(yen('456,320千円'), 456_320_000);
    assert.equal(yen('1兆2,345億円'), 1_234_500_000_000);
    assert.equal(yen('0.7億円'), 70_000_000);
    assert.equal(yen('4億5,632万円'), 456_320_000);
    assert.equal(yen('４５６，３２０千円'), 456_320_000);
    assert.equal(yen('100円'), 100);
  });

  it('reads numbers in the document unit without float noise', () => {
    assert.equal(yen(49.1), 4_910_000_000);
    assert.equal(yen(0.3), 30_000_000);
    assert.equal(yen(456320, '千円'), 456_320_000);
    assert.equal(yen('28.1'), 2_810_000_000);
    assert.equal(yen(1.1), 110_000_000);
  });

  it('reads every number as its shortest decimal shifted, whole or not (the rounded product is only a shortcut)', () => {
    // The decimal shift done on the number's shortest text, as the slow path does it.
    const shifted = (value: number, exponent: number) => {
      const [mantissa, power] = value.toExponential().split('e') as [string, string];
      const [whole, fraction = ''] = mantissa.split('.') as [string, string?];
      return Number(`${whole}${fraction}e${exponent + Number(power) - fraction.length}`);
    };
    const units = [['円', 0], ['千円', 3], ['億円', 8]] as const;
    let checked = 0;
    for (const [unit, exponent] of units) {
      for (let digits = 0; digits <= 12; digits++) {
        for (let k = 1; k < 400_000; k += 1 + Math.floor(k / 200)) {
          const value = Number(`${k}e-${digits}`);
          const r = parseAmount(value, { unit, path: '' });
          const want = shifted(value, exponent);
          // Whole yen are read exactly; a fraction of a yen is read as the fraction (reported by the caller).
          assert.equal(r.ok && r.value.yen, want, `${value} ${unit}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 40_000, `${checked}`);
  });

  it('marks 内数 amounts', () => {
    const r = parseAmount('13.5億円の内数', { unit: '億円', path: 'p' });
    assert.deepEqual(r, { ok: true, value: { yen: 1_350_000_000, partOf: true } });
  });

  it('reads ▲ and minus as negative', () => {
    assert.equal(yen('▲2.4億円'), -240_000_000);
    assert.equal(yen(-1), -100_000_000);
  });

  it('names the path of what it cannot read', () => {
    for (const bad of ['49.1億', '億円', 'abc', '1億2兆円', '', '1.2.3億円', null, {}, Number.NaN]) {
      const r = parseAmount(bad, { unit: '億円', path: 'items[2].amount' });
      assert.equal(r.ok, false, String(bad));
      if (!r.ok) {
        assert.equal(r.issue.code, 'amount-unreadable');
        assert.equal(r.issue.path, 'items[2].amount');
      }
    }
  });
});

describe('parseAmount on values JSON cannot hold', () => {
  it('reports BigInt, symbols and cycles as unreadable instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [10n, Symbol('x'), cyclic, () => 1]) {
      const r = parseAmount(bad, { unit: '億円', path: 'items[0].amount' });
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.issue.code, 'amount-unreadable');
    }
  });
});
