/**
 * Expanding or collapsing one body touches only what changed (issue 13): the boxes whose drawing
 * is the same before and after get no DOM mutation at all (no attribute, style or child written
 * again), so the browser restyles and lays out only what moved. Counts mutations, never times.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { mountOrgChart as mount } from './fixtures/org-mount.js';
import { settle } from './fixtures/settle.js';
import { restingRect } from '../../src/kit/element/float-beside.js';

/** The elements that draw one body: its treeitem (the box's shapes) and its texts in the layer above, with all inside. */
function boxElements(el: PolicyOrgChart, id: string): Element[] {
  const root = el.shadowRoot!;
  const item = root.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)!;
  const texts = [...root.querySelectorAll(`.boxes [data-id="${CSS.escape(id)}"]`)];
  return [item, ...item.querySelectorAll('*'), ...texts.flatMap((t) => [t, ...t.querySelectorAll('*')])];
}

/** How a body is drawn: every attribute (inline style included) and text of its elements, the treeitem's own attributes only. */
function drawingOf(el: PolicyOrgChart, id: string): string {
  return boxElements(el, id)
    .map((e, i) => {
      const attrs = [...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
      const text = i === 0 ? '' : [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      return `<${e.tagName} ${attrs}>${text}`;
    })
    .join('\n');
}

const drawnIds = (el: PolicyOrgChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"]')].map((item) => item.dataset.id!);

/** Runs `action` and returns the mutation records of the chart's shadow root up to the end of the update. */
async function mutationsOf(el: PolicyOrgChart, action: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
  action();
  do await el.updateComplete;
  while (el.isUpdatePending);
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

/** Boxes drawn alike before and after `action`, with the mutations that touched any of their elements. */
async function touchedUnchangedBoxes(el: PolicyOrgChart, action: () => void) {
  const before = new Map(drawnIds(el).map((id) => [id, drawingOf(el, id)]));
  const records = await mutationsOf(el, action);
  const after = drawnIds(el);
  const unchanged = after.filter((id) => before.get(id) === drawingOf(el, id));
  const changed = after.filter((id) => !unchanged.includes(id));
  const touched = new Map<string, string[]>();
  for (const id of unchanged) {
    const elements = new Set<Node>(boxElements(el, id));
    // A childList record's target is the parent whose children changed; an attribute record's the element itself.
    const hits = records.filter((r) => elements.has(r.target) || (r.target.parentNode !== null && elements.has(r.target.parentNode) && r.type === 'characterData'));
    if (hits.length) touched.set(id, hits.map((r) => (r.type === 'attributes' ? `${r.attributeName} on <${(r.target as Element).tagName} class="${(r.target as Element).getAttribute('class')}">` : r.type)));
  }
  return { unchanged, changed, records, touched };
}

describe('<policy-org-chart> expand and collapse', () => {
  // At 800 px the expanded body's subtree moves most boxes: fewer stay as they were.
  for (const [width, least] of [[1200, 10], [800, 4]] as const) {
    it(`write nothing to the boxes that stay as they were (300 bodies, ${width} px)`, async () => {
      const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), width);
      // The last collapsed body with children in the drawing's order: the bodies before it stay put.
      const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
      expect(collapsed.length, 'collapsed bodies to expand').to.be.greaterThan(0);
      const id = collapsed[collapsed.length - 1]!;
      for (const action of [() => el.expand(id), () => el.collapse(id)]) {
        const { unchanged, changed, records, touched } = await touchedUnchangedBoxes(el, action);
        // Not vacuous: the toggle changed the drawing, and left some boxes as they were.
        expect(records.length, 'mutations of the toggle').to.be.greaterThan(0);
        expect(changed.length, 'boxes changed by the toggle').to.be.greaterThan(0);
        expect(unchanged.length, 'boxes left as they were').to.be.greaterThan(least);
        expect(Object.fromEntries(touched), `boxes drawn alike that were written to (of ${unchanged.length})`).to.deep.equal({});
      }
    });
  }

  // A connector is drawn anew only when its path changed (its fade or shift then starts again): one
  // that moved in the last toggle and stays where it is in this one keeps its element.
  it('draws anew only the connectors whose path changed', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 1200);
    // Under 500 boxes nothing is culled: the connectors are drawn in the layout's order.
    const connectors = () => {
      const edges = (el as unknown as { view: { layout: { edges: { id: string }[] } } }).view.layout.edges;
      const paths = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('g.edges > path')];
      expect(paths.length, 'one path per connector').to.equal(edges.length);
      return new Map(edges.map((e, i) => [e.id, paths[i]!] as const));
    };
    const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    expect(collapsed.length, 'collapsed bodies to expand').to.be.greaterThan(2);
    let kept = 0;
    let moved = 0;
    const again: string[] = [];
    // Two bodies one after the other, then back: connectors the first moved, the second leaves alone.
    for (const action of [() => el.expand(collapsed[0]!), () => el.expand(collapsed[collapsed.length - 1]!), () => el.collapse(collapsed[collapsed.length - 1]!), () => el.collapse(collapsed[0]!)]) {
      const before = connectors();
      const d = new Map([...before].map(([id, path]) => [id, path.getAttribute('d')]));
      action();
      await settle(el);
      for (const [id, path] of connectors()) {
        if (!before.has(id)) continue;
        if (path.getAttribute('d') !== d.get(id)) moved++;
        else if (path === before.get(id)) kept++;
        else again.push(`${id}: ${d.get(id)}`);
      }
    }
    expect(moved, 'connectors the toggles moved').to.be.greaterThan(0);
    expect(kept, 'connectors left in place').to.be.greaterThan(0);
    expect(again, 'connectors drawn again with the same path').to.deep.equal([]);
  });

  // Motion only where the reader can see it (on-screen.ts): a chart below the fold changes without
  // a glide; the same chart scrolled into sight glides (its parts off the screen do not).
  it('moves only the parts on the screen', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 800, 3000);
    const running = () =>
      el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration) > 0).map((a) => (a.effect as KeyframeEffect).target!);
    const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const id = collapsed[0]!;
    window.scrollTo(0, 0);
    expect(el.getBoundingClientRect().top, 'chart below the fold').to.be.greaterThan(innerHeight + 200);
    el.expand(id);
    await el.updateComplete;
    // (Counts, not elements: chai would print a whole drawing.)
    expect(el.shadowRoot!.querySelectorAll('.entering, .moving').length, 'parts marked to move below the fold').to.equal(0);
    expect(running().length, 'motions running below the fold').to.equal(0);
    // In sight: the children leave, the boxes after them glide up (those on the screen).
    const item = el.shadowRoot!.querySelector<SVGGElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)!;
    window.scrollTo(0, item.getBoundingClientRect().top + scrollY - 100);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.collapse(id);
    await el.updateComplete;
    // (Parts: boxes and connectors; not the whole drawing or a whole layer, which glide when the view moved: org-toggle-anchor.)
    const moved = running().filter((t) => !(t as Element).matches('svg.org, .lanes, .links, .link-labels, .link-badges'));
    expect(moved.length, 'parts gliding on the screen').to.be.greaterThan(0);
    // Each moving part starts or ends near the screen: its places at the start and at the end of its motion.
    const near = (r: DOMRect) => r.bottom > -200 && r.top < innerHeight + 200;
    const animations = el.shadowRoot!.getAnimations();
    for (const a of animations) {
      a.pause();
      a.currentTime = 0;
    }
    // A text in the layer above the tree moves with its box (the same motion; a moving box's texts in one group): judged by its box's place (a badge's label alone may stand 200 px above the screen while its box reaches into it).
    const boxOf = (t: Element) => (t.getAttribute('data-id') ?? t.querySelector('[data-id]')!.getAttribute('data-id'))!;
    const placeOf = (t: Element) => (t.closest('.boxes') ? el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${CSS.escape(boxOf(t))}"]`)! : t).getBoundingClientRect();
    const start = moved.map((t) => placeOf(t as Element));
    for (const a of animations) a.finish();
    const end = moved.map((t) => placeOf(t as Element));
    const far = moved.filter((_, i) => !near(start[i]!) && !near(end[i]!)).length;
    expect(far, `parts moving far from the screen (of ${moved.length})`).to.equal(0);
    window.scrollTo(0, 0);
  });

  // A transform animated on an SVG <text> makes Chromium lay the text out again on every frame of
  // the motion: a moving box's texts glide in one group, in step with the box's shapes.
  it("glides a moving box's texts in one group with its box; no text animates its transform", async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 800);
    const root = el.shadowRoot!;
    const collapsed = [...root.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    let moving: SVGGElement[] = [];
    for (const id of collapsed) {
      el.expand(id);
      await el.updateComplete;
      moving = [...root.querySelectorAll<SVGGElement>('[role="treeitem"].moving')];
      if (moving.length) break;
      for (const a of root.getAnimations()) a.finish();
    }
    expect(moving.length, 'boxes moving').to.be.greaterThan(0);
    const animations = root.getAnimations();
    const textMotions = animations.filter((a) => (a.effect as KeyframeEffect).target instanceof SVGTextElement && (a instanceof CSSAnimation || (a instanceof CSSTransition && a.transitionProperty === 'transform')));
    expect(textMotions.filter((a) => a instanceof CSSTransition).length, 'texts with a transform transition').to.equal(0);
    for (const a of animations) a.pause();
    const offsets = (time: number) => {
      for (const a of animations) a.currentTime = time;
      return moving.map((item) => {
        const id = item.dataset.id!;
        const group = root.querySelector(`.boxes [data-id="${CSS.escape(id)}"]`)!.parentElement!;
        expect(group.matches('.boxes > g.moving'), `texts of ${id} in a moving group`).to.equal(true);
        const [a, b] = [group.getBoundingClientRect(), item.querySelector('.frame')!.getBoundingClientRect()];
        return [Math.round(a.x - b.x), Math.round(a.y - b.y)];
      });
    };
    const end = offsets(250);
    expect(offsets(0), 'texts with their box at the start').to.deep.equal(end);
    expect(offsets(100), 'texts with their box midway').to.deep.equal(end);
    for (const a of animations) a.finish();
  });

  // The connectors do not morph their path (a `d` transition runs on the main thread, every
  // frame): one whose shape changed fades in at its new shape, one moved whole glides by a
  // transform; under reduced motion nothing runs at all.
  it('fades or shifts the connectors that moved, never morphs their path; nothing moves under reduced motion', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 800);
    const running = () => el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration) > 0);
    const edgeMotions = () =>
      running()
        .filter((a) => (a.effect as KeyframeEffect).target?.closest('.edges'))
        .map((a) => (a instanceof CSSTransition ? `transition ${a.transitionProperty}` : a instanceof CSSAnimation ? `animation ${a.animationName}` : 'script'));
    const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const seen = new Set<string>();
    for (const id of collapsed.slice(0, 3)) {
      for (const action of [() => el.expand(id), () => el.collapse(id)]) {
        action();
        await el.updateComplete;
        for (const m of edgeMotions()) seen.add(m);
        for (const a of el.shadowRoot!.getAnimations()) a.finish();
      }
    }
    expect([...seen].sort(), 'motions of connectors').to.include('animation org-fade');
    expect([...seen].filter((m) => !['animation org-fade', 'animation org-shift', 'transition opacity'].includes(m)), 'other motions of connectors').to.deep.equal([]);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const id = collapsed[0]!;
      for (const action of [() => el.expand(id), () => el.collapse(id)]) {
        action();
        await el.updateComplete;
        expect(running().length, 'motions under reduced motion').to.equal(0);
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  // A new svg height makes the browser lay out and shape every text of the drawing again: the
  // svg keeps its height while the window (the viewport <div>, which clips it) follows the drawing.
  it("keeps the svg's size when a toggle changes the drawing's height; the export is the drawing's size", async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 800);
    const svg = () => el.shadowRoot!.querySelector<SVGSVGElement>('svg.org')!;
    const windowHeight = () => el.shadowRoot!.querySelector<HTMLElement>('div.viewport')!.getBoundingClientRect().height;
    const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const id = collapsed[0]!;
    const height = svg().getAttribute('height');
    const heights = [windowHeight()];
    for (const action of [() => el.expand(id), () => el.collapse(id)]) {
      const records = await mutationsOf(el, action);
      heights.push(windowHeight());
      expect(records.filter((r) => r.target === svg() && r.type === 'attributes').map((r) => r.attributeName), 'attributes written to the svg').to.deep.equal([]);
      expect(svg().getAttribute('height')).to.equal(height);
      expect(Number(height), 'svg at least as tall as its window').to.be.at.least(windowHeight());
    }
    expect(heights[1], 'the window grew with the expanded body').to.be.greaterThan(heights[0]! + 40);
    expect(heights[2]).to.equal(heights[0]);
    // The window clips the taller svg without being scrollable: scrolling a box into view (as
    // focus() does) never shifts the drawing inside it.
    const win = el.shadowRoot!.querySelector<HTMLElement>('div.viewport')!;
    const frames = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"] > .frame')];
    frames[frames.length - 1]!.scrollIntoView({ block: 'start' });
    expect(win.scrollTop, 'window scrolled').to.equal(0);
    window.scrollTo(0, 0);
    // Printed, the window is the drawing's height too (no blank svg below it).
    await emulateMedia({ media: 'print' });
    try {
      expect(windowHeight(), 'printed window').to.equal(heights[0]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // The export is the drawing as shown: the window's height, not the svg's.
    const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const chart = [...file.documentElement.querySelectorAll(':scope > svg')].find((s) => s.querySelector('[role="tree"]'))!;
    expect(Number(chart.getAttribute('height'))).to.be.closeTo(heights[0]!, 1);
    expect(Number(chart.getAttribute('viewBox')!.split(' ')[3])).to.be.closeTo(heights[0]!, 1);
  });

  // A computed style read at the start of an update forces a style pass of its own whenever
  // style is out of date then (while a glide runs: its moving parts restyled at the new time,
  // then again with the update's changes). The element reads none during an expand or collapse
  // started mid-glide; the font family is read in the next frame (kit/controllers/font-controller.ts).
  it('reads no computed style during an expand or collapse started mid-glide', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 800);
    const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const id = collapsed[0]!;
    const original = window.getComputedStyle;
    const reads: string[] = [];
    window.getComputedStyle = function (this: Window, elt: Element, pseudo?: string | null) {
      reads.push(elt.localName);
      return original.call(this, elt, pseudo);
    } as typeof window.getComputedStyle;
    try {
      for (const action of [() => el.expand(id), () => el.collapse(id), () => el.expand(id)]) {
        action();
        await el.updateComplete;
        // Not vacuous: the next toggle starts while this one's parts glide.
        expect(el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running').length, 'parts gliding').to.be.greaterThan(0);
      }
      expect(reads, 'computed styles read during the updates').to.deep.equal([]);
      // The family is still watched: read in the frame after the update.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(reads, 'computed styles read in the next frame').to.include('policy-org-chart');
    } finally {
      window.getComputedStyle = original;
    }
  });

  // A font family set on the page after the first drawing (a class, a custom property) is picked
  // up after the next update, which then lays the chart out again with that font's widths.
  it('lays out again for a font family the page set after the first drawing', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 1200);
    const collapsed = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const widths = () => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[role="treeitem"] > .frame')].map((r) => r.getAttribute('width')).join(' ');
    const before = widths();
    el.parentElement!.style.setProperty('--policy-font-family', 'monospace');
    // The next update (an expand) notices the new family; the collapse back then is measured in it
    // (without that, it draws the layout remembered from before: the same widths).
    el.expand(collapsed[0]!);
    await settle(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle(el);
    el.collapse(collapsed[0]!);
    await settle(el);
    expect(widths(), 'boxes measured in the new family').to.not.equal(before);
  });

  // The tooltip of the box pointed at stays beside it through an expand or collapse: placed where
  // the box comes to rest, worked out from the layout and the view, not measured with the glides
  // moved to their end and back (each move restyled and laid out the moving parts once more, in
  // every such update: a reader pointing at the box whose ⊕ they click).
  // Zoomed out by the reader, the drawing is scaled (k < 1) and moved.
  for (const zoomed of [false, true]) it(`places the tooltip after a toggle from the layout, moving no glide to its end${zoomed ? ' (zoomed out)' : ''}`, async () => {
    // The governance chart with 推進会議's 副議長 line cut off in its box: its tooltip shows the whole text.
    const data = (await (await fetch('/data/governance.json')).json()) as { bodies: { id: string; roles?: { title: string; holders: string[] }[] }[] };
    const role = data.bodies.find((b) => b.id === 'council')!.roles!.find((r) => r.title === '副議長')!;
    role.holders = [...role.holders, ...Array.from({ length: 4 }, (_, i) => `${role.holders.join('')}（${i + 2}）`)];
    const el = await mount(data, 1280);
    const root = el.shadowRoot!;
    const zoom = (el as unknown as { zoom: { view: { k: number }; zoomCentre: (factor: number) => void } }).zoom;
    if (zoomed) {
      zoom.zoomCentre(0.8);
      el.requestUpdate();
      await settle(el);
      expect(zoom.view.k, 'zoomed out').to.be.below(1);
    }
    root.querySelector('[role="treeitem"][data-id="council"] > .frame')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await waitUntil(() => root.querySelector('.viewport > .tooltip'), 'tooltip never shown');
    await settle(el);
    const collapsed = [...root.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const id = 'council';
    const time = Object.getOwnPropertyDescriptor(Animation.prototype, 'currentTime')!;
    let seeks = 0;
    Object.defineProperty(Animation.prototype, 'currentTime', {
      ...time,
      set(this: Animation, value: CSSNumberish | null) {
        seeks++;
        time.set!.call(this, value);
      },
    });
    const restingRectOf = (el as unknown as { restingRectOf: (id: string) => { x: number; y: number; width: number; height: number } }).restingRectOf;
    let compared = 0;
    try {
      for (const action of [() => el.collapse(id), () => el.expand(id), () => el.expand(collapsed[0]!)]) {
        seeks = 0;
        action();
        await el.updateComplete;
        expect(seeks, 'glides moved to their end and back').to.equal(0);
        expect(root.querySelector('.viewport > .tooltip'), 'tooltip shown').to.not.equal(null);
        expect(root.getAnimations().filter((a) => a.playState === 'running').length, 'parts gliding').to.be.greaterThan(0);
        if (zoomed) expect(zoom.view.k, 'still zoomed out').to.be.below(1);
        // Where every drawn box comes to rest, worked out, is where it is measured at the end of its glides.
        Object.defineProperty(Animation.prototype, 'currentTime', time);
        for (const item of root.querySelectorAll<SVGGElement>('[role="treeitem"]')) {
          const measured = restingRect(item.querySelector(':scope > .frame')!);
          const worked = restingRectOf(item.dataset.id!);
          for (const k of ['x', 'y', 'width', 'height'] as const) expect(worked[k], `${item.dataset.id} ${k}`).to.be.closeTo(measured[k], 0.01);
          compared++;
        }
        Object.defineProperty(Animation.prototype, 'currentTime', { ...time, set(this: Animation, value: CSSNumberish | null) { seeks++; time.set!.call(this, value); } });
      }
    } finally {
      Object.defineProperty(Animation.prototype, 'currentTime', time);
    }
    expect(compared, 'boxes compared').to.be.greaterThan(20);
  });
});
