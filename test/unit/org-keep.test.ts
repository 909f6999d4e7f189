// An expand or collapse keeps the last layout's arrangement (layout/keep.ts): a kept arrangement
// made for another width, font or measure is ignored (the layout is what a fresh one is), one that
// no longer fits gives way to a fresh choice, and a row keeps its slots only while its children
// are the same bodies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { keepOrgOffset } from '../../src/charts/org/layout-controller.js';
import { layoutOrgChart, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { keepOrgSlots, keptOrgSlots, orgKeepKey } from '../../src/charts/org/layout/keep.js';
import type { OrgTreeItem } from '../../src/charts/org/layout/position.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Where a layout puts its boxes and lines (what a reader sees). */
const drawn = (l: OrgChartLayout) => ({
  arrangement: l.arrangement,
  bounds: l.bounds,
  boxes: l.nodes.map((n) => [n.id, n.x, n.y, n.width, n.height]),
  edges: l.edges.map((e) => [e.id, e.points]),
  links: l.links.map((k) => k.points),
});

/** The root's children by column (their x): "b4 b6 | b5 b18". */
const columns = (l: OrgChartLayout, parent: string) => {
  const byX = new Map<number, string[]>();
  for (const n of l.nodes) if (n.parentId === parent) byX.set(n.x, [...(byX.get(n.x) ?? []), n.id]);
  return [...byX].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids.join(' ')).join(' | ');
};

describe('org layout keeps its arrangement through an expand or collapse', () => {
  const doc = parse(generateOrganization({ bodies: 10_000, seed: 1 }));
  const measure = createApproxMeasure(14);
  const start = () => collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) });

  it('keeps the columns of the rows it does not change, while they fit', () => {
    const collapsed = start();
    const first = layoutOrgChart({ doc, width: 1000, measure, collapsed });
    assert.equal(first.kept?.reused, false, 'a first layout chooses afresh');
    // Every collapsed body drawn with children: opened with the first layout kept, the root's
    // row keeps its columns; for some of them a fresh choice would re-flow it.
    let reflowed = 0;
    for (const id of first.nodes.filter((n) => n.childCount > 0 && collapsed.has(n.id)).map((n) => n.id)) {
      collapsed.delete(id);
      const kept = layoutOrgChart({ doc, width: 1000, measure, collapsed, keep: first.kept });
      const fresh = layoutOrgChart({ doc, width: 1000, measure, collapsed });
      collapsed.add(id);
      assert.equal(kept.kept?.reused, true, id);
      assert.equal(columns(kept, 'hq'), columns(first, 'hq'), `hq's columns with ${id} open`);
      if (columns(fresh, 'hq') !== columns(first, 'hq')) reflowed++;
      // Closed again with the kept one: the first drawing exactly.
      assert.deepEqual(drawn(layoutOrgChart({ doc, width: 1000, measure, collapsed, keep: kept.kept })), drawn(first), `${id} closed`);
    }
    assert.ok(reflowed > 0, 'a fresh choice re-flows the root row for some body');
  });

  it('ignores an arrangement kept for another width or measure, and one that no longer fits', () => {
    const collapsed = start();
    const wide = layoutOrgChart({ doc, width: 1400, measure, collapsed });
    const fresh = layoutOrgChart({ doc, width: 1000, measure, collapsed });
    assert.equal(fresh.kept?.reused, false);
    // Made for 1,400 px: at 1,000 px the fresh choice.
    const other = layoutOrgChart({ doc, width: 1000, measure, collapsed, keep: wide.kept });
    assert.equal(other.kept?.reused, false);
    assert.deepEqual(drawn(other), drawn(fresh));
    // Another measure (a font loaded since): the fresh choice.
    const remeasured = layoutOrgChart({ doc, width: 1000, measure: createApproxMeasure(14), collapsed, keep: fresh.kept });
    assert.equal(remeasured.kept?.reused, false);
    // The 1,400 px arrangement (passed off as a 700 px one) is wider than 700 px: chosen afresh.
    assert.ok(wide.bounds.width > 700, `wide drawing ${wide.bounds.width} px`);
    const narrow = layoutOrgChart({ doc, width: 700, measure, collapsed });
    const forced = layoutOrgChart({ doc, width: 700, measure, collapsed, keep: { ...wide.kept!, key: orgKeepKey({ width: 700, orientation: 'auto', measureSize: 14, locale: 'ja' }) } });
    assert.equal(forced.kept?.reused, false);
    assert.deepEqual(drawn(forced), drawn(narrow));
  });

  it('keeps a row of slots only for the same children in the same order', () => {
    const item = (id: string) => ({ body: { id }, children: [] }) as unknown as OrgTreeItem;
    const [a, b, c, p] = ['a', 'b', 'c', 'p'].map(item) as [OrgTreeItem, OrgTreeItem, OrgTreeItem, OrgTreeItem];
    const kept = keepOrgSlots(new Map([[p, [{ items: [a, b], column: true }, { items: [c], column: false }]]]));
    assert.deepEqual(keptOrgSlots(kept, p, [a, b, c]), [{ items: [a, b], column: true }, { items: [c], column: false }]);
    assert.equal(keptOrgSlots(kept, p, [a, c, b]), undefined, 'another order');
    assert.equal(keptOrgSlots(kept, p, [a, b]), undefined, 'one fewer');
    assert.equal(keptOrgSlots(kept, p, [a, b, c, item('d')]), undefined, 'one more');
    assert.equal(keptOrgSlots(kept, null, [a, b, c]), undefined, 'another row');
  });

  it('keeps the view where it was while the drawing still fits the window there', () => {
    const view = { k: 1, tx: 113, ty: 0, width: 1000, height: 800 };
    const centred = { ...view, tx: 100 };
    assert.equal(keepOrgOffset(view, centred, { width: 800 }).tx, 113, 'a wider drawing that still fits');
    assert.equal(keepOrgOffset(view, centred, { width: 900 }).tx, 100, 'past the right edge: centred');
    assert.equal(keepOrgOffset(view, { ...centred, k: 0.9 }, { width: 800 }).tx, 100, 'another scale');
    assert.equal(keepOrgOffset(view, { ...centred, width: 900 }, { width: 800 }).tx, 100, 'another window');
  });
});
