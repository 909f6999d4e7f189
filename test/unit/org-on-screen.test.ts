// Motion only where the reader can see it (src/charts/org/on-screen.ts): of the boxes and
// connectors that appeared or moved after an expand, those off the screen both before and after
// take their places at once; the rest move as before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { motionOnScreen, ORG_MOTION_MARGIN_PX, screenOfViewport } from '../../src/charts/org/on-screen.js';

type Box = { x: number; y: number; width: number; height: number; parentId?: string };
const layout = (boxes: Record<string, Box>, edges: { id: string; points: [number, number][] }[] = []) => ({ byId: new Map(Object.entries(boxes)), edges });
const view = { k: 1, tx: 0, ty: 0 };

describe('motion on screen', () => {
  it('finds the part of the chart window inside the browser window', () => {
    assert.deepEqual(screenOfViewport({ left: 10, top: 100, right: 1010, bottom: 3000 }, 1100, 800), { x: 0, y: 0, width: 1000, height: 700 });
    assert.deepEqual(screenOfViewport({ left: 10, top: -500, right: 1010, bottom: 3000 }, 1100, 800), { x: 0, y: 500, width: 1000, height: 800 });
    // Below the fold: the browser's window, above the chart's (no part of the drawing within the margin).
    assert.deepEqual(screenOfViewport({ left: 10, top: 900, right: 1010, bottom: 3000 }, 1100, 800), { x: -10, y: -900, width: 1100, height: 800 });
  });

  it('keeps the motion of parts seen before or after, drops it for parts off the screen both times', () => {
    const below = 700 + ORG_MOTION_MARGIN_PX + 10;
    const previous = layout(
      { top: { x: 0, y: 0, width: 100, height: 40 }, sliding: { x: 0, y: 600, width: 100, height: 40 }, far: { x: 0, y: below, width: 100, height: 40 }, up: { x: 0, y: below + 500, width: 100, height: 40 } },
      [{ id: 'e-far', points: [[50, below], [50, below + 100]] }, { id: 'e-slide', points: [[50, 40], [50, 600]] }],
    );
    const next = layout(
      {
        top: { x: 0, y: 0, width: 100, height: 40 },
        kid: { x: 0, y: 60, width: 100, height: 40, parentId: 'top' },
        sliding: { x: 0, y: 900, width: 100, height: 40 },
        far: { x: 0, y: below + 300, width: 100, height: 40 },
        up: { x: 0, y: 300, width: 100, height: 40 },
        deep: { x: 0, y: below + 400, width: 100, height: 40, parentId: 'far' },
      },
      [{ id: 'e-far', points: [[50, below + 300], [50, below + 400]] }, { id: 'e-slide', points: [[50, 40], [50, 900]] }],
    );
    const screen = { x: 0, y: 0, width: 1000, height: 700 };
    const out = motionOnScreen({ previous, next, entering: new Set(['kid', 'deep']), moving: { boxes: new Set(['sliding', 'far', 'up']), edges: new Set(['e-far', 'e-slide']) }, screen, before: view, after: view });
    assert.deepEqual([...out.entering], ['kid']);
    // 'sliding' leaves the screen (seen before), 'up' comes into it (seen after), 'far' is never seen.
    assert.deepEqual([...out.moving.boxes].sort(), ['sliding', 'up']);
    assert.deepEqual([...out.moving.edges], ['e-slide']);
  });

  it('sees the drawing through the view: panned away, nothing moves; panned to it, it does', () => {
    const previous = layout({ a: { x: 2000, y: 2000, width: 100, height: 40 } });
    const next = layout({ a: { x: 2000, y: 2100, width: 100, height: 40 } });
    const args = { previous, next, entering: new Set<string>(), moving: { boxes: new Set(['a']), edges: new Set<string>() }, screen: { x: 0, y: 0, width: 800, height: 600 } };
    assert.equal(motionOnScreen({ ...args, before: view, after: view }).moving.boxes.size, 0);
    assert.equal(motionOnScreen({ ...args, before: view, after: { k: 0.5, tx: 0, ty: 0 } }).moving.boxes.size, 0);
    assert.equal(motionOnScreen({ ...args, before: view, after: { k: 1, tx: -1800, ty: -1900 } }).moving.boxes.size, 1);
    assert.equal(motionOnScreen({ ...args, before: { k: 0.25, tx: 0, ty: 0 }, after: view }).moving.boxes.size, 1);
  });

  it('moves nothing when none of the chart shows', () => {
    const previous = layout({ a: { x: 0, y: 0, width: 100, height: 40 } });
    const next = layout({ a: { x: 0, y: 50, width: 100, height: 40 }, b: { x: 0, y: 0, width: 100, height: 40, parentId: 'a' } });
    const out = motionOnScreen({ previous, next, entering: new Set(['b']), moving: { boxes: new Set(['a']), edges: new Set<string>() }, screen: screenOfViewport({ left: 0, top: 2000, right: 800, bottom: 2400 }, 800, 600), before: view, after: view });
    assert.equal(out.entering.size + out.moving.boxes.size, 0);
  });
});
