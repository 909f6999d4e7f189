// The parts a chart loads only when used (docs/size.md): the export code, the issue messages,
// the src fetching code and the table code. Each still works the first time, and nothing shows
// half-done.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyDataErrorEvent } from '../../src/events/data-error.js';
import type { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import type { PolicyEffectChart } from '../../src/charts/effect/policy-effect-chart.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();

/** The next file the page saves through a download link: its name and text. */
function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (event: MouseEvent): void => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((r) => r.text())
        .then((text) => resolve({ name: link.download, text }));
    };
    document.addEventListener('click', onClick, true);
  });
}

// The test server serves every source module as a file of its own: far more than the 250
// resource timing entries a page keeps by default, past which later requests are not recorded.
performance.setResourceTimingBufferSize(100_000);

/** Whether the page has requested a module whose URL contains `name`. */
const requested = (name: string): boolean => performance.getEntriesByType('resource').some((e) => e.name.includes(name));

describe('parts loaded when used', () => {
  // First in this file: no test before it has loaded the org chart's table code.
  it('the table code loads when the reader points at or focuses the table toggle, before the click', async () => {
    const el = await fixture<PolicyOrgChart>(html`<policy-org-chart .data=${await load('/data/partnership-council.json')}></policy-org-chart>`);
    expect(el.status).to.equal('ready');
    expect(requested('/src/charts/org/lazy.ts'), 'not loaded with the chart').to.equal(false);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.focus();
    await waitUntil(() => requested('/src/charts/org/lazy.ts'), 'focus loads the table code');
    toggle.click();
    await el.updateComplete;
    // The first toggle shows the whole list at once: every body of the document is in it.
    const doc = (await load('/data/partnership-council.json')) as { bodies: Array<{ name: string }> };
    const text = el.shadowRoot!.querySelector('[part="table"]')!.textContent!;
    for (const body of doc.bodies) expect(text, body.name).to.contain(body.name);
  });

  it('an element shown with its table draws the chart and the table in the same first update', async () => {
    const el = await fixture<PolicyBudgetTreemap>(
      html`<policy-budget-treemap show-table .data=${await load('/data/pharma-budget.json')}></policy-budget-treemap>`,
    );
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).not.to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tr').length).to.be.greaterThan(5);
  });

  it('the SVG and CSV save buttons work on the first click (the export code loads then)', async () => {
    const el = await fixture<PolicyEffectChart>(
      html`<policy-effect-chart exportable .data=${await load('/data/effects/egfr-response.json')}></policy-effect-chart>`,
    );
    const button = (kind: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="export"] button[data-export="${kind}"]`)!;
    let saved = nextDownload();
    button('svg').click();
    const svg = await saved;
    expect(svg.name.endsWith('.svg')).to.equal(true, svg.name);
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('76.4%');
    saved = nextDownload();
    button('csv').click();
    const csv = await saved;
    expect(csv.name.endsWith('.csv')).to.equal(true, csv.name);
    expect(csv.text).to.contain('EGFR変異あり');
    expect(el.shadowRoot!.querySelector('[part="export-error"]')).to.equal(null);
  });

  it('toSVG and toPNG of each chart resolve with the framed drawing', async () => {
    const charts = [
      await fixture<PolicyOrgChart>(html`<policy-org-chart .data=${await load('/data/partnership-council.json')}></policy-org-chart>`),
      await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap .data=${await load('/data/pharma-budget.json')}></policy-budget-treemap>`),
    ];
    for (const el of charts) {
      const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      expect(svg.documentElement.localName, el.localName).to.equal('svg');
      expect(svg.querySelector('parsererror'), el.localName).to.equal(null);
      expect((await el.toPNG(1)).type).to.equal('image/png');
    }
  });

  it('toSVG rejects while the chart is not ready', async () => {
    const el = await fixture<PolicyEffectChart>(html`<policy-effect-chart></policy-effect-chart>`);
    let error: unknown;
    await el.toSVG().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });

  it('an error is shown with its words as soon as the status says error, and the event carries them', async () => {
    for (const tag of ['policy-effect-chart', 'policy-budget-treemap', 'policy-org-chart'] as const) {
      const el = document.createElement(tag);
      const messages: string[] = [];
      el.addEventListener('policy-data-error', (e) => messages.push(...(e as PolicyDataErrorEvent).detail.messages));
      el.data = { type: tag === 'policy-effect-chart' ? 'effect' : tag === 'policy-org-chart' ? 'organization' : 'budget' };
      document.body.append(el);
      await waitUntil(() => el.status !== 'loading' && el.status !== 'empty', `${tag} settles`);
      expect(el.status, tag).to.equal('error');
      const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent!.trim());
      expect(items.length, tag).to.be.greaterThan(0);
      for (const item of items) {
        expect(item, tag).to.match(/^[^:]+: /);
        expect(item, tag).not.to.contain('不明な問題');
      }
      await waitUntil(() => messages.length > 0, `${tag} fires policy-data-error`);
      expect(messages).to.deep.equal(items);
      el.remove();
    }
  });

  it('a chart from src is ready with its drawing and its table', async () => {
    const el = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap src="/data/pharma-budget.json"></policy-budget-treemap>`);
    await waitUntil(() => el.status === 'ready' || el.status === 'error');
    expect(el.status).to.equal('ready');
    el.showTable = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tr').length).to.be.greaterThan(5);
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).not.to.equal(null);
  });

  // Last in this file: no element before it carried the server's font advances.
  it('the code that measures with the server\'s font loads only for an element rendered on the server (data-policy-metrics)', async () => {
    expect(requested('/src/kit/font-metrics.ts'), 'not loaded by the charts drawn so far').to.equal(false);
    // Advances in the attribute's format (kit/font-metrics encodeAdvances): 1000 units per em, every character 1000 wide.
    const el = document.createElement('policy-effect-chart');
    el.setAttribute('data-policy-metrics', '1000;効果あり;1000,1000,1000,1000');
    el.data = await load('/data/effects/egfr-response.json');
    document.body.append(el);
    await waitUntil(() => el.status === 'ready' || el.status === 'error', 'settles');
    expect(el.status).to.equal('ready');
    expect(requested('/src/kit/font-metrics.ts'), 'loaded before its first drawing').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).not.to.equal(null);
    el.remove();
  });
});
