// Org chart layout: positions (rounded), lanes, typed-link routing, collapsing, search and the
// Japanese label breaking of the boxes. Widths come from the approximate measure (CJK = 1em).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { describeOrgBody } from '../../src/charts/org/describe.js';
import { layoutOrgChart, measureOrgBox, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { chooseCollapsedDepth, collapseBelowDepth, listAncestors } from '../../src/charts/org/tree-index.js';
import { findOrgMatches } from '../../src/charts/org/search.js';
import { routeOrthogonal } from '../../src/charts/org/layout/route.js';
import { scaleMeasure } from '../../src/charts/org/layout/box.js';
import { formatOrgLinkLabel } from '../../src/charts/org/words.js';
import { splitPhrases, wrapOrgLabel } from '../../src/charts/org/layout/box-text.js';
import { createApproxMeasure, NO_LINE_START } from '../../src/kit/text.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
// English layouts and names need the English words (loaded on first use in the browser).
import '../../src/words-en.js';

const measure = createApproxMeasure(14);

function load(file: string): OrganizationDocument {
  const result = parseOrganization(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function boxesOverlap(layout: OrgChartLayout): string[] {
  const out: string[] = [];
  for (const a of layout.nodes) {
    for (const b of layout.nodes) {
      if (a.id < b.id && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`${a.id}/${b.id}`);
    }
  }
  return out;
}

describe('layoutOrgChart: a small tree, checked by hand', () => {
  // Root 本部 with two children, in boxes of a fixed 147 px (10.5 em of 14 px). A box
  // without roles is padding 8 + badge 21 (13 px × 1.6) + gap 5 + one 22 px name line (16 px ×
  // 1.35) + padding 8 = 64 px high.
  const doc = parse({
    type: 'organization',
    bodies: [
      { id: 'r', name: '本部', kind: 'headquarters' },
      { id: 'a', name: '甲会議', parent: 'r' },
      { id: 'b', name: '乙会議', parent: 'r' },
    ],
  });
  const layout = layoutOrgChart({ doc, width: 1000, measure, boxWidth: 147 });
  const at = (id: string) => {
    const n = layout.byId.get(id)!;
    return [n.x, n.y, n.width, n.height];
  };

  it('places siblings 16 px apart and the parent centred above them, 64 px higher', () => {
    assert.deepEqual(at('a'), [12, 12 + 64 + 64, 147, 64]);
    assert.deepEqual(at('b'), [12 + 147 + 16, 140, 147, 64]);
    // Centred over the children's centres (85.5 and 248.5): 167 − 73.5 = 93.5, rounded up.
    assert.deepEqual(at('r'), [94, 12, 147, 64]);
  });

  it('draws elbow connectors from the parent bottom to each child top', () => {
    const edge = layout.edges.find((e) => e.to === 'b')!;
    // From the parent's bottom centre (94 + 73.5, 12 + 64), 16 px down, across to the child's centre (175 + 73.5).
    assert.deepEqual(edge.points, [
      [168, 76],
      [168, 92],
      [249, 92],
      [249, 140],
    ]);
  });

  it('gives ARIA positions and keyboard order', () => {
    assert.deepEqual(
      layout.nodes.map((n) => [n.id, n.depth, n.posinset, n.setsize]),
      [
        ['r', 0, 1, 1],
        ['a', 1, 1, 2],
        ['b', 1, 2, 2],
      ],
    );
  });

  it('left-right puts depth along x', () => {
    const lr = layoutOrgChart({ doc, width: 1000, measure, orientation: 'left-right' });
    const r = lr.byId.get('r')!;
    const a = lr.byId.get('a')!;
    assert.equal(a.x, r.x + r.width + 60);
    assert.ok(lr.byId.get('b')!.y >= a.y + a.height + 16);
  });

  it('collapsing hides the children and keeps the toggle state', () => {
    const c = layoutOrgChart({ doc, width: 1000, measure, collapsed: new Set(['r']) });
    assert.deepEqual(
      c.nodes.map((n) => n.id),
      ['r'],
    );
    assert.equal(c.byId.get('r')!.expanded, false);
    assert.equal(c.byId.get('r')!.childCount, 2);
    assert.deepEqual(c.edges, []);
  });
});

describe('layoutOrgChart: the seed governance structure', () => {
  const doc = load('governance.json');
  // Spread top-down (auto would choose a narrower arrangement at 1200 px; see org-layout-phases).
  const layout = layoutOrgChart({ doc, width: 1200, measure, orientation: 'top-down' });
  const n = (id: string) => layout.byId.get(id)!;

  it('draws every body, and no two boxes overlap', () => {
    assert.equal(layout.nodes.length, doc.bodies.length);
    assert.deepEqual(boxesOverlap(layout), []);
  });

  it('puts AMED beside the headquarters, not under it', () => {
    assert.equal(n('amed').y, n('hq').y);
    assert.ok(n('amed').x > n('hq').x + n('hq').width);
    assert.equal(n('amed').parentId, undefined);
    assert.ok(n('council').y > n('hq').y + n('hq').height);
  });

  it('draws the 連携 link as one straight horizontal line between the two boxes', () => {
    const link = layout.links.find((l) => l.link.from === 'hq' && l.link.to === 'amed')!;
    assert.equal(link.label, '連携');
    assert.equal(link.points.length, 2);
    assert.equal(link.points[0]![1], link.points[1]![1]);
    assert.equal(link.points[0]![0], n('hq').x + n('hq').width);
    assert.equal(link.points[1]![0], n('amed').x);
  });

  it('routes every typed link without crossing a box', () => {
    assert.equal(layout.links.length, doc.links.length);
    assert.deepEqual(
      layout.links.filter((l) => l.crossings > 0).map((l) => `${l.link.from}->${l.link.to}`),
      [],
    );
  });

  it('draws each lane as a band around its bodies', () => {
    assert.deepEqual(
      layout.lanes.map((l) => l.lane.id),
      ['rd', 'ict', 'market'],
    );
    for (const lane of layout.lanes) {
      for (const node of layout.nodes.filter((x) => x.body.lane === lane.lane.id)) {
        assert.ok(node.x >= lane.x && node.x + node.width <= lane.x + lane.width, `${node.id} inside ${lane.lane.id} (x)`);
        assert.ok(node.y >= lane.y && node.y + node.height <= lane.y + lane.height, `${node.id} inside ${lane.lane.id} (y)`);
      }
    }
    const [rd, ict] = layout.lanes;
    assert.ok(rd!.x + rd!.width <= ict!.x, 'bands do not overlap');
  });

  it('shows the roles as lines of the box', () => {
    assert.deepEqual(
      n('hq').lines.filter((l) => l.kind === 'role').map((l) => l.text),
      // The box grows to 15 em (210 px): 14 px text in 210 − 16 = 194 px, 13 characters a line
      // (approximate measure, 1 em each), so only the longest role wraps, between its phrases.
      ['本部長：内閣総理大臣', '副本部長：内閣官房長官、', '健康・医療戦略担当大臣', '本部員：その他国務大臣'],
    );
  });

  it('names a body with its kind, roles and typed links', () => {
    const name = describeOrgBody({ doc, body: doc.bodies.find((b) => b.id === 'hq')!, locale: 'ja' });
    assert.equal(name, '健康・医療戦略推進本部、本部。本部長：内閣総理大臣。副本部長：内閣官房長官、健康・医療戦略担当大臣。本部員：その他国務大臣。連携: AMED');
  });
});

describe('long holder lists and search (partnership council)', () => {
  const doc = load('partnership-council.json');

  it('turns 43 observers into one count instead of 43 lines', () => {
    const body = doc.bodies.find((b) => b.id === 'partnership-council')!;
    const observers = body.roles.findIndex((r) => r.holders.length === 43);
    assert.ok(observers >= 0);
    const box = measureOrgBox({ body, boxWidth: 180, measure });
    const count = box.counts.find((c) => c.roleIndex === observers)!;
    assert.equal(count.text, `${body.roles[observers]!.title}：43件`);
    // In a 147 px box the title does not fit beside the number: it stands whole on its own line
    // above a button holding the number, never cut.
    const small = measureOrgBox({ body, boxWidth: 147, measure });
    const narrow = small.counts.find((c) => c.roleIndex === observers)!;
    assert.equal(narrow.text, '43件');
    assert.ok(narrow.width <= 147 - 16);
    const title = small.lines.find((l) => l.text === `${body.roles[observers]!.title}：`);
    assert.ok(title && title.y < narrow.y, 'the title line above its count');
    assert.ok(!small.lines.some((l) => l.text.includes('…')));
    assert.ok(!box.lines.some((l) => l.text.includes('武田薬品')));
  });

  it('finds the council by one of its observers, and its path', () => {
    assert.deepEqual(findOrgMatches({ doc, query: '武田薬品' }), ['partnership-council']);
    assert.deepEqual(listAncestors({ doc, id: 'partnership-council' }), ['intl-tf', 'hq']);
  });

  it('matches full-width and half-width letters alike', () => {
    const gov = load('governance.json');
    assert.deepEqual(findOrgMatches({ doc: gov, query: 'ict' }), ['ict-platform']);
    assert.deepEqual(findOrgMatches({ doc: gov, query: 'ＡＭＥＤ' }), ['amed']);
  });

  it("neither searches nor draws the editor's notes, only the notes", () => {
    const gov = load('governance.json');
    // 経産省 is named by the 共同事務局 note on one box and in four editor's notes.
    assert.deepEqual(findOrgMatches({ doc: gov, query: '経産省' }), ['healthcare', 'meti']);
    assert.deepEqual(findOrgMatches({ doc: gov, query: 'レーンは推定' }), []);
    const text = layoutOrgChart({ doc: gov, width: 1280, measure })
      .nodes.flatMap((n) => n.lines.map((l) => l.text))
      .join('');
    assert.doesNotMatch(text, /レーンは推定|解釈|にのみ登場/);
    assert.match(text, /※健康・医療戦略室/, 'the ※ notes of the slide stay on the boxes');
  });
});

describe('link labels follow the locale', () => {
  it('draws 連携 and 共同事務局 labels in English in an English chart, and keeps other labels as written', () => {
    const gov = load('governance.json');
    const en = layoutOrgChart({ doc: gov, width: 1280, measure, locale: 'en' }).links.map((l) => l.label);
    assert.ok(en.includes('Cooperation'), JSON.stringify(en));
    assert.ok(!en.some((l) => /[連所共]/u.test(l)), JSON.stringify(en));
    assert.equal(formatOrgLinkLabel({ type: 'jurisdiction', label: '所管' }, 'en'), 'Jurisdiction');
    assert.equal(formatOrgLinkLabel({ type: 'jurisdiction', label: 'Jurisdiction' }, 'ja'), '所管');
    assert.equal(formatOrgLinkLabel({ type: 'cooperation', label: '情報共有' }, 'en'), '情報共有');
    assert.equal(formatOrgLinkLabel({ type: 'advice' }, 'en'), 'Advice');
  });
});

describe('katakana compounds in boxes', () => {
  const name16 = createApproxMeasure(16 * 1.03);

  it('breaks a katakana compound between its words, the compound the segmenter knows whole last (ファンド / タスクフォース)', () => {
    // 7 characters a line: not ファンドタスク / フォース (issue 8).
    assert.deepEqual(wrapOrgLabel({ text: '健康・医療戦略ファンドタスクフォース', maxWidth: 131, measure: name16, maxLines: 5 }).lines, [
      '健康・医療戦略',
      'ファンド',
      'タスクフォース',
    ]);
  });

  it('breaks アジア健康構想ワーキンググループ as ワーキング / グループ, not ワーキンググ / ループ', () => {
    // 131 px at 16.5 px a character: 7 characters a line.
    assert.deepEqual(wrapOrgLabel({ text: 'アジア健康構想ワーキンググループ', maxWidth: 131, measure: name16, maxLines: 3 }).lines, [
      'アジア健康構想',
      'ワーキング',
      'グループ',
    ]);
  });
});

describe('Japanese labels in boxes', () => {
  const bold = createApproxMeasure(14 * 1.03);

  it('breaks between phrases, balanced, not before a lone last character', () => {
    assert.deepEqual(wrapOrgLabel({ text: 'ゲノム医療実現推進協議会', maxWidth: 148, measure: bold }).lines, ['ゲノム医療実現', '推進協議会']);
    assert.deepEqual(splitPhrases({ text: '内閣府副大臣' }), ['内閣府', '副大臣']);
  });

  it('never starts a line with closing punctuation, and ends a cut label with …', () => {
    const text = '健康・医療戦略担当大臣を補佐する内閣府大臣政務官、内閣総理大臣補佐官（健康・医療戦略室長）';
    const all = wrapOrgLabel({ text, maxWidth: 132, measure: createApproxMeasure(12) });
    assert.equal(all.lines.join(''), text);
    for (const line of all.lines) assert.ok(!NO_LINE_START.has(line[0]!), line);
    const cut = wrapOrgLabel({ text, maxWidth: 132, measure: createApproxMeasure(12), maxLines: 2 });
    assert.equal(cut.truncated, true);
    assert.equal(cut.lines.length, 2);
    assert.ok(cut.lines[1]!.endsWith('…'));
  });
});

describe('routing and large trees', () => {
  it('goes around a box standing between the two ends', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    const middle = { x: 150, y: 0, width: 100, height: 50 };
    const b = { x: 300, y: 0, width: 100, height: 50 };
    const route = routeOrthogonal({ a, b, obstacles: [a, middle, b] });
    assert.equal(route.crossings, 0);
    assert.ok(route.points.length > 2);
  });

  it('starts a 2,000-body organisation collapsed to at most 80 bodies', () => {
    const doc = parse(generateOrganization({ bodies: 2000, seed: 7 }));
    const depth = chooseCollapsedDepth({ doc });
    const layout = layoutOrgChart({ doc, width: 1200, measure, collapsed: collapseBelowDepth({ doc, depth }) });
    assert.ok(layout.nodes.length <= 80, `${layout.nodes.length} visible`);
    assert.ok(layout.nodes.length > 1);
    assert.deepEqual(boxesOverlap(layout), []);
  });
});

describe('typed links when bodies are collapsed', () => {
  const doc = load('governance.json');
  const layout = layoutOrgChart({ doc, width: 1200, measure, collapsed: new Set(['council']) });
  const line = (from: string, to: string) => layout.links.filter((l) => l.from === from && l.to === to);

  it('draws a link into the collapsed 推進会議 to the 推進会議 itself, with a hollow end there', () => {
    // office-hms → ict-platform and office-hms → healthcare are both under the collapsed council.
    const [hms] = line('office-hms', 'council');
    assert.ok(hms, 'office-hms → council drawn');
    assert.deepEqual(
      hms.links.map((l) => l.to),
      ['ict-platform', 'healthcare'],
    );
    assert.equal(hms.type, 'joint-secretariat');
    assert.equal(hms.collapsedTo, true);
    assert.equal(hms.collapsedFrom, false);
    assert.equal(hms.labelBox, undefined);
    assert.equal(line('office-it', 'council').length, 1);
    assert.equal(line('meti', 'council').length, 1);
  });

  it('loses no link: every one of the 9 is drawn, grouped or not', () => {
    const drawn = layout.links.flatMap((l) => l.links);
    assert.equal(drawn.length, doc.links.length);
    assert.deepEqual(layout.hiddenLinks, []);
    // 連携 + 4 所管 between drawn boxes, and 3 lines into the collapsed council.
    assert.equal(layout.links.length, 8);
  });

  it('marks 所管 as directed (arrowhead at AMED) and 連携 and 共同事務局 as mutual', () => {
    const byType = (t: string) => layout.links.filter((l) => l.type === t).map((l) => l.directed);
    assert.deepEqual(byType('jurisdiction'), [true, true, true, true]);
    assert.deepEqual(byType('cooperation'), [false]);
    assert.ok(byType('joint-secretariat').every((d) => d === false));
    for (const l of layout.links.filter((x) => x.type === 'jurisdiction')) assert.equal(l.to, 'amed');
  });

  it('runs no 所管 line inside a 共同事務局 line (or any line of another type), expanded or collapsed', () => {
    type Seg = { h: boolean; at: number; lo: number; hi: number };
    const segs = (pts: ReadonlyArray<readonly [number, number]>): Seg[] =>
      pts.slice(1).map((q, i) => {
        const p = pts[i]!;
        const h = p[1] === q[1];
        return h ? { h, at: p[1], lo: Math.min(p[0], q[0]), hi: Math.max(p[0], q[0]) } : { h, at: p[0], lo: Math.min(p[1], q[1]), hi: Math.max(p[1], q[1]) };
      });
    for (const l of [layout, layoutOrgChart({ doc, width: 1200, measure })]) {
      const shared: string[] = [];
      for (const a of l.links.filter((x) => !x.collapsedFrom && !x.collapsedTo)) {
        for (const b of l.links) {
          if (a === b || a.type === b.type) continue;
          for (const s1 of segs(a.points)) {
            for (const s2 of segs(b.points)) {
              if (s1.h === s2.h && Math.abs(s1.at - s2.at) < 3 && Math.min(s1.hi, s2.hi) - Math.max(s1.lo, s2.lo) > 4) shared.push(`${a.from}→${a.to} / ${b.from}→${b.to}`);
            }
          }
        }
      }
      assert.deepEqual(shared, []);
    }
  });

  it('keeps a link whose two ends fold into one box out of the drawing, and lists it as hidden', () => {
    const folded = layoutOrgChart({
      doc: parse({
        type: 'organization',
        bodies: [
          { id: 'r', name: '本部', kind: 'headquarters' },
          { id: 'a', name: '会議A', kind: 'council', parent: 'r' },
          { id: 'b', name: '会議B', kind: 'council', parent: 'r' },
        ],
        links: [{ from: 'a', to: 'b', type: 'cooperation' }],
      }),
      width: 800,
      measure,
      collapsed: new Set(['r']),
    });
    assert.deepEqual(folded.links, []);
    assert.deepEqual(
      folded.hiddenLinks.map((l) => `${l.from}-${l.to}`),
      ['a-b'],
    );
  });
});

describe('folded links: a count badge instead of a band of lines', () => {
  // A council folded with `n` working groups, each cooperating with its own visible ministry.
  const build = (n: number) =>
    parse({
      type: 'organization',
      bodies: [
        { id: 'hq', name: '本部', kind: 'headquarters' },
        { id: 'c', name: '推進会議', kind: 'council', parent: 'hq' },
        ...Array.from({ length: n }, (_, i) => ({ id: `wg${i}`, name: `作業部会${i}`, kind: 'working-group', parent: 'c' })),
        ...Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `省${i}`, kind: 'ministry' })),
      ],
      links: Array.from({ length: n }, (_, i) => ({ from: `m${i}`, to: `wg${i}`, type: i === 0 ? 'jurisdiction' : 'cooperation' })),
    });

  it('draws 3 lines into a collapsed box, with no badge', () => {
    const doc = build(3);
    const layout = layoutOrgChart({ doc, width: 1200, measure, collapsed: new Set(['c']) });
    assert.equal(layout.links.length, 3);
    assert.ok(layout.links.every((l) => l.to === 'c' && l.collapsedTo));
    const c = layout.byId.get('c')!;
    assert.equal(c.foldedBadge, undefined);
    assert.deepEqual(c.folded, doc.links);
  });

  it('turns 4 lines into one badge 「連携等 4」 listing all 4 links in document order', () => {
    const doc = build(4);
    const layout = layoutOrgChart({ doc, width: 1200, measure, collapsed: new Set(['c']) });
    assert.deepEqual(layout.links, []);
    const c = layout.byId.get('c')!;
    assert.equal(c.foldedBadge?.count, 4);
    assert.equal(c.foldedBadge?.text, '連携等 4');
    assert.deepEqual(c.folded, doc.links);
    // Inside the box, on the kind badge's line right of it (clear of any connector, which
    // arrives on the box's edge, and of the name below).
    const b = c.foldedBadge!;
    const M = layout.metrics;
    assert.ok(b.x >= M.padding + c.badge.width + 8 && b.x + b.width <= c.width - M.padding, `${b.x}..${b.x + b.width} in ${c.width}, kind badge ${c.badge.width}`);
    assert.equal(b.y, M.padding);
    assert.equal(b.height, M.badgeHeight);
    assert.ok(c.lines.every((l) => l.y - M.nameSize > b.y + b.height - 4), 'the name starts below the badges');
    // The ministries keep no badge: their own links are in their names and details.
    assert.equal(layout.byId.get('m0')!.foldedBadge, undefined);
    assert.equal(layoutOrgChart({ doc, width: 1200, measure, collapsed: new Set(['c']), locale: 'en' }).byId.get('c')!.foldedBadge?.text, 'Relations 4');
  });

  it('a box with one folded link gets a badge when the box at the other end has too many, and is widened to hold it', () => {
    // Two councils folded: c0 with 4 groups (a badge), each group cooperating with one group of
    // c1 (so c1's single line goes into c0's badge too: c1 shows 「連携等 4」 on a narrow box).
    const doc = parse({
      type: 'organization',
      bodies: [
        { id: 'hq', name: '本部', kind: 'headquarters' },
        { id: 'c0', name: '会議', kind: 'council', parent: 'hq' },
        { id: 'c1', name: '部会', kind: 'council', parent: 'hq' },
        ...Array.from({ length: 4 }, (_, i) => ({ id: `a${i}`, name: `作業部会${i}`, kind: 'working-group', parent: 'c0' })),
        ...Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, name: `分科会${i}`, kind: 'working-group', parent: 'c1' })),
        ...Array.from({ length: 3 }, (_, i) => ({ id: `m${i}`, name: `省${i}`, kind: 'ministry' })),
      ],
      links: [...Array.from({ length: 3 }, (_, i) => ({ from: `m${i}`, to: `a${i}`, type: 'cooperation' })), { from: 'a3', to: 'b0', type: 'cooperation' }],
    });
    for (const fontSize of [14, 20]) {
      const layout = layoutOrgChart({ doc, width: 1200, measure, fontSize, collapsed: new Set(['c0', 'c1']) });
      const c1 = layout.byId.get('c1')!;
      assert.equal(c1.foldedBadge?.count, 1, 'c1 counts its one link');
      const M = layout.metrics;
      for (const c of [layout.byId.get('c0')!, c1]) {
        const b = c.foldedBadge!;
        const natural = Math.ceil(scaleMeasure(measure, 14, M.badgeSize)(b.text)) + 14;
        assert.equal(b.width, natural, `${c.id} at ${fontSize} px: the badge is not squeezed`);
        assert.ok(b.x >= M.padding + c.badge.width + 8 && b.x + b.width <= c.width - M.padding, `${c.id} at ${fontSize} px: ${b.x}..${b.x + b.width} in ${c.width}`);
      }
    }
  });

  it('expanding the council draws the 4 links as lines again and drops the badge', () => {
    const layout = layoutOrgChart({ doc: build(4), width: 1200, measure });
    assert.equal(layout.links.length, 4);
    assert.ok(layout.nodes.every((n) => !n.foldedBadge && n.folded.length === 0));
  });

  it('leaves no collapsed box of the 2,000-body organisation with more than 3 lines into it', () => {
    const doc = parse(generateOrganization({ bodies: 2000, seed: 7 }));
    const layout = layoutOrgChart({ doc, width: 1200, measure, collapsed: collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) }) });
    const into = new Map<string, number>();
    for (const l of layout.links) {
      if (l.collapsedFrom) into.set(l.from, (into.get(l.from) ?? 0) + 1);
      if (l.collapsedTo) into.set(l.to, (into.get(l.to) ?? 0) + 1);
    }
    assert.ok(Math.max(0, ...into.values()) <= 3, JSON.stringify([...into]));
    assert.ok(layout.nodes.some((n) => n.foldedBadge), 'some box has a badge');
    for (const n of layout.nodes) {
      if (!n.foldedBadge) continue;
      const drawn = new Set(layout.links.flatMap((l) => l.links));
      assert.equal(n.foldedBadge.count, n.folded.filter((l) => !drawn.has(l)).length, n.id);
    }
  });
});

