/**
 * Issue 14 in Chromium: an XSS corpus through every string field of every element (drawing,
 * table, exported SVG opened as a document), exports that are XML whatever the text, deep and
 * wide organisations through the element, and a failed PNG export shown to the reader.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyChartElement } from '../../src/kit/element/policy-chart-element.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { MAX_ORG_DEPTH } from '../../src/data/organization.js';
import type { ChartDocument } from '../../src/data/types.js';
import type { PolicyDataErrorEvent } from '../../src/events/data-error.js';
import { XSS_PAYLOADS } from '../fixtures/xss.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

type Chart = PolicyChartElement<ChartDocument>;

async function mount(tag: string, data: unknown): Promise<Chart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement(tag) as Chart;
  el.setAttribute('exportable', '');
  wrapper.append(el);
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.status === 'ready' || el.status === 'error', 'never settled', { timeout: 15_000 });
  return el;
}

const docs = (s: string): Array<[string, unknown]> => [
  ['policy-org-chart', { type: 'organization', title: s, description: s, source: s, lanes: [{ id: 'l', name: s }], bodies: [{ id: 'a', name: s, lane: 'l', aliases: [s], notes: [s], source: s, roles: [{ title: s, holders: [s, s] }] }, { id: 'b', name: s, parent: 'a' }], links: [{ from: 'a', to: 'b', type: 'other', label: s }] }],
  ['policy-budget-treemap', { type: 'budget', title: s, description: s, source: s, fiscalYear: s, unit: '億円', items: [{ id: 'a', name: s, amount: 2, note: s, source: s, children: [{ id: 'b', name: s, amount: 1 }] }, { id: 'c', name: s, amount: 1 }] }],
  ['policy-effect-chart', { type: 'effect', chart: 'proportions', title: s, description: s, source: s, measure: s, notes: [s], series: [{ label: s, value: '40%', categories: [{ label: s, value: '40%' }] }, { label: s, value: '20%' }] }],
  ['policy-effect-chart', { type: 'effect', chart: 'magnitude', title: s, measure: s, unit: s, series: [{ label: s, value: 3e9, display: s }, { label: s, value: 1000 }] }],
  ['policy-effect-chart', { type: 'effect', chart: 'change', title: s, measure: s, series: [{ label: s, before: { value: 10, label: s }, after: { value: 2, label: s } }] }],
];

/** Opens an SVG document in an iframe, as a reader opening the saved file would; resolves with its window. */
async function openSvg(svg: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await new Promise((r) => setTimeout(r, 20));
  const win = frame.contentWindow!;
  frame.remove();
  return win;
}

describe('XSS payloads in every string field, drawn, tabled and exported as SVG opened as a document', () => {
  before(() => {
    window.__xss = undefined;
  });
  after(() => {
    expect(window.__xss).to.equal(undefined);
  });

  for (const payload of XSS_PAYLOADS) {
    it(`run nowhere: ${payload}`, async () => {
      for (const [tag, data] of docs(payload)) {
        const el = await mount(tag, data);
        expect(el.status, tag).to.equal('ready');
        el.showTable = true;
        await el.updateComplete;
        const svg = await el.toSVG();
        expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
        const win = (await openSvg(svg)) as Window & { __xss?: number };
        expect(win.__xss, `exported SVG of ${tag}`).to.equal(undefined);
        el.parentElement!.remove();
      }
      expect(window.__xss).to.equal(undefined);
    });
  }
});

describe('exports are XML whatever the text', () => {
  const controls = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u2028', '\uFFFE', '\uD800', '\uDC00'].join('x');

  it('toSVG() parses as XML, and toPNG() draws, with every control character in every field', async () => {
    for (const [tag, data] of docs(`PowerPoint\u000B改行${controls}`)) {
      const el = await mount(tag, data);
      expect(el.status).to.equal('ready');
      const svg = await el.toSVG();
      expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror'), tag).to.equal(null);
      const png = await el.toPNG(1);
      expect(png.type).to.equal('image/png');
      el.parentElement!.remove();
    }
  });
});

describe('a failed export is shown, never an unhandled rejection', () => {
  it('「PNGで保存」 that fails says so in part="export-error"', async () => {
    const el = await mount('policy-effect-chart', { type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] });
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => {
      unhandled.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    el.toPNG = () => Promise.reject(new Error('image decode failed'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-export="png"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="export-error"]'), 'no message');
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(el.shadowRoot!.querySelector('[part="export-error"]')!.textContent!.trim()).to.equal('保存できませんでした: Error: image decode failed');
    expect(unhandled).to.deep.equal([]);
  });
});

describe('deep and wide organisations through the element', () => {
  const chain = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: `部局${i}`, ...(i > 0 ? { parent: `n${i - 1}` } : {}) }));

  it(`draws ${MAX_ORG_DEPTH} levels: table, search, focusNode and expandAll all work`, async () => {
    const el = (await mount('policy-org-chart', { type: 'organization', bodies: chain(MAX_ORG_DEPTH) })) as unknown as PolicyOrgChart;
    expect(el.status).to.equal('ready');
    el.expandAll();
    el.search = `部局${MAX_ORG_DEPTH - 1}`;
    el.showTable = true;
    await el.updateComplete;
    el.focusNode(`n${MAX_ORG_DEPTH - 1}`);
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('[part="table"]')!;
    expect(table.textContent).to.include(`部局${MAX_ORG_DEPTH - 1}`);
    expect(el.shadowRoot!.querySelector(`[role="treeitem"][data-id="n${MAX_ORG_DEPTH - 1}"]`)).to.not.equal(null);
    expect(el.status).to.equal('ready');
  });

  it('refuses a 3,000-level organisation with a message naming the first body too deep, and an event', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('policy-org-chart') as PolicyOrgChart;
    wrapper.append(el);
    const fired = new Promise<PolicyDataErrorEvent>((resolve) => el.addEventListener('policy-data-error', resolve as EventListener, { once: true }));
    el.data = { type: 'organization', bodies: chain(3_000) };
    const event = await fired;
    expect(el.status).to.equal('error');
    const message = `bodies[${MAX_ORG_DEPTH}]: 組織「n${MAX_ORG_DEPTH}」の入れ子が深すぎます（${MAX_ORG_DEPTH}階層まで）`;
    expect(event.detail.messages).to.deep.equal([message]);
    expect(el.shadowRoot!.querySelector('[part="error"] li')!.textContent).to.equal(message);
  });

  it('draws 2,000 bodies under one parent, with every one in the table', async () => {
    const bodies = [{ id: 'root', name: '本部' }, ...Array.from({ length: 2_000 }, (_, i) => ({ id: `c${i}`, name: `課${i}`, parent: 'root' }))];
    const el = (await mount('policy-org-chart', { type: 'organization', bodies })) as unknown as PolicyOrgChart;
    expect(el.status).to.equal('ready');
    el.showTable = true;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="table"]')!.textContent!.includes('課1999'), 'table incomplete', { timeout: 15_000 });
  });
});
