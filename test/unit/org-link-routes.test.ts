/**
 * What a reader follows along the org chart's typed links (issue 8): routes that go the short
 * way round, one band per lane, labels that stand by their own line and apart from each other.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutOrgChart, ORG_STUB_ROUTE, type OrgChartLayout, type OrgLinkLayout } from '../../src/charts/org/layout/index.js';
import { countRouteCrossings, retryOrgRoutes, unhookOrgRoute, type RetryCosts, type Routed, type RouteAttempt } from '../../src/charts/org/layout/links.js';
import type { OrgLinkGroup } from '../../src/charts/org/layout/folded.js';
import { collapseBelowDepth, chooseCollapsedDepth } from '../../src/charts/org/tree-index.js';
import { countOrgPassingLines, ORG_PASS_FROM_BUS } from '../../src/charts/org/layout/position.js';
import { fitOrgSlide } from '../../src/charts/org/slide.js';
import { orgTogglePoint } from '../../src/charts/org/fit.js';
import { renderOrgDetails } from '../../src/charts/org/details.js';
import { listOrgLegend } from '../../src/charts/org/legend.js';
import { renderOrgChartSvg } from '../../src/charts/org/render.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { loadOrg, parseOrg } from './org-boxes.js';
import '../../src/words-en.js';

const measure = createApproxMeasure(14);
/** The bundled Noto Sans JP's metrics: the layout the browser (and the CLI) draws, to the px (approx measure: wider Latin). */
const notoMeasure = createFontMeasure(bundledFontMetrics()!, 14);
const parse = parseOrg;
const governance = loadOrg('governance.json');

const lengthOf = (l: OrgLinkLayout) => l.points.slice(1).reduce((s, p, i) => s + Math.abs(p[0] - l.points[i]![0]) + Math.abs(p[1] - l.points[i]![1]), 0);
/** The distance between the centres of a link's two boxes, across plus down. */
function apart(layout: OrgChartLayout, l: OrgLinkLayout): number {
  const a = layout.byId.get(l.from)!;
  const b = layout.byId.get(l.to)!;
  return Math.abs(a.x + a.width / 2 - (b.x + b.width / 2)) + Math.abs(a.y + a.height / 2 - (b.y + b.height / 2));
}

describe('link routes go the short way', () => {
  it('on a 1920×1080 slide, every 共同事務局 line keeps near the straight way between its boxes and never runs under the drawing', () => {
    const fit = fitOrgSlide({ doc: governance, width: 1904, height: 900, fontSize: 20, measure, measureSize: 14 });
    const { layout } = fit;
    const lowest = Math.max(...layout.nodes.map((n) => n.y + n.height));
    const joint = layout.links.filter((l) => l.type === 'joint-secretariat');
    assert.equal(joint.length, 4);
    for (const l of joint) {
      assert.equal(l.crossings, 0, `${l.from} → ${l.to} crosses no box`);
      assert.ok(lengthOf(l) <= apart(layout, l) * 1.3 + 200, `${l.from} → ${l.to}: ${lengthOf(l)} px for boxes ${apart(layout, l)} px apart`);
      assert.ok(Math.max(...l.points.map((p) => p[1])) <= lowest, `${l.from} → ${l.to} stays above the lowest box's bottom (${lowest})`);
    }
  });
});

const gap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width), a.y - (b.y + b.height), b.y - (a.y + a.height));
/** The pieces of a route as thin rectangles (its stroke: 3 px either side of a double line, 1 px of others). */
const strokeOf = (l: OrgLinkLayout) =>
  l.points.slice(1).map((q, i) => {
    const p = l.points[i]!;
    const w = l.type === 'joint-secretariat' ? 3 : 1;
    return { x: Math.min(p[0], q[0]) - w, y: Math.min(p[1], q[1]) - w, width: Math.abs(q[0] - p[0]) + 2 * w, height: Math.abs(q[1] - p[1]) + 2 * w };
  });
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('link labels stand by their own line, apart from each other', () => {
  for (const locale of ['ja', 'en'] as const) {
    for (const width of [800, 1280, 1920]) {
      it(`governance, ${locale}, ${width} px: no label over another line or a box, labels at least 8 px apart`, () => {
        const layout = layoutOrgChart({ doc: governance, width, measure: notoMeasure, measureSize: 14, locale });
        const labelled = layout.links.filter((l) => l.labelBox);
        for (const l of labelled) {
          for (const other of layout.links) {
            // A line of the same name with no label of its own, named by this one (its bundle, `labelAlso`): the label may lie across it.
            if (other === l || other.stubs || (other.label === l.label && !other.labelBox && l.labelAlso?.includes(other.id))) continue;
            assert.ok(!strokeOf(other).some((r) => overlap(r, l.labelBox!)), `${l.label} (${l.from} → ${l.to}) lies over the line ${other.from} → ${other.to}`);
          }
          for (const n of layout.nodes) assert.ok(!overlap(n, l.labelBox!), `${l.label} (${l.from} → ${l.to}) lies over the box ${n.id}`);
        }
        for (let i = 0; i < labelled.length; i++)
          for (let j = i + 1; j < labelled.length; j++) {
            const a = labelled[i]!;
            const b = labelled[j]!;
            assert.ok(gap(a.labelBox!, b.labelBox!) >= 8, `${a.label} (${a.from}) and ${b.label} (${b.from}) ${gap(a.labelBox!, b.labelBox!)} px apart`);
          }
      });
    }
  }
});

describe('one band per lane', () => {
  for (const width of [800, 1280, 1920]) {
    it(`governance at ${width} px: each lane is one band, its name drawn once`, () => {
      const layout = layoutOrgChart({ doc: governance, width, measure, measureSize: 14 });
      for (const lane of governance.lanes) assert.equal(layout.lanes.filter((l) => l.lane.id === lane.id).length, 1, lane.name);
    });
  }
  it('governance on the slide: each lane is one band', () => {
    const { layout } = fitOrgSlide({ doc: governance, width: 1904, height: 900, fontSize: 20, measure, measureSize: 14 });
    for (const lane of governance.lanes) assert.equal(layout.lanes.filter((l) => l.lane.id === lane.id).length, 1, lane.name);
  });
});

