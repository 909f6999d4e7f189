// The treemap's idle warm-up (src/charts/budget/warm-up.ts) runs its code on a small made-up budget
// so that a fresh tab's first real chart does not run it for the first time. A sample that no
// longer reads cleanly, or that no longer reaches the label fitting, would quietly warm up nothing:
// these check that it is read without a problem and takes the paths a real budget takes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetChart, summaryOf } from '../../src/charts/budget/index.js';
import { sampleBudget } from '../../src/charts/budget/warm-up.js';
import { createApproxMeasure } from '../../src/kit/text.js';

describe('the treemap warm-up sample', () => {
  const parsed = budgetChart.parse(sampleBudget());

  it('is read without a problem', () => {
    assert.equal(parsed.ok, true, JSON.stringify(parsed.ok ? [] : parsed.issues));
    assert.deepEqual(parsed.warnings ?? [], []);
  });

  it('has what real budgets have: two levels, 補正, 前年度, 再掲 and 内数', () => {
    assert.ok(parsed.ok);
    const summary = summaryOf(parsed.value);
    assert.equal(summary.hasSupplementary, true);
    assert.equal(summary.hasPrevious, true);
    assert.equal(summary.relisted.length, 1);
    assert.equal(summary.partOf.length, 1);
    assert.ok(summary.order.some((s) => s.depth === 1));
  });

  it('is laid out with labels on several lines at a phone and a page width', () => {
    assert.ok(parsed.ok);
    const doc = parsed.value;
    const summary = summaryOf(doc);
    for (const width of [360, 800]) {
      const layout = budgetChart.layout({ doc, summary, width, height: width * 0.6, measure: createApproxMeasure(12), locale: 'ja', minCellArea: 784 });
      const labelled = layout.cells.filter((c) => c.label);
      assert.ok(labelled.length >= 10, `${width}px: ${labelled.length} labelled cells`);
      assert.ok(labelled.some((c) => c.label!.lines.length > 1), `${width}px: a label on several lines`);
    }
  });
});

