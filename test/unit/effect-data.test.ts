import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseEffect } from '../../src/data/effect.js';
import { summarizeEffect } from '../../src/data/effect-summary.js';
import type { EffectDocument } from '../../src/data/types.js';

const root = new URL('../../data/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/effect.schema.json', root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const files = readdirSync(new URL('effects/', root)).filter((f) => f.endsWith('.json')).sort();
const load = (file: string): unknown => JSON.parse(readFileSync(new URL(`effects/${file}`, root), 'utf8'));
const parsed = (file: string): EffectDocument => {
  const r = parseEffect(load(file));
  if (!r.ok) assert.fail(`${file}: ${JSON.stringify(r.issues)}`);
  return r.value;
};

describe('data/effects/*.json', () => {
  it('holds the seed effect sets and the interval example', () => {
    assert.deepEqual(files, [
      'distribution.json',
      'egfr-response.en.json',
      'egfr-response.json',
      'genome-cost.json',
      'genome-time.json',
      'interval-example.json',
      'midnet-scale.json',
      'pairwise-example.json',
      'sakigake.json',
    ]);
  });

  for (const file of files) {
    it(`${file} passes the JSON Schema and the parser, and names its source`, () => {
      const data = load(file);
      const valid = validate(data);
      assert.equal(valid, true, JSON.stringify(validate.errors));
      const doc = parsed(file);
      assert.match(doc.source ?? '', /\S/, 'every file names where its figures come from');
      assert.ok(doc.title, 'has a title');
    });
  }

  it('states the seed figures in their summaries', () => {
    const ja = (file: string) => summarizeEffect(parsed(file), { locale: 'ja' }).sentence;
    assert.equal(
      summarizeEffect(parsed('egfr-response.en.json'), { locale: 'en' }).sentence,
      'Response rate for EGFR mutation present is 76.4%, 48.9 points higher than 27.5% for Mutation not tested (2.8 times as high).',
    );
    assert.equal(ja('egfr-response.json'), 'EGFR変異ありの奏効率は76.4%で、変異検索なしの27.5%より48.9ポイント高い（2.8倍）。');
    assert.equal(
      ja('genome-cost.json'),
      '一人の全ゲノム解析に必要な費用は、2003年が30億ドル、2016年が約1000ドルで、2016年は2003年の約300万分の1。',
    );
    assert.equal(ja('genome-time.json'), '一人の全ゲノム解析に必要な時間は、2003年が13年間、2016年が1週間で、2016年は2003年の約680分の1。');
    assert.match(ja('distribution.json'), /^妥結率は43\.5%（平成24年9月）から93\.1%（平成28年9月）へ49\.6ポイント上昇し、改善した。/);
    assert.match(ja('distribution.json'), /一次売差は−2\.4%（平成24年度）から−3\.1%（平成28年度）へ0\.7ポイント低下し、悪化した。/);
    // The slide says 単品単価取引 is not progressing: the reading is a decline, never 改善.
    assert.match(ja('distribution.json'), /単品単価取引（200床以上の病院）は61\.4%（平成24年度）から57\.7%（平成28年度）へ3\.7ポイント低下し、悪化した。/);
    assert.match(ja('distribution.json'), /単品単価取引（調剤薬局チェーン）は62\.2%（平成24年度）から60\.6%（平成28年度）へ1\.6ポイント低下し、悪化した。/);
    assert.doesNotMatch(ja('distribution.json'), /単品単価取引[^。]*改善/);
    assert.match(ja('midnet-scale.json'), /、センチネル・イニシアティブ（米国FDA）が約2億人で、センチネル・イニシアティブ（米国FDA）はMID-NET（PMDA）の約50倍。$/);
    assert.match(ja('sakigake.json'), /先駆け審査指定制度（目標）は通常の審査の2分の1。$/);
    assert.match(ja('interval-example.json'), /差の95%信頼区間は\+5\.2ポイント〜\+33\.4ポイント。$/);
    // comparisons: "pairwise": every pair stated, not only each against the first.
    assert.match(ja('pairwise-example.json'), /群A（56\/70）は群B（48\/80）より20\.0ポイント高く、群A（56\/70）は群C（30\/75）より40\.0ポイント高く、群B（48\/80）は群C（30\/75）より20\.0ポイント高い。$/);
  });

  it('leaves the EGFR categories the deck gives no number for unknown', () => {
    for (const [file, labels] of [
      ['egfr-response.json', ['奏効', '不変', '増悪']],
      ['egfr-response.en.json', ['Response', 'Stable disease', 'Progression']],
    ] as const) {
      const doc = parsed(file);
      if (doc.chart !== 'proportions') assert.fail('chart');
      for (const s of doc.series) {
        assert.deepEqual(
          s.categories.map((c) => [c.label, c.value]),
          [
            [labels[0], s.value],
            [labels[1], undefined],
            [labels[2], undefined],
          ],
        );
        assert.equal(s.n, undefined, 'the deck gives no n');
      }
    }
  });
});

describe('effect.schema.json agrees with parseEffect on bad documents', () => {
  const bad: Array<[string, unknown]> = [
    ['a share over 1', { type: 'effect', chart: 'proportions', series: [{ label: 'a', value: 76.4 }] }],
    ['a percentage over 100', { type: 'effect', chart: 'proportions', series: [{ label: 'a', value: '120%' }] }],
    ['a share string without %', { type: 'effect', chart: 'proportions', series: [{ label: 'a', value: '0.5' }] }],
    ['n not a whole number', { type: 'effect', chart: 'proportions', series: [{ label: 'a', value: 0.5, n: 12.5 }] }],
    ['n of 0', { type: 'effect', chart: 'proportions', series: [{ label: 'a', value: 0.5, n: 0 }] }],
    ['a change without after', { type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: 1 } }] }],
    ['an unknown chart', { type: 'effect', chart: 'pie', series: [{ label: 'a', value: 1 }] }],
    ['an unknown better', { type: 'effect', chart: 'change', series: [{ label: 'a', better: 'up', before: { label: 'x', value: 1 }, after: { label: 'y', value: 2 } }] }],
    ['an unreadable magnitude', { type: 'effect', chart: 'magnitude', series: [{ label: 'a', value: '30億ドル' }] }],
    ['no series', { type: 'effect', chart: 'magnitude', series: [] }],
    ['a blank label', { type: 'effect', chart: 'magnitude', series: [{ label: ' ', value: 1 }] }],
    ['an unknown comparisons word', { type: 'effect', chart: 'proportions', comparisons: 'all', series: [{ label: 'a', value: 0.5 }] }],
    ['a comparison of three groups', { type: 'effect', chart: 'proportions', comparisons: [['a', 'b', 'c']], series: [{ label: 'a', value: 0.5 }, { label: 'b', value: 0.4 }, { label: 'c', value: 0.3 }] }],
    ['comparisons on a change chart', { type: 'effect', chart: 'change', comparisons: 'pairwise', series: [{ label: 'a', before: { label: 'x', value: 1 }, after: { label: 'y', value: 2 } }] }],
    ['a derived point that is not true or false', { type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: 1, derived: 'yes' }, after: { label: 'y', value: 2 } }] }],
  ];
  for (const [name, doc] of bad) {
    it(`both reject ${name}`, () => {
      assert.equal(validate(doc), false, 'schema accepted it');
      assert.equal(parseEffect(doc).ok, false, 'parser accepted it');
    });
  }

  const good: Array<[string, unknown]> = [
    ['full-width percentages and U+2212', { type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: '−２.４％' }, after: { label: 'y', value: '▲3.1%' } }] }],
    ['100%', { type: 'effect', chart: 'proportions', series: [{ label: 'a', value: '100%' }] }],
    ['unknown keys', { type: 'effect', chart: 'magnitude', colour: 'red', series: [{ label: 'a', value: '1,000', extra: true }] }],
    ['pairs named by label and by index', { type: 'effect', chart: 'proportions', comparisons: [['c', 0], [1, 'a']], series: [{ label: 'a', value: 0.5 }, { label: 'b', value: 0.4 }, { label: 'c', value: 0.3 }] }],
    ['a derived change point', { type: 'effect', chart: 'change', series: [{ label: 'a', before: { label: 'x', value: 1, derived: true }, after: { label: 'y', value: 2 } }] }],
  ];
  for (const [name, doc] of good) {
    it(`both accept ${name}`, () => {
      assert.equal(validate(doc), true, JSON.stringify(validate.errors));
      assert.equal(parseEffect(doc).ok, true);
    });
  }
});
