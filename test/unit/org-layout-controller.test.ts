// The org element's layout bookkeeping in Node (src/charts/org/layout-controller.ts): when it
// lays out again, what it keeps between layouts (collapsed bodies, entering bodies, names), the
// fitted view, and on a slide what the rest of the chart takes beside the drawing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { orgChart, orgLazy } from '../../src/charts/org/index.js';
import { layOutOrgView, orgCanvasHeight, orgViewHeight, type OrgLayoutOptions } from '../../src/charts/org/layout-controller.js';
import { fitOrgSlide } from '../../src/charts/org/slide.js';
import { OrgSlideState } from '../../src/charts/org/slide-state.js';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { createOrgLayoutController } from '../fixtures/org-layout-controller.js';

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const governance = parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));
// hq ─ council ─ wg
//    └ office
const small = parse({
  type: 'organization',
  bodies: [
    { id: 'hq', name: '戦略本部', kind: 'headquarters' },
    { id: 'council', name: '推進会議', kind: 'council', parent: 'hq' },
    { id: 'wg', name: '作業部会', kind: 'working-group', parent: 'council' },
    { id: 'office', name: '事務局', kind: 'office', parent: 'hq' },
  ],
});
const measure = createApproxMeasure(14);

/** A host without a DOM: counts the updates asked for. */
class FakeHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
}

function setUp(options: Partial<OrgLayoutOptions> = {}) {
  const host = new FakeHost();
  const fake = host as unknown as ReactiveControllerHost & Element;
  const laidOut: string[] = [];
  const { view, zoom } = createOrgLayoutController(fake, measure, { laidOut: (layout) => laidOut.push(layout.nodes.map((n) => n.id).join(',')), ...options });
  return { host, view, zoom, laidOut };
}

describe('layOutOrgView and orgViewHeight', () => {
  it('off a slide: the model\'s layout for the width, with the collapsed bodies kept as they are', () => {
    const collapsed = new Set(['council']);
    const options = { doc: small, width: 800, measure, measureSize: 14, fontSize: 14, collapsed };
    const { layout, collapsed: kept } = layOutOrgView(options);
    assert.equal(kept, collapsed);
    assert.deepEqual(layout.nodes.map((n) => n.id), ['hq', 'council', 'office']);
    assert.deepEqual(layout.bounds, orgChart.layout(options).bounds);
  });

  it('on a slide: the fit\'s drawing, no text under 18 px, within the drawing\'s height; it may collapse until the reader chooses', () => {
    const state = new OrgSlideState();
    const collapsed = new Set<string>();
    const options = { doc: governance, width: 1904, measure, measureSize: 14, fontSize: 20, collapsed };
    const fit = layOutOrgView({ ...options, slide: { state, height: 700, fit: fitOrgSlide } });
    assert.ok(fit.layout.bounds.height <= 700, `drawing ${fit.layout.bounds.height} px tall`);
    const m = fit.layout.metrics!;
    assert.ok(Math.min(m.badgeSize, m.textSize, m.nameSize) >= 18);
    assert.notEqual(fit.collapsed, collapsed, 'the fit\'s own collapsed bodies');
    state.auto = false;
    assert.equal(layOutOrgView({ ...options, slide: { state, height: 700, fit: fitOrgSlide } }).collapsed, collapsed, 'the reader\'s, unchanged');
  });

  it('the window is the fixed height off a slide; on a slide as tall as the drawing, up to what the slide leaves', () => {
    const layout = orgChart.layout({ doc: small, width: 800, measure });
    assert.equal(orgViewHeight(layout, 500, undefined), 500);
    assert.equal(orgViewHeight(layout, undefined, undefined), undefined);
    assert.equal(orgViewHeight(layout, 1080, 10_000), Math.ceil(layout.bounds.height));
    assert.equal(orgViewHeight(layout, 1080, 50), 50);
  });
});