describe('a line too long to follow becomes a badge at each end', () => {
  const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
  it('generated 200 bodies at 800 px: 本部 and AMED carry 「連携 ↓ AMED」 and 「連携 ↑」 badges inside their boxes; every badge stands clear of boxes and other badges; at most one line (no clear place for its badges) still drawn whole past ORG_STUB_ROUTE', () => {
    const layout = layoutOrgChart({ doc, width: 800, measure, measureSize: 14 });
    const toAmed = layout.links.find((l) => l.type === 'cooperation' && l.from === 'hq')!;
    assert.ok(toAmed.stubs, 'drawn as badges');
    assert.equal(toAmed.labelBox, undefined);
    const hq = layout.byId.get('hq')!;
    const amed = layout.byId.get(toAmed.to)!;
    assert.equal(toAmed.stubs.from.text, '連携 ↓ AMED①');
    assert.equal(toAmed.stubs.to.text, '連携 ↑①');
    assert.match(toAmed.stubs.to.title, /健康・医療戦略推進本部/u);
    for (const [box, s] of [[hq, toAmed.stubs.from], [amed, toAmed.stubs.to]] as const) {
      const b = s.badge;
      assert.ok(b.x >= box.x && b.x + b.width <= box.x + box.width && b.y >= box.y && b.y + b.height <= box.y + box.height, `${s.text} inside ${box.id}`);
      assert.ok(b.x >= box.x + box.badge.width + 8, `${s.text} clear of the kind badge`);
    }
    // Every badge stands clear: inside its own box right of the kind badge, or outside every box;
    // no two badges overlap. Lines whose badges found no clear place are drawn whole.
    const badges = layout.links.flatMap((l) => (l.stubs ? [[l.from, l.stubs.from] as const, [l.to, l.stubs.to] as const] : []));
    assert.ok(badges.length >= 8, `${badges.length} badges`);
    for (const [id, s] of badges) {
      const own = layout.byId.get(id)!;
      for (const n of layout.nodes) {
        if (n === own && !s.points.length) assert.ok(s.badge.x >= n.x + n.badge.width + 8 && s.badge.x + s.badge.width <= n.x + n.width, `${s.text} on ${id} inside, clear of its kind badge`);
        else assert.ok(!overlap(s.badge, n), `${s.text} of ${id} over the box ${n.id}`);
      }
    }
    for (let i = 0; i < badges.length; i++) for (let j = i + 1; j < badges.length; j++) assert.ok(!overlap(badges[i]![1].badge, badges[j]![1].badge), 'badges apart');
    const long = layout.links.filter((l) => !l.stubs && lengthOf(l) > ORG_STUB_ROUTE);
    assert.ok(long.length <= 1, `still drawn whole: ${long.map((l) => `${l.from} → ${l.to}`).join(', ')}`);
  });
  // As the element draws it: collapsed below the depth chosen for its size, the bundled font's widths.
  const collapsed = collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) });
  const named = (layout: OrgChartLayout, name: string) => layout.nodes.find((n) => n.body.name === name)!;
  for (const width of [800, 1280]) {
  it(`generated 200 bodies at ${width} px, collapsed: no line is drawn past ORG_STUB_ROUTE; 認知症対策サブワーキンググループ, where three long lines end whose badges do not stand side by side on its badge line (even compact, 「助言↓」), counts them in its folded-link badge 「連携等 3」 right of its kind 「WG」; their other ends keep their badges`, () => {
    const layout = layoutOrgChart({ doc, width, measure: notoMeasure, measureSize: 14, collapsed });
    const long = layout.links.filter((l) => !l.stubs && lengthOf(l) > ORG_STUB_ROUTE);
    assert.deepEqual(long.map((l) => `${l.from} → ${l.to} ${lengthOf(l)} px`), []);
    const wg = named(layout, '認知症対策サブワーキンググループ');
    assert.deepEqual(wg.badge.text, 'WG');
    assert.equal(wg.badge.full, 'ワーキンググループ');
    const mine = layout.links.filter((l) => l.stubs && (l.from === wg.id || l.to === wg.id));
    assert.equal(mine.length, 3, mine.map((l) => l.id).join(', '));
    const f = wg.foldedBadge!;
    assert.ok(f, 'a folded-link badge');
    assert.equal(f.count, 3);
    // (After the count, the numbers its lines' other ends carry: pairs-s14, R13-9-1.)
    assert.match(f.text, /^連携等 3 (?:[①-⑳]){3}$/u);
    assert.ok(f.x >= layout.metrics.padding + wg.badge.width + 8 && f.x + f.width <= wg.width - layout.metrics.padding + 0.5, 'inside, right of 「WG」');
    // Its rings stand apart, inside the chip (R14-4-1: touching rings read as one chain).
    const rings = f.rings ?? [];
    assert.equal(rings.length, 3);
    for (const [i, r] of rings.entries()) {
      assert.ok(r.x >= f.x && r.x + r.width <= f.x + f.width, `ring ${i} inside the chip`);
      if (i) assert.ok(r.x - (rings[i - 1]!.x + rings[i - 1]!.width) >= 3, `ring ${i} is ${r.x - (rings[i - 1]!.x + rings[i - 1]!.width)} px from the one before`);
    }
    for (const l of mine) {
      const [here, there, other] = l.from === wg.id ? [l.stubs!.from, l.stubs!.to, l.to] : [l.stubs!.to, l.stubs!.from, l.from];
      assert.ok(here.folded, `${l.id}: counted by the folded-link badge`);
      const box = layout.byId.get(other)!;
      assert.ok(!there.folded && !there.points.length && there.badge.x >= box.x && there.badge.x + there.badge.width <= box.x + box.width, `${l.id}: 「${there.text}」 inside ${box.body.name}`);
      assert.match(there.title, /認知症対策サブワーキンググループ/u);
    }
    // Drawn: the count once, and no chip for the folded ends.
    const view = { k: 1, tx: 0, ty: 0, width: layout.bounds.width, height: layout.bounds.height };
    const markup = collectResultSync(render(renderOrgChartSvg({ layout, view, locale: 'ja', names: new Map(), label: 'test' })));
    assert.equal([...markup.matchAll(/連携等 3/gu)].length, 1);
    assert.equal([...markup.matchAll(/<g class="link-label link-stub/gu)].length, layout.links.reduce((n, l) => n + (l.stubs ? Number(!l.stubs.from.folded) + Number(!l.stubs.to.folded) : 0), 0));
    // Only a box holding a link's badge takes the short word.
    const holders = new Set(layout.links.flatMap((l) => (l.stubs ? [l.from, l.to] : [])));
    assert.deepEqual(layout.nodes.filter((n) => n.badge.full && !holders.has(n.id)).map((n) => n.body.name), []);
  });
  }
  for (const width of [800, 1280]) {
    it(`generated 200 bodies at ${width} px, collapsed: the two badges of a line pair up on paper: each names the other end, or both carry the same number (①), one number per line (R12-4-1)`, () => {
      const layout = layoutOrgChart({ doc, width, measure: notoMeasure, measureSize: 14, collapsed });
      const shortest = (id: string) => { const b = layout.byId.get(id)!.body; return [b.name, ...b.aliases].map((n) => n.replace(/^[（(](.*)[）)]$/u, '$1')); };
      const stubbed = layout.links.filter((l) => l.stubs && !l.stubs.from.lines);
      assert.ok(stubbed.length >= 4, `${stubbed.length} lines drawn as badges`);
      // A box where several long lines end (認知症対策サブWG) holds their badges compact, with no
      // room for a number: there the tooltip alone names the other end (left open, R12-4-1).
      const held = new Map<string, number>();
      for (const l of stubbed) for (const id of [l.from, l.to]) held.set(id, (held.get(id) ?? 0) + 1);
      const marks: string[] = [];
      for (const l of stubbed) {
        const { from, to } = l.stubs!;
        const named = shortest(l.to).some((n) => from.text.includes(n)) && shortest(l.from).some((n) => to.text.includes(n));
        if (named || held.get(l.from)! > 1 || held.get(l.to)! > 1) continue;
        assert.ok(from.mark && from.mark === to.mark, `${l.from} → ${l.to}: 「${from.text}」 and 「${to.text}」 name no partner and share no number`);
        assert.ok(from.text.endsWith(from.mark) && to.text.endsWith(to.mark), `the number shows: 「${from.text}」 「${to.text}」`);
        marks.push(from.mark);
      }
      assert.ok(marks.length >= 1, 'some line numbered');
      assert.equal(new Set(marks).size, marks.length, `one number per line: ${marks.join(' ')}`);
      // The legend says what the number means.
      const legend = listOrgLegend({ doc, layout, locale: 'ja' }).map((e) => e.label).join('\n');
      assert.match(legend, /か同じ番号「[^」]*①」/u);
    });
  }
  for (const width of [800, 1280]) {
    it(`generated 200 bodies at ${width} px, collapsed: the 連携 line from 地域次世代医療機器ワーキンググループ (ＩＣＴ) into 地域医薬品の適正使用作業部会, three columns to the left, is drawn as a badge at each end, not through the columns' lines`, () => {
      const layout = layoutOrgChart({ doc, width, measure: notoMeasure, measureSize: 14, collapsed });
      const [a, b] = [named(layout, '地域次世代医療機器ワーキンググループ'), named(layout, '地域医薬品の適正使用作業部会')];
      const line = layout.links.find((l) => l.type === 'cooperation' && [l.from, l.to].sort().join() === [a.id, b.id].sort().join())!;
      assert.ok(line.collapsedFrom || line.collapsedTo, 'a line into a collapsed subtree');
      assert.ok(lengthOf(line) <= ORG_STUB_ROUTE, 'not too long: the badges are for the columns it crosses');
      assert.ok(line.stubs, 'drawn as badges');
      assert.match(line.stubs.from.text + line.stubs.to.text, /連携/u);
    });
  }
  for (const width of [800, 1280]) {
    it(`generated 200 bodies at ${width} px, collapsed: the 連携 line from 医療ＩＣＴ基盤推進会議 into 統合的臨床研究・治験検討会議 (hung two deep below it) crosses no tree connector, and ends on its side 22 px or more below its 「連携 ↑」 badge (R12-8-1: the two read as one relation)`, () => {
      const layout = layoutOrgChart({ doc, width, measure: notoMeasure, measureSize: 14, collapsed });
      const [from, to] = [named(layout, '医療ＩＣＴ基盤推進会議'), named(layout, '統合的臨床研究・治験検討会議')];
      const line = layout.links.find((l) => !l.stubs && l.from === from.id && l.to === to.id)!;
      assert.ok(line, 'drawn as a line');
      // At 1280 px the way round the wide box on the right (its free side), not across its ancestors' two lines.
      const crossed = layout.edges.filter((e) => countRouteCrossings(line.points, e.points) > 0).map((e) => `${e.from} → ${e.to}`);
      assert.deepEqual(crossed, []);
      const badge = layout.links.find((l) => l.stubs && l.to === to.id)!.stubs!.to;
      assert.match(badge.text, /連携 ↑/u);
      const end = line.points[line.points.length - 1]!;
      assert.equal(end[0], to.x + to.width, 'into its right side, where the badge stands');
      assert.ok(end[1] >= badge.badge.y + badge.badge.height + 22, `ends at y ${end[1]}, the badge's bottom at ${badge.badge.y + badge.badge.height}`);
    });
  }
  it('generated 200 bodies at 1280 px, collapsed: that 連携 line, round the wide box on the right, runs 21 px or more off the ＩＣＴ band\'s edge beside it (R13-5-1: 6 px beside the dotted edge read as a doubled edge)', () => {
    const layout = layoutOrgChart({ doc, width: 1280, measure: notoMeasure, measureSize: 14, collapsed });
    const [from, to] = [named(layout, '医療ＩＣＴ基盤推進会議'), named(layout, '統合的臨床研究・治験検討会議')];
    const line = layout.links.find((l) => !l.stubs && l.from === from.id && l.to === to.id)!;
    const edges = layout.lanes.flatMap((b) => b.outline.flatMap((ring) => piecesOf([...ring, ring[0]!])));
    let beside = 0;
    for (const p of piecesOf(line.points)) {
      for (const e of edges) {
        if (e.horizontal !== p.horizontal || Math.min(p.to, e.to) - Math.max(p.from, e.from) <= 20) continue;
        beside++;
        assert.ok(Math.abs(p.at - e.at) >= 21, `${JSON.stringify(p)} runs ${Math.abs(p.at - e.at)} px beside a band's edge`);
      }
    }
    assert.ok(beside > 0, 'runs beside a band (not vacuous)');
  });
  for (const [width, a, b] of [[800, '医療国際展開有識者会合', '国際医薬パートナーシップ検討ワーキンググループ'], [1280, '医療国際展開サブワーキンググループ（ゲノム医療及び医薬品の適正使用に関する専門調査会を含む）', '認知症対策サブワーキンググループ（ゲノム医療及びゲノム医療に関する有識者会合を含む）']] as const) {
    it(`generated 200 bodies at ${width} px, collapsed: the line from ${a.slice(0, 12)}… into the collapsed ${b.slice(0, 12)}…, across the two lines of the column it hangs in, is drawn as a numbered badge at each end`, () => {
      const layout = layoutOrgChart({ doc, width, measure: notoMeasure, measureSize: 14, collapsed });
      const [p, q] = [named(layout, a), named(layout, b)];
      const line = layout.links.find((l) => l.from === p.id && l.to === q.id)!;
      assert.ok(line.collapsedTo, 'into a collapsed subtree');
      assert.ok(lengthOf(line) <= ORG_STUB_ROUTE, 'not too long: the badges are for the column lines it would cross');
      assert.ok(line.stubs, 'drawn as badges');
      assert.ok(line.stubs.from.mark && line.stubs.from.mark === line.stubs.to.mark, `「${line.stubs.from.text}」 「${line.stubs.to.text}」 share a number`);
    });
  }
  it('generated 200 bodies at 800 px, collapsed: the 連携 line into 統合的臨床研究・治験検討会議 from the ＩＣＴ council above it crosses no tree connector (the long 連携 line drawn as badges no longer takes its track beside the column)', () => {
    const layout = layoutOrgChart({ doc, width: 800, measure: notoMeasure, measureSize: 14, collapsed });
    const to = named(layout, '統合的臨床研究・治験検討会議');
    const lines = layout.links.filter((l) => !l.stubs && l.to === to.id);
    assert.equal(lines.length, 1);
    const crossed = layout.edges.filter((e) => countRouteCrossings(lines[0]!.points, e.points) > 0).map((e) => `${e.from} → ${e.to}`);
    assert.deepEqual(crossed, []);
    assert.ok(layout.links.some((l) => l.stubs && l.to === to.id), 'its long 連携 line drawn as badges');
  });
});

describe('lines into one box do not cross one another', () => {
  /** Whether a horizontal and a vertical piece of two routes cross (strictly inside both). */
  const cross = (p: OrgLinkLayout['points'], q: OrgLinkLayout['points']) => {
    for (let i = 1; i < p.length; i++)
      for (let j = 1; j < q.length; j++) {
        const [a, b] = [p[i - 1]!, p[i]!];
        const [c, d] = [q[j - 1]!, q[j]!];
        const [h0, h1, v0, v1] = a[1] === b[1] ? [a, b, c, d] : [c, d, a, b];
        if (h0[1] !== h1[1] || v0[0] !== v1[0]) continue;
        const y = h0[1];
        const x = v0[0];
        if (x > Math.min(h0[0], h1[0]) && x < Math.max(h0[0], h1[0]) && y > Math.min(v0[1], v1[1]) && y < Math.max(v0[1], v1[1])) return true;
      }
    return false;
  };
  for (const width of [800, 1280, 1920]) {
    it(`governance at ${width} px: the four 所管 lines into AMED reach it without crossing`, () => {
      const layout = layoutOrgChart({ doc: governance, width, measure, measureSize: 14 });
      const lines = layout.links.filter((l) => l.type === 'jurisdiction' && l.to === 'amed');
      assert.equal(lines.length, 4);
      for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) assert.ok(!cross(lines[i]!.points, lines[j]!.points), `${lines[i]!.from} and ${lines[j]!.from} cross`);
    });
  }
});

