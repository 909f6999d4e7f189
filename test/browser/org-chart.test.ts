import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import type { PolicyDataErrorEvent } from '../../src/events/data-error.js';
import type { PolicyNodeSelectEvent } from '../../src/events/node-select.js';
import type { PolicyNodeToggleEvent } from '../../src/events/node-toggle.js';

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

async function mount(data: unknown, attrs = ''): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
  wrapper.innerHTML = `<policy-org-chart ${attrs}></policy-org-chart>`;
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'tree never drawn');
  return el;
}

const items = (el: PolicyOrgChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"]')];
const item = (el: PolicyOrgChart, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`[role="treeitem"][data-id="${id}"]`)!;
const focusedId = (el: PolicyOrgChart) => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id');

async function press(el: PolicyOrgChart, key: string): Promise<void> {
  const target = el.shadowRoot!.activeElement ?? items(el)[0]!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
  await el.updateComplete;
}

describe('<policy-org-chart>', () => {
  it('draws the governance seed as an ARIA tree with levels, set sizes and names', async () => {
    const el = await mount(await load('governance.json'));
    expect(items(el)).to.have.length(18);
    const council = item(el, 'council');
    expect(council.getAttribute('aria-level')).to.equal('2');
    // A flat tree: the items are the tree's children in its order (depth first), their levels, set sizes and places given.
    expect(council.parentElement!.getAttribute('role')).to.equal('tree');
    expect(items(el).map((i) => i.dataset.id).slice(0, 3)).to.deep.equal(['hq', 'council', 'device']);
    const device = item(el, 'device');
    expect(device.getAttribute('aria-level')).to.equal('3');
    expect(device.getAttribute('aria-setsize')).to.equal('7');
    expect(device.getAttribute('aria-posinset')).to.equal('1');
    expect(item(el, 'hq').getAttribute('aria-expanded')).to.equal('true');
    expect(device.hasAttribute('aria-expanded')).to.equal(false);
    expect(item(el, 'hq').getAttribute('aria-label')).to.contain('連携: AMED');
    // Roving tabindex: exactly one body is in the tab order.
    expect(items(el).filter((i) => i.getAttribute('tabindex') === '0').map((i) => i.dataset.id)).to.deep.equal(['hq']);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    for (const word of ['連携', '共同事務局', '所管']) expect(legend).to.contain(word);
  });

  it('moves with the arrow keys, Home/End and type-ahead, collapsing and expanding', async () => {
    const el = await mount(await load('governance.json'));
    item(el, 'hq').focus();
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('council');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('device');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('council');

    const toggled = oneEvent(el, 'policy-node-toggle') as Promise<PolicyNodeToggleEvent>;
    await press(el, 'ArrowLeft');
    const event = await toggled;
    expect(event.detail).to.include({ id: 'council', expanded: false });
    expect(event.detail.body.name).to.equal('健康・医療戦略推進会議');
    expect(item(el, 'council').getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'device')).to.equal(null);

    await press(el, 'ArrowRight');
    expect(item(el, 'council').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'device')).to.not.equal(null);

    await press(el, 'End');
    expect(focusedId(el)).to.equal(items(el).at(-1)!.dataset.id);
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('hq');
    await press(el, 'A'); // AMED, by its alias
    expect(focusedId(el)).to.equal('amed');
    expect(item(el, 'amed').getAttribute('tabindex')).to.equal('0');
    expect(item(el, 'hq').getAttribute('tabindex')).to.equal('-1');
  });

  it('Enter selects: fires policy-node-select and opens the details panel', async () => {
    const el = await mount(await load('partnership-council.json'));
    item(el, 'partnership-council').focus();
    const selected = oneEvent(el, 'policy-node-select') as Promise<PolicyNodeSelectEvent>;
    await press(el, 'Enter');
    const event = await selected;
    expect(event.detail.id).to.equal('partnership-council');
    expect(event.bubbles && event.composed).to.equal(true);
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    // Every observer is listed there, not 43 boxes.
    expect(details.textContent).to.contain('武田薬品工業（株）');
    expect(details.textContent).to.contain('ヤマトロジスティクス（株）');
    expect(item(el, 'partnership-council').getAttribute('aria-selected')).to.equal('true');
  });

  it('expand(), collapse() and property changes fire no events', async () => {
    const el = await mount(await load('governance.json'));
    let fired = 0;
    el.addEventListener('policy-node-toggle', () => fired++);
    el.addEventListener('policy-node-select', () => fired++);
    el.collapse('council');
    await el.updateComplete;
    expect(item(el, 'device')).to.equal(null);
    el.expand('council');
    await el.updateComplete;
    expect(item(el, 'device')).to.not.equal(null);
    el.search = 'ゲノム';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('starts collapsed below collapsed-depth and search expands the path to a match', async () => {
    const el = await mount(await load('partnership-council.json'), 'collapsed-depth="1" searchable');
    expect(item(el, 'partnership-council')).to.equal(null);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = '武田薬品';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await el.updateComplete;
    const match = item(el, 'partnership-council');
    expect(match).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.frame.match')).to.have.length(1);
    expect(match.getAttribute('aria-label')).to.contain('検索に一致');
    expect(el.shadowRoot!.querySelector('.search-status')!.textContent).to.equal('1件の組織が一致しました');
  });

  it('shows the text alternative as nested lists with every body and holder', async () => {
    const el = await mount(await load('partnership-council.json'));
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('テキストで見る');
    toggle.click();
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('[part="table"] .org-list')!;
    expect(list.querySelectorAll('li')).to.have.length(4);
    expect(list.textContent).to.contain('武田薬品工業（株）');
    expect(list.querySelector('li li li')!.textContent).to.contain('国際医薬パートナーシップ推進会議');
  });

  it("keeps the editor's notes off the boxes and shows them in the details and the text alternative", async () => {
    const el = await mount(await load('governance.json'), 'collapsed-depth="9"');
    const drawn = [...el.shadowRoot!.querySelectorAll('.boxes text')].map((g) => g.textContent).join('');
    expect(drawn).to.contain('医療分野の研究開発関連予算');
    expect(drawn).to.not.contain('解釈');
    expect(drawn).to.not.contain('レーンは推定');
    item(el, 'amed').focus();
    await press(el, 'Enter');
    const notes = el.shadowRoot!.querySelector('[part="details"] dd.editor-notes')!;
    expect(notes.textContent).to.contain('「所管 内閣府／文科省／厚労省／経産省」の線は解釈');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('[part="table"]')!;
    expect(table.querySelector('.org-list')!.textContent).to.contain('レーンは推定');
    expect(table.querySelector('section.list-editor-notes')!.textContent).to.contain('矢印の両端がテキストから読み取れないため線にしていない');
  });

  it('names each offending id and path for bad input, and draws nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ type: 'organization', bodies: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'bodies[1].id'],
      [{ type: 'organization', bodies: [{ id: 'a', name: 'A', parent: 'b' }, { id: 'b', name: 'B', parent: 'a' }] }, 'bodies[0].parent'],
      [{ type: 'organization', bodies: [{ id: 'a', name: 'A', parent: 'zz' }] }, 'bodies[0].parent'],
      [{ type: 'organization', bodies: [{ id: 'a', name: 'A', lane: 'zz' }] }, 'bodies[0].lane'],
      [{ type: 'organization', bodies: [{ id: 'a', name: 'A' }], links: [{ from: 'a', to: 'zz', type: 'cooperation' }] }, 'links[0].to'],
    ];
    for (const [data, path] of cases) {
      const el = document.createElement('policy-org-chart') as PolicyOrgChart;
      el.data = data;
      const failed = oneEvent(el, 'policy-data-error') as Promise<PolicyDataErrorEvent>;
      document.body.append(el);
      const event = await failed;
      expect(el.status).to.equal('error');
      expect(event.detail.issues.map((i) => i.path).join(' ')).to.contain(path);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(path);
      expect(el.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);
      el.remove();
    }
  });

  it('zooms with + and − and shows the whole chart with 0', async () => {
    const el = await mount(await load('governance.json'));
    const viewport = () => el.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform')!;
    const before = viewport();
    item(el, 'hq').focus();
    await press(el, '+');
    expect(viewport()).to.not.equal(before);
    await press(el, '0');
    const drawing = el.shadowRoot!.querySelector('g.viewport')!.getBoundingClientRect();
    const frame = el.shadowRoot!.querySelector('g.viewport')!.closest('svg')!.getBoundingClientRect();
    expect(drawing.left).to.be.at.least(frame.left - 1);
    expect(drawing.right).to.be.at.most(frame.right + 1);
  });

  it('「全体を表示」 shows the whole drawing in a narrow chart, and + zooms back in', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    // orientation="top-down" keeps every level spread (auto would pick a column that fits 600 px).
    wrapper.innerHTML = '<policy-org-chart collapsed-depth="9" orientation="top-down"></policy-org-chart>';
    const el = wrapper.firstElementChild as PolicyOrgChart;
    el.data = await load('governance.json');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-zoom="fit"]'), 'no fit button on a chart wider than its box');
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[role="tree"], svg:has([role="tree"])')!;
    const drawing = () => el.shadowRoot!.querySelector<SVGGElement>('g.viewport')!.getBoundingClientRect();
    const frame = svg.getBoundingClientRect();
    expect(drawing().width).to.be.greaterThan(frame.width + 100, 'the first view is wider than the box (it pans)');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-zoom="fit"]')!.click();
    await el.updateComplete;
    const fitted = drawing();
    const box = svg.getBoundingClientRect();
    expect(fitted.left).to.be.at.least(box.left - 1);
    expect(fitted.right).to.be.at.most(box.right + 1);
    expect(fitted.top).to.be.at.least(box.top - 1);
    expect(fitted.bottom).to.be.at.most(box.bottom + 1);
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-zoom="in"]');
    expect(zoomIn, 'the zoom buttons stay').to.not.equal(null);
    zoomIn!.click();
    await el.updateComplete;
    expect(drawing().width).to.be.greaterThan(fitted.width);
  });

  it('is accessible (axe), in Japanese and in English', async () => {
    const el = await mount(await load('governance.json'), 'searchable');
    await expect(el).shadowDom.to.be.accessible();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 800px"></div>`);
    const en = document.createElement('policy-org-chart') as PolicyOrgChart;
    en.data = await load('partnership-council.json');
    wrapper.append(en);
    await waitUntil(() => en.shadowRoot!.querySelector('[role="tree"]'));
    item(en, 'partnership-council').focus();
    await press(en, 'Enter');
    expect(en.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Show as text');
    await expect(en).shadowDom.to.be.accessible();
  });

  describe('pointer', () => {
    afterEach(() => resetMouse());

    // Page coordinates for sendMouse: bring the element into the 800×600 test window first.
    const centre = (e: Element): [number, number] => {
      e.scrollIntoView({ block: 'center', inline: 'center' });
      const r = e.getBoundingClientRect();
      const x = Math.round(r.left + r.width / 2);
      const y = Math.round(r.top + r.height / 2);
      // What the pointer will hit there: the element itself (nothing drawn over it).
      const root = e.getRootNode() as ShadowRoot;
      const hit = root.elementFromPoint(x, y);
      expect(hit === e || e.contains(hit), `${hit?.outerHTML.slice(0, 80)} at ${x},${y} (window ${innerWidth}×${innerHeight})`).to.equal(true);
      return [x, y];
    };
    const transform = (el: PolicyOrgChart) => el.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform')!;
    const scaleOf = (el: PolicyOrgChart) => Number(/scale\(([\d.]+)\)/.exec(transform(el))![1]);
    const translateOf = (el: PolicyOrgChart) => /translate\((-?[\d.]+) (-?[\d.]+)\)/.exec(transform(el))!.slice(1).map(Number);

    it('a click selects the body, fires policy-node-select, and shows the selection, not the keyboard ring', async () => {
      const el = await mount(await load('governance.json'));
      const selected = oneEvent(el, 'policy-node-select') as Promise<PolicyNodeSelectEvent>;
      await sendMouse({ type: 'click', position: centre(item(el, 'amed').querySelector('.frame')!) });
      expect((await selected).detail.id).to.equal('amed');
      await el.updateComplete;
      expect(item(el, 'amed').getAttribute('aria-selected')).to.equal('true');
      expect(focusedId(el)).to.equal('amed');
      expect(item(el, 'amed').querySelector('.selected-ring')).to.not.equal(null);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.focus-ring')!).opacity).to.equal('0');
      expect(el.shadowRoot!.querySelector('[part="details"] h3')!.textContent).to.equal('国立研究開発法人日本医療研究開発機構');
      // The keyboard brings the ring back (a real key press: synthetic events do not count).
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const ring = el.shadowRoot!.querySelector('.focus-ring')!;
      expect(getComputedStyle(ring).opacity).to.equal('1');
      // One ring for the chart, around the focused body's box.
      const ringBox = ring.getBoundingClientRect();
      const focusedBox = item(el, focusedId(el)!).querySelector('.frame')!.getBoundingClientRect();
      expect(ringBox.left).to.be.below(focusedBox.left);
      expect(ringBox.right).to.be.above(focusedBox.right);
      expect(ringBox.top).to.be.below(focusedBox.top);
    });

    it('a collapsed box with 4 links into it shows 「連携等 4」 instead of 4 lines; a click on it lists them in the details', async () => {
      // A council folded with 4 working groups, each tied to its own ministry (one 所管, three 連携).
      const data = {
        type: 'organization',
        bodies: [
          { id: 'hq', name: '本部', kind: 'headquarters' },
          { id: 'c', name: '推進会議', kind: 'council', parent: 'hq' },
          ...[0, 1, 2, 3].map((i) => ({ id: `wg${i}`, name: `作業部会${i}`, kind: 'working-group', parent: 'c' })),
          ...[0, 1, 2, 3].map((i) => ({ id: `m${i}`, name: `省${i}`, kind: 'ministry' })),
        ],
        links: [0, 1, 2, 3].map((i) => ({ from: `m${i}`, to: `wg${i}`, type: i === 0 ? 'jurisdiction' : 'cooperation' })),
      };
      const el = await mount(data, 'collapsed-depth="1"');
      expect(el.shadowRoot!.querySelectorAll('.links .link')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.folded-text')!.textContent).to.equal('連携等 4');
      expect(item(el, 'c').getAttribute('aria-label')).to.contain('折りたたまれた配下の組織との関係 4件');
      expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('折りたたまれた配下の組織との関係の数');
      const selected = oneEvent(el, 'policy-node-select') as Promise<PolicyNodeSelectEvent>;
      await sendMouse({ type: 'click', position: centre(item(el, 'c').querySelector('[data-action="details"]')!) });
      expect((await selected).detail.id).to.equal('c');
      await el.updateComplete;
      const listed = [...el.shadowRoot!.querySelectorAll('[part="details"] ul.folded-links li')].map((li) => li.textContent!.trim());
      expect(listed).to.deep.equal(['所管：省0 → 作業部会0', '連携：省1 → 作業部会1', '連携：省2 → 作業部会2', '連携：省3 → 作業部会3']);
      await expect(el).shadowDom.to.be.accessible();
      // Expanded, the 4 links are lines between drawn boxes again, and the badge is gone.
      el.expand('c');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.links .link')).to.have.length(4);
      expect(el.shadowRoot!.querySelector('.folded-chip')).to.equal(null);
    });

    it('box text follows --policy-font-size: names 8/7 of it, role lines and notes at it', async () => {
      const el = await mount(await load('governance.json'), 'style="--policy-font-size: 21px"');
      const name = item(el, 'hq');
      expect(name).to.not.equal(null);
      const box = el.shadowRoot!.querySelector('.boxes .name')!;
      const role = el.shadowRoot!.querySelector('.boxes .role')!;
      expect(getComputedStyle(box).fontSize).to.equal('24px');
      expect(getComputedStyle(role).fontSize).to.equal('21px');
    });

    it('a click on the toggle expands the body and fires policy-node-toggle, without selecting it', async () => {
      const el = await mount(await load('governance.json'), 'collapsed-depth="1"');
      expect(item(el, 'council').getAttribute('aria-expanded')).to.equal('false');
      expect(item(el, 'device')).to.equal(null);
      let selects = 0;
      el.addEventListener('policy-node-select', () => selects++);
      const toggled = oneEvent(el, 'policy-node-toggle') as Promise<PolicyNodeToggleEvent>;
      await sendMouse({ type: 'click', position: centre(item(el, 'council').querySelector('.toggle')!) });
      expect((await toggled).detail).to.include({ id: 'council', expanded: true });
      await el.updateComplete;
      expect(item(el, 'council').getAttribute('aria-expanded')).to.equal('true');
      expect(item(el, 'device')).to.not.equal(null);
      expect(selects).to.equal(0);
    });

    it('a drag pans a chart wider than its box, and selects nothing', async () => {
      // Spread top-down on purpose: at 360 px auto draws one column that needs no panning.
      const el = await mount(await load('governance.json'), 'orientation="top-down"');
      (el.parentElement as HTMLElement).style.width = '360px';
      await waitUntil(() => el.shadowRoot!.querySelector('.viewport.pannable'), 'never pannable at 360 px');
      let selects = 0;
      el.addEventListener('policy-node-select', () => selects++);
      const [x0 = NaN, y0 = NaN] = translateOf(el);
      // A box inside the chart's window (the window clips the drawing and never scrolls: the drag starts on what the reader sees).
      const win = el.shadowRoot!.querySelector('div.viewport')!.getBoundingClientRect();
      const inWindow = [...el.shadowRoot!.querySelectorAll('[role="treeitem"] > .frame')].find((f) => {
        const r = f.getBoundingClientRect();
        return r.left >= win.left + 4 && r.right <= win.right - 4;
      });
      expect(inWindow, 'a box inside the window').to.not.equal(undefined);
      const [cx, cy] = centre(inWindow!);
      await sendMouse({ type: 'move', position: [cx, cy] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [cx - 40, cy] });
      await sendMouse({ type: 'move', position: [cx - 120, cy] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      const [x1 = NaN, y1 = NaN] = translateOf(el);
      expect(x1).to.be.below(x0 - 60);
      expect(y1).to.equal(y0);
      expect(selects).to.equal(0);
      expect(el.shadowRoot!.querySelector('.drag-hint')!.textContent).to.contain('ドラッグ');
    });

    it('ctrl + wheel (and trackpad pinch) zooms at the pointer; a plain wheel over a fitting chart leaves the page to scroll', async () => {
      const el = await mount(await load('partnership-council.json'));
      const viewport = el.shadowRoot!.querySelector<HTMLElement>('div.viewport')!;
      const [cx, cy] = centre(viewport);
      const k0 = scaleOf(el);
      const plain = new WheelEvent('wheel', { deltaY: 120, clientX: cx, clientY: cy, bubbles: true, cancelable: true, composed: true });
      viewport.dispatchEvent(plain);
      expect(plain.defaultPrevented).to.equal(false);
      const pinch = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: cx, clientY: cy, bubbles: true, cancelable: true, composed: true });
      viewport.dispatchEvent(pinch);
      await el.updateComplete;
      expect(pinch.defaultPrevented).to.equal(true);
      expect(scaleOf(el)).to.be.above(k0 * 1.5);
    });
  });

  describe('tooltip of a cut-off box', () => {
    const tip = (el: PolicyOrgChart) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip');

    /** The governance chart with 推進会議's 副議長 line long enough to be cut even in a box of full width. */
    const longRole = async () => {
      const data = (await load('governance.json')) as { bodies: Array<{ id: string; roles?: Array<{ title: string; holders: string[] }> }> };
      const role = data.bodies.find((b) => b.id === 'council')!.roles!.find((r) => r.title === '副議長')!;
      role.holders = [...role.holders, ...Array.from({ length: 4 }, (_, i) => `${role.holders.join('')}（${i + 2}）`)];
      return data;
    };

    it('shows the full text while the box has keyboard focus, and Escape hides it', async () => {
      const el = await mount(await longRole());
      // 推進会議's 副議長 line is cut off in its box…
      // (A box's text: the texts with its data-id in the layer above the tree.)
      const id = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.boxes text')].find((b) => b.textContent!.includes('推進会議'))!.dataset.id!;
      const drawn = [...el.shadowRoot!.querySelectorAll(`.boxes [data-id="${id}"]`)].flatMap((t) => [t, ...t.querySelectorAll('*')]);
      expect(drawn.filter((t) => t.classList.contains('role')).some((t) => t.textContent!.endsWith('…'))).to.equal(true);
      expect(tip(el)).to.equal(null);
      item(el, 'hq').focus();
      await press(el, 'ArrowDown');
      expect(focusedId(el)).to.equal('council');
      // …and the tooltip holds it whole, as the data gives it.
      expect(tip(el)).to.not.equal(null);
      expect(tip(el)!.textContent).to.contain('副議長：健康・医療戦略担当大臣を補佐する内閣府大臣政務官、内閣総理大臣補佐官（健康・医療戦略室長）');
      expect(tip(el)!.querySelector('.tip-name')!.textContent).to.equal('健康・医療戦略推進会議');
      // Placed beside the box (under it, else over, right or left: whichever has room), inside the drawing and the window.
      const box = item(el, 'council').querySelector('.frame')!.getBoundingClientRect();
      const r = tip(el)!.getBoundingClientRect();
      const area = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
      const at = JSON.stringify({ tip: [r.left, r.top, r.right, r.bottom], box: [box.left, box.top, box.right, box.bottom], area: [area.top, area.bottom], window: innerHeight });
      expect(r.top >= box.bottom || r.bottom <= box.top || r.left >= box.right || r.right <= box.left, at).to.equal(true);
      expect(r.top >= Math.max(0, area.top) && r.bottom <= Math.min(innerHeight, area.bottom), at).to.equal(true);
      await press(el, 'Escape');
      expect(tip(el)).to.equal(null);
      // A body whose text all fits has no tooltip.
      await press(el, 'ArrowUp');
      expect(focusedId(el)).to.equal('hq');
      expect(tip(el)).to.equal(null);
    });

    it('shows on hover too', async () => {
      const el = await mount(await longRole());
      const area = item(el, 'council').querySelector('.frame')!;
      area.scrollIntoView({ block: 'center', inline: 'center' });
      const r = area.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 20), Math.round(r.top + 20)] });
      await waitUntil(() => tip(el), 'no tooltip on hover');
      expect(tip(el)!.textContent).to.contain('内閣総理大臣補佐官（健康・医療戦略室長）');
      await resetMouse();
    });
  });

  describe('expand motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    // Boxes with a running motion (a glide to a new place, or growing out of the parent) that lasts.
    const movingBoxes = (el: PolicyOrgChart) =>
      [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"]')].filter((b) =>
        b.getAnimations().some((a) => Number(a.effect?.getComputedTiming().duration) > 0 && a.playState === 'running'),
      );

    it('new boxes grow out of their parent; the first drawing does not move', async () => {
      const el = await mount(await load('governance.json'), 'collapsed-depth="1"');
      expect(movingBoxes(el)).to.have.length(0);
      el.expand('council');
      await el.updateComplete;
      const moving = movingBoxes(el);
      // The seven councils and task forces under 推進会議 appear, each starting from 推進会議's box.
      expect(moving.filter((b) => b.classList.contains('entering'))).to.have.length(7);
      const grow = moving.find((b) => b.classList.contains('entering'))!;
      // Its frame grows from 40 %; its text does not move (a <text> with an animated transform is laid out again when the motion starts and ends): it fades in at its place,
      // in one layer with the other new boxes' texts (one animation for them all, not one per text).
      expect(grow.getAnimations().map((a) => (a as CSSAnimation).animationName)).to.include('org-grow');
      expect(grow.style.getPropertyValue('--_from')).to.contain('scale(0.4)');
      const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>(`.boxes text[data-id="${grow.dataset['id']}"]`)];
      expect(texts.length).to.be.above(0);
      const layers = el.shadowRoot!.querySelectorAll<SVGGElement>('.boxes > g.entering');
      expect(layers).to.have.length(1);
      const layer = layers[0]!;
      expect(layer.getAnimations().map((a) => (a as CSSAnimation).animationName)).to.deep.equal(['org-text-in']);
      expect(getComputedStyle(layer).opacity, 'hidden while the frame grows').to.equal('0');
      // Every new box's texts are in it (7 boxes), none of the boxes drawn before.
      expect(new Set([...layer.querySelectorAll('text')].map((t) => t.getAttribute('data-id'))).size).to.equal(7);
      expect(layer.querySelector('[data-id="council"]')).to.equal(null);
      for (const t of texts) {
        expect(t.closest('g.entering')).to.equal(layer);
        expect(t.getAnimations()).to.have.length(0);
        expect(t.style.getPropertyValue('--_from')).to.equal('');
      }
      // It starts at the bottom of 推進会議's box, scaled down, not at its own place (held at time 0: no timing).
      for (const a of grow.getAnimations()) {
        a.pause();
        a.currentTime = 0;
      }
      const council = item(el, 'council').querySelector<SVGGElement>('.frame')!.getBoundingClientRect();
      const start = grow.getBoundingClientRect();
      expect(start.top).to.be.below(council.bottom + 1);
      expect(start.top).to.be.above(council.top);
    });

    it('nothing moves under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount(await load('governance.json'), 'collapsed-depth="1"');
      el.expand('council');
      await el.updateComplete;
      expect(item(el, 'device')).to.not.equal(null);
      expect(movingBoxes(el)).to.have.length(0);
    });
  });
});
