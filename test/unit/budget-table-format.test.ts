import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTreemapTable } from '../../src/charts/budget/table.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

const load = (file: string) => loadBudgetSeed(file).summary;

describe('the budget table writes amounts the one way its chart does', () => {
  it('MID-NET (456,320千円 beside 0.7億円): every amount in 億円, none in 億・万円', () => {
    const table = buildTreemapTable({ summary: load('midnet-budget.json'), locale: 'ja', caption: 'MID-NET' });
    const cells = [...table.rows.flatMap((r) => r.cells), ...table.totalRow].join(' ');
    assert.match(cells, /4\.5632億円/);
    assert.match(cells, /0\.7億円/);
    assert.doesNotMatch(cells, /万円/);
  });

  it('the pharma budget (every amount a tenth of 1億円) keeps one decimal: 49.1億円', () => {
    const table = buildTreemapTable({ summary: load('pharma-budget.json'), locale: 'ja', caption: 'pharma' });
    const cells = table.rows.flatMap((r) => r.cells).join(' ');
    assert.match(cells, /49\.1億円/);
    assert.doesNotMatch(cells, /万円/);
  });
});
