import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { MAX_BUDGET_DEPTH, parseBudget } from '../../src/data/budget.js';
import type { Issue } from '../../src/data/issues.js';
import type { BudgetDocument } from '../../src/data/types.js';
import { formatIssue, hasMessage } from '../../src/format/messages/index.js';
import { createRandom } from '../fixtures/random.js';

/** Parses and expects success. */
function ok(input: unknown): BudgetDocument {
  const r = parseBudget(input);
  if (!r.ok) assert.fail(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Parses and expects failure; returns the issues as `code@path` strings (and the issues). */
function fail(input: unknown): { codes: string[]; issues: Issue[] } {
  const r = parseBudget(input);
  if (r.ok) assert.fail('expected issues, got ok');
  return { codes: r.issues.map((i) => `${i.code}@${i.path}`), issues: r.issues };
}

const budget = (items: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'budget', unit: '億円', items, ...extra });

describe('parseBudget: valid documents', () => {
  it('reads amounts as numbers in the unit and as strings as written, in exact yen', () => {
    const doc = ok(
      budget([
        { id: 'a', name: 'A', amount: 49.1, supplementary: '4.2億円', previous: '456,320千円' },
        { id: 'b', name: 'B', amount: '28.1' },
        { id: 'c', name: 'C', amount: '1兆2,345億円' },
        { id: 'd', name: 'D', amount: '２．５億円' },
      ]),
    );
    const [a, b, c, d] = doc.items;
    assert.equal(a!.amount, 4_910_000_000);
    assert.equal(a!.supplementary, 420_000_000);
    assert.equal(a!.previous, 456_320_000);
    assert.equal(b!.amount, 2_810_000_000);
    assert.equal(c!.amount, 1_234_500_000_000);
    assert.equal(d!.amount, 250_000_000);
  });

  it('defaults the unit to 円 and reads every unit', () => {
    assert.equal(ok({ type: 'budget', items: [{ id: 'a', name: 'A', amount: 1500 }] }).items[0]!.amount, 1500);
    assert.equal(ok({ type: 'budget', items: [{ id: 'a', name: 'A', amount: 1500 }] }).unit, '円');
    const cases: Array<[string, number]> = [
      ['円', 7],
      ['千円', 7_000],
      ['百万円', 7_000_000],
      ['億円', 700_000_000],
      ['兆円', 7_000_000_000_000],
    ];
    for (const [unit, yen] of cases) {
      const doc = ok({ type: 'budget', unit, items: [{ id: 'a', name: 'A', amount: 7 }] });
      assert.equal(doc.unit, unit);
      assert.equal(doc.items[0]!.amount, yen, unit);
    }
  });

  it('accepts zero amounts', () => {
    const doc = ok(budget([{ id: 'a', name: 'A', amount: 0, supplementary: '0億円', previous: 0 }]));
    assert.equal(doc.items[0]!.amount, 0);
    assert.equal(doc.items[0]!.supplementary, 0);
    assert.equal(doc.items[0]!.previous, 0);
  });

  it('reads 「13.5億円の内数」 as partOf with the larger amount and no amount of its own', () => {
    const item = ok(budget([{ id: 'ai', name: 'AI', amount: '13.5億円の内数' }])).items[0]!;
    assert.equal(item.amount, undefined);
    assert.deepEqual(item.partOf, { amount: 1_350_000_000 });
  });

  it('reads partOf as an object, true, or the larger amount', () => {
    const doc = ok(
      budget([
        { id: 'a', name: 'A', partOf: { amount: 11.2, of: '医薬品等規制調和・評価研究事業' } },
        { id: 'b', name: 'B', partOf: true },
        { id: 'c', name: 'C', partOf: '11.2億円' },
        { id: 'd', name: 'D', amount: '13.5億円の内数', partOf: { of: 'X' } },
        { id: 'e', name: 'E', partOf: false, amount: 1 },
      ]),
    );
    assert.deepEqual(doc.items[0]!.partOf, { amount: 1_120_000_000, of: '医薬品等規制調和・評価研究事業' });
    assert.deepEqual(doc.items[1]!.partOf, {});
    assert.deepEqual(doc.items[2]!.partOf, { amount: 1_120_000_000 });
    assert.deepEqual(doc.items[3]!.partOf, { of: 'X', amount: 1_350_000_000 });
    assert.equal(doc.items[4]!.partOf, undefined);
    assert.equal(doc.items[4]!.amount, 100_000_000);
  });

  it('reads children, relistOf, note, source, fiscalYear and meta; keeps unknown top-level keys', () => {
    const doc = ok(
      budget(
        [
          { id: 'p2', name: '柱2', amount: 23.1, children: [{ id: 'pmda', name: 'PMDA', amount: 18.0 }] },
          {
            id: 'p3',
            name: '柱3',
            amount: 18.4,
            note: '一部再掲',
            source: 'スライド5',
            future: 'ignored',
            children: [{ id: 'p3-pmda', name: 'PMDA', amount: '18.0億円', relistOf: 'pmda' }],
          },
        ],
        { title: 'T', description: 'D', source: 'S', lang: 'ja', fiscalYear: '平成30年度', extraKey: { a: 1 } },
      ),
    );
    assert.equal(doc.type, 'budget');
    assert.equal(doc.title, 'T');
    assert.equal(doc.description, 'D');
    assert.equal(doc.source, 'S');
    assert.equal(doc.lang, 'ja');
    assert.equal(doc.fiscalYear, '平成30年度');
    assert.deepEqual(doc.extra, { extraKey: { a: 1 } });
    const p3 = doc.items[1]!;
    assert.equal(p3.path, 'items[1]');
    assert.equal(p3.note, '一部再掲');
    assert.equal(p3.source, 'スライド5');
    assert.equal(p3.children[0]!.relistOf, 'pmda');
    assert.equal(p3.children[0]!.path, 'items[1].children[0]');
    assert.equal(p3.children[0]!.amount, 1_800_000_000);
    assert.equal('future' in p3, false);
  });

  it('allows a chain of re-listing (A re-lists B, B re-lists C)', () => {
    ok(
      budget([
        { id: 'c', name: 'C', amount: 1 },
        { id: 'b', name: 'B', amount: 1, relistOf: 'c' },
        { id: 'a', name: 'A', amount: 1, relistOf: 'b' },
      ]),
    );
  });
});

describe('parseBudget: issues', () => {
  it('rejects what is not an object', () => {
    for (const input of [null, undefined, 42, 'budget', [], true]) {
      assert.deepEqual(fail(input).codes, ['not-object@'], String(input));
    }
  });

  it('checks the type', () => {
    assert.deepEqual(fail({ items: [{ id: 'a', name: 'A' }] }).codes, ['missing@type']);
    assert.deepEqual(fail({ type: 'organization', items: [{ id: 'a', name: 'A' }] }).codes, ['wrong-chart@type']);
    assert.deepEqual(fail({ type: 'pie', items: [{ id: 'a', name: 'A' }] }).codes, ['unknown-type@type']);
  });

  it('checks the unit', () => {
    const { codes, issues } = fail({ type: 'budget', unit: 'ドル', items: [{ id: 'a', name: 'A' }] });
    assert.deepEqual(codes, ['unknown-unit@unit']);
    assert.deepEqual(issues[0]!.params, { value: 'ドル' });
  });

  it('requires a non-empty items array', () => {
    assert.deepEqual(fail({ type: 'budget' }).codes, ['missing@items']);
    assert.deepEqual(fail({ type: 'budget', items: {} }).codes, ['not-array@items']);
    assert.deepEqual(fail({ type: 'budget', items: [] }).codes, ['empty@items']);
  });

  it('requires items to be objects with id and name', () => {
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A' }, 'x', { name: 'B' }, { id: 'c', name: ' ' }, { id: 4, name: 'D' }])).codes, [
      'not-object@items[1]',
      'missing@items[2].id',
      'empty-string@items[3].name',
      'wrong-type@items[4].id',
    ]);
  });

  it('reports duplicate ids anywhere in the tree, naming the first', () => {
    const { codes, issues } = fail(
      budget([
        { id: 'a', name: 'A', children: [{ id: 'x', name: 'X' }] },
        { id: 'b', name: 'B', children: [{ id: 'y', name: 'Y' }, { id: 'x', name: 'X2' }] },
      ]),
    );
    assert.deepEqual(codes, ['duplicate-id@items[1].children[1].id']);
    assert.deepEqual(issues[0]!.params, { id: 'x', first: 'items[0].children[0]' });
  });

  it('takes a parent as the first occurrence of an id its child repeats', () => {
    const { codes, issues } = fail(budget([{ id: 'x', name: 'X', children: [{ id: 'x', name: 'X again' }] }]));
    assert.deepEqual(codes, ['duplicate-id@items[0].children[0].id']);
    assert.deepEqual(issues[0]!.params, { id: 'x', first: 'items[0]' });
  });

  it('names the exact path of an unreadable amount', () => {
    const { codes, issues } = fail(
      budget([
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C', children: [{ id: 'c1', name: 'C1', amount: '49.1億' }] },
      ]),
    );
    assert.deepEqual(codes, ['amount-unreadable@items[2].children[0].amount']);
    assert.deepEqual(issues[0]!.params, { value: '49.1億' });
    assert.equal(formatIssue(issues[0]!, 'ja'), 'items[2].children[0].amount: 「49.1億」を金額として読めません');
    assert.equal(formatIssue(issues[0]!, 'en'), 'items[2].children[0].amount: cannot read "49.1億" as an amount');
  });

  it('rejects unreadable amounts of every kind, in every amount field', () => {
    const bad = ['abc', '', '億円', '1.2.3億円', {}, [], true, Number.NaN, Number.POSITIVE_INFINITY];
    for (const value of bad) {
      for (const key of ['amount', 'supplementary', 'previous']) {
        assert.deepEqual(fail(budget([{ id: 'a', name: 'A', [key]: value }])).codes, [`amount-unreadable@items[0].${key}`], `${key}: ${String(value)}`);
      }
    }
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A', partOf: { amount: 'x' } }])).codes, ['amount-unreadable@items[0].partOf.amount']);
  });

  it('rejects negative amounts (▲ and minus) with their path', () => {
    const { codes, issues } = fail(
      budget([{ id: 'a', name: 'A', amount: -1, supplementary: '▲2.4億円', previous: '-3億円', partOf: undefined }]),
    );
    assert.deepEqual(codes, ['amount-negative@items[0].amount', 'amount-negative@items[0].supplementary', 'amount-negative@items[0].previous']);
    assert.deepEqual(issues[1]!.params, { value: '▲2.4億円' });
  });

  it('rejects amounts that are not whole yen or too large to add up exactly', () => {
    const { codes } = fail({
      type: 'budget',
      unit: '千円',
      items: [
        { id: 'a', name: 'A', amount: 1.2345 },
        { id: 'b', name: 'B', amount: '0.5円' },
        { id: 'c', name: 'C', amount: '10,000兆円' },
        { id: 'd', name: 'D', amount: 1e20 },
      ],
    });
    assert.deepEqual(codes, [
      'amount-fraction@items[0].amount',
      'amount-fraction@items[1].amount',
      'amount-too-large@items[2].amount',
      'amount-too-large@items[3].amount',
    ]);
    // 9,000兆円 is still exact: 9e15 < 2^53 − 1 ≈ 9.007e15.
    assert.equal(ok({ type: 'budget', items: [{ id: 'a', name: 'A', amount: '9,000兆円' }] }).items[0]!.amount, 9e15);
  });

  it('does not allow 内数 for supplementary or previous', () => {
    const { codes } = fail(budget([{ id: 'a', name: 'A', amount: 1, supplementary: '4.2億円の内数', previous: '1億円の内数' }]));
    assert.deepEqual(codes, ['part-of-not-allowed@items[0].supplementary', 'part-of-not-allowed@items[0].previous']);
  });

  it('rejects partOf with an amount of its own, conflicting 内数 amounts, and a partOf of the wrong type', () => {
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A', amount: 2, partOf: { amount: 13.5 } }])).codes, ['part-of-with-amount@items[0].amount']);
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A', amount: '13.5億円の内数', partOf: { amount: 11.2 } }])).codes, [
      'part-of-conflict@items[0].partOf',
    ]);
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A', partOf: [1] }])).codes, ['wrong-type@items[0].partOf']);
  });

  it('rejects relistOf naming an unknown item, itself, its kin, or a 内数 item', () => {
    const { codes, issues } = fail(
      budget([
        { id: 'a', name: 'A', amount: 1, relistOf: 'nowhere' },
        { id: 'b', name: 'B', amount: 1, relistOf: 'b' },
        { id: 'c', name: 'C', amount: 2, children: [{ id: 'c1', name: 'C1', amount: 2, relistOf: 'c' }] },
        { id: 'd', name: 'D', amount: 2, relistOf: 'd1', children: [{ id: 'd1', name: 'D1', amount: 2 }] },
        { id: 'e', name: 'E', amount: '3億円の内数' },
        { id: 'f', name: 'F', amount: 1, relistOf: 'e' },
        { id: 'g', name: 'G', partOf: true, children: [{ id: 'g1', name: 'G1', amount: 1 }] },
        { id: 'h', name: 'H', amount: 1, relistOf: 'g1' },
      ]),
    );
    assert.deepEqual(codes, [
      'relist-unknown@items[0].relistOf',
      'relist-self@items[1].relistOf',
      'relist-nested@items[2].children[0].relistOf',
      'relist-nested@items[3].relistOf',
      'relist-part-of@items[5].relistOf',
      'relist-part-of@items[7].relistOf',
    ]);
    assert.deepEqual(issues[0]!.params, { id: 'a', relistOf: 'nowhere' });
  });

  it('rejects relistOf together with partOf', () => {
    const { codes } = fail(budget([{ id: 'a', name: 'A', amount: 1 }, { id: 'b', name: 'B', amount: '1億円の内数', relistOf: 'a' }]));
    assert.deepEqual(codes, ['relist-with-part-of@items[1].relistOf']);
  });

  it('reports each re-listing cycle once, naming every id on it', () => {
    const two = fail(budget([{ id: 'a', name: 'A', amount: 1, relistOf: 'b' }, { id: 'b', name: 'B', amount: 1, relistOf: 'a' }]));
    assert.deepEqual(two.codes, ['relist-cycle@items[0].relistOf']);
    assert.equal(two.issues[0]!.params.ids, 'a → b → a');

    const cyc = fail(
      budget([
        { id: 'x', name: 'X', amount: 1, relistOf: 'a' },
        { id: 'a', name: 'A', amount: 1, relistOf: 'b' },
        { id: 'b', name: 'B', amount: 1, relistOf: 'c' },
        { id: 'c', name: 'C', amount: 1, relistOf: 'a' },
      ]),
    );
    assert.deepEqual(cyc.codes, ['relist-cycle@items[1].relistOf']);
    assert.equal(cyc.issues[0]!.params.ids, 'a → b → c → a');
  });

  it('reports children that are not an array, with the path', () => {
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A', children: { id: 'b' } }])).codes, ['not-array@items[0].children']);
    assert.deepEqual(fail(budget([{ id: 'a', name: 'A', children: [{ id: 'b', name: 'B', children: 'x' }] }])).codes, [
      'not-array@items[0].children[0].children',
    ]);
  });

  it('lists issues in document order, the re-listing checks included', () => {
    const { codes } = fail(
      budget([
        { id: 'a', name: 'A', amount: 1, relistOf: 'zz' },
        { id: 'b', name: 'B', amount: 'x' },
        ...Array.from({ length: 8 }, (_, i) => ({ id: `f${i}`, name: 'F', amount: 1 })),
        { id: 'k', name: 'K', amount: 1, relistOf: 'k', children: [{ id: 'k1', name: 'K1', amount: -1 }] },
      ]),
    );
    assert.deepEqual(codes, [
      'relist-unknown@items[0].relistOf',
      'amount-unreadable@items[1].amount',
      'relist-self@items[10].relistOf',
      'amount-negative@items[10].children[0].amount',
    ]);
  });

  it('reports every issue, not only the first', () => {
    const { codes } = fail({
      type: 'budget',
      unit: '億円',
      items: [
        { id: 'a', name: 'A', amount: 'x' },
        { id: 'a', name: '', amount: -1 },
        { id: 'b', name: 'B', relistOf: 'zz', children: [{ id: 'b1', name: 'B1', supplementary: '?' }] },
      ],
    });
    assert.deepEqual(codes, [
      'amount-unreadable@items[0].amount',
      'empty-string@items[1].name',
      'amount-negative@items[1].amount',
      'duplicate-id@items[1].id',
      'relist-unknown@items[2].relistOf',
      'amount-unreadable@items[2].children[0].supplementary',
    ]);
  });

  it('reports nesting deeper than the limit instead of overflowing the stack', () => {
    let deep: Record<string, unknown> = { id: 'leaf', name: 'leaf' };
    for (let i = 0; i < 10_000; i++) deep = { id: `n${i}`, name: 'n', children: [deep] };
    const { codes } = fail(budget([deep]));
    assert.equal(codes.length, 1);
    assert.match(codes[0]!, /^too-deep@items\[0\](\.children\[0\]){64}$/);
    assert.equal(MAX_BUDGET_DEPTH, 64);
  });

  it('has a ja and an en message for every code it raises', () => {
    const codes = [
      'relist-unknown', 'relist-self', 'relist-nested', 'relist-part-of', 'relist-cycle', 'relist-with-part-of',
      'part-of-with-amount', 'part-of-conflict', 'part-of-not-allowed', 'too-deep', 'amount-unreadable',
      'amount-fraction', 'amount-too-large',
      'amount-negative', 'unknown-unit', 'duplicate-id', 'not-array', 'not-object', 'missing', 'empty',
      'wrong-chart', 'unknown-type', 'wrong-type', 'empty-string',
    ];
    for (const code of codes) assert.ok(hasMessage(code), code);
    const issue = fail(budget([{ id: 'a', name: 'A', amount: 1 }, { id: 'b', name: 'B', amount: 1, relistOf: 'b' }])).issues[0]!;
    assert.equal(formatIssue(issue, 'ja'), 'items[1].relistOf: 項目「b」が自分自身を再掲しています');
    assert.equal(formatIssue(issue, 'en'), 'items[1].relistOf: item "b" re-lists itself');
    const conflict = fail(budget([{ id: 'a', name: 'A', amount: '13.5億円の内数', partOf: { amount: 11.2 } }])).issues[0]!;
    assert.equal(
      formatIssue(conflict, 'ja'),
      'items[0].partOf: 内数の元の金額が食い違っています（amount: 1,350,000,000円、partOf: 1,120,000,000円）',
    );
  });
});

