import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BudgetSummary } from '../../src/data/budget-summary.js';
import { loadBudgetSeed, parseBudgetFixture } from '../fixtures/budget-seeds.js';

/** 1 億円 in yen. */
const OKU = 100_000_000;
/** `oku(49.1)` is 49.1億円 in exact yen (via tenths, so no float noise). */
const oku = (value: number) => Math.round(value * 10) * (OKU / 10);

const summarize = (input: unknown): BudgetSummary => parseBudgetFixture(input).summary;

const doc = (items: unknown[]) => ({ type: 'budget', unit: '億円', items });
const get = (s: BudgetSummary, id: string) => s.items.get(id) ?? assert.fail(`no item ${id}`);

describe('summarizeBudget: rules', () => {
  it('adds children; a parent that agrees has no mismatch and nothing unitemised', () => {
    const s = summarize(doc([{ id: 'p', name: 'P', amount: 10, children: [{ id: 'a', name: 'A', amount: 6 }, { id: 'b', name: 'B', amount: 4 }] }]));
    const p = get(s, 'p');
    assert.equal(p.amount.counted, oku(10));
    assert.equal(p.amount.childrenCounted, oku(10));
    assert.equal(p.amount.unitemised, 0);
    assert.equal(p.amount.basis, 'declared');
    assert.deepEqual(s.mismatches, []);
    assert.equal(s.totals.amount.counted, oku(10));
    assert.deepEqual(s.order.map((i) => i.id), ['p', 'a', 'b']);
    assert.equal(get(s, 'a').parentId, 'p');
    assert.deepEqual(get(s, 'a').ancestors, ['p']);
    assert.equal(get(s, 'a').depth, 1);
  });

  it('counts a 再掲 once, at the original, and marks its parent 一部再掲', () => {
    // orig 5 (counted 5); q declares 8 = 5 (再掲 of orig) + 3 → q counts 8 − 5 = 3.
    // Total 5 + 3 = 8; the naive sum of declared top-level figures is 5 + 8 = 13.
    const s = summarize(
      doc([
        { id: 'orig', name: 'O', amount: 5 },
        { id: 'q', name: 'Q', amount: 8, children: [{ id: 'r', name: 'R', amount: 5, relistOf: 'orig' }, { id: 'n', name: 'N', amount: 3 }] },
      ]),
    );
    const q = get(s, 'q');
    assert.equal(q.amount.relistedWithin, oku(5));
    assert.equal(q.amount.counted, oku(3));
    assert.equal(q.amount.childrenCounted, oku(3));
    assert.equal(q.partlyRelisted, true);
    assert.equal(get(s, 'orig').partlyRelisted, false);
    const r = get(s, 'r');
    assert.equal(r.amount.counted, 0);
    assert.equal(r.amount.gross, oku(5));
    assert.equal(r.amount.declared, oku(5));
    assert.equal(r.relistOf, 'orig');
    assert.equal(r.uncounted, true);
    assert.deepEqual(get(s, 'orig').relistedBy, ['r']);
    assert.equal(s.totals.amount.counted, oku(8));
    assert.equal(s.totals.amount.declaredTopLevel, oku(13));
    assert.deepEqual(s.mismatches, []);
    assert.deepEqual(s.relisted.map((i) => i.id), ['r']);
  });

  it('subtracts a re-listed subtree once, however deep, and counts nothing inside it', () => {
    // orig 4 = 1 + 3. p declares 6 = r (4, 再掲, whose children 1 + 3 are inside the 再掲) + 2.
    const s = summarize(
      doc([
        { id: 'orig', name: 'O', amount: 4, children: [{ id: 'o1', name: 'O1', amount: 1 }, { id: 'o2', name: 'O2', amount: 3 }] },
        {
          id: 'p',
          name: 'P',
          amount: 6,
          children: [
            { id: 'r', name: 'R', amount: 4, relistOf: 'orig', children: [{ id: 'r1', name: 'R1', amount: 1 }, { id: 'r2', name: 'R2', amount: 3, relistOf: 'o2' }] },
            { id: 'x', name: 'X', amount: 2 },
          ],
        },
      ]),
    );
    assert.equal(get(s, 'p').amount.relistedWithin, oku(4));
    assert.equal(get(s, 'p').amount.counted, oku(2));
    assert.equal(get(s, 'r1').amount.counted, 0);
    assert.equal(get(s, 'r1').uncounted, true);
    assert.equal(get(s, 'r').amount.childrenCounted, 0);
    assert.equal(s.totals.amount.counted, oku(6));
    assert.deepEqual(s.mismatches, []);
  });

  it('gives 内数 no size: it adds nothing and causes no mismatch', () => {
    // 49.1 = 20.0 + 28.1 + 1.0; the 13.5億円の内数 adds nothing.
    const s = summarize(
      doc([
        {
          id: 'p1',
          name: 'P1',
          amount: 49.1,
          children: [
            { id: 'a', name: 'A', amount: 20.0 },
            { id: 'b', name: 'B', amount: 28.1 },
            { id: 'c', name: 'C', amount: 1.0 },
            { id: 'ai', name: 'AI', amount: '13.5億円の内数' },
          ],
        },
      ]),
    );
    assert.equal(get(s, 'ai').amount.counted, 0);
    assert.equal(get(s, 'ai').amount.gross, 0);
    assert.equal(get(s, 'ai').amount.basis, 'none');
    assert.deepEqual(get(s, 'ai').partOf, { amount: oku(13.5) });
    assert.equal(get(s, 'p1').amount.childrenCounted, oku(49.1));
    assert.deepEqual(s.mismatches, []);
    assert.deepEqual(s.partOf.map((i) => i.id), ['ai']);
    assert.equal(s.totals.amount.counted, 4_910_000_000);
  });

  it('counts nothing inside a 内数, and no 補正 of a 再掲', () => {
    // z is 内数 with children 2 + 3 (a breakdown of the share): all 0. r re-lists a with its
    // 補正 0.5, which is counted at a only: 補正 total 0.5, amount total 1.
    const s = summarize(
      doc([
        { id: 'z', name: 'Z', partOf: { amount: 40 }, children: [{ id: 'z1', name: 'Z1', amount: 2 }, { id: 'z2', name: 'Z2', amount: 3 }] },
        { id: 'a', name: 'A', amount: 1, supplementary: 0.5 },
        { id: 'p', name: 'P', amount: 1, supplementary: 0.5, children: [{ id: 'r', name: 'R', amount: 1, supplementary: 0.5, relistOf: 'a' }] },
      ]),
    );
    assert.deepEqual(
      ['z', 'z1', 'z2'].map((id) => [get(s, id).amount.counted, get(s, id).uncounted]),
      [[0, true], [0, true], [0, true]],
    );
    assert.equal(get(s, 'z1').amount.declared, oku(2));
    assert.equal(get(s, 'p').supplementary.relistedWithin, oku(0.5));
    assert.equal(get(s, 'p').supplementary.counted, 0);
    assert.equal(get(s, 'p').amount.counted, 0);
    assert.equal(s.totals.amount.counted, oku(1));
    assert.equal(s.totals.supplementary.counted, oku(0.5));
    assert.deepEqual(s.mismatches, []);
  });

  it('counts a parent without an amount as the sum of its children', () => {
    const s = summarize(doc([{ id: 'p', name: 'P', children: [{ id: 'a', name: 'A', amount: 1.2 }, { id: 'b', name: 'B', amount: 0.3 }] }]));
    const p = get(s, 'p');
    assert.equal(p.amount.basis, 'children');
    assert.equal(p.amount.declared, undefined);
    assert.equal(p.amount.gross, oku(1.5));
    assert.equal(p.amount.counted, oku(1.5));
    assert.deepEqual(s.totals.amount.undeclaredTopLevel, ['p']);
    assert.equal(s.totals.amount.declaredTopLevel, 0);
    assert.equal(s.totals.amount.counted, oku(1.5));
    assert.deepEqual(s.mismatches, []);
  });

  it('reports mismatches both ways with both figures; a shortfall is unitemised', () => {
    // short: 18.4 declared, children 18.0 (再掲) + 0.3 = 18.3 → counted 0.4 vs 0.3, 0.1 unitemised.
    // over: 2.0 declared, children 1.5 + 1.0 = 2.5 → difference −0.5, nothing unitemised.
    const s = summarize(
      doc([
        { id: 'pmda', name: 'PMDA', amount: 18.0 },
        {
          id: 'short',
          name: '柱3',
          amount: 18.4,
          children: [{ id: 's1', name: 'S1', amount: 18.0, relistOf: 'pmda' }, { id: 's2', name: 'S2', amount: 0.3 }],
        },
        { id: 'over', name: '柱X', amount: 2.0, children: [{ id: 'o1', name: 'O1', amount: 1.5 }, { id: 'o2', name: 'O2', amount: 1.0 }] },
      ]),
    );
    assert.deepEqual(s.mismatches, [
      {
        id: 'short',
        name: '柱3',
        path: 'items[1]',
        namePath: ['柱3'],
        measure: 'amount',
        declared: oku(18.4),
        childrenGross: oku(18.3),
        counted: oku(0.4),
        childrenCounted: oku(0.3),
        difference: oku(0.1),
      },
      {
        id: 'over',
        name: '柱X',
        path: 'items[2]',
        namePath: ['柱X'],
        measure: 'amount',
        declared: oku(2.0),
        childrenGross: oku(2.5),
        counted: oku(2.0),
        childrenCounted: oku(2.5),
        difference: -oku(0.5),
      },
    ]);
    assert.equal(get(s, 'short').amount.unitemised, oku(0.1));
    assert.equal(get(s, 'over').amount.unitemised, 0);
    // The declared figures are kept: total = 18.0 + 0.4 + 2.0.
    assert.equal(s.totals.amount.counted, oku(20.4));
  });

  it('lists mismatches in document order, parent before child, amount before 補正', () => {
    // p: 10 vs 4 + 5 = 9; 補正 1 vs 2. c (inside p): 5 vs 2 + 2 = 4.
    const s = summarize(
      doc([
        {
          id: 'p',
          name: 'P',
          amount: 10,
          supplementary: 1,
          children: [
            { id: 'a', name: 'A', amount: 4, supplementary: 2 },
            { id: 'c', name: 'C', amount: 5, children: [{ id: 'c1', name: 'C1', amount: 2 }, { id: 'c2', name: 'C2', amount: 2 }] },
          ],
        },
      ]),
    );
    assert.deepEqual(
      s.mismatches.map((m) => [m.id, m.measure, m.path, m.namePath.join(' > '), m.difference]),
      [
        ['p', 'amount', 'items[0]', 'P', oku(1)],
        ['p', 'supplementary', 'items[0]', 'P', -oku(1)],
        ['c', 'amount', 'items[0].children[1]', 'P > C', oku(1)],
      ],
    );
  });

  it('treats a declared amount whose children give no figure as unitemised, not a mismatch', () => {
    const s = summarize(doc([{ id: 'p6', name: '柱6', amount: 5.8, children: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', note: '金額なし' }] }]));
    assert.deepEqual(s.mismatches, []);
    assert.equal(get(s, 'p6').amount.unitemised, oku(5.8));
    assert.equal(get(s, 'a').amount.basis, 'none');
    assert.equal(get(s, 'a').amount.counted, 0);
  });

  it('keeps 補正 apart from the initial total and checks it like amounts', () => {
    // p1: 49.1 (補正4.2) with a child 20.0 (補正4.2): supplementary agrees.
    // p2: 23.1 (補正1.3) with a child 5.1 (補正4.2): supplementary mismatch 1.3 vs 4.2.
    const s = summarize(
      doc([
        { id: 'p1', name: 'P1', amount: 49.1, supplementary: 4.2, children: [{ id: 'g', name: 'G', amount: 20.0, supplementary: 4.2 }, { id: 'd', name: 'D', amount: 29.1 }] },
        { id: 'p2', name: 'P2', amount: 23.1, supplementary: 1.3, children: [{ id: 'r', name: 'R', amount: 5.1, supplementary: 4.2 }, { id: 'm', name: 'M', amount: 18.0 }] },
      ]),
    );
    assert.equal(s.totals.amount.counted, oku(72.2));
    assert.equal(s.totals.supplementary.counted, oku(5.5));
    assert.equal(s.hasSupplementary, true);
    assert.deepEqual(
      s.mismatches.map((m) => [m.id, m.measure, m.declared, m.childrenGross, m.difference]),
      [['p2', 'supplementary', oku(1.3), oku(4.2), -oku(2.9)]],
    );
  });

  it('lists 再掲 items whose amount differs from the original', () => {
    // r1 re-lists o (18.0) as 18.0: fine. r2 re-lists o as 20.0: 2.0 would vanish from the totals.
    const s = summarize(
      doc([
        { id: 'o', name: 'O', amount: 18 },
        { id: 'p', name: 'P', amount: 40, children: [{ id: 'r1', name: 'R1', amount: 18, relistOf: 'o' }, { id: 'r2', name: 'R2', amount: 20, relistOf: 'o' }, { id: 'x', name: 'X', amount: 2 }] },
      ]),
    );
    assert.deepEqual(s.relistDifferences, [{ id: 'r2', path: 'items[1].children[1]', relistOf: 'o', amount: oku(20), original: oku(18) }]);
  });

  it('counts a 再掲 of a sibling once', () => {
    // p declares 6 (一部再掲) = a 3 + b 3 (再掲 of a): p counts 6 − 3 = 3; the total is 3, not 6.
    const s = summarize(doc([{ id: 'p', name: 'P', amount: 6, children: [{ id: 'a', name: 'A', amount: 3 }, { id: 'b', name: 'B', amount: 3, relistOf: 'a' }] }]));
    assert.equal(get(s, 'p').amount.counted, oku(3));
    assert.equal(s.totals.amount.counted, oku(3));
  });

  it('counts a parent declaring less than the 再掲 inside it as 0 and reports it', () => {
    const s = summarize(doc([{ id: 'o', name: 'O', amount: 18 }, { id: 'p', name: 'P', amount: 10, children: [{ id: 'r', name: 'R', amount: 18, relistOf: 'o' }] }]));
    assert.equal(get(s, 'p').amount.counted, 0);
    assert.equal(s.totals.amount.counted, oku(18));
    assert.deepEqual(s.mismatches.map((m) => [m.id, m.difference]), [['p', -oku(8)]]);
  });

  it('computes year-on-year only from complete 前年度 figures', () => {
    // a: 5 (前年 4) → +1, ratio 1.25. b: parent of b1 5 (前年 6) and b2 1 (no 前年) → not comparable.
    const s = summarize(
      doc([
        { id: 'a', name: 'A', amount: 5, previous: 4 },
        { id: 'b', name: 'B', children: [{ id: 'b1', name: 'B1', amount: 5, previous: 6 }, { id: 'b2', name: 'B2', amount: 1 }] },
      ]),
    );
    assert.deepEqual(get(s, 'a').change, { previous: oku(4), current: oku(5), difference: oku(1), ratio: 1.25 });
    assert.deepEqual(get(s, 'b1').change, { previous: oku(6), current: oku(5), difference: -oku(1), ratio: 5 / 6 });
    assert.equal(get(s, 'b').comparable, false);
    assert.equal(get(s, 'b').change, undefined);
    assert.equal(s.change, undefined);
    assert.equal(s.hasPrevious, true);

    // With b2's 前年度 given as 0 (a new program), everything is comparable:
    // this year 5 + 5 + 1 = 11, last year 4 + 6 + 0 = 10.
    const t = summarize(
      doc([
        { id: 'a', name: 'A', amount: 5, previous: 4 },
        { id: 'b', name: 'B', children: [{ id: 'b1', name: 'B1', amount: 5, previous: 6 }, { id: 'b2', name: 'B2', amount: 1, previous: 0 }] },
        { id: 'c', name: 'C', amount: 2, relistOf: 'a' },
      ]),
    );
    assert.deepEqual(get(t, 'b2').change, { previous: 0, current: oku(1), difference: oku(1) });
    assert.deepEqual(get(t, 'b').change, { previous: oku(6), current: oku(6), difference: 0, ratio: 1 });
    assert.deepEqual(t.change, { previous: oku(10), current: oku(11), difference: oku(1), ratio: 1.1 });
    assert.equal(get(t, 'c').change, undefined);
  });

  it('gives no year-on-year change where no 前年度 covers the money', () => {
    // p6-like: 5.8 declared, children without figures, no 前年度 anywhere below: no change
    // (not "+5.8 from 0"). q: 3 declared, children 1 (前年 1) + nothing: 2 is unitemised and
    // has no 前年度, so no change either.
    const s = summarize(
      doc([
        { id: 'p', name: 'P', amount: 5.8, children: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
        { id: 'q', name: 'Q', amount: 3, children: [{ id: 'q1', name: 'Q1', amount: 1, previous: 1 }] },
      ]),
    );
    assert.equal(get(s, 'p').comparable, false);
    assert.equal(get(s, 'p').change, undefined);
    assert.equal(get(s, 'q').comparable, false);
    assert.equal(get(s, 'q').change, undefined);
    assert.equal(get(s, 'q1').comparable, true);
    assert.equal(s.change, undefined);
  });
});

describe('summarizeBudget: data/pharma-budget.json (seeds/004, 医薬品産業強化総合戦略 平成30年度予算案)', () => {
  const s = loadBudgetSeed('pharma-budget.json').summary;
  const pillars = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => get(s, id));

  it('keeps the summary slide figures as declared; pillar 7 has none', () => {
    // Slide 1 lists six figures: 49.1, 23.1, 18.4, 2.8, 19.3, 5.8; the detail slides show the
    // 5.8 on pillar 6 (ベンチャー) and no figure on pillar 7 (流通改善).
    assert.deepEqual(
      pillars.map((p) => p.amount.declared),
      [oku(49.1), oku(23.1), oku(18.4), oku(2.8), oku(19.3), oku(5.8), undefined],
    );
    // Naively: 49.1 + 23.1 + 18.4 + 2.8 + 19.3 + 5.8 = 118.5
    assert.equal(s.totals.amount.declaredTopLevel, 11_850_000_000);
    assert.deepEqual(s.totals.amount.undeclaredTopLevel, ['p7']);
    assert.equal(get(s, 'p7').amount.basis, 'none');
  });

  it('counts every yen once: 118.5 − 18.0 (柱3 再掲) − 0.3 (柱4 再掲) − 18.0 (柱5 再掲) = 82.2億円', () => {
    assert.equal(s.totals.amount.counted, 8_220_000_000);
    // Pillar by pillar: 49.1, 23.1, 18.4 − 18.0 = 0.4, 2.8 − 0.3 = 2.5, 19.3 − 18.0 = 1.3, 5.8, 0.
    assert.deepEqual(
      pillars.map((p) => p.amount.counted),
      [oku(49.1), oku(23.1), oku(0.4), oku(2.5), oku(1.3), oku(5.8), 0],
    );
    assert.deepEqual(
      pillars.map((p) => p.partlyRelisted),
      [false, false, true, true, true, false, false],
    );
    assert.deepEqual(
      s.relisted.map((i) => [i.id, i.relistOf, i.amount.declared]),
      [
        ['p3-bio-pmda', 'p2-pmda', oku(18.0)],
        ['p4-biosimilar', 'p3-bio-training', oku(0.3)],
        ['p5-training', 'p2-pmda', oku(18.0)],
      ],
    );
    assert.deepEqual(get(s, 'p2-pmda').relistedBy, ['p3-bio-pmda', 'p5-training']);
    // Each 再掲 repeats its original's figure (18.0, 0.3, 18.0).
    assert.deepEqual(s.relistDifferences, []);
    // 内数: 13.5億円の内数 (AI) and 11.2億円の内数 add nothing.
    assert.deepEqual(
      s.partOf.map((i) => [i.id, i.partOf?.amount, i.amount.counted]),
      [
        ['p1-ai', oku(13.5), 0],
        ['p3-production-rules', oku(11.2), 0],
      ],
    );
  });

  it('keeps 補正 apart: 4.2 + 1.3 + 1.8 = 7.3億円 as declared on the summary slide', () => {
    assert.equal(s.totals.supplementary.counted, 730_000_000);
    assert.equal(s.totals.supplementary.declaredTopLevel, 730_000_000);
    assert.equal(get(s, 'p1-genome').supplementary.declared, oku(4.2));
    assert.equal(get(s, 'p4-guidelines').supplementary.declared, oku(1.8));
  });

  it('reports exactly the two disagreements of the deck, with both figures', () => {
    // 柱1: 20.0 + 28.1 + 1.0 = 49.1 (the 13.5 内数 adds nothing): agrees; 補正 4.2 = 4.2.
    // 柱2: 5.1 + 18.0 = 23.1 agrees; but 補正 1.3 (summary) vs 4.2 (detail slide).
    // 柱3: 18.0 (再掲) + 0.3 = 18.3 vs 18.4: 0.1 short (counted 0.4 vs 0.3).
    // 柱4: 2.5 + 0.3 (再掲) = 2.8 agrees; 補正 1.8 = 1.8.
    // 柱5: 1.3 + 18.0 (再掲) = 19.3 agrees. 柱6: 5.8, no itemised figures. 柱7: none.
    assert.deepEqual(
      s.mismatches.map((m) => [m.id, m.measure, m.declared, m.childrenGross, m.counted, m.childrenCounted, m.difference]),
      [
        ['p2', 'supplementary', oku(1.3), oku(4.2), oku(1.3), oku(4.2), -oku(2.9)],
        ['p3', 'amount', oku(18.4), oku(18.3), oku(0.4), oku(0.3), oku(0.1)],
      ],
    );
    assert.equal(get(s, 'p3').amount.unitemised, oku(0.1));
    assert.equal(get(s, 'p6').amount.unitemised, oku(5.8));
    assert.equal(get(s, 'p1').amount.childrenCounted, oku(49.1));
    assert.equal(get(s, 'p5').amount.childrenCounted, oku(1.3));
  });

  it('names the slide of every item', () => {
    for (const item of s.order) assert.match(item.item.source ?? '', /スライド\d+/, item.id);
  });

  it('gives no year-on-year figures (the deck gives no 前年度 for the pillars)', () => {
    assert.equal(s.hasPrevious, false);
    assert.equal(s.change, undefined);
    assert.deepEqual(s.order.filter((i) => i.change !== undefined).map((i) => i.id), []);
  });
});

describe('summarizeBudget: data/midnet-budget.json (MID-NET and CIN slides)', () => {
  const s = loadBudgetSeed('midnet-budget.json').summary;

  it('reads the 千円 figures: 456,320千円 (前年 633,676千円), 補正 126,050千円', () => {
    const m = get(s, 'midnet');
    assert.equal(m.amount.declared, 456_320_000);
    assert.equal(m.previous.declared, 633_676_000);
    assert.equal(m.supplementary.declared, 126_050_000);
    // 456,320 − 633,676 = −177,356千円; 456,320 / 633,676 ≈ 0.7201 (a 28% cut).
    assert.deepEqual(m.change, { previous: 633_676_000, current: 456_320_000, difference: -177_356_000, ratio: 456_320 / 633_676 });
    assert.ok(Math.abs(m.change!.ratio! - 0.7201) < 0.0001);
  });

  it('adds CIN (0.7億円 = 70,000千円) to the total but gives no document year-on-year', () => {
    // 456,320 + 70,000 = 526,320千円; CIN has no 前年度 figure, so no document change.
    assert.equal(get(s, 'cin').amount.declared, 70_000_000);
    assert.equal(s.totals.amount.counted, 526_320_000);
    assert.equal(s.totals.supplementary.counted, 126_050_000);
    assert.equal(s.change, undefined);
    assert.equal(s.unit, '千円');
  });
});