describe('the details panel says which links are drawn as badges', () => {
  it('本部 at 800 px (generated 200 bodies): its 連携 with AMED is listed with 「線は省略」, its other links without', () => {
    const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const layout = layoutOrgChart({ doc, width: 800, measure, measureSize: 14 });
    const stubbed = new Set(layout.links.flatMap((l) => (l.stubs ? l.links : [])));
    const html = collectResultSync(render(renderOrgDetails({ doc, id: 'hq', locale: 'ja', folded: [], onClose: () => {}, stubbed })));
    const rows = [...html.matchAll(/<div>(.*?)<\/div>/gsu)].map((m) => m[1]!.replace(/<[^>]*>/gu, ''));
    const amed = rows.find((r) => r.startsWith('連携') && r.includes('AMED'));
    assert.ok(amed, rows.join(' | '));
    assert.match(amed, /線は省略/u);
    const plain = collectResultSync(render(renderOrgDetails({ doc, id: 'hq', locale: 'ja', folded: [], onClose: () => {} })));
    assert.doesNotMatch(plain, /線は省略/u, 'without the layout, nothing is said');
  });
});

describe('every line ends at its own point of a box', () => {
  it('governance from 640 to 1920 px: no two line ends on one box are closer than 12 px (no shared arrowhead)', () => {
    for (let width = 640; width <= 1920; width += 160) {
      const layout = layoutOrgChart({ doc: governance, width, measure, measureSize: 14 });
      const ends = new Map<string, Array<readonly [number, number]>>();
      for (const l of layout.links) {
        ends.set(l.from, [...(ends.get(l.from) ?? []), l.points[0]!]);
        ends.set(l.to, [...(ends.get(l.to) ?? []), l.points[l.points.length - 1]!]);
      }
      for (const [id, list] of ends)
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++) {
            const d = Math.abs(list[i]![0] - list[j]![0]) + Math.abs(list[i]![1] - list[j]![1]);
            assert.ok(d >= 12, `${width} px: two ends on ${id} ${d} px apart (${list[i]} / ${list[j]})`);
          }
    }
  });
});

