import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseBudget } from '../../src/data/budget.js';
import { generateBudget } from '../fixtures/generate-budget.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(read('data/schema/budget.schema.json') as object);
const schemaErrors = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('data/schema/budget.schema.json', () => {
  for (const file of ['data/pharma-budget.json', 'data/midnet-budget.json']) {
    it(`accepts ${file}, as the parser does`, () => {
      const doc = read(file);
      assert.deepEqual(schemaErrors(doc), []);
      const r = parseBudget(doc);
      assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues));
    });
  }

  it('accepts generated documents, as the parser does', () => {
    for (const unit of ['億円', '千円', '兆円'] as const) {
      const doc = generateBudget({ leaves: 300, seed: 7, unit });
      assert.deepEqual(schemaErrors(doc), []);
      assert.ok(parseBudget(doc).ok);
    }
  });

  const base = { type: 'budget', unit: '億円' };
  const valid: Array<[string, unknown]> = [
    ['minimal, unit defaulting to 円', { type: 'budget', items: [{ id: 'a', name: 'A' }] }],
    ['amount strings and numbers', { ...base, items: [{ id: 'a', name: 'A', amount: '49.1億円', supplementary: 4.2, previous: '４５６，３２０千円' }] }],
    ['zero amounts', { ...base, items: [{ id: 'a', name: 'A', amount: 0 }] }],
    ['内数 written as an amount', { ...base, items: [{ id: 'a', name: 'A', amount: '13.5億円の内数' }] }],
    ['partOf forms', { ...base, items: [{ id: 'a', name: 'A', partOf: true }, { id: 'b', name: 'B', partOf: { amount: 11.2, of: 'X' } }, { id: 'c', name: 'C', partOf: '1億円' }] }],
    ['unknown keys', { ...base, extra: 1, items: [{ id: 'a', name: 'A', color: 'red' }] }],
    ['re-listing', { ...base, items: [{ id: 'a', name: 'A', amount: 1 }, { id: 'b', name: 'B', amount: 1, relistOf: 'a' }] }],
  ];
  const invalid: Array<[string, unknown]> = [
    ['wrong type', { type: 'effect', items: [{ id: 'a', name: 'A' }] }],
    ['unknown unit', { type: 'budget', unit: 'ドル', items: [{ id: 'a', name: 'A' }] }],
    ['no items', { ...base }],
    ['empty items', { ...base, items: [] }],
    ['item without id', { ...base, items: [{ name: 'A' }] }],
    ['blank name', { ...base, items: [{ id: 'a', name: '  ' }] }],
    ['negative number', { ...base, items: [{ id: 'a', name: 'A', amount: -1 }] }],
    ['negative string', { ...base, items: [{ id: 'a', name: 'A', amount: '▲1億円' }] }],
    ['内数 as supplementary', { ...base, items: [{ id: 'a', name: 'A', supplementary: '4.2億円の内数' }] }],
    ['children not an array', { ...base, items: [{ id: 'a', name: 'A', children: {} }] }],
    ['amount of the wrong type', { ...base, items: [{ id: 'a', name: 'A', amount: true }] }],
  ];
  for (const [label, doc] of valid) {
    it(`schema and parser both accept: ${label}`, () => {
      assert.deepEqual(schemaErrors(doc), []);
      assert.equal(parseBudget(doc).ok, true);
    });
  }
  for (const [label, doc] of invalid) {
    it(`schema and parser both reject: ${label}`, () => {
      assert.notDeepEqual(schemaErrors(doc), []);
      assert.equal(parseBudget(doc).ok, false);
    });
  }
});
