/**
 * How much work wrapping and cutting labels does (issue #13, the treemap's cold first render): no
 * `Intl.Segmenter` for graphemes where nothing joins characters, and a cut label's `…` line cut
 * once, not once per way of wrapping tried. Counts calls and strings measured, never time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summaryOf } from '../../src/charts/budget/index.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { fitCellLabel } from '../../src/charts/budget/layout/labels.js';
import { parseBudget } from '../../src/data/budget.js';
import { createApproxMeasure, splitGraphemes, wrapText } from '../../src/kit/text.js';
import { generateBudget } from '../fixtures/generate-budget.js';

/** Runs `f`, counting the strings each kind of `Intl.Segmenter` is asked to segment. */
function countSegmenting<T>(f: () => T): { result: T; grapheme: number; word: number } {
  const segment = Intl.Segmenter.prototype.segment;
  const counts = { grapheme: 0, word: 0, sentence: 0 };
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
    counts[this.resolvedOptions().granularity]++;
    return segment.call(this, text);
  };
  try {
    return { result: f(), grapheme: counts.grapheme, word: counts.word };
  } finally {
    Intl.Segmenter.prototype.segment = segment;
  }
}

/** A measure that keeps every string it is asked for that ends in `…` (a candidate for a cut line). */
function cutCounter(px = 10): { measure: (text: string) => number; cuts: string[] } {
  const approx = createApproxMeasure(px);
  const cuts: string[] = [];
  return { cuts, measure: (text) => (text.endsWith('…') && cuts.push(text), approx(text)) };
}

/** Whether every cut candidate is a cut of one and the same text (the longest of them). */
function oneLineCut(cuts: readonly string[]): boolean {
  const longest = cuts.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, -1);
  return cuts.every((c) => longest.startsWith(c.slice(0, -1)));
}

describe('the work of wrapping labels', () => {
  it('splits text into graphemes without Intl.Segmenter unless something in it joins characters', () => {
    const plain = countSegmenting(() => splitGraphemes('健康・医療戦略推進本部 HQ（2024年度）'));
    assert.equal(plain.grapheme, 0);
    assert.equal(plain.result.length, 22);
    // A voiced mark, an emoji with a skin tone, a flag, variation selectors, a half-width ﾟ: one grapheme each.
    for (const [text, graphemes] of [
      ['がか\u3099', ['が', 'か\u3099']],
      ['a👍🏽b', ['a', '👍🏽', 'b']],
      ['🇯🇵', ['🇯🇵']],
      ['葛\uDB40\uDD00城', ['葛\uDB40\uDD00', '城']],
      ['葛\uFE00城', ['葛\uFE00', '城']],
      ['ﾊﾟﾝ', ['ﾊﾟ', 'ﾝ']],
    ] as const) {
      const joined = countSegmenting(() => splitGraphemes(text));
      assert.ok(joined.grapheme > 0, text);
      assert.deepEqual(joined.result, graphemes);
    }
  });

  it('lays out the 1,000-leaf budget at 1280 px segmenting no grapheme (words only, once per label)', () => {
    const parsed = parseBudget(generateBudget({ leaves: 1000, seed: 1 }));
    assert.ok(parsed.ok);
    const doc = parsed.value;
    const { result, grapheme, word } = countSegmenting(() => layoutTreemap({ doc, summary: summaryOf(doc), width: 1280, height: 800, measure: createApproxMeasure(12), locale: 'ja' }));
    const labelled = result.cells.filter((c) => c.label);
    assert.ok(labelled.length > 20);
    assert.ok(labelled.some((c) => c.label!.clipped), 'some label is cut');
    assert.equal(grapheme, 0);
    assert.ok(word <= 2 * labelled.length, `${word} strings segmented into words for ${labelled.length} labels`);
  });

  it('cuts the last line of a wrap to fit … once, for the wrap it returns (not for each it tries)', () => {
    const { measure, cuts } = cutCounter();
    const { lines, truncated } = wrapText({ text: '健康・医療戦略ファンドタスクフォースの設置とアジア健康構想ワーキンググループ', maxWidth: 40, measure, maxLines: 2 });
    assert.deepEqual(lines, ['健康・', '医療戦…']);
    assert.equal(truncated, true);
    assert.ok(cuts.length > 0 && oneLineCut(cuts), cuts.join(' '));
  });

  it('with ellipsis: false, measures no … at all and leaves the last line as wrapped', () => {
    const { measure, cuts } = cutCounter();
    const text = 'バイオシミラーの使用促進とパートナーシップ推進プラットフォームの整備';
    const bare = wrapText({ text, maxWidth: 50, measure, maxLines: 2, ellipsis: false });
    assert.equal(bare.truncated, true);
    assert.deepEqual(cuts, []);
    const cut = wrapText({ text, maxWidth: 50, measure, maxLines: 2 });
    assert.deepEqual(bare.lines.slice(0, -1), cut.lines.slice(0, -1));
    assert.ok(!bare.lines.at(-1)!.endsWith('…') && cut.lines.at(-1)!.endsWith('…'));
  });

  it('cuts a treemap cell name once: one binary search of … candidates on its last line', () => {
    const { measure, cuts } = cutCounter();
    const name = 'データベース情報の解析を踏まえた戦略的な革新的シーズ開発の推進とその他の事業';
    const label = fitCellLabel({ x: 0, y: 0, width: 80, height: 60, name, figures: ['28.1億円（34.2%）'], fallbackFigures: ['28.1億円'], measure, fontSize: 10, lineHeight: 13 });
    assert.deepEqual(label?.lines, ['データベース', '情報の解析を', '踏まえた戦略…', '28.1億円']);
    assert.ok(oneLineCut(cuts), cuts.join(' '));
    assert.ok(cuts.length <= Math.ceil(Math.log2(name.length)) + 1, `${cuts.length} cut candidates measured`);
  });
});
