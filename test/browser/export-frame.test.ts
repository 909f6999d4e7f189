import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import JSZip from 'jszip';
import '../../src/define.js';
import { exportPNG, inlineWebFonts } from '../../src/export/index.js';
import type { PolicyChartElement } from '../../src/kit/element/policy-chart-element.js';
import { parseSVGDocument } from './fixtures/svg-document.js';

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();

async function mount(tag: string, data: unknown, style = 'width: 900px'): Promise<PolicyChartElement<never>> {
  const el = document.createElement(tag) as PolicyChartElement<never>;
  el.setAttribute('style', style);
  (el as unknown as { data: unknown }).data = data;
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.status === 'ready' && el.shadowRoot!.querySelector('svg text'), 'chart drawn');
  return el;
}

const parse = parseSVGDocument;

/** The frame's own text lines (title, description, legend labels, notes, 出典), not the chart's. */
const frameLines = (doc: XMLDocument) => Array.from(doc.querySelectorAll(':scope > text'), (t) => t.textContent ?? '');

/** Pixels of a PNG row band that differ from the background colour at (0, 0). */
async function inkInBand(png: Blob, top: number, bottom: number): Promise<number> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
  let ink = 0;
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(bitmap.height, Math.ceil(bottom)); y++) {
    for (let x = 0; x < bitmap.width; x++) {
      const i = (y * bitmap.width + x) * 4;
      if (Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0) > 120) ink++;
    }
  }
  return ink;
}

