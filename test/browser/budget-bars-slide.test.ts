// On a slide (`preset="slide"` with `height`), a budget of a few items drawn as bars shares the
// slide's height: before, MID-NET's two bars sat in the top fifth of a 1920×1080 slide.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import { defineElement } from '../../src/kit/element/define-element.js';

defineElement('policy-budget-treemap', PolicyBudgetTreemap);

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();

describe('bars on a slide', () => {
  before(() => setViewport({ width: 1920, height: 1080 }));

  it('fill the slide height without going past it', async () => {
    const el = await fixture<PolicyBudgetTreemap>(
      html`<policy-budget-treemap .data=${await load('/data/midnet-budget.json')} preset="slide" height="1048"></policy-budget-treemap>`,
    );
    await el.updateComplete;
    // The chrome is measured after the first render: let the layout settle.
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    const bars = [...el.shadowRoot!.querySelectorAll('g[role="treeitem"]')];
    expect(bars).to.have.length(2);
    const box = el.getBoundingClientRect();
    const rows = bars.map((b) => b.getBoundingClientRect());
    expect(box.height, 'within the slide').to.be.at.most(1048 + 1);
    // The two rows take most of the slide, not its top fifth.
    const spanned = Math.max(...rows.map((r) => r.bottom)) - Math.min(...rows.map((r) => r.top));
    expect(spanned, `rows span ${spanned}px`).to.be.greaterThan(1048 / 2);
    const source = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(source.bottom).to.be.at.most(box.bottom + 1);
  });
});
