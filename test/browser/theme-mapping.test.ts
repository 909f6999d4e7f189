import { expect, fixture, html } from '@open-wc/testing';
import type { TestChart } from './fixtures/test-chart.js';
import './fixtures/test-chart.js';

/** The computed text colour and background of the chart's title and of the host. */
const colours = (el: TestChart) => {
  const title = el.shadowRoot!.querySelector('[part="title"]')!;
  return { text: getComputedStyle(title).color, background: getComputedStyle(el).backgroundColor };
};

/** Adds a stylesheet to the test page and waits for it. */
const addStylesheet = (href: string) =>
  new Promise<void>((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`cannot load ${href}`)));
    document.head.append(link);
  });

describe('a token mapping and the dark theme', () => {
  it('a light mapping (--policy-color-text) does not override theme="dark"', async () => {
    const el = await fixture<TestChart>(
      html`<test-chart theme="dark" style="--policy-color-text:#123456;--policy-color-background:#fefefe" .data=${{ title: '推進体制' }}></test-chart>`,
    );
    expect(colours(el)).to.deep.equal({ text: 'rgb(242, 242, 242)', background: 'rgb(22, 24, 28)' });
  });

  it('the light mapping applies in the light theme, the -dark mapping in the dark theme', async () => {
    const style = '--policy-color-text:#123456;--policy-color-text-dark:#abcdef;--policy-color-background-dark:#010203';
    const light = await fixture<TestChart>(html`<test-chart style=${style} .data=${{ title: '推進体制' }}></test-chart>`);
    expect(colours(light)).to.deep.equal({ text: 'rgb(18, 52, 86)', background: 'rgb(255, 255, 255)' });
    const dark = await fixture<TestChart>(html`<test-chart theme="dark" style=${style} .data=${{ title: '推進体制' }}></test-chart>`);
    expect(colours(dark)).to.deep.equal({ text: 'rgb(171, 205, 239)', background: 'rgb(1, 2, 3)' });
  });

  it('the Digital Agency theme: its tokens in light, its own dark variant with theme="dark"', async () => {
    await addStylesheet('/node_modules/@digital-go-jp/design-tokens/dist/tokens.css');
    await addStylesheet('/src/theme/digital-agency.css');
    const light = await fixture<TestChart>(html`<test-chart class="policy-theme-digital-agency" .data=${{ title: '推進体制' }}></test-chart>`);
    // solid-gray-800 on white.
    expect(colours(light)).to.deep.equal({ text: 'rgb(51, 51, 51)', background: 'rgb(255, 255, 255)' });
    expect(getComputedStyle(light).fontFamily).to.match(/^"Noto Sans JP"/);
    const dark = await fixture<TestChart>(html`<test-chart class="policy-theme-digital-agency" theme="dark" .data=${{ title: '推進体制' }}></test-chart>`);
    // White on solid-gray-900.
    expect(colours(dark)).to.deep.equal({ text: 'rgb(255, 255, 255)', background: 'rgb(26, 26, 26)' });
  });
});
