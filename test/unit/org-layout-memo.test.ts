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
function setUp(doc: OrganizationDocument, extra: Partial<OrgLayoutOptions> = {}) {
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) } as unknown as ReactiveControllerHost & Element;
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

  it('a collapsed body the reader pointed at, opened after idle time, measures no text: its layout was made ahead, the same as one made then', () => {
    const idle = manualIdle();
    const view = setUp(doc, { idle: idle.idle });
    const first = view.layout!;
    assert.equal(idle.tasks.length, 0, 'nothing laid out ahead before the reader shows where');
    const id = first.nodes.find((n) => n.childCount > 0 && !n.expanded)!.id;
    // What the first layout took in wall time depends on the machine's load; pin it, so the one idle period below is long enough.
    (view as unknown as { layoutMs: number }).layoutMs = 20;
    view.layOutAheadFor(id);
    assert.equal(idle.tasks.length, 1, 'waits for idle time');
    idle.run(1000);
    const before = new Set(view.collapsed);
    view.counter.measured = 0;
    view.setCollapsed([id], false);
    view.update();
    assert.equal(view.counter.measured, 0, 'strings measured by the expand');
    assert.ok(view.layout!.nodes.length > first.nodes.length, 'its children drawn');
    assert.ok(view.entering.size > 0, 'they grow out of it');
    before.delete(id);
    const direct = layOutOrgView({ doc, width: 1000, measure: first.kept!.measure, measureSize: 14, fontSize: 14, orientation: 'auto', locale: 'ja', collapsed: before, keep: first.kept });
    assert.deepEqual(shape(view.layout!), shape(direct.layout), 'the layout an expand makes then');
  });

  it('lays nothing out ahead for an open body or a leaf, without idle time enough, or once the drawing changed', () => {
    const idle = manualIdle();
    const view = setUp(doc, { idle: idle.idle });
    const layout = view.layout!;
    const open = layout.nodes.find((n) => n.childCount > 0 && n.expanded)!.id;
    const leaf = layout.nodes.find((n) => n.childCount === 0)!.id;
    const [a, b] = layout.nodes.filter((n) => n.childCount > 0 && !n.expanded).map((n) => n.id);
    view.layOutAheadFor(open);
    view.layOutAheadFor(leaf);
    assert.equal(idle.tasks.length, 0, 'an open body, a leaf');
    view.layOutAheadFor(a!);
    view.layOutAheadFor(b!);
    assert.equal(idle.tasks.length, 1, 'one at a time: the newer one waits');
    assert.equal(idle.cancelled(), 1);
    idle.run(0);
    assert.equal(idle.tasks.length, 1, 'no time left: tried again in the next idle period');
    view.setCollapsed([b!], false);
    view.update();
    assert.equal(idle.cancelled(), 2, 'the update cancelled it');
    view.counter.measured = 0;
    view.setCollapsed([b!], true);
    view.setCollapsed([a!], false);
    view.update();
    assert.ok(view.counter.measured > 0, 'opening the first one laid it out then');
  });

  it('a chart whose last layout took longer than any idle period (a loaded machine) is still laid out ahead in a long one; not one whose layout takes seconds', () => {
    const idle = manualIdle();
    const view = setUp(doc, { idle: idle.idle });
    const id = view.layout!.nodes.find((n) => n.childCount > 0 && !n.expanded)!.id;
    // (What the last layout took, in wall time.)
    const took = (ms: number) => ((view as unknown as { layoutMs: number }).layoutMs = ms);
    took(3000);
    view.layOutAheadFor(id);
    idle.run(49);
    assert.equal(idle.tasks.length, 1, 'a layout of 3 s waits for an idle period as long (it would hold the page up)');
    took(90);
    idle.run(20);
    assert.equal(idle.tasks.length, 1, 'a short idle period: tried again in the next');
    idle.run(45);
    assert.equal(idle.tasks.length, 0);
    view.counter.measured = 0;
    view.setCollapsed([id], false);
    view.update();
    assert.equal(view.counter.measured, 0, 'laid out ahead in the 45 ms one: the expand measures no text');
  });
});
