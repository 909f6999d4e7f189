import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PolicyDataErrorEvent } from '../../src/events/data-error.js';
import { TestChart } from './fixtures/test-chart.js';

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

describe('the embedding contract (PolicyChartElement)', () => {
  it('draws from the data property and shows the title', async () => {
    const el = await fixture<TestChart>(html`<test-chart .data=${{ title: '推進体制' }}></test-chart>`);
    expect(el.status).to.equal('ready');
    expect(shadowText(el, '[part="title"]')).to.equal('推進体制');
    expect(el.getAttribute('status')).to.equal('ready');
  });

  it('sizes type for a slide with preset="slide", and never from the width', async () => {
    const page = await fixture<TestChart>(html`<test-chart style="width: 1800px" .data=${{ title: '推進体制' }}></test-chart>`);
    const slide = await fixture<TestChart>(html`<test-chart preset="slide" style="width: 360px" .data=${{ title: '推進体制' }}></test-chart>`);
    expect(getComputedStyle(page).fontSize).to.equal('14px');
    expect(getComputedStyle(slide).fontSize).to.equal('20px');
    slide.style.setProperty('--policy-font-size', '24px');
    expect(getComputedStyle(slide).fontSize).to.equal('24px');
  });

  it('shows the empty state without data', async () => {
    const el = await fixture<TestChart>(html`<test-chart></test-chart>`);
    expect(el.status).to.equal('empty');
    expect(shadowText(el, '[part="status"]')).to.equal('データがありません');
  });

  it('shows localised issues in part="error" and fires policy-data-error', async () => {
    const el = document.createElement('test-chart') as TestChart;
    el.data = { nope: 1 };
    const fired = oneEvent(el, 'policy-data-error') as Promise<PolicyDataErrorEvent>;
    document.body.append(el);
    const event = await fired;
    expect(event.detail.issues[0]!.path).to.equal('title');
    expect(event.detail.messages[0]).to.equal('title: 「title」がありません');
    expect(shadowText(el, '[part="error"] li')).to.equal('title: 「title」がありません');
    expect(el.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
    el.remove();
  });

  it('uses the nearest ancestor lang for messages', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><test-chart .data=${{}}></test-chart></div>`);
    const el = wrapper.querySelector('test-chart') as TestChart;
    await el.updateComplete;
    expect(shadowText(el, '[part="error"] li')).to.equal('title: "title" is missing');
  });

  it('loads src, and reports HTTP errors and invalid JSON as issues', async () => {
    const el = await fixture<TestChart>(html`<test-chart src="/test/browser/fixtures/ok.json"></test-chart>`);
    await waitUntil(() => el.status === 'ready', 'src never loaded');
    expect(shadowText(el, '[part="title"]')).to.equal('読み込んだ図');

    let fired = oneEvent(el, 'policy-data-error') as Promise<PolicyDataErrorEvent>;
    el.src = '/test/browser/fixtures/missing.json';
    let event = await fired;
    expect(event.detail.issues[0]!.code).to.equal('fetch-http');
    expect(event.detail.messages[0]).to.contain('HTTP 404');

    fired = oneEvent(el, 'policy-data-error') as Promise<PolicyDataErrorEvent>;
    el.src = '/test/browser/fixtures/broken.json';
    event = await fired;
    expect(event.detail.issues[0]!.code).to.equal('json-invalid');
    expect(el.status).to.equal('error');
  });

  it('a new src aborts the request before it', async () => {
    const el = await fixture<TestChart>(html`<test-chart></test-chart>`);
    el.src = '/test/browser/fixtures/broken.json';
    await el.updateComplete;
    el.src = '/test/browser/fixtures/ok.json';
    await waitUntil(() => el.status === 'ready', 'second src never loaded');
    // The first (invalid) document must never have reached the element.
    await new Promise((r) => setTimeout(r, 100));
    expect(el.status).to.equal('ready');
    expect(shadowText(el, '[part="title"]')).to.equal('読み込んだ図');
  });

  it('reads a child <script type="application/json">', async () => {
    const el = await fixture<TestChart>(
      html`<test-chart><script type="application/json">{"title":"埋め込み"}</script></test-chart>`,
    );
    await waitUntil(() => el.status === 'ready');
    expect(shadowText(el, '[part="title"]')).to.equal('埋め込み');
  });

  it('never throws on any input', async () => {
    for (const input of [0, 'x', [], true, { title: 5 }, Symbol.for('s')]) {
      const el = await fixture<TestChart>(html`<test-chart .data=${input}></test-chart>`);
      expect(el.status).to.equal(input === 0 ? 'error' : 'error');
    }
  });

  it('lays out from the measured width and again when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:400px"><test-chart .data=${{ title: 'a' }}></test-chart></div>`);
    const el = wrapper.querySelector('test-chart') as TestChart;
    await waitUntil(() => el.lastWidth === 400, `width was ${el.lastWidth}`);
    wrapper.style.width = '300px';
    await waitUntil(() => el.lastWidth === 300, `width was ${el.lastWidth}`);
  });

  it('passes a positive height attribute to layout, and treats height="" as unset', async () => {
    const el = await fixture<TestChart>(html`<test-chart height="300" .data=${{ title: 'h' }}></test-chart>`);
    expect(el.lastHeight).to.equal(300);
    el.setAttribute('height', '');
    await el.updateComplete;
    expect(el.lastHeight).to.equal(undefined);
  });

  it('toggles the table alternative with a button that says so', async () => {
    const el = await fixture<TestChart>(html`<test-chart .data=${{ title: '表' }}></test-chart>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadowText(el, '[part="table"] caption')).to.equal('表');
    await expect(el).shadowDom.to.be.accessible();
  });
});
