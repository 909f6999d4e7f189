import { expect, fixture, html } from '@open-wc/testing';
import { lintChart, lintLayout, formatFindings, type LintFinding } from './layout-lint.js';

const FONT = `font-family:'Noto Sans CJK JP',sans-serif`;

/** A host with a shadow root holding the SVG, as the charts draw. */
async function chart(svg: string, width = 400, height = 200): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>text{${FONT};font-size:14px;fill:#222}rect{fill:#eef;stroke:#667}path,line{fill:none;stroke:#333;stroke-width:1.5}</style>
    <svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svg}</svg>`;
  await document.fonts.ready;
  return host;
}

const rules = (findings: LintFinding[]) => findings.map((f) => f.rule);
const only = (findings: LintFinding[], rule: string) => findings.filter((f) => f.rule === rule);

/** Two boxes with their names and a link between them: a correct little org chart. */
const GOOD = `
  <g class="lanes"><g class="lane" data-lane-band="rd"><rect x="0" y="0" width="400" height="120" style="fill:#f6f6f6"></rect><text class="lane-label" x="6" y="112">研究開発</text></g></g>
  <g class="box" data-lane="rd"><rect x="10" y="20" width="150" height="60"></rect><text x="20" y="45">推進本部</text><text x="20" y="68">本部長：総理</text></g>
  <g class="box" data-lane="rd"><rect x="230" y="20" width="150" height="60"></rect><text x="240" y="45">推進会議</text><text x="240" y="68">議長：官房長官</text></g>
  <g class="links"><path d="M160 50H230"></path></g>
  <g class="tick"><line x1="0" x2="400" y1="160" y2="160"></line><text x="190" y="180">0%</text></g>`;

describe('layout lint', () => {
  it('finds nothing in a correct layout: separate labels, own boxes, lines clear of text, a label on its lane band', async () => {
    const el = await chart(GOOD);
    const { findings, skipped } = lintChart(el);
    expect(findings, formatFindings(findings)).to.deep.equal([]);
    expect(skipped).to.deep.equal([]);
  });

  it('finds two labels drawn over each other, naming both and the overlap', async () => {
    const el = await chart(`<text x="20" y="40">健康・医療戦略推進本部</text><text x="60" y="44">推進会議</text>`);
    const found = only(lintLayout(el), 'text-overlap');
    expect(found).to.have.length(1);
    expect(found[0]!.element).to.contain('健康・医療戦略推進本部').and.contain('推進会議');
    expect(found[0]!.detail).to.match(/overlap by \d+ px × \d+ px/);
  });

  it('does not count labels on neighbouring lines or side by side as overlapping', async () => {
    const el = await chart(`<text x="20" y="40">一行目のラベル</text><text x="20" y="60">二行目のラベル</text><text x="140" y="40">隣のラベル</text>`);
    expect(lintLayout(el), formatFindings(lintLayout(el))).to.deep.equal([]);
  });

  it('finds drawn text under 12 px, also when a transform shrinks it, and under 18 px on a slide', async () => {
    const el = await chart(`<text x="10" y="30" style="font-size:10px">小さい</text><g transform="scale(0.5)"><text x="20" y="120" style="font-size:16px">縮小</text></g><text x="10" y="150">十四</text>`);
    const small = only(lintLayout(el), 'text-too-small');
    expect(small.map((f) => f.element)).to.have.length(2);
    expect(small[0]!.detail).to.contain('10 px');
    expect(small[1]!.detail).to.contain('8 px');
    expect(only(lintLayout(el, { minFontPx: 18 }), 'text-too-small')).to.have.length(3);
  });

  it('counts a circled number at half its font size: its digit is drawn inside the circle (R13-7-1: 「所管⑦」 at 12 px drew a 5 px digit)', async () => {
    const el = await chart(`<text x="10" y="30" style="font-size:12px">所管⑦</text><text x="10" y="60" style="font-size:12px">所管<tspan x="60">7</tspan></text><text x="10" y="100" style="font-size:24px">⑦</text>`);
    const small = only(lintLayout(el), 'text-too-small');
    expect(small.map((f) => f.element)).to.have.length(1);
    expect(small[0]!.detail).to.contain('6 px');
  });

  it('finds text wider than its box, with both widths', async () => {
    const el = await chart(`<g class="box"><rect x="10" y="10" width="80" height="40"></rect><text x="16" y="36">国立研究開発法人日本医療研究開発機構</text></g>`);
    const found = only(lintLayout(el), 'text-overflow');
    expect(found).to.have.length(1);
    expect(found[0]!.detail).to.match(/in a box of 80 px × 40 px/).and.match(/past the right/);
  });

  it('finds text cut with … where its box has room, not where it has none', async () => {
    const roomy = await chart(`<g><rect x="10" y="10" width="300" height="40"></rect><text x="16" y="36" data-full-text="適正な評価の環境・基盤整備">適正な評価の環境・…</text></g>`, 320);
    const found = only(lintLayout(roomy), 'text-truncated');
    expect(found).to.have.length(1);
    expect(found[0]!.detail).to.contain('適正な評価の環境・基盤整備');
    const tight = await chart(`<g><rect x="10" y="10" width="140" height="40"></rect><text x="16" y="36" data-full-text="適正な評価の環境・基盤整備">適正な評価の…</text></g>`, 150);
    expect(only(lintLayout(tight), 'text-truncated')).to.deep.equal([]);
  });

  it('finds a label crossed by a line or straddling a box it does not belong to', async () => {
    const el = await chart(`
      <g class="box"><rect x="10" y="10" width="120" height="50"></rect><text x="20" y="40">本部</text></g>
      <g class="links"><path d="M0 120H400"></path></g>
      <g class="link-label"><text x="100" y="125">所管</text></g>
      <g class="box"><rect x="200" y="10" width="120" height="50"></rect></g>
      <g class="link-label"><text x="150" y="40">連携ラベル</text></g>`);
    const found = only(lintLayout(el), 'label-over-shape');
    expect(found.map((f) => f.element)).to.have.length(2);
    expect(found[0]!.element).to.contain('所管');
    expect(found[0]!.detail).to.contain('crossed by g.links > path');
    expect(found[1]!.element).to.contain('連携ラベル');
    expect(found[1]!.detail).to.contain('straddles the edge of g.box > rect');
  });

  it('finds a line through a label whatever its outline: a slant, a curve, a polyline, a rounded frame, a moved group', async () => {
    const label = `<g class="link-label"><text x="150" y="105">所管ラベル</text></g>`;
    const through = [
      '<g class="links"><path d="M120 70L260 120"></path></g>',
      '<g class="links"><path d="M100 140C150 60 200 140 260 80"></path></g>',
      '<g class="links"><polyline points="100,20 180,20 180,180" style="fill:none;stroke:#333"></polyline></g>',
      '<g class="frame"><rect x="170" y="30" width="150" height="70" rx="12" style="fill:none;stroke:#333"></rect></g>',
      '<g class="links" transform="translate(0 45)"><path d="M0 50H400"></path></g>',
    ];
    for (const line of through) {
      const found = only(lintLayout(await chart(`${line}${label}`)), 'label-over-shape');
      expect(found, line).to.have.length(1);
      expect(found[0]!.detail, line).to.contain('crossed by');
    }
    // Clear of the letters: a line 10 px above, a frame round the label, a curve that bends away.
    const clear = [
      '<g class="links"><path d="M0 80H400"></path></g>',
      '<g class="frame"><rect x="140" y="80" width="100" height="36" rx="8" style="fill:none;stroke:#333"></rect></g>',
      '<g class="links"><path d="M100 70C150 40 250 40 300 70"></path></g>',
    ];
    for (const line of clear) expect(only(lintLayout(await chart(`${line}${label}`)), 'label-over-shape'), line).to.deep.equal([]);
  });

  it('takes a label on a chip over one line as on its own line, and finds a second line under it', async () => {
    const chipLabel = `<g class="link-label"><rect x="170" y="40" width="40" height="20" style="fill:#fff;stroke:none"></rect><text x="176" y="55">連携</text></g>`;
    const one = await chart(`<g class="link"><path d="M0 50H400"></path></g>${chipLabel}`);
    expect(lintLayout(one), formatFindings(lintLayout(one))).to.deep.equal([]);
    const two = await chart(`<g class="link"><path d="M0 50H400"></path></g><g class="link"><path d="M190 0V200"></path></g>${chipLabel}`);
    const found = only(lintLayout(two), 'label-over-shape');
    expect(found).to.have.length(1);
    expect(found[0]!.detail).to.contain('2 lines under one label');
    // Without a chip, a line through the text is found even when it is the only one.
    const bare = await chart(`<g class="link"><path d="M0 50H400"></path></g><g class="link-label"><text x="176" y="55">連携</text></g>`);
    expect(only(lintLayout(bare), 'label-over-shape')).to.have.length(1);
  });

  it('finds a label covered by a box drawn after it, and none under a band drawn before it', async () => {
    const el = await chart(`<g class="band"><rect x="0" y="0" width="400" height="100" style="fill:#f4f4f4;stroke:none"></rect></g>
      <g class="label"><text x="20" y="40">隠れるラベル</text></g>
      <g class="box"><rect x="60" y="20" width="120" height="40"></rect></g>`);
    const found = only(lintLayout(el), 'label-over-shape');
    expect(found).to.have.length(1);
    expect(found[0]!.detail).to.contain('covered by g.box > rect drawn over it');
  });

  it('finds a cut text in a full box when the chart has free width, from its data-full-text', async () => {
    const svg = `<g><rect x="10" y="10" width="90" height="40"></rect><text x="16" y="36" data-full-text="国立研究開発法人日本医療研究開発機構">国立研究…</text></g>`;
    const wide = only(lintLayout(await chart(svg, 600)), 'text-truncated');
    expect(wide).to.have.length(1);
    expect(wide[0]!.detail).to.match(/needs \d+ px more/).and.match(/\d+ px free in the chart width/);
    // In a chart no wider than the drawing, a box that is full is no finding.
    expect(only(lintLayout(await chart(svg, 110)), 'text-truncated')).to.deep.equal([]);
  });

  it('lets a label in another layer own its box through data-lint-owner', async () => {
    const svg = (owner: string) => `<g class="cells"><rect data-lint-id="c1" x="10" y="10" width="60" height="40"></rect><rect x="70" y="10" width="200" height="40" style="fill:#fee"></rect></g>
      <g class="labels"><text ${owner} x="16" y="36">長い名前のセル</text></g>`;
    const plain = lintLayout(await chart(svg('')));
    expect(rules(plain)).to.include('text-overflow');
    const owned = only(lintLayout(await chart(svg('data-lint-owner="c1"'))), 'text-overflow');
    expect(owned).to.have.length(1);
    expect(owned[0]!.detail).to.contain('box of 60 px × 40 px');
  });

  it('finds text cut at the edge of the drawing and content outside it', async () => {
    const el = await chart(`<text x="340" y="40">右端で切れるラベル</text><g><rect x="500" y="20" width="80" height="30"></rect></g>`, 400, 100);
    const found = lintLayout(el);
    expect(only(found, 'text-clipped')).to.have.length(1);
    expect(only(found, 'text-clipped')[0]!.detail).to.contain('past the right');
    const outside = only(found, 'content-outside');
    expect(outside).to.have.length(1);
    expect(outside[0]!.detail).to.match(/^2 drawn elements/).and.contain('past the right');
  });

  it('finds a body drawn inside another lane band, and skips the rule when the chart exposes no lanes', async () => {
    const el = await chart(`
      <g data-lane-band="rd"><rect x="0" y="0" width="200" height="100" style="fill:#f6f6f6"></rect></g>
      <g data-lane-band="ict"><rect x="200" y="0" width="200" height="100" style="fill:#f0f6f0"></rect></g>
      <g data-lane=""><rect x="220" y="20" width="120" height="40"></rect><text x="230" y="45">ＩＴ総合戦略室</text></g>
      <g data-lane="rd"><rect x="20" y="20" width="120" height="40"></rect><text x="30" y="45">研究会議</text></g>
      <g data-lane="rd"><rect x="60" y="60" width="180" height="30"></rect></g>`);
    const found = only(lintLayout(el), 'lane-mismatch');
    expect(found).to.have.length(2);
    expect(found[1]!.detail).to.contain('a body of lane "rd" reaches 40 px × 30 px into the band of lane "ict"');
    expect(found[0]!.element).to.contain('ＩＴ総合戦略室');
    expect(found[0]!.detail).to.contain('a body in no lane has its centre inside the band of lane "ict"');
    const bare = await chart(`<g><rect x="20" y="20" width="120" height="40"></rect></g>`);
    expect(lintChart(bare).skipped.map((s) => s.rule)).to.deep.equal(['lane-mismatch']);
  });

  it('ignores hidden and transparent elements and what data-lint-ignore names', async () => {
    const el = await chart(`
      <text x="20" y="40">見えるラベル</text>
      <text x="20" y="40" style="display:none">隠れたラベル</text>
      <text x="20" y="40" style="opacity:0">透明なラベル</text>
      <rect x="0" y="0" width="400" height="200" style="fill:transparent;stroke:none"></rect>
      <text x="25" y="42" data-lint-ignore="text-overlap">重なってよい</text>`);
    expect(lintLayout(el), formatFindings(lintLayout(el))).to.deep.equal([]);
  });
});

// Lane bands drawn as one outline (issue 8): an L-shaped band round a lane whose bodies stand in
// columns of different heights, another lane's band in the notch of the L.
describe('layout lint: lanes drawn as one outline', () => {
  /** 市場開拓 over two columns (the right one shorter), ICT under the right one, in the L's notch. */
  const L = (extra = '') => `
    <g data-lane-band="market"><path d="M0 0H400V120H200V300H0Z" style="fill:#f6f6f6;stroke:#999"></path><text data-lane-label="market" x="6" y="16" style="font-size:12px">市場開拓</text></g>
    <g data-lane-band="ict"><path d="M212 132H400V300H212Z" style="fill:#f0f6f0;stroke:#999"></path><text data-lane-label="ict" x="218" y="148" style="font-size:12px">ＩＣＴ</text></g>
    <g data-lane="market"><rect x="20" y="30" width="150" height="60"></rect><text x="30" y="60">統合会議</text></g>
    <g data-lane="market"><rect x="220" y="30" width="150" height="60"></rect><text x="230" y="60">予防会議</text></g>
    <g data-lane="market"><rect x="20" y="200" width="150" height="60"></rect><text x="30" y="230">再生会議</text></g>
    <g data-lane="ict"><rect x="230" y="180" width="150" height="60"></rect><text x="240" y="210">ＩＣＴ会議</text></g>${extra}`;

  it('reads an L-shaped band by its fill: a body of another lane in its notch is not inside it', async () => {
    const el = await chart(L(), 420, 320);
    const found = lintLayout(el).filter((f) => f.rule === 'lane-mismatch' || f.rule === 'lane-split');
    expect(found, formatFindings(found)).to.deep.equal([]);
  });

  it('finds a body of another lane inside the L', async () => {
    const el = await chart(L(`<g data-lane="rd"><rect x="20" y="110" width="150" height="60"></rect><text x="30" y="140">迷子</text></g>`), 420, 320);
    const found = only(lintLayout(el), 'lane-mismatch');
    expect(found).to.have.length(1);
    expect(found[0]!.element).to.contain('迷子');
    expect(found[0]!.detail).to.contain('has its centre inside the band of lane "market"');
  });

  it('finds a lane drawn as two bands with its name twice (a reader sees two lanes of one name)', async () => {
    const el = await chart(`
      <g data-lane-band="market"><rect x="0" y="0" width="190" height="300" style="fill:#f6f6f6"></rect><text data-lane-label="market" x="6" y="16" style="font-size:12px">市場開拓</text></g>
      <g data-lane-band="market"><rect x="210" y="0" width="190" height="120" style="fill:#f6f6f6"></rect><text data-lane-label="market" x="216" y="16" style="font-size:12px">市場開拓</text></g>
      <g data-lane="market"><rect x="20" y="30" width="150" height="60"></rect></g>
      <g data-lane="market"><rect x="220" y="30" width="150" height="60"></rect></g>`, 420, 320);
    const found = only(lintLayout(el), 'lane-split');
    expect(found).to.have.length(2);
    expect(found[0]!.detail).to.contain('lane "market" is drawn as 2 separate bands (190 px × 300 px, 190 px × 120 px)');
    expect(found[1]!.detail).to.contain('lane "market" is named 2 times');
  });
});
