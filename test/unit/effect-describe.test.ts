// The effect chart's accessible names (src/charts/effect/describe.ts), worded from the seed
// documents' series: what a screen reader says on each bar, dumbbell or dot; and the comparisons
// each chart states (a deck's slide notes).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeEffectMarks, describeEffectSeries, describeEffectStatements } from '../../src/charts/effect/describe.js';
import { effectChart } from '../../src/charts/effect/index.js';
import { MEASURE_SIZE } from '../../src/charts/effect/layout/common.js';
import type { EffectDocument, Locale } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
// English layouts and names need the English words (loaded on first use in the browser).
import '../../src/words-en.js';

function parse(input: unknown): EffectDocument {
  const r = effectChart.parse(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const load = (file: string) => parse(JSON.parse(readFileSync(new URL(`../../data/effects/${file}`, import.meta.url), 'utf8')));

/** The names of every mark, in order, as the model describes a layout at 800 px. */
function names(doc: EffectDocument, locale: Locale = 'ja'): string[] {
  const layout = effectChart.layout({ doc, width: 800, measure: createApproxMeasure(MEASURE_SIZE), locale });
  const map = effectChart.describe({ doc, layout, locale });
  assert.deepEqual([...map.keys()], layout.marks.map((m) => m.id));
  return [...map.values()];
}

describe('describeEffectMarks (effect accessible names)', () => {
  it('names each change from before to after in words, with the change and its verdict', () => {
    const doc = load('distribution.json');
    assert.deepEqual(names(doc).slice(0, 2), [
      '妥結率: 平成24年9月 43.5%から平成28年9月 93.1%へ、+49.6ポイント（改善）',
      '一次売差: 平成24年度 −2.4%から平成28年度 −3.1%へ、−0.7ポイント（悪化）',
    ]);
    assert.equal(names(doc, 'en')[0], '妥結率: from 平成24年9月 43.5% to 平成28年9月 93.1%; +49.6 pts (improved)');
  });

  it('names a bar with its share, each category, and the split the data does not give', () => {
    assert.deepEqual(names(load('egfr-response.json')), [
      'EGFR変異あり: 奏効率 76.4%、奏効 76.4%、不変・増悪（内訳不明） 計23.6%',
      '変異検索なし: 奏効率 27.5%、奏効 27.5%、不変・増悪（内訳不明） 計72.5%',
    ]);
    assert.equal(names(load('egfr-response.en.json'), 'en')[0], 'EGFR mutation present: response rate 76.4%; Response 76.4%; Stable disease, Progression (unknown split) total 23.6%');
  });

  it('names a bar with its Wilson interval and n', () => {
    assert.deepEqual(names(load('interval-example.json')), ['群A（56/70）: 割合 80.0%、95%信頼区間 69.2%〜87.7%、n=70', '群B（48/80）: 割合 60.0%、95%信頼区間 49.0%〜70.0%、n=80']);
  });

  it('names an amount as the source writes it, with the number, and says when it is derived', () => {
    assert.deepEqual(names(load('genome-cost.json')), ['2003年: 30億ドル', '2016年: 約1000ドル（1,000ドル）']);
    assert.deepEqual(names(load('sakigake.json')), ['通常の審査: 12ヶ月（算出値：資料に数値がなく、算出した値）', '先駆け審査指定制度（目標）: 6ヶ月']);
    assert.match(names(load('sakigake.json'), 'en')[0]!, /^通常の審査: 12ヶ月 \(12 ヶ月\) \(derived: not stated in the source/);
  });

  it('names each group from the second on with its difference from the first (three or more groups)', () => {
    const doc = parse({
      type: 'effect',
      chart: 'proportions',
      measure: '奏効率',
      series: [
        { label: '群A', value: '60%', n: 100 },
        { label: '群B', value: '45%', n: 100 },
        { label: '群C', value: '72%' },
      ],
    });
    const [a, b, c] = names(doc) as [string, string, string];
    assert.doesNotMatch(a, /との差/);
    assert.match(b, /^群B: 奏効率 45\.0%、95%信頼区間 .*、n=100、群Aとの差 −15\.0ポイント（0\.75倍）、95%信頼区間 /);
    assert.equal(c, '群C: 奏効率 72.0%、群Aとの差 +12.0ポイント（1.2倍）');
    assert.equal(describeEffectSeries({ doc, index: 2, locale: 'ja' }), c);
  });

  it('describes the marks a layout draws, by their ids', () => {
    const doc = load('genome-time.json');
    const layout = effectChart.layout({ doc, width: 360, measure: createApproxMeasure(MEASURE_SIZE), locale: 'ja' });
    assert.deepEqual([...describeEffectMarks({ doc, layout, locale: 'ja' })], [
      ['series-0', '2003年: 13年間（4,748.25日）'],
      ['series-1', '2016年: 1週間（7日）'],
    ]);
  });
});

describe('describeEffectStatements (the comparisons a chart states: slide notes)', () => {
  it('change: each series with its change and verdict, in the chart\'s language', () => {
    const doc = load('distribution.json');
    const ja = describeEffectStatements({ doc, locale: 'ja' });
    assert.equal(ja.length, doc.series.length);
    assert.equal(ja[0], '妥結率: +49.6ポイント（改善）');
    assert.equal(ja[1], '一次売差: −0.7ポイント（悪化）');
    assert.equal(describeEffectStatements({ doc, locale: 'en' })[1], '一次売差: −0.7 pts (worsened)');
  });

  it('proportions: the difference of two groups with its interval; every pair asked for', () => {
    assert.deepEqual(describeEffectStatements({ doc: load('interval-example.json'), locale: 'ja' }), ['群A（56/70） − 群B（48/80）: 差 +20.0ポイント（1.3倍）\u300095%信頼区間 5.2〜33.4ポイント']);
    const pairs = describeEffectStatements({ doc: load('pairwise-example.json'), locale: 'en' });
    assert.deepEqual(pairs.map((s) => s.split(':')[0]), ['群A（56/70） − 群B（48/80）', '群A（56/70） − 群C（30/75）', '群B（48/80） − 群C（30/75）']);
  });

  it('magnitude: the comparison of its values in words; none for one value', () => {
    assert.deepEqual(describeEffectStatements({ doc: load('sakigake.json'), locale: 'ja' }), ['先駆け審査指定制度（目標）は通常の審査の2分の1']);
    assert.deepEqual(describeEffectStatements({ doc: parse({ type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: 10 }] }), locale: 'ja' }), []);
  });
});
