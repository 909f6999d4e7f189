// Where org-chart lines meet their boxes (layout/ports.ts), one label per bundle of like lines,
// the upper levels' wider boxes, and the CLI file laid out as the element with the same metrics.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { layoutOrgChart, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { splitOrgColumns } from '../../src/charts/org/layout/columns.js';
import { ORG_PORT_SPACING, spreadOrgPorts } from '../../src/charts/org/layout/ports.js';
import type { OrgTreeItem } from '../../src/charts/org/layout/position.js';
import type { Point, Rect } from '../../src/charts/org/layout/route.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { orgFile } from '../../src/charts/org/file.js';
import { renderDocumentSVG } from '../../src/cli/render-document.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';

function load(file: string): OrganizationDocument {
  const result = parseOrganization(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const governance = load('governance.json');
const notoMeasure = createFontMeasure(bundledFontMetrics()!, 14);
const lay = (width: number): OrgChartLayout => layoutOrgChart({ doc: governance, width, measure: notoMeasure, measureSize: 14, locale: 'ja' });

const end = (points: readonly Point[]) => points[points.length - 1]!;

describe('spreadOrgPorts: lines into one side of a box', () => {
  // A target above three sources stacked down its left half; each line leaves its source's
  // right side, runs right and rises into the target's lower edge, all at x = 150 now.
  const target: Rect = { x: 0, y: 0, width: 200, height: 100 };
  const sources: Rect[] = [0, 1, 2].map((i) => ({ x: 10, y: 150 + i * 80, width: 100, height: 60 }));
  const routes: Point[][] = sources.map((s, i) => [
    [110, s.y + 30],
    [150 + i, s.y + 30],
    [150 + i, 100],
  ]);
  const obstacles = [target, ...sources];
  const near = (area: Rect) => obstacles.filter((r) => r.x < area.x + area.width && area.x < r.x + r.width && r.y < area.y + area.height && area.y < r.y + r.height);
  const spread = spreadOrgPorts(routes, (i) => [sources[i]!, target], near);

  it('gives each line its own port on the edge, the ports apart by the spacing', () => {
    const xs = spread.map((p) => end(p)[0]);
    assert.ok(spread.every((p) => end(p)[1] === 100), 'every line still ends on the lower edge');
    const sorted = [...xs].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) assert.equal(sorted[i]! - sorted[i - 1]!, ORG_PORT_SPACING);
  });

  it('orders the ports so that no line crosses another on its way in (the nearest source nearest its side)', () => {
    const xs = spread.map((p) => end(p)[0]);
    assert.ok(xs[0]! < xs[1]! && xs[1]! < xs[2]!, `ports ${xs.join(', ')}`);
  });

  it('moves only the last piece: lines still leave their sources where they did, and stay clear of the sources', () => {
    spread.forEach((p, i) => {
      assert.deepEqual(p[0], routes[i]![0]);
      assert.equal(p[1]![1], p[0]![1]);
      assert.equal(p[1]![0], end(p)[0]);
      assert.ok(end(p)[0] >= 110 + 6, 'right of the sources, with clearance');
    });
  });

  it('leaves a single line, and a straight line held at both ends, where they are', () => {
    const one = spreadOrgPorts([routes[0]!], () => [sources[0]!, target], near);
    assert.deepEqual(one[0], routes[0]);
    const straight: Point[] = [[60, 150], [60, 100]];
    const both = spreadOrgPorts([straight, routes[1]!], (i) => [sources[i]!, target], near);
    assert.deepEqual(both[0], straight);
  });
});

describe('governance: 所管 into AMED and the 共同事務局 lines', () => {
  for (const width of [800, 1280]) {
    it(`at ${width} px: four 所管 lines end on AMED at four ports at least 12 px apart, each labelled, none crossing another`, () => {
      const layout = lay(width);
      const amed = layout.byId.get('amed')!;
      const jurisdiction = layout.links.filter((l) => l.type === 'jurisdiction' && l.to === 'amed');
      assert.equal(jurisdiction.length, 4);
      const ends = jurisdiction.map((l) => end(l.points));
      // On AMED's edge: its lower edge, or a side (a ministry standing beyond AMED's width, in a row under it, may come in from the side).
      const sideOf = ([x, y]: Point) =>
        y === amed.y + amed.height && x >= amed.x && x <= amed.x + amed.width ? 'bottom' : (x === amed.x || x === amed.x + amed.width) && y >= amed.y && y <= amed.y + amed.height ? (x === amed.x ? 'left' : 'right') : undefined;
      assert.ok(ends.every((p) => sideOf(p)), `all on AMED's edge: ${JSON.stringify(ends)}`);
      for (const side of ['bottom', 'left', 'right']) {
        const along = ends.filter((p) => sideOf(p) === side).map(([x, y]) => (side === 'bottom' ? x : y)).sort((a, b) => a - b);
        for (let i = 1; i < along.length; i++) assert.ok(along[i]! - along[i - 1]! >= 12, `${side} ports ${along.join(', ')}`);
      }
      assert.ok(jurisdiction.every((l) => l.labelBox), 'every 所管 line keeps its label');
      // No two of them cross (a horizontal piece of one through a vertical piece of another).
      const pieces = (l: (typeof jurisdiction)[number]) => l.points.slice(1).map((p, i) => [l.points[i]!, p] as const);
      const crosses = ([a, b]: readonly [Point, Point], [c, d]: readonly [Point, Point]) => {
        const [h, v] = a[1] === b[1] ? [[a, b], [c, d]] : [[c, d], [a, b]];
        if (h[0]![1] !== h[1]![1] || v[0]![0] !== v[1]![0]) return false;
        const x = v[0]![0];
        const y = h[0]![1];
        return x > Math.min(h[0]![0], h[1]![0]) && x < Math.max(h[0]![0], h[1]![0]) && y > Math.min(v[0]![1], v[1]![1]) && y < Math.max(v[0]![1], v[1]![1]);
      };
      for (let i = 0; i < jurisdiction.length; i++)
        for (let j = i + 1; j < jurisdiction.length; j++)
          for (const p of pieces(jurisdiction[i]!)) for (const q of pieces(jurisdiction[j]!)) assert.ok(!crosses(p, q), `${jurisdiction[i]!.from} crosses ${jurisdiction[j]!.from}`);
    });

    it(`at ${width} px: no two link labels overlap, and no line crosses a box`, () => {
      const layout = lay(width);
      const boxes = layout.links.flatMap((l) => (l.labelBox ? [l.labelBox] : []));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          assert.ok(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), `labels ${i} and ${j} overlap`);
        }
      assert.ok(layout.links.every((l) => l.crossings === 0));
    });
  }

  // Since s10-labels each line of a bundle carries its own label (R10-0-16: one label between two lines named neither).
  // At 640 px (800 px widens the boxes and the lines spread: s11-arrange2).
  it('at 640 px each line of a bundle of 共同事務局 lines (side by side, 24 px apart at most) carries its own label, naming no other line', () => {
    const layout = lay(640);
    const joint = layout.links.filter((l) => l.type === 'joint-secretariat');
    assert.equal(joint.length, 4);
    const pieces = (l: (typeof joint)[number]) => l.points.slice(1).map((q, i) => [l.points[i]!, q] as const);
    const alongside = (a: (typeof joint)[number], b: (typeof joint)[number]) =>
      pieces(a).some(([p, q]) =>
        pieces(b).some(([u, v]) => {
          const level = p[1] === q[1];
          if (level !== (u[1] === v[1])) return false;
          const k = level ? 1 : 0;
          const j = level ? 0 : 1;
          const overlap = Math.min(Math.max(p[j], q[j]), Math.max(u[j], v[j])) - Math.max(Math.min(p[j], q[j]), Math.min(u[j], v[j]));
          return Math.abs(p[k] - u[k]) <= 24 && overlap > 40;
        }),
      );
    // Bundles: lines joined by running alongside.
    const bundles: Array<typeof joint> = [];
    for (const l of joint) {
      const touching = bundles.filter((b) => b.some((m) => alongside(l, m)));
      const merged = [l, ...touching.flat()];
      for (const b of touching) bundles.splice(bundles.indexOf(b), 1);
      bundles.push(merged);
    }
    assert.ok(bundles.some((b) => b.length > 1), 'lines run side by side');
    for (const b of bundles) for (const l of b) assert.ok(l.labelBox && !l.labelAlso?.length, `${l.from} → ${l.to}: ${JSON.stringify(l.labelBox)} ${l.labelAlso ?? ''}`);
  });

  it('at 1200 px ＩＣＴ stands level with the first 研究開発 council, the offices under it: the upper one\'s line goes straight up, the lower one\'s rises beside it (three bends at most)', () => {
    const layout = lay(1176);
    const ict = layout.byId.get('ict-platform')!;
    assert.equal(ict.y, layout.byId.get('device')!.y, 'ＩＣＴ stands level with the first 研究開発 council');
    assert.ok(ict.x > layout.byId.get('device')!.x + layout.byId.get('device')!.width);
    const lines = layout.links.filter((k) => k.type === 'joint-secretariat' && k.to === 'ict-platform');
    for (const l of lines) assert.ok(layout.byId.get(l.from)!.y > ict.y + ict.height, `${l.from} under ＩＣＴ`);
    assert.equal(Math.min(...lines.map((l) => l.points.length)), 2, 'one straight up');
    for (const l of lines) assert.ok(l.points.length <= 5, `${l.from}: ${JSON.stringify(l.points)}`);
  });

  it('at 1200 px no 共同事務局 line runs above the top row of boxes (round the whole chart)', () => {
    const layout = lay(1176);
    const top = Math.min(...layout.nodes.map((n) => n.y));
    for (const l of layout.links.filter((k) => k.type === 'joint-secretariat')) assert.ok(l.points.every(([, y]) => y >= top), `${l.from} → ${l.to}`);
  });
});

