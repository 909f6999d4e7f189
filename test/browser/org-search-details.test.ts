// Issue 8, panels and search as a reader sees them: the search box shows its whole placeholder
// (「組織・役職・構成員を検索」, "Search bodies, roles and members") at 360 and 1280 px, and the
// details panel of an English chart keeps every fact inside the panel (a long term such as
// "Editor's notes (how the source was read)" wraps instead of pushing the facts out).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

async function mount(width: number, attrs: string, data?: unknown): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  // The font of the review pages (test/visual, test/lint), where the cut placeholder was seen.
  wrapper.style.fontFamily = "'Noto Sans CJK JP', sans-serif";
  wrapper.innerHTML = `<policy-org-chart ${attrs}></policy-org-chart>`;
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = data ?? (await load('governance.json'));
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="treeitem"]'), 'tree never drawn');
  return el;
}

/** Width in px of the input's placeholder set in the input's font. */
function placeholderWidth(input: HTMLInputElement): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const cs = getComputedStyle(input);
  ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  return ctx.measureText(input.placeholder).width;
}

describe('org chart search box and details panel (issue 8)', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 1280, height: 800 });
  });

  for (const [lang, width] of [['ja', 1280], ['ja', 360], ['en', 1280], ['en', 360]] as const) {
    it(`shows the whole search placeholder (${lang}, ${width} px)`, async () => {
      const el = await mount(width, `searchable lang="${lang}"`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      const cs = getComputedStyle(input);
      const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      expect(placeholderWidth(input), `「${input.placeholder}」 in ${room} px`).to.be.at.most(room);
      expect(input.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });
  }

  it('keeps every term and fact of an English details panel inside the panel', async () => {
    const el = await mount(800, 'lang="en"');
    const frame = el.shadowRoot!.querySelector('[role="treeitem"][data-id="amed"] > .frame')!;
    frame.scrollIntoView({ block: 'center' });
    const box = frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 20)] });
    const panel = await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]'), 'no details panel').then(
      () => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!,
    );
    await el.updateComplete;
    const p = panel.getBoundingClientRect();
    const cells = [...panel.querySelectorAll<HTMLElement>('dt, dd')];
    expect(cells.map((c) => c.textContent!.trim())).to.include("Editor's notes (how the source was read)");
    for (const cell of cells) {
      const r = cell.getBoundingClientRect();
      expect(r.right, `「${cell.textContent!.trim().slice(0, 30)}」 ends at ${r.right}, panel at ${p.right}`).to.be.at.most(p.right + 0.5);
      expect(cell.scrollWidth, `「${cell.textContent!.trim().slice(0, 30)}」 overflows its cell`).to.be.at.most(cell.clientWidth + 1);
    }
    // The facts keep at least half of the panel.
    const dd = panel.querySelector('dd')!.getBoundingClientRect();
    expect(dd.width).to.be.at.least(p.width * 0.5);
  });

  it('sets the tooltip of a cut-off box in type of 12 px or more, with all of its text', async () => {
    const data = (await load('governance.json')) as { bodies: Array<{ id: string; roles?: Array<{ title: string; holders: string[] }> }> };
    const role = data.bodies.find((b) => b.id === 'council')!.roles!.find((r) => r.title === '副議長')!;
    role.holders = [...role.holders, ...Array.from({ length: 4 }, (_, i) => `${role.holders.join('')}（${i + 2}）`)];
    const el = await mount(1240, '', data);
    const frame = el.shadowRoot!.querySelector('[role="treeitem"][data-id="council"] > .frame')!;
    frame.scrollIntoView({ block: 'center' });
    const box = frame.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    await waitUntil(() => el.shadowRoot!.querySelector('.tooltip'), 'no tooltip on hover');
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.textContent).to.contain(`${role.holders.at(-1)}`);
    for (const p of tip.querySelectorAll('p')) {
      expect(parseFloat(getComputedStyle(p).fontSize), p.textContent!.slice(0, 20)).to.be.at.least(12);
    }
  });

  it('keeps the details panel beside its box when the page scrolls and the chart updates', async () => {
    // A short window, so that scrolling up to the search box takes the box out of it (the drawing
    // at 1,240 px is under 1,000 px tall).
    await setViewport({ width: 1280, height: 560 });
    const el = await mount(1240, 'searchable');
    const frame = el.shadowRoot!.querySelector('[role="treeitem"][data-id="fund-tf"] > .frame')!;
    frame.scrollIntoView({ block: 'center' });
    const box = frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 20)] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="details"]'), 'no details panel');
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    const offset = (): number[] => {
      const p = panel.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return [Math.round(p.left - f.left), Math.round(p.top - f.top)];
    };
    const before = offset();
    // The reader scrolls up to the search box (the box leaves the window) and types.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.scrollIntoView({ block: 'start' });
    expect(frame.getBoundingClientRect().top, 'box below the window').to.be.above(document.documentElement.clientHeight);
    input.value = '経産省';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]'), 'panel still open').to.equal(panel);
    expect(offset()).to.deep.equal(before);
  });
});
