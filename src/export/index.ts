/**
 * Export of a drawn chart: a standalone SVG string, a PNG, CSV of table rows, and a download
 * helper. Browser-only except {@link toCSV}, which is pure.
 *
 * Chart elements draw with CSS custom properties (`--_text`, `--_series-1`) resolved inside
 * their shadow root; an SVG file has no such stylesheet. So {@link exportSVG} clones the drawing
 * and writes the *computed* colours, strokes and fonts onto each clone as `style` attributes.
 */
import { finishStandaloneSVG } from '../cli/standalone.js';
import type { Locale } from '../data/types.js';
import { canMeasureWithCanvas, createCanvasMeasure } from '../kit/measure.js';
import { loadPPTX } from './load-pptx.js';
import type { SlideSize } from './pptx.js';
import { inlineWebFonts } from './web-fonts.js';
import { toValidXml } from './xml.js';

export { toValidXml } from './xml.js';
export { toCSV, type ToCSVOptions } from './csv.js';
export { inlineWebFonts } from './web-fonts.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Inherited properties: written on the root, then only where they differ from the parent. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'paint-order',
  'writing-mode',
  'text-orientation',
  'font-variant-numeric',
  'color',
] as const;

/** Non-inherited properties with the value that need not be written. */
const NOT_INHERITED: ReadonlyArray<readonly [string, string]> = [
  ['opacity', '1'],
  ['display', 'inline'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['filter', 'none'],
  ['vector-effect', 'none'],
  ['alignment-baseline', 'auto'],
  ['baseline-shift', '0px'],
];

/** Options of {@link exportSVG}. */
export interface ExportSVGOptions {
  /**
   * The file's `<title>` (file viewers and slide tools show it), when the drawing has none.
   * Default: the drawing's `aria-label`.
   */
  title?: string;
  /**
   * A colour painted behind the drawing. Default: the first non-transparent background of
   * the drawing or its ancestors (through the shadow host), so that dark-theme text stays
   * readable; `null` for none.
   */
  background?: string | null;
  /**
   * Draw the element's frame around the drawing, as the CLI's files have it: title,
   * description, legend, notes and 出典 (default true; only chart elements have a frame).
   * `false` exports the drawing alone.
   */
  frame?: boolean;
}

/** Options of {@link exportPNG}. */
export interface ExportPNGOptions extends ExportSVGOptions {
  /** Device pixels per CSS pixel (default 2). */
  scale?: number;
  /**
   * Embed the page's web fonts (its `@font-face` rules for the families the drawing uses) as
   * `data:` URLs before drawing (default true): an SVG drawn as an image loads nothing, so
   * without them the PNG falls back to a system font.
   */
  webFonts?: boolean;
}

/** Finds the drawing: the element itself if an `<svg>`, else the largest `<svg>` in its shadow root (or light DOM). */
function findDrawing(element: Element): SVGSVGElement {
  if (element instanceof SVGSVGElement) return element;
  const root: ParentNode = element.shadowRoot ?? element;
  let best: SVGSVGElement | undefined;
  let bestArea = -1;
  for (const svg of root.querySelectorAll('svg')) {
    // Nested <svg> (icons inside a drawing) are part of their outer drawing.
    if (svg.ownerSVGElement) continue;
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  if (!best) throw new Error(`exportSVG: <${element.localName}> has no drawn <svg>`);
  return best;
}

/** The first non-transparent background colour from `node` upwards, crossing shadow roots. */
function findBackground(node: Element): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const color = getComputedStyle(current).backgroundColor;
      if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
    }
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return null;
}

function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const declarations: Array<[property: string, value: string]> = [];
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property);
    if (value && (!parent || parent.getPropertyValue(property) !== value)) declarations.push([property, value]);
  }
  for (const [property, initial] of NOT_INHERITED) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) declarations.push([property, value]);
  }
  // Through the CSSOM, not as `style` attribute text: a page whose policy has no
  // style-src 'unsafe-inline' refuses (and reports) attribute text, even on a detached clone.
  const inline = (target as Element & ElementCSSInlineStyle).style;
  // Declarations already on the element keep winning: only the properties it leaves unset are added.
  const own = new Set(Array.from(inline));
  for (const [property, value] of declarations) if (!own.has(property)) inline.setProperty(property, value);
  if (inline.length === 0) target.removeAttribute('style');

  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i]!;
    const t = targetChildren[i];
    if (t && s.localName !== 'style') inlineStyles(s, t, style);
  }
}

