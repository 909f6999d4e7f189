// The charts' idle warm-up (src/charts/budget/warm-up.ts, src/charts/org/warm-up.ts) runs their code
// on a small made-up document so that a fresh tab's first real chart does not run it for the first
// time. A sample that no longer reads cleanly, or that no longer reaches the label fitting or the
// box text, would quietly warm up nothing: these check that each is read without a problem and
// takes the paths a real document takes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetChart, summaryOf } from '../../src/charts/budget/index.js';
import { sampleBudget } from '../../src/charts/budget/warm-up.js';
import { orgChart } from '../../src/charts/org/index.js';
import { collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { sampleOrganization } from '../../src/charts/org/warm-up.js';
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

describe('the org chart warm-up sample', () => {
  const parsed = orgChart.parse(sampleOrganization());

  it('is read without a problem', () => {
    assert.equal(parsed.ok, true, JSON.stringify(parsed.ok ? [] : parsed.issues));
    assert.deepEqual(parsed.warnings ?? [], []);
  });

  it('is laid out as a large chart first is: lanes, roles, a typed link and collapsed bodies, names on several lines', () => {
    assert.ok(parsed.ok);
    const doc = parsed.value;
    for (const width of [360, 1000]) {
      const layout = orgChart.layout({ doc, width, measure: createApproxMeasure(14), measureSize: 14, locale: 'ja', collapsed: collapseBelowDepth({ doc, depth: 2 }) });
      assert.ok(layout.lanes.length >= 1, `${width}px: lanes`);
      assert.equal(layout.links.length, 1, `${width}px: the typed link drawn`);
      assert.ok(layout.nodes.some((n) => !n.expanded && n.childCount > 0), `${width}px: a collapsed body`);
      assert.ok(layout.nodes.some((n) => n.lines.length > 2), `${width}px: a box of several lines`);
    }
  });
});
