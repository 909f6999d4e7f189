import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { layoutTreemap, treemapContext, type LayoutTreemapOptions, type TreemapCell, type TreemapLayout } from '../../src/charts/budget/layout/index.js';
import { makeCell, nodeHeader } from '../../src/charts/budget/layout/cell.js';
import { headerBand, type ContainerHeader } from '../../src/charts/budget/layout/cell-label.js';
import { MANY_CELLS } from '../../src/charts/budget/layout/lazy-cell.js';
import { tileView, type LaidNode } from '../../src/charts/budget/layout/tile.js';
import { buildView, refKindOf } from '../../src/charts/budget/layout/view.js';
import { describeTreemap, describeTreemapCell } from '../../src/charts/budget/describe.js';
import { renderTreemapSvg } from '../../src/charts/budget/render.js';
import { listTreemapNav } from '../../src/charts/budget/state.js';
import { summarizeBudget, type BudgetSummary } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import type { BudgetDocument } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import { budgetLazy } from '../../src/charts/budget/index.js';

// The every-level view's code comes with the chart's lazy chunk (layout/later.ts).
await budgetLazy.load();

const measure = createApproxMeasure(12);

function parse(input: unknown): BudgetDocument {
  const r = parseBudget(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const pharma = parse(JSON.parse(readFileSync(new URL('../../data/pharma-budget.json', import.meta.url), 'utf8')));
// Four levels, thousands of leaves: more cells than MANY_CELLS, most of them small.
const big = parse(generateBudget({ leaves: 6000, seed: 3, depth: 4 }));
const bigSummary = summarizeBudget(big);

function options(doc: BudgetDocument, summary: BudgetSummary, extra: Partial<LayoutTreemapOptions> = {}): LayoutTreemapOptions {
  return { doc, summary, width: 1000, height: 600, measure, minCellArea: 0, ...extra };
}

/** Ids of the items drawn with area below `id` (undefined: the whole budget), at every depth. */
function sizedDescendants(summary: BudgetSummary, withSupp: boolean, id?: string): string[] {
  const out: string[] = [];
  const visit = (parent?: string) => {
    const items = parent === undefined ? summary.order.filter((s) => s.depth === 0) : summary.items.get(parent)!.item.children.map((c) => summary.items.get(c.id)!);
    for (const s of items) {
      if (refKindOf(s, withSupp) !== undefined) continue;
      out.push(s.id);
      visit(s.id);
    }
  };
  visit(id);
  return out;
}

function checkEveryLeaf(layout: TreemapLayout, summary: BudgetSummary, withSupp: boolean): void {
  const byKey = new Map(layout.cells.map((c) => [c.key, c]));
  // Every item with money, at every depth, has a cell of its own; nothing is gathered.
  const ids = sizedDescendants(summary, withSupp);
  for (const id of ids) assert.ok(byKey.has(id), `item ${id} has no cell`);
  assert.equal(layout.cells.filter((c) => c.kind === 'others').length, 0);
  assert.equal(layout.gatheredCount, 0);
  for (const c of layout.cells) {
    assert.ok(c.width > 0 && c.height > 0, `${c.key} has no area (${c.width} × ${c.height})`);
    if (c.parentKey === undefined) {
      assert.equal(c.level, 1);
      continue;
    }
    const p = byKey.get(c.parentKey);
    assert.ok(p, `${c.key}: no parent cell ${c.parentKey}`);
    assert.equal(c.level, p.level + 1);
    assert.ok(p.container, `${p.key} is not a container`);
    const eps = 1e-6;
    assert.ok(c.x >= p.x - eps && c.y >= p.y - eps && c.x + c.width <= p.x + p.width + eps && c.y + c.height <= p.y + p.height + eps, `${c.key} is outside ${p.key}`);
  }
  // Sums agree: each container's money is its cells' money; the leaves hold the view's money.
  const children = new Map<string, TreemapCell[]>();
  for (const c of layout.cells) if (c.parentKey !== undefined) children.set(c.parentKey, [...(children.get(c.parentKey) ?? []), c]);
  for (const c of layout.cells) {
    const kids = children.get(c.key);
    assert.equal(Boolean(kids), c.container, `${c.key}: container without cells, or cells in a leaf`);
    if (!kids) continue;
    assert.equal(kids.reduce((sum, k) => sum + k.counted, 0), c.counted, `${c.key}: its cells' money differs from its own`);
  }
  const leaves = layout.cells.filter((c) => !c.container);
  assert.equal(leaves.reduce((sum, c) => sum + c.counted, 0), summary.totals.amount.counted);
  // Areas follow the money: siblings' area per yen agrees within the gaps and edges drawn.
  for (const [, kids] of children) {
    const big = kids.filter((k) => k.width >= 40 && k.height >= 40);
    if (big.length < 2) continue;
    const perYen = big.map((k) => (k.width * k.height) / (k.counted + k.supplementary));
    assert.ok(Math.max(...perYen) / Math.min(...perYen) < 1.5, 'sibling areas are not in proportion to their money');
  }
}

describe('every-level view (min-cell-area 0)', () => {
  it('draws every item of the seed budget at every depth, inside its parent, sums agreeing', () => {
    const layout = layoutTreemap(options(pharma, summarizeBudget(pharma)));
    checkEveryLeaf(layout, summarizeBudget(pharma), false);
    const withSupp = layoutTreemap(options(pharma, summarizeBudget(pharma), { supplementary: 'with-supplementary' }));
    checkEveryLeaf(withSupp, summarizeBudget(pharma), true);
  });

  it(`draws every one of ${bigSummary.items.size.toLocaleString('en')} items of a four-level budget with positive area`, () => {
    const layout = layoutTreemap(options(big, bigSummary));
    assert.ok(Math.max(...layout.cells.map((c) => c.level)) === 4, 'the view is not four levels deep');
    assert.ok(layout.cells.length >= MANY_CELLS);
    checkEveryLeaf(layout, bigSummary, false);
  });

  it('draws every item below a drilled focus', () => {
    const top = bigSummary.order.find((s) => s.depth === 0 && s.item.children.length > 0)!;
    const layout = layoutTreemap(options(big, bigSummary, { focusId: top.id }));
    const byKey = new Set(layout.cells.map((c) => c.key));
    for (const id of sizedDescendants(bigSummary, false, top.id)) assert.ok(byKey.has(id), `item ${id} has no cell`);
    assert.equal(layout.cells.filter((c) => !c.container).reduce((s, c) => s + c.counted, 0), top.amount.counted);
  });

  it('keeps the two-level view at the default minimum area', () => {
    const layout = layoutTreemap(options(big, bigSummary, { minCellArea: undefined }));
    assert.ok(layout.cells.every((c) => c.level <= 2 && !c.batched));
    assert.ok(layout.cells.length < sizedDescendants(bigSummary, false).length / 10);
  });

  it('gives header bands only to containers with room, and names them there', () => {
    const layout = layoutTreemap(options(big, bigSummary));
    const headed = layout.cells.filter((c) => c.container && c.label);
    assert.ok(headed.some((c) => c.level >= 2), 'no nested header band');
    for (const c of headed) {
      assert.ok(c.width >= 64 && c.height >= 48, `${c.key}: a header in a ${c.width} × ${c.height} cell`);
      assert.ok(c.label!.lines.length >= 1);
    }
    // Below a header band, a container's cells start under it.
    const kids = layout.cells.filter((k) => k.parentKey === headed[0]!.key);
    for (const k of kids) assert.ok(k.y >= headed[0]!.y + 20 - 1e-6);
  });

  it('works out the words of a small (lazy) cell exactly as an eager cell', () => {
    const o = options(big, bigSummary, { mode: 'change', supplementary: 'with-supplementary' });
    const layout = layoutTreemap(o);
    const small = layout.cells.filter((c) => c.batched);
    assert.ok(small.length > layout.cells.length / 2, 'most cells of the big view should be small');
    // The same laid-out nodes made eagerly.
    const ctx = treemapContext(o);
    const view = buildView({ summary: bigSummary, focus: {}, supplementary: 'with-supplementary', area: 600_000, minCellArea: 0 });
    const headers = new Map<string, ContainerHeader>();
    const headerHeight = (n: LaidNode) => {
      const header = nodeHeader(ctx, n);
      if (header) headers.set(n.data.key, header);
      return headerBand(ctx.metrics, header?.lines.length ?? 1);
    };
    const nodes = tileView({ view, width: 1000, height: 600, metrics: ctx.metrics, everyLeaf: true, headerHeight });
    const eager = new Map(nodes.map((n) => [n.data.key, makeCell(ctx, n, headers.get(n.data.key))]));
    const fields = ['key', 'kind', 'id', 'name', 'path', 'level', 'parentKey', 'pillar', 'counted', 'supplementary', 'supplementaryRect', 'share', 'container', 'drill', 'othersCount', 'mismatch', 'change', 'partlyRelisted', 'refs', 'label', 'amountText', 'shareText', 'supplementaryText', 'changeText', 'changeTone', 'refItems', 'x', 'y', 'width', 'height'] as const;
    for (const c of small.filter((_, i) => i % 97 === 0)) {
      const e = eager.get(c.key)!;
      for (const f of fields) assert.deepEqual(c[f], e[f], `${c.key}.${f}`);
    }
  });

  it('lists every cell in the keyboard order, depth first, each after its parent', () => {
    const layout = layoutTreemap(options(big, bigSummary));
    const nav = listTreemapNav(layout);
    const cellKeys = nav.filter((e) => e.cell).map((e) => e.key);
    assert.equal(cellKeys.length, layout.cells.length);
    assert.deepEqual(new Set(cellKeys), new Set(layout.cells.map((c) => c.key)));
    const at = new Map(nav.map((e, i) => [e.key, i]));
    for (const [i, e] of nav.entries()) {
      if (e.parentKey === undefined) continue;
      const p = at.get(e.parentKey)!;
      assert.ok(p < i, `${e.key} comes before its parent`);
      // Depth first: everything between the parent and the entry is inside the parent.
      for (let j = p + 1; j < i; j++) assert.ok(nav[j]!.level > nav[p]!.level, `${nav[j]!.key} breaks ${e.parentKey}'s run`);
      assert.equal(e.level, nav[p]!.level + 1);
    }
  });

  it('draws small cells in batches, as elements only the larger cells and the focused one', async () => {
    const layout = layoutTreemap(options(big, bigSummary));
    const small = layout.cells.filter((c) => c.batched);
    const active = small.find((c) => c.level === 4)!;
    const names = describeTreemap({ summary: bigSummary, layout, locale: 'ja' });
    const svg = await collectResult(render(renderTreemapSvg({ layout, locale: 'ja', label: 'x', names, activeKey: active.key })));
    const items = svg.match(/role="treeitem"/g)!.length;
    assert.equal(items, layout.cells.length - small.length + 1 + countBatchedAncestors(layout, active));
    assert.match(svg, new RegExp(`data-key="${active.key}"[^>]*aria-level="4"[^>]*aria-label="${escapeRe(describeTreemapCell({ summary: bigSummary, locale: 'ja' }, active))}"[^>]*tabindex="0"`));
    // Every small cell is in a batch path (one subpath per cell, one path per fill).
    const batch = svg.slice(svg.indexOf('data-batch'));
    const fills = [...batch.matchAll(/<path class="area [^"]+" d="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(fills.join('').split('M').length - 1, small.length - 1 - countBatchedAncestors(layout, active));
  });
});

function countBatchedAncestors(layout: TreemapLayout, cell: TreemapCell): number {
  const byKey = new Map(layout.cells.map((c) => [c.key, c]));
  let n = 0;
  for (let p = cell.parentKey && byKey.get(cell.parentKey); p; p = p.parentKey ? byKey.get(p.parentKey) : undefined) if (p.batched) n++;
  return n;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/&/g, '&amp;');
}