function removeComments(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.COMMENT_NODE) child.remove();
    else removeComments(child);
  }
}

/** Drops the layout lint's hooks (`data-lint-*`, written when a page asks for them): a file carries none. */
function removeLintHooks(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) if (name.startsWith('data-lint-')) el.removeAttribute(name);
  }
}

/** The drawing's client rect, cut at the bottom by a parent element that clips it (`overflow` other than visible). */
function visibleBox(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const parent = svg.parentElement;
  if (!parent || getComputedStyle(parent).overflowY === 'visible') return box;
  return { width: box.width, height: Math.max(0, Math.min(box.bottom, parent.getBoundingClientRect().bottom) - box.top) };
}

function buildStandalone(element: Element, options: ExportSVGOptions): { svg: SVGSVGElement; width: number; height: number } {
  const source = findDrawing(element);
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone, null);
  removeComments(clone);
  removeLintHooks(clone);

  const box = visibleBox(source);
  const viewBox = source.viewBox.baseVal;
  const width = box.width || viewBox?.width || 300;
  const height = box.height || viewBox?.height || 150;
  // A drawing taller than the window that clips it (the org chart keeps its svg's height in
  // steps): the file is the window's part, its viewBox cut to the same share.
  const full = source.getBoundingClientRect();
  if (viewBox?.height && box.height > 0 && full.height > box.height) clone.setAttribute('viewBox', `${viewBox.x} ${viewBox.y} ${viewBox.width} ${(viewBox.height * box.height) / full.height}`);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(width * 100) / 100));
  clone.setAttribute('height', String(Math.round(height * 100) / 100));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const title = options.title ?? source.getAttribute('aria-label');
  if (title && !Array.from(clone.children).some((child) => child.localName === 'title')) {
    const element = document.createElementNS(SVG_NS, 'title');
    element.textContent = title;
    clone.insertBefore(element, clone.firstChild);
  }

  const background = options.background === undefined ? findBackground(source) : options.background;
  if (background) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    const vb = clone.viewBox.baseVal;
    rect.setAttribute('x', String(vb?.x ?? 0));
    rect.setAttribute('y', String(vb?.y ?? 0));
    rect.setAttribute('width', String(vb?.width || width));
    rect.setAttribute('height', String(vb?.height || height));
    rect.setAttribute('fill', background);
    // After <title>/<desc>/<defs>, so those stay first as accessibility tools expect.
    let before: ChildNode | null = clone.firstElementChild;
    while (before && ['title', 'desc', 'defs', 'style'].includes((before as Element).localName)) before = (before as Element).nextElementSibling;
    clone.insertBefore(rect, before);
  }
  return { svg: clone, width, height };
}

/** What a chart element shows around its drawing, read from its parts. */
interface Frame {
  title?: string;
  header: string[];
  footer: string[];
  legend: Array<{ sample: string; label: string }>;
  locale: Locale;
  fontSize: number;
  fontFamily: string;
  text: string;
  muted: string;
}

const textOf = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The frame of a chart element (its `figure` part); undefined for anything else. */
function readFrame(element: Element): Frame | undefined {
  const root = element.shadowRoot;
  const figure = root?.querySelector('[part~="figure"]');
  if (!root || !figure) return undefined;
  const part = (name: string) => Array.from(root.querySelectorAll(`[part~="${name}"]`));
  const style = getComputedStyle(figure);
  const title = part('title')[0];
  const source = part('source')[0];
  const legend: Frame['legend'] = [];
  const legendText: string[] = [];
  for (const item of part('legend').flatMap((list) => Array.from(list.querySelectorAll('li')))) {
    const label = textOf(item);
    const sample = item.querySelector('svg');
    if (!sample) {
      if (label) legendText.push(label);
      continue;
    }
    const clone = sample.cloneNode(true) as SVGSVGElement;
    inlineStyles(sample, clone, null);
    removeComments(clone);
    removeLintHooks(clone);
    clone.setAttribute('xmlns', SVG_NS);
    const box = sample.getBoundingClientRect();
    if (!clone.hasAttribute('width')) clone.setAttribute('width', String(Math.round(box.width)));
    if (!clone.hasAttribute('height')) clone.setAttribute('height', String(Math.round(box.height)));
    legend.push({ sample: new XMLSerializer().serializeToString(clone), label });
  }
  return {
    title: title ? textOf(title) : undefined,
    header: [...part('description'), ...part('total')].map(textOf).filter(Boolean),
    footer: [...legendText, ...part('notes').flatMap((list) => Array.from(list.querySelectorAll('li'), textOf)), ...(source ? [textOf(source)] : [])].filter(Boolean),
    legend,
    locale: figure.getAttribute('lang') === 'en' ? 'en' : 'ja',
    fontSize: parseFloat(style.fontSize) || 14,
    fontFamily: style.fontFamily,
    text: title ? getComputedStyle(title).color : style.color,
    muted: source ? getComputedStyle(source).color : style.color,
  };
}

