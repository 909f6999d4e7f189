// The bar form's layout loads with the treemap's lazy chunk (layout/later.ts, docs/size.md): a
// budget drawn as treemap never loads it; a flat budget of a few items (bars, known only from
// its data) shows `loading` until the code is there, and `updateComplete` waits for the bars.
// Its own file: no other test has loaded the chunk before.
import { expect, fixture, html } from '@open-wc/testing';
import { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import { budgetLazy } from '../../src/charts/budget/index.js';
import { defineElement } from '../../src/kit/element/define-element.js';

defineElement('policy-budget-treemap', PolicyBudgetTreemap);

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();
const root = (el: Element) => el.shadowRoot!;

describe('the bar form loaded on first use', () => {
  it('a treemap does not load it; a budget of two items waits for it and draws bars', async () => {
    const treemap = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap .data=${await load('/data/pharma-budget.json')} width="800"></policy-budget-treemap>`);
    await treemap.updateComplete;
    expect(treemap.status).to.equal('ready');
    expect(root(treemap).querySelectorAll('g[role="treeitem"]').length).to.be.greaterThan(2);
    expect(budgetLazy.value, 'no lazy chunk for a treemap').to.equal(undefined);

    const statuses: string[] = [];
    const el = document.createElement('policy-budget-treemap') as PolicyBudgetTreemap;
    el.setAttribute('width', '800');
    el.data = await load('/data/midnet-budget.json');
    new MutationObserver(() => statuses.push(el.getAttribute('status') ?? '')).observe(el, { attributes: true, attributeFilter: ['status'] });
    document.body.append(el);
    await el.updateComplete;
    expect(budgetLazy.value, 'loaded for the bars').not.to.equal(undefined);
    expect(statuses).to.include('loading');
    expect(el.status).to.equal('ready');
    expect(root(el).querySelectorAll('rect.row')).to.have.length(2);
    expect([...root(el).querySelectorAll('g[role="treeitem"]')].map((r) => r.getAttribute('data-key'))).to.deep.equal(['midnet', 'cin']);
    el.remove();
  });
});
