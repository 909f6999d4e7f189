import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEffect } from '../../src/data/effect.js';
import { roundSignificant, summarizeEffect } from '../../src/data/effect-summary.js';
import type { EffectDocument } from '../../src/data/types.js';

// Expected figures are worked by hand: 76.4 − 27.5 = 48.9 points, 76.4 / 27.5 = 2.78 → 2.8倍;
// 93.1 − 43.5 = 49.6; −3.1 − (−2.4) = −0.7; 3,000,000,000 / 1,000 = 3,000,000 → 300万分の1;
// 200,000,000 / 4,000,000 = 50; 13 years (4,748.25 days) / 7 days = 678.3.

const parse = (input: unknown): EffectDocument => {
  const r = parseEffect(input);
  if (!r.ok) assert.fail(JSON.stringify(r.issues));
  return r.value;
};

const egfr = parse({
  type: 'effect',
  chart: 'proportions',
  measure: '奏効率',
  series: [
    { label: 'EGFR変異あり', value: '76.4%', categories: [{ label: '奏効', value: '76.4%' }, { label: '不変' }, { label: '増悪' }] },
    { label: '変異検索なし', value: '27.5%' },
  ],
});

describe('summarizeEffect: proportions', () => {
  it('states the difference in points and as a ratio (ja)', () => {
    assert.equal(
      summarizeEffect(egfr, { locale: 'ja' }).sentence,
      'EGFR変異ありの奏効率は76.4%で、変異検索なしの27.5%より48.9ポイント高い（2.8倍）。',
    );
  });

  it('states it in English, labels as written', () => {
    assert.equal(
      summarizeEffect(egfr, { locale: 'en' }).sentence,
      '奏効率 for EGFR変異あり is 76.4%, 48.9 points higher than 27.5% for 変異検索なし (2.8 times as high).',
    );
  });

  it('gives the facts: shares, the comparison, and the share the categories leave unknown', () => {
    const { facts } = summarizeEffect(egfr, { locale: 'ja' });
    assert.equal(facts.chart, 'proportions');
    if (facts.chart !== 'proportions') return;
    assert.deepEqual(
      facts.groups.map((g) => [g.label, g.text, g.unknownShare]),
      [
        ['EGFR変異あり', '76.4%', 0.236],
        ['変異検索なし', '27.5%', 0],
      ],
    );
    assert.equal(facts.comparison?.points, 48.9);
    assert.equal(Math.round((facts.comparison?.ratio ?? 0) * 1000) / 1000, 2.778);
    assert.equal(facts.comparison?.interval, undefined, 'no interval without n');
    assert.equal(facts.groups[0]?.interval, undefined);
  });

  it('adds the Newcombe interval of the difference when both groups give n (56/70 vs 48/80)', () => {
    const doc = parse({
      type: 'effect',
      chart: 'proportions',
      series: [
        { label: 'A', value: 0.8, n: 70 },
        { label: 'B', value: 0.6, n: 80 },
      ],
    });
    const ja = summarizeEffect(doc, { locale: 'ja' });
    assert.equal(ja.sentence, 'Aは80.0%で、Bの60.0%より20.0ポイント高い（1.3倍）。差の95%信頼区間は+5.2ポイント〜+33.4ポイント。');
    const en = summarizeEffect(doc, { locale: 'en' });
    assert.equal(
      en.sentence,
      'A is 80.0%, 20.0 points higher than 60.0% for B (1.3 times as high); 95% confidence interval of the difference +5.2 pts to +33.4 pts.',
    );
    if (ja.facts.chart !== 'proportions') assert.fail('chart');
    const ci = ja.facts.comparison?.interval;
    assert.deepEqual([Math.round(ci!.lower * 100) / 100, Math.round(ci!.upper * 100) / 100], [5.24, 33.39]);
    // Each group's Wilson interval: 56/70 → 0.6918–0.8770 (computed by hand from the formula).
    const w = ja.facts.groups[0]?.interval;
    assert.deepEqual([Math.round(w!.lower * 1e4) / 1e4, Math.round(w!.upper * 1e4) / 1e4], [0.6918, 0.877]);
  });

  it('says "lower" when the first group is lower, and handles equal and single groups', () => {
    const lower = parse({ type: 'effect', chart: 'proportions', series: [{ label: 'A', value: 0.25 }, { label: 'B', value: 0.5 }] });
    assert.equal(summarizeEffect(lower, { locale: 'ja' }).sentence, 'Aは25.0%で、Bの50.0%より25.0ポイント低い（0.5倍）。');
    const same = parse({ type: 'effect', chart: 'proportions', series: [{ label: 'A', value: 0.5 }, { label: 'B', value: '50%' }] });
    assert.equal(summarizeEffect(same, { locale: 'en' }).sentence, 'A is 50.0%, the same as 50.0% for B.');
    const one = parse({ type: 'effect', chart: 'proportions', measure: '奏効率', series: [{ label: 'A', value: 0.3 }] });
    assert.equal(summarizeEffect(one, { locale: 'ja' }).sentence, 'Aの奏効率は30.0%。');
  });

  it('compares every group with the first, then names the highest and lowest of three or more groups', () => {
    const doc = parse({
      type: 'effect',
      chart: 'proportions',
      series: [{ label: 'A', value: 0.3 }, { label: 'B', value: 0.75 }, { label: 'C', value: 0.1 }],
    });
    assert.equal(summarizeEffect(doc, { locale: 'ja' }).sentence, 'A30.0%、B75.0%、C10.0%。Aと比べ、Bは45.0ポイント高く、Cは20.0ポイント低い。最も高いBは最も低いCより65.0ポイント高い。');
  });
});

