// The every-level view's code (min-cell-area 0) and change mode's key come with the treemap's
// lazy chunk (layout/later.ts): laying out such a view before loading it is a caller's bug and
// says so; the usual view never needs it. Its own file: no other test has loaded the chunk here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { budgetLazy, summaryOf } from '../../src/charts/budget/index.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { parseBudget } from '../../src/data/budget.js';
import { createApproxMeasure } from '../../src/kit/text.js';

const parsed = parseBudget(JSON.parse(readFileSync(new URL('../../data/pharma-budget.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('pharma-budget.json does not parse');
const doc = parsed.value;
const options = { doc, summary: summaryOf(doc), width: 1000, height: 600, measure: createApproxMeasure(12) };

it('lays out the usual view without the lazy chunk, an every-level view, change mode or the bar form only once it is loaded', async () => {
  assert.equal(budgetLazy.value, undefined);
  const usual = layoutTreemap(options);
  assert.ok(usual.cells.some((c) => c.level === 2));
  assert.throws(() => layoutTreemap({ ...options, minCellArea: 0 }), /tileEveryLevel before its code is loaded/);
  assert.throws(() => layoutTreemap({ ...options, mode: 'change' }), /layoutChangeKey before its code is loaded/);
  assert.throws(() => layoutTreemap({ ...options, form: 'bars' }), /layoutBars before its code is loaded/);
  await budgetLazy.load();
  assert.equal(layoutTreemap({ ...options, form: 'bars' }).form, 'bars');
  assert.ok(layoutTreemap({ ...options, mode: 'change' }).changeKey);
  const every = layoutTreemap({ ...options, minCellArea: 0 });
  // Every leaf of the budget is a cell: more than the usual view's two levels.
  assert.ok(every.cells.length > usual.cells.length);
  assert.equal(every.cells.filter((c) => c.kind === 'others').length, 0);
});
