import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

// What a reader of a web page sees of the org chart's window: the whole drawing when it fits the
// width (the page scrolls, not the chart), a pannable window when it does not or when asked for.

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

async function mount(data: unknown, width: number, attrs = ''): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<policy-org-chart ${attrs}></policy-org-chart>`;
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'tree never drawn');
  await el.updateComplete;
  return el;
}

const root = (el: PolicyOrgChart) => el.shadowRoot!;
const windowOf = (el: PolicyOrgChart) => root(el).querySelector<HTMLElement>('div.viewport')!;
/** Every drawn box's frame, on the page. */
const frames = (el: PolicyOrgChart) => [...root(el).querySelectorAll('[role="treeitem"] .frame')].map((f) => f.getBoundingClientRect());
/** The drawn box lowest on the page (the last working group, the last office…). */
const lowest = (el: PolicyOrgChart) => frames(el).reduce((a, b) => (b.bottom > a.bottom ? b : a));
const inside = (r: DOMRect, area: DOMRect) => r.left >= area.left - 1 && r.right <= area.right + 1 && r.top >= area.top - 1 && r.bottom <= area.bottom + 1;
const at = (r: DOMRect) => `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;

describe('<policy-org-chart> window on a page', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 800, 1280]) {
    it(`at ${width} px shows the whole governance drawing without any pan: the lowest box is inside the window`, async () => {
      const el = await mount(await load('governance.json'), width);
      const area = windowOf(el).getBoundingClientRect();
      const box = lowest(el);
      expect(inside(box, area), `lowest box ${at(box)} in window ${at(area)}`).to.equal(true);
      for (const f of frames(el)) expect(inside(f, area), `box ${at(f)} in window ${at(area)}`).to.equal(true);
      expect(windowOf(el).classList.contains('pannable'), 'nothing to pan').to.equal(false);
      expect(root(el).querySelector('.drag-hint')).to.equal(null);
      // The page scrolls: the window is as tall as the drawing, taller than the browser's at 360 and 800.
      if (width < 1280) expect(area.height).to.be.greaterThan(innerHeight);
    });
  }

  it('at 800 px shows a generated 200-body organisation whole, and End scrolls the page to its last body', async () => {
    const el = await mount(generateOrganization({ bodies: 200, seed: 1 }), 800);
    const area = windowOf(el).getBoundingClientRect();
    expect(inside(lowest(el), area), `lowest box ${at(lowest(el))} in window ${at(area)}`).to.equal(true);
    expect(windowOf(el).classList.contains('pannable')).to.equal(false);
    const first = root(el).querySelector<SVGGElement>('[role="treeitem"][tabindex="0"]')!;
    first.focus();
    const transform = root(el).querySelector('g.viewport')!.getAttribute('transform');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    const focused = root(el).activeElement!.querySelector('.frame')!.getBoundingClientRect();
    // The focused box is brought into the browser's window by scrolling the page, not by panning the drawing.
    expect(focused.top >= 0 && focused.bottom <= innerHeight, `focused ${at(focused)}, window 0–${innerHeight}`).to.equal(true);
    expect(root(el).querySelector('g.viewport')!.getAttribute('transform')).to.equal(transform);
    scrollTo(0, 0);
  });

  it('zooming in pans inside the same window, and 「全体を表示」 shows the whole drawing again', async () => {
    const el = await mount(await load('governance.json'), 800);
    const before = windowOf(el).getBoundingClientRect();
    const first = root(el).querySelector<SVGGElement>('[role="treeitem"][tabindex="0"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(windowOf(el).getBoundingClientRect().height).to.be.closeTo(before.height, 1);
    expect(windowOf(el).classList.contains('pannable'), 'zoomed in, the drawing pans').to.equal(true);
    root(el).querySelector<HTMLButtonElement>('button[data-zoom="fit"]')!.click();
    await el.updateComplete;
    const area = windowOf(el).getBoundingClientRect();
    for (const f of frames(el)) expect(inside(f, area), `box ${at(f)} in window ${at(area)}`).to.equal(true);
    expect(windowOf(el).classList.contains('pannable')).to.equal(false);
  });

  it('at 360 px a fixed top-down drawing (1,800 px wide) pans in a window of at most 1,600 px; 「全体を表示」 shows every box', async () => {
    const el = await mount(await load('governance.json'), 360, 'orientation="top-down"');
    expect(windowOf(el).classList.contains('pannable')).to.equal(true);
    expect(windowOf(el).getBoundingClientRect().height).to.be.at.most(1600);
    root(el).querySelector<HTMLButtonElement>('button[data-zoom="fit"]')!.click();
    await el.updateComplete;
    const area = windowOf(el).getBoundingClientRect();
    for (const f of frames(el)) expect(inside(f, area), `box ${at(f)} in window ${at(area)}`).to.equal(true);
  });

  it('keeps a set height: the window of the drawing is that tall and pans; 「全体を表示」 fits the drawing into it', async () => {
    const el = await mount(await load('governance.json'), 800, 'height="700"');
    expect(windowOf(el).getBoundingClientRect().height).to.be.closeTo(700, 1);
    expect(windowOf(el).classList.contains('pannable')).to.equal(true);
    const fit = root(el).querySelector<HTMLButtonElement>('button[data-zoom="fit"]')!;
    fit.click();
    await el.updateComplete;
    const area = windowOf(el).getBoundingClientRect();
    for (const f of frames(el)) expect(inside(f, area), `box ${at(f)} in window ${at(area)}`).to.equal(true);
  });
});