describe('summarizeEffect: change', () => {
  const distribution = parse({
    type: 'effect',
    chart: 'change',
    series: [
      { label: '妥結率', before: { label: '平成24年9月', value: '43.5%' }, after: { label: '平成28年9月', value: '93.1%' }, better: 'higher' },
      { label: '一次売差', before: { label: '平成24年度', value: '−2.4%' }, after: { label: '平成28年度', value: '−3.1%' }, better: 'higher' },
    ],
  });

  it('states each change in points, judged by `better` (ja)', () => {
    assert.equal(
      summarizeEffect(distribution, { locale: 'ja' }).sentence,
      '妥結率は43.5%（平成24年9月）から93.1%（平成28年9月）へ49.6ポイント上昇し、改善した。' +
        '一次売差は−2.4%（平成24年度）から−3.1%（平成28年度）へ0.7ポイント低下し、悪化した。',
    );
  });

  it('states each change in English', () => {
    assert.equal(
      summarizeEffect(distribution, { locale: 'en' }).sentence,
      '妥結率 rose from 43.5% (平成24年9月) to 93.1% (平成28年9月), up 49.6 points, an improvement. ' +
        '一次売差 fell from −2.4% (平成24年度) to −3.1% (平成28年度), down 0.7 points, a worsening.',
    );
  });

  it('gives exact deltas and the improvement flag; `better: "lower"` flips it', () => {
    const { facts } = summarizeEffect(distribution, { locale: 'ja' });
    if (facts.chart !== 'change') assert.fail('chart');
    assert.deepEqual(
      facts.series.map((f) => [f.delta, f.deltaText, f.direction, f.improved, f.inPoints]),
      [
        [49.6, '+49.6ポイント', 'up', true, true],
        [-0.7, '−0.7ポイント', 'down', false, true],
      ],
    );
    const lowerBetter = parse({
      type: 'effect',
      chart: 'change',
      series: [{ label: '審査期間', unit: 'ヶ月', better: 'lower', before: { label: '通常', value: 12 }, after: { label: '先駆け', value: 6 } }],
    });
    const s = summarizeEffect(lowerBetter, { locale: 'ja' });
    assert.equal(s.sentence, '審査期間は12ヶ月（通常）から6ヶ月（先駆け）へ6ヶ月減少し、改善した。');
    if (s.facts.chart !== 'change') assert.fail('chart');
    assert.deepEqual([s.facts.series[0]?.improved, s.facts.series[0]?.deltaText], [true, '−6ヶ月']);
  });

  it('makes no judgement without `better`, and says when nothing changed', () => {
    const doc = parse({
      type: 'effect',
      chart: 'change',
      series: [
        { label: 'X', before: { label: 'a', value: '1.0%' }, after: { label: 'b', value: '2.5%' } },
        { label: 'Y', better: 'higher', before: { label: 'a', value: '3%' }, after: { label: 'b', value: '3%' } },
      ],
    });
    assert.equal(
      summarizeEffect(doc, { locale: 'ja' }).sentence,
      'Xは1.0%（a）から2.5%（b）へ1.5ポイント上昇した。Yは3%（a）から3%（b）まで変わらない。',
    );
    const { facts } = summarizeEffect(doc, { locale: 'en' });
    if (facts.chart !== 'change') assert.fail('chart');
    assert.deepEqual(
      facts.series.map((f) => f.improved),
      [undefined, undefined],
    );
  });
});

