import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyEffectChart } from '../../src/charts/effect/policy-effect-chart.js';
import type { PolicyEnvironmentErrorEvent } from '../../src/events/environment-error.js';

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();

/** Where the drawing puts its text: what changes when text is measured differently. */
const textPlaces = (el: HTMLElement) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="chart"] svg text') ?? [])].map((t) => `${t.getAttribute('x')},${t.getAttribute('y')},${t.textContent}`).join('|');

async function mount(family: string, doc: unknown): Promise<PolicyEffectChart> {
  const wrapper = await fixture(html`<div style="width:800px"><policy-effect-chart lang="en" style=${`font-family:${family}`} .data=${doc}></policy-effect-chart></div>`);
  const el = wrapper.querySelector<PolicyEffectChart>('policy-effect-chart')!;
  await el.updateComplete;
  return el;
}

describe('web fonts', () => {
  it('a chart drawn before its web font loads is laid out again, as one drawn with the font', async () => {
    const doc = await load('/data/effects/egfr-response.en.json');
    // A family that is not loaded yet: the chart measures the monospace fallback first.
    const family = `LateFont${Date.now()}`;
    const el = await mount(`'${family}', monospace`, doc);
    const before = textPlaces(el);
    expect(before).to.not.equal('');

    const face = new FontFace(family, 'url(/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-latin-400-normal.woff2)');
    document.fonts.add(face);
    await face.load();
    await document.fonts.ready;
    const fresh = await mount(`'${family}', monospace`, doc);
    const expected = textPlaces(fresh);
    expect(expected, 'the web font changes where text goes (else this test proves nothing)').to.not.equal(before);
    await waitUntil(() => textPlaces(el) === expected, 'the early chart is laid out again with the web font');
    document.fonts.delete(face);
  });
});

describe('environment faults', () => {
  it('without getComputedStyle the chart draws with fallback metrics and reports the environment, not a data error', async () => {
    const doc = await load('/data/effects/egfr-response.json');
    const original = window.getComputedStyle;
    const errors: string[] = [];
    const onDataError = () => errors.push('policy-data-error');
    document.addEventListener('policy-data-error', onDataError);
    // @ts-expect-error: the browser API is removed for this test.
    window.getComputedStyle = undefined;
    try {
      const wrapper = await fixture(html`<div style="width:800px"></div>`);
      const el = document.createElement('policy-effect-chart') as PolicyEffectChart;
      el.data = doc;
      const fired = oneEvent(el, 'policy-environment-error') as Promise<PolicyEnvironmentErrorEvent>;
      wrapper.append(el);
      const event = await fired;
      await el.updateComplete;
      expect(event.detail.api).to.equal('getComputedStyle');
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~="chart"] svg text').length).to.be.greaterThan(3);
    } finally {
      window.getComputedStyle = original;
      document.removeEventListener('policy-data-error', onDataError);
    }
    expect(errors).to.deep.equal([]);
  });
});
