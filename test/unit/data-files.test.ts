// Every JSON document in data/ (not the schemas) must parse with parseChartData and validate
// against the JSON Schema of its type: the schemas and parsers stay in step.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseChartData } from '../../src/data/parse.js';
import { formatIssue } from '../../src/format/messages/index.js';

const root = new URL('../../data/', import.meta.url).pathname;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'schema' ? [] : jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = {
  organization: ajv.compile(read(join(root, 'schema/organization.schema.json')) as object),
  budget: ajv.compile(read(join(root, 'schema/budget.schema.json')) as object),
  effect: ajv.compile(read(join(root, 'schema/effect.schema.json')) as object),
};

describe('data/ documents', () => {
  const files = jsonFiles(root);

  it('there are seed documents of every type', () => {
    const types = new Set(files.map((f) => (read(f) as { type: string }).type));
    assert.deepEqual([...types].sort(), ['budget', 'effect', 'organization']);
  });

  for (const file of files) {
    it(`${relative(root, file)} parses and matches its schema`, () => {
      const doc = read(file) as { type: keyof typeof validators; source?: unknown };
      const result = parseChartData(doc);
      assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
      const validate = validators[doc.type];
      assert.ok(validate(doc), ajv.errorsText(validate.errors));
      assert.equal(typeof doc.source, 'string', 'every document names its source');
    });
  }
});

describe('parseChartData', () => {
  it('names a missing or unknown type', () => {
    assert.deepEqual(parseChartData({}), { ok: false, issues: [{ code: 'missing', path: 'type', params: { key: 'type' } }] });
    const r = parseChartData({ type: 'pie' });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(formatIssue(r.issues[0]!, 'ja'), 'type: 図の種類「pie」は使えません（organization・budget・effect のいずれか）');
  });

  it('rejects what is not an object', () => {
    for (const input of [null, 3, 'x', []]) assert.equal(parseChartData(input).ok, false);
  });
});

describe('parsers on values JSON cannot hold', () => {
  it('never throw on BigInt, symbols or cycles anywhere, and name the path', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    const inputs: unknown[] = [
      { type: 10n },
      { type: Symbol('organization') },
      { type: 'budget', items: [{ id: 'a', name: 'A', amount: 10n }] },
      { type: 'budget', items: [{ id: 'a', name: 'A', amount: cyclic }] },
      { type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: 10n }] },
      { type: 'effect', chart: 10n, series: [] },
      { type: 'organization', bodies: [{ id: 10n, name: 'A', kind: cyclic }] },
    ];
    for (const input of inputs) {
      const result = parseChartData(input);
      assert.equal(result.ok, false);
      if (!result.ok) for (const issue of result.issues) assert.equal(typeof formatIssue(issue, 'ja'), 'string');
    }
    const r = parseChartData({ type: 'budget', items: [{ id: 'a', name: 'A', amount: 10n }] });
    assert.ok(!r.ok && r.issues.some((i) => i.path === 'items[0].amount' && i.code === 'amount-unreadable'));
  });
});