describe('speed: the work follows what is shown', () => {
  it('lays out only the expanded part of a 10,000-body organisation', () => {
    const doc = parse(generateOrganization({ bodies: 10000, seed: 1 }));
    const collapsed = collapseBelowDepth({ doc, depth: 1 });
    const layout = layoutOrgChart({ doc, width: 1000, measure, collapsed });
    // Depth 0 and 1 only: the roots and the headquarters' children.
    const parentOf = new Map(doc.bodies.map((b) => [b.id, b.parent]));
    const expected = doc.bodies.filter((b) => b.parent === undefined || parentOf.get(b.parent) === undefined).length;
    assert.equal(layout.nodes.length, expected);
    assert.ok(layout.nodes.every((n) => n.depth <= 1));
    // Every typed link is drawn, counted on a collapsed box's badge, or listed as folded away (both ends in one box).
    const drawn = new Set(layout.links.flatMap((l) => l.links));
    const badged = new Set(layout.nodes.filter((n) => n.foldedBadge).flatMap((n) => n.folded.filter((l) => !drawn.has(l))));
    const hidden = new Set(layout.hiddenLinks);
    for (const link of doc.links) {
      if (link.from === link.to) continue;
      const places = Number(drawn.has(link)) + Number(badged.has(link)) + Number(hidden.has(link));
      assert.equal(places, 1, `${link.from}→${link.to} in ${places} places`);
    }
  });
});

