// Issue 8: in the one-column arrangement (a phone, 360 px) a typed line longer than 800 px is not
// drawn down the gutter (governance's four 共同事務局 pairs and its 連携 line ran 1,800–1,930 px
// and crossed each other and 経産省's 所管 line 13 times): each of its boxes holds a badge naming
// the link, the way to the other end and the body there. Measured with the bundled Noto Sans JP.
import '../../src/words-en.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutOrgChart, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { routesCross } from '../../src/charts/org/layout/links.js';
import { countOrgNarrowTracks, ORG_STUB_NARROW } from '../../src/charts/org/layout/gutter.js';
import { collectVisible } from '../../src/charts/org/layout/visible.js';
import { orgNarrowBoxEstimate } from '../../src/charts/org/layout/arrange.js';
import { ORG_METRICS } from '../../src/charts/org/layout/metrics.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { loadOrg, overlapping, parseOrg } from './org-boxes.js';
import { ORG_UI } from '../../src/charts/org/words.js';
import { listOrgLegend } from '../../src/charts/org/legend.js';

const metrics = bundledFontMetrics();
assert.ok(metrics, 'the development copy of Noto Sans JP is installed');
const measure = createFontMeasure(metrics, 14);
const gov = loadOrg('governance.json');
const len = (p: readonly (readonly [number, number])[]) => p.slice(1).reduce((s, q, i) => s + Math.abs(q[0] - p[i]![0]) + Math.abs(q[1] - p[i]![1]), 0);

/** What a reader of the column sees of its typed lines: the lines drawn with their lengths, and each badge's words by box. */
function column(layout: OrgChartLayout) {
  const drawn = layout.links.filter((l) => !l.stubs);
  const badges = new Map<string, string[]>();
  for (const l of layout.links) {
    for (const [box, s] of l.stubs ? ([[l.from, l.stubs.from], [l.to, l.stubs.to]] as const) : []) {
      const words = s.lines!.join('/');
      const list = badges.get(box) ?? [];
      if (!list.includes(words)) list.push(words);
      badges.set(box, list);
    }
  }
  return { drawn, badges };
}

/** Problems a badge can have: outside its box, over its box's text, not naming the body its line goes to. */
function badgeProblems(layout: OrgChartLayout, locale: 'ja' | 'en' = 'ja'): string[] {
  const out: string[] = [];
  for (const l of layout.links) {
    for (const [box, other, s] of l.stubs ? ([[l.from, l.to, l.stubs.from], [l.to, l.from, l.stubs.to]] as const) : []) {
      const n = layout.byId.get(box)!;
      const b = s.badge;
      if (b.x < n.x || b.y < n.y || b.x + b.width > n.x + n.width || b.y + b.height > n.y + n.height) out.push(`${l.id} at ${box}: outside its box`);
      const lastText = Math.max(...n.lines.map((t) => t.y), ...n.counts.map((c) => c.y + c.height - 4));
      if (b.y < n.y + lastText) out.push(`${l.id} at ${box}: over the box's text`);
      if (s.partner !== other) out.push(`${l.id} at ${box}: goes to ${s.partner}, not ${other}`);
      const named = s.lines!.slice(s.row!.first, s.row!.first + s.row!.count).join('');
      const body = layout.byId.get(other)!.body;
      // A body hidden in a collapsed box's subtree is named as inside it (「…の配下」).
      const inside = box === l.from ? l.collapsedTo : l.collapsedFrom;
      const names = [body.name, ...body.aliases].map((n) => (inside ? ORG_UI[locale].linkBadgeInsideOf(n) : n));
      if (!names.includes(named)) out.push(`${l.id} at ${box}: names 「${named}」, not ${names[0]}`);
    }
  }
  return out;
}

