/**
 * English amounts keep every digit down to the 万円, as the Japanese figures do: the scale words
 * (billion, trillion) never round away what a slide declared. Drawn labels keep four decimals.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summaryOf } from '../../src/charts/budget/index.js';
import { describeTreemapCell } from '../../src/charts/budget/describe.js';
import { amountFormat, chooseAmountUnit } from '../../src/charts/budget/layout/format.js';
import { layoutBars } from '../../src/charts/budget/layout/bars.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { provideLaterCode } from '../../src/charts/budget/layout/later.js';
import { parseBudget } from '../../src/data/budget.js';
import { formatYen } from '../../src/format/number.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import '../../src/words-en.js';

const en = { locale: 'en' } as const;
// Two items are drawn as bars: their layout is loaded on first use in the element.
provideLaterCode({ layoutBars });

test('formatYen (en) writes billions and trillions with every digit down to the 万円', () => {
  assert.equal(formatYen(4_940_000_000_000, en), '¥4.94 trillion');
  assert.equal(formatYen(4_941_234_500_000, en), '¥4.9412345 trillion');
  assert.equal(formatYen(1_234_567_890_000, en), '¥1.23456789 trillion');
  assert.equal(formatYen(4_912_345_678, en), '¥4.91235 billion');
  assert.equal(formatYen(456_320_000, en), '¥456.32 million');
  assert.equal(formatYen(-4_941_234_500_000, en), '−¥4.9412345 trillion');
});

test('a chart\'s English scale keeps the digits of small amounts beside large ones', () => {
  assert.equal(amountFormat('billion', 'en')(456_320_000), '¥0.45632 billion');
  assert.equal(amountFormat('trillion', 'en')(30_000_000), '¥0.00003 trillion');
  assert.equal(amountFormat('trillion', 'en')(4_941_234_500_000), '¥4.9412345 trillion');
});

test('the treemap\'s English total and accessible names keep the digits; the drawn labels keep four decimals', () => {
  const parsed = parseBudget({
    type: 'budget', lang: 'ja', unit: '億円',
    items: [
      { id: 'big', name: '大きな事業', amount: '49412.345億円' },
      { id: 'small', name: '小さな事業', amount: '4.5632億円' },
    ],
  });
  assert.ok(parsed.ok);
  const doc = parsed.value;
  const summary = summaryOf(doc);
  assert.equal(chooseAmountUnit(summary, 'en'), 'trillion');
  const layout = layoutTreemap({ doc, summary, width: 800, height: 500, measure: createApproxMeasure(12), locale: 'en' });
  assert.match(layout.totalText, /¥4\.94169082 trillion/);
  const big = layout.cells.find((c) => c.id === 'big')!;
  const small = layout.cells.find((c) => c.id === 'small')!;
  assert.match(describeTreemapCell({ summary, locale: 'en' }, big), /¥4\.9412345 trillion/);
  assert.match(describeTreemapCell({ summary, locale: 'en' }, small), /¥0\.00045632 trillion/);
  const drawn = [...(big.label?.lines ?? []), ...(big.figureLabel?.lines ?? [])];
  assert.ok(drawn.some((l) => l.includes('¥4.9412 trillion')), drawn.join(' | '));
});
