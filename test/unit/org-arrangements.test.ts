// The org chart's arrangements as a reader gets them (src/charts/org/layout/{arrange,columns}.ts,
// src/charts/org/slide.ts): a wide row of leaves hanging in several columns, a large tree's
// columns of hung subtrees balanced and as many as the width takes, and a slide overview that
// fills the slide. Widths come from the approximate measure (CJK = 1 em, Latin ≈ 0.55 em), the
// charts collapsed as the element collapses them on first draw (chooseCollapsedDepth).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { arrangeOrgTree } from '../../src/charts/org/layout/arrange.js';
import { planOrgLeafColumns, splitOrgColumns } from '../../src/charts/org/layout/columns.js';
import { layoutOrgChart, ORG_METRICS, type OrgChartLayout, type OrgNodeLayout } from '../../src/charts/org/layout/index.js';
import { findOrgPocket, findOrgServingRoots, positionOrgTree, type OrgTreeItem } from '../../src/charts/org/layout/position.js';
import { collectVisible } from '../../src/charts/org/layout/visible.js';
import { fitOrgSlide } from '../../src/charts/org/slide.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import '../../src/words-en.js';
import { createFlareLike } from '../fixtures/flare-like.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { overlapping } from './org-boxes.js';

const measure = createApproxMeasure(14);

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The document and the bodies the element collapses on first draw. */
function asDrawn(input: unknown): { doc: OrganizationDocument; collapsed: Set<string> } {
  const doc = parse(input);
  return { doc, collapsed: collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) }) };
}


const distinct = (values: readonly number[]) => new Set(values).size;

/** A body and everything drawn under it. */
function subtree(layout: OrgChartLayout, id: string): OrgNodeLayout[] {
  const node = layout.byId.get(id)!;
  return [node, ...node.childIds.filter((c) => layout.byId.has(c)).flatMap((c) => subtree(layout, c))];
}

/** A box of w × h. */
const item = (id: string, w: number, h: number, children: OrgTreeItem[] = [], extra: Partial<OrgTreeItem> = {}): OrgTreeItem => ({
  body: { id, name: id, kind: 'other', aliases: [], roles: [], notes: [], editorNotes: [] } as unknown as OrgTreeItem['body'],
  content: { width: w, height: h, badge: { text: '', width: 0 }, lines: [], counts: [], truncated: false },
  satellite: false,
  children,
  ...extra,
});

describe('a wide row of leaves (the flare-like tree: ten packages under the root)', () => {
  const { doc, collapsed } = asDrawn(createFlareLike());
  const packages = (layout: OrgChartLayout) => layout.nodes.filter((n) => n.parentId === 'flare');

  it('at 1280 px hangs the ten packages in two rows of five columns, inside the width, shorter than one column', () => {
    const layout = layoutOrgChart({ doc, width: 1280, measure, collapsed });
    const kids = packages(layout);
    assert.equal(kids.length, 10);
    assert.equal(distinct(kids.map((n) => n.x)), 5, 'five columns');
    for (const x of new Set(kids.map((n) => n.x))) assert.equal(kids.filter((n) => n.x === x).length, 2, 'two rows: two packages in each column');
    assert.ok(layout.bounds.width <= 1280, `${layout.bounds.width} px wide`);
    assert.deepEqual(overlapping(layout), []);
    // Down each column, then across: the reading order stays the document's.
    const order = [...kids].sort((a, b) => a.x - b.x || a.y - b.y).map((n) => n.id);
    assert.deepEqual(order, kids.map((n) => n.id));
    assert.ok(layout.bounds.height < 400, `${layout.bounds.height} px tall`);
    const fixed = layoutOrgChart({ doc, width: 1280, measure, collapsed, orientation: 'compact' });
    assert.equal(distinct(packages(fixed).map((n) => n.x)), 5, 'orientation="compact" hangs them in columns too');
  });

  it('at 800 and 360 px: as many columns as fit (four, then two), nothing outside the width or overlapping', () => {
    for (const [width, columns] of [
      [800, 4],
      [360, 2],
    ] as const) {
      const layout = layoutOrgChart({ doc, width, measure, collapsed });
      assert.equal(distinct(packages(layout).map((n) => n.x)), columns, `${width} px`);
      assert.ok(layout.bounds.width <= width, `${layout.bounds.width} px wide at ${width}`);
      assert.deepEqual(overlapping(layout), []);
    }
  });

  it('at 1920 px spreads them in one row under the root', () => {
    const layout = layoutOrgChart({ doc, width: 1920, measure, collapsed });
    assert.equal(layout.arrangement, 'top-down');
    assert.equal(distinct(packages(layout).map((n) => n.y)), 1);
    assert.ok(layout.bounds.width <= 1920);
  });

  it('planOrgLeafColumns splits a column of leaves evenly, in order, and leaves satellites and short columns alone', () => {
    const leaves = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => item(id, 100, 40));
    const sats = ['s1', 's2', 's3'].map((id) => item(id, 100, 40, [], { satellite: true }));
    const root = item('r', 100, 40, [...leaves, ...sats]);
    const plan = planOrgLeafColumns({ roots: [root], rows: 3 });
    const slots = plan.get(root)!;
    assert.deepEqual(
      slots.map((s) => s.items.map((i) => i.body.id).join('')),
      ['abc', 'de', 'fg', 's1s2s3'],
    );
    assert.ok(slots.every((s) => s.column));
    assert.equal(planOrgLeafColumns({ roots: [root], rows: 7 }).size, 0, 'no column longer than 7: no plan');
  });
});

