// The English words load on first use (kit/locale-table.ts, docs/size.md): a page in Japanese
// never requests them; an element in English waits for them and draws in English at once.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import type { PolicyEffectChart } from '../../src/charts/effect/policy-effect-chart.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();

// Every module the test server serves is a request of its own: keep more than the default 250 entries.
performance.setResourceTimingBufferSize(100_000);

/** Whether the page has requested a module whose URL contains `name`. */
const requested = (name: string): boolean => performance.getEntriesByType('resource').some((e) => e.name.includes(name));

describe('English words loaded on first use', () => {
  // First in this file: nothing before it has drawn in English.
  it('a Japanese page does not load them', async () => {
    const el = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap style="width:800px" .data=${await load('/data/pharma-budget.json')}></policy-budget-treemap>`);
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('表で見る');
    expect(requested('words-en'), 'no English words requested').to.equal(false);
  });

  it('an element in English waits for them and draws in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width:800px"><policy-org-chart .data=${await load('/data/partnership-council.json')}></policy-org-chart></div>`);
    const el = wrapper.querySelector<PolicyOrgChart>('policy-org-chart')!;
    await el.updateComplete;
    expect(requested('/src/charts/org/words-en.ts')).to.equal(true);
    expect(el.status).to.equal('ready');
    // The org chart's own words (its toggle shows the nested lists).
    expect(el.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Show as text');
  });

  it('a Japanese element turned English by its ancestor loads them on its next update', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"><policy-budget-treemap .data=${await load('/data/pharma-budget.json')}></policy-budget-treemap></div>`);
    const el = wrapper.querySelector<PolicyBudgetTreemap>('policy-budget-treemap')!;
    expect(el.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('表で見る');
    wrapper.lang = 'en';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Show as table');
    expect(el.shadowRoot!.querySelector('.total')!.textContent!.trim()).to.match(/^Total /);
  });

  it('an effect chart of data in English on a Japanese page shows loading until its words are there, then draws in English', async () => {
    expect(requested('/src/charts/effect/words-en.ts'), 'not loaded before').to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja" style="width:800px"><policy-effect-chart .data=${await load('/data/effects/egfr-response.en.json')}></policy-effect-chart></div>`);
    const el = wrapper.querySelector<PolicyEffectChart>('policy-effect-chart')!;
    await el.updateComplete;
    expect(requested('/src/charts/effect/words-en.ts')).to.equal(true);
    expect(el.status).to.equal('ready');
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelectorAll('.plot svg').length).to.equal(1);
    // The element's own words stay in the page's language.
    expect(el.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('表で見る');
  });
});
