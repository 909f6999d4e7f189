import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyword } from '../../src/kit/keyword.js';

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
