import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyEffectChart } from '../../src/charts/effect/policy-effect-chart.js';
import type { PolicyDataErrorEvent } from '../../src/events/data-error.js';
import type { PolicyMarkSelectEvent } from '../../src/events/mark-select.js';

const load = async (name: string): Promise<unknown> => (await fetch(`/data/effects/${name}.json`)).json();

async function mount(data: unknown, attrs: { lang?: string; width?: number } = {}): Promise<PolicyEffectChart> {
  const wrapper = await fixture(html`<div lang=${attrs.lang ?? 'ja'} style=${`width:${attrs.width ?? 800}px`}>
    <policy-effect-chart .data=${data}></policy-effect-chart>
  </div>`);
  const el = wrapper.querySelector('policy-effect-chart')!;
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.trim() ?? '';
const marks = (el: Element) => [...root(el).querySelectorAll<SVGGElement>('.mark')];
const focused = (el: Element) => root(el).activeElement as SVGGElement | null;

describe('<policy-effect-chart>', () => {
  it('draws its type from the font size, not the width: the same at 360 and 1280 px, larger only with preset="slide" or --policy-font-size', async () => {
    const data = await load('distribution');
    // Every text a reader sees, drawn or around the drawing, with its rendered size in px.
    const sizes = (el: Element) => {
      const parts = ['[part="title"]', '[part="description"]', '[part="summary"]', '[part="notes"] li', '[part="source"]', '[part="table-toggle"]'];
      const html = parts.map((p) => root(el).querySelector(p)!).map((e) => Number.parseFloat(getComputedStyle(e).fontSize));
      const drawn = [...root(el).querySelectorAll<SVGTextElement>('svg text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
      return { html, drawn };
    };
    const narrowEl = await mount(data, { width: 360 });
    await waitUntil(() => root(narrowEl).querySelector('svg')?.getAttribute('width') === '360');
    const wideEl = await mount(data, { width: 1280 });
    await waitUntil(() => root(wideEl).querySelector('svg')?.getAttribute('width') === '1280');
    const narrow = sizes(narrowEl);
    const wide = sizes(wideEl);
    expect(wide.html).to.deep.equal(narrow.html);
    expect([...new Set(wide.drawn)].sort()).to.deep.equal([...new Set(narrow.drawn)].sort());
    expect(Math.min(...narrow.drawn)).to.be.at.least(12);
    // The title is the largest type, never a label in the drawing.
    expect(narrow.html[0]).to.be.at.least(Math.max(...narrow.drawn));

    const slide = await mount(data, { width: 1280 });
    slide.setAttribute('preset', 'slide');
    await slide.updateComplete;
    await slide.updateComplete;
    const slideSizes = sizes(slide);
    expect(Math.min(...slideSizes.drawn)).to.be.at.least(18);
    expect(slideSizes.drawn).to.include(20);
    expect(slideSizes.html[2]).to.be.greaterThan(wide.html[2]!);

    const wrapper = await fixture(html`<div style="width:800px; --policy-font-size: 18px"><policy-effect-chart .data=${data}></policy-effect-chart></div>`);
    const property = wrapper.querySelector('policy-effect-chart')!;
    await property.updateComplete;
    expect(sizes(property).drawn).to.include(18);
    expect(Math.min(...sizes(property).drawn)).to.be.at.least(16);
  });

  it('fits the drug distribution chart, four dumbbells, on a 1920×1080 slide', async () => {
    const wrapper = await fixture(html`<div style="width:1888px"><policy-effect-chart preset="slide" .data=${await load('distribution')}></policy-effect-chart></div>`);
    const el = wrapper.querySelector('policy-effect-chart')!;
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg')?.getAttribute('width') === '1888');
    expect(marks(el).length).to.equal(4);
    // The whole figure: title, description, summary, drawing, notes and source.
    expect(el.getBoundingClientRect().height).to.be.at.most(1080 - 32);
  });

  it('names the drawing and gives the one-sentence summary, visibly and as its description', async () => {
    const el = await mount(await load('egfr-response'));
    const summary = text(el, '[part="summary"]');
    expect(summary).to.contain('EGFR変異ありの奏効率は76.4%で、変異検索なしの27.5%より48.9ポイント高い');
    const svg = root(el).querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('group');
    expect(svg.getAttribute('aria-label')).to.equal('EGFR遺伝子変異とゲフィチニブ（イレッサ®）の奏効率');
    const desc = root(el).getElementById(svg.getAttribute('aria-describedby')!);
    expect(desc?.textContent).to.equal(summary);
    // Values are on the marks and the unknown share is named.
    const drawn = svg.textContent!;
    expect(drawn).to.contain('奏効 76.4%');
    expect(drawn).to.contain('不変・増悪（内訳不明）');
    expect(drawn).to.contain('差 +48.9ポイント（2.8倍）');
    expect(text(el, '[part="notes"]')).to.contain('※epidermal growth factor receptor');
  });

  it('speaks English when its own lang is "en", even with Japanese data (labels as the data writes them)', async () => {
    const wrapper = await fixture(html`<div lang="ja" style="width:800px"><policy-effect-chart lang="en" .data=${await load('egfr-response')}></policy-effect-chart></div>`);
    const el = wrapper.querySelector('policy-effect-chart')!;
    await el.updateComplete;
    expect(text(el, '[part="summary"]')).to.equal('奏効率 for EGFR変異あり is 76.4%, 48.9 points higher than 27.5% for 変異検索なし (2.8 times as high).');
    expect(root(el).querySelector('svg')!.textContent).to.contain('unknown split');
    expect(text(el, '[part="table-toggle"]')).to.equal('Show as table');
  });

  it('writes its sentences in the data\'s language on a page in another: English data on a Japanese page', async () => {
    // The page (html lang="ja" via the wrapper) is Japanese; the data says "lang": "en".
    const el = await mount(await load('egfr-response.en'), { lang: 'ja' });
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(summary.textContent!.trim()).to.equal(
      'Response rate for EGFR mutation present is 76.4%, 48.9 points higher than 27.5% for Mutation not tested (2.8 times as high).',
    );
    expect(summary.textContent).not.to.match(/の|は/);
    expect(summary.getAttribute('lang')).to.equal('en');
    const drawn = root(el).querySelector('svg')!.textContent!;
    expect(drawn).to.contain('Difference +48.9 pts');
    expect(drawn).not.to.contain('差');
    expect(root(el).querySelector('.plot')!.getAttribute('lang')).to.equal('en');
    expect(marks(el)[0]!.getAttribute('aria-label')).to.match(/^EGFR mutation present: response rate 76\.4%/);
    // The controls around the chart follow the page.
    expect(text(el, '[part="table-toggle"]')).to.equal('表で見る');
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const table = root(el).querySelector('[part="table"] table')!;
    expect(table.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())[0]).to.equal('Group');
    await expect(el).shadowDom.to.be.accessible();

    // Japanese data on an English page: Japanese sentences, English controls.
    const ja = await mount(await load('egfr-response'), { lang: 'en' });
    expect(text(ja, '[part="summary"]')).to.match(/^EGFR変異ありの奏効率は76\.4%で/);
    expect(text(ja, '[part="table-toggle"]')).to.equal('Show as table');
  });

  it('is one tab stop; arrows, Home and End move between marks, each read out with its value', async () => {
    const el = await mount(await load('distribution'));
    const all = marks(el);
    expect(all.length).to.equal(4);
    expect(all.filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    expect(all[0]!.getAttribute('aria-label')).to.equal('妥結率: 平成24年9月 43.5%から平成28年9月 93.1%へ、+49.6ポイント（改善）');

    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(all[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('1');
    expect(focused(el)?.getAttribute('aria-label')).to.contain('−0.7ポイント（悪化）');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('3');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('3');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('0');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // The roving tab stop follows focus.
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset.index)).to.deep.equal(['1']);

    const selected = oneEvent(el, 'policy-mark-select') as Promise<PolicyMarkSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ index: 1, label: '一次売差', path: 'series[1]' });
  });

  it('shows a table with every datum, categories without values as 不明', async () => {
    const el = await mount(await load('egfr-response'));
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['EGFR変異あり', '76.4%', '76.4%', '不明', '不明', '23.6%'],
      ['変異検索なし', '27.5%', '27.5%', '不明', '不明', '72.5%'],
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws whiskers and the difference interval when n is given', async () => {
    const el = await mount(await load('interval-example'));
    expect(marks(el)[0]!.getAttribute('aria-label')).to.contain('95%信頼区間 69.2%〜87.7%');
    expect(root(el).querySelector('svg')!.textContent).to.contain('95%信頼区間 5.2〜33.4ポイント');
  });

  it('fits a 360 px phone: the drawing is no wider than its box', async () => {
    for (const name of ['distribution', 'egfr-response', 'genome-cost']) {
      const el = await mount(await load(name), { width: 360 });
      // Laid out again once the ResizeObserver has measured the 360 px box.
      await waitUntil(() => Number(root(el).querySelector('svg')?.getAttribute('width')) === 360, `${name} never laid out at 360 px`);
      const svg = root(el).querySelector('svg')!;
      expect(Number(svg.getAttribute('width'))).to.be.at.most(360);
      expect(svg.getBoundingClientRect().width).to.be.at.most(360);
    }
  });

  it('lays the drawing out again for a fixed height: rows closer, type the same, nothing scaled', async () => {
    const el = await mount(await load('distribution'));
    const svg0 = root(el).querySelector('svg')!;
    const natural = Number(svg0.getAttribute('height'));
    const fontSizes = () => [...root(el).querySelectorAll('svg text')].map((t) => t.getAttribute('font-size'));
    const before = fontSizes();
    el.height = natural - 30;
    await el.updateComplete;
    const svg = root(el).querySelector('svg')!;
    expect(svg.getAttribute('height')).to.equal(String(natural - 30));
    // The drawing is made for the height (its viewBox is as tall as the box): not scaled.
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 800 ${natural - 30}`);
    expect(svg.getBoundingClientRect().height).to.be.at.most(natural - 30 + 0.5);
    expect(fontSizes()).to.deep.equal(before);
    const lastMark = marks(el)[3]!.getBoundingClientRect();
    expect(lastMark.bottom).to.be.at.most(svg.getBoundingClientRect().bottom);
  });

  it('on a slide, height is the whole chart\'s: title, summary, drawing, notes and source fit 1048 px, the marks in the middle of what is left', async () => {
    const wrapper = await fixture(html`<div style="width:1888px"><policy-effect-chart preset="slide" height="1048" .data=${await load('sakigake')}></policy-effect-chart></div>`);
    const el = wrapper.querySelector('policy-effect-chart')!;
    await el.updateComplete;
    await waitUntil(() => el.getBoundingClientRect().height <= 1048 + 2, `the chart is ${el.getBoundingClientRect().height} px tall`, { timeout: 5000 });
    expect(root(el).querySelector('[part="source"]')!.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().top + 1048 + 2);
    // The two bars are not left at the top of a tall drawing: as much room above as below them.
    const svg = root(el).querySelector('svg')!.getBoundingClientRect();
    const rows = marks(el).map((m) => m.getBoundingClientRect());
    const above = rows[0]!.top - svg.top;
    const below = svg.bottom - rows[rows.length - 1]!.bottom;
    expect(above).to.be.greaterThan(40);
    expect(Math.abs(above - below)).to.be.lessThan(0.5 * Math.max(above, below));
  });

  const errors: [string, unknown, string][] = [
    ['a share outside 0..1', { type: 'effect', chart: 'proportions', series: [{ label: 'A', value: 76.4 }] }, 'series[0].value'],
    ['n not a positive integer', { type: 'effect', chart: 'proportions', series: [{ label: 'A', value: 0.5, n: 12.5 }] }, 'series[0].n'],
    [
      'categories over 100%',
      { type: 'effect', chart: 'proportions', series: [{ label: 'A', value: 0.7, categories: [{ label: 'x', value: 0.7 }, { label: 'y', value: 0.5 }] }] },
      'series[0].categories',
    ],
    [
      'a non-positive value on a log scale',
      { type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: 3e9 }, { label: 'b', value: 1000 }, { label: 'c', value: 0 }] },
      'series[2].value',
    ],
    ['a change missing a side', { type: 'effect', chart: 'change', series: [{ label: 's', before: { label: 'a', value: 1 } }] }, 'series[0].after'],
  ];
  for (const [name, data, path] of errors) {
    it(`names the path of ${name}`, async () => {
      const el = document.createElement('policy-effect-chart');
      el.data = data;
      const fired = oneEvent(el, 'policy-data-error') as Promise<PolicyDataErrorEvent>;
      document.body.append(el);
      const event = await fired;
      expect(event.detail.issues.map((i) => i.path)).to.include(path);
      expect(el.status).to.equal('error');
      expect(text(el, '[part="error"] li')).to.match(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: `));
      expect(root(el).querySelector('svg')).to.equal(null);
      el.remove();
    });
  }

  for (const name of ['egfr-response', 'interval-example', 'distribution', 'genome-cost', 'genome-time', 'midnet-scale', 'sakigake']) {
    it(`axe finds no violations: ${name}`, async () => {
      const el = await mount(await load(name));
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('axe finds no violations in the dark theme', async () => {
    const el = await mount(await load('distribution'));
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).shadowDom.to.be.accessible();
  });
});
