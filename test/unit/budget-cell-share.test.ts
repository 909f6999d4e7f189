// Review R12-7-1 (second part): at 360 px the pharma treemap showed 「28.1億円（34.2%）」 but 「20.0億円」,
// 「18.0億円」 and 「5.1億円」 without their share: cells side by side read differently. A cell too narrow
// for 「20.0億円（24.3%）」 on one line puts the share on a line of its own where that costs its name
// nothing (「20.0億円」 / 「（24.3%）」); a one-line cell gives it where the whole name fits beside it.
// (A cell whose name is cut has no line to spare: the share would cut it further.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { measureBold, treemapDefaultHeight } from '../../src/charts/budget/sizing.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import '../../src/words-en.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

const { doc, summary } = loadBudgetSeed('pharma-budget.json');
const measure = measureBold(createApproxMeasure(12));
const flat = (s: string) => s.replace(/\s/gu, '');

describe('every labelled cell of the pharma treemap gives its share of the total', () => {
  for (const locale of ['ja', 'en'] as const) {
    for (const width of [328, 360, 800, 1280]) {
      it(`${locale} at ${width} px: each cell whose name is whole gives its amount with its share`, () => {
        const layout = layoutTreemap({ doc, summary, width, height: treemapDefaultHeight(width), measure, locale });
        let checked = 0;
        for (const c of layout.cells) {
          if (c.container || !c.label || c.kind === 'supplementary') continue;
          const lines = c.label.lines;
          const named = flat(lines.slice(0, c.label.nameLines ?? lines.length).join(''));
          const figures = lines.slice(c.label.nameLines ?? 0).join('');
          const oneLine = lines.length === 1;
          // A cut name has no line to spare (the key under the drawing names it whole).
          if (!named.includes(flat(c.name))) continue;
          // One line: the share only where the line has room for it beside the whole name.
          const withShare = locale === 'ja' ? `${c.name} ${c.amountText}（${c.shareText}）` : `${c.name} ${c.amountText} (${c.shareText})`;
          if (oneLine && measure(withShare) > c.width - 8) continue;
          checked++;
          const text = oneLine ? lines[0]! : figures;
          // (English: a cell too narrow for 「¥2.00 billion」 writes 「¥2 billion」, budget-en-precision.test.ts.)
          const compact = c.amountText.replace(/\.(\d*?)0+(?= )/u, (_, d: string) => (d ? `.${d}` : ''));
          assert.ok(flat(text).includes(flat(c.amountText)) || flat(text).includes(flat(compact)), `${c.name}: ${JSON.stringify(lines)}`);
          assert.ok(flat(text).includes(flat(c.shareText)), `${c.name} (${Math.round(c.width)}×${Math.round(c.height)}): ${JSON.stringify(lines)} without ${c.shareText}`);
        }
        assert.ok(checked >= 3, `${checked} cells checked`);
      });
    }
  }

  it('at 360 px 20.0億円 and 18.0億円 give theirs on a line of their own, under the whole amount, their names as whole as without it', () => {
    const layout = layoutTreemap({ doc, summary, width: 360, height: treemapDefaultHeight(360), measure });
    for (const [id, amount, share] of [['p1-genome', '20.0億円', '（24.3%）'], ['p2-pmda', '18.0億円', '（21.9%）']] as const) {
      const c = layout.cells.find((x) => x.key === id)!;
      assert.deepEqual(c.label?.lines.slice(-2), [amount, share], JSON.stringify(c.label?.lines));
      assert.equal(flat(c.label!.lines.slice(0, c.label!.nameLines).join('')), flat(c.name));
    }
  });
});
