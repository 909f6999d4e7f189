import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import { defineElement } from '../../src/kit/element/define-element.js';
import type { PolicyCellSelectEvent } from '../../src/events/cell-select.js';
import type { PolicyDataErrorEvent } from '../../src/events/data-error.js';
import type { PolicyDrillEvent } from '../../src/events/drill.js';
import { generateBudget } from '../fixtures/generate-budget.js';

defineElement('policy-budget-treemap', PolicyBudgetTreemap);

const pharma = await (await fetch('/data/pharma-budget.json')).json();

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: Element) => root(el).activeElement as Element | null;
const item = (el: Element, key: string) => root(el).querySelector<SVGGElement>(`[role="treeitem"][data-key="${key}"]`);

async function mount(data: unknown = pharma, attrs = '', firstKey = 'p1') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><policy-budget-treemap .data=${data}></policy-budget-treemap></div>`);
  const el = wrapper.querySelector('policy-budget-treemap')!;
  if (attrs) for (const a of attrs.split(' ')) el.setAttribute(a.split('=')[0]!, a.split('=')[1]!);
  await el.updateComplete;
  await waitUntil(() => item(el, firstKey) !== null, 'treemap never drawn');
  return el;
}

describe('<policy-budget-treemap>', () => {
  it('draws the seed budget with its total, as an accessible tree', async () => {
    const el = await mount();
    expect(text(el, '.total')).to.equal('合計 82.2億円（再掲・内数を除く）');
    const tree = root(el).querySelector('[role="tree"]')!;
    expect(tree.getAttribute('aria-label')).to.contain('医薬品産業強化総合戦略');
    const p1 = item(el, 'p1')!;
    expect(p1.getAttribute('aria-level')).to.equal('1');
    expect(p1.getAttribute('aria-expanded')).to.equal('true');
    expect(p1.getAttribute('aria-label')).to.match(/^日本発のシーズが生まれる研究開発環境の改善、49\.1億円、全体の59\.7%/);
    // Only one cell is in the Tab order (roving tabindex).
    expect(root(el).querySelectorAll('[role="treeitem"][tabindex="0"]').length).to.equal(1);
    // 再掲 items take no area: p5-training is not a cell.
    expect(item(el, 'p5-training')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('names every pillar on the first view with its slide figure, reconciles 118.5億円 with 82.2億円, and opens a sliver one level down', async () => {
    const el = await mount();
    expect(text(el, '.reconcile')).to.equal('記載額の計 118.5億円 − うち再掲 36.3億円 = 計上額 82.2億円');
    const rows = [...root(el).querySelectorAll('.top-items li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.length).to.equal(7);
    expect(rows[2]).to.equal('3 医薬品の生産性向上（バイオシミラーを含む）と製造インフラの整備 18.4億円 （うち再掲 18.0億円 → 計上 0.4億円）');
    expect(rows[6]).to.equal('7 医療用医薬品の流通改善への一層の対応 金額の記載なし');
    const drilled = oneEvent(el, 'policy-drill') as Promise<PolicyDrillEvent>;
    root(el).querySelector<HTMLButtonElement>('.top-items button[data-top="p3"]')!.click();
    const detail = (await drilled).detail;
    expect(detail.id).to.equal('p3');
    expect(detail.ids).to.deep.equal(['p3']);
    await el.updateComplete;
    expect(root(el).querySelector('.top-items')).to.equal(null);
  });

  it('moves with the arrow keys, drills with Enter and comes back with Escape', async () => {
    const el = await mount();
    item(el, 'p1')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)?.getAttribute('data-key')).to.equal('p1-database');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active(el)?.getAttribute('data-key')).to.equal('p1');

    const drilled = oneEvent(el, 'policy-drill') as Promise<PolicyDrillEvent>;
    await sendKeys({ press: 'Enter' });
    const down = await drilled;
    expect(down.detail).to.deep.include({ id: 'p1', path: 'items[0]', direction: 'down' });
    await el.updateComplete;
    expect(text(el, 'nav.crumbs [aria-current]')).to.equal('日本発のシーズが生まれる研究開発環境の改善');
    await waitUntil(() => active(el)?.getAttribute('data-key') === 'p1-database', 'focus did not land in the pillar');
    await expect(el).shadowDom.to.be.accessible();

    const up = oneEvent(el, 'policy-drill') as Promise<PolicyDrillEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await up).detail.direction).to.equal('up');
    await waitUntil(() => active(el)?.getAttribute('data-key') === 'p1', 'focus did not return to the pillar');
    expect(text(el, 'nav.crumbs [aria-current]')).to.equal('予算全体');
  });

  it('takes Enter on a 再掲 mark to the original item', async () => {
    const el = await mount();
    el.drillTo('p5');
    await el.updateComplete;
    const mark = item(el, 'ref:p5-training')!;
    expect(mark.getAttribute('aria-label')).to.equal(
      '医薬品等の国際展開に向けた環境整備のための人材育成、再掲 18.0億円、再掲（計上先: 規制改革のためのＰMDAの審査の質の向上）',
    );
    mark.focus();
    const drilled = oneEvent(el, 'policy-drill') as Promise<PolicyDrillEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await drilled).detail.id).to.equal('p2');
    await waitUntil(() => active(el)?.getAttribute('data-key') === 'p2-pmda', 'focus did not reach the original');
  });

  it('gathers small cells into a 他N件 cell that drills into them', async () => {
    const el = await mount(generateBudget({ leaves: 3000, seed: 3 }), '', 'g1');
    const others = root(el).querySelector<SVGGElement>('[role="treeitem"].kind-others')!;
    expect(others, 'an others cell').to.not.equal(null);
    const name = others.getAttribute('aria-label')!;
    expect(name).to.match(/^他(\d+)件、/);
    const count = name.match(/^他(\d+)件/)![1];
    const drilled = oneEvent(el, 'policy-drill') as Promise<PolicyDrillEvent>;
    others.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await drilled).detail.offset).to.be.greaterThan(0);
    await el.updateComplete;
    expect(text(el, 'nav.crumbs [aria-current]')).to.equal(`他${count}件`);
    // Every gathered item is reachable here, drawn or gathered again.
    const level1 = root(el).querySelectorAll('[role="treeitem"][aria-level="1"]').length;
    expect(level1).to.be.greaterThan(0);
    expect(level1).to.be.at.most(Number(count));
  });

  it('draws every leaf, gathering nothing, with min-cell-area="0"', async () => {
    const doc = generateBudget({ leaves: 2500, seed: 3, depth: 2 }) as { items: { children?: { id: string; relistOf?: string; partOf?: unknown }[] }[] };
    const leaves = doc.items.flatMap((i) => i.children ?? []).filter((c) => !c.relistOf && !c.partOf);
    const gathered = await mount(doc, '', 'g1');
    expect(root(gathered).querySelector('.kind-others'), 'the default gathers small cells').to.not.equal(null);
    const el = await mount(doc, 'min-cell-area=0', 'g1');
    await waitUntil(() => root(el).querySelector('.kind-others') === null, 'an others cell is still drawn');
    expect(leaves.length).to.be.greaterThan(1000);
    // 500 cells or more: the small ones are drawn in batch paths (a subpath each), the rest as treeitems.
    const cells = (el as unknown as { layout: { cells: { key: string; batched?: boolean; name: string; x: number; y: number; width: number; height: number }[] } }).layout.cells;
    const byKey = new Map(cells.map((c) => [c.key, c]));
    expect(leaves.filter((l) => !byKey.has(l.id)).map((l) => l.id)).to.deep.equal([]);
    const drawn = new Set([...root(el).querySelectorAll('[role="treeitem"][aria-level="2"]')].map((c) => c.getAttribute('data-key')));
    const subpaths = [...root(el).querySelectorAll('[data-batch] path.area')].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
    const batched = cells.filter((c) => c.batched);
    expect(batched.length).to.be.greaterThan(0);
    expect(subpaths).to.equal(batched.length);
    expect(leaves.filter((l) => !drawn.has(l.id) && !byKey.get(l.id)!.batched).map((l) => l.id)).to.deep.equal([]);
    // The pointer finds a batched cell (spatial index): its tooltip names it.
    const target = batched.find((c) => c.width >= 2 && c.height >= 2)!;
    const svg = root(el).querySelector<SVGSVGElement>('svg[role="tree"]')!;
    const at = new DOMPoint(target.x + target.width / 2, target.y + target.height / 2).matrixTransform(svg.getScreenCTM()!);
    root(el).querySelector('[data-batch] path.area')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: at.x, clientY: at.y }));
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain(target.name);
  });

  it('reaches a small batched cell with the arrow keys, drawn while focused', async () => {
    const doc = generateBudget({ leaves: 3000, seed: 5, depth: 3 });
    const el = await mount(doc, 'min-cell-area=0', 'g1');
    await waitUntil(() => root(el).querySelector('[data-batch]') !== null, 'no batch drawn');
    item(el, 'g1')!.focus();
    // Down the depth-first order until a batched cell (no element before it was focused) is active.
    const cells = (el as unknown as { layout: { cells: { key: string; name: string; batched?: boolean }[] } }).layout.cells;
    const batched = new Map(cells.filter((c) => c.batched).map((c) => [c.key, c]));
    let key: string | null = null;
    for (let i = 0; i < 300; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      key = active(el)?.getAttribute('data-key') ?? null;
      if (key && batched.has(key)) break;
    }
    expect(key && batched.has(key), 'no batched cell reached').to.equal(true);
    const focused = item(el, key!)!;
    expect(focused.getAttribute('tabindex')).to.equal('0');
    // Its name, worded when it is drawn (describe.ts): the cell's name first, then its figures.
    expect(focused.getAttribute('aria-label')).to.equal((el as unknown as { names: ReadonlyMap<string, string> }).names.get(key!));
    expect(focused.getAttribute('aria-label')!.startsWith(`${batched.get(key!)!.name}、`)).to.equal(true);
    expect(Number(focused.getAttribute('aria-level'))).to.be.greaterThan(1);
    // Its place among all its siblings, most of them not in the document (batched).
    const all = (el as unknown as { layout: { cells: { key: string; parentKey?: string }[] } }).layout.cells;
    const cell = all.find((c) => c.key === key)!;
    const siblings = all.filter((c) => c.parentKey === cell.parentKey);
    expect(focused.getAttribute('aria-setsize')).to.equal(String(siblings.length));
    expect(focused.getAttribute('aria-posinset')).to.equal(String(siblings.indexOf(cell) + 1));
  });

  it('goes back with the breadcrumbs', async () => {
    const el = await mount();
    el.drillTo('p1');
    await el.updateComplete;
    const crumb = root(el).querySelector<HTMLButtonElement>('nav.crumbs button')!;
    expect(crumb.textContent!.trim()).to.equal('予算全体');
    crumb.click();
    await el.updateComplete;
    expect(item(el, 'p2')).to.not.equal(null);
  });

  it('drillTo shows an item in its parent, and says when there is none', async () => {
    const el = await mount();
    expect(el.drillTo('p1-genome')).to.equal(true);
    await el.updateComplete;
    expect(item(el, 'p1-genome')!.getAttribute('aria-level')).to.equal('1');
    expect(item(el, 'p1-genome')!.getAttribute('tabindex')).to.equal('0');
    expect(el.drillTo('nope')).to.equal(false);
  });

  it('fires policy-cell-select on click with the id and path', async () => {
    const el = await mount();
    const selected = oneEvent(el, 'policy-cell-select') as Promise<PolicyCellSelectEvent>;
    item(el, 'p2-pmda')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await selected;
    expect(event.detail).to.deep.include({ id: 'p2-pmda', path: 'items[1].children[2]', kind: 'item' });
    expect(event.detail.ids).to.deep.equal(['p2', 'p2-pmda']);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('switches 補正 on and off without changing the total', async () => {
    const el = await mount();
    expect(root(el).querySelector('rect.supp')).to.equal(null);
    const on = root(el).querySelector<HTMLButtonElement>('[data-supplementary="with-supplementary"]')!;
    expect(on.getAttribute('aria-pressed')).to.equal('false');
    on.click();
    await el.updateComplete;
    expect(el.getAttribute('supplementary')).to.equal('with-supplementary');
    expect(on.getAttribute('aria-pressed')).to.equal('true');
    expect(text(el, '.total')).to.equal('合計 82.2億円（再掲・内数を除く）');
    // The header gives what the hatched areas add up to, and says in words where the slide's
    // declared 補正 (7.3億円) disagrees, naming the pillar.
    expect(text(el, '.supp-total')).to.equal('補正 10.2億円（斜線の計、当初とは別枠）');
    expect(text(el, '.view-mismatch')).to.contain('補正の記載額の計 7.3億円 と斜線（内訳の補正）の計 10.2億円 が一致しません');
    expect(text(el, '.view-mismatch')).to.contain('「薬事規制改革等を通じたコスト低減と効率性向上」は補正 1.3億円 と記載');
    expect(root(el).querySelector('rect.supp')).to.not.equal(null);
    expect(item(el, 'p1-genome')!.getAttribute('aria-label')).to.contain('補正 4.2億円');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('on a 360 px phone: folds the list behind its count, keeps うち再掲 phrases whole, wraps the big headers, and widens the bars', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:360px"><policy-budget-treemap .data=${pharma}></policy-budget-treemap></div>`);
    const el = wrapper.querySelector('policy-budget-treemap')!;
    await el.updateComplete;
    await waitUntil(() => item(el, 'p1') !== null, 'treemap never drawn');
    // The list is folded behind its count, but for the pillars the drawing names nowhere (3, a
    // sliver; 7, no amount), which stay on the first view; opened, all seven are named.
    const fold = root(el).querySelector<HTMLDetailsElement>('details.top-fold')!;
    expect(fold.open).to.equal(false);
    expect(text(el, 'details.top-fold > summary')).to.equal('ほか5項目の記載額（スライドの金額）');
    const shown = [...root(el).querySelectorAll('.header > .top-items li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(shown).to.deep.equal(['3 医薬品の生産性向上（バイオシミラーを含む）と製造インフラの整備 18.4億円 （うち再掲 18.0億円 → 計上 0.4億円）', '7 医療用医薬品の流通改善への一層の対応 金額の記載なし']);
    fold.open = true;
    expect(root(el).querySelectorAll('.top-items li')).to.have.length(7);
    // 「うち再掲 X億円」 and 「計上 X億円」 are each on one line (a break may come between them).
    const keeps = [...root(el).querySelectorAll<HTMLElement>('.top-items .keep')];
    expect(keeps.map((k) => k.textContent)).to.include.members(['うち再掲 18.0億円', '計上 0.4億円', 'うち再掲 0.3億円', '計上 2.5億円']);
    for (const k of keeps) expect(k.getClientRects().length, k.textContent!).to.equal(1);
    // The reconcile line too: 「計上額 82.2億円」 is never split.
    const reconcile = [...root(el).querySelectorAll<HTMLElement>('.reconcile .keep')];
    expect(reconcile.map((k) => k.textContent)).to.deep.equal(['記載額の計 118.5億円', 'うち再掲 36.3億円', '計上額 82.2億円']);
    for (const k of reconcile) expect(k.getClientRects().length, k.textContent!).to.equal(1);
    // The two big pillars' headers wrap instead of being cut with …
    for (const key of ['p1', 'p2']) {
      const labels = [...root(el).querySelectorAll('g.labels text.label-item')].map((t) => t.textContent!.replace(/\s+/g, ''));
      const header = labels.find((t) => t.includes(key === 'p1' ? '日本発のシーズ' : '薬事規制'))!;
      expect(header, key).to.not.contain('…');
      expect(header, key).to.match(/億円$/);
    }
    await expect(el).shadowDom.to.be.accessible();
    // MID-NET's bars use the phone's width (the names go above them).
    const midnet = await (await fetch('/data/midnet-budget.json')).json();
    (el as PolicyBudgetTreemap).data = midnet;
    await el.updateComplete;
    await waitUntil(() => item(el, 'midnet') !== null, 'bars never drawn');
    const bar = root(el).querySelector<SVGRectElement>('[data-key="midnet"] rect.area')!;
    expect(Number(bar.getAttribute('width'))).to.be.greaterThan(180);
  });

  it('draws a two-item budget as bars (form="auto"), reachable by keyboard, with the same table', async () => {
    const data = await (await fetch('/data/midnet-budget.json')).json();
    const el = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap .data=${data} width="800"></policy-budget-treemap>`);
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('g[role="treeitem"]')];
    expect(rows.map((r) => r.getAttribute('data-key'))).to.deep.equal(['midnet', 'cin']);
    expect(rows[0]!.getAttribute('aria-label')).to.contain('4.5632億円');
    expect(root(el).querySelectorAll('rect.row')).to.have.length(2);
    (rows[0] as SVGGElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal('cin');
    el.form = 'treemap';
    await el.updateComplete;
    expect(root(el).querySelectorAll('rect.row')).to.have.length(0);
    el.mode = 'change';
    el.form = 'bars';
    await el.updateComplete;
    // Change mode: the tone of the change fills the bar, and a key says what the tones mean.
    expect(root(el).querySelector('[data-key="midnet"] rect.area')!.getAttribute('class')).to.contain('tone-down-3');
    expect([...root(el).querySelectorAll('.change-key text')].map((t) => t.textContent)).to.deep.equal(['前年度比', '▲20%以上', '前年度の記載なし']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lists every item in the table, re-listed and part-of ones included', async () => {
    const el = await mount();
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('[part="table"] tbody tr')];
    // 26 items in data/pharma-budget.json: 7 pillars, 16 measures, 2 under p3-bio, 1 under p7.
    expect(rows.length).to.equal(26);
    const training = rows.find((r) => r.querySelector('th')?.textContent === '医薬品等の国際展開に向けた環境整備のための人材育成')!;
    const cells = [...training.querySelectorAll('td')].map((c) => c.textContent!.trim());
    expect(cells[1]).to.equal('再掲（計上先: 規制改革のためのＰMDAの審査の質の向上）');
    expect(cells[2]).to.equal('18.0億円');
    expect(cells[3], 'a re-listed item counts nothing').to.equal('0円');
    expect(text(el, 'tfoot')).to.contain('82.2億円');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks English with lang=en', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width:800px"><policy-budget-treemap .data=${pharma}></policy-budget-treemap></div>`);
    const el = wrapper.querySelector('policy-budget-treemap')!;
    await waitUntil(() => item(el, 'p1') !== null);
    expect(text(el, '.total')).to.equal('Total ¥8.22 billion (excluding re-listed and part-of items)');
    expect(text(el, 'nav.crumbs [aria-current]')).to.equal('Whole budget');
  });

  const broken: [string, unknown, string][] = [
    ['a negative amount', { type: 'budget', unit: '億円', items: [{ id: 'a', name: 'A', amount: -1 }] }, 'items[0].amount'],
    ['an unreadable amount', { type: 'budget', items: [{ id: 'a', name: 'A', amount: '49.1億' }] }, 'items[0].amount'],
    ['an unknown relistOf', { type: 'budget', items: [{ id: 'a', name: 'A', amount: 1, relistOf: 'zz' }] }, 'items[0].relistOf'],
    [
      'a cycle of re-listing',
      { type: 'budget', items: [{ id: 'a', name: 'A', amount: 1, relistOf: 'b' }, { id: 'b', name: 'B', amount: 1, relistOf: 'a' }] },
      'relist',
    ],
    [
      'relistOf with partOf',
      { type: 'budget', items: [{ id: 'a', name: 'A', amount: 1 }, { id: 'b', name: 'B', relistOf: 'a', partOf: { amount: 3 } }] },
      'items[1]',
    ],
  ];
  for (const [what, data, path] of broken) {
    it(`names the path of ${what}`, async () => {
      const el = document.createElement('policy-budget-treemap');
      el.data = data;
      const fired = oneEvent(el, 'policy-data-error') as Promise<PolicyDataErrorEvent>;
      document.body.append(el);
      const event = await fired;
      expect(el.status).to.equal('error');
      expect(event.detail.messages.join('\n')).to.contain(path);
      expect(text(el, '[part="error"]')).to.contain(path);
      await expect(el).shadowDom.to.be.accessible();
      el.remove();
    });
  }
});
