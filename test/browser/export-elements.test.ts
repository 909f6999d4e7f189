import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { exportPNG, exportSVG } from '../../src/export/index.js';
import type { PolicyChartElement } from '../../src/kit/element/policy-chart-element.js';
import { parseSVGDocument } from './fixtures/svg-document.js';

const EGFR = {
  type: 'effect',
  chart: 'proportions',
  title: 'EGFR遺伝子変異とゲフィチニブの奏効率',
  measure: '奏効率',
  series: [
    { label: 'EGFR変異あり', value: 0.764, n: 148, categories: [{ label: '奏効', value: 0.764 }, { label: '不変' }, { label: '増悪' }] },
    { label: '変異検索なし', value: 0.275 },
  ],
};

const BUDGET = {
  type: 'budget',
  title: '医薬品産業強化総合戦略',
  unit: '億円',
  items: [
    {
      id: 'p1',
      name: '日本発のシーズが生まれる研究開発環境の改善',
      amount: 49.1,
      children: [
        { id: 'p1-db', name: 'データベース情報の解析', amount: 28.1 },
        { id: 'p1-genome', name: 'がんゲノム医療の戦略的推進', amount: 21.0 },
      ],
    },
    { id: 'p2', name: '薬事規制改革', amount: 23.1 },
  ],
};

async function mount(tag: string, data: unknown, theme = 'light'): Promise<PolicyChartElement<never>> {
  const el = document.createElement(tag) as PolicyChartElement<never>;
  el.setAttribute('theme', theme);
  el.style.width = '720px';
  (el as unknown as { data: unknown }).data = data;
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.status === 'ready' && el.shadowRoot!.querySelector('svg text'), 'chart drawn');
  return el;
}

const parse = parseSVGDocument;

const textOf = (doc: XMLDocument) => Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '').join('\n');

describe('exportSVG on the chart elements', () => {
  it('exports the effect chart with its labels and resolved colours', async () => {
    const el = await mount('policy-effect-chart', EGFR);
    const text = exportSVG(el);
    const doc = parse(text);
    const labels = textOf(doc);
    for (const label of ['EGFR変異あり', '変異検索なし', '76.4%', '27.5%']) expect(labels).to.contain(label);
    // The drawing's accessible name becomes the file's title.
    expect(doc.documentElement.firstElementChild!.localName).to.equal('title');
    expect(doc.documentElement.firstElementChild!.textContent).to.equal('EGFR遺伝子変異とゲフィチニブの奏効率');
    expect(text).not.to.contain('var(');
    // The series tint of the bars is written on the bars.
    expect(text).to.match(/fill: ?rgb\(179, 212, 235\)/);
  });

  it('exports the budget treemap, dark theme with its dark background', async () => {
    const el = await mount('policy-budget-treemap', BUDGET, 'dark');
    const doc = parse(exportSVG(el));
    const labels = textOf(doc);
    expect(labels).to.contain('データベース情報の解析');
    expect(labels).to.contain('28.1億円');
    const background = doc.documentElement.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).to.equal('rgb(22, 24, 28)');
  });

  it('exports a PNG of the drawing alone (frame: false)', async () => {
    const el = await mount('policy-effect-chart', EGFR);
    // The SVG is taken synchronously when exportPNG is called: measure it at that moment.
    const svg = el.shadowRoot!.querySelector('svg.effect-chart')!.getBoundingClientRect();
    const blob = await exportPNG(el, { scale: 1, frame: false });
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(Math.round(svg.width));
    expect(bitmap.height).to.equal(Math.round(svg.height));
  });
});
