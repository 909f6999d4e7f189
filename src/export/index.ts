/**
 * Export of a drawn chart: a standalone SVG string, a PNG, CSV of table rows, and a download
 * helper. Browser-only except {@link toCSV}, which is pure.
 *
 * Chart elements draw with CSS custom properties (`--_text`, `--_series-1`) resolved inside
 * their shadow root; an SVG file has no such stylesheet. So {@link exportSVG} clones the drawing
 * and writes the *computed* colours, strokes and fonts onto each clone as `style` attributes.
 */
import { toValidXml } from './xml.js';

export { toValidXml } from './xml.js';

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
}

/** Options of {@link exportPNG}. */
export interface ExportPNGOptions extends ExportSVGOptions {
  /** Device pixels per CSS pixel (default 2). */
  scale?: number;
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

function buildStandalone(element: Element, options: ExportSVGOptions): { svg: SVGSVGElement; width: number; height: number } {
  const source = findDrawing(element);
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone, null);
  removeComments(clone);

  const box = source.getBoundingClientRect();
  const viewBox = source.viewBox.baseVal;
  const width = box.width || viewBox?.width || 300;
  const height = box.height || viewBox?.height || 150;
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

/**
 * Returns a standalone SVG document (as a string) of a chart element's drawing: the `<svg>`
 * in its shadow root, cloned, with computed colours, strokes and fonts inlined so it renders
 * the same in a file viewer or a slide. Throws when the element has no drawn `<svg>` (a chart
 * still loading or in an error state).
 */
export function exportSVG(element: Element, options: ExportSVGOptions = {}): string {
  const { svg } = buildStandalone(element, options);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toValidXml(new XMLSerializer().serializeToString(svg))}\n`;
}

/**
 * Renders a chart element's drawing to a PNG at `scale` device pixels per CSS pixel (default 2).
 * The background defaults to the chart's own, else white. Uses a `blob:` URL for the image,
 * so a page's CSP must allow `img-src blob:`.
 */
export async function exportPNG(element: Element, options: ExportPNGOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const background = options.background === undefined ? (findBackground(findDrawing(element)) ?? '#ffffff') : options.background;
  const { svg, width, height } = buildStandalone(element, { background });
  const text = toValidXml(new XMLSerializer().serializeToString(svg));
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

/** Options of {@link toCSV}. */
export interface ToCSVOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads Japanese text correctly (default false). */
  bom?: boolean;
}

/** One CSV cell: strings as given, finite numbers in plain digits (no grouping), others empty. */
function csvField(value: string | number | null | undefined): string {
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  // A label such as "=HYPERLINK(…)" must stay text in a spreadsheet (CSV injection).
  // A line feed first counts too: some spreadsheets skip it and read the `=` after it.
  else text = /^[=+\-@\t\r\n]/.test(value ?? '') ? `'${value}` : (value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180): fields with a comma, a double quote or a line break are
 * quoted and quotes doubled; records end with CRLF. Numbers are written unformatted
 * (`4910000000`) so spreadsheets read them as numbers.
 */
export function toCSV(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, options: ToCSVOptions = {}): string {
  const body = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return (options.bom ? '\uFEFF' : '') + body;
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