describe('a line drawn as end badges renders on the server (CLI files, server rendering)', () => {
  it("generated 200 bodies at 800 px: the badges carry the other end's full name as their title, escaped", () => {
    const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const layout = layoutOrgChart({ doc, width: 800, measure, measureSize: 14 });
    assert.ok(layout.links.some((l) => l.stubs), 'some line is drawn as badges');
    const view = { k: 1, tx: 0, ty: 0, width: layout.bounds.width, height: layout.bounds.height };
    const markup = collectResultSync(render(renderOrgChartSvg({ layout, view, locale: 'ja', names: new Map(), label: 'test' })));
    const titles = [...markup.matchAll(/<g class="link-label link-stub[^"]*"[^>]*>(?:<!--[^>]*-->)*<title>(.*?)<\/title>/gsu)].map((m) => m[1]!);
    assert.ok(titles.some((t) => t.includes('健康・医療戦略推進本部')), titles.join(' | '));
  });
});

// What a reader sees of the lines between bodies (issue 8, 2026-12-02), in the layout the browser
// and the CLI draw (the bundled Noto Sans JP's metrics).
type Piece = { horizontal: boolean; at: number; from: number; to: number };
const piecesOf = (points: readonly (readonly [number, number])[]): Piece[] =>
  points.slice(1).flatMap((q, i) => {
    const p = points[i]!;
    if (p[0] === q[0] && p[1] === q[1]) return [];
    const horizontal = p[1] === q[1];
    return [{ horizontal, at: horizontal ? p[1] : p[0], from: Math.min(horizontal ? p[0] : p[1], horizontal ? q[0] : q[1]), to: Math.max(horizontal ? p[0] : p[1], horizontal ? q[0] : q[1]) }];
  });
/** Where two pieces cross (one through the other, or through its corner). */
const crossing = (a: Piece, b: Piece) => a.horizontal !== b.horizontal && b.at > a.from && b.at < a.to && a.at >= b.from && a.at <= b.to;
/** The tree's connectors as a reader sees them: collinear pieces that overlap (a column's line, shared by its boxes' connectors) as one. */
function treePiecesOf(layout: OrgChartLayout): Piece[] {
  const all = layout.edges.flatMap((e) => piecesOf(e.points)).sort((p, q) => Number(p.horizontal) - Number(q.horizontal) || p.at - q.at || p.from - q.from);
  const out: Piece[] = [];
  for (const p of all) {
    const last = out[out.length - 1];
    if (last && last.horizontal === p.horizontal && last.at === p.at && p.from <= last.to) last.to = Math.max(last.to, p.to);
    else out.push({ ...p });
  }
  return out;
}
/** The distance from a rectangle to a piece's centre line (0 when it covers it). */
const distanceTo = (r: { x: number; y: number; width: number; height: number }, p: Piece) => {
  const [x0, x1, y0, y1] = p.horizontal ? [p.from, p.to, p.at, p.at] : [p.at, p.at, p.from, p.to];
  return Math.hypot(Math.max(0, r.x - x1, x0 - (r.x + r.width)), Math.max(0, r.y - y1, y0 - (r.y + r.height)));
};
const layNoto = (width: number, locale: 'ja' | 'en' = 'ja') => layoutOrgChart({ doc: governance, width, measure: notoMeasure, measureSize: 14, locale });
/** The drawing on a 1920×1080 slide as the element and the CLI fit it: 1888 px across, about 900 px under the title and above the legend. */
const slideWeb = (locale: 'ja' | 'en' = 'ja') => fitOrgSlide({ doc: governance, width: 1888, height: 900, fontSize: 20, measure: notoMeasure, measureSize: 14, locale }).layout;
const slideNoto = (locale: 'ja' | 'en' = 'ja') => fitOrgSlide({ doc: governance, width: 1904, height: 1080, fontSize: 20, measure: notoMeasure, measureSize: 14, locale }).layout;

describe('governance: typed lines read one way (2026-12-02)', () => {
  it('at 1280 px 健康・医療戦略室 → ヘルスケア crosses no 所管 line, passes no gap under 30 px between two boxes, and crosses the tree once at most', () => {
    const layout = layNoto(1280);
    const line = layout.links.find((l) => l.from === 'office-hms' && l.to === 'healthcare')!;
    const own = piecesOf(line.points);
    for (const other of layout.links.filter((l) => l.type === 'jurisdiction')) {
      for (const p of own) for (const q of piecesOf(other.points)) assert.ok(!crossing(p, q) && !crossing(q, p), `crosses ${other.from} → ${other.to}'s 所管 line at ${JSON.stringify(p)}`);
    }
    // A piece between two boxes facing each other across it, less than 30 px apart.
    for (const p of own) {
      const beside = layout.nodes.filter((n) => (p.horizontal ? n.x < p.to && n.x + n.width > p.from : n.y < p.to && n.y + n.height > p.from));
      const before = beside.filter((n) => (p.horizontal ? n.y + n.height <= p.at : n.x + n.width <= p.at)).map((n) => (p.horizontal ? n.y + n.height : n.x + n.width));
      const after = beside.filter((n) => (p.horizontal ? n.y >= p.at : n.x >= p.at)).map((n) => (p.horizontal ? n.y : n.x));
      if (before.length && after.length) assert.ok(Math.min(...after) - Math.max(...before) >= 30, `${JSON.stringify(p)} runs through a ${Math.min(...after) - Math.max(...before)} px gap`);
    }
    const tree = treePiecesOf(layout);
    const crossed = own.reduce((n, p) => n + tree.filter((q) => crossing(p, q) || crossing(q, p)).length, 0);
    assert.ok(crossed <= 1, `crosses ${crossed} tree connectors`);
  });

  for (const [name, lay] of [
    ['1280 px', () => layNoto(1280)],
    ['1280 px, en', () => layNoto(1280, 'en')],
    ['the 1920×1080 slide', slideNoto],
    ['the 1920×1080 slide (web)', () => slideWeb()],
  ] as Array<[string, () => OrgChartLayout]>) {
    it(`${name}: 健康・医療戦略室 → ヘルスケア crosses no tree connector where it runs beside ヘルスケア (16 px or nearer: the pair would seem to join the 市場開拓 column's line at its stub, R11-4-1)`, () => {
      const layout = lay();
      const box = layout.byId.get('healthcare')!;
      const line = layout.links.find((l) => l.from === 'office-hms' && l.to === 'healthcare')!;
      const beside = treePiecesOf(layout).filter((q) =>
        q.horizontal
          ? q.to > box.x && q.from < box.x + box.width && Math.min(Math.abs(q.at - box.y), Math.abs(q.at - box.y - box.height)) <= 16
          : q.to > box.y && q.from < box.y + box.height && Math.min(Math.abs(q.at - box.x), Math.abs(q.at - box.x - box.width)) <= 16,
      );
      for (const p of piecesOf(line.points)) {
        for (const q of beside) {
          // Where they cross: beside the box's side, within its extent.
          const at = p.horizontal ? q.at : p.at;
          const along = p.horizontal ? p.at : q.at;
          const within = q.horizontal ? at > box.x && at < box.x + box.width : along > box.y && along < box.y + box.height;
          assert.ok(!((crossing(p, q) || crossing(q, p)) && within), `${JSON.stringify(line.points)} crosses the connector at ${q.at} beside ヘルスケア (${box.x},${box.y} ${box.width}×${box.height})`);
        }
      }
    });
  }

  // Left-right, 経産省 stands in the ministries' column under 推進会議's line, and ヘルスケア is the
  // first of the three boxes of the 市場開拓 band on that line: up beside the line, a route crosses
  // the stubs of both task forces below ヘルスケア (R13-1-1); across the line, its bus.
  for (const [name, lay] of [
    ['left-right at 1280 px', () => layoutOrgChart({ doc: governance, width: 1280, orientation: 'left-right', measure: notoMeasure, measureSize: 14 })],
    ['left-right on the 1920×1080 slide', () => fitOrgSlide({ doc: governance, width: 1888, height: 880, fontSize: 20, measure: notoMeasure, measureSize: 14, orientation: 'left-right' }).layout],
  ] as Array<[string, () => OrgChartLayout]>) {
    it(`${name}: 経産省 → ヘルスケア goes round the 市場開拓 band, crossing no tree connector nor typed line, 21 px or more off the band's edges (R13-1-1)`, () => {
      const layout = lay();
      const line = layout.links.find((l) => l.from === 'meti' && l.to === 'healthcare')!;
      const own = piecesOf(line.points);
      const tree = treePiecesOf(layout);
      const crossed = own.flatMap((p) => tree.filter((q) => crossing(p, q) || crossing(q, p)).map((q) => `${q.horizontal ? 'y' : 'x'} ${q.at}`));
      assert.deepEqual(crossed, [], `${JSON.stringify(line.points)} crosses the tree`);
      for (const other of layout.links.filter((l) => l !== line)) {
        for (const p of own) for (const q of piecesOf(other.points)) assert.ok(!crossing(p, q) && !crossing(q, p), `crosses ${other.from} → ${other.to} at ${JSON.stringify(p)}`);
      }
      // Beside a band's edge, along it: as a doubled edge (R13-5-1), not a line of its own.
      const edges = layout.lanes.flatMap((b) => b.outline.flatMap((ring) => piecesOf([...ring, ring[0]!])));
      for (const p of own) {
        for (const e of edges) {
          if (e.horizontal !== p.horizontal || Math.min(p.to, e.to) - Math.max(p.from, e.from) <= 20) continue;
          assert.ok(Math.abs(p.at - e.at) >= 21, `${JSON.stringify(p)} runs ${Math.abs(p.at - e.at)} px beside a band's edge`);
        }
      }
    });
  }

  // A line meeting a box at its ⊕/⊖ hangs from the control, its end hidden under it (R11-4-7: on
  // the slide with 推進会議 collapsed, ＩＴ総合戦略室's pair went straight up into the ⊕).
  for (const [name, lay] of [
    ['1280 px, 推進会議 collapsed', () => layoutOrgChart({ doc: governance, width: 1280, measure: notoMeasure, measureSize: 14, collapsed: new Set(['council']) })],
    ['the slide, 推進会議 collapsed', () => layoutOrgChart({ doc: governance, width: 1888, fontSize: 20, forSlide: true, measure: notoMeasure, measureSize: 14, collapsed: new Set(['council']) })],
    ['800 px, 推進会議 collapsed', () => layoutOrgChart({ doc: governance, width: 800, measure: notoMeasure, measureSize: 14, collapsed: new Set(['council']) })],
    ['1280 px', () => layNoto(1280)],
    ['left-right at 1280 px', () => layoutOrgChart({ doc: governance, width: 1280, orientation: 'left-right', measure: notoMeasure, measureSize: 14 })],
  ] as Array<[string, () => OrgChartLayout]>) {
    it(`${name}: no typed line meets a box within 24 px of its ⊕/⊖ (R11-4-7)`, () => {
      const layout = lay();
      const r = layout.metrics.toggleRadius;
      for (const l of layout.links.filter((k) => !k.stubs)) {
        for (const [id, p] of [[l.from, l.points[0]!], [l.to, l.points[l.points.length - 1]!]] as const) {
          const box = layout.byId.get(id)!;
          if (box.childCount === 0) continue;
          const t = orgTogglePoint(box, layout.orientation);
          const d = layout.orientation === 'top-down' ? (p[1] === t.y ? Math.abs(p[0] - t.x) : Infinity) : p[0] === t.x ? Math.abs(p[1] - t.y) : Infinity;
          assert.ok(d >= r + (l.type === 'joint-secretariat' ? 3 : 1) + 12, `${l.from} → ${l.to} meets ${id} ${d} px from its toggle (${JSON.stringify(l.points)})`);
        }
      }
    });
  }

  const labelCases: Array<[string, () => OrgChartLayout]> = [
    ['800 px', () => layNoto(800)],
    ['1280 px', () => layNoto(1280)],
    ['1280 px, en', () => layNoto(1280, 'en')],
    ['the 1920×1080 slide', slideNoto],
  ];
  for (const [name, lay] of labelCases) {
    it(`${name}: every link label touches its own line (its edge within 3 px of a plain line's stroke, 2 px of a double line's) and stands in no lane band's title row`, () => {
      const layout = lay();
      for (const l of layout.links.filter((k) => k.labelBox)) {
        const reach = l.type === 'joint-secretariat' ? 3 + 3 : 1 + 3;
        const d = Math.min(...piecesOf(l.points).map((p) => distanceTo(l.labelBox!, p)));
        assert.ok(d <= reach, `${l.label} (${l.from} → ${l.to}) stands ${d.toFixed(1)} px from its line`);
        for (const band of layout.lanes) {
          const row = band.label.vertical ? { x: band.x, y: band.y, width: layout.metrics.laneHeader, height: band.height } : { x: band.x, y: band.y, width: band.width, height: layout.metrics.laneHeader };
          assert.ok(!overlap(row, l.labelBox!), `${l.label} (${l.from} → ${l.to}) stands in the title row of the ${band.lane.name} band`);
        }
      }
    });
  }

  for (const [name, lay] of labelCases.slice(1)) {
    it(`${name}: no 共同事務局 line runs within 16 px (centre to centre) of a tree connector alongside it for more than 20 px`, () => {
      const layout = lay();
      const tree = layout.edges.flatMap((e) => piecesOf(e.points));
      for (const l of layout.links.filter((k) => k.type === 'joint-secretariat')) {
        for (const p of piecesOf(l.points)) {
          for (const q of tree) {
            const along = Math.min(p.to, q.to) - Math.max(p.from, q.from);
            assert.ok(!(p.horizontal === q.horizontal && Math.abs(p.at - q.at) < 16 && along > 20), `${l.from} → ${l.to} runs ${Math.abs(p.at - q.at)} px beside a connector for ${along} px`);
          }
        }
      }
    });
  }
});

/** The buses of a top-down layout: the level pieces of two or more children's connectors, overlapping at one height, as one piece each. */
function busesOf(layout: OrgChartLayout): Piece[] {
  const level = layout.edges.flatMap((e) => piecesOf(e.points).filter((p) => p.horizontal)).sort((p, q) => p.at - q.at || p.from - q.from);
  const out: Piece[] = [];
  let run: (Piece & { n: number }) | undefined;
  for (const p of level) {
    if (run && p.at === run.at && p.from <= run.to) {
      run.to = Math.max(run.to, p.to);
      run.n++;
      continue;
    }
    if (run && run.n > 1) out.push(run);
    run = { ...p, n: 1 };
  }
  if (run && run.n > 1) out.push(run);
  return out;
}

describe('共同事務局 lines keep off the bus and out of each other’s way (issue 8, R7-1/R7-2)', () => {
  for (const [name, lay] of [
    ['1280 px', () => layNoto(1280)],
    ['the 1920×1080 slide', slideNoto],
  ] as Array<[string, () => OrgChartLayout]>) {
    it(`${name}: the two lines from the offices into the ICT council do not cross each other`, () => {
      const layout = lay();
      const [a, b] = ['office-hms', 'office-it'].map((from) => layout.links.find((l) => l.from === from && l.to === 'ict-platform')!);
      for (const p of piecesOf(a!.points)) for (const q of piecesOf(b!.points)) assert.ok(!crossing(p, q) && !crossing(q, p), `${JSON.stringify(a!.points)} crosses ${JSON.stringify(b!.points)}`);
    });

    it(`${name}: 健康・医療戦略室 → ヘルスケア crosses no bus (it may cross one child's drop)`, () => {
      const layout = lay();
      const buses = busesOf(layout);
      assert.ok(buses.length > 0);
      const line = layout.links.find((l) => l.from === 'office-hms' && l.to === 'healthcare')!;
      for (const p of piecesOf(line.points)) for (const bus of buses) assert.ok(!crossing(p, bus) && !crossing(bus, p), `${JSON.stringify(line.points)} crosses the bus at y ${bus.at} (x ${bus.from}–${bus.to})`);
    });
  }
});

describe('a line leaves its box without a hook', () => {
  it('out 14 px, aside 16, back 8 and on becomes out 6 px and on (either end)', () => {
    assert.deepEqual(unhookOrgRoute([[447, 703], [461, 703], [461, 719], [453, 719], [453, 1115], [183, 1115], [183, 1129]]), [[447, 703], [453, 703], [453, 1115], [183, 1115], [183, 1129]]);
    assert.deepEqual(unhookOrgRoute([[183, 1129], [183, 1115], [453, 1115], [453, 719], [461, 719], [461, 703], [447, 703]]), [[183, 1129], [183, 1115], [453, 1115], [453, 703], [447, 703]]);
    // Out and on the same way (no turning back) stays as it is.
    assert.deepEqual(unhookOrgRoute([[447, 703], [461, 703], [461, 719], [470, 719], [470, 900]]), [[447, 703], [461, 703], [461, 719], [470, 719], [470, 900]]);
  });

  it('governance at 800 px: no line turns back towards the box it just left', () => {
    const layout = layNoto(800);
    for (const l of layout.links) assert.deepEqual(unhookOrgRoute(l.points), l.points, `${l.from} → ${l.to}: ${JSON.stringify(l.points)}`);
  });
});

describe('typed lines pass under the bus, not through or along it (issue 8, S8-1-1, S8-4-1)', () => {
  it('countOrgPassingLines: a row counts the lines coming down into it from a higher body of another tree, not those of its own tree', () => {
    const rowOf = new Map([
      ['council-child', { tree: 0, depth: 2 }],
      ['council', { tree: 0, depth: 1 }],
      ['office', { tree: 1, depth: 0 }],
      ['ministry', { tree: 2, depth: 1 }],
    ]);
    const starts = [[0, 250, 560], [0], [0, 300]];
    const passing: Array<[string, string]> = [
      ['office', 'council-child'],
      ['council-child', 'ministry'],
      ['council', 'council-child'],
      ['office', 'ministry'],
      ['office', 'hidden'],
    ];
    const out = countOrgPassingLines({ passing, rowOf, starts });
    assert.equal(out[0]![2], 2);
    assert.equal(out[0]![1], undefined);
    assert.equal(out[2]![1], 1);
  });

  for (const [name, lay] of [
    ['1280 px', () => layNoto(1280)],
    ['the 1920×1080 slide', () => slideWeb()],
  ] as Array<[string, () => OrgChartLayout]>) {
    it(`governance at ${name}: the one 共同事務局 line still coming down under the 推進会議 bus (経産省's; the offices stand under their councils) runs at least ORG_PASS_FROM_BUS under it (nearer, it reads as a second bus)`, () => {
      const layout = lay();
      const bus = busesOf(layout).find((b) => b.from <= layout.byId.get('healthcare')!.x && b.to >= layout.byId.get('ict-platform')!.x)!;
      const line = layout.links.find((l) => l.from === 'meti' && l.to === 'healthcare')!;
      const under = piecesOf(line.points).filter((p) => p.horizontal && p.at > bus.at && p.at < layout.byId.get('healthcare')!.y);
      assert.equal(under.length, 1, JSON.stringify(line.points));
      assert.ok(under[0]!.at - bus.at >= ORG_PASS_FROM_BUS, `${under[0]!.at - bus.at} px under the bus at ${bus.at}`);
    });
  }

  const cases: Array<[string, () => OrgChartLayout]> = [
    ['1280 px', () => layNoto(1280)],
    ['1280 px, en', () => layNoto(1280, 'en')],
    ['the 1920×1080 slide (its 1888×900 drawing area under the title)', () => slideWeb()],
    ['the 1920×1080 slide, en', () => slideWeb('en')],
  ];
  for (const [name, lay] of cases) {
    it(`${name}: no typed line crosses a bus, nor runs 20 px or nearer beside one for 100 px or more (it would read as a second bus)`, () => {
      const layout = lay();
      const buses = busesOf(layout);
      assert.ok(buses.length > 0);
      for (const l of layout.links) {
        for (const p of piecesOf(l.points)) {
          for (const bus of buses) {
            assert.ok(!crossing(p, bus) && !crossing(bus, p), `${l.from} → ${l.to} ${JSON.stringify(l.points)} crosses the bus at y ${bus.at}`);
            const along = Math.min(p.to, bus.to) - Math.max(p.from, bus.from);
            assert.ok(!(p.horizontal && Math.abs(p.at - bus.at) <= 20 && along >= 100), `${l.from} → ${l.to} runs ${Math.abs(p.at - bus.at)} px from the bus for ${along} px`);
          }
        }
      }
    });

    it(`${name}: no typed line crosses another, and each crosses one tree drop at most (the offices stand under their councils)`, () => {
      const layout = lay();
      const crossings: string[] = [];
      for (let i = 0; i < layout.links.length; i++) {
        for (let j = i + 1; j < layout.links.length; j++) {
          const [a, b] = [layout.links[i]!, layout.links[j]!];
          for (const p of piecesOf(a.points)) for (const q of piecesOf(b.points)) if (crossing(p, q) || crossing(q, p)) crossings.push(`${a.from}→${a.to} × ${b.from}→${b.to}`);
        }
      }
      assert.deepEqual(crossings, []);
      const tree = layout.edges.flatMap((e) => piecesOf(e.points));
      for (const l of layout.links) {
        // Where it crosses a connector (siblings' connectors share pieces: one place, one crossing).
        const at = new Set<string>();
        for (const p of piecesOf(l.points)) for (const q of tree) if (crossing(p, q) || crossing(q, p)) at.add(p.horizontal ? `${q.at},${p.at}` : `${p.at},${q.at}`);
        assert.ok(at.size <= 1, `${l.from} → ${l.to} crosses tree connectors at ${[...at].join(' ')}`);
      }
    });
  }
});

describe('lines into a collapsed body go round a fan of lines rather than across it (issue 8, R10-0-14)', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`governance, ${locale}, 800 px, 推進会議 collapsed: the offices' 共同事務局 pairs cross at most one typed line in all, none of AMED's 所管 lines, no box, no diagonal`, () => {
      const layout = layoutOrgChart({ doc: governance, width: 800, measure: notoMeasure, measureSize: 14, locale, collapsed: new Set(['council']) });
      const into = layout.links.filter((l) => l.to === 'council' && (l.from === 'office-hms' || l.from === 'office-it'));
      assert.equal(into.length, 2);
      const jurisdiction = layout.links.filter((l) => l.type === 'jurisdiction' && l.to === 'amed');
      assert.equal(jurisdiction.length, 4);
      let crossed = 0;
      for (const l of into) {
        assert.equal(l.crossings, 0, `${l.from} → council crosses no box`);
        for (let i = 1; i < l.points.length; i++) assert.ok(l.points[i]![0] === l.points[i - 1]![0] || l.points[i]![1] === l.points[i - 1]![1], `${l.from} → council: no diagonal piece`);
        for (const j of jurisdiction) assert.equal(countRouteCrossings(l.points, j.points), 0, `${l.from} → council crosses ${j.from} → amed`);
        for (const o of layout.links) if (o !== l) crossed += countRouteCrossings(l.points, o.points);
      }
      assert.ok(crossed <= 1, `${crossed} crossings with other typed lines`);
    });
  }
});

