// At 1280×800, the details panel and the tooltip of a box near the bottom right of the window
// open beside that box and stay whole inside the browser window (issue #8, panels and tooltips);
// a panel opened or left open while its box glides after an expand or collapse goes beside where
// the box comes to rest, and closes when its box is folded away.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { settle } from './fixtures/settle.js';

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

/** The chart between two tall spacers, so that the page can scroll any box to any height; `motion`: how long boxes glide. */
async function mount(data: unknown, motion = '250ms'): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1240px"><div style="height: 1200px"></div><policy-org-chart style=${`--policy-motion-duration: ${motion}`}></policy-org-chart><div style="height: 1200px"></div></div>`);
  const el = wrapper.querySelector('policy-org-chart') as PolicyOrgChart;
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="treeitem"]'), 'tree never drawn');
  return el;
}

const frame = (el: PolicyOrgChart, id: string) => el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${id}"] > .frame`)!;

/** Scrolls the page so that `e`'s bottom is `margin` px above the window's bottom. */
function scrollToBottom(e: Element, margin: number): DOMRect {
  window.scrollBy(0, e.getBoundingClientRect().bottom - (innerHeight - margin));
  return e.getBoundingClientRect();
}

/** The panel is whole inside the 1280×800 window. */
function expectInsideWindow(panel: DOMRect): void {
  const w = document.documentElement.clientWidth;
  const h = document.documentElement.clientHeight;
  expect(panel.width, 'panel drawn').to.be.above(0);
  expect(panel.left, 'left').to.be.at.least(0);
  expect(panel.top, 'top').to.be.at.least(0);
  expect(panel.right, `right (window ${w})`).to.be.at.most(w + 0.5);
  expect(panel.bottom, `bottom (window ${h})`).to.be.at.most(h + 0.5);
}

/** The panel touches one side of the box (gap of at most `gap` px) without covering it. */
function expectBeside(panel: DOMRect, box: DOMRect, gap: number): void {
  const gaps = { below: panel.top - box.bottom, above: box.top - panel.bottom, right: panel.left - box.right, left: box.left - panel.right };
  const side = Object.entries(gaps).find(([, g]) => g >= -0.5 && g <= gap + 0.5);
  expect(side, `gaps ${JSON.stringify(gaps)}`).to.not.equal(undefined);
  // And along that side, the two overlap (the panel is next to the box, not off in a corner).
  const [name] = side!;
  if (name === 'below' || name === 'above') expect(Math.min(panel.right, box.right) - Math.max(panel.left, box.left)).to.be.above(0);
  else expect(Math.min(panel.bottom, box.bottom) - Math.max(panel.top, box.top)).to.be.above(0);
}

/** Ends every glide and growth of the chart's boxes at once (they rest where the layout put them). */
function finishMotion(el: PolicyOrgChart): void {
  for (const a of el.shadowRoot!.getAnimations()) a.finish();
}

/** Where each drawn box's frame is now, by id. */
function frames(el: PolicyOrgChart): Map<string, DOMRect> {
  return new Map([...el.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((t) => [t.getAttribute('data-id')!, t.querySelector(':scope > .frame')!.getBoundingClientRect()]));
}

/**
 * The box that moves furthest when `toggle` lays the chart out again, other than `toggled` (found
 * by doing it once with the motion ended, then undoing it): its id and where it is before.
 */
async function furthestMoved(el: PolicyOrgChart, toggled: string, toggle: () => void, undo: () => void): Promise<{ id: string; before: DOMRect }> {
  await settle(el);
  toggle();
  await settle(el);
  finishMotion(el);
  const after = frames(el);
  undo();
  await settle(el);
  finishMotion(el);
  const before = frames(el);
  const moved = [...after].filter(([id]) => id !== toggled && before.has(id)).map(([id, r]) => ({ id, before: before.get(id)!, by: Math.hypot(r.left - before.get(id)!.left, r.top - before.get(id)!.top) }));
  const best = moved.reduce((x, y) => (y.by > x.by ? y : x));
  expect(best.by, `${best.id} moves`).to.be.above(40);
  return best;
}

const rectOf = (r: DOMRect) => ({ left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) });

