// The top-level list on a slide (review: story lint FiftyThousandLeaves@slide, 37 pillars with their
// 再掲 lines ran the treemap 514 px past the 1,048 px slide): the web's `preset="slide"` keeps to
// the deck's rule, one function (layout/top-items.ts `slideTopItems`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { SLIDE_TOP_ITEMS, slideTopItems } from '../../src/charts/budget/layout/top-items.js';
import { slideHeaderLines } from '../../src/charts/budget/pptx.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import { parseBudgetFixture } from '../fixtures/budget-seeds.js';

const { doc, summary } = parseBudgetFixture(generateBudget({ leaves: 3000, seed: 7 }));
const measure = createApproxMeasure(12);
const lay = (slide: boolean) => layoutTreemap({ doc, summary, width: 1888, height: 600, measure, fontSize: 18, slide });

describe('the top-level list on a slide', () => {
  it('keeps a list of up to 8 whole; of a longer one, the first 7 and how many more', () => {
    assert.equal(SLIDE_TOP_ITEMS, 8);
    assert.deepEqual(slideTopItems([1, 2, 3, 4, 5, 6, 7, 8]), { shown: [1, 2, 3, 4, 5, 6, 7, 8], more: 0 });
    assert.deepEqual(slideTopItems([1, 2, 3, 4, 5, 6, 7, 8, 9]), { shown: [1, 2, 3, 4, 5, 6, 7], more: 2 });
  });

  it('preset="slide": 7 items shown, 「ほかN項目」 folds the rest (the table lists them); a page lists all', () => {
    const slide = lay(true);
    const n = slide.topItems.length;
    assert.ok(n > 8, `${n} top-level items`);
    assert.equal(slide.topItemsFolded, `ほか${n - 7}項目（表にも記載）`);
    assert.deepEqual(slide.topItemsUnfolded, slide.topItems.slice(0, 7).map((t) => t.id));
    // Every item is still in the layout's list (the fold opens in place).
    assert.equal(slide.topItems.length, summary.order.filter((t) => t.depth === 0).length);
    assert.equal(lay(false).topItemsFolded, undefined);
  });

  it('the deck folds at the same place', () => {
    const slide = lay(true);
    const lines = slideHeaderLines(doc, slide, 'ja');
    const n = slide.topItems.length;
    assert.equal(lines[lines.length - 1], `ほか${n - 7}項目（ノートに記載）`);
    assert.equal(lines.filter((l) => /^\d+\. /u.test(l)).length, 7);
  });
});
