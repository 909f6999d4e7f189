/**
 * What a reader sees when `src` is slow, never answers, or is served in Shift_JIS (issue 14's
 * deployment cases, through the element's own attribute and fetch path). `fetch` is replaced
 * for each test so that a server that never answers is exactly that.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyEffectChart } from '../../src/charts/effect/policy-effect-chart.js';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

/** `{"type":"effect","chart":"proportions","title":"予算","series":[…]}` in Shift_JIS: 予 is 0x97 0x5C, 算 0x8E 0x5A. */
function shiftJisDocument(): ArrayBuffer {
  const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  return Uint8Array.from([
    ...ascii('{"type":"effect","chart":"proportions","title":"'),
    0x97, 0x5c, 0x8e, 0x5a,
    ...ascii('","series":[{"label":"A","value":"50%"},{"label":"B","value":"25%"}]}'),
  ]).buffer;
}

describe('src that never answers, and src in Shift_JIS', () => {
  it('src-timeout: a server that never answers gives a localised time-out message, not an endless 読み込み中', async () => {
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const el = await fixture<PolicyEffectChart>(html`<policy-effect-chart src-timeout="0.2" src="/never.json"></policy-effect-chart>`);
    await waitUntil(() => el.status === 'error', 'the time-out never came', { timeout: 10_000 });
    expect(shadowText(el, '[part="error"]')).to.contain('/never.json を読み込めません（0.2秒たっても応答がありません）');
  });

  it('a JSON document served as Shift_JIS (with its charset) is read as Shift_JIS', async () => {
    window.fetch = async () => new Response(shiftJisDocument(), { headers: { 'content-type': 'application/json; charset=Shift_JIS' } });
    const el = await fixture<PolicyEffectChart>(html`<policy-effect-chart src="/sjis.json"></policy-effect-chart>`);
    await waitUntil(() => el.status === 'ready' || el.status === 'error', 'never settled', { timeout: 10_000 });
    expect(el.status).to.equal('ready');
    expect(shadowText(el, '[part="title"]')).to.equal('予算');
  });

  it('Shift_JIS bytes without a charset are reported, never shown as mojibake', async () => {
    window.fetch = async () => new Response(shiftJisDocument(), { headers: { 'content-type': 'application/json' } });
    const el = await fixture<PolicyEffectChart>(html`<policy-effect-chart src="/sjis.json"></policy-effect-chart>`);
    await waitUntil(() => el.status === 'error', 'no error shown', { timeout: 10_000 });
    expect(shadowText(el, '[part="error"]')).to.contain('/sjis.json');
    expect(el.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
  });
});
