// Issue 8, panels and search as a reader sees them: the search box shows its whole placeholder
// (「組織・役職・構成員を検索」, "Search bodies, roles and members") at 360 and 1280 px, and the
// details panel of an English chart keeps every fact inside the panel (a long term such as
// "Editor's notes (how the source was read)" wraps instead of pushing the facts out).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

async function mount(width: number, attrs: string): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  // The font of the review pages (test/visual, test/lint), where the cut placeholder was seen.
  wrapper.style.fontFamily = "'Noto Sans CJK JP', sans-serif";
  wrapper.innerHTML = `<policy-org-chart ${attrs}></policy-org-chart>`;
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = await load('governance.json');
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
  afterEach(() => resetMouse());

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
});
