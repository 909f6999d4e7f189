// The org element's memo of recent layouts (src/charts/org/layout-memo.ts) and its use by the
// layout controller: a reader who toggles a body back gets the layout made a moment ago for the
// same collapsed bodies (the same object, nothing laid out), a fresh layout forgets them all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveControllerHost } from 'lit';
import { layOutOrgView, type OrgIdle, type OrgLayoutOptions } from '../../src/charts/org/layout-controller.js';
import { OrgLayoutMemo, type OrgLayoutMemoInputs } from '../../src/charts/org/layout-memo.js';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { createOrgLayoutController } from '../fixtures/org-layout-controller.js';

const inputs: OrgLayoutMemoInputs = { doc: {}, width: 800, height: undefined, orientation: 'auto', locale: 'ja', measure: () => 0, fontSize: 14 };
const layoutOf = (boxes: number, name = '') => ({ name, nodes: Array.from({ length: boxes }, (_, i) => i) });

describe('OrgLayoutMemo', () => {
  it('gives back the layout made for the same inputs and exactly the same collapsed bodies', () => {
    const memo = new OrgLayoutMemo();
    const a = layoutOf(3, 'a');
    const b = layoutOf(4, 'b');
    const collapsed = new Set(['x', 'y']);
    memo.add(inputs, collapsed, a);
    collapsed.delete('y');
    memo.add(inputs, collapsed, b);
    assert.equal(memo.get(inputs, new Set(['y', 'x'])), a, 'the set as it was when a was made (order does not matter)');
    assert.equal(memo.get(inputs, new Set(['x'])), b);
    assert.equal(memo.get(inputs, new Set(['x', 'y', 'z'])), undefined, 'a superset');
    assert.equal(memo.get(inputs, new Set()), undefined, 'a subset');
    for (const k of ['doc', 'width', 'height', 'orientation', 'locale', 'measure', 'fontSize'] as const) {
      const other = { ...inputs, [k]: k === 'doc' ? {} : k === 'measure' ? () => 0 : k === 'width' || k === 'fontSize' ? 1 : k === 'height' ? 600 : 'en' };
      assert.equal(memo.get(other, new Set(['x'])), undefined, `another ${k}`);
    }
  });

  it('keeps at most 4 layouts and 20,000 boxes, the most recently used first; forgets layouts for other inputs', () => {
    const memo = new OrgLayoutMemo();
    const made = [0, 1, 2, 3, 4].map((i) => layoutOf(10, String(i)));
    made.forEach((l, i) => memo.add(inputs, new Set([String(i)]), l));
    assert.equal(memo.size, 4);
    assert.equal(memo.get(inputs, new Set(['0'])), undefined, 'the oldest went');
    assert.equal(memo.get(inputs, new Set(['1'])), made[1], 'used again: now the newest');
    memo.add(inputs, new Set(['5']), layoutOf(10));
    assert.equal(memo.get(inputs, new Set(['1'])), made[1]);
    assert.equal(memo.get(inputs, new Set(['2'])), undefined, 'the least recently used went');
    memo.add(inputs, new Set(['big']), layoutOf(15_000));
    assert.equal(memo.size, 1 + 3, 'still within 20,000 boxes');
    memo.add(inputs, new Set(['big2']), layoutOf(6_000));
    assert.equal(memo.size, 1, 'two large layouts do not fit together');
    memo.add(inputs, new Set(['huge']), layoutOf(20_001));
    assert.equal(memo.get(inputs, new Set(['huge'])), undefined, 'a layout over the limit alone is not kept');
    assert.equal(memo.size, 1, 'the others stay');
    memo.add(inputs, new Set(['1']), made[1]!);
    memo.add({ ...inputs, width: 1000 }, new Set(['2']), made[2]!);
    assert.equal(memo.size, 1, 'the layouts for 800 px went');
    memo.clear();
    assert.equal(memo.get({ ...inputs, width: 1000 }, new Set(['2'])), undefined);
  });

  it('a layout drawn again and kept again is one entry, still for the collapsed bodies it was made with', () => {
    const memo = new OrgLayoutMemo();
    const a = layoutOf(3, 'a');
    const b = layoutOf(3, 'b');
    const collapsed = new Set(['x', 'y']);
    memo.add(inputs, collapsed, a);
    memo.add(inputs, new Set(['x']), b);
    // As the element does on a toggle back: found, then kept as the newest.
    assert.equal(memo.get(inputs, collapsed), a);
    memo.add(inputs, collapsed, a);
    assert.equal(memo.size, 2, 'not kept twice');
    collapsed.delete('y');
    assert.equal(memo.get(inputs, new Set(['x', 'y'])), a, 'the caller changing its set afterwards changes nothing');
    assert.equal(memo.get(inputs, new Set(['x'])), b);
    // The same layout given for other bodies (or other inputs) is kept for those, as any new layout.
    memo.add(inputs, new Set(['z']), a);
    assert.equal(memo.get(inputs, new Set(['z'])), a);
    memo.add({ ...inputs, width: 1000 }, new Set(['z']), a);
    assert.equal(memo.size, 1, 'the layouts for 800 px went');
    assert.equal(memo.get({ ...inputs, width: 1000 }, new Set(['z'])), a);
  });
});

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A layout controller without a DOM, as the element has it; `measured` counts the strings measured. */
function setUp(doc: OrganizationDocument, extra: Partial<OrgLayoutOptions> = {}, host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) } as unknown as ReactiveControllerHost & Element) {
  const approx = createApproxMeasure(14);
  const counter = { measured: 0 };
  const measure = (text: string) => {
    counter.measured++;
    return approx(text);
  };
  const { view, zoom } = createOrgLayoutController(host, measure, extra);
  view.use(doc);
  view.restart(2);
  view.resize(1000, undefined);
  view.update();
  return Object.assign(view, { counter, zoom });
}

