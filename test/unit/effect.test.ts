import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEffect, readWrittenNumber } from '../../src/data/effect.js';
import type { Issue } from '../../src/data/issues.js';
import { formatIssue, hasMessage } from '../../src/format/messages/index.js';

const issuesOf = (input: unknown): Issue[] => {
  const r = parseEffect(input);
  assert.equal(r.ok, false, 'expected issues');
  return r.ok ? [] : r.issues;
};
const pathsAndCodes = (input: unknown) => issuesOf(input).map((i) => `${i.path} ${i.code}`);
const valueOf = (input: unknown) => {
  const r = parseEffect(input);
  if (!r.ok) assert.fail(`unexpected issues: ${r.issues.map((i) => formatIssue(i, 'en')).join('; ')}`);
  return r.value;
};

describe('parseEffect: proportions', () => {
  it('reads the DATA-FORMAT example with shares, n and categories', () => {
    const doc = valueOf({
      type: 'effect',
      chart: 'proportions',
      title: 'EGFR遺伝子変異とゲフィチニブの奏効率',
      measure: '奏効率',
      series: [
        {
          label: 'EGFR変異あり',
          value: 0.764,
          n: 148,
          categories: [{ label: '奏効', value: 0.764 }, { label: '不変' }, { label: '増悪' }],
        },
        { label: '変異検索なし', value: 0.275 },
      ],
    });
    assert.equal(doc.chart, 'proportions');
    assert.equal(doc.measure, '奏効率');
    assert.deepEqual(doc.notes, []);
    if (doc.chart !== 'proportions') return;
    const [a, b] = doc.series;
    assert.equal(a?.n, 148);
    assert.equal(a?.path, 'series[0]');
    assert.deepEqual(
      a?.categories.map((c) => [c.label, c.value, c.path]),
      [
        ['奏効', 0.764, 'series[0].categories[0]'],
        ['不変', undefined, 'series[0].categories[1]'],
        ['増悪', undefined, 'series[0].categories[2]'],
      ],
    );
    // A category without a value has no `value` key at all: it is unknown, not 0.
    assert.equal('value' in (a?.categories[1] ?? {}), false);
    assert.equal(b?.n, undefined);
    assert.deepEqual(b?.categories, []);
  });

  it('reads percentage strings as shares, exactly', () => {
    const doc = valueOf({
      type: 'effect',
      chart: 'proportions',
      series: [
        { label: 'a', value: '76.4%' },
        { label: 'b', value: '２７．５％' },
        { label: 'd', value: '100%' },
        { label: 'e', value: 0 },
      ],
    });
    assert.deepEqual(
      doc.series.map((s) => ('value' in s ? s.value : undefined)),
      [0.764, 0.275, 1, 0],
    );
  });

  it('names every bad share, n and category sum with its path', () => {
    assert.deepEqual(
      pathsAndCodes({
        type: 'effect',
        chart: 'proportions',
        series: [
          { label: 'a', value: 76.4, n: 0 },
          { label: 'b', value: '-3%', n: 12.5 },
          { label: 'c', value: '0.5', n: '148' },
          {
            label: 'd',
            value: 0.7,
            categories: [{ label: '奏効', value: 0.7 }, { label: '不変', value: '40%' }, { label: '増悪' }],
          },
          { value: 0.2, categories: [{ value: 1.5 }] },
        ],
      }),
      [
        'series[0].value effect-share-range',
        'series[0].n effect-n-invalid',
        'series[1].value effect-share-range',
        'series[1].n effect-n-invalid',
        'series[2].value effect-share-unreadable',
        'series[2].n effect-n-invalid',
        'series[3].categories effect-categories-sum',
        'series[4].label missing',
        'series[4].categories[0].label missing',
        'series[4].categories[0].value effect-share-range',
      ],
    );
  });

  it('allows categories that sum to exactly 100% despite float noise', () => {
    valueOf({
      type: 'effect',
      chart: 'proportions',
      series: [{ label: 'a', value: 0.1, categories: [{ label: 'x', value: 0.1 }, { label: 'y', value: 0.2 }, { label: 'z', value: 0.7 }] }],
    });
  });

  it('reports the sum of categories over 100% in the message', () => {
    const [issue] = issuesOf({
      type: 'effect',
      chart: 'proportions',
      series: [{ label: 'a', value: 0.7, categories: [{ label: 'x', value: '70%' }, { label: 'y', value: '40%' }] }],
    });
    assert.equal(formatIssue(issue!, 'ja'), 'series[0].categories: 内訳の割合の合計が110%で、100%を超えています');
    assert.equal(formatIssue(issue!, 'en'), "series[0].categories: the categories' shares add up to 110%, over 100%");
  });
});

