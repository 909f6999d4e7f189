/**
 * The org chart at a size where the DOM weight of each box matters (issue 13): how many
 * elements one drawn box costs. Counts, never times.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

async function mount(data: unknown, attrs = '', width = 1200): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  wrapper.innerHTML = `<policy-org-chart ${attrs}></policy-org-chart>`;
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'tree never drawn');
  return el;
}

const treeItems = (el: PolicyOrgChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"]')];

/** A body's texts in the layer above the tree, with everything in them. */
const textsOf = (el: PolicyOrgChart, id: string) => [...el.shadowRoot!.querySelectorAll(`.boxes [data-id="${CSS.escape(id)}"]`)].flatMap((t) => [t, ...t.querySelectorAll('*')]);

/**
 * The elements drawn for one body: its treeitem (the box's shapes) with everything in it, its
 * texts in the layer above the tree, and its tree connector (every body but a root has one).
 */
function elementsOfBox(el: PolicyOrgChart, item: SVGGElement): number {
  const texts = textsOf(el, item.dataset.id!);
  expect(texts.length, `text of ${item.dataset.id}`).to.be.above(0);
  return 1 + item.querySelectorAll('*').length + texts.length + (item.getAttribute('aria-level') !== '1' ? 1 : 0);
}

describe('<policy-org-chart> with every body of a large organisation drawn', () => {
  it('draws a box with 7 elements or fewer on average besides its further text lines (10 at most), and the chart with 12 per box, its lines included', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 1 }), 'collapsed-depth="1000"');
    const items = treeItems(el);
    expect(items).to.have.length(300);
    const counts = items.map((item) => elementsOfBox(el, item));
    // The further text lines' <tspan>s (not the kind badge's): how many lines a name wraps to
    // depends on the arrangement's column widths, not on the markup.
    const lines = items.map((item) => textsOf(el, item.dataset.id!).filter((t) => t.localName === 'tspan' && !t.classList.contains('badge-text')).length);
    const fixed = counts.map((c, i) => c - lines[i]!);
    // Until s12 a box was a treeitem holding a group of its shapes and its children's group, and a
    // group of texts in the layer above: 10.9 per box with its lines, about 8.5 without.
    expect(fixed.reduce((a, b) => a + b, 0) / fixed.length).to.be.at.most(7);
    const worst = Math.max(...fixed);
    expect(worst, `the heaviest box: ${items[fixed.indexOf(worst)]!.dataset.id}`).to.be.at.most(10);
    // What the benchmark reports (there, of the drawing alone): here every element of the shadow
    // root (toolbar, legend, links, lanes and every text line included) over the boxes drawn.
    expect(el.shadowRoot!.querySelectorAll('*').length / items.length).to.be.at.most(12);
    // One connector per body with a parent in the tree; one focus ring for the chart.
    expect(el.shadowRoot!.querySelectorAll('.edges path').length).to.equal(items.filter((i) => i.getAttribute('aria-level') !== '1').length);
    expect(el.shadowRoot!.querySelectorAll('.focus-ring')).to.have.length(1);
  });

  describe('culling', () => {
    type Internals = { view: { layout: { nodes: Array<{ id: string; x: number; y: number; width: number; height: number }> } }; zoom: { view: { k: number; tx: number; ty: number; width: number; height: number } } };
    const internals = (el: PolicyOrgChart) => el as unknown as Internals;
    /** Ids of the boxes the view shows (what the reader sees), from the element's own layout and view. */
    const inView = (el: PolicyOrgChart) => {
      const { view: { layout }, zoom } = internals(el);
      const view = zoom.view;
      const x0 = -view.tx / view.k;
      const y0 = -view.ty / view.k;
      const x1 = x0 + view.width / view.k;
      const y1 = y0 + view.height / view.k;
      return layout.nodes.filter((n) => n.x < x1 && n.x + n.width > x0 && n.y < y1 && n.y + n.height > y0).map((n) => n.id);
    };
    const drawnBoxes = (el: PolicyOrgChart) => new Set(treeItems(el).map((b) => b.dataset.id!));

    it('with 1,000 bodies expanded, draws the boxes in view and not the rest; panning brings the others in', async () => {
      const el = await mount(generateOrganization({ bodies: 1000, seed: 2 }), 'collapsed-depth="1000"', 900);
      const all = internals(el).view.layout.nodes.length;
      expect(all).to.equal(1000);
      const drawn = drawnBoxes(el);
      const seen = inView(el);
      expect(seen.length).to.be.above(3);
      for (const id of seen) expect(drawn.has(id), `box ${id} in view is drawn`).to.equal(true);
      expect(drawn.size).to.be.below(all / 2);
      expect(treeItems(el).length).to.be.below(all / 2);
      // A flat tree: every drawn box's treeitem is a child of the tree, in the tree's order (depth
      // first, as the layout lists the bodies), its level, set size and place in the set given.
      const order = internals(el).view.layout.nodes.map((n) => n.id);
      const ids = treeItems(el).map((item) => item.dataset.id!);
      for (const item of treeItems(el)) {
        expect(item.parentElement!.getAttribute('role'), `parent of ${item.dataset.id}`).to.equal('tree');
        for (const a of ['aria-level', 'aria-setsize', 'aria-posinset']) expect(item.hasAttribute(a), `${a} of ${item.dataset.id}`).to.equal(true);
      }
      expect(ids).to.deep.equal(order.filter((id) => ids.includes(id)));
      // Pan down a long way with the wheel: other boxes come in, those left behind go.
      const viewport = el.shadowRoot!.querySelector<HTMLElement>('div.viewport')!;
      const before = new Set(seen);
      for (let i = 0; i < 4; i++) {
        viewport.dispatchEvent(new WheelEvent('wheel', { deltaX: 700, deltaY: 500, bubbles: true, cancelable: true, composed: true }));
        await el.updateComplete;
      }
      const after = inView(el);
      expect(after.some((id) => !before.has(id)), 'the pan shows other boxes').to.equal(true);
      const drawnAfter = drawnBoxes(el);
      for (const id of after) expect(drawnAfter.has(id), `box ${id} in view after the pan is drawn`).to.equal(true);
    });

    it('draws a trunk passing through the view once, not once per child beyond the view', async () => {
      // A tall drawing (every body open, a narrow window): the connectors to the children far
      // below the view all run down one trunk through it. They were one path each, on top of
      // one another (72 paths for 17 boxes at 10,000 bodies); now one path per trunk.
      const el = await mount(generateOrganization({ bodies: 1000, seed: 2 }), 'collapsed-depth="1000"', 600);
      type Edge = { from: string; to: string; points: [number, number][] };
      const edges = (el as unknown as { view: { layout: { edges: Edge[] } } }).view.layout.edges;
      const byPath = new Map(edges.map((e) => [e.points.map((p, i) => `${i ? 'L' : 'M'}${p[0]} ${p[1]}`).join(''), e]));
      const drawn = drawnBoxes(el);
      const passing = new Map<string, number>();
      const paths = [...el.shadowRoot!.querySelectorAll('.edges path')];
      for (const path of paths) {
        const edge = byPath.get(path.getAttribute('d')!);
        expect(edge, 'a connector of the layout').to.not.equal(undefined);
        if (!drawn.has(edge!.to)) passing.set(edge!.from, (passing.get(edge!.from) ?? 0) + 1);
      }
      expect(passing.size, 'connectors pass through the view').to.be.above(0);
      // One trunk per parent in a column; a top-down bus may pass through both ways.
      for (const [parent, n] of passing) expect(n, `connectors of ${parent} to children not drawn`).to.be.at.most(2);
      // Every box in view still has its connector.
      const to = new Set(paths.map((p) => byPath.get(p.getAttribute('d')!)!.to));
      for (const id of drawn) if (edges.some((e) => e.to === id)) expect(to.has(id), `connector of ${id}`).to.equal(true);
    });

    it('keeps the focused body drawn, follows the keyboard anywhere, and the text alternative lists every body', async () => {
      const el = await mount(generateOrganization({ bodies: 1000, seed: 2 }), 'collapsed-depth="1000"', 900);
      treeItems(el)[0]!.focus();
      // End: the last body of the tree, far from the first view.
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as SVGGElement | null;
      const last = internals(el).view.layout.nodes.at(-1)!.id;
      expect(focused?.dataset.id).to.equal(last);
      expect(drawnBoxes(el).has(last)).to.equal(true);
      expect(inView(el)).to.include(last);
      // The focus ring sits on it.
      expect(el.shadowRoot!.querySelectorAll('.focus-ring')).to.have.length(1);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('[part="table"]')!;
      const doc = el.data as { bodies: Array<{ name: string }> };
      const text = table.textContent!;
      expect(doc.bodies.every((b) => text.includes(b.name))).to.equal(true);
    });
  });
});