/** An idle scheduler run by hand: `run(ms)` runs the tasks queued, each with `ms` left in its idle period. */
function manualIdle() {
  const tasks: ((timeRemaining: () => number) => void)[] = [];
  let cancelled = 0;
  const idle: OrgIdle = (task) => {
    tasks.push(task);
    return () => {
      const i = tasks.indexOf(task);
      if (i >= 0) tasks.splice(i, 1);
      cancelled++;
    };
  };
  const run = (ms: number) => {
    for (const task of tasks.splice(0)) task(() => ms);
  };
  return { idle, tasks, run, cancelled: () => cancelled };
}

describe('OrgLayoutController with the memo', () => {
  const doc = parse(generateOrganization({ bodies: 300, seed: 2 }));

  it('a body opened and closed again draws the layouts made before, and entering and moving parts are worked out again', () => {
    const view = setUp(doc, { idle: manualIdle().idle });
    const first = view.layout!;
    const id = first.nodes.find((n) => n.childCount > 0 && !n.expanded)!.id;
    view.setCollapsed([id], false);
    view.update();
    const open = view.layout!;
    assert.notEqual(open, first);
    assert.ok(view.entering.size > 0, 'its children grow out of it');
    view.setCollapsed([id], true);
    view.update();
    assert.equal(view.layout, first, 'closed again: the first layout');
    assert.equal(view.entering.size, 0);
    view.setCollapsed([id], false);
    view.update();
    assert.equal(view.layout, open, 'opened again: the layout made when it was opened');
    assert.ok(view.entering.size > 0, 'its children grow out of it again');
    // Another body: a new collapsed set, a new layout.
    const other = open.nodes.find((n) => n.childCount > 0 && !n.expanded && n.id !== id)!.id;
    view.setCollapsed([other], false);
    view.update();
    assert.notEqual(view.layout, open);
    assert.notEqual(view.layout, first);
  });

  it('a fresh layout (new size, expand or collapse all, a new document) forgets the layouts made before', () => {
    const view = setUp(doc, { idle: manualIdle().idle });
    const first = view.layout!;
    const id = first.nodes.find((n) => n.childCount > 0 && !n.expanded)!.id;
    const collapsed = new Set(view.collapsed);
    view.setCollapsed([id], false);
    view.update();
    view.resize(1000, undefined);
    view.update();
    const resized = view.layout!;
    assert.notEqual(resized, first);
    view.setCollapsed([id], true);
    view.update();
    assert.notEqual(view.layout, first, 'the same collapsed bodies, laid out anew after the resize');
    assert.notEqual(view.layout, resized);
    view.replaceCollapsed(new Set(collapsed));
    view.update();
    const replaced = view.layout!;
    view.setCollapsed([id], false);
    view.update();
    assert.notEqual(view.layout, resized, 'expand all / collapse all: laid out anew');
    view.setCollapsed([id], true);
    view.update();
    assert.equal(view.layout, replaced, 'toggled back after it: remembered again');
    view.use(parse(generateOrganization({ bodies: 300, seed: 2 })));
    view.restart(2);
    view.update();
    assert.notEqual(view.layout, replaced, 'another document object: laid out anew');
  });
});

