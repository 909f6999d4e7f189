// The small cells of an every-level view drawn in batch paths (batches.ts): from how many cells,
// and drawn as their elements would be (the same geometry, the same styles, the same order).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap, type TreemapCell, type TreemapLayout } from '../../src/charts/budget/layout/index.js';
import { renderBatches } from '../../src/charts/budget/batches.js';
import { describeTreemap } from '../../src/charts/budget/describe.js';
import { budgetLazy } from '../../src/charts/budget/index.js';
import { renderTreemapSvg } from '../../src/charts/budget/render.js';
import { summarizeBudget, type BudgetSummary } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateBudget } from '../fixtures/generate-budget.js';

await budgetLazy.load();

const measure = createApproxMeasure(12);

// describeTreemap words the names from the summary the layout was made from.
const summaries = new WeakMap<TreemapLayout, BudgetSummary>();

function layoutWithDoc(leaves: number, seed: number, extra: { supplementary?: 'with-supplementary'; mode?: 'change' } = {}): TreemapLayout {
  const r = parseBudget(generateBudget({ leaves, seed }));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const summary = summarizeBudget(r.value);
  const layout = layoutTreemap({ doc: r.value, summary, width: 1000, height: 600, measure, minCellArea: 0, ...extra });
  summaries.set(layout, summary);
  return layout;
}

async function svgOf(layout: TreemapLayout): Promise<string> {
  const names = describeTreemap({ summary: summaries.get(layout)!, layout, locale: 'ja' });
  return collectResult(render(renderTreemapSvg({ layout, locale: 'ja', label: 'x', names })));
}

