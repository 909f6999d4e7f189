/**
 * The view after a reader's expand or collapse keeps the body toggled where it was on the screen
 * (fit.ts anchorOrgView; review R10-0-13), as far as the drawing stays whole in its window, and
 * glides there (layout-controller.ts glideOf). The browser test org-toggle-anchor checks the
 * boxes on the screen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorOrgView } from '../../src/charts/org/fit.js';
import { glideOf } from '../../src/charts/org/layout-controller.js';

describe('org view after an expand or collapse', () => {
  // The governance chart at 1,280 px: collapsing 推進会議 moves it from (312, 244) to (42, 254) in
  // a drawing 976 × 514 px (was 1,262 × 1,018), whose window kept its offset 9.
  const before = { k: 1, tx: 9, ty: 0, width: 1280, height: 1018 };
  const view = { ...before, height: 514 };
  const content = { width: 976, height: 514 };
  const from = { x: 312, y: 244 };

  it('moves the drawing by as much as the body moved in it', () => {
    assert.deepEqual(anchorOrgView({ content, before, view, from, to: { x: 42, y: 254 } }), { ...view, tx: 279, ty: -10 });
  });

  it('keeps every box whole in the window: only the empty margin (12 px) may leave it', () => {
    assert.equal(anchorOrgView({ content, before, view, from, to: { x: 42 - 200, y: 254 } }).tx, 1280 - 976 + 12, 'right edge');
    assert.equal(anchorOrgView({ content, before, view, from, to: { x: 312 + 100, y: 254 } }).tx, -12, 'left edge');
    assert.equal(anchorOrgView({ content, before, view, from, to: { x: 42, y: 244 + 300 } }).ty, -12, 'top');
    assert.equal(anchorOrgView({ content, before, view, from, to: { x: 42, y: 244 - 50 } }).ty, 0, 'not down in a window as tall as the drawing');
    const fixed = { ...view, height: 800 };
    assert.equal(anchorOrgView({ content, before, view: fixed, from, to: { x: 42, y: 244 - 50 } }).ty, 50, 'down in a taller fixed window');
    assert.equal(anchorOrgView({ content, before, view: fixed, from, to: { x: 42, y: 244 - 500 } }).ty, 800 - 514, 'down to its bottom');
  });

  it('moves a drawing larger than its window within its pan range', () => {
    const wide = { width: 2000, height: 3000 };
    const small = { ...before, height: 1000 };
    assert.deepEqual(anchorOrgView({ content: wide, before: { ...small, tx: -300, ty: -400 }, view: small, from, to: { x: 412, y: 144 } }), { ...small, tx: -400, ty: -300 });
    assert.equal(anchorOrgView({ content: wide, before: small, view: small, from, to: { x: 0, y: 244 } }).tx, 0, 'not past its left edge');
    assert.equal(anchorOrgView({ content: wide, before: small, view: small, from, to: { x: 2000, y: 244 } }).tx, 1280 - 2000, 'nor its right');
  });

  it('leaves the view as given for another scale or window width', () => {
    assert.equal(anchorOrgView({ content, before: { ...before, k: 0.9 }, view, from, to: { x: 42, y: 254 } }), view);
    assert.equal(anchorOrgView({ content, before: { ...before, width: 1000 }, view, from, to: { x: 42, y: 254 } }), view);
    assert.equal(anchorOrgView({ content, before, view, from, to: from }), view, 'the body did not move');
  });

  it('glides from the last view to the new one, only at the same scale and width', () => {
    const after = { ...view, tx: 279, ty: -10 };
    assert.deepEqual(glideOf(before, after, true), { x: -270, y: 10, view: after, odd: true });
    assert.equal(glideOf(before, { ...after, k: 0.8 }, true), undefined);
    assert.equal(glideOf(before, { ...after, width: 1000 }, true), undefined);
    assert.equal(glideOf(before, { ...before, height: 500 }, true), undefined, 'the view did not move');
  });
});
