// A cell narrower than its amount has no label (but a name alone for 他N件): told from the amount's
// width alone, without measuring the amount with its share or the name beside it (a large budget's
// first drawing has dozens of such cells, each string measured on the canvas the first time).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitCellLabel, type FitCellLabelOptions } from '../../src/charts/budget/layout/labels.js';
import { createApproxMeasure } from '../../src/kit/text.js';

const approx = createApproxMeasure(12);

/** Fits a label with a measure that records what it is asked. */
function fitCounting(options: Omit<FitCellLabelOptions, 'measure'>): { label: ReturnType<typeof fitCellLabel>; measured: string[] } {
  const measured: string[] = [];
  const measure = (text: string) => {
    measured.push(text);
    return approx(text);
  };
  return { label: fitCellLabel({ ...options, measure }), measured };
}

const cell = (width: number, height: number, nameOnly = false): Omit<FitCellLabelOptions, 'measure'> => ({
  x: 0,
  y: 0,
  width,
  height,
  name: nameOnly ? '他12件' : '臨床研究・治験のための調査研究（g5-6）',
  figures: ['310.1億円（1.2%）'],
  fallbackFigures: ['310.1億円'],
  splitFigures: ['310.1億円', '（1.2%）'],
  fontSize: 12,
  lineHeight: 15,
  ...(nameOnly ? { nameOnly } : {}),
});

describe('fitCellLabel in a cell narrower than its amount', () => {
  for (const [width, height] of [[40, 90], [52, 200], [60, 20]] as const) {
    it(`${width}×${height}: no label, the amount alone measured`, () => {
      assert.ok(approx('310.1億円') > width - 8);
      const { label, measured } = fitCounting(cell(width, height));
      assert.equal(label, undefined);
      assert.deepEqual([...new Set(measured)], ['310.1億円']);
    });
  }

  it('a cell named by itself (他N件) still gets its name', () => {
    const { label } = fitCounting(cell(52, 60, true));
    assert.ok(label && label.lines.join('').startsWith('他'), JSON.stringify(label));
  });

  it('a cell as wide as its amount still gets a label', () => {
    const { label } = fitCounting(cell(approx('310.1億円') + 8, 90));
    assert.ok(label?.lines.includes('310.1億円'), JSON.stringify(label));
  });
});
