import { expect } from '@open-wc/testing';
import { parseBudget } from '../../src/data/budget.js';
import { budgetLazy, summaryOf } from '../../src/charts/budget/index.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { measureBold } from '../../src/charts/budget/sizing.js';
import { createCanvasMeasure } from '../../src/kit/measure.js';
import type { MeasureText } from '../../src/kit/text.js';
import type { BudgetDocument } from '../../src/data/types.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import { wholeMeasure } from './fixtures/settle.js';

// The treemap's label font as the element reads it from the page (tokens.ts's stack, 12 px).
const FONT = '12px system-ui, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';

async function load(name: string): Promise<BudgetDocument> {
  const parsed = parseBudget(await (await fetch(`/data/${name}`)).json());
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}

function labels(doc: BudgetDocument, width: number, measure: MeasureText, supplementary: 'initial' | 'with-supplementary'): string[] {
  const layout = layoutTreemap({ doc, summary: summaryOf(doc), width, height: Math.round(width * 0.6), measure, supplementary, locale: 'ja' });
  return layout.cells.map((c) => `${c.key}: ${c.label ? c.label.lines.join(' | ') : '-'}`);
}

describe('treemap labels measured with kanji and kana added up', () => {
  it('break and cut every label as measuring each string whole does', async () => {
    // A small budget is drawn as bars (their code loads on first use).
    await budgetLazy.load();
    const generated = parseBudget(generateBudget({ leaves: 1000, seed: 1 }));
    if (!generated.ok) throw new Error('generated budget does not parse');
    const docs = [await load('pharma-budget.json'), await load('midnet-budget.json'), generated.value];
    const summed = measureBold(createCanvasMeasure(FONT));
    const whole = measureBold(wholeMeasure(FONT));
    let labelled = 0;
    for (const doc of docs) {
      for (const width of [360, 800, 1000, 1280]) {
        for (const supplementary of ['initial', 'with-supplementary'] as const) {
          const expected = labels(doc, width, whole, supplementary);
          expect(labels(doc, width, summed, supplementary), `${doc.title ?? ''} at ${width} px, ${supplementary}`).to.deep.equal(expected);
          labelled += expected.filter((l) => !l.endsWith(': -')).length;
        }
      }
    }
    // Not a vacuous comparison: most cells of these drawings carry a label.
    expect(labelled).to.be.greaterThan(300);
  });
});