describe('org chart panels at 1280×800', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetMouse());

  it('opens the details of a box near the bottom right beside the box, inside the window, and Escape closes it', async () => {
    const el = await mount(await load('governance.json'));
    // The drawn box furthest to the bottom right.
    const ids = [...el.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((t) => t.getAttribute('data-id')!);
    const id = ids.reduce((a, b) => {
      const ra = frame(el, a).getBoundingClientRect();
      const rb = frame(el, b).getBoundingClientRect();
      return rb.bottom + rb.right > ra.bottom + ra.right ? b : a;
    });
    const box = scrollToBottom(frame(el, id), 10);
    expect(box.right).to.be.above(640);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    expect(details, 'details panel').to.not.equal(null);
    const panel = details.getBoundingClientRect();
    expectInsideWindow(panel);
    expectBeside(panel, frame(el, id).getBoundingClientRect(), 8);
    // Focus goes into the panel with Tab (its close button), and Escape there closes it and
    // brings focus back to the box.
    details.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    expect((el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id')).to.equal(id);
  });

  it('opens the details of a box clicked while it glides to a new place beside where it comes to rest', async () => {
    const el = await mount(await load('governance.json'), '20s');
    el.scrollIntoView();
    const fold = () => el.collapse('intl-tf');
    const { id, before: found } = await furthestMoved(el, 'intl-tf', fold, () => el.expand('intl-tf'));
    // The page scrolled so that the box is in the window (where the reader can click it).
    window.scrollBy(0, found.top - 200);
    const before = frame(el, id).getBoundingClientRect();
    fold();
    await el.updateComplete;
    // Its glide has only begun: it is (nearly) where it was, and is clicked there.
    const now = frame(el, id).getBoundingClientRect();
    expect(Math.abs(now.top - before.top) + Math.abs(now.left - before.left), 'moved so far').to.be.below(10);
    await sendMouse({ type: 'click', position: [Math.round(now.left + now.width / 2), Math.round(now.top + now.height / 2)] });
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    const opened = panel.getBoundingClientRect();
    finishMotion(el);
    const rest = frame(el, id).getBoundingClientRect();
    expectInsideWindow(opened);
    expectBeside(opened, rest, 8);
    // Just where it opens on the box at rest.
    panel.querySelector('button')!.click();
    await el.updateComplete;
    await sendMouse({ type: 'click', position: [Math.round(rest.left + rest.width / 2), Math.round(rest.top + rest.height / 2)] });
    await el.updateComplete;
    expect(rectOf(opened)).to.deep.equal(rectOf(el.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect()));
  });

  it('moves a panel left open beside its box when an expand or collapse moves the box, and closes it when the box is folded away', async () => {
    const el = await mount(await load('governance.json'), '20s');
    await settle(el);
    // A box of the lane row, in the window.
    window.scrollBy(0, frame(el, 'device').getBoundingClientRect().top - 200);
    const box = frame(el, 'device').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await settle(el);
    const opened = frame(el, 'device').getBoundingClientRect();
    const panel = el.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect();
    expectBeside(panel, opened, 8);
    // A subtree beside it folds (医療国際展開TF, which stays where it was on the screen): the
    // lane row's box glides sideways; the panel goes with it.
    el.collapse('intl-tf');
    await el.updateComplete;
    const moved = el.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect();
    finishMotion(el);
    const rest = frame(el, 'device').getBoundingClientRect();
    expect(Math.abs(opened.left - rest.left), 'box moved sideways').to.be.above(40);
    expectInsideWindow(moved);
    expectBeside(moved, rest, 8);
    expect({ x: Math.round(moved.left - rest.left), y: Math.round(moved.top - rest.top) }, 'where the panel is from its box').to.deep.equal({ x: Math.round(panel.left - opened.left), y: Math.round(panel.top - opened.top) });
    // Its parent collapses: the box is gone, and so is the panel.
    el.collapse('council');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="treeitem"][data-id="device"]'), 'box folded away').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="details"]'), 'details panel').to.equal(null);
  });

  it('closes the details of the focused box on Escape, and the keyboard hint says so', async () => {
    const el = await mount(await load('governance.json'));
    el.focusNode('council');
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"] h3')?.textContent).to.equal('健康・医療戦略推進会議');
    expect((el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id')).to.equal('council');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    expect((el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id')).to.equal('council');
    expect(el.shadowRoot!.querySelector('#org-hint')!.textContent).to.contain('Escで詳細を閉じる');
  });

  it('lists two holders as whole items: a name that fits on a line is never cut', async () => {
    const data = (await load('governance.json')) as { bodies: Array<{ id: string; roles?: Array<{ title: string; holders: string[] }> }> };
    const body = data.bodies.find((b) => b.roles?.length)!;
    body.roles![0]!.holders = ['健康・医療戦略担当大臣を補佐する内閣府大臣政務官', '内閣総理大臣補佐官（健康・医療戦略室長）'];
    const el = await mount(data);
    // A page that gives the panel room for columns (where a column narrower than a name cut it).
    const style = document.createElement('style');
    style.textContent = 'policy-org-chart::part(details) { width: 1000px }';
    document.head.append(style);
    after(() => style.remove());
    const box = scrollToBottom(frame(el, body.id), 200);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    const lis = [...el.shadowRoot!.querySelector('[part="details"] ul.holders')!.querySelectorAll<HTMLElement>('li')];
    expect(lis.map((li) => li.textContent)).to.deep.equal(body.roles![0]!.holders);
    for (const li of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="details"] ul.holders li')) {
      // One box per item: an item split across columns or lines mid-name has more than one.
      const range = document.createRange();
      range.selectNodeContents(li);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, `${li.textContent} on ${lines.size} lines`).to.equal(1);
    }
    expectInsideWindow(el.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect());
  });

  it('places the tooltip of a cut-off box at the window bottom above or beside it, never clipped', async () => {
    const data = (await load('governance.json')) as { bodies: Array<{ id: string; roles?: Array<{ title: string; holders: string[] }> }> };
    const role = data.bodies.find((b) => b.id === 'council')!.roles!.find((r) => r.title === '副議長')!;
    role.holders = [...role.holders, ...Array.from({ length: 4 }, (_, i) => `${role.holders.join('')}（${i + 2}）`)];
    const el = await mount(data);
    const box = scrollToBottom(frame(el, 'council'), 10);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    const tip = await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>('.tooltip'), 'no tooltip on hover').then(() => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!);
    expect(tip.textContent).to.contain('内閣総理大臣補佐官（健康・医療戦略室長）');
    const r = tip.getBoundingClientRect();
    expectInsideWindow(r);
    // Whole inside the chart's window too (it clips what overflows).
    const area = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    expect(r.top).to.be.at.least(area.top - 0.5);
    expect(r.bottom).to.be.at.most(area.bottom + 0.5);
    expectBeside(r, frame(el, 'council').getBoundingClientRect(), 6);
  });
});
