import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

// Titles, descriptions and sources of every chart break Japanese between words (auto-phrase on the
// data's language), also when the UI around them is English: what a reader sees at 360 px.

const words = new Intl.Segmenter('ja', { granularity: 'word' });
/** Where a word starts in `text` (a line may start only there). */
const wordStarts = (text: string) => new Set([...words.segment(text)].map((s) => s.index));

/** The offsets in `el`'s text where a drawn line starts (after the first), measured character by character. */
function lineStarts(el: Element): { text: string; starts: number[] } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let text = '';
  let top: number | undefined;
  const starts: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getClientRects()[0];
      if (r && node.data[i]!.trim()) {
        if (top !== undefined && r.top > top + r.height / 2) starts.push(text.length);
        top = r.top;
      }
      text += node.data[i];
    }
  }
  return { text, starts };
}

/** Each line break of `el` falls between words, and no line starts with ー, ・ or a closing mark. */
function expectWholeWords(el: Element, what: string): void {
  const { text, starts } = lineStarts(el);
  const ok = wordStarts(text);
  const lines = [0, ...starts].map((s, i, all) => text.slice(s, all[i + 1]));
  expect(starts.length, `${what} wraps at 360 px: ${lines.join(' | ')}`).to.be.greaterThan(0);
  for (const s of starts) {
    expect(ok.has(s), `${what} breaks inside a word: ${lines.join(' | ')}`).to.equal(true);
    expect('ー・、。）」'.includes(text[s]!), `${what} starts a line with ${text[s]}: ${lines.join(' | ')}`).to.equal(false);
  }
}

async function mount(tag: string, url: string, lang: string): Promise<HTMLElement> {
  const data = await (await fetch(url)).json();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  wrapper.lang = lang;
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.data = data;
  wrapper.append(el);
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]'), 'no title');
  await document.fonts.ready;
  return el;
}

describe('phrase breaking of the charts\' own text at 360 px', () => {
  for (const lang of ['ja', 'en']) {
    it(`budget treemap (UI ${lang}): the title and description break between words; the title is marked with the data's language`, async () => {
      const el = await mount('policy-budget-treemap', '/data/midnet-budget.json', lang);
      const title = el.shadowRoot!.querySelector('[part="title"]')!;
      expectWholeWords(title, 'title');
      expect(title.getAttribute('lang')).to.equal('ja');
      expectWholeWords(el.shadowRoot!.querySelector('[part="description"]')!, 'description');
    });

    it(`effect chart (UI ${lang}): the title breaks between words`, async () => {
      const el = await mount('policy-effect-chart', '/data/effects/midnet-scale.json', lang);
      expectWholeWords(el.shadowRoot!.querySelector('[part="title"]')!, 'title');
    });
  }

  it('effect chart: the description, the summary and the notes break between words', async () => {
    const el = await mount('policy-effect-chart', '/data/effects/distribution.json', 'ja');
    for (const part of ['description', 'summary', 'notes']) expectWholeWords(el.shadowRoot!.querySelector(`[part="${part}"]`)!, part);
  });

  it('budget treemap (UI en): the top-level item names are marked Japanese and break between words', async () => {
    const el = await mount('policy-budget-treemap', '/data/pharma-budget.json', 'en');
    const names = [...el.shadowRoot!.querySelectorAll('.top-items li [lang]')];
    expect(names.length).to.be.greaterThan(3);
    let wrapped = 0;
    for (const name of names) {
      expect(name.getAttribute('lang')).to.equal('ja');
      const { text, starts } = lineStarts(name);
      const ok = wordStarts(text);
      wrapped += starts.length;
      for (const s of starts) expect(ok.has(s), `top item breaks inside a word: ${text.slice(0, s)} | ${text.slice(s)}`).to.equal(true);
    }
    expect(wrapped, 'some item name wraps at 360 px').to.be.greaterThan(0);
  });

  it('budget treemap at 1280 px: the top-level list never breaks inside a short parenthesis (うち再掲 … → 計上 …) nor between a figure and its unit', async () => {
    const data = await (await fetch('/data/pharma-budget.json')).json();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1240px"></div>`);
    const el = document.createElement('policy-budget-treemap') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    el.data = data;
    wrapper.append(el);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.top-items .top-relist'), 'no re-listed figures');
    await document.fonts.ready;
    const relists = [...el.shadowRoot!.querySelectorAll('.top-items .top-relist')];
    expect(relists.length).to.be.greaterThan(1);
    for (const relist of relists) {
      const { text, starts } = lineStarts(relist);
      expect(starts, `「${text}」 breaks inside`).to.deep.equal([]);
    }
    // And a figure stays with its unit wherever the items wrap.
    for (const li of el.shadowRoot!.querySelectorAll('.top-items li')) {
      const { text, starts } = lineStarts(li);
      for (const s of starts) expect(/[0-9.]\s*$/u.test(text.slice(0, s)) && /^\s*[億万円兆]/u.test(text.slice(s)), `${text.slice(0, s)} | ${text.slice(s)}`).to.equal(false);
    }
  });

  it('org chart: the source breaks between words', async () => {
    const el = await mount('policy-org-chart', '/data/governance.json', 'en');
    expectWholeWords(el.shadowRoot!.querySelector('[part="source"]')!, 'source');
    expect(el.shadowRoot!.querySelector('[part="source"] [lang="ja"]')).to.not.equal(null);
  });
});
