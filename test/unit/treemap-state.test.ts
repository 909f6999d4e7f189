import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { ancestorKeyIn, drillUp, treemapKeyAction } from '../../src/charts/budget/keys.js';
import { drillToItem, listTreemapNav } from '../../src/charts/budget/state.js';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { createApproxMeasure } from '../../src/kit/text.js';

// 甲 (60億, two children) and 乙 (30億, a leaf).
const parsed = parseBudget({
  type: 'budget',
  unit: '億円',
  items: [
    { id: 'a', name: '甲', amount: 60, children: [{ id: 'a1', name: '甲一', amount: 40 }, { id: 'a2', name: '甲二', amount: 20 }] },
    { id: 'b', name: '乙', amount: 30 },
  ],
});
assert.ok(parsed.ok);
const doc = parsed.value;
const summary = summarizeBudget(doc);
const layoutAt = (focusId?: string) => layoutTreemap({ doc, summary, width: 1000, height: 600, measure: createApproxMeasure(12), focusId });

describe('listTreemapNav', () => {
  it('lists each pillar followed by its cells, in drawing order', () => {
    const nav = listTreemapNav(layoutAt());
    assert.deepEqual(
      nav.map((e) => [e.key, e.level, e.parentKey]),
      [
        ['a', 1, undefined],
        ['a1', 2, 'a'],
        ['a2', 2, 'a'],
        ['b', 1, undefined],
      ],
    );
  });

  it('inside a pillar, lists its children at the top level', () => {
    assert.deepEqual(
      listTreemapNav(layoutAt('a')).map((e) => [e.key, e.level]),
      [
        ['a1', 1],
        ['a2', 1],
      ],
    );
  });
});

describe('treemapKeyAction', () => {
  const nav = listTreemapNav(layoutAt());

  it('moves through the cells and stops at the ends', () => {
    assert.deepEqual(treemapKeyAction(nav, 'a', 'ArrowDown'), { kind: 'focus', key: 'a1' });
    assert.deepEqual(treemapKeyAction(nav, 'b', 'ArrowDown'), { kind: 'focus', key: 'b' });
    assert.deepEqual(treemapKeyAction(nav, 'a', 'ArrowUp'), { kind: 'focus', key: 'a' });
    assert.deepEqual(treemapKeyAction(nav, 'a2', 'Home'), { kind: 'focus', key: 'a' });
    assert.deepEqual(treemapKeyAction(nav, 'a', 'End'), { kind: 'focus', key: 'b' });
  });

  it('→ enters a pillar; a leaf without anything to open leaves the key alone', () => {
    assert.deepEqual(treemapKeyAction(nav, 'a', 'ArrowRight'), { kind: 'focus', key: 'a1' });
    assert.equal(treemapKeyAction(nav, 'b', 'ArrowRight'), undefined);
  });

  it('← goes to the pillar from inside it, and up a level from the top', () => {
    assert.deepEqual(treemapKeyAction(nav, 'a2', 'ArrowLeft'), { kind: 'focus', key: 'a' });
    assert.deepEqual(treemapKeyAction(nav, 'a', 'ArrowLeft'), { kind: 'up' });
  });

  it('Enter and Space activate; Escape and Backspace go up; other keys are not the treemap’s', () => {
    assert.deepEqual(treemapKeyAction(nav, 'a1', 'Enter'), { kind: 'activate' });
    assert.deepEqual(treemapKeyAction(nav, 'a1', ' '), { kind: 'activate' });
    assert.deepEqual(treemapKeyAction(nav, 'a1', 'Escape'), { kind: 'up' });
    assert.deepEqual(treemapKeyAction(nav, 'a1', 'Backspace'), { kind: 'up' });
    assert.equal(treemapKeyAction(nav, 'a1', 'x'), undefined);
    assert.equal(treemapKeyAction(nav, 'gone', 'ArrowDown'), undefined);
  });
});

describe('drill state', () => {
  it('drillToItem: an item with children fills the chart; a leaf shows its parent, focused', () => {
    assert.deepEqual(drillToItem(summary, 'a'), { focusId: 'a', focusOffset: 0 });
    assert.deepEqual(drillToItem(summary, 'a2'), { focusId: 'a', focusOffset: 0, activeKey: 'a2' });
    assert.deepEqual(drillToItem(summary, 'b'), { focusId: undefined, focusOffset: 0, activeKey: 'b' });
    assert.deepEqual(drillToItem(summary, undefined), { focusOffset: 0 });
    assert.equal(drillToItem(summary, 'nope'), undefined);
  });

  it('drillUp: from an item to its parent with the item focused; from an "others" page to its item; nothing at the top', () => {
    assert.deepEqual(drillUp(summary, { focusId: 'a', focusOffset: 0 }), { target: { offset: 0 }, activeKey: 'a' });
    assert.deepEqual(drillUp(summary, { focusId: 'a', focusOffset: 5 }), { target: { id: 'a', offset: 0 } });
    assert.deepEqual(drillUp(summary, { focusOffset: 5 }), { target: { offset: 0 } });
    assert.equal(drillUp(summary, { focusOffset: 0 }), undefined);
  });

  it('ancestorKeyIn: the cell of the view that holds an item', () => {
    assert.equal(ancestorKeyIn(summary, 'a2', undefined), 'a');
    assert.equal(ancestorKeyIn(summary, 'a2', 'a'), 'a2');
    assert.equal(ancestorKeyIn(summary, 'b', 'a'), undefined);
  });
});
