import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { generateBudget } from '../fixtures/generate-budget.js';

interface Raw {
  id: string;
  amount?: number;
  relistOf?: string;
  partOf?: unknown;
  supplementary?: number;
  previous?: number;
  children?: Raw[];
}

/** Every raw leaf, walking the generated input (not the parser's output). */
function rawLeaves(items: Raw[], out: Raw[] = []): Raw[] {
  for (const item of items) {
    if (item.children?.length) rawLeaves(item.children, out);
    else out.push(item);
  }
  return out;
}

describe('generateBudget (test/fixtures)', () => {
  it('makes exactly the number of leaves asked for, at any depth', () => {
    for (const [leaves, depth] of [[1, 3], [2, 3], [7, 1], [100, 3], [1000, 4], [2500, 2]] as const) {
      const doc = generateBudget({ leaves, depth }) as { items: Raw[] };
      assert.equal(rawLeaves(doc.items).length, leaves, `${leaves} leaves, depth ${depth}`);
    }
  });

  it('is deterministic, and the seed changes it', () => {
    assert.deepEqual(generateBudget({ leaves: 500, seed: 3 }), generateBudget({ leaves: 500, seed: 3 }));
    assert.notDeepEqual(generateBudget({ leaves: 500, seed: 3 }), generateBudget({ leaves: 500, seed: 4 }));
  });

  it('says it is generated sample data', () => {
    const doc = generateBudget({ leaves: 10 }) as { title: string; description: string };
    assert.match(doc.title, /生成したサンプル予算（架空のデータ/);
    assert.match(doc.description, /実在の予算ではありません/);
  });

  it('parses, and contains 再掲, 内数, 補正, 前年度 and a few mismatches', () => {
    const raw = generateBudget({ leaves: 5000, seed: 2 }) as { items: Raw[] };
    const r = parseBudget(raw);
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3)));
    const s = summarizeBudget(r.value);
    const leaves = rawLeaves(raw.items);
    const relisted = leaves.filter((l) => l.relistOf !== undefined);
    const partOf = leaves.filter((l) => l.partOf !== undefined);
    assert.ok(relisted.length > 50 && relisted.length < 300, `${relisted.length} 再掲`);
    assert.ok(partOf.length > 50 && partOf.length < 300, `${partOf.length} 内数`);
    assert.ok(leaves.some((l) => l.supplementary !== undefined));
    assert.equal(s.relisted.length, relisted.length);
    assert.equal(s.partOf.length, partOf.length);
    assert.ok(s.mismatches.length > 0);

    // Independently of the summary's rules: the total is every plain leaf's amount once, plus
    // the 0.1 the generator adds to the few mismatched parents (each is money the parent
    // declares but does not itemise). Sums in tenths of the unit, to stay exact.
    const tenths = (n: number) => Math.round(n * 10);
    const plain = leaves.filter((l) => l.relistOf === undefined && l.partOf === undefined);
    const plainTenths = plain.reduce((t, l) => t + tenths(l.amount!), 0);
    const amountMismatches = s.mismatches.filter((m) => m.measure === 'amount');
    for (const m of amountMismatches) assert.equal(m.difference, 10_000_000, m.id); // 0.1億円
    assert.equal(s.totals.amount.counted, (plainTenths + amountMismatches.length) * 10_000_000);
    // Every plain leaf gives 前年度, so the document's year-on-year change is defined.
    const previousTenths = plain.reduce((t, l) => t + tenths(l.previous!), 0);
    assert.deepEqual(s.change && [s.change.previous, s.change.current], [previousTenths * 10_000_000, s.totals.amount.counted]);
    // 補正: only plain leaves carry it, and parents declare their children's sum.
    const suppTenths = plain.reduce((t, l) => t + tenths(l.supplementary ?? 0), 0);
    assert.equal(s.totals.supplementary.counted, suppTenths * 10_000_000);
  });

  it('writes the same yen in every unit', () => {
    const totals = (['円', '千円', '百万円', '億円', '兆円'] as const).map((unit) => {
      const r = parseBudget(generateBudget({ leaves: 400, seed: 5, unit }));
      assert.ok(r.ok, unit);
      return summarizeBudget(r.value).totals.amount.counted;
    });
    assert.equal(new Set(totals).size, 1, totals.join(', '));
    const doc = generateBudget({ leaves: 3, depth: 1, unit: '千円' }) as { items: Raw[] };
    // A leaf is a whole number of tenths of 億円, i.e. a multiple of 10,000千円.
    for (const leaf of doc.items) if (leaf.amount !== undefined) assert.equal(leaf.amount % 10_000, 0);
  });

  it('reaches national scale with 50,000 leaves in 億円 (over 50兆円)', () => {
    const r = parseBudget(generateBudget({ leaves: 50_000 }));
    assert.ok(r.ok);
    const s = summarizeBudget(r.value);
    assert.ok(s.totals.amount.counted > 50e12, String(s.totals.amount.counted));
    assert.equal(s.order.filter((i) => i.item.children.length === 0).length, 50_000);
  });
});
