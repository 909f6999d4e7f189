import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { intersectRects, placeBeside } from '../../src/kit/place.js';

const bounds = { x: 0, y: 0, width: 1280, height: 800 };
const size = { width: 300, height: 200 };

describe('placeBeside', () => {
  it('puts the panel below the anchor, at its left edge, when there is room', () => {
    const p = placeBeside({ anchor: { x: 100, y: 100, width: 160, height: 60 }, size, bounds });
    assert.deepEqual(p, { x: 100, y: 166, side: 'below' });
  });

  it('goes to the right when there is no room below', () => {
    const p = placeBeside({ anchor: { x: 100, y: 700, width: 160, height: 60 }, size, bounds });
    assert.equal(p.side, 'right');
    assert.equal(p.x, 266);
    // Slid up so its bottom stays inside.
    assert.equal(p.y, 600);
  });

  it('flips above near the bottom right corner, and slides left to stay inside', () => {
    const p = placeBeside({ anchor: { x: 1150, y: 700, width: 120, height: 60 }, size, bounds });
    assert.deepEqual(p, { x: 980, y: 494, side: 'above' });
  });

  it('goes to the left when neither below, right nor above fits', () => {
    const p = placeBeside({ anchor: { x: 1000, y: 150, width: 200, height: 500 }, size, bounds });
    assert.deepEqual(p, { x: 694, y: 150, side: 'left' });
  });

  it('follows the given order of sides', () => {
    const p = placeBeside({ anchor: { x: 100, y: 100, width: 160, height: 60 }, size, bounds, order: ['right', 'below'], gap: 10 });
    assert.deepEqual(p, { x: 270, y: 100, side: 'right' });
  });

  it('with no side that fits, takes the roomiest and keeps the panel inside the bounds', () => {
    const small = { x: 0, y: 0, width: 400, height: 300 };
    const p = placeBeside({ anchor: { x: 50, y: 50, width: 300, height: 200 }, size, bounds: small });
    assert.ok(p.x >= 0 && p.x + (p.maxWidth ?? size.width) <= 400, `x ${p.x}`);
    assert.ok(p.y >= 0 && p.y + (p.maxHeight ?? size.height) <= 300, `y ${p.y}`);
    // Cut to the room below, it does not cover the anchor.
    assert.deepEqual(p, { x: 50, y: 256, side: 'below', maxHeight: 44 });
  });

  it('with no side that fits, cuts the panel to the roomiest side and keeps it off the anchor', () => {
    const p = placeBeside({ anchor: { x: 0, y: 1, width: 1280, height: 330 }, size: { width: 350, height: 302 }, bounds: { x: 0, y: 0, width: 1280, height: 600 } });
    assert.deepEqual(p, { x: 0, y: 337, side: 'below', maxHeight: 263 });
  });

  it('never puts a panel larger than the bounds before their top left corner (never negative)', () => {
    const p = placeBeside({ anchor: { x: 10, y: 10, width: 20, height: 20 }, size: { width: 900, height: 900 }, bounds: { x: 0, y: 0, width: 500, height: 400 } });
    assert.deepEqual(p, { x: 36, y: 0, side: 'right', maxWidth: 464 });
    assert.ok(p.x >= 0 && p.y >= 0 && p.x + p.maxWidth! <= 500);
  });

  it('keeps inside bounds that do not start at 0', () => {
    const p = placeBeside({ anchor: { x: 120, y: 120, width: 40, height: 20 }, size, bounds: { x: 100, y: 100, width: 350, height: 260 } });
    assert.ok(p.x >= 100 && p.x + 300 <= 450, `x ${p.x}`);
    assert.ok(p.y >= 100 && p.y + 200 <= 360, `y ${p.y}`);
  });

  it('keeps an anchor that is off the bounds from dragging the panel out', () => {
    const p = placeBeside({ anchor: { x: -500, y: 2000, width: 100, height: 40 }, size, bounds });
    assert.ok(p.x >= 0 && p.y >= 0 && p.x + 300 <= 1280 && p.y + 200 <= 800, JSON.stringify(p));
  });
});

describe('intersectRects', () => {
  it('is the shared part, or empty', () => {
    assert.deepEqual(intersectRects({ x: 0, y: 0, width: 100, height: 100 }, { x: 50, y: -20, width: 100, height: 60 }), { x: 50, y: 0, width: 50, height: 40 });
    assert.deepEqual(intersectRects({ x: 0, y: 0, width: 10, height: 10 }, { x: 50, y: 50, width: 5, height: 5 }), { x: 50, y: 50, width: 0, height: 0 });
  });
});
