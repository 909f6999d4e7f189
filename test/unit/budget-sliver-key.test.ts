// Review R10-0-12: at 1280 px the pharma treemap drew 「臨床研究・治験の患者向け公開データベースの整備
// 1.0億円」 as a 10×560 px sliver with no label anywhere in the drawing. Every cell too thin for
// a label now has a letter (in the cell where it fits) and a line in the key under the drawing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { createApproxMeasure } from '../../src/kit/text.js';

const parsed = parseBudget(JSON.parse(readFileSync(new URL('../../data/pharma-budget.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const doc = parsed.value;
const summary = summarizeBudget(doc);
const measure = createApproxMeasure(12);

describe('the key of cells too thin for a label', () => {
  for (const width of [360, 800, 1280]) {
    it(`pharma at ${width} px: every cell of the drawing is named, by its label or in the key`, () => {
      const layout = layoutTreemap({ doc, summary, width, height: Math.round(width * 0.6), measure });
      const unnamed = layout.cells.filter((c) => !c.label && !c.container);
      assert.ok(unnamed.length > 0, 'some cell is a sliver');
      const key = layout.sliverKey;
      assert.ok(key, 'a key');
      assert.deepEqual(new Set(key.entries.map((e) => e.key)), new Set(unnamed.map((c) => c.key)));
      for (const e of key.entries) {
        const cell = layout.cells.find((c) => c.key === e.key)!;
        const text = e.lines.join('');
        assert.ok(text.startsWith(`${e.letter} `) && text.includes(cell.amountText), text);
        if (cell.kind === 'item') assert.ok(text.includes(cell.name), text);
        // A letter in the cell only where it fits inside it.
        if (e.marker) assert.ok(e.marker.x > cell.x && e.marker.x < cell.x + cell.width && e.marker.y < cell.y + cell.height, `${e.letter} in ${cell.name}`);
        // Under the drawing, inside the layout's height.
        assert.ok(e.y > layout.treemapHeight && e.y + (e.lines.length - 1) * key.lineHeight <= layout.height);
      }
    });
  }

  it('the 10 px sliver at 1280 px: 「a 臨床研究・治験の患者向け公開データベースの整備 1.0億円（1.2%）」 with its letter in it', () => {
    const layout = layoutTreemap({ doc, summary, width: 1280, height: 620, measure });
    const e = layout.sliverKey?.entries.find((x) => x.lines.join('').includes('臨床研究・治験の患者向け公開データベースの整備'));
    assert.ok(e, 'named in the key');
    assert.equal(e.lines.join(''), `${e.letter} 臨床研究・治験の患者向け公開データベースの整備 1.0億円（1.2%）`);
    assert.ok(e.marker, 'its letter is drawn in it');
  });
});