describe('a large tree in columns of hung subtrees (generated 200 bodies, 79 drawn)', () => {
  const { doc, collapsed } = asDrawn(generateOrganization({ bodies: 200, seed: 1 }));
  const hq = 'hq';
  /** Per column of the headquarters' children (by x): the top of its first box and the bottom of its last. */
  const columns = (layout: OrgChartLayout) => {
    const kids = layout.byId.get(hq)!.childIds.map((id) => layout.byId.get(id)!);
    const byX = new Map<number, OrgNodeLayout[]>();
    for (const k of kids) byX.set(k.x, [...(byX.get(k.x) ?? []), ...subtree(layout, k.id)]);
    return [...byX.values()].map((nodes) => ({ top: Math.min(...nodes.map((n) => n.y)), bottom: Math.max(...nodes.map((n) => n.y + n.height)) }));
  };

  it('at 800 px stands in three columns of about even height, shorter than two columns and inside the width', () => {
    const layout = layoutOrgChart({ doc, width: 800, measure, collapsed });
    assert.ok(layout.bounds.width <= 800, `${layout.bounds.width} px wide`);
    assert.deepEqual(overlapping(layout), []);
    const cols = columns(layout);
    assert.equal(cols.length, 3, `${cols.length} columns`);
    const heights = cols.map((c) => c.bottom - c.top);
    assert.ok(Math.min(...heights) >= 0.7 * Math.max(...heights), `column heights ${heights.join(', ')}`);
    // Two columns with the usual boxes (what 800 px drew before): the one heavy subtree left one column short.
    const visible = collectVisible({ doc, collapsed });
    const two = arrangeOrgTree({ doc, visible, collapsed, width: 800, measure, measureSize: 14, locale: 'ja', metrics: ORG_METRICS, arrangement: 'compact', slim: false, wrap: true, hang: true });
    assert.ok(layout.bounds.height < 0.85 * two.estimate.height, `${layout.bounds.height} px against ${two.estimate.height}`);
    // Narrower boxes, text still whole: no box ends in an ellipsis.
    assert.deepEqual(layout.nodes.filter((n) => n.truncated).map((n) => n.id), []);
  });

  it('at 800 px the boxes three levels down take the room the columns leave: ワーキンググループ on one line, a shorter drawing', () => {
    const layout = layoutOrgChart({ doc, width: 800, measure, collapsed });
    assert.ok(layout.bounds.width <= 800, `${layout.bounds.width} px wide`);
    assert.deepEqual(overlapping(layout), []);
    const deep = layout.nodes.filter((n) => n.depth >= 3);
    // They were capped at 155 px (their column's width less three indents): every working group's name broke ワーキング / グループ.
    assert.ok(Math.max(...deep.map((n) => n.width)) > 160, `widest ${Math.max(...deep.map((n) => n.width))} px`);
    const groups = deep.filter((n) => n.body.name.includes('ワーキンググループ'));
    assert.ok(groups.length >= 10);
    for (const n of groups) assert.ok(n.lines.some((l) => l.kind === 'name' && l.text.includes('ワーキンググループ')), `${n.id}: ${n.lines.map((l) => l.text).join(' / ')}`);
    assert.ok(layout.bounds.height < 5000, `${layout.bounds.height} px tall (5,230 before)`);
  });

  it('at 1280 px: the agency, office and ministry stand in a row beside the headquarters\' box; its columns below take the whole width', () => {
    const layout = layoutOrgChart({ doc, width: 1280, measure, collapsed });
    assert.ok(layout.bounds.width <= 1280, `${layout.bounds.width} px wide`);
    assert.deepEqual(overlapping(layout), []);
    const top = layout.byId.get(hq)!;
    const row = ['agency', 'office', 'ministry'].map((id) => layout.byId.get(id)!);
    let left = top.x + top.width;
    for (const box of row) {
      assert.ok(box.x >= left, `${box.id} at x ${box.x}, right of ${left}`);
      assert.ok(box.y + box.height <= top.y + top.height, `${box.id} ends at y ${box.y + box.height}, beside the headquarters' box (to ${top.y + top.height})`);
      left = box.x + box.width;
    }
    // Below that row the boxes reach across the width: no strip down the right side left empty
    // (it was 330 px wide and ~4,000 px tall when the three stood in a column of their own).
    const below = layout.nodes.filter((n) => n.y > top.y + top.height);
    const reach = Math.max(...below.map((n) => n.x + n.width));
    assert.ok(reach >= 0.85 * 1280, `boxes below the top row reach x ${reach}`);
    assert.ok(columns(layout).length >= 3, `${columns(layout).length} columns`);
    // Shorter than the three columns beside the roots' column were (4,230 px).
    assert.ok(layout.bounds.height < 3900, `${layout.bounds.height} px tall`);
  });

  it('at 1280 px the tallest column\'s boxes take the room the columns leave across: wider than 15 em, the drawing shorter, inside the width', () => {
    const layout = layoutOrgChart({ doc, width: 1280, measure, collapsed });
    assert.ok(layout.bounds.width <= 1280, `${layout.bounds.width} px wide`);
    assert.deepEqual(overlapping(layout), []);
    // The column that ended lowest (ＩＣＴ's, 3,760 px down with 15 em boxes) has boxes wider than 15 em.
    const kids = layout.byId.get(hq)!.childIds.map((id) => layout.byId.get(id)!);
    const last = kids.filter((k) => k.x === Math.max(...kids.map((n) => n.x))).flatMap((k) => subtree(layout, k.id));
    assert.ok(Math.max(...last.map((n) => n.width)) > 15 * 14, `widest ${Math.max(...last.map((n) => n.width))} px`);
    // 3,758 px with 15 em boxes everywhere, 140 px left empty right of the columns.
    assert.ok(layout.bounds.height < 3500, `${layout.bounds.height} px tall`);
    assert.deepEqual(layout.nodes.filter((n) => n.truncated).map((n) => n.id), []);
  });

  it('at 1920 px: the headquarters\' first child, alone the tallest column, stands over two columns of its own children', () => {
    const layout = layoutOrgChart({ doc, width: 1920, measure, collapsed });
    const at1280 = layoutOrgChart({ doc, width: 1280, measure, collapsed });
    assert.ok(layout.bounds.width <= 1920, `${layout.bounds.width} px wide`);
    assert.deepEqual(overlapping(layout), []);
    const first = layout.byId.get(layout.byId.get(hq)!.childIds[0]!)!;
    const kidsX = distinct(first.childIds.map((id) => layout.byId.get(id)!.x));
    assert.equal(kidsX, 2, `${first.id}'s children in ${kidsX} column(s)`);
    assert.ok(layout.bounds.height < 0.95 * at1280.bounds.height, `${layout.bounds.height} px against ${at1280.bounds.height} at 1280`);
  });

  it('a small chart keeps its wrapped plan: the governance chart at 1,000–1,200 px draws each lane as one band', () => {
    const governance = parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));
    for (const width of [1000, 1200]) {
      const layout = layoutOrgChart({ doc: governance, width, measure });
      const bands = layout.lanes.map((l) => l.lane.id);
      assert.equal(bands.length, new Set(bands).size, `bands at ${width}: ${bands.join(', ')}`);
      assert.ok(layout.bounds.width <= width);
    }
  });

  it('splitOrgColumns: of the splits as short as the heaviest group allows, the most even', () => {
    const row = [27, 23, 4, 6, 9, 6].map((w, i) => item(`c${i}`, 100, w));
    const groups = splitOrgColumns(row, 4, (i) => i.content.height);
    assert.deepEqual(
      groups.map((g) => g.map((i) => i.content.height)),
      [[27], [23], [4, 6], [9, 6]],
    );
  });
});