/** The batch's paths in drawing order: class, the classes of an enclosing group, and subpaths as rectangles. */
function batchPaths(svg: string): { cls: string; group: string; rects: string[] }[] {
  const batch = svg.slice(svg.indexOf('data-batch'));
  const out: { cls: string; group: string; rects: string[] }[] = [];
  for (const m of batch.matchAll(/(?:<g class="([^"]*)">\s*(?:<!--[^>]*-->\s*)*)?<path class="([^"]+)"(?: fill="[^"]*")? d="([^"]+)"/g)) {
    const rects = [...m[3]!.matchAll(/M([-\d.]+) ([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+z/g)].map((s) => rectKey(Number(s[1]), Number(s[2]), Number(s[3]), Number(s[4])));
    out.push({ group: m[1] ?? '', cls: m[2]!, rects });
  }
  return out;
}

function rectKey(x: number, y: number, width: number, height: number): string {
  const r = (v: number) => (Math.round(v * 100) / 100).toFixed(2);
  return `${r(x)},${r(y)},${r(width)},${r(height)}`;
}

function keyOf(r: { x: number; y: number; width: number; height: number }): string {
  return rectKey(r.x, r.y, r.width, r.height);
}

describe('batched small cells of an every-level view', () => {
  it('draws the cells of 1,000 leaves (1,054) that draw no text in paths, the labelled ones as treeitems', async () => {
    const layout = layoutWithDoc(1000, 1);
    assert.equal(layout.cells.length, 1054);
    const byKey = new Map(layout.cells.map((c) => [c.key, c]));
    const batched = layout.cells.filter((c) => c.batched);
    const drawn = layout.cells.filter((c) => !c.batched);
    // Every cell under 18 px, and every larger one without label, ≠ mark or marks over batched cells only.
    assert.ok(layout.cells.filter((c) => c.width < 18 || c.height < 18).every((c) => c.batched));
    for (const c of batched) {
      assert.equal(c.label, undefined, `${c.key} has a label`);
      assert.equal(c.refs.length, 0);
      assert.ok(!c.mismatch || c.width < 18 || c.height < 18, `${c.key} has a ≠ mark`);
    }
    for (const c of drawn) {
      const textInside = (cell: TreemapCell): boolean => cell.label !== undefined || layout.cells.some((k) => k.parentKey === cell.key && textInside(k));
      assert.ok(textInside(c), `${c.key} is drawn as an element with no text in or under it`);
    }
    // Nothing drawn inside a batched cell (the batch is painted after the elements).
    for (const c of drawn) if (c.parentKey !== undefined) assert.ok(!byKey.get(c.parentKey)!.batched, `${c.key} is drawn inside batched ${c.parentKey}`);
    assert.ok(drawn.length < 60 && drawn.filter((c) => c.label).length > 40, `${drawn.length} drawn`);
    const svg = await svgOf(layout);
    assert.equal(svg.match(/role="treeitem"/g)!.length, drawn.length);
    const painted = new Set(batchPaths(svg).filter((p) => p.cls.startsWith('area')).flatMap((p) => p.rects));
    for (const c of batched) assert.ok(painted.has(keyOf(c)), `${c.key} is not in a batch path`);
    // No label is lost: each small batched cell, made whole (makeCell, as an element), has none.
    for (const c of batched) {
      const whole = (c as unknown as { full?: TreemapCell }).full ?? c;
      assert.equal(whole.label, undefined, `${c.key} had a label`);
    }
  });

  it('gives each treeitem its place among all its siblings when some are batched (aria-posinset, aria-setsize)', async () => {
    const layout = layoutWithDoc(1000, 1);
    const active = layout.cells.find((c) => c.batched && c.level === 3)!;
    const names = describeTreemap({ summary: summaries.get(layout)!, layout, locale: 'ja' });
    const svg = await collectResult(render(renderTreemapSvg({ layout, locale: 'ja', label: 'x', names, activeKey: active.key })));
    const items = [...svg.matchAll(/<g\s+role="treeitem"[^>]*>/g)].map((m) => m[0]);
    assert.ok(items.length > 10);
    for (const tag of items) {
      const key = /data-key="([^"]+)"/.exec(tag)![1]!;
      const cell = layout.cells.find((c) => c.key === key)!;
      const siblings = layout.cells.filter((c) => c.parentKey === cell.parentKey);
      assert.match(tag, new RegExp(`aria-posinset="${siblings.indexOf(cell) + 1}"`), key);
      assert.match(tag, new RegExp(`aria-setsize="${siblings.length}"`), key);
    }
    // The focused batched cell among them, with its siblings not in the document.
    assert.ok(items.some((tag) => tag.includes(`data-key="${active.key}"`)));
    // A view of elements only says nothing more (the browser counts the siblings).
    assert.doesNotMatch(await svgOf(layoutWithDoc(300, 1)), /aria-posinset|aria-setsize/);
  });

  it('makes a larger cell without room for a label lazily, the same as made whole', () => {
    for (const extra of [{}, { mode: 'change' as const, supplementary: 'with-supplementary' as const }]) {
      const layout = layoutWithDoc(1000, 1, extra);
      const lazy = layout.cells.filter((c) => Object.getPrototypeOf(c) !== Object.prototype && c.width >= 18 && c.height >= 18);
      assert.ok(lazy.length > 50, `${lazy.length} larger lazy cells`);
      const fields = ['key', 'kind', 'id', 'level', 'parentKey', 'pillar', 'counted', 'supplementary', 'supplementaryRect', 'container', 'othersCount', 'mismatch', 'refs', 'label', 'changeText', 'changeTone', 'x', 'y', 'width', 'height'] as const;
      for (const c of lazy) {
        const whole = (c as unknown as { full: TreemapCell }).full;
        for (const f of fields) assert.deepEqual(c[f], whole[f], `${c.key}.${f}`);
        assert.equal(whole.label, undefined);
      }
    }
  });

  it('draws a cell with a ≠ mark as an element with its mark, label or not', async () => {
    const layout = layoutWithDoc(2000, 4);
    const marked = layout.cells.filter((c) => c.mismatch && c.width >= 18 && c.height >= 18);
    assert.ok(marked.length >= 3 && marked.some((c) => !c.label), `${marked.length} cells with a ≠ mark`);
    for (const c of marked) assert.ok(!c.batched, `${c.key} is batched`);
    const svg = await svgOf(layout);
    assert.equal(svg.match(/class="mismatch-mark"/g)?.length, marked.length);
    for (const c of marked) assert.match(svg, new RegExp(`data-key="${c.key}"`));
  });

  it('keeps every cell an element below 500 cells', async () => {
    const layout = layoutWithDoc(300, 1);
    assert.ok(layout.cells.length < 500 && layout.cells.some((c) => c.width < 18 || c.height < 18));
    assert.equal(layout.cells.filter((c) => c.batched).length, 0);
    assert.equal((await svgOf(layout)).match(/role="treeitem"/g)!.length, layout.cells.length);
  });

  it('paints a batched cell after its batched parent, whatever their tones (change mode)', async () => {
    const layout = layoutWithDoc(1000, 1, { mode: 'change' });
    const byKey = new Map(layout.cells.map((c) => [c.key, c]));
    const paths = batchPaths(await svgOf(layout));
    // Index of the last path drawing each rectangle (its fill, pattern) and of its fill.
    const fillAt = new Map<string, number>();
    const lastAt = new Map<string, number>();
    paths.forEach((p, i) => {
      for (const r of p.rects) {
        if (p.cls.startsWith('area')) fillAt.set(r, i);
        lastAt.set(r, i);
      }
    });
    const pairs = layout.cells.filter((c) => c.batched && c.parentKey !== undefined && byKey.get(c.parentKey)!.batched);
    const toned = pairs.filter((c) => byKey.get(c.parentKey!)!.changeTone !== c.changeTone);
    assert.ok(toned.length > 10, `${toned.length} batched cells with a tone other than their parent's`);
    for (const c of pairs) {
      const parent = byKey.get(c.parentKey!)!;
      assert.ok(fillAt.get(keyOf(c))! > lastAt.get(keyOf(parent))!, `${c.key} is painted before its parent ${parent.key}`);
    }
  });

  it('fills only the initial part of a leaf with hatched 補正 and hatches the rest, as its element does', async () => {
    const layout = layoutWithDoc(1000, 1, { supplementary: 'with-supplementary' });
    const svg = await svgOf(layout);
    const paths = batchPaths(svg);
    const fills = new Set(paths.filter((p) => p.cls.startsWith('area')).flatMap((p) => p.rects));
    const hatch = new Set(paths.filter((p) => p.cls === 'supp').flatMap((p) => p.rects));
    const hatched = layout.cells.filter((c) => c.batched && c.supplementaryRect);
    assert.ok(hatched.length > 20, `${hatched.length} batched cells with 補正`);
    for (const c of hatched) {
      const strip = c.supplementaryRect!;
      const initial = strip.height >= c.height ? { x: c.x, y: c.y, width: Math.max(0, strip.x - c.x), height: c.height } : { x: c.x, y: c.y, width: c.width, height: Math.max(0, strip.y - c.y) };
      assert.ok(fills.has(keyOf(initial)), `${c.key}: its fill is not its initial part`);
      assert.ok(!fills.has(keyOf(c)), `${c.key}: filled whole under its hatch`);
      assert.ok(hatch.has(keyOf(strip)), `${c.key}: its 補正 strip is not hatched`);
    }
    // The element of such a cell (a view of fewer cells) draws the same: its area is the initial part.
    const elementLayout = layoutWithDoc(300, 1, { supplementary: 'with-supplementary' });
    const big = elementLayout.cells.find((c) => !c.batched && c.supplementaryRect)!;
    const strip = big.supplementaryRect!;
    const initial = strip.height >= big.height ? { x: big.x, y: big.y, width: strip.x - big.x, height: big.height } : { x: big.x, y: big.y, width: big.width, height: strip.y - big.y };
    assert.match(await svgOf(elementLayout), new RegExp(`data-key="${big.key}"[\\s\\S]*?<rect class="area [^"]+" x="${initial.x}" y="${initial.y}" width="${initial.width}" height="${initial.height}"`));
  });

  it('draws batched cells of another kind in a group of their classes, so their outline is styled as their elements', async () => {
    const layout = layoutWithDoc(600, 2);
    const unitemised = layout.cells.filter((c) => c.batched && c.kind === 'unitemised');
    assert.ok(unitemised.length > 0, 'no batched unitemised cell');
    const paths = batchPaths(await svgOf(layout));
    for (const c of unitemised) {
      const path = paths.find((p) => p.cls.startsWith('area') && p.rects.includes(keyOf(c)))!;
      assert.equal(path.group, `kind-unitemised level-${c.level}`);
    }
    // Items below level 1 are drawn without a group (no rule styles them apart).
    const item = layout.cells.find((c) => c.batched && c.kind === 'item' && c.level > 1)!;
    assert.equal(paths.find((p) => p.cls.startsWith('area') && p.rects.includes(keyOf(item)))!.group, '');
  });

  it('hatches a batched 補正 cell whole, as its element does', async () => {
    const layout = layoutWithDoc(1000, 1);
    const cell = layout.cells.find((c) => c.batched && !c.container)!;
    const supp: TreemapCell = Object.assign(Object.create(Object.getPrototypeOf(cell) as object) as TreemapCell, cell, { kind: 'supplementary' });
    const template = renderBatches([supp], 'p-');
    const svg = await collectResult(render(template as Parameters<typeof render>[0]));
    const paths = batchPaths(svg);
    assert.deepEqual(paths.find((p) => p.cls === 'supp')?.rects, [keyOf(cell)]);
    assert.equal(paths.find((p) => p.cls.startsWith('area'))!.group, `kind-supplementary level-${cell.level}`);
  });
});