describe('typed lines in the one column at 360 px (issue 8)', () => {
  it('governance: the 連携 line and the four 共同事務局 pairs are badges naming the other end; the 所管 lines stay, uncrossed', () => {
    const layout = layoutOrgChart({ doc: gov, width: 360, measure });
    assert.equal(layout.arrangement, 'narrow');
    const { drawn, badges } = column(layout);
    assert.deepEqual(drawn.map((l) => `${l.type} ${l.from}→${l.to}`), ['jurisdiction cao→amed', 'jurisdiction mext→amed', 'jurisdiction mhlw→amed', 'jurisdiction meti→amed']);
    for (const l of drawn) assert.ok(len(l.points) <= ORG_STUB_NARROW, `${l.id}: ${len(l.points)} px`);
    for (const a of drawn) for (const b of drawn) assert.ok(a === b || !routesCross(a.points, b.points), `${a.id} crosses ${b.id}`);
    assert.deepEqual(Object.fromEntries(badges), {
      hq: ['連携 ↓/国立研究開発法人日本/医療研究開発機構'],
      amed: ['連携 ↑/健康・医療戦略推進本部'],
      // Lines of one kind going one way from a box share a badge.
      'ict-platform': ['共同事務局 ↓×2/健康・医療戦略室/ＩＴ総合戦略室'],
      healthcare: ['共同事務局 ↓×2/健康・医療戦略室/経済産業省'],
      'office-hms': ['共同事務局 ↑×2/次世代医療ＩＣＴ基盤協議会/次世代ヘルスケア産業協議会'],
      'office-it': ['共同事務局 ↑/次世代医療ＩＣＴ基盤協議会'],
      meti: ['共同事務局 ↑/次世代ヘルスケア産業協議会'],
    });
    assert.deepEqual(badgeProblems(layout), []);
    assert.deepEqual(overlapping(layout), []);
    assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
  });

  it('governance in English: the same badges, in English words', () => {
    const layout = layoutOrgChart({ doc: gov, width: 360, measure, locale: 'en' });
    const { drawn, badges } = column(layout);
    assert.equal(drawn.length, 4);
    assert.match(badges.get('ict-platform')![0]!, /^Joint secretariat ↓×2\//);
    assert.deepEqual(badgeProblems(layout, 'en'), []);
    assert.deepEqual(overlapping(layout), []);
    assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
  });

  it('the generated 200 bodies as the element first draws them: no line over 800 px, every badge naming its other end', () => {
    const doc = parseOrg(generateOrganization({ bodies: 200, seed: 1 }));
    const collapsed = collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) });
    const layout = layoutOrgChart({ doc, width: 360, measure, collapsed });
    assert.equal(layout.arrangement, 'narrow');
    const { drawn, badges } = column(layout);
    for (const l of drawn) assert.ok(len(l.points) <= ORG_STUB_NARROW, `${l.id}: ${len(l.points)} px`);
    assert.ok(badges.size >= 10, `${badges.size} boxes with badges`);
    // A line from a body hidden in a collapsed box says so at that box: 「配下：所管 ↓」.
    const hidden = layout.links.find((l) => l.stubs && l.collapsedFrom)!;
    assert.match(hidden.stubs!.from.lines![0]!, /^配下：/);
    assert.deepEqual(badgeProblems(layout), []);
    assert.deepEqual(overlapping(layout), []);
    assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
  });

  it('keeps no gutter track for a line sure to be drawn as badges (governance: room for the four 所管 lines, not 8 tracks)', () => {
    const visible = collectVisible({ doc: gov, collapsed: new Set() });
    // Boxes at their least height (before anything is measured): the 連携 line and two pairs are sure to be long.
    assert.equal(countOrgNarrowTracks({ doc: gov, visible, collapsed: new Set(), metrics: ORG_METRICS }), 6);
    // Measured as wide as the column allows: every 共同事務局 pair is long too.
    const boxes = orgNarrowBoxEstimate({ doc: gov, width: 360, measure, measureSize: 14, locale: 'ja', metrics: ORG_METRICS });
    assert.equal(countOrgNarrowTracks({ doc: gov, visible, collapsed: new Set(), metrics: ORG_METRICS, boxes }), 4);
    const layout = layoutOrgChart({ doc: gov, width: 360, measure });
    const right = Math.max(...layout.nodes.map((n) => n.x + n.width), ...layout.lanes.map((l) => l.x + l.width));
    assert.equal(new Set(layout.links.filter((l) => !l.stubs).map((l) => l.points[1]![0] - right)).size, 4);
  });

  it('collapsing 推進会議 or 本部 narrows no box: every box keeps its text as it wrapped, the boxes above stay put (R10-3-2)', () => {
    const open = layoutOrgChart({ doc: gov, width: 360, measure });
    const text = (l: OrgChartLayout, id: string) => l.byId.get(id)!.lines.map((t) => t.text).join('/');
    for (const [id, above] of [['council', ['hq']], ['hq', []], ['intl-tf', ['hq', 'council', 'fund-tf']]] as const) {
      const shut = layoutOrgChart({ doc: gov, width: 360, measure, collapsed: new Set([id]) });
      assert.equal(shut.arrangement, 'narrow');
      for (const n of shut.nodes) {
        const before = open.byId.get(n.id)!;
        assert.equal(text(shut, n.id), text(open, n.id), `${n.id} re-wrapped when ${id} collapsed`);
        // Only a box whose badges name another body now may widen for them (「…の配下」).
        if (!shut.links.some((l) => l.stubs && (l.from === n.id || l.to === n.id))) assert.equal(n.width, before.width, `${n.id} ${before.width} → ${n.width} px wide when ${id} collapsed`);
      }
      assert.equal(shut.byId.get(id)!.width, open.byId.get(id)!.width, `${id} itself keeps its width`);
      for (const a of above) assert.deepEqual([shut.byId.get(a)!.y, shut.byId.get(a)!.height], [open.byId.get(a)!.y, open.byId.get(a)!.height], `${a} above ${id}`);
      // The lines into the collapsed box stay badges: the gutter draws the four 所管 lines only.
      assert.equal(shut.links.filter((l) => !l.stubs).length, 4);
      assert.deepEqual(badgeProblems(shut), []);
      assert.deepEqual(overlapping(shut), []);
    }
  });

  it('the legend shows each link type as it is drawn: at 360 px 連携 and 共同事務局 as badges, 所管 as a line (R10-3-3)', () => {
    const keys = (width: number, collapsed = new Set<string>()) => listOrgLegend({ doc: gov, layout: layoutOrgChart({ doc: gov, width, measure, collapsed }), locale: 'ja' });
    const narrow = keys(360);
    assert.deepEqual(narrow.map((e) => e.key), ['tree', 'badge:cooperation', 'badge:joint-secretariat', 'jurisdiction']);
    assert.equal(narrow.find((e) => e.key === 'badge:cooperation')!.label, '連携：線は省略し、両端の箱に「連携 ↓ 相手の名称」（押すと相手へ）');
    // Collapsed, the lines into 推進会議 are badges too (「配下：共同事務局」): no ○ end is drawn, so none is in the legend.
    assert.deepEqual(keys(360, new Set(['council'])).map((e) => e.key), ['tree', 'badge:cooperation', 'badge:joint-secretariat', 'jurisdiction']);
    // Spread over 1280 px every type is a line.
    assert.deepEqual(keys(1280).map((e) => e.key), ['tree', 'cooperation', 'joint-secretariat', 'jurisdiction']);
  });

  it('in a file (no ⊖ on an open box) a box with children holds its badges right under its text, as a leaf does: no empty toggle row', () => {
    /** Per box with badges: px from its last text baseline to its first badge's top, and whether it has children. */
    const gaps = (layout: OrgChartLayout) => {
      const out = new Map<string, { gap: number; parent: boolean }>();
      for (const l of layout.links) {
        for (const [id, s] of l.stubs ? ([[l.from, l.stubs.from], [l.to, l.stubs.to]] as const) : []) {
          const node = layout.byId.get(id)!;
          const gap = Math.round(s.badge.y - (node.y + node.lines.at(-1)!.y));
          out.set(id, { gap: Math.min(gap, out.get(id)?.gap ?? gap), parent: node.childCount > 0 });
        }
      }
      return [...out.values()];
    };
    for (const locale of ['ja', 'en'] as const) {
      const page = gaps(layoutOrgChart({ doc: gov, width: 360, measure, locale }));
      const file = gaps(layoutOrgChart({ doc: gov, width: 360, measure, locale, file: true }));
      const leaf = Math.max(...file.filter((g) => !g.parent).map((g) => g.gap));
      const parents = file.filter((g) => g.parent);
      assert.ok(parents.length > 0 && file.some((g) => !g.parent), JSON.stringify(file));
      // (box.ts keeps up to 5 px more under a last line that runs under the middle of a box with
      // children, where a page's ⊖ reaches up into it: room, not a row.)
      assert.ok(parents.every((g) => g.gap <= leaf + 5), `${locale}: file ${JSON.stringify(file)}`);
      // The page keeps the row: its ⊖ stands there on a rule (R11-3-1).
      assert.ok(page.filter((g) => g.parent).every((g) => g.gap >= leaf + 12), `${locale}: page ${JSON.stringify(page)}`);
    }
  });
});