describe('parseBudget: junk input never throws', () => {
  const random = createRandom(12345);
  const atoms: unknown[] = [null, undefined, 0, -1, 1.5, Number.NaN, '', 'x', '13.5億円の内数', '▲1億円', true, false, [], {}, 'budget', 'a'];
  const keys = ['type', 'unit', 'items', 'id', 'name', 'amount', 'supplementary', 'previous', 'relistOf', 'partOf', 'children', 'note', 'of', '__proto__', 'constructor'];
  const junk = (depth: number): unknown => {
    const r = random();
    if (depth <= 0 || r < 0.35) return atoms[Math.floor(random() * atoms.length)];
    if (r < 0.55) return Array.from({ length: Math.floor(random() * 4) }, () => junk(depth - 1));
    const obj: Record<string, unknown> = {};
    // defineProperty, not `obj[key] =`: assigning to `__proto__` would change the prototype
    // instead of making the own `__proto__` key that JSON.parse makes.
    for (let i = Math.floor(random() * 6); i > 0; i--) {
      Object.defineProperty(obj, keys[Math.floor(random() * keys.length)]!, { value: junk(depth - 1), enumerable: true, writable: true, configurable: true });
    }
    if (random() < 0.5) obj.type = 'budget';
    if (random() < 0.5) obj.items = Array.from({ length: 3 }, () => junk(depth - 1));
    return obj;
  };

  it('returns issues (or a value) for 3,000 random documents', () => {
    for (let i = 0; i < 3000; i++) {
      const input = junk(5);
      const r = parseBudget(input);
      if (!r.ok) {
        assert.ok(r.issues.length > 0);
        for (const issue of r.issues) assert.equal(typeof formatIssue(issue, 'ja'), 'string');
      }
    }
  });

  it('accepts random valid trees, and summarizeBudget gives whole, non-negative yen for them', () => {
    let accepted = 0;
    for (let n = 0; n < 500; n++) {
      let next = 0;
      const made: string[] = [];
      const item = (depth: number): Record<string, unknown> => {
        const id = `i${next++}`;
        const r = random();
        const it: Record<string, unknown> = { id, name: id };
        if (r < 0.6) it.amount = Math.floor(random() * 1000) / 10;
        else if (r < 0.7) it.amount = `${Math.floor(random() * 100)}億円の内数`;
        if (random() < 0.2) it.supplementary = Math.floor(random() * 50) / 10;
        if (random() < 0.3) it.previous = Math.floor(random() * 1000) / 10;
        if (r >= 0.7 && random() < 0.3 && made.length > 0) it.relistOf = made[Math.floor(random() * made.length)];
        if (depth > 0 && random() < 0.4) it.children = Array.from({ length: 1 + Math.floor(random() * 4) }, () => item(depth - 1));
        made.push(id);
        return it;
      };
      const r = parseBudget(budget(Array.from({ length: 1 + Math.floor(random() * 4) }, () => item(3))));
      if (!r.ok) continue; // e.g. a re-listing of an ancestor or of a 内数: fine, it is reported
      accepted += 1;
      const s = summarizeBudget(r.value);
      for (const x of s.order) {
        for (const f of [x.amount, x.supplementary, x.previous]) {
          for (const v of [f.gross, f.counted, f.childrenCounted, f.unitemised, f.relistedWithin]) {
            assert.ok(Number.isSafeInteger(v) && v >= 0, `${x.id}: ${v}`);
          }
        }
        if (x.uncounted) assert.equal(x.amount.counted, 0);
      }
      const top = r.value.items.map((i) => s.items.get(i.id)!.amount.counted).reduce((a, b) => a + b, 0);
      assert.equal(s.totals.amount.counted, top);
    }
    assert.ok(accepted > 100, `${accepted} accepted`);
  });

  it('survives cyclic objects, null prototypes, BigInt and Symbol values', () => {
    const cyclic: Record<string, unknown> = { id: 'a', name: 'A' };
    cyclic.children = [cyclic];
    assert.equal(parseBudget(budget([cyclic])).ok, false);
    assert.equal(parseBudget(budget([Object.create(null)])).ok, false);
    assert.equal(parseBudget(budget([{ id: 'a', name: 'A', amount: 10n }])).ok, false);
    assert.equal(parseBudget(budget([{ id: 'a', name: 'A', amount: Symbol('x') }])).ok, false);
  });
});
