// The treemap's handlers load with its lazy chunk (nav-actions.ts via lazy.ts, docs/size.md): a
// key, click or hover that comes before that code is there is still carried out once it is,
// and a key the treemap answers is kept from the page at once. The page loads the chunk once:
// the first test is the one that runs before it has loaded (its own file, so no other test has).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import { budgetLazy } from '../../src/charts/budget/index.js';
import { defineElement } from '../../src/kit/element/define-element.js';
import type { PolicyDrillEvent } from '../../src/events/drill.js';
import type { PolicyCellSelectEvent } from '../../src/events/cell-select.js';

defineElement('policy-budget-treemap', PolicyBudgetTreemap);

const pharma = await (await fetch('/data/pharma-budget.json')).json();
const root = (el: Element) => el.shadowRoot!;
const item = (el: Element, key: string) => root(el).querySelector<SVGGElement>(`[role="treeitem"][data-key="${key}"]`);
const active = (el: Element) => root(el).activeElement?.getAttribute('data-key');

async function mount(): Promise<PolicyBudgetTreemap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><policy-budget-treemap .data=${pharma}></policy-budget-treemap></div>`);
  const el = wrapper.querySelector('policy-budget-treemap')!;
  await el.updateComplete;
  return el;
}

const key = (target: Element, name: string): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('treemap handlers loaded on first use', () => {
  it('keys pressed before the code has loaded move the focus and drill once it has, and are kept from the page at once', async () => {
    const el = await mount();
    expect(budgetLazy.value, 'the first drawing does not load the handlers').to.equal(undefined);
    const p1 = item(el, 'p1')!;
    p1.focus();
    // Focus starts the loading; the keys come in the same task, before it can have finished.
    const selected = oneEvent(el, 'policy-cell-select') as Promise<PolicyCellSelectEvent>;
    const down = key(p1, 'ArrowDown');
    const enter = key(p1, 'Enter');
    expect(budgetLazy.value).to.equal(undefined);
    expect(down.defaultPrevented, 'ArrowDown does not scroll the page').to.equal(true);
    expect(enter.defaultPrevented).to.equal(true);
    const other = key(p1, 'a');
    expect(other.defaultPrevented, 'a key the treemap does not answer goes to the page').to.equal(false);
    await el.updateComplete;
    expect(budgetLazy.value).not.to.equal(undefined);
    expect(active(el)).to.equal('p1-database');
    // In the order pressed: Enter chose the cell ArrowDown had moved to.
    expect((await selected).detail.id).to.equal('p1-database');
    // And the tooltip of the focused cell is there.
    expect(root(el).querySelector('.tooltip')?.textContent).to.contain('データベース');
  });

  it('a click handled once the code is there selects and drills into the cell', async () => {
    const el = await mount();
    const selected = oneEvent(el, 'policy-cell-select') as Promise<PolicyCellSelectEvent>;
    const drilled = oneEvent(el, 'policy-drill') as Promise<PolicyDrillEvent>;
    item(el, 'p2')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal('p2');
    expect((await drilled).detail.ids).to.deep.equal(['p2']);
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('nav.crumbs [aria-current]') !== null, 'no breadcrumb after the drill');
  });
});
