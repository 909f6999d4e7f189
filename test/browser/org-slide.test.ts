import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

// The org chart on a 1920×1080 slide in the element (`preset="slide"` with `height`, as the layout
// lint's slide case: 1888 × 1048 inside a 16 px margin): what a reader of the projected slide sees.

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<{ bodies: Array<{ id: string; roles?: Array<{ title: string; holders: string[] }> }> }>;
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

async function mountSlide(data: unknown): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1888px"></div>`);
  wrapper.innerHTML = '<policy-org-chart preset="slide" height="1048"></policy-org-chart>';
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'tree never drawn', { timeout: 20_000 });
  // The slide measures what its title, toolbar, legend and source take, and lays out again until it settles.
  for (let i = 0; i < 4; i++) {
    await document.fonts.ready;
    await frames();
    await el.updateComplete;
  }
  // Boxes glide to the settled layout (the slide's second layout, once what the rest takes is measured): read them where they end.
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished.catch(() => undefined)));
  await frames();
  return el;
}

/** The drawn text of a box (its text layer's lines, tspans joined). */
const boxText = (el: PolicyOrgChart, id: string) => [...el.shadowRoot!.querySelectorAll(`.boxes text[data-id="${id}"]`)].map((t) => t.textContent ?? '').join('');
/** Rendered size of each drawn text of the svg: its font size times the scale the svg is drawn at. */
const textSizes = (el: PolicyOrgChart) =>
  [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.org text')]
    .filter((t) => (t.textContent ?? '').trim() && t.getClientRects().length)
    .map((t) => ({ text: t.textContent!, px: Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1) }));

describe('<policy-org-chart preset="slide" height="1048"> (a 1920×1080 slide)', () => {
  before(() => setViewport({ width: 1920, height: 1080 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('draws the governance chart whole with every role line of the 本部 and 推進会議, no text under 18 px, inside the slide', async () => {
    const doc = await load('governance.json');
    const el = await mountSlide(doc);
    for (const id of ['hq', 'council']) {
      const drawn = boxText(el, id).replace(/\s/g, '');
      const body = doc.bodies.find((b) => b.id === id)!;
      expect(body.roles?.length).to.be.greaterThan(0);
      for (const role of body.roles!) {
        expect(drawn, `${id}: ${role.title}`).to.include(`${role.title}：`);
        for (const holder of role.holders) expect(drawn, `${id}: ${holder}`).to.include(holder.replace(/\s/g, ''));
      }
    }
    // Every body drawn (the working groups too), none folded away.
    expect(doc.bodies.filter((b) => !el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${b.id}"]`)).map((b) => b.id)).to.deep.equal([]);
    const small = textSizes(el).filter((t) => t.px < 18 - 0.01);
    expect(small.map((t) => `${t.text} ${t.px.toFixed(1)} px`)).to.deep.equal([]);
    // The whole chart (title, toolbar, drawing, legend, source) within the slide's 1048 px, the drawing unscaled and not panned.
    expect(el.getBoundingClientRect().height).to.be.at.most(1048);
    const window = el.shadowRoot!.querySelector<HTMLElement>('div.viewport')!.getBoundingClientRect();
    const outside = [...el.shadowRoot!.querySelectorAll('[role="treeitem"] .frame')]
      .map((f) => f.getBoundingClientRect())
      .filter((r) => r.bottom > window.bottom + 1 || r.right > window.right + 1 || r.left < window.left - 1 || r.top < window.top - 1);
    expect(outside.map((r) => `box at ${Math.round(r.left)},${Math.round(r.top)}`)).to.deep.equal([]);
  });

  it('keeps its toolbar, beside the title and description rather than in a row of its own', async () => {
    const el = await mountSlide(await load('governance.json'));
    const root = el.shadowRoot!;
    const toolbar = root.querySelector('[part="toolbar"]')!.getBoundingClientRect();
    const description = root.querySelector('[part="description"]')!.getBoundingClientRect();
    const title = root.querySelector('[part="title"]')!.getBoundingClientRect();
    expect(['.expand-all', '.collapse-all', '[part="table-toggle"]'].filter((sel) => !root.querySelector(sel))).to.deep.equal([]);
    expect(toolbar.top).to.be.below(description.bottom);
    expect(toolbar.left).to.be.at.least(Math.max(title.right, description.right));
    expect(root.querySelector('[part="chart"]')!.getBoundingClientRect().top).to.be.at.least(toolbar.bottom);
  });
});
