// The layout lint's rules on typed lines and link labels (test/lint/line-lint.ts), on small
// hand-built drawings: a tree of one parent and two children (stem 20→60 at x 200, bus along
// y 60 from x 100 to 300, drops to y 100) and typed lines placed across, along or away from it.
import { expect, fixture, html } from '@open-wc/testing';
import { formatFindings, lintLayout, type LintFinding, type LintOptions } from './layout-lint.js';
import { parseStraightPath } from './line-lint.js';

const FONT = `font-family:'Noto Sans CJK JP',sans-serif`;

async function chart(svg: string, width = 400, height = 240): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>text{${FONT};font-size:14px;fill:#222}rect{fill:#fff;stroke:none}path{fill:none;stroke:#333;stroke-width:1.5}</style>
    <svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svg}</svg>`;
  await document.fonts.ready;
  return host;
}

const TREE = `<g class="edges" data-lint-line="tree"><path d="M200 20V60H100V100"></path><path d="M200 20V60H300V100"></path></g>`;
/** Typed lines, one `<g data-lint-id>` each (a double line is two paths in one group). */
const links = (...ds: string[]) =>
  `<g class="links" data-lint-line="link">${ds.map((d, i) => `<g class="link" data-lint-id="k${i}"><path class="outer" d="${d}"></path><path class="inner" d="${d}" style="stroke:#fff;stroke-width:0.5"></path></g>`).join('')}</g>`;
const LINE_RULES = ['line-crossing', 'line-parallel', 'line-too-long', 'label-off-line'] as const;
const lint = async (svg: string, options: LintOptions = {}) => lintLayout(await chart(svg), { rules: LINE_RULES, ...options });
const only = (findings: LintFinding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('layout lint: typed lines', () => {
  it('reads straight path data (absolute and relative, H/V, Z) and declines curves', () => {
    expect(parseStraightPath('M10 20L30 20V50h-5z')).to.deep.equal([[[10, 20], [30, 20], [30, 50], [25, 50], [10, 20]]]);
    expect(parseStraightPath('M0 0L1 1 M5 5l2 0 0 3')).to.deep.equal([[[0, 0], [1, 1]], [[5, 5], [7, 5], [7, 8]]]);
    expect(parseStraightPath('M0 0C10 0 10 10 20 10')).to.equal(undefined);
    // With curve steps: a Bézier as chords through points on it (a band's rounded corner), arcs still undefined.
    expect(parseStraightPath('M0 0Q10 0 10 10V20', 2)).to.deep.equal([[[0, 0], [7.5, 2.5], [10, 10], [10, 20]]]);
    expect(parseStraightPath('M0 0c10 0 10 10 20 10', 2)).to.deep.equal([[[0, 0], [10, 5], [20, 10]]]);
    expect(parseStraightPath('M0 0A5 5 0 0 1 10 0', 2)).to.equal(undefined);
  });

  it('finds a typed line through the tree bus, naming both lines and the point', async () => {
    const found = only(await lint(`${TREE}${links('M150 10V50H160V90')}`), 'line-crossing');
    expect(found, formatFindings(found)).to.have.length(1);
    expect(found[0]!.element).to.equal('path.outer from (150, 10) to (160, 90) × tree connector g.edges > path from (200, 20) to (100, 100)');
    expect(found[0]!.detail).to.contain("crosses the tree's bus").and.contain('(160, 60)');
  });

  it('accepts one crossing of a drop, and finds two; a line clear of the tree has none', async () => {
    // Across both drops at y 80: two drops crossed.
    const two = only(await lint(`${TREE}${links('M20 80H380')}`), 'line-crossing');
    expect(two.map((f) => f.detail.match(/at \(\d+, \d+\)/)![0])).to.deep.equal(['at (100, 80)', 'at (300, 80)']);
    expect(two[0]!.detail).to.contain('2 tree drops/stems crossed in all; 1 accepted');
    // Across one drop only.
    expect(only(await lint(`${TREE}${links('M20 80H200')}`), 'line-crossing')).to.deep.equal([]);
    // Below the children; one that leaves a child where its drop comes in; one along a child's top,
    // across both drops' last 2 px (junctions at the boxes, not crossings).
    const clean = await lint(`${TREE}${links('M20 150H380', 'M100 100V150', 'M96 98H304')}`);
    expect(clean, formatFindings(clean)).to.deep.equal([]);
  });

  it('finds two typed lines crossing each other once, not where they share an end', async () => {
    const found = only(await lint(links('M20 150H380', 'M200 120V200', 'M380 150V220')), 'line-crossing');
    expect(found).to.have.length(1);
    expect(found[0]!.detail).to.contain('crosses another typed line at (200, 150)');
  });

  it('finds a typed line running alongside the bus within 20 px for a long way, not one further off or short', async () => {
    const near = only(await lint(`${TREE}${links('M90 72H310')}`, { allowedDropCrossings: 2 }), 'line-parallel');
    expect(near, formatFindings(near)).to.have.length(1);
    expect(near[0]!.detail).to.contain('runs 200 px alongside a tree connector, 12 px from it');
    expect(only(await lint(`${TREE}${links('M90 84H310')}`, { allowedDropCrossings: 2, parallelGap: 20 }), 'line-parallel')).to.deep.equal([]);
    expect(only(await lint(`${TREE}${links('M210 72H260')}`), 'line-parallel')).to.deep.equal([]);
  });

  it('finds a typed line longer than the limit, with its length', async () => {
    const found = only(await lint(links('M10 150H390', 'M10 200H200'), { maxLineLength: 300 }), 'line-too-long');
    expect(found).to.have.length(1);
    expect(found[0]!.detail).to.contain('380 px long (more than 300 px');
    // By default the limit is two viewport heights: nothing in this small drawing.
    expect(only(await lint(links('M10 150H390')), 'line-too-long')).to.deep.equal([]);
  });
});

describe('layout lint: link labels against their lines', () => {
  const label = (x: number, y: number, owner = 'k0') =>
    `<g class="link-label" data-lint-owner="${owner}"><rect x="${x}" y="${y}" width="40" height="20"></rect><text x="${x + 6}" y="${y + 15}">連携</text></g>`;

  it('takes a label on its own line, or against it, as touching', async () => {
    const on = await lint(`${links('M20 150H380')}${label(180, 140)}`);
    expect(on, formatFindings(on)).to.deep.equal([]);
    const against = await lint(`${links('M20 150H380')}${label(180, 128)}`);
    expect(against, formatFindings(against)).to.deep.equal([]);
  });

  it('finds a label away from its own line, with the distance', async () => {
    const found = only(await lint(`${links('M20 150H380', 'M20 200H380')}${label(180, 110)}`), 'label-off-line');
    expect(found, formatFindings(found)).to.have.length(1);
    expect(found[0]!.element).to.contain('連携');
    expect(found[0]!.detail).to.contain('20 px from its own line');
    // Next to another line but not its own: still off its line.
    const wrong = only(await lint(`${links('M20 150H380', 'M20 200H380')}${label(180, 190)}`), 'label-off-line');
    expect(wrong[0]!.detail).to.contain('40 px from its own line');
  });

  it('finds a label across an upright piece by a turn (the line shows 6 px below it), not one the line runs through', async () => {
    // k0 runs down x 200 to y 166, then left: the chip (y 140–160) sits on the upright piece 6 px above the turn.
    const found = only(await lint(`${links('M200 40V166H20')}${label(180, 140)}`), 'label-off-line');
    expect(found, formatFindings(found)).to.have.length(1);
    expect(found[0]!.detail).to.contain('6 px from its own line');
    expect(only(await lint(`${links('M200 40V186H20')}${label(180, 140)}`), 'label-off-line')).to.deep.equal([]);
  });

  it('finds a label against a typed line it does not name (it reads as that line\'s label)', async () => {
    // A bare label (no chip) on its line k0, letters from x 186; k1 (1.5 px stroke) runs down 3 px
    // left of the letters, then 9 px left.
    const bare = (x: number) => `${links('M20 150H380', `M${x} 100V200`)}<g class="link-label" data-lint-owner="k0"><text x="186" y="155">連携</text></g>`;
    const found = only(await lint(bare(183)), 'label-off-line');
    expect(found, formatFindings(found)).to.have.length(1);
    expect(found[0]!.detail).to.match(/its letters are [1-3] px from another typed line/);
    expect(only(await lint(bare(177)), 'label-off-line')).to.deep.equal([]);
  });

  it('measures letters against another line no wider than their chip, and wants LABEL_OTHER_LINE_GAP (5 px) from its stroke', async () => {
    // 28 px letters on a 20 px chip (y 140–160) on k0: the text's box (ascent and descent) reaches
    // about 6 px below the chip, where k1 (1.5 px stroke) runs; a reader sees the letters end at the chip.
    const tall = (y: number) => `${links('M20 150H380', `M20 ${y}H380`)}<g class="link-label" data-lint-owner="k0"><rect x="180" y="140" width="40" height="20"></rect><text x="186" y="164" style="font-size:28px">連</text></g>`;
    const clear = only(await lint(tall(165.75)), 'label-off-line');
    expect(clear, formatFindings(clear)).to.deep.equal([]);
    const near = only(await lint(tall(164.75)), 'label-off-line');
    expect(near, formatFindings(near)).to.have.length(1);
    expect(near[0]!.detail).to.contain('its letters are 4 px from another typed line').and.contain('at least 5 px');
  });

  it('finds a chip that hides a tree connector beside the letters', async () => {
    // The chip (x 184–224) hides the drop at x 220 right of the text; a chip clear of it does not.
    const found = only(await lint(`${TREE.replace('H300V100', 'H220V100')}${links('M20 80H180')}${label(184, 70)}`, { allowedDropCrossings: 2 }), 'label-off-line');
    expect(found, formatFindings(found)).to.have.length(1);
    expect(found[0]!.detail).to.match(/its chip hides \d+ px of a tree connector/);
    expect(only(await lint(`${TREE}${links('M20 80H180')}${label(130, 70)}`, { allowedDropCrossings: 2 }), 'label-off-line')).to.deep.equal([]);
  });
});
