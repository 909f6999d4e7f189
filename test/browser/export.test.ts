import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement, svg } from 'lit';
import { exportPNG, exportSVG, toCSV } from '../../src/export/index.js';

/** A drawing coloured through custom properties, as the chart elements do. */
class ExportProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
      --_text: rgb(17, 34, 51);
      --_series-1: rgb(230, 159, 0);
      background: rgb(250, 250, 250);
      font-family: 'Noto Sans CJK JP', sans-serif;
      font-size: 14px;
    }
    .cell {
      fill: var(--_series-1);
      stroke: var(--_text);
    }
    text {
      fill: var(--_text);
    }
    .dashed {
      stroke-dasharray: 4 2;
      fill: none;
      stroke: var(--_text);
    }
  `;

  override render() {
    return svg`<svg viewBox="0 0 200 100" width="200" height="100" role="img" aria-label="テスト">
      <title>予算</title>
      <rect class="cell" x="0" y="0" width="120" height="100"></rect>
      <text x="10" y="20">${'がんゲノム医療 & <推進>'}</text>
      <text x="130" y="20">${'49.1億円'}</text>
      <line class="dashed" x1="0" y1="90" x2="200" y2="90"></line>
    </svg>`;
  }
}
customElements.define('export-probe', ExportProbe);

describe('exportSVG', () => {
  it('returns standalone XML with the labels and computed colours inlined', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const text = exportSVG(el);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).to.equal('200');
    const labels = Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
    expect(labels).to.deep.equal(['がんゲノム医療 & <推進>', '49.1億円']);
    // No var() survives: the colours are resolved values.
    expect(text).not.to.contain('var(');
    expect(doc.querySelector('rect.cell')!.getAttribute('style')).to.match(/fill:\s*rgb\(230, 159, 0\)/);
    expect(doc.querySelector('rect.cell')!.getAttribute('style')).to.match(/stroke:\s*rgb\(17, 34, 51\)/);
    expect(doc.querySelector('text')!.getAttribute('style')).to.match(/fill:\s*rgb\(17, 34, 51\)/);
    expect(doc.querySelector('line')!.getAttribute('style')).to.match(/stroke-dasharray:\s*4px, 2px/);
    expect(root.getAttribute('style')).to.contain('Noto Sans CJK JP');
    // The host's background is painted behind the drawing, after <title>.
    const background = root.querySelector(':scope > rect')!;
    expect(background.getAttribute('fill')).to.equal('rgb(250, 250, 250)');
    expect(root.firstElementChild!.localName).to.equal('title');
    expect(text).not.to.contain('<!--');
  });

  it('renders the same standalone: the file drawn in an <img> has the fill colour', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const url = URL.createObjectURL(new Blob([exportSVG(el, { background: null })], { type: 'image/svg+xml' }));
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 200;
    canvas.height = 100;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const [r, g, b] = context.getImageData(60, 60, 1, 1).data;
    expect([r, g, b]).to.deep.equal([230, 159, 0]);
    URL.revokeObjectURL(url);
  });

  it('throws for an element with nothing drawn', async () => {
    // Not fixture(): it waits for an animation frame, which a background tab may never give.
    const el = document.createElement('div');
    document.body.append(el);
    expect(() => exportSVG(el)).to.throw(/no drawn <svg>/);
    el.remove();
  });
});

describe('exportPNG', () => {
  it('draws the chart at the given scale', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const blob = await exportPNG(el, { scale: 2 });
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([400, 200]);
    const canvas = new OffscreenCanvas(400, 200);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    expect(Array.from(context.getImageData(120, 120, 1, 1).data)).to.deep.equal([230, 159, 0, 255]);
    expect(Array.from(context.getImageData(340, 120, 1, 1).data)).to.deep.equal([250, 250, 250, 255]);
  });
});

describe('toCSV', () => {
  it('quotes as RFC 4180 says', () => {
    expect(
      toCSV([
        ['名称', '金額（円）'],
        ['がんゲノム医療の戦略的推進', 2_000_000_000],
        ['a,b', 'say "hi"'],
        ['two\nlines', -0.024],
        ['', Number.NaN],
      ]),
    ).to.equal('名称,金額（円）\r\nがんゲノム医療の戦略的推進,2000000000\r\n"a,b","say ""hi"""\r\n"two\nlines",-0.024\r\n,\r\n');
  });

  it('keeps labels that look like formulas as text', () => {
    expect(toCSV([['=HYPERLINK("x")', '+1', '@SUM(A1)', '−2.4%'], [-3]])).to.equal(`"'=HYPERLINK(""x"")",'+1,'@SUM(A1),−2.4%\r\n-3\r\n`);
  });

  it('adds a UTF-8 BOM for Excel when asked', () => {
    const csv = toCSV([['本部']], { bom: true });
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1)).to.equal('本部\r\n');
    expect(toCSV([['本部']]).charCodeAt(0)).to.equal('本'.charCodeAt(0));
  });
});