describe('parseEffect: change', () => {
  const distribution = {
    type: 'effect',
    chart: 'change',
    series: [
      { label: '妥結率', before: { label: '平成24年9月', value: '43.5%' }, after: { label: '平成28年9月', value: '93.1%' }, better: 'higher' },
      { label: '一次売差', before: { label: '平成24年度', value: '−2.4%' }, after: { label: '平成28年度', value: '-３.1%' }, better: 'higher' },
      { label: 'x', unit: 'pt', before: { label: 'b', value: -1.5 }, after: { label: 'a', value: 2 }, better: 'lower' },
    ],
  };

  it('reads % strings (with U+2212, hyphen or full-width digits) as numbers in % units', () => {
    const doc = valueOf(distribution);
    if (doc.chart !== 'change') assert.fail('chart');
    const [a, b, c] = doc.series;
    assert.deepEqual([a?.before.value, a?.after.value, a?.unit, a?.better], [43.5, 93.1, '%', 'higher']);
    assert.deepEqual([b?.before.value, b?.after.value, b?.unit], [-2.4, -3.1, '%']);
    assert.deepEqual([c?.before.value, c?.after.value, c?.unit, c?.better], [-1.5, 2, 'pt', 'lower']);
    assert.equal(a?.before.label, '平成24年9月');
  });

  it('takes the document unit for series without their own', () => {
    const doc = valueOf({
      type: 'effect',
      chart: 'change',
      unit: '%',
      series: [{ label: 'a', before: { label: 'x', value: 1 }, after: { label: 'y', value: 2 } }],
    });
    assert.equal(doc.chart === 'change' && doc.series[0]?.unit, '%');
  });

  it('names a missing side, an unreadable value, a unit clash and a bad `better`', () => {
    assert.deepEqual(
      pathsAndCodes({
        type: 'effect',
        chart: 'change',
        series: [
          { label: 'a', before: { label: 'x', value: 1 } },
          { label: 'b', after: { label: 'y', value: 2 } },
          { label: 'c', before: { label: 'x', value: 'high' }, after: { label: 'y' } },
          { label: 'd', unit: '円', before: { label: 'x', value: '5%' }, after: { label: 'y', value: 6 } },
          { label: 'e', before: { label: 'x', value: 1 }, after: { label: 'y', value: 2 }, better: 'up' },
          { label: 'f', before: 3, after: { value: 2 } },
        ],
      }),
      [
        'series[0].after effect-change-side-missing',
        'series[1].before effect-change-side-missing',
        'series[2].before.value effect-value-unreadable',
        'series[2].after.value missing',
        'series[3].before.value effect-unit-mismatch',
        'series[4].better unknown-value',
        'series[5].before not-object',
        'series[5].after.label missing',
      ],
    );
  });

  it('says which side is missing, in ja and en', () => {
    const [issue] = issuesOf({ type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: 1 } }] });
    assert.equal(formatIssue(issue!, 'ja'), 'series[0].after: 変化の後（after）がありません');
    assert.equal(formatIssue(issue!, 'en'), 'series[0].after: the change has no "after" value');
  });
});

describe('parseEffect: magnitude', () => {
  it('reads values, display labels and the unit', () => {
    const doc = valueOf({
      type: 'effect',
      chart: 'magnitude',
      unit: 'ドル',
      series: [
        { label: '2003年', value: 3_000_000_000, display: '30億ドル' },
        { label: '2016年', value: '1,000', display: '約1,000ドル' },
      ],
    });
    assert.equal(doc.unit, 'ドル');
    if (doc.chart !== 'magnitude') assert.fail('chart');
    assert.deepEqual(
      doc.series.map((s) => [s.label, s.value, s.display]),
      [
        ['2003年', 3e9, '30億ドル'],
        ['2016年', 1000, '約1,000ドル'],
      ],
    );
  });

  it('rejects values of 0 or below when the others span over 100 times (log scale)', () => {
    const issues = issuesOf({
      type: 'effect',
      chart: 'magnitude',
      series: [
        { label: 'a', value: 3e9 },
        { label: 'b', value: 1000 },
        { label: 'c', value: 0 },
        { label: 'd', value: -5 },
      ],
    });
    assert.deepEqual(
      issues.map((i) => `${i.path} ${i.code}`),
      ['series[2].value effect-log-nonpositive', 'series[3].value effect-log-nonpositive'],
    );
    assert.equal(
      formatIssue(issues[0]!, 'en'),
      'series[2].value: value 0 cannot be placed on a log scale (the values span 3,000,000 times, so a log scale is used and every value must be above 0)',
    );
  });

  it('allows 0 on a linear scale (values within 100 times)', () => {
    valueOf({ type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: 0 }, { label: 'b', value: 50 }, { label: 'c', value: 1 }] });
  });

  it('names unreadable values', () => {
    assert.deepEqual(
      pathsAndCodes({ type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: '30億ドル' }, { label: 'b', value: '5%' }, { label: 'c' }] }),
      ['series[0].value effect-value-unreadable', 'series[1].value effect-value-unreadable', 'series[2].value missing'],
    );
  });
});