describe('whole-figure export from the elements (toSVG, toPNG, toPPTX)', () => {
  it('toSVG frames the org chart with its title, its legend with line samples and 出典', async () => {
    const data = (await load('/data/governance.json')) as { title: string; source: string };
    const el = await mount('policy-org-chart', data);
    const doc = parse(await el.toSVG());
    const lines = frameLines(doc);
    expect(lines[0]).to.equal(data.title);
    expect(doc.documentElement.querySelector(':scope > title')!.textContent).to.equal(data.title);
    // The legend as the element shows it: each label beside its own drawn line sample.
    const legend = Array.from(el.shadowRoot!.querySelectorAll('[part="legend"] li'), (li) => li.textContent!.trim());
    expect(legend.length).to.be.greaterThan(1);
    for (const label of legend) expect(lines).to.include(label);
    const samples = doc.documentElement.querySelectorAll(':scope > svg[width="40"][height="16"]');
    expect(samples.length).to.equal(legend.length);
    expect(lines.join('')).to.contain(`出典: ${data.source}`);
    // The chart itself is nested whole, below the title and above the 出典.
    const chart = doc.documentElement.querySelector(':scope > svg:not([width="40"])')!;
    expect(chart.textContent).to.contain('健康・医療戦略推進本部');
  });

  it('toSVG frames the budget with its total, legend notes and 出典, and the effect chart with its notes', async () => {
    const budget = await mount('policy-budget-treemap', await load('/data/pharma-budget.json'));
    const lines = frameLines(parse(await budget.toSVG())).join('\n');
    expect(lines).to.contain('医薬品産業強化総合戦略');
    // The frame wraps the long header over several lines: compare without line breaks and spaces.
    expect(lines.replace(/\s+/g, '')).to.contain(budget.shadowRoot!.querySelector('[part="total"]')!.textContent!.replace(/\s+/g, ''));
    expect(lines).to.contain('出典: スライド資料');
    const effectData = (await load('/data/effects/egfr-response.json')) as { notes?: string[] };
    const effect = await mount('policy-effect-chart', effectData);
    const effectLines = frameLines(parse(await effect.toSVG())).join('\n');
    expect(effectLines).to.contain('出典: スライド資料');
    for (const li of effect.shadowRoot!.querySelectorAll('[part="notes"] li')) expect(effectLines).to.contain(li.textContent!.trim());
  });

  it('toPNG draws the frame: ink where the SVG puts the title and the 出典, and the frame size', async () => {
    const el = await mount('policy-effect-chart', await load('/data/effects/egfr-response.json'));
    const doc = parse(await el.toSVG());
    const root = doc.documentElement;
    const texts = Array.from(root.querySelectorAll(':scope > text'));
    const title = texts[0]!;
    const source = texts.find((t) => t.textContent!.startsWith('出典'))!;
    const png = await el.toPNG(1);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Number(root.getAttribute('width')));
    expect(bitmap.height).to.equal(Math.round(Number(root.getAttribute('height'))));
    for (const text of [title, source]) {
      const y = Number(text.getAttribute('y'));
      const size = Number(text.getAttribute('font-size'));
      expect(await inkInBand(png, y - size, y + size * 0.2)).to.be.greaterThan(20, text.textContent!);
    }
    // Between the title band and the chart there is only margin: no ink there.
    const firstBaseline = Number(title.getAttribute('y'));
    expect(await inkInBand(png, 0, firstBaseline - Number(title.getAttribute('font-size')) - 2)).to.equal(0);
  });

  it('the drawing alone is still there with frame: false', async () => {
    const el = await mount('policy-effect-chart', await load('/data/effects/egfr-response.json'));
    const drawing = el.shadowRoot!.querySelector('svg.effect-chart')!.getBoundingClientRect();
    const bitmap = await createImageBitmap(await exportPNG(el, { scale: 1, frame: false }));
    expect(bitmap.width).to.equal(Math.round(drawing.width));
    expect(bitmap.height).to.equal(Math.round(drawing.height));
  });

  it('toPNG embeds the page web fonts: a web-only family draws differently than without them', async () => {
    const face = document.createElement('style');
    // A family only this page has (the bold file under a new name), so no system font can stand in.
    face.textContent = `@font-face{font-family:'Policy Web Only';font-weight:400;src:url(/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-700-normal.woff2) format('woff2')}`;
    document.head.append(face);
    try {
      await document.fonts.load("16px 'Policy Web Only'", '奏効率');
      const el = await mount('policy-effect-chart', await load('/data/effects/egfr-response.json'), "width: 720px; --policy-font-family: 'Policy Web Only', serif");
      const svg = await el.toSVG();
      const inlined = await inlineWebFonts(svg);
      expect(inlined).to.match(/@font-face\s*\{\s*font-family: "Policy Web Only";[^}]*url\("data:/);
      // The test page's own faces are for another family the drawing does not use.
      expect(inlined).not.to.contain('Noto Sans CJK JP";');
      const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
      const withFonts = await bytes(await exportPNG(el, { scale: 1 }));
      const without = await bytes(await exportPNG(el, { scale: 1, webFonts: false }));
      expect(withFonts.length === without.length && withFonts.every((b, i) => b === without[i])).to.equal(false);
    } finally {
      face.remove();
    }
  });

  it('an effect chart with English data on a Japanese page writes its deck in English, as it draws', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja"><policy-effect-chart .data=${await load('/data/effects/egfr-response.en.json')}></policy-effect-chart></div>`);
    const el = wrapper.querySelector('policy-effect-chart')!;
    await waitUntil(() => el.status === 'ready');
    const zip = await JSZip.loadAsync(await (await el.toPPTX()).arrayBuffer());
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).to.contain('Source: ');
    expect(slide).not.to.contain('出典');
  });

  it('toPPTX loads the writer on demand and returns a deck with the chart on a slide', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const data = (await load('/data/pharma-budget.json')) as { title: string };
      const el = await mount('policy-budget-treemap', data);
      const blob = await el.toPPTX();
      expect(blob.type).to.equal('application/vnd.openxmlformats-officedocument.presentationml.presentation');
      const zip = await JSZip.loadAsync(await blob.arrayBuffer());
      const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
      expect(slide).to.contain(data.title);
      expect(slide).to.contain('<p:sp>');
      // The save button goes the same way and reports nothing wrong.
      el.exportable = true;
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-export="pptx"]')!;
      expect(button.textContent!.trim()).to.equal('PowerPointで保存');
      const original = URL.createObjectURL;
      let saved: Blob | undefined;
      URL.createObjectURL = (object: Blob | MediaSource) => ((saved = object as Blob), original.call(URL, new Blob([])));
      // The download link is clicked, not followed: the test page stays.
      const stay = (event: Event) => event.target instanceof HTMLAnchorElement && event.target.download && event.preventDefault();
      document.addEventListener('click', stay, true);
      try {
        button.click();
        await waitUntil(() => saved, 'the deck is handed to the download');
      } finally {
        URL.createObjectURL = original;
        document.removeEventListener('click', stay, true);
      }
      expect(saved!.type).to.equal(blob.type);
      expect(el.shadowRoot!.querySelector('[part="export-error"]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
