/**
 * A first drawing in a fresh page: the treemap's layout builds no Intl number formatter (the
 * first one a page builds costs a few ms), and the figures are written as Intl writes them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summaryOf } from '../../src/charts/budget/index.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { amountFormat } from '../../src/charts/budget/layout/format.js';
import { parseBudget } from '../../src/data/budget.js';
import { plain } from '../../src/format/number.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import '../../src/words-en.js';

/** Runs `f`, counting the `Intl.NumberFormat`s built meanwhile. */
function countNumberFormats(f: () => void): number {
  const original = Intl.NumberFormat;
  let built = 0;
  Intl.NumberFormat = new Proxy(original, {
    construct(target, args: [string, Intl.NumberFormatOptions]) {
      built++;
      return new target(...args);
    },
  });
  try {
    f();
  } finally {
    Intl.NumberFormat = original;
  }
  return built;
}

describe('treemap figures without Intl formatters', () => {
  it('lays out the 1,000-leaf budget, labels and figures, building no Intl.NumberFormat', () => {
    const parsed = parseBudget(generateBudget({ leaves: 1000, seed: 1 }));
    assert.ok(parsed.ok);
    const doc = parsed.value;
    let labelled = 0;
    for (const locale of ['ja', 'en'] as const) {
      const built = countNumberFormats(() => {
        const layout = layoutTreemap({ doc, summary: summaryOf(doc), width: 1000, height: 600, measure: createApproxMeasure(12), locale });
        labelled = layout.cells.filter((c) => c.label).length;
        // The figures drawn (49.1億円（3.5%）, ¥0.0633 trillion).
        const figure = locale === 'ja' ? /^[\d,]+\.\d億円（[\d.]+%）$/ : /^¥\d[\d,.]* (b|m|tr)illion/;
        assert.ok(layout.cells.some((c) => c.label?.lines.some((l) => figure.test(l))), `${locale}: ${layout.cells.find((c) => c.label)?.label?.lines.join(' | ')}`);
      });
      assert.equal(built, 0, locale);
      assert.ok(labelled > 20);
    }
  });

  it('writes the 億円, 万円 and English units as Intl does', () => {
    const intl = (locale: string, min: number, max: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
    const yen = [0, 1, 5_000, 12_345, 1_234_500_000, 49_100_000_00, 100_500_000, 99_995_000_000, 1_234_567_890_123, 5e15, 123_456_789];
    for (const y of yen) {
      assert.equal(amountFormat('億円', 'ja')(y), y >= 1e12 ? amountFormat('億円-tenths', 'ja')(y) : `${intl('ja-JP', 1, 4).format(y / 1e8)}億円`, `${y} 億円`);
      if (y >= 10_000 || y === 0) assert.equal(amountFormat('万円', 'ja')(y), `${intl('ja-JP', 0, 0).format(Math.round(y / 1e4))}万円`, `${y} 万円`);
      // Every digit down to the 万円, as the ja figures (5 decimals of a billion).
      assert.equal(amountFormat('billion', 'en')(y), `¥${intl('en-US', 0, 5).format((Math.round(y / 1e4) * 1e4) / 1e9)} billion`, `${y} billion`);
    }
  });

  it('plain() gives what Intl.NumberFormat gives, ties and carries included', () => {
    const values = [0, 1, 0.05, 0.5, 1.005, 1.45, 2.5, 4.35, 8.345, 9.95, 9.995, 99.95, 999.95, 999_999.5, 1234.5, 0.1 + 0.2, 1e-6, 1e-7, 1e20, 1e21, 123_456_789_012.345, Number.MAX_SAFE_INTEGER];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 20_000; i++) values.push(i % 2 ? Math.round(random() * 1e7) / 10 ** Math.floor(random() * 6) : random() * 10 ** (random() * 14 - 4));
    for (const [locale, tag] of [['ja', 'ja-JP'], ['en', 'en-US']] as const) {
      for (const [min, max] of [[0, 0], [1, 1], [0, 1], [0, 3], [1, 4], [2, 2], [0, 4]] as const) {
        const f = new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max });
        for (const v of values) assert.equal(plain(v, locale, min, max), f.format(v), `${v} ${locale} ${min}–${max}`);
      }
    }
  });
});