describe('a slide overview fills the slide', () => {
  it('the generated 200-body chart on a 1920×1080 slide: larger type (not under 20 px), most of the drawing area used', () => {
    const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const width = 1888;
    const height = 880;
    const fit = fitOrgSlide({ doc, width, height, fontSize: 20, measure, measureSize: 14 });
    assert.ok(fit.fits);
    assert.ok(fit.depth !== undefined, 'an overview');
    assert.ok(fit.fontSize > 20 && fit.fontSize <= 28, `${fit.fontSize} px`);
    const m = fit.layout.metrics!;
    assert.ok(Math.min(m.badgeSize, m.textSize, m.nameSize) >= 18);
    const { bounds } = fit.layout;
    assert.ok(bounds.width <= width && bounds.height <= height);
    assert.ok((bounds.width * bounds.height) / (width * height) >= 0.6, `${bounds.width}×${bounds.height} of ${width}×${height}`);
    assert.ok(bounds.width >= 0.75 * width && bounds.height >= 0.75 * height, `${bounds.width}×${bounds.height}`);
  });

  it('the generated 200-body chart on a slide: AMED, joined to the headquarters by the 連携 line, stands first in the column of roots beside it, so the line runs straight across (R11-9-2)', () => {
    const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const layout = fitOrgSlide({ doc, width: 1888, height: 880, fontSize: 20, measure, measureSize: 14 }).layout;
    const roots = layout.nodes.filter((n) => !n.parentId && n.id !== 'hq');
    assert.deepEqual(roots.sort((a, b) => a.y - b.y).map((n) => n.id), ['agency', 'office', 'ministry']);
    const line = layout.links.find((l) => l.from === 'hq' && l.to === 'agency')!;
    assert.equal(line.points.length, 2, `the 連携 line turns: ${JSON.stringify(line.points)}`);
  });

  it('the flare-like overview: half empty even in the largest type, so packages are opened in reading order where they fit, the drawing covering most of the slide', () => {
    const doc = parse(createFlareLike());
    const width = 1888;
    const height = 880;
    const fit = fitOrgSlide({ doc, width, height, fontSize: 20, measure, measureSize: 14 });
    assert.ok(fit.fits && fit.depth !== undefined);
    const m = fit.layout.metrics!;
    assert.ok(Math.min(m.badgeSize, m.textSize, m.nameSize) >= 18, `badges ${m.badgeSize} px`);
    const packages = fit.layout.nodes.filter((n) => n.parentId === 'flare');
    assert.equal(packages.length, 10, 'every package drawn');
    // The ten packages alone, even at 1.4 × the type, leave the slide more than half empty (about 30 %
    // covered): opened from the first, each with its classes, while the drawing fits.
    const open = packages.filter((n) => n.expanded).map((n) => n.id);
    assert.ok(open.length >= 3 && open[0] === 'analytics', `opened: ${open.join(', ')}`);
    for (const id of open) assert.equal(fit.layout.nodes.filter((n) => n.parentId === id).length, doc.bodies.filter((b) => b.parent === id).length, `${id}: every class drawn`);
    const { bounds } = fit.layout;
    assert.ok(bounds.width <= width && bounds.height <= height);
    assert.ok((bounds.width * bounds.height) / (width * height) >= 0.5, `${bounds.width}×${bounds.height} of ${width}×${height}`);
    assert.deepEqual(overlapping(fit.layout), []);
  });

  it('the whole governance chart keeps the slide’s size (only an overview grows)', () => {
    const governance = parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));
    const fit = fitOrgSlide({ doc: governance, width: 1888, height: 900, fontSize: 20, measure, measureSize: 14 });
    assert.equal(fit.depth, undefined);
    assert.ok(fit.fontSize <= 20);
  });
});