describe('OrgLayoutController: layouts made ahead in idle time', () => {
  const doc = parse(generateOrganization({ bodies: 300, seed: 2 }));
  const shape = (layout: { nodes: readonly { id: string; x: number; y: number; width: number; height: number }[]; edges: readonly { id: string; points: unknown }[] }) => ({
    nodes: layout.nodes.map((n) => [n.id, n.x, n.y, n.width, n.height]),
    edges: layout.edges.map((e) => [e.id, e.points]),
  });
  type View = ReturnType<typeof setUp>;
  const collapsedDrawn = (view: View) => view.layout!.nodes.filter((n) => n.childCount > 0 && !n.expanded).map((n) => n.id);
  /** What the last layout took in wall time depends on the machine's load: pinned where a test needs it, and every layout timed at 10 ms (the clock below). */
  const took = (view: View, ms: number, kept: number | undefined = ms) => Object.assign(view as unknown as { layoutMs: number; keptMs?: number }, { layoutMs: ms, keptMs: kept });
  /** Opens `id` and tells how many strings that measured (none: its layout was made ahead). */
  /** The clock layouts are timed with: it moves only when a test moves it (`at.t`). */
  const at = { t: 0 };
  const clock = () => () => at.t;
  /** Runs the idle tasks waiting, `ms` left in each period, a second after the last layout (the chart quiet). */
  const later = (idle: ReturnType<typeof manualIdle>, ms: number) => {
    at.t += 1000;
    idle.run(ms);
  };
  const open = (view: View, id: string) => {
    view.counter.measured = 0;
    view.setCollapsed([id], false);
    view.update();
    return view.counter.measured;
  };

  it('after a layout, the expands of up to 16 drawn collapsed bodies are laid out ahead, one per long idle period; opening one draws the layout an expand makes then, measuring no text', () => {
    const idle = manualIdle();
    const view = setUp(doc, { now: clock(), idle: idle.idle });
    const first = view.layout!;
    const bodies = collapsedDrawn(view);
    assert.ok(bodies.length > 16, `${bodies.length} collapsed bodies drawn`);
    took(view, 20);
    assert.equal(idle.tasks.length, 1, 'waits for idle time');
    let periods = 0;
    while (idle.tasks.length && periods < 100) {
      later(idle, 45);
      periods++;
    }
    assert.equal(periods, 16 + 1, 'one layout per idle period, 16 in all (the last period finds none left)');
    const ahead = bodies.filter((id) => (view as unknown as { ahead: { has(i: unknown, l: unknown, id: string): boolean }; inputs: unknown }).ahead.has((view as unknown as { inputs: unknown }).inputs, first, id));
    assert.equal(ahead.length, 16);
    const [a, b] = ahead;
    const before = new Set(view.collapsed);
    assert.equal(open(view, a!), 0, 'strings measured by the expand');
    assert.ok(view.layout!.nodes.length > first.nodes.length, 'its children drawn');
    assert.ok(view.entering.size > 0, 'they grow out of it');
    before.delete(a!);
    const direct = layOutOrgView({ doc, width: 1000, measure: first.kept!.measure, measureSize: 14, fontSize: 14, orientation: 'auto', locale: 'ja', collapsed: before, keep: first.kept });
    assert.deepEqual(shape(view.layout!), shape(direct.layout), 'the layout an expand makes then');
    // Closed again (the first layout, remembered), another one opened: still laid out ahead from the first.
    view.setCollapsed([a!], true);
    view.update();
    assert.equal(view.layout, first);
    assert.equal(open(view, b!), 0, 'another body laid out ahead from the first layout');
    const left = bodies.find((id) => !ahead.includes(id))!;
    view.setCollapsed([b!], true);
    view.update();
    assert.ok(open(view, left) > 0, 'a 17th body is laid out when opened');
  });

  it('the bodies nearest the middle of the part of the chart on the screen are laid out ahead first', () => {
    const idle = manualIdle();
    // A screen showing 200 px of the window round one collapsed body (the layout's coordinates are the window's at scale 1 plus the view's offset).
    let screen = { x: 0, y: 0, width: 1000, height: 200 };
    const view = setUp(doc, { now: clock(), idle: idle.idle, screen: () => screen });
    const bodies = view.layout!.nodes.filter((n) => n.childCount > 0 && !n.expanded);
    const far = bodies.at(-1)!;
    const { tx, ty, k } = view.zoom.view;
    screen = { x: 0, y: (far.y + far.height / 2) * k + ty - 100, width: 1000, height: 200 };
    void tx;
    took(view, 20);
    later(idle, 45);
    assert.equal(open(view, far.id), 0, 'the body in the middle of the screen, laid out in the first idle period');
    view.setCollapsed([far.id], true);
    view.update();
    assert.ok(open(view, bodies[0]!.id) > 0, 'one at the top of the window: not yet');
  });

  it('lays nothing out ahead in short idle periods (frames to draw) or before the chart has been quiet for 500 ms; a body pointed at goes first, in a period as long as the last layout', () => {
    const idle = manualIdle();
    const view = setUp(doc, { now: clock(), idle: idle.idle });
    const layout = view.layout!;
    const openBody = layout.nodes.find((n) => n.childCount > 0 && n.expanded)!.id;
    const leaf = layout.nodes.find((n) => n.childCount === 0)!.id;
    const bodies = collapsedDrawn(view);
    const pointed = bodies.at(-1)!;
    took(view, 20);
    idle.run(49);
    assert.equal(idle.tasks.length, 1, 'the chart not quiet for 500 ms yet: tried again in the next');
    at.t += 499;
    idle.run(49);
    at.t += 1;
    idle.run(30);
    assert.equal(idle.tasks.length, 1, 'quiet, but a short period: tried again in the next');
    const made = () => (view as unknown as { ahead: { size: number } }).ahead.size;
    assert.equal(made(), 0);
    idle.run(49);
    assert.equal(made(), 1, 'quiet and a long period: one laid out ahead');
    took(view, 20);
    for (let i = 0; i < 10; i++) later(idle, 30);
    assert.equal(idle.tasks.length, 1, 'a short period: tried again in the next');
    view.layOutAheadFor(openBody);
    view.layOutAheadFor(leaf);
    view.layOutAheadFor(pointed);
    assert.equal(idle.tasks.length, 1, 'one idle task at a time');
    later(idle, 30);
    later(idle, 30);
    assert.equal(open(view, pointed), 0, 'the body pointed at, laid out in a 30 ms period after a 20 ms layout');
    view.setCollapsed([pointed], true);
    view.update();
    assert.ok(open(view, bodies[0]!) > 0, 'the others: not laid out ahead in the short periods');
  });

  it('a press of a pointer or a key on the chart stops it; pointing at a body or the next layout starts it again', () => {
    const idle = manualIdle();
    const host = Object.assign(new EventTarget(), { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) }) as unknown as ReactiveControllerHost & Element;
    const view = setUp(doc, { now: clock(), idle: idle.idle }, host);
    const bodies = collapsedDrawn(view);
    took(view, 20);
    later(idle, 45);
    assert.equal(idle.tasks.length, 1);
    host.dispatchEvent(new Event('pointerdown'));
    assert.equal(idle.tasks.length, 0, 'the pointer pressed: nothing waits for idle time');
    assert.equal(idle.cancelled(), 1);
    view.layOutAheadFor(bodies[0]!);
    assert.equal(idle.tasks.length, 1, 'pointing at a body: again');
    host.dispatchEvent(new Event('keydown'));
    assert.equal(idle.tasks.length, 0, 'a key pressed');
    const id = bodies.at(-1)!;
    view.setCollapsed([id], false);
    view.update();
    assert.equal(idle.tasks.length, 1, 'the next layout: again, for its own collapsed bodies');
  });

  it('nothing laid out ahead is drawn once the drawing changed, nor made after it', () => {
    const idle = manualIdle();
    const view = setUp(doc, { now: clock(), idle: idle.idle });
    const [a, b] = collapsedDrawn(view);
    took(view, 20);
    view.layOutAheadFor(a!);
    view.setCollapsed([b!], false);
    assert.equal(idle.tasks.length, 1);
    later(idle, 1000);
    view.update();
    view.setCollapsed([b!], true);
    view.setCollapsed([a!], false);
    assert.ok((view.counter.measured = 0) === 0);
    view.update();
    assert.ok(view.counter.measured > 0, 'opening the first one (asked for before the drawing changed) laid it out then');
  });

  it('a chart whose last layout took longer than any idle period (a loaded machine) is still laid out ahead in a long one; not one whose layout takes seconds', () => {
    const idle = manualIdle();
    const view = setUp(doc, { now: clock(), idle: idle.idle });
    const id = collapsedDrawn(view).at(-1)!;
    took(view, 3000);
    later(idle, 49);
    assert.equal(idle.tasks.length, 0, 'a chart whose layouts take 3 s: nothing laid out ahead on its own');
    view.layOutAheadFor(id);
    later(idle, 49);
    assert.equal(idle.tasks.length, 1, 'the body pointed at: a layout of 3 s waits for an idle period as long (it would hold the page up)');
    took(view, 90);
    later(idle, 20);
    assert.equal(idle.tasks.length, 1, 'a short idle period: tried again in the next');
    later(idle, 45);
    assert.equal(open(view, id), 0, 'laid out ahead in the 45 ms one: the expand measures no text');
  });
});
