// The budget treemap's accessible names (src/charts/budget/describe.ts), worded from the
// layout's figures and the summary of the seed budgets: what a screen reader says on each cell
// and reference mark, and the statuses the tooltip lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeTreemap, describeTreemapCell, describeTreemapRef, listTreemapCellNotes } from '../../src/charts/budget/describe.js';
import { budgetChart, summaryOf } from '../../src/charts/budget/index.js';
import type { LayoutTreemapOptions, TreemapRef } from '../../src/charts/budget/layout/index.js';
import type { BudgetDocument, Locale } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { budgetLazy } from '../../src/charts/budget/index.js';
// English layouts and names need the English words (loaded on first use in the browser).
import '../../src/words-en.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

// Change mode's key comes with the chart's lazy chunk (layout/later.ts).
await budgetLazy.load();

const pharma = loadBudgetSeed('pharma-budget.json').doc;
const midnet = loadBudgetSeed('midnet-budget.json').doc;

function names(doc: BudgetDocument, locale: Locale, extra: Partial<LayoutTreemapOptions> = {}) {
  const layout = budgetChart.layout({ doc, summary: summaryOf(doc), width: 1000, height: 600, measure: createApproxMeasure(12), locale, ...extra });
  return { layout, names: budgetChart.describe({ doc, layout, locale }) };
}

describe('describeTreemap (budget accessible names)', () => {
  it('names a pillar with its amount, share, the items with no area inside it and that it opens', () => {
    const { names: ja } = names(pharma, 'ja');
    assert.equal(ja.get('p1'), '日本発のシーズが生まれる研究開発環境の改善、49.1億円、全体の59.7%、ＡＩの活用による医薬品開発支援（13.5億円の内数）、選択すると内訳を表示');
    assert.equal(ja.get('p1-genome'), 'がんゲノム医療の戦略的推進、20.0億円、全体の24.3%');
    const { names: en } = names(pharma, 'en');
    assert.equal(en.get('p1'), '日本発のシーズが生まれる研究開発環境の改善, ¥4.91 billion, 59.7% of total, ＡＩの活用による医薬品開発支援 (part of ¥1.35 billion), select to show its items');
  });

  it('says a declared figure disagrees with its items, and how much of it is counted elsewhere (一部再掲)', () => {
    const { names: ja } = names(pharma, 'ja');
    assert.equal(
      ja.get('p3'),
      '医薬品の生産性向上（バイオシミラーを含む）と製造インフラの整備、0.4億円、全体の0.5%、記載額 18.4億円 と内訳の計 18.3億円 が一致しません、一部再掲（記載額 18.4億円 のうち 18.0億円 は他の項目で計上）、新生産技術に対応した効率的な品質管理等のルールの策定（11.2億円の内数）、選択すると内訳を表示',
    );
  });

  it('names money not itemised, and a 再掲 mark with where it is counted', () => {
    const { names: ja } = names(pharma, 'ja');
    assert.equal(ja.get('unitemised:p6'), '内訳の記載なし、5.8億円、全体の7.1%');
    assert.equal(ja.get('ref:p4-biosimilar'), 'バイオシミラーと既存薬の代替性の評価を含む、バイオシミラーの使用促進、再掲 0.3億円、再掲（計上先: バイオ医薬品の製造技術等に関する研修（新規予算事業））');
    // What the chip holds (R12-7-1: a chip has no area to draw it in).
    assert.equal(ja.get('ref:p7'), '医療用医薬品の流通改善への一層の対応、金額の記載なし、流通改善ガイドラインの策定（金額の記載なし）');
  });

  it('names a "+N" mark by how many it stands for and where they are shown', () => {
    const { names: ja } = names(pharma, 'ja');
    // p6 keeps two rows of marks (two shown), so one is left for the drilled view.
    assert.equal(ja.get('more:p6'), '面積のない項目（再掲・内数など）があと1件、選択すると表示');
    const ctx = { summary: summaryOf(pharma), locale: 'ja' as const };
    const more: TreemapRef = { key: 'more:', kind: 'more', id: '', name: '+3件', path: '', text: '+3件', hidden: 3, x: 0, y: 0, width: 10, height: 10 };
    assert.equal(describeTreemapRef(ctx, more), '面積のない項目（再掲・内数など）があと3件、表に記載');
    assert.equal(describeTreemapRef({ ...ctx, locale: 'en' }, { ...more, drill: { id: 'p1', offset: 0 } }), '3 more items without area (re-listed, part-of…), select to show them');
  });

  it('names every drawn cell and mark, and nothing else', () => {
    for (const doc of [pharma, midnet]) {
      const { layout, names: ja } = names(doc, 'ja');
      const keys = [...layout.cells.flatMap((c) => [c.key, ...c.refs.map((r) => r.key)]), ...layout.rootRefs.map((r) => r.key)];
      assert.deepEqual([...ja.keys()].sort(), [...new Set(keys)].sort());
      for (const name of ja.values()) assert.ok(name.length > 0);
    }
  });

  it('names bars with the change on the previous year in change mode', () => {
    const { layout, names: ja } = names(midnet, 'ja', { mode: 'change' });
    assert.equal(layout.form, 'bars');
    assert.equal(ja.get('midnet'), '医療情報データベース推進事業（MID-NET）、4.5632億円、全体の86.7%、前年度比 ▲1.7736億円');
    assert.equal(ja.get('cin'), 'クリニカル・イノベーション・ネットワーク推進支援事業、0.7億円、全体の13.3%、前年度の記載なし');
  });

  it('lists a cell\'s statuses for the tooltip, as its name ends', () => {
    const { layout } = names(pharma, 'ja');
    const summary = summaryOf(pharma);
    const p5 = layout.cells.find((c) => c.key === 'p5')!;
    assert.deepEqual(listTreemapCellNotes({ summary, locale: 'ja' }, p5), [
      '一部再掲（記載額 19.3億円 のうち 18.0億円 は他の項目で計上）',
      '医薬品等の国際展開に向けた環境整備のための人材育成（再掲 18.0億円）',
      '選択すると内訳を表示',
    ]);
    assert.ok(describeTreemapCell({ summary, locale: 'ja' }, p5).endsWith(listTreemapCellNotes({ summary, locale: 'ja' }, p5).join('、')));
    assert.deepEqual(new Map(describeTreemap({ summary, layout, locale: 'ja' })), new Map(budgetChart.describe({ doc: pharma, layout, locale: 'ja' })));
  });
});
