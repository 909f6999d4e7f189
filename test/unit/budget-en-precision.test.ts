// Fresh look (s14 key, E1): the English pharma treemap wrote 「¥2 billion (24.3%)」 beside 「¥2.81 billion」,
// 「¥1.8 billion」 and 「¥0.1 billion」 for the slide's 20.0億円, 18.0億円 and 1.0億円: one chart, three
// precisions. Where every amount is a tenth of 1億円 (as slides write them) English keeps the decimals of a
// tenth, as 「20.0億円」 does: 「¥2.00 billion」, 「¥1.80 billion」, 「¥0.10 billion」; a cell too narrow for that
// writes 「¥2 billion」 rather than lose its label.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartAmountFormat, layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { amountFormat, tenthsDigits } from '../../src/charts/budget/layout/format.js';
import { measureBold, treemapDefaultHeight } from '../../src/charts/budget/sizing.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import '../../src/words-en.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

const pharma = loadBudgetSeed('pharma-budget.json');
const measure = measureBold(createApproxMeasure(12));

describe('English amounts keep the slide\'s precision', () => {
  it('pharma (every amount a tenth of 1億円): two decimals of a billion everywhere, as 20.0億円 keeps one of 億', () => {
    const yen = chartAmountFormat(pharma.summary, 'en');
    assert.equal(yen(2_000_000_000), '¥2.00 billion');
    assert.equal(yen(1_800_000_000), '¥1.80 billion');
    assert.equal(yen(100_000_000), '¥0.10 billion');
    assert.equal(yen(2_810_000_000), '¥2.81 billion');
    assert.equal(yen(8_220_000_000), '¥8.22 billion');
    // ja unchanged.
    assert.equal(chartAmountFormat(pharma.summary, 'ja')(2_000_000_000), '20.0億円');
  });

  it('the decimals of a tenth of 1億円 per scale: billion 2, million 0; a trillion would need 5, more than a label keeps', () => {
    assert.equal(tenthsDigits('billion'), 2);
    assert.equal(tenthsDigits('million'), 0);
    assert.equal(tenthsDigits('trillion'), 0);
    assert.equal(tenthsDigits('億円-tenths'), 0);
    // Without the chart's precision (amounts not all in tenths) every digit down to the 万円 and no padding.
    assert.equal(amountFormat('billion', 'en')(2_000_000_000), '¥2 billion');
    assert.equal(amountFormat('billion', 'en', 2)(456_320_000), '¥0.45632 billion');
  });

  for (const width of [800, 1280]) {
    it(`en at ${width} px: the cells write 「¥2.00 billion (24.3%)」 and 「¥1.80 billion (21.9%)」 beside 「¥2.81 billion (34.2%)」`, () => {
      const layout = layoutTreemap({ ...pharma, width, height: treemapDefaultHeight(width), measure, locale: 'en' });
      const text = (id: string) => layout.cells.find((c) => c.key === id)?.label?.lines.join(' ') ?? '';
      assert.match(text('p1-database'), /¥2\.81 billion \(34\.2%\)/u);
      assert.match(text('p1-genome'), /¥2\.00 billion \(24\.3%\)/u);
      assert.match(text('p2-pmda'), /¥1\.80 billion \(21\.9%\)/u);
      assert.match(layout.totalText, /¥8\.22 billion/u);
    });
  }

  it('en at 360 px: a cell too narrow for 「¥2.00 billion」 writes 「¥2 billion」 and keeps its label', () => {
    const layout = layoutTreemap({ ...pharma, width: 360, height: treemapDefaultHeight(360), measure, locale: 'en' });
    const genome = layout.cells.find((c) => c.key === 'p1-genome')!;
    assert.ok(genome.label, 'labelled');
    assert.ok(genome.label.lines.includes('¥2 billion'), JSON.stringify(genome.label.lines));
    assert.ok(layout.cells.find((c) => c.key === 'p2-pmda')?.label?.lines.includes('¥1.80 billion'));
  });
});
