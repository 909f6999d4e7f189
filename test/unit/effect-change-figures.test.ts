// The change chart writes one figure the same way everywhere: a point's value with its series'
// decimals (those of its more precise value, as the change and the summary write them) in the
// drawing's label, the accessible description and the table: 指標B 12.5% → 「14.0%（算出値）」,
// never 「14%」 in one place and 「14.0%」 in another.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeEffectMarks } from '../../src/charts/effect/describe.js';
import { effectChart } from '../../src/charts/effect/index.js';
import { MEASURE_SIZE } from '../../src/charts/effect/layout/common.js';
import type { Shape } from '../../src/charts/effect/layout/shapes.js';
import { buildEffectTable } from '../../src/charts/effect/table.js';
import { summarizeEffect } from '../../src/data/effect-summary.js';
import type { EffectDocument, Locale } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import '../../src/words-en.js';

function parse(input: unknown): EffectDocument {
  const r = effectChart.parse(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const story = parse(JSON.parse(readFileSync(new URL('../../stories/data/derived-change-point.json', import.meta.url), 'utf8')));

/** What each view writes for series `index`: the drawing's texts, the description, the table row, the summary. */
function views(doc: EffectDocument, index: number, locale: Locale) {
  const layout = effectChart.layout({ doc, width: 800, measure: createApproxMeasure(MEASURE_SIZE), locale });
  const mark = layout.marks[index]!;
  const texts = mark.shapes.filter((s): s is Extract<Shape, { kind: 'text' }> => s.kind === 'text').map((t) => t.lines.join(''));
  const names = describeEffectMarks({ doc, layout, locale });
  const row = buildEffectTable({ doc, locale }).rows[index]!.cells.map((c) => c.text);
  const summary = summarizeEffect(doc, { locale }).sentence;
  return { chart: texts.join(' / '), describe: names.get(mark.id)!, table: row.join(' / '), summary };
}

describe('change chart figures', () => {
  it('writes a derived 14 beside 12.5 as 14.0%（算出値） in the drawing, the description and the table', () => {
    const v = views(story, 1, 'ja');
    for (const [where, text] of Object.entries({ chart: v.chart, describe: v.describe, table: v.table })) {
      assert.ok(text.includes('14.0%（算出値）'), `${where}: ${text}`);
      assert.ok(text.includes('12.5%'), `${where}: ${text}`);
      assert.ok(!/(^|[^.\d])14%/.test(text), `${where} writes 14%: ${text}`);
    }
    // The summary sentence writes the same figure.
    assert.ok(v.summary.includes('14.0%'), v.summary);
  });

  it('keeps whole numbers whole in a series of whole numbers, and writes English the same way', () => {
    const a = views(story, 0, 'ja');
    for (const text of [a.chart, a.describe, a.table]) {
      assert.ok(text.includes('40%（算出値）') && text.includes('55%'), text);
      assert.ok(!text.includes('40.0'), text);
    }
    const en = views(story, 1, 'en');
    for (const text of [en.chart, en.describe, en.table]) assert.ok(text.includes('14.0%') && text.includes('12.5%'), text);
  });

  it('writes the same decimals for both points of a seed series (43.5% → 93.1%, −2.4% → −3.1%)', () => {
    const doc = parse(JSON.parse(readFileSync(new URL('../../data/effects/distribution.json', import.meta.url), 'utf8')));
    const v = views(doc, 1, 'ja');
    for (const text of [v.chart, v.describe, v.table]) assert.ok(text.includes('−2.4%') && text.includes('−3.1%'), text);
  });
});