describe('typed lines keep off the long lines of hung columns (issue 8: within 20 px they read as a double line)', () => {
  /** Pieces of typed lines (not badges) that run 100 px or more within 20 px beside a parallel tree connector piece (the lint's line-parallel). */
  const runsBeside = (layout: OrgChartLayout) => {
    const pieces = (pts: readonly (readonly [number, number])[]) => pts.slice(1).map((q, i) => [pts[i]!, q] as const);
    const tree = layout.edges.flatMap((e) => pieces(e.points));
    const found: string[] = [];
    for (const l of layout.links) {
      if (l.stubs) continue;
      for (const [p, q] of pieces(l.points)) {
        const k = p[1] === q[1] ? 0 : 1;
        const [lo, hi] = [Math.min(p[k], q[k]), Math.max(p[k], q[k])];
        // Merged as the lint merges them: the connector pieces beside this one, touching or overlapping.
        const spans = tree
          .filter(([a, b]) => (a[1] === b[1]) === (k === 0) && Math.abs(a[1 - k]! - p[1 - k]!) <= 20)
          .map(([a, b]) => [Math.max(lo, Math.min(a[k], b[k])), Math.min(hi, Math.max(a[k], b[k]))] as const)
          .filter(([f, t]) => t > f)
          .sort((x, y) => x[0] - y[0]);
        let run: [number, number] | undefined;
        const flush = () => run && run[1] - run[0] >= 100 && found.push(`${l.from} → ${l.to}: ${Math.round(run[1] - run[0])} px beside a connector`);
        for (const [f, t] of spans) {
          if (run && f <= run[1] + 1) run[1] = Math.max(run[1], t);
          else {
            flush();
            run = [f, t];
          }
        }
        flush();
      }
    }
    return found;
  };
  const asDrawn = (bodies: number, seed?: number) => {
    const doc = parse(generateOrganization({ bodies, ...(seed !== undefined ? { seed } : {}) }));
    // As the element draws it: collapsed below the depth chosen for its size, lines running into collapsed subtrees.
    return { doc, collapsed: collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) }) };
  };
  it('the story Generated2000 (2,000 bodies, seed 7) at 800 px: no typed line runs beside a column\'s line (one ran 600 px 15 px beside one)', () => {
    const { doc, collapsed } = asDrawn(2000, 7);
    const layout = layoutOrgChart({ doc, width: 800, measure: notoMeasure, measureSize: 14, collapsed });
    assert.ok(layout.links.some((l) => !l.stubs), 'a line drawn');
    assert.deepEqual(runsBeside(layout), []);
  });
  for (const width of [800, 1280]) {
    it(`generated 200 bodies at ${width} px: no typed line runs beside a connector (6 and 5 did, 15–20 px beside the columns' lines; at 1280 px the last one between 市場開拓's edge and ＩＣＴ's line, before ORG_COLUMN_PASS)`, () => {
      const { doc, collapsed } = asDrawn(200);
      const layout = layoutOrgChart({ doc, width, measure: notoMeasure, measureSize: 14, collapsed });
      // (Four since s13: the lines past ORG_STUB_ROUTE and those across two columns' lines into collapsed subtrees are end badges.)
      assert.ok(layout.links.filter((l) => !l.stubs).length >= 4, 'lines drawn');
      assert.deepEqual(runsBeside(layout), []);
    });
  }
});