describe('box widths when the container has room', () => {
  it('at 1280 px the headquarters and AMED take up to 17 em (their names on one line), the drawing still fits', () => {
    const layout = lay(1280);
    assert.equal(layout.arrangement, 'compact');
    assert.ok(layout.bounds.width <= 1280, `${layout.bounds.width}`);
    for (const id of ['hq', 'amed']) assert.ok(layout.byId.get(id)!.width > 14 * 12, `${id} ${layout.byId.get(id)!.width}`);
    assert.equal(layout.byId.get('hq')!.lines.find((l) => l.kind === 'name')?.text, '健康・医療戦略推進本部');
  });
});

describe('the CLI file is laid out as the element is', () => {
  it('measures org text through measureAt at 14 px, and draws the layout the element gets from the same width and metrics', () => {
    const sizes: number[] = [];
    const measureAt = (size: number) => {
      sizes.push(size);
      return createFontMeasure(bundledFontMetrics()!, size);
    };
    const drawing = orgFile.drawFile({ doc: governance, width: 1176, locale: 'ja', measureAt });
    assert.deepEqual(sizes, [14]);
    const markup = collectResultSync(render(drawing.template));
    // A file draws no ⊖/⊕, so its open boxes keep no room for one (layout option `file`): the same
    // layout as the element's from the same width and metrics otherwise, never taller.
    const layout = layoutOrgChart({ doc: governance, width: 1176, measure: notoMeasure, measureSize: 14, locale: 'ja', file: true });
    assert.ok(layout.bounds.height <= lay(1176).bounds.height);
    const svg = /<svg\b[^>]*>/.exec(markup.slice(markup.indexOf('<svg')))![0];
    assert.equal(Number(/\sheight="([\d.]+)"/.exec(svg)![1]), Math.ceil(layout.bounds.height));
    assert.equal(Number(/\swidth="([\d.]+)"/.exec(svg)![1]), Math.ceil(layout.bounds.width));
  });

  it('the CLI passes the bundled font to the org file (governance at 1200 px renders)', () => {
    const result = renderDocumentSVG({ input: JSON.parse(readFileSync(new URL('../../data/governance.json', import.meta.url), 'utf8')), width: 1200 });
    assert.ok(result.ok);
  });
});