/** A straight piece of a route: level (`at` is its y) or upright (`at` is its x), from–to along it. */
interface Piece {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}
const piecesOf = (points: readonly (readonly [number, number])[]): Piece[] =>
  points.slice(1).map((q, i) => {
    const p = points[i]!;
    return p[1] === q[1] ? { horizontal: true, at: p[1], from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) } : { horizontal: false, at: p[0], from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) };
  });
/** Two pieces cross inside both (touching at an end is not a crossing). */
const crosses = (a: Piece, b: Piece) => a.horizontal !== b.horizontal && b.at > a.from + 0.5 && b.at < a.to - 0.5 && a.at > b.from + 0.5 && a.at < b.to - 0.5;

/**
 * What the layout lint counts against a chart's typed lines (test/lint/line-lint.ts): a line
 * crossing a bus (a level piece two or more connectors share), a line crossing more than one
 * tree drop or stem (each of its crossings then), and two typed lines crossing.
 */
function lineFindings(layout: OrgChartLayout): string[] {
  const tree = layout.edges.flatMap((e) => piecesOf(e.points));
  const level = tree.filter((p) => p.horizontal);
  const isBus = (p: Piece) => level.filter((q) => q.at === p.at && q.from < p.to && p.from < q.to).length > 1;
  const out: string[] = [];
  for (const l of layout.links) {
    const drops = new Set<string>();
    for (const p of piecesOf(l.points)) {
      for (const q of tree) {
        if (!crosses(p, q)) continue;
        if (q.horizontal && isBus(q)) out.push(`${l.from} → ${l.to} crosses the bus at y ${q.at}`);
        else drops.add(p.horizontal ? `${q.at},${p.at}` : `${p.at},${q.at}`);
      }
    }
    if (drops.size > 1) out.push(`${l.from} → ${l.to} crosses ${drops.size} tree drops/stems at ${[...drops].join(' ')}`);
  }
  for (let i = 0; i < layout.links.length; i++) {
    for (let j = i + 1; j < layout.links.length; j++) {
      const [a, b] = [layout.links[i]!, layout.links[j]!];
      if (piecesOf(a.points).some((p) => piecesOf(b.points).some((q) => crosses(p, q)))) out.push(`${a.from} → ${a.to} crosses ${b.from} → ${b.to}`);
    }
  }
  return out;
}