describe('parseEffect: the document', () => {
  it('never throws, whatever it is given', () => {
    for (const bad of [null, undefined, 42, 'effect', [], [{}], { type: 'effect', series: 'x' }, { type: 'effect', chart: 'change', series: [null, 1, 'a'] }]) {
      const r = parseEffect(bad);
      assert.equal(r.ok, false);
    }
  });

  it('names a non-object document, the type and an unknown chart', () => {
    assert.deepEqual(pathsAndCodes(null), [' not-object']);
    assert.deepEqual(pathsAndCodes({ chart: 'proportions', series: [{ label: 'a', value: 0.5 }] }), ['type missing']);
    assert.deepEqual(pathsAndCodes({ type: 'budget', chart: 'proportions', series: [{ label: 'a', value: 0.5 }] }), ['type wrong-chart']);
    assert.deepEqual(pathsAndCodes({ type: 'effect', chart: 'pie', series: [{ label: 'a', value: 0.5 }] }), ['chart effect-chart-unknown']);
    assert.deepEqual(pathsAndCodes({ type: 'effect', series: [] }), ['chart missing', 'series empty']);
    assert.deepEqual(pathsAndCodes({ type: 'effect', chart: 'magnitude' }), ['series missing']);
  });

  it('keeps meta, notes and unknown keys', () => {
    const doc = valueOf({
      type: 'effect',
      chart: 'magnitude',
      title: 't',
      source: 's',
      lang: 'ja',
      notes: ['※1', '※2'],
      colour: 'blue',
      series: [{ label: 'a', value: 1 }],
    });
    assert.deepEqual([doc.title, doc.source, doc.lang, doc.notes, doc.extra], ['t', 's', 'ja', ['※1', '※2'], { colour: 'blue' }]);
    assert.deepEqual(valueOf({ type: 'effect', chart: 'magnitude', notes: '※ one', series: [{ label: 'a', value: 1 }] }).notes, ['※ one']);
    assert.deepEqual(pathsAndCodes({ type: 'effect', chart: 'magnitude', notes: ['ok', 3], series: [{ label: 'a', value: 1 }] }), ['notes[1] wrong-type']);
  });

  it('has a ja and an en message for every code it can raise', () => {
    const codes = [
      'effect-chart-unknown',
      'effect-share-unreadable',
      'effect-share-range',
      'effect-n-invalid',
      'effect-categories-sum',
      'effect-change-side-missing',
      'effect-value-unreadable',
      'effect-unit-mismatch',
      'effect-log-nonpositive',
      'effect-comparisons-chart',
      'effect-comparisons-invalid',
      'effect-comparison-pair',
      'effect-comparison-group',
      'effect-comparison-ambiguous',
      'effect-comparison-index',
      'effect-comparison-same',
    ];
    for (const code of codes) assert.ok(hasMessage(code), code);
    const [range] = issuesOf({ type: 'effect', chart: 'proportions', series: [{ label: 'a', value: 76.4 }] });
    assert.equal(formatIssue(range!, 'ja'), 'series[0].value: 割合「76.4」が 0〜1（0%〜100%）の範囲外です（百分率なら「76.4%」のように書きます）');
    assert.equal(formatIssue(range!, 'en'), 'series[0].value: share "76.4" is outside 0..1 (0%-100%) (write a percentage as "76.4%")');
    // No hint when the value was already a percentage, or could not be one.
    const [pct, neg] = issuesOf({ type: 'effect', chart: 'proportions', series: [{ label: 'a', value: '-3%' }, { label: 'b', value: -0.2 }] });
    assert.equal(formatIssue(pct!, 'ja'), 'series[0].value: 割合「-3%」が 0〜1（0%〜100%）の範囲外です');
    assert.equal(formatIssue(neg!, 'en'), 'series[1].value: share "-0.2" is outside 0..1 (0%-100%)');
    const [log] = issuesOf({ type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: 3e9 }, { label: 'b', value: 1000 }, { label: 'c', value: 0 }] });
    assert.equal(formatIssue(log!, 'ja'), 'series[2].value: 値「0」は対数目盛に置けません（値の幅が3,000,000倍あり対数目盛を使うため、0より大きい値が必要です）');
  });
});