describe('splitOrgColumns: a body with lines to the right heads the right-hand column', () => {
  const mk = (id: string, lane: string): OrgTreeItem => ({
    body: { id, name: id, kind: 'other', aliases: [], roles: [], notes: [], editorNotes: [], lane } as unknown as OrgTreeItem['body'],
    content: { width: 100, height: 40, badge: { text: '', width: 0 }, lines: [], counts: [], truncated: false },
    satellite: false,
    children: [],
  });
  // The governance council's row: three 研究開発, one ＩＣＴ, then 市場開拓 (weights 1, 1, 3).
  const row = [mk('a', 'rd'), mk('b', 'rd'), mk('c', 'rd'), mk('d', 'ict'), mk('e', 'mk'), mk('f', 'mk'), mk('g', 'mk')];
  const weight = (i: OrgTreeItem) => (i.body.id === 'g' ? 3 : 1);
  const lane = (i: OrgTreeItem) => i.body.lane ?? '';
  const ids = (groups: OrgTreeItem[][]) => groups.map((g) => g.map((i) => i.body.id).join('')).join('|');

  it('by weight alone ＩＣＴ ends the left column', () => {
    assert.equal(ids(splitOrgColumns(row, 2, weight, lane)), 'abcd|efg');
  });

  it('pulled right (its lines go to a root drawn on the right) ＩＣＴ moves to the top of the right column', () => {
    assert.equal(ids(splitOrgColumns(row, 2, weight, lane, (i) => (i.body.id === 'd' ? 1 : 0))), 'abc|defg');
  });

  it('pulled left it stays in the left column', () => {
    assert.equal(ids(splitOrgColumns(row, 2, weight, lane, (i) => (i.body.id === 'd' ? -1 : 0))), 'abcd|efg');
  });
});
