import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyword, numberOption } from '../../src/kit/keyword.js';

const MODES = ['amount', 'change'] as const;

describe('keyword', () => {
  it('passes an allowed value through without a warning', () => {
    const warnings: string[] = [];
    assert.equal(keyword('change', { name: 'test mode', allowed: MODES, fallback: 'amount', warn: (m) => warnings.push(m) }), 'change');
    assert.deepEqual(warnings, []);
  });

  it('falls back on anything else, warning once per name and value', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    assert.equal(keyword('pie', { name: 'test-a mode', allowed: MODES, fallback: 'amount', warn }), 'amount');
    assert.equal(keyword('pie', { name: 'test-a mode', allowed: MODES, fallback: 'amount', warn }), 'amount');
    assert.equal(keyword('Amount', { name: 'test-a mode', allowed: MODES, fallback: 'amount', warn }), 'amount');
    assert.deepEqual(warnings, [
      'policy-charts: unknown test-a mode "pie" (allowed: amount, change); using "amount"',
      'policy-charts: unknown test-a mode "Amount" (allowed: amount, change); using "amount"',
    ]);
  });

  it('falls back silently when no value is given', () => {
    const warnings: string[] = [];
    assert.equal(keyword(undefined, { name: 'test-b mode', allowed: MODES, fallback: 'amount', warn: (m) => warnings.push(m) }), 'amount');
    assert.deepEqual(warnings, []);
  });
});

describe('numberOption', () => {
  it('passes a number in range, and is undefined without a warning when unset', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    assert.equal(numberOption(0, { name: 'test-n area', min: 0, fallback: 'the default', warn }), 0);
    assert.equal(numberOption(undefined, { name: 'test-n area', min: 0, fallback: 'the default', warn }), undefined);
    assert.deepEqual(warnings, []);
  });

  it('warns once for a number out of range or not a number, and gives undefined (the default)', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    assert.equal(numberOption(-5, { name: 'test-m area', min: 0, fallback: 'the default', warn }), undefined);
    assert.equal(numberOption(-5, { name: 'test-m area', min: 0, fallback: 'the default', warn }), undefined);
    assert.equal(numberOption(Number.NaN, { name: 'test-m area', min: 0, fallback: 'the default', warn }), undefined);
    assert.deepEqual(warnings, [
      'policy-charts: unknown test-m area "-5" (allowed: a number of at least 0); using the default',
      'policy-charts: unknown test-m area "NaN" (allowed: a number of at least 0); using the default',
    ]);
  });
});