describe('readWrittenNumber', () => {
  it('reads numbers as slides write them', () => {
    assert.deepEqual(readWrittenNumber('−2.4%'), { value: -2.4, percent: true });
    assert.deepEqual(readWrittenNumber('－３.1%'), { value: -3.1, percent: true });
    assert.deepEqual(readWrittenNumber('▲3.1％'), { value: -3.1, percent: true });
    assert.deepEqual(readWrittenNumber('1,000'), { value: 1000, percent: false });
    assert.deepEqual(readWrittenNumber('+49.6%'), { value: 49.6, percent: true });
    assert.deepEqual(readWrittenNumber('.5'), { value: 0.5, percent: false });
    assert.deepEqual(readWrittenNumber('-0'), { value: 0, percent: false });
  });

  it('refuses what is not a plain number', () => {
    for (const s of ['', '%', '-', '1,00', '1.2.3', '30億', 'abc', '1e3', '5 ポイント']) assert.equal(readWrittenNumber(s), undefined, s);
  });
});

describe('parseEffect: comparisons and derived change points', () => {
  const groups = [
    { label: '群A', value: 0.6 },
    { label: '群B', value: 0.45 },
    { label: '群C', value: 0.72 },
  ];
  const proportions = (comparisons: unknown, series: unknown[] = groups) => ({ type: 'effect', chart: 'proportions', comparisons, series });

  it('reads "first", "pairwise" and pairs named by label or index (a − b)', () => {
    const first = valueOf(proportions('first'));
    assert.equal(first.chart === 'proportions' && first.comparisons, 'first');
    const pairwise = valueOf(proportions('pairwise'));
    assert.equal(pairwise.chart === 'proportions' && pairwise.comparisons, 'pairwise');
    const listed = valueOf(proportions([['群C', '群A'], [1, 2]]));
    assert.deepEqual(listed.chart === 'proportions' && listed.comparisons, [
      { a: 2, b: 0, path: 'comparisons[0]' },
      { a: 1, b: 2, path: 'comparisons[1]' },
    ]);
    // Absent: nothing recorded (each group against the first is the default).
    assert.equal('comparisons' in valueOf(proportions(undefined)), false);
  });

  it('names the path of every bad comparison, in Japanese and English', () => {
    const twins = [...groups, { label: '群A', value: 0.1 }];
    const issues = issuesOf(proportions([['群A', '群B'], ['群X', 1], [0, 7], ['群B'], [2, '群C'], [1, 1.5]], twins));
    assert.deepEqual(
      issues.map((i) => `${i.path} ${i.code}`),
      [
        'comparisons[0][0] effect-comparison-ambiguous',
        'comparisons[1][0] effect-comparison-group',
        'comparisons[2][1] effect-comparison-index',
        'comparisons[3] effect-comparison-pair',
        'comparisons[4] effect-comparison-same',
        'comparisons[5][1] effect-comparison-index',
      ],
    );
    assert.equal(formatIssue(issues[0]!, 'ja'), 'comparisons[0][0]: ラベルが「群A」の群が2つあります（series の番号（0から）で書きます）');
    assert.equal(formatIssue(issues[1]!, 'en'), 'comparisons[1][0]: no group is labelled "群X" (name a group by its label or its index in series, from 0)');
    assert.equal(formatIssue(issues[2]!, 'ja'), 'comparisons[2][1]: 群の番号「7」がありません（0〜3）');
    assert.equal(formatIssue(issues[4]!, 'en'), 'comparisons[4]: a group ("群C") cannot be compared with itself');
    assert.deepEqual(pathsAndCodes(proportions('all')), ['comparisons unknown-value']);
    assert.deepEqual(pathsAndCodes(proportions(3)), ['comparisons effect-comparisons-invalid']);
    assert.deepEqual(pathsAndCodes(proportions([])), ['comparisons empty']);
    const change = { type: 'effect', chart: 'change', comparisons: 'pairwise', series: [{ label: 'a', before: { label: 'x', value: 1 }, after: { label: 'y', value: 2 } }] };
    const [onChange] = issuesOf(change);
    assert.equal(formatIssue(onChange!, 'ja'), 'comparisons: comparisons は割合の図（proportions）でだけ使えます（この図は「change」）');
  });

  it('reads derived on a change point, and names a bad one by its path', () => {
    const doc = valueOf({ type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: 1, derived: true }, after: { label: 'y', value: 2 } }] });
    if (doc.chart !== 'change') assert.fail('chart');
    assert.deepEqual([doc.series[0]!.before.derived, 'derived' in doc.series[0]!.after], [true, false]);
    assert.deepEqual(
      pathsAndCodes({ type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: 1 }, after: { label: 'y', value: 2, derived: 'yes' } }] }),
      ['series[0].after.derived wrong-type'],
    );
  });
});