describe('offices that are joint secretariat of councils under a bus stand under those councils (issue 8)', () => {
  const governance = parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));
  /** The bundled Noto Sans JP's metrics: what the browser and the CLI draw. */
  const noto = createFontMeasure(bundledFontMetrics()!, 14);
  const cases: Array<[string, () => OrgChartLayout]> = [];
  for (const locale of ['ja', 'en'] as const) {
    for (const width of [1280, 1600, 1920]) cases.push([`${width} px, ${locale}`, () => layoutOrgChart({ doc: governance, width, measure: noto, measureSize: 14, locale })]);
    cases.push([`the 1920×1080 slide, ${locale}`, () => fitOrgSlide({ doc: governance, width: 1888, height: 900, fontSize: 20, measure: noto, measureSize: 14, locale }).layout]);
    // The ministries hang in a column under AMED here (no room for their row): the column stands
    // past the end of the 推進会議 bus, so 経産省's 共同事務局 line comes down beside it, not through it.
    cases.push([`1024 px, ${locale}`, () => layoutOrgChart({ doc: governance, width: 1024, measure: noto, measureSize: 14, locale })]);
    cases.push([`1280 px in 18 px type, ${locale}`, () => layoutOrgChart({ doc: governance, width: 1280, fontSize: 18, measure: noto, measureSize: 14, locale })]);
  }
  for (const [name, lay] of cases) {
    it(`governance at ${name}: no typed line crosses a bus or more than one tree drop, none crosses another; the offices stand below their councils`, () => {
      const layout = lay();
      assert.deepEqual(lineFindings(layout), []);
      const below = (office: string, council: string) => layout.byId.get(office)!.y >= layout.byId.get(council)!.y + layout.byId.get(council)!.height;
      assert.ok(below('office-it', 'ict-platform') && below('office-hms', 'ict-platform') && below('office-hms', 'healthcare'), 'offices under the councils they serve');
      assert.deepEqual(overlapping(layout), []);
    });
  }

  for (const locale of ['ja', 'en'] as const) {
    it(`governance left-right at 1280 px and on a slide, ${locale}: the offices stand right of the councils they serve, not in the roots' column, their lines crossing no bus, drop or line; the slide draws every body`, () => {
      const wide = layoutOrgChart({ doc: governance, width: 1280, orientation: 'left-right', measure: noto, measureSize: 14, locale });
      const fit = fitOrgSlide({ doc: governance, width: 1888, height: 880, fontSize: 20, measure: noto, measureSize: 14, locale, orientation: 'left-right' });
      // Boxes without role lines, wider for the slide's width (councils' names on one line): the
      // whole chart at 19 px, not an overview of the 9 upper bodies.
      assert.equal(fit.depth, undefined, `an overview at ${fit.fontSize} px`);
      assert.ok(fit.fits && fit.fontSize >= 18);
      // On the slide the 市場開拓 band under ＩＣＴ leaves room only above: the offices stand as low as
      // it allows, 健康・医療戦略室 level with ＩＣＴ (its line straight across), not pushed up beside 研究開発.
      const [hms, ict] = [fit.layout.byId.get('office-hms')!, fit.layout.byId.get('ict-platform')!];
      assert.ok(hms.y < ict.y + ict.height && ict.y < hms.y + hms.height, `健康・医療戦略室 y ${hms.y}–${hms.y + hms.height}, ＩＣＴ ${ict.y}–${ict.y + ict.height}`);
      const partners = { 'office-it': ['ict-platform'], 'office-hms': ['ict-platform', 'healthcare'] };
      for (const layout of [wide, fit.layout]) {
        assert.equal(layout.arrangement, 'left-right');
        assert.equal(layout.nodes.length, governance.bodies.length);
        assert.deepEqual(overlapping(layout), []);
        for (const [office, ids] of Object.entries(partners)) {
          const o = layout.byId.get(office)!;
          for (const id of ids) {
            const p = layout.byId.get(id)!;
            assert.ok(o.x >= p.x + p.width, `${office} (x ${o.x}) right of ${id} (${p.x}–${p.x + p.width})`);
          }
          const lines = layout.links.filter((l) => l.from === office || l.to === office);
          assert.deepEqual(lineFindings({ ...layout, links: lines }), [], `${office}'s lines`);
        }
      }
    });
  }

  it('governance at 1280 px: each office stands in no lane band, and the drawing is no taller than before (1,018 px)', () => {
    const layout = layoutOrgChart({ doc: governance, width: 1280, measure: noto, measureSize: 14 });
    for (const id of ['office-hms', 'office-it']) {
      const n = layout.byId.get(id)!;
      for (const band of layout.lanes) assert.ok(!(n.x < band.x + band.width && band.x < n.x + n.width && n.y < band.y + band.height && band.y < n.y + n.height), `${id} inside the ${band.lane.name} band`);
    }
    assert.ok(layout.bounds.height <= 1018, `${layout.bounds.height} px`);
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`governance at 800 px, ${locale}: the boxes take the room across, so 推進会議's role titles stay whole and it is shorter; no typed line crosses a bus or another`, () => {
      const layout = layoutOrgChart({ doc: governance, width: 800, measure: noto, measureSize: 14, locale });
      assert.deepEqual(lineFindings(layout), []);
      assert.deepEqual(overlapping(layout), []);
      const council = layout.byId.get('council')!;
      const text = council.lines.map((l) => l.text);
      assert.ok(council.lines.length <= 11, `${council.lines.length} lines: ${text.join(' / ')}`);
      // The three posts naming 「健康・医療戦略担当大臣」 (議長, 議長代行, 副議長) each read it on one line.
      if (locale === 'ja') assert.equal(text.filter((t) => t.includes('健康・医療戦略担当大臣')).length, 3, text.join(' / '));
      assert.ok(layout.bounds.width >= 600, `${layout.bounds.width} px of 800`);
    });
  }

  it('findOrgServingRoots: a leaf root whose lines all go to bodies under one other tree\'s bus; not one with a line to a root, nor one with children', () => {
    const council = item('council', 100, 40, [item('a', 80, 40), item('b', 80, 40)]);
    const hq = item('hq', 100, 40, [council]);
    const office = item('office', 80, 40);
    const agency = item('agency', 80, 40);
    const other = item('other', 80, 40);
    const roots = [hq, agency, office, other];
    const rowOf = new Map([
      ['hq', { tree: 0, depth: 0 }],
      ['council', { tree: 0, depth: 1 }],
      ['a', { tree: 0, depth: 2 }],
      ['b', { tree: 0, depth: 2 }],
      ['agency', { tree: 1, depth: 0 }],
      ['office', { tree: 2, depth: 0 }],
      ['other', { tree: 3, depth: 0 }],
    ]);
    const rootIndex = new Map(roots.map((r, i) => [r.body.id, i]));
    const passing: Array<[string, string]> = [
      ['office', 'a'],
      ['b', 'office'],
      ['other', 'a'],
      ['other', 'agency'],
      ['hq', 'agency'],
    ];
    const found = findOrgServingRoots({ roots, passing, rowOf, rootIndex });
    assert.deepEqual([...found].map(([r, ids]) => [r.body.id, ids]), [['office', ['a', 'b']]]);
  });

  it('findOrgPocket: the free room right under the partner between two tall neighbours, not under the whole drawing', () => {
    const areas = [
      { b0: 0, b1: 200, d0: 0, d1: 600 },
      { b0: 220, b1: 400, d0: 100, d1: 200 },
      { b0: 520, b1: 800, d0: 100, d1: 600 },
    ];
    const partner = areas[1]!;
    const at = findOrgPocket({ areas, boxes: [{ db: 0, dd: 0, width: 120, height: 50, partners: [partner] }], extent: { b0: 0, b1: 800, d0: 0, d1: 600 }, above: 40, beside: 20 });
    assert.deepEqual([at.b, at.d], [250, 240]);
    // With no room between the neighbours it goes under them, as near the partner as it can.
    const tight = findOrgPocket({ areas, boxes: [{ db: 0, dd: 0, width: 400, height: 50, partners: [partner] }], extent: { b0: 0, b1: 800, d0: 0, d1: 600 }, above: 40, beside: 20 });
    assert.equal(tight.d, 640);
  });

  it('positionOrgTree: an office linked to two councils under a bus stands under them, not in the roots\' row', () => {
    const kids = [item('a', 100, 40, [], { body: { ...item('a', 0, 0).body, lane: 'x' } as OrgTreeItem['body'] }), item('b', 100, 40, [], { body: { ...item('b', 0, 0).body, lane: 'y' } as OrgTreeItem['body'] })];
    const hq = item('hq', 120, 40, [item('council', 120, 40, kids)]);
    const office = item('office', 80, 40);
    const laid = positionOrgTree({ roots: [hq, office], arrangement: 'compact', laneRoom: 40, passing: [['office', 'a'], ['office', 'b']] });
    const at = (id: string) => laid.at.get(id)!;
    assert.ok(at('office').y >= at('a').y + 40, `office at ${JSON.stringify(at('office'))}, a at ${JSON.stringify(at('a'))}`);
    const without = positionOrgTree({ roots: [hq, office], arrangement: 'compact', laneRoom: 40, passing: [['office', 'hq']] });
    assert.equal(without.at.get('office')!.y, 0, 'an office linked to the root stays in the roots\' row');
  });
});
