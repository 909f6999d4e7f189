import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';
import type { PolicyEffectChart } from '../../src/charts/effect/policy-effect-chart.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();
const csvLines = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('export (exportable attribute, toSVG/toCSV)', () => {
  it('shows save buttons only when exportable, named in the chart language', async () => {
    const data = await load('/data/effects/egfr-response.json');
    const plain = await fixture<PolicyEffectChart>(html`<policy-effect-chart .data=${data}></policy-effect-chart>`);
    expect(plain.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
    const el = await fixture<PolicyEffectChart>(html`<policy-effect-chart exportable .data=${data}></policy-effect-chart>`);
    const labels = [...el.shadowRoot!.querySelectorAll('[part="export"] button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['SVGで保存', 'PNGで保存', 'PowerPointで保存', 'CSVで保存']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('an effect chart exports its table as CSV and its drawing as SVG', async () => {
    const el = await fixture<PolicyEffectChart>(
      html`<policy-effect-chart .data=${await load('/data/effects/egfr-response.json')}></policy-effect-chart>`,
    );
    await waitUntil(() => el.status === 'ready');
    const csv = await el.toCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csvLines(csv);
    expect(lines.some((l) => l.startsWith('EGFR変異あり,') && l.includes('76.4%'))).to.equal(true, lines.join('\n'));
    expect(lines.some((l) => l.startsWith('変異検索なし,') && l.includes('27.5%'))).to.equal(true, lines.join('\n'));
    const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.textContent).to.contain('76.4%');
  });

  it('an effect chart exports its CSV in the language of the chart, not of the page (English data on a Japanese page)', async () => {
    const el = await fixture<PolicyEffectChart>(
      html`<div lang="ja"><policy-effect-chart .data=${await load('/data/effects/egfr-response.en.json')}></policy-effect-chart></div>`,
    ).then((wrapper) => wrapper.querySelector('policy-effect-chart')!);
    await waitUntil(() => el.status === 'ready');
    const lines = csvLines(await el.toCSV());
    // The table's own header words are English (「Group」), as in the table shown beside the chart.
    expect(lines[0]!.replace('\uFEFF', '').split(',')[0]).to.equal('Group');
    expect(lines.join('\n')).not.to.contain('群');
  });

  it('a budget exports every item with figures in whole yen, 再掲 and 内数 marked', async () => {
    const el = await fixture<PolicyBudgetTreemap>(
      html`<policy-budget-treemap .data=${await load('/data/pharma-budget.json')}></policy-budget-treemap>`,
    );
    await waitUntil(() => el.status === 'ready');
    const lines = csvLines(await el.toCSV());
    expect(lines[0]).to.contain('計上額（円・再掲と内数を除く）');
    const rows = lines.slice(1).map((l) => l.split(','));
    // Pillar 1: declared 49.1億円 = 4,910,000,000 yen, with 補正 4.2億円.
    const p1 = rows.find((r) => r[2] === '日本発のシーズが生まれる研究開発環境の改善')!;
    expect(p1[4]).to.equal('4910000000');
    expect(p1[6]).to.equal('420000000');
    // The AI measure is 13.5億円の内数: no counted money of its own.
    const ai = rows.find((r) => r[3] === '内数')!;
    expect(ai[5]).to.equal('0');
    expect(ai[8]).to.equal('1350000000');
    // Re-listed rows count nothing.
    const relisted = rows.filter((r) => r[3]!.startsWith('再掲:'));
    expect(relisted.length).to.be.greaterThan(0);
    for (const r of relisted) expect(r[5]).to.equal('0');
  });

  it('an organisation exports one row per body with every role holder', async () => {
    const el = await fixture<PolicyOrgChart>(
      html`<policy-org-chart .data=${await load('/data/partnership-council.json')}></policy-org-chart>`,
    );
    await waitUntil(() => el.status === 'ready');
    const csv = await el.toCSV();
    const doc = (await load('/data/partnership-council.json')) as { bodies: unknown[] };
    // Header + one record per body (records with line breaks are quoted, so count ids).
    expect(csvLines(csv)[0]).to.equal('id,名称,種別,上位組織id,レーン,役職と構成員,別名,連携等,注記,編集注記');
    expect(csv).to.contain('武田薬品工業（株）');
    expect(csv).to.contain('ヤマトロジスティクス（株）');
    const records = csv.replace(/"(?:[^"]|"")*"/g, 'Q').trimEnd().split('\r\n');
    expect(records.length).to.equal(doc.bodies.length + 1);
  });
});
