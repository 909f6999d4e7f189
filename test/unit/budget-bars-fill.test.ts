import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetLazy } from '../../src/charts/budget/index.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

// Bars come with the chart's lazy chunk.
await budgetLazy.load();

// midnet-budget (two items) is drawn as bars; on a CLI slide they sat in its top fifth (live review).
const { doc, summary } = loadBudgetSeed('midnet-budget.json');
const lay = (fillHeight: boolean, supplementary: 'initial' | 'with-supplementary' = 'initial') =>
  layoutTreemap({ doc, summary, width: 1888, height: 760, measure: createApproxMeasure(12), fontSize: 18, fillHeight, supplementary });

describe('bars on a slide fill its height (midnet-budget)', () => {
  it('takes the height its rows need on a page, and the whole height with fillHeight', () => {
    const page = lay(false);
    assert.equal(page.form, 'bars');
    assert.ok(page.height < 760 / 3, `rows need ${page.height}`);
    const slide = lay(true);
    assert.equal(slide.form, 'bars');
    assert.equal(slide.cells.length, 2);
    const bottom = Math.max(...slide.cells.map((c) => c.y + c.height));
    assert.ok(bottom >= 760 - 2 && bottom <= 760, `rows reach ${bottom} of 760`);
  });

  it('thickens the bars and keeps each name and figure level with its bar, inside its row', () => {
    const page = lay(false);
    const slide = lay(true);
    for (const [i, c] of slide.cells.entries()) {
      const bar = c.bar!;
      assert.ok(bar.height > 2 * page.cells[i]!.bar!.height, `${c.key} bar ${bar.height}px`);
      assert.ok(bar.y >= c.y && bar.y + bar.height <= c.y + c.height, `${c.key} bar inside its row`);
      const mid = bar.y + bar.height / 2;
      for (const label of [c.label!, c.figureLabel!]) {
        const top = label.y - label.fontSize;
        const linesH = label.lines.length * label.lineHeight;
        assert.ok(top >= c.y && top + linesH <= c.y + c.height, `${c.key} text inside its row`);
        assert.ok(Math.abs(top + linesH / 2 - mid) <= label.lineHeight, `${c.key} text level with its bar`);
      }
    }
  });

  it('draws the hatched 補正 as thick as the bar it follows', () => {
    for (const fill of [false, true]) {
      const c = lay(fill, 'with-supplementary').cells.find((x) => x.key === 'midnet')!;
      assert.ok(c.supplementaryRect, 'midnet has 補正');
      assert.equal(c.supplementaryRect.height, c.bar!.height);
      assert.equal(c.supplementaryRect.y, c.bar!.y);
    }
  });

  it('fills the height with names above their bars too (narrow: a PPTX slide at 1 pt a px)', () => {
    const narrow = (fillHeight: boolean) => layoutTreemap({ doc, summary, width: 400, height: 600, measure: createApproxMeasure(12), fontSize: 18, fillHeight });
    const page = narrow(false);
    const slide = narrow(true);
    const bottom = Math.max(...slide.cells.map((c) => c.y + c.height));
    assert.ok(bottom >= 598 && bottom <= 600, `rows reach ${bottom} of 600`);
    for (const [i, c] of slide.cells.entries()) {
      const bar = c.bar!;
      assert.ok(bar.height > page.cells[i]!.bar!.height, `${c.key} bar thicker`);
      const nameBottom = c.label!.y - c.label!.fontSize + c.label!.lines.length * c.label!.lineHeight;
      assert.ok(c.label!.y - c.label!.fontSize >= c.y && nameBottom <= bar.y, `${c.key} name above its bar`);
      assert.ok(bar.y + bar.height <= c.y + c.height, `${c.key} bar inside its row`);
    }
  });
});