describe('summarizeEffect: magnitude', () => {
  it('states a drop as a fraction: 30億ドル → 約1,000ドル is 約300万分の1 (約: the display says it is approximate)', () => {
    const doc = parse({
      type: 'effect',
      chart: 'magnitude',
      measure: '一人の全ゲノム解析に必要な費用',
      unit: 'ドル',
      series: [
        { label: '2003年', value: 3e9, display: '30億ドル' },
        { label: '2016年', value: 1000, display: '約1,000ドル' },
      ],
    });
    const ja = summarizeEffect(doc, { locale: 'ja' });
    assert.equal(ja.sentence, '一人の全ゲノム解析に必要な費用は、2003年が30億ドル、2016年が約1,000ドルで、2016年は2003年の約300万分の1。');
    assert.equal(
      summarizeEffect(doc, { locale: 'en' }).sentence,
      '一人の全ゲノム解析に必要な費用: 2003年 30億ドル, 2016年 約1,000ドル; 2016年 is about 1/3,000,000 of 2003年.',
    );
    if (ja.facts.chart !== 'magnitude') assert.fail('chart');
    assert.equal(ja.facts.scale, 'log');
    assert.equal(ja.facts.comparison?.ratio, 1 / 3e6);
    assert.equal(ja.facts.comparison?.factorText, '約300万分の1');
    assert.equal(ja.facts.comparison?.statement, '2016年は2003年の約300万分の1');
    // Exact values give an exact factor.
    const exact = parse({ type: 'effect', chart: 'magnitude', series: [{ label: 'A', value: 3e9 }, { label: 'B', value: 1000 }] });
    assert.equal(summarizeEffect(exact, { locale: 'ja' }).sentence, 'Aが30億、Bが1,000で、BはAの300万分の1。');
  });

  it('states a rise as a ratio and formats values without `display` (400万人, 2億人; linear)', () => {
    const doc = parse({
      type: 'effect',
      chart: 'magnitude',
      unit: '人',
      series: [
        { label: 'MID-NET', value: 4_000_000 },
        { label: 'センチネル', value: 200_000_000 },
      ],
    });
    const ja = summarizeEffect(doc, { locale: 'ja' });
    assert.equal(ja.sentence, 'MID-NETが400万人、センチネルが2億人で、センチネルはMID-NETの50倍。');
    if (ja.facts.chart !== 'magnitude') assert.fail('chart');
    assert.equal(ja.facts.scale, 'linear');
    assert.equal(summarizeEffect(doc, { locale: 'en' }).sentence, 'MID-NET 4 million 人, センチネル 200 million 人; センチネル is 50 times MID-NET.');
  });

  it('rounds a factor to what the data supports, two significant figures, marked approximate (13年間 vs 1週間: 約680分の1)', () => {
    const doc = parse({
      type: 'effect',
      chart: 'magnitude',
      unit: '日',
      series: [
        { label: '2003年', value: 4748.25, display: '13年間' },
        { label: '2016年', value: 7, display: '1週間' },
      ],
    });
    assert.equal(summarizeEffect(doc, { locale: 'ja' }).sentence, '2003年が13年間、2016年が1週間で、2016年は2003年の約680分の1。');
    assert.equal(summarizeEffect(doc, { locale: 'en' }).sentence, '2003年 13年間, 2016年 1週間; 2016年 is about 1/680 of 2003年.');
    assert.equal(roundSignificant(678.32), 680);
    assert.equal(roundSignificant(2.7778), 2.8);
    assert.equal(roundSignificant(3e6), 3e6);
    assert.equal(roundSignificant(0.01234), 0.012);
  });

  it('compares the largest with the smallest of three or more', () => {
    const doc = parse({
      type: 'effect',
      chart: 'magnitude',
      series: [
        { label: 'A', value: 10 },
        { label: 'B', value: 1000 },
        { label: 'C', value: 100 },
      ],
    });
    assert.equal(summarizeEffect(doc, { locale: 'ja' }).sentence, 'Bが1,000、Aが10で、AはBの100分の1。');
  });
});