describe('OrgLayoutController', () => {
  it('lays out once per change, names the drawn bodies and fits the view to the width', () => {
    const { host, view, zoom, laidOut } = setUp();
    assert.equal(view.use(small), true);
    view.restart(1);
    view.resize(800, undefined);
    view.update();
    const first = view.layout;
    assert.deepEqual(laidOut, ['hq,council,office']);
    assert.deepEqual([...view.names.keys()].sort(), ['council', 'hq', 'office']);
    assert.match(view.names.get('hq')!, /戦略本部/);
    assert.equal(view.entering.size, 0, 'nothing grows on a first drawing');
    assert.equal(zoom.view.width, 800);
    const updates = host.updates;
    view.update();
    assert.equal(view.layout, first, 'nothing changed: no new layout');
    assert.equal(view.use(small), false, 'the same document');
    view.setCollapsed(['council'], true);
    view.update();
    assert.equal(view.layout, first, 'already collapsed: no new layout');
    assert.equal(host.updates, updates, 'no update asked for');
  });

  it('opening a body asks for an update and lays out again, with its children entering', () => {
    const { host, view } = setUp();
    view.use(small);
    view.restart(1);
    view.resize(800, undefined);
    view.update();
    const updates = host.updates;
    view.setCollapsed(['council'], false);
    assert.equal(host.updates, updates + 1);
    view.update();
    assert.deepEqual(view.layout!.nodes.map((n) => n.id), ['hq', 'council', 'wg', 'office']);
    assert.deepEqual([...view.entering], ['wg']);
    view.replaceCollapsed(new Set(['hq']));
    view.update();
    assert.deepEqual(view.layout!.nodes.map((n) => n.id), ['hq']);
  });

  it('a new document starts again; no document drops the layout', () => {
    const { view } = setUp();
    view.use(small);
    view.restart(0);
    view.resize(800, undefined);
    view.update();
    assert.deepEqual([...view.collapsed].sort(), ['council', 'hq']);
    assert.deepEqual(view.layout!.nodes.map((n) => n.id), ['hq']);
    assert.equal(view.use(undefined), false);
    assert.equal(view.layout, undefined);
    view.update();
    assert.equal(view.layout, undefined);
    assert.equal(view.use(small), true, 'the same document after none is new again');
  });

  it('on a slide: the drawing gets what the rest of the chart leaves, measured after each render until it settles', async () => {
    // The slide fit is code loaded on first use (the element waits for it on a slide).
    await orgLazy.load();
    let heights = { total: 1080, drawing: 780 };
    const { view } = setUp({ onSlide: () => true, slidePreset: () => true, heights: () => heights });
    view.use(governance);
    view.restart(5);
    view.resize(1904, 1080);
    assert.equal(view.text.size, 20, 'without a computed style, slide type is 20 px');
    assert.equal(view.slideDrawingHeight, 1080);
    view.update();
    assert.ok(view.layout!.bounds.height <= 1080, `the slide fit: ${view.layout!.bounds.height} px tall`);
    assert.equal(view.measureSlide(), true, 'the rest takes 300 px: lay out again');
    assert.equal(view.slideDrawingHeight, 780);
    view.resize(1904, 1080);
    view.update();
    assert.ok(view.layout!.bounds.height <= 780, `fitted to what the rest leaves: ${view.layout!.bounds.height} px tall`);
    assert.ok(Math.min(view.layout!.metrics!.badgeSize, view.layout!.metrics!.textSize) >= 18, 'no text under 18 px');
    heights = { total: 1082, drawing: 780 };
    assert.equal(view.measureSlide(), false, 'within 2 px: settled');
    assert.equal(view.slide.auto, true);
    view.setCollapsed(['hq'], true);
    assert.equal(view.slide.auto, false, 'the reader chose: the fit no longer collapses on its own');
  });

  it('off a slide, measures nothing after a render', () => {
    const { view } = setUp({ heights: () => ({ total: 2000, drawing: 100 }) });
    view.use(small);
    view.restart(1);
    view.resize(800, 1080);
    view.update();
    assert.equal(view.measureSlide(), false);
    assert.equal(view.slideDrawingHeight, undefined);
  });
});

describe('the fitted window on a page', () => {
  it('a drawing that fits the width gets a window of its whole height (the page scrolls); a fixed height stays', () => {
    for (const width of [360, 800, 1280]) {
      const { view, zoom } = setUp();
      view.use(governance);
      view.restart(9);
      view.resize(width, undefined);
      view.update();
      const b = view.layout!.bounds;
      assert.ok(b.width * zoom.view.k <= width + 1, `${width}: fits the width`);
      assert.equal(zoom.view.height, Math.ceil(b.height * zoom.view.k), `${width}: window as tall as the drawing (${b.height} px)`);
      assert.deepEqual(zoom.pannable, { x: false, y: false });
    }
    const { view, zoom } = setUp();
    view.use(governance);
    view.restart(9);
    view.resize(800, 600);
    view.update();
    assert.equal(zoom.view.height, 600);
  });

  it('a drawing wider than the width at a readable scale keeps a window of at most 1,600 px, which 「全体を表示」 lifts', () => {
    const { view, zoom } = setUp({ orientation: () => 'top-down' });
    view.use(governance);
    view.restart(9);
    view.resize(360, undefined);
    view.update();
    assert.ok(zoom.pannable.x, 'pans sideways');
    assert.ok(zoom.view.height <= 1600);
    zoom.showWhole(() => view.fit());
    const b = view.layout!.bounds;
    assert.equal(zoom.view.height, Math.ceil(b.height * zoom.view.k));
    assert.deepEqual(zoom.pannable, { x: false, y: false });
  });
});

describe('orgCanvasHeight', () => {
  it('keeps the svg as tall as it was while the window is between a third of it and all of it, else makes it anew with room to grow', () => {
    const first = orgCanvasHeight(undefined, 1344);
    assert.ok(first >= 1344 * 1.5 && first % 256 === 0, String(first));
    // An expand to 1789 px and a collapse back: the same svg.
    assert.equal(orgCanvasHeight(first, 1789), first);
    assert.equal(orgCanvasHeight(first, 1344), first);
    // Taller than the svg: a new one, at least as tall as the window.
    assert.ok(orgCanvasHeight(first, first + 1) >= first + 1);
    // The bench's toggle with the arrangement kept (1363 <-> 2067 px, past the first svg): a new svg once, then the same both ways.
    const grown = orgCanvasHeight(orgCanvasHeight(undefined, 1363), 2067);
    assert.ok(grown >= 2067);
    assert.equal(orgCanvasHeight(grown, 1363), grown);
    assert.equal(orgCanvasHeight(grown, 2067), grown);
    // Under a third of it (collapse all): a smaller one.
    assert.ok(orgCanvasHeight(first, 400) < first);
    assert.ok(orgCanvasHeight(first, 400) >= 400);
  });
});
