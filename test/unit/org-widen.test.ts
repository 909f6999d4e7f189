// Org boxes at wide web widths (issue 8; layout/widen.ts): what a reader sees of the seed charts
// at 1280 and 1920 px, measured with the bundled Noto Sans JP's advances (the font the page and
// the CLI draw with), so line counts are those of the screen.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { layoutOrgChart, type OrgNodeLayout } from '../../src/charts/org/layout/index.js';
import { costOrgWidening, widenOrgBoxes, type OrgWidening } from '../../src/charts/org/layout/widen.js';
import type { OrgTreeItem } from '../../src/charts/org/layout/position.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import { fitOrgSlide } from '../../src/charts/org/slide.js';
import { packHolders } from '../../src/charts/org/layout/box.js';
import { overlapping } from './org-boxes.js';

const metrics = bundledFontMetrics();
assert.ok(metrics, 'the development copy of Noto Sans JP is installed');
const measure = createFontMeasure(metrics, 14);

function load(file: string): OrganizationDocument {
  const result = parseOrganization(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const linesOf = (n: OrgNodeLayout, kind: 'name' | 'alias' | 'role' | 'note') => n.lines.filter((l) => l.kind === kind).length;
const LANES = ['device', 'genome', 'drug-discovery', 'ict-platform', 'healthcare', 'fund-tf', 'intl-tf'];


describe('widen.ts: the governance chart at wide web widths', () => {
  const doc = load('governance.json');
  const at1280 = layoutOrgChart({ doc, width: 1280, measure });
  const at1920 = layoutOrgChart({ doc, width: 1920, measure });

  it('fits 1280 and 1920 px unscaled, no boxes over each other', () => {
    for (const [width, layout] of [
      [1280, at1280],
      [1920, at1920],
    ] as const) {
      assert.ok(layout.bounds.width <= width, `${width}: ${layout.bounds.width} px wide`);
      assert.deepEqual(overlapping(layout), [], `${width}`);
    }
  });

  it('at 1280 px the 推進会議 is at least 20 em wide and its four roles take at most 8 lines (13 at 12 em)', () => {
    const council = at1280.byId.get('council')!;
    assert.ok(council.width >= 280, `${council.width} px`);
    assert.ok(linesOf(council, 'role') <= 8, `${linesOf(council, 'role')} role lines`);
    assert.equal(linesOf(council, 'name'), 1);
  });

  it('at 1280 px the lanes\' councils and task forces are at least 15 em wide, names on at most 2 lines', () => {
    for (const id of LANES) {
      const n = at1280.byId.get(id)!;
      assert.ok(n.width >= 210 || linesOf(n, 'name') === 1, `${id}: ${n.width} px`);
      assert.ok(linesOf(n, 'name') <= 2, `${id}: name on ${linesOf(n, 'name')} lines`);
    }
  });

  it('at 1280 px 本部 has each role on one line and AMED its name on two', () => {
    const hq = at1280.byId.get('hq')!;
    assert.equal(linesOf(hq, 'role'), 3);
    assert.equal(linesOf(hq, 'name'), 1);
    assert.ok(linesOf(at1280.byId.get('amed')!, 'name') <= 2);
  });

  // Under 1,000 px but for the room the four 共同事務局 lines take passing under the 推進会議's bus (position.ts, 42 px).
  it('at 1280 px the chart is under 1,050 px tall (1,150 with 12 em boxes)', () => {
    assert.ok(at1280.bounds.height < 1050, `${at1280.bounds.height} px`);
  });

  it('at 1920 px every name is on one line, each of the 推進会議\'s roles on at most two, and the chart is shorter than at 1280', () => {
    for (const n of at1920.nodes) assert.equal(linesOf(n, 'name'), 1, n.id);
    assert.ok(linesOf(at1920.byId.get('council')!, 'role') <= 6);
    assert.ok(at1920.bounds.height < at1280.bounds.height, `${at1920.bounds.height} ≥ ${at1280.bounds.height}`);
  });

  it('never draws wider than the container, from 600 to 2,400 px', () => {
    for (let width = 600; width <= 2400; width += 200) {
      const layout = layoutOrgChart({ doc, width, measure });
      assert.ok(layout.bounds.width <= width, `${width}: ${layout.bounds.width} px wide (${layout.arrangement})`);
    }
  });
});

describe('widen.ts: the partnership council', () => {
  it('at 1280 px the 推進会議 box holds its name and alias on one line each and both count buttons whole', () => {
    const layout = layoutOrgChart({ doc: load('partnership-council.json'), width: 1280, measure });
    const box = layout.byId.get('partnership-council')!;
    assert.equal(linesOf(box, 'name'), 1);
    assert.equal(linesOf(box, 'alias'), 1);
    assert.equal(box.counts.length, 2);
    assert.equal(box.truncated, false);
    assert.ok(layout.bounds.width <= 1280);
  });
});

describe('widenOrgBoxes', () => {
  // Stand-in layouts: one box whose height is its lines, which get fewer as its limit grows;
  // the drawing is as wide as the box.
  const body = { id: 'a', name: 'x', kind: 'council', aliases: [], roles: [], notes: [] } as unknown as OrgTreeItem['body'];
  const laidAt = (em: number) => {
    const lines = Math.ceil(60 / em);
    const content = { width: em * 14, height: lines * 20, badge: { text: '', width: 0 }, lines: Array.from({ length: lines }, () => ({ kind: 'name' as const, text: '', x: 0, y: 0 })), counts: [], truncated: false };
    return { roots: [{ body, content, satellite: false, children: [] }], estimate: { width: em * 14 + 24, height: lines * 20 + 24 } };
  };
  const own = laidAt(12);
  const lay = (w: OrgWidening) => laidAt(w.boxEm('a', 0) ?? 12);

  it('takes the widest limit that fits, and costs less', () => {
    const widened = widenOrgBoxes({ arranged: own, lay, fits: (l) => l.estimate.width <= 400, satellites: false });
    assert.equal(widened.roots[0]!.content.width, 24 * 14);
    assert.ok(costOrgWidening(widened) < costOrgWidening(own));
  });

  it('keeps the arrangement as it was when nothing wider fits', () => {
    assert.equal(widenOrgBoxes({ arranged: own, lay, fits: (l) => l.estimate.width <= 200, satellites: false }), own);
  });

  it('leaves room beside the drawing for lines and their labels', () => {
    const widened = widenOrgBoxes({ arranged: own, lay, fits: () => true, satellites: false, room: 310 });
    assert.ok(widened.estimate.width <= 310, `${widened.estimate.width}`);
  });
});

describe('a slide lists long holder lists in full (a count button cannot be opened on a projected or printed slide)', () => {
  const doc = load('partnership-council.json');

  it('prints the 20 members and 43 observers of the partnership council in its box, whole, on a 1920×1080 slide', () => {
    const fit = fitOrgSlide({ doc, width: 1888, height: 800, measure, fontSize: 20 });
    assert.equal(fit.fits, true);
    assert.equal(fit.lean, false);
    const box = fit.layout.byId.get('partnership-council')!;
    assert.equal(box.counts.length, 0);
    assert.equal(box.truncated, false);
    const text = box.lines.map((l) => l.text).join('').replace(/\s/g, '');
    for (const role of doc.bodies.find((b) => b.id === 'partnership-council')!.roles) {
      for (const holder of role.holders) assert.ok(text.includes(holder.replace(/\s/g, '')), holder);
    }
    // A wide box rather than a column of text: at most 32 lines for the 63 names and the rest.
    assert.ok(box.lines.length <= 32, `${box.lines.length} lines`);
    assert.ok(fit.fontSize >= 18);
  });

  it("never splits a member's or observer's name across lines (breaks only after 、)", () => {
    const fit = fitOrgSlide({ doc, width: 1888, height: 800, measure, fontSize: 20 });
    const box = fit.layout.byId.get('partnership-council')!;
    const lines = box.lines.filter((l) => l.kind === 'role').map((l) => l.text.trim());
    for (const role of doc.bodies.find((b) => b.id === 'partnership-council')!.roles) {
      for (const holder of role.holders) {
        assert.ok(lines.some((l) => l.includes(holder)), `${holder} is split: ${lines.find((l) => l.includes(holder.slice(0, 2)))}`);
      }
    }
  });

  it('packs holders a whole one at a time and wraps only a holder wider than the line', () => {
    const m = (t: string) => t.length * 10;
    assert.deepEqual(packHolders('役：', ['甲乙丙', '丁戊', '己庚辛壬癸子丑寅'], '、', 80, m, 'ja'), ['役：甲乙丙、', '丁戊、', '己庚辛壬癸子丑寅']);
    const long = packHolders('役：', ['甲乙', '己庚辛壬癸子丑寅卯辰'], '、', 80, m, 'ja');
    assert.equal(long[0], '役：甲乙、');
    assert.equal(long.join(''), '役：甲乙、己庚辛壬癸子丑寅卯辰');
    for (const line of long) assert.ok(m(line) <= 80, line);
    assert.deepEqual(packHolders('Members: ', ['Ministry of Health', 'MIMS Pte Ltd.'], ', ', 300, m, 'en'), ['Members: Ministry of Health,', 'MIMS Pte Ltd.']);
  });

  it('keeps the count buttons on the web page, where they open the list', () => {
    const box = layoutOrgChart({ doc, width: 1280, measure }).byId.get('partnership-council')!;
    assert.deepEqual(
      box.counts.map((c) => c.text),
      ['構成メンバー：20件', 'オブザーバー：43件'],
    );
  });
});
