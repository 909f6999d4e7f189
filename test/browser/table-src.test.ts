import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import { defineElement } from '../../src/kit/element/define-element.js';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { readBudgetTable } from '../../src/data/table/budget-table.js';
import { parseDelimited } from '../../src/data/table/delimited.js';

defineElement('policy-budget-treemap', PolicyBudgetTreemap);

const pharma = await (await fetch('/data/pharma-budget.json')).json();
const seed = parseBudget(pharma);
if (!seed.ok) throw new Error('seed does not parse');
const seedTotals = summarizeBudget(seed.value).totals;

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mountSrc(src: string, lang = 'ja'): Promise<PolicyBudgetTreemap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px" lang=${lang}><policy-budget-treemap src=${src}></policy-budget-treemap></div>`);
  const el = wrapper.querySelector('policy-budget-treemap')!;
  await waitUntil(() => el.status === 'ready' || el.status === 'error', `${src} never loaded`, { timeout: 10_000 });
  return el;
}

describe('budget tables in the browser', () => {
  for (const lang of ['ja', 'en']) {
    it(`reads back the CSV that toCSV() writes (${lang}) into the same totals`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px" lang=${lang}><policy-budget-treemap .data=${pharma}></policy-budget-treemap></div>`);
      const el = wrapper.querySelector('policy-budget-treemap')!;
      await waitUntil(() => el.status === 'ready', 'never ready');
      const csv = await el.toCSV();
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      const read = readBudgetTable(parseDelimited(csv));
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const totals = summarizeBudget(read.value).totals;
      expect(totals).to.deep.equal(seedTotals);
      expect(totals.amount.counted).to.equal(8_220_000_000);
      expect(totals.supplementary.counted).to.equal(730_000_000);
      expect(read.value.items.map((i) => i.id)).to.deep.equal(seed.value.items.map((i) => i.id));
    });
  }

  it('draws src="…/pharma-budget.csv" (UTF-8) with the seed total', async () => {
    const el = await mountSrc('/data/tables/pharma-budget.csv');
    expect(el.status).to.equal('ready');
    expect(text(el, '.total')).to.equal('合計 82.2億円（再掲・内数を除く）');
  });

  it('draws a Shift_JIS CSV the same', async () => {
    const el = await mountSrc('/test/fixtures/tables/pharma-budget.sjis.csv');
    expect(el.status).to.equal('ready');
    expect(text(el, '.total')).to.equal('合計 82.2億円（再掲・内数を除く）');
  });

  it('shows the cell of a broken CSV in the error part', async () => {
    const el = await mountSrc('/test/browser/fixtures/broken-budget.csv');
    expect(el.status).to.equal('error');
    expect(text(el, '[part="error"]')).to.contain('broken-budget.csv B2: 「49.1億」を金額として読めません');
  });
});
