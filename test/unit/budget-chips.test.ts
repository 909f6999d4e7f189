import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap, type TreemapRef } from '../../src/charts/budget/layout/index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { loadBudgetSeed } from '../fixtures/budget-seeds.js';

// Chips: the marks of items with no area (内数, 再掲, no amount), in a cell's bottom row or in
// the strip under the map. A reader saw them cut with "…" where the cell had room (live review).
const { doc, summary } = loadBudgetSeed('pharma-budget.json');
const measure = createApproxMeasure(12);
const lay = (width: number, height: number, fontSize = 12) => layoutTreemap({ doc, summary, width, height, measure, fontSize });
const chips = (l: ReturnType<typeof lay>) =>
  new Map<string, { chip: TreemapRef; within: { x: number; y: number; width: number; height: number } }>([
    ...l.cells.flatMap((c) => c.refs.map((chip) => [chip.id, { chip, within: c }] as const)),
    ...l.rootRefs.map((chip) => [chip.id, { chip, within: { x: 0, y: 0, width: l.width, height: l.height } }] as const),
  ]);

describe('reference chips take the room they have before cutting the name (pharma budget)', () => {
  const whole: readonly [string, string][] = [
    ['p1-ai', 'ＡＩの活用による医薬品開発支援 13.5億円の内数'],
    ['p2-approval', '「条件付き承認制度」の活用や「さきがけ審査指定制度」の制度化 金額の記載なし'],
    ['p7', '医療用医薬品の流通改善への一層の対応 金額の記載なし'],
  ];
  for (const [label, l] of [
    ['1280 px page', lay(1248, 600)],
    ['1280 px page, taller', lay(1248, 700)],
  ] as const) {
    it(`draws each chip's whole name at ${label}`, () => {
      const placed = chips(l);
      for (const [id, text] of whole) {
        const p = placed.get(id);
        assert.ok(p, `chip ${id} drawn`);
        assert.equal(p.chip.text, text);
        assert.ok(p.chip.x >= p.within.x && p.chip.x + p.chip.width <= p.within.x + p.within.width + 0.5, `${id} inside its cell`);
      }
    });
  }

  it('keeps the whole name on an 18 px slide where the cell has room, wrapped where it is wider than its cell', () => {
    const placed = chips(lay(1888, 700, 18));
    assert.equal(placed.get('p1-ai')?.chip.text, 'ＡＩの活用による医薬品開発支援 13.5億円の内数');
    assert.equal(placed.get('p7')?.chip.text, '医療用医薬品の流通改善への一層の対応 金額の記載なし');
    // This name is wider than its cell: wrapped over two rows, the figure kept, inside the cell.
    const approval = placed.get('p2-approval');
    assert.ok(approval);
    assert.equal(approval.chip.text, '「条件付き承認制度」の活用や「さきがけ審査指定制度」の制度化 金額の記載なし');
    assert.ok((approval.chip.lines?.length ?? 0) > 1, 'on more than one row');
    assert.ok(approval.chip.x + approval.chip.width <= approval.within.x + approval.within.width + 0.5);
    assert.ok(approval.chip.y + approval.chip.height <= approval.within.y + approval.within.height + 0.5);
  });

  it('cuts a name at 360 px only to the width of its cell, never past it', () => {
    for (const { chip, within } of chips(lay(328, 400)).values()) {
      assert.ok(chip.x + chip.width <= within.x + within.width + 0.5, `${chip.id} inside its cell`);
      if (chip.text.includes('…')) assert.ok(within.width - chip.width < 4 * 12, `${chip.id} cut with room left: ${chip.width}/${within.width}`);
    }
  });

  it('keeps a second row of marks in a container with height where one row would hide some', () => {
    const l = lay(1248, 600);
    const p6 = l.cells.find((c) => c.key === 'p6');
    assert.ok(p6);
    const marks = p6.refs.filter((m) => m.kind !== 'more');
    assert.equal(marks.length, 2, 'two of its three marks drawn (one row held one)');
    assert.equal(new Set(p6.refs.map((m) => m.y)).size, 2, 'on two rows');
    assert.equal(p6.refs.find((m) => m.kind === 'more')?.hidden, 1);
    // The rows stay inside the container, below its items.
    const items = l.cells.filter((c) => c.parentKey === 'p6');
    for (const m of p6.refs) {
      assert.ok(m.y + m.height <= p6.y + p6.height, `${m.key} inside p6`);
      for (const c of items) assert.ok(m.y >= c.y + c.height, `${m.key} below ${c.key}`);
    }
  });
});