/** The file's text and size: the drawing, in the element's frame when it has one. */
function standaloneText(element: Element, options: ExportSVGOptions): { text: string; width: number; height: number } {
  const frame = options.frame === false ? undefined : readFrame(element);
  if (!frame) {
    const { svg, width, height } = buildStandalone(element, options);
    return { text: toValidXml(new XMLSerializer().serializeToString(svg)), width, height };
  }
  const background = options.background === undefined ? findBackground(findDrawing(element)) : options.background;
  const { svg, width } = buildStandalone(element, { ...options, background: null });
  const css = [
    `.standalone-title,.standalone-text,.standalone-muted{font-family:${frame.fontFamily}}`,
    `.standalone-title{fill:${frame.text};font-weight:700}`,
    `.standalone-text{fill:${frame.text}}`,
    `.standalone-muted{fill:${frame.muted}}`,
    `.standalone-ring{fill:none;stroke:${frame.muted};stroke-width:1}`,
  ].join('\n');
  const text = finishStandaloneSVG({
    markup: new XMLSerializer().serializeToString(svg),
    css,
    background: background ?? undefined,
    title: options.title ?? frame.title,
    header: frame.header,
    footer: frame.footer,
    legend: frame.legend,
    fontSize: frame.fontSize,
    contentWidth: width,
    locale: frame.locale,
    // The frame's text in the element's font: a circled number's ring stands after the text before it.
    ...(canMeasureWithCanvas() ? { measureAt: (size: number) => createCanvasMeasure(`400 ${size}px ${frame.fontFamily}`) } : {}),
  });
  const open = /<svg\b[^>]*>/.exec(text)![0];
  return {
    text: toValidXml(text.replace(/^<\?xml[^>]*>\s*/, '').trimEnd()),
    width: Number(/\swidth="([\d.]+)"/.exec(open)![1]),
    height: Number(/\sheight="([\d.]+)"/.exec(open)![1]),
  };
}

/**
 * Returns a standalone SVG document (as a string) of a chart element: the `<svg>` in its
 * shadow root, cloned, with computed colours, strokes and fonts inlined so it renders the same
 * in a file viewer or a slide, framed as the CLI frames its files (title, description, legend,
 * notes, 出典; see {@link ExportSVGOptions.frame}). Throws when the element has no drawn
 * `<svg>` (a chart still loading or in an error state).
 */
export function exportSVG(element: Element, options: ExportSVGOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${standaloneText(element, options).text}\n`;
}

/**
 * Renders a chart element (framed, as {@link exportSVG}) to a PNG at `scale` device pixels per
 * CSS pixel (default 2), with the page's web fonts embedded first. The background defaults to
 * the chart's own, else white. Uses a `blob:` URL for the image, so a page's CSP must allow
 * `img-src blob:`.
 */
export async function exportPNG(element: Element, options: ExportPNGOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const background = options.background === undefined ? (findBackground(findDrawing(element)) ?? '#ffffff') : options.background;
  const drawn = standaloneText(element, { ...options, background });
  const { width, height } = drawn;
  const text = options.webFonts === false ? drawn.text : await inlineWebFonts(drawn.text);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('exportPNG: no 2d canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('exportPNG: canvas.toBlob failed'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Options of {@link exportPPTX}. */
export interface ExportPPTXOptions {
  /** Language of the chart's words; default: the document's `lang`, else ja. */
  locale?: Locale;
  /** Slide size (default 16:9). */
  slide?: SlideSize;
}

/** The media type of a PowerPoint file. */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * A one-slide PowerPoint deck of a chart document, with native shapes an author can edit (the
 * CLI's `.pptx`). Loads the writer on first call. Rejects with the localised issues when the
 * document cannot be drawn.
 */
export async function exportPPTX(input: unknown, options: ExportPPTXOptions = {}): Promise<Blob> {
  const { renderPPTX } = await loadPPTX();
  const result = await renderPPTX({ input, ...options });
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return new Blob([result.pptx as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE });
}

/** Saves `blob` as a file named `filename` through a temporary download link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
