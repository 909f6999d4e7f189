import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampView, fitView, fitWhole, pannable, panIntoView, zoomAt, type Viewport } from '../../src/kit/viewport.js';
import { pinchFactor } from '../../src/kit/controllers/pan-zoom-gestures.js';

const content = { width: 2000, height: 1000 };
const view = (v: Partial<Viewport>): Viewport => ({ k: 1, tx: 0, ty: 0, width: 800, height: 600, ...v });

describe('clampView', () => {
  it('centres a drawing narrower than the window and puts a short one at the top', () => {
    assert.deepEqual(clampView(view({ tx: -50, ty: 30 }), { width: 400, height: 300 }), view({ tx: 200, ty: 0 }));
  });

  it('stops a wide drawing at its edges and rounds to whole pixels', () => {
    assert.deepEqual(clampView(view({ tx: 10, ty: 5 }), content), view({ tx: 0, ty: 0 }));
    assert.deepEqual(clampView(view({ tx: -5000, ty: -900 }), content), view({ tx: -1200, ty: -400 }));
    assert.deepEqual(clampView(view({ tx: -100.6, ty: -10.2 }), content), view({ tx: -101, ty: -10 }));
  });
});

describe('fitView', () => {
  it('scales down to the width, and takes the fitted height up to a maximum', () => {
    assert.deepEqual(fitView({ content, width: 1000, minScale: 0.2, maxHeight: 1600 }), { k: 0.5, tx: 0, ty: 0, width: 1000, height: 500 });
    assert.equal(fitView({ content, width: 1000, minScale: 0.2, maxHeight: 300 }).height, 300);
  });

  it('never scales up, and keeps a fixed height when one is given', () => {
    const small = { width: 400, height: 200 };
    assert.deepEqual(fitView({ content: small, width: 1000, height: 700, minScale: 0.2, maxHeight: 1600 }), { k: 1, tx: 300, ty: 0, width: 1000, height: 700 });
  });

  it('below the smallest scale, pans with the given centre in the middle (clamped at the edges)', () => {
    const fitted = fitView({ content, width: 800, minScale: 6 / 7, maxHeight: 1600, centerX: 1000 });
    assert.equal(fitted.k, 6 / 7);
    assert.equal(fitted.tx, Math.round(400 - 1000 * (6 / 7)));
    assert.equal(fitView({ content, width: 800, minScale: 6 / 7, maxHeight: 1600, centerX: 10 }).tx, 0);
    assert.equal(fitView({ content, width: 800, minScale: 6 / 7, maxHeight: 1600 }).tx, 0);
  });
});

describe('zoomAt', () => {
  const limits = { minScale: 0.2, maxScale: 2.5, content };

  it('keeps the point under the cursor in place', () => {
    const v = view({ tx: -400, ty: -200 });
    const z = zoomAt(v, { factor: 2, cx: 300, cy: 100, ...limits });
    assert.equal(z.k, 2);
    // The drawing point under (300, 100) was (700, 300); it stays there.
    assert.deepEqual([700 * z.k + z.tx, 300 * z.k + z.ty], [300, 100]);
  });

  it('stops at the scale limits, returning the same view when nothing changes', () => {
    const top = view({ k: 2.5 });
    assert.equal(zoomAt(top, { factor: 1.25, cx: 0, cy: 0, ...limits }), top);
    assert.equal(zoomAt(view({ k: 0.3 }), { factor: 0.1, cx: 0, cy: 0, ...limits }).k, 0.2);
  });

  it('below the minimum (the whole of a very wide drawing): zooming out stays, zooming in works', () => {
    const small = view({ k: 0.15 });
    assert.equal(zoomAt(small, { factor: 0.8, cx: 0, cy: 0, ...limits }), small);
    assert.equal(zoomAt(small, { factor: 2, cx: 0, cy: 0, ...limits }).k, 0.3);
  });
});

describe('panIntoView', () => {
  it('pans the least needed to show a box with a 16 px margin', () => {
    const v = view({ tx: 0, ty: 0 });
    assert.deepEqual(panIntoView(v, { x: 1000, y: 100, width: 100, height: 50 }, content), view({ tx: -316, ty: 0 }));
    assert.deepEqual(panIntoView(view({ tx: -1000, ty: -300 }), { x: 100, y: 100, width: 100, height: 50 }, content), view({ tx: -84, ty: -84 }));
  });

  it('clamps only the axis it pans', () => {
    // A narrow drawing kept off-centre (the org chart's toggled box kept in place), a box 2 px under the window's top.
    const narrow = { width: 976, height: 514 };
    assert.deepEqual(panIntoView(view({ tx: 279, ty: -10 }), { x: 12, y: 12, width: 340, height: 137 }, narrow), view({ tx: 279, ty: 0 }));
  });

  it('returns the same view when the box is already in view', () => {
    const v = view({});
    assert.equal(panIntoView(v, { x: 100, y: 100, width: 100, height: 50 }, content), v);
  });
});

describe('pannable', () => {
  it('says along which axes the drawing is larger than the window', () => {
    assert.deepEqual(pannable(view({}), content), { x: true, y: true });
    assert.deepEqual(pannable(view({ k: 0.4 }), content), { x: false, y: false });
    assert.deepEqual(pannable(view({ k: 0.5 }), content), { x: true, y: false });
  });
});

describe('fitWhole', () => {
  it('shows the whole drawing in a fixed window, centred, however small (down to the minimum)', () => {
    assert.deepEqual(fitWhole({ content, width: 800, height: 200, minScale: 0.1 }), { k: 0.2, tx: 200, ty: 0, width: 800, height: 200 });
    assert.equal(fitWhole({ content, width: 800, height: 200, minScale: 0.3 }).k, 0.3);
  });

  it('takes the height it needs without a fixed one, and never scales up', () => {
    assert.deepEqual(fitWhole({ content, width: 1000, minScale: 0.1 }), { k: 0.5, tx: 0, ty: 0, width: 1000, height: 500 });
    assert.equal(fitWhole({ content: { width: 100, height: 100 }, width: 1000, minScale: 0.1 }).k, 1);
  });
});

describe('pinchFactor', () => {
  it('zooms by the change of the fingers\' distance since the pinch began, about their midpoint', () => {
    const start = { dist: 100, k: 1 };
    assert.deepEqual(pinchFactor({ start, p: { x: 0, y: 0 }, q: { x: 200, y: 0 }, k: 1 }), { factor: 2, cx: 100, cy: 0 });
    // Already at 1.5 after earlier moves: the next step only makes up the rest.
    assert.deepEqual(pinchFactor({ start, p: { x: 10, y: 10 }, q: { x: 10, y: 310 }, k: 1.5 }), { factor: 2, cx: 10, cy: 160 });
  });
});
