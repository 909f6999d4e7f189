/**
 * A chart element rendered on the server with `@lit-labs/ssr` (Node only): the element's tag
 * with its declarative shadow DOM (drawing, title, legend, 出典 and, with `showTable`, the table
 * alternative), readable with JavaScript off, and the document as a child
 * `<script type="application/json">` from which the element reads its data once it is defined.
 * Hydrate it in the browser by loading `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before Lit (see the README); without it, the element renders over the same markup.
 *
 * No DOM shim is needed: the elements lay out for `width` with the advance widths of the
 * bundled Noto Sans JP (the font the CLI draws with), and the characters measured go into the
 * element's `data-policy-metrics` attribute. In the browser, when the page's font gives those
 * widths (the page shows Noto Sans JP, e.g. `@fontsource/noto-sans-jp`, loaded before the
 * elements are defined), hydration keeps the server's layout: no second layout, no flash.
 * With another font, the hydrating update lays out from the attribute's table (the same
 * drawing), then once more for the page's font (kit/font-metrics.ts).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../define.js';
// Charts render in English too: every chart's English words, statically (kit/locale-table.ts).
import '../words-en.js';
import { CHART_MODELS } from '../charts/index.js';
import { parseChartData } from '../data/parse.js';
import { isRecord } from '../data/read.js';
import type { ChartDocument, Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { advanceTableOf, encodeAdvances, setServerFontMetrics } from '../kit/font-metrics.js';
import { bundledFontMetrics } from './font-file.js';
import { fontMetricsCode } from '../kit/element/page-measure.js';

// The table code the elements load on first use in a browser: a server rendering has the table
// in the page (inside <details>, or shown), and renders in one pass; and the code that measures
// with the server's font (loaded on first use in a browser too).
await Promise.all([...CHART_MODELS.map((m) => m.tableCode.load()), fontMetricsCode.load()]);

/** The element that draws each document type (from the chart models). */
export const ELEMENT_TAGS: Readonly<Record<ChartDocument['type'], string>> = Object.fromEntries(CHART_MODELS.map((m) => [m.type, m.tag])) as Record<
  ChartDocument['type'],
  string
>;

/** Options of {@link renderChartElement}. */
export interface RenderChartElementOptions {
  /** The chart's JSON document (already parsed). */
  json: unknown;
  /** Width the server lays out for, in CSS px (the element's `width` attribute; default 640). */
  width?: number;
  /** The element's `lang`; default: the document's `lang`, else ja. */
  locale?: Locale;
  /** Show the table alternative (the `show-table` attribute): readers without JavaScript need it. */
  showTable?: boolean;
  /** Extra attributes, e.g. `{ searchable: '', theme: 'dark' }` (names checked, values escaped). */
  attributes?: Readonly<Record<string, string>>;
}

/** The HTML and tag, or the localised problems with the document (nothing is rendered then). */
export type RenderChartElementResult =
  | { ok: true; html: string; tag: string }
  | { ok: false; messages: string[] };

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders a chart document as its element with declarative shadow DOM (see the module doc). */
export function renderChartElement(options: RenderChartElementOptions): RenderChartElementResult {
  const { json } = options;
  const docLang = isRecord(json) && typeof json.lang === 'string' ? toLocale(json.lang) : undefined;
  const locale = options.locale ?? docLang ?? 'ja';
  const parsed = parseChartData(json);
  if (!parsed.ok) return { ok: false, messages: parsed.issues.map((issue) => formatIssue(issue, locale)) };
  const tag = ELEMENT_TAGS[parsed.value.type];
  const attributes: Record<string, string> = {
    lang: locale,
    width: String(options.width ?? 640),
    ...(options.showTable ? { 'show-table': '' } : {}),
    ...options.attributes,
  };
  const attrText = Object.entries(attributes)
    .filter(([name]) => ATTRIBUTE_NAME.test(name))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  // `<` escaped as \u003c: JSON text that cannot end the script element or open a comment.
  const script = `<script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;
  const name = unsafeStatic(tag);
  const template = staticHtml`<${name}${unsafeStatic(attrText)} .data=${json}>${unsafeHTML(script)}</${name}>`;
  // Lit's part markers (comments) stay: hydration finds the parts by them.
  const metrics = bundledFontMetrics();
  const measured = setServerFontMetrics(metrics);
  let html: string;
  try {
    html = collectResultSync(render(template));
  } finally {
    setServerFontMetrics(undefined);
  }
  // Without the font's advances (an installed package whose font is not decoded yet:
  // prepareBundledFontMetrics), the page measures the text itself when it hydrates.
  if (!metrics) return { ok: true, html, tag };
  const table = escapeAttribute(encodeAdvances(advanceTableOf(metrics, measured)));
  return { ok: true, html: html.replace(`<${tag}`, `<${tag} data-policy-metrics="${table}"`), tag };
}