describe('the story LinksIntoCollapsed (governance, everything below the top level collapsed)', () => {
  it('at 800 px no typed line crosses another: the offices\' pairs into 推進会議 may go round the drawing rather than across a line', () => {
    const layout = layoutOrgChart({ doc: governance, width: 800, measure: notoMeasure, measureSize: 14, collapsed: collapseBelowDepth({ doc: governance, depth: 1 }) });
    const lines = layout.links.filter((l) => !l.stubs);
    assert.ok(lines.length >= 8, `${lines.length} lines`);
    const crossed: string[] = [];
    lines.forEach((l, i) => {
      for (const o of lines.slice(i + 1)) if (countRouteCrossings(l.points, o.points)) crossed.push(`${l.from} → ${l.to} × ${o.from} → ${o.to}`);
    });
    assert.deepEqual(crossed, []);
    for (const l of lines) assert.ok(lengthOf(l) <= ORG_STUB_ROUTE, `${l.from} → ${l.to}: ${lengthOf(l)} px`);
  });
});

describe('the further tries at a line\'s route (retryOrgRoutes)', () => {
  const line = (from: string, to: string): OrgLinkGroup => ({ from, to, links: [], index: 0, collapsedFrom: false, collapsedTo: false });
  const straight = (y: number): Routed => ({ points: [[0, y], [100, y]], crossings: 2 });
  /** A search that finds, at any costs, a route crossing `linkCross` boxes, from the line's start; `given` scores 50. */
  const search = (l: OrgLinkGroup, _held: ReadonlyMap<OrgLinkGroup, Routed>, costs: RetryCosts, given?: Routed) =>
    given ? { route: given, score: 50 } : { route: { points: [[l.from === 'a' ? 0 : 100, 0], [50, 0], [50, 8], [l.from === 'a' ? 100 : 0, 8]] as [number, number][], crossings: costs.linkCross ?? 9 }, score: costs.linkCross ?? 9 };

  it('tries a line\'s attempts in order until its route is acceptable, passes over one that plans nothing, keeps only what `keep` keeps, and leaves a skipped line alone', () => {
    const [g, h] = [line('a', 'b'), line('c', 'd')];
    const routes = new Map([[g, straight(0)], [h, straight(10)]]);
    const tried: string[] = [];
    const attempt = (name: string, cross: number, keep: RouteAttempt['keep']) => (l: OrgLinkGroup): RouteAttempt => {
      tried.push(`${name} ${l.from}`);
      return { held: new Map(), costs: { linkCross: cross }, keep };
    };
    retryOrgRoutes(
      [{
        skip: (l) => l === h,
        acceptable: (_l, now) => now.crossings === 0,
        attempts: [
          attempt('first', 1, () => false),
          () => {
            tried.push('nothing');
            return undefined;
          },
          attempt('second', 0, (again, now) => again.crossings < now.crossings),
          attempt('third', 0, () => true),
        ],
      }],
      [g, h],
      routes,
      search,
    );
    assert.deepEqual(tried, ['first a', 'nothing', 'second a']);
    assert.equal(routes.get(g)!.crossings, 0);
    assert.deepEqual(routes.get(h), straight(10));
  });

  it('routes a reversed attempt from the line\'s end and keeps it the line\'s way round, finished before it is judged; the old route\'s score only when asked', () => {
    const g = line('a', 'b');
    const routes = new Map([[g, straight(0)]]);
    const seen: Routed[] = [];
    let asked = 0;
    retryOrgRoutes(
      [{
        attempts: [
          () => ({
            held: new Map(),
            costs: { linkCross: 1 },
            reversed: true,
            finish: (points) => [...points, [100, 20]],
            keep: (again, _now, score) => {
              seen.push(again);
              asked += score.now() === 50 ? 1 : 0;
              return score.found < score.now();
            },
          }),
        ],
      }],
      [g],
      routes,
      search,
    );
    // Found from b (x 100) to a, turned back to start at a, then finished.
    assert.deepEqual(seen[0]!.points, [[0, 8], [50, 8], [50, 0], [100, 0], [100, 20]]);
    assert.equal(asked, 1);
    assert.deepEqual(routes.get(g), seen[0]);
  });
});
