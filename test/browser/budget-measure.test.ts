import { expect } from '@open-wc/testing';
import { parseBudget } from '../../src/data/budget.js';
import { budgetLazy, summaryOf } from '../../src/charts/budget/index.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { BOLD_HEADROOM, measureBold } from '../../src/charts/budget/sizing.js';
import { clearCanvasMeasures, createCanvasMeasure } from '../../src/kit/measure.js';
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

/** The drawings both tests compare: the two seed budgets and 1,000 generated leaves (small budgets are drawn as bars, whose code loads on first use). */
async function measuredDocs(): Promise<BudgetDocument[]> {
  await budgetLazy.load();
  const generated = parseBudget(generateBudget({ leaves: 1000, seed: 1 }));
  if (!generated.ok) throw new Error('generated budget does not parse');
  return [await load('pharma-budget.json'), await load('midnet-budget.json'), generated.value];
}

/** Every label of every drawing at each width, with and without 補正, broken and cut alike by both measures; returns how many cells carry a label. */
function expectSameLabels(docs: BudgetDocument[], widths: number[], actual: MeasureText, expected: MeasureText): number {
  let labelled = 0;
  for (const doc of docs) {
    for (const width of widths) {
      for (const supplementary of ['initial', 'with-supplementary'] as const) {
        const want = labels(doc, width, expected, supplementary);
        expect(labels(doc, width, actual, supplementary), `${doc.title ?? ''} at ${width} px, ${supplementary}`).to.deep.equal(want);
        labelled += want.filter((l) => !l.endsWith(': -')).length;
      }
    }
  }
  return labelled;
}

describe('treemap labels measured with kanji and kana added up', () => {
  it('break and cut every label as measuring each string whole does', async () => {
    const docs = await measuredDocs();
    const labelled = expectSameLabels(docs, [360, 800, 1000, 1280], measureBold(createCanvasMeasure(FONT)), measureBold(wholeMeasure(FONT)));
    // Not a vacuous comparison: most cells of these drawings carry a label.
    expect(labelled).to.be.greaterThan(300);
  });
});

/** The bold headroom as measured until 2026-12-03: the Latin letters and digits of a string joined and measured whole. */
function joinedBold(measure: MeasureText): MeasureText {
  return (text) => {
    const proportional = text.replace(/[\u2026\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/gu, '');
    return measure(text) + (proportional ? measure(proportional) * (BOLD_HEADROOM - 1) : 0);
  };
}

describe('treemap bold headroom measured run by run', () => {
  it('breaks and cuts every label as the headroom of the joined Latin and digits did', async () => {
    const docs = await measuredDocs();
    // Both measured from now on, in the fonts as loaded now (the shared measure may hold widths from before).
    await document.fonts.ready;
    clearCanvasMeasures();
    const runs = measureBold(createCanvasMeasure(FONT));
    const joined = joinedBold(wholeMeasure(FONT));
    const labelled = expectSameLabels(docs, [360, 640, 800, 1000, 1280], runs, joined);
    expect(labelled).to.be.greaterThan(300);
    // And every string those layouts measured has the same width to the last bit in this font.
    const seen = new Set<string>();
    const record: MeasureText = (text) => (seen.add(text), runs(text));
    for (const doc of docs) for (const width of [360, 1000]) labels(doc, width, record, 'with-supplementary');
    const differ = [...seen].filter((text) => runs(text) !== joined(text));
    expect(seen.size).to.be.greaterThan(1000);
    expect(differ).to.deep.equal([]);
  });
});
