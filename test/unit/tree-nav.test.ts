import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTypeAhead, nextListFocus, nextFocus, type TreeNavItem } from '../../src/kit/tree-nav.js';

// r (expanded) ─ a (collapsed, 2 children hidden)
//              └ b (leaf)
// s (root, leaf)
const items: TreeNavItem[] = [
  { id: 'r', childIds: ['a', 'b'], childCount: 2, expanded: true },
  { id: 'a', parentId: 'r', childIds: [], childCount: 2, expanded: false },
  { id: 'b', parentId: 'r', childIds: [], childCount: 0, expanded: false },
  { id: 's', childIds: [], childCount: 0, expanded: false },
];

describe('nextFocus', () => {
  it('moves down, up, home and end through the visible items', () => {
    assert.deepEqual(nextFocus(items, 'a', 'ArrowDown'), { kind: 'focus', id: 'b' });
    assert.deepEqual(nextFocus(items, 'a', 'ArrowUp'), { kind: 'focus', id: 'r' });
    assert.deepEqual(nextFocus(items, 'b', 'Home'), { kind: 'focus', id: 'r' });
    assert.deepEqual(nextFocus(items, 'r', 'End'), { kind: 'focus', id: 's' });
  });

  it('stays on the item at either end of the list', () => {
    assert.deepEqual(nextFocus(items, 's', 'ArrowDown'), { kind: 'focus', id: 's' });
    assert.deepEqual(nextFocus(items, 'r', 'ArrowUp'), { kind: 'focus', id: 'r' });
  });

  it('→ expands a collapsed item, or goes to the first child of an expanded one; on a leaf it stays', () => {
    assert.deepEqual(nextFocus(items, 'a', 'ArrowRight'), { kind: 'expand', ids: ['a'] });
    assert.deepEqual(nextFocus(items, 'r', 'ArrowRight'), { kind: 'focus', id: 'a' });
    assert.deepEqual(nextFocus(items, 'b', 'ArrowRight'), { kind: 'focus', id: 'b' });
  });

  it('← collapses an expanded item, or goes to the parent', () => {
    assert.deepEqual(nextFocus(items, 'r', 'ArrowLeft'), { kind: 'collapse', id: 'r' });
    assert.deepEqual(nextFocus(items, 'b', 'ArrowLeft'), { kind: 'focus', id: 'r' });
    assert.deepEqual(nextFocus(items, 's', 'ArrowLeft'), { kind: 'focus', id: 's' });
  });

  it('Enter selects; Space toggles an item with children and selects a leaf', () => {
    assert.deepEqual(nextFocus(items, 'a', 'Enter'), { kind: 'select', id: 'a' });
    assert.deepEqual(nextFocus(items, 'a', ' '), { kind: 'toggle', id: 'a' });
    assert.deepEqual(nextFocus(items, 'b', ' '), { kind: 'select', id: 'b' });
  });

  it('* expands the item and its siblings (the roots, for a root)', () => {
    assert.deepEqual(nextFocus(items, 'b', '*'), { kind: 'expand', ids: ['a', 'b'] });
    assert.deepEqual(nextFocus(items, 's', '*'), { kind: 'expand', ids: ['r', 's'] });
  });

  it('leaves other keys, and an unknown item, to the caller', () => {
    assert.equal(nextFocus(items, 'a', 'x'), undefined);
    assert.equal(nextFocus(items, 'a', 'Tab'), undefined);
    assert.equal(nextFocus(items, 'gone', 'ArrowDown'), undefined);
  });
});

describe('findTypeAhead', () => {
  const names = [['本部'], ['甲会議', 'こう'], ['乙会議'], ['本会議']];

  it('a new prefix searches from the item after the focused one, wrapping', () => {
    assert.equal(findTypeAhead({ names, from: 0, prefix: '本', continued: false }), 3);
    assert.equal(findTypeAhead({ names, from: 3, prefix: '本', continued: false }), 0);
  });

  it('a growing prefix may stay on the focused item; aliases match too', () => {
    assert.equal(findTypeAhead({ names, from: 0, prefix: '本部', continued: true }), 0);
    assert.equal(findTypeAhead({ names, from: 0, prefix: 'こ', continued: false }), 1);
  });

  it('gives -1 when nothing matches', () => {
    assert.equal(findTypeAhead({ names, from: 0, prefix: '丙', continued: false }), -1);
  });
});

describe('nextListFocus (the effect chart\'s marks)', () => {
  it('moves to the next and previous mark with either pair of arrows, and stays at the ends', () => {
    assert.deepEqual(nextListFocus(3, 0, 'ArrowDown'), { kind: 'focus', index: 1 });
    assert.deepEqual(nextListFocus(3, 0, 'ArrowRight'), { kind: 'focus', index: 1 });
    assert.deepEqual(nextListFocus(3, 2, 'ArrowDown'), { kind: 'focus', index: 2 });
    assert.deepEqual(nextListFocus(3, 2, 'ArrowUp'), { kind: 'focus', index: 1 });
    assert.deepEqual(nextListFocus(3, 0, 'ArrowLeft'), { kind: 'focus', index: 0 });
  });

  it('Home and End go to the first and last mark; Enter and Space select the one focused', () => {
    assert.deepEqual(nextListFocus(4, 2, 'Home'), { kind: 'focus', index: 0 });
    assert.deepEqual(nextListFocus(4, 1, 'End'), { kind: 'focus', index: 3 });
    assert.deepEqual(nextListFocus(4, 1, 'Enter'), { kind: 'select', index: 1 });
    assert.deepEqual(nextListFocus(4, 1, ' '), { kind: 'select', index: 1 });
  });

  it('leaves other keys, an empty list and an index outside it to the caller', () => {
    assert.equal(nextListFocus(4, 1, 'a'), undefined);
    assert.equal(nextListFocus(0, 0, 'ArrowDown'), undefined);
    assert.equal(nextListFocus(2, 5, 'Enter'), undefined);
  });
});
