// The treemap element's parts that run in Node: the progressive table rows, the tooltip's
// place, the legend's entries and the CSV table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ProgressiveRowsController } from '../../src/kit/controllers/progressive-rows-controller.js';
import { dataTableRows } from '../../src/kit/data-table.js';
import { budgetDataTable } from '../../src/charts/budget/table.js';
import { placeTreemapTooltip } from '../../src/charts/budget/tooltip.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

function fakeHost(): ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(c: ReactiveController) {
      host.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ProgressiveRowsController', () => {
  const rows = Array.from({ length: 2600 }, (_, i) => [i]);

  it('renders the first chunks at once and adds more in each later task until every row is in', async () => {
    const host = fakeHost();
    const c = new ProgressiveRowsController(host, { chunk: 250, first: 4, step: 8, active: () => true });
    c.use(rows, false);
    assert.equal(c.chunks.length, 11);
    assert.equal(c.shown, 4);
    assert.equal(c.shownRows, 1000);
    assert.equal(c.busy, true);
    await nextTask();
    assert.equal(c.shown, 11);
    assert.equal(host.updates, 1);
    c.use(rows, false);
    assert.equal(c.busy, false);
    assert.equal(c.shownRows, 2600);
  });

  it('renders everything at once for the server, and stops adding when the table is hidden', async () => {
    const all = new ProgressiveRowsController(fakeHost(), { chunk: 250, first: 4, step: 8, active: () => true });
    all.use(rows, true);
    assert.equal(all.shown, 11);
    let shown = true;
    const host = fakeHost();
    const hidden = new ProgressiveRowsController(host, { chunk: 250, first: 1, step: 1, active: () => shown });
    hidden.use(rows, false);
    shown = false;
    await nextTask();
    assert.equal(hidden.shown, 1);
    assert.equal(host.updates, 0);
  });
});

describe('placeTreemapTooltip', () => {
  const lines = ['本部', '1,000億円（全体の10%）'];
  it('goes below the cell when it fits, else above it, and never past the drawing\'s right edge', () => {
    assert.deepEqual(placeTreemapTooltip({ box: { x: 10, y: 10, width: 100, height: 50 }, lines, width: 800, height: 500, locale: 'ja' }), { left: 10, top: 66, width: 300 });
    const above = placeTreemapTooltip({ box: { x: 700, y: 400, width: 100, height: 90 }, lines, width: 800, height: 500, locale: 'ja' });
    assert.deepEqual(above, { left: 500, top: 400 - 6 - 54, width: 300 });
  });

  it('narrows to a narrow drawing and overlaps the top of a cell that fills it', () => {
    assert.deepEqual(placeTreemapTooltip({ box: { x: 0, y: 0, width: 200, height: 300 }, lines, width: 200, height: 300, locale: 'en' }), { left: 0, top: 4, width: 200 });
  });
});

describe('budgetDataTable', () => {
  it('lists every item with figures in whole yen, the header first, as the CSV export writes it', () => {
    const { summary } = loadBudgetSeed('midnet-budget.json');
    const rows = dataTableRows(budgetDataTable({ summary, locale: 'en' }));
    assert.equal(rows[0]![0], 'id');
    assert.equal(rows.length, summary.items.size + 1);
    assert.ok(rows.slice(1).every((row) => typeof row[5] === 'number'));
  });
});
