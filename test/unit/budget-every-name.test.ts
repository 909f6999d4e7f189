// Review R11-4-4 / R11-4-5: after the chips took their rows, the pharma treemap cut
// 「リアルワールドデータの利活用推進」 to 「リアルワールド…」 at 360 px and named it nowhere; at 1280 px
// the chip 「+1件」 named nothing and pillar 3's 「…品質管理等のルールの策定 11.2億円の内数」 was on
// neither the drawing nor the key. (s14) A mark with room for its figure alone, not for its letter
// (「↪ 再掲 0.3億円」 in 適正な評価… at 800 px in the browser), was named nowhere either. Every item's
// name reaches the reader: whole in its cell or chip, or in a line of the key under the drawing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap, type TreemapLayout } from '../../src/charts/budget/layout/index.js';
import { measureBold, treemapDefaultHeight } from '../../src/charts/budget/sizing.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import '../../src/words-en.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

const { doc, summary } = loadBudgetSeed('pharma-budget.json');
const measure = measureBold(createApproxMeasure(12));

const flat = (s: string) => s.replace(/\s/g, '');

/** Names of the items the layout draws (a cell or a mark, or hides behind one) that no cell, chip or key line gives whole. */
function unnamedItems(layout: TreemapLayout): string[] {
  const key = flat((layout.sliverKey?.entries ?? []).map((e) => e.lines.join('')).join('\n'));
  const whole = new Set<string>();
  for (const c of layout.cells) {
    const label = c.label ? flat(c.label.lines.slice(0, c.label.nameLines ?? c.label.lines.length).join('')) : '';
    if (c.id && label.includes(flat(c.name))) whole.add(c.id);
  }
  for (const r of [...layout.cells.flatMap((c) => c.refs), ...layout.rootRefs]) {
    if (r.kind !== 'more' && flat(r.lines?.join('') ?? r.text).includes(flat(r.name))) whole.add(r.id);
  }
  // Every item of the budget, but for the breakdown of a cell drawn whole (its children are reached by
  // drilling in: the treemap draws two levels). So an item inside
  // a chip (R12-7-1: 柱7's only item 「流通改善ガイドラインの策定」 inside the chip 「医療用医薬品の流通改善への
  // 一層の対応 金額の記載なし」) has to be named too: a chip has no area to drill into on paper.
  const cellOf = new Map(layout.cells.filter((c) => c.kind === 'item' && c.id).map((c) => [c.id!, c]));
  // (Pharma gathers nothing into a 「他N件」 cell at these widths; a gathered item would need its own rule.)
  assert.ok(!layout.cells.some((c) => c.kind === 'others'), 'no 「他N件」 cell');
  const ids = new Set<string>();
  const walk = (items: readonly { id: string }[]): void => {
    for (const { id } of items) {
      const cell = cellOf.get(id);
      if (!cell?.container) ids.add(id);
      if (cell && !cell.container) continue;
      walk(summary.items.get(id)?.item.children ?? []);
    }
  };
  walk(doc.items);
  const missing: string[] = [];
  for (const id of ids) {
    const name = summary.items.get(id)?.name ?? id;
    if (!whole.has(id) && !key.includes(flat(name))) missing.push(name);
  }
  return missing;
}

describe('every item of the pharma treemap is named on the picture', () => {
  // 660/700 px: a mark with room for its figure alone (「↪ 再掲 0.3億円」, 「金額の記載なし」), not for its letter.
  for (const [locale, width] of [328, 344, 360, 660, 700, 800, 1248, 1280].flatMap((w) => [['ja', w], ['en', w]] as const)) {
    it(`${locale} at ${width} px: whole in its cell or chip, or in the key`, () => {
      const layout = layoutTreemap({ doc, summary, width, height: treemapDefaultHeight(width), measure, locale });
      assert.deepEqual(unnamedItems(layout), []);
    });
  }
});