describe('rows and columns that do not waste height (slides, issue 8)', () => {
  const tree = (tall: boolean) =>
    parse({
      type: 'organization',
      bodies: [
        { id: 'a', name: '本部', kind: 'headquarters' },
        { id: 'a1', name: '会議', kind: 'council', parent: 'a' },
        { id: 'a2', name: '部会', kind: 'council', parent: 'a' },
        { id: 'b', name: '機構', kind: 'agency', ...(tall ? { aliases: ['長い別名がいくつもある機構の正式名称そのほか', '第二の別名もここにある', '第三の別名'], notes: ['注記が二行にわたるほど長い注記をここに書いておく'] } : {}) },
      ],
      links: [],
    });

  it('a tall separate root does not push the other tree’s next level down', () => {
    for (const orientation of ['top-down', 'compact'] as const) {
      const short = layoutOrgChart({ doc: tree(false), width: 1200, measure, orientation });
      const tall = layoutOrgChart({ doc: tree(true), width: 1200, measure, orientation });
      assert.ok(tall.byId.get('b')!.height > short.byId.get('b')!.height + 40, 'the agency is taller');
      for (const id of ['a1', 'a2']) assert.equal(tall.byId.get(id)!.y, short.byId.get(id)!.y, `${orientation}: ${id}`);
    }
  });

  it('a single column of leaves hangs right under its parent, not a level below (the working groups under their task force)', () => {
    const doc = load('governance.json');
    // A page 1280 px wide, and a slide (1904 × 900 at 18 px, boxes without roles, as the slide
    // fit draws them: compact, the working groups hung).
    const lean = { ...doc, bodies: doc.bodies.map((b) => ({ ...b, roles: [], notes: [] })) };
    for (const options of [{ doc, width: 1280 }, { doc: lean, width: 1904, height: 900, fontSize: 18 }]) {
      const width = options.width;
      const layout = layoutOrgChart({ ...options, measure });
      const tf = layout.byId.get('intl-tf')!;
      const wg = layout.byId.get('asia-wg')!;
      const gap = wg.y - (tf.y + tf.height);
      // 12 px between boxes in a column and 12 more to clear the task force's toggle.
      assert.ok(gap > 0 && gap <= 24, `${width} px: ${gap} px between the task force and its first working group`);
    }
  });

  it('satellites (ministries under AMED, in a column or a row) keep room for the labels of their lines', () => {
    for (const width of [1280, 1920]) {
      const layout = layoutOrgChart({ doc: load('governance.json'), width, measure });
      const amed = layout.byId.get('amed')!;
      const ministries = ['cao', 'mext', 'mhlw', 'meti'].map((id) => layout.byId.get(id)!);
      const top = Math.min(...ministries.map((n) => n.y));
      assert.ok(top >= amed.y + amed.height + 40, `${width} px: the ministries stand ${top - amed.y - amed.height} px below AMED`);
      for (const link of layout.links.filter((l) => l.to === 'amed' && l.type === 'jurisdiction')) {
        const label = link.labelBox!;
        const under = layout.nodes.filter((n) => label.x < n.x + n.width && n.x < label.x + label.width && label.y < n.y + n.height && n.y < label.y + label.height);
        assert.deepEqual(
          under.map((n) => n.id),
          [],
          `${width} px: 所管 from ${link.from}`,
        );
        assert.ok(label.y + label.height <= top, `${width} px: 所管 from ${link.from} above the ministries`);
      }
    }
  });
});
