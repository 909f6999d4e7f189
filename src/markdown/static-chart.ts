/**
 * A chart as HTML that reads without JavaScript and hydrates with it: the element as it renders
 * itself on the server (`@lit-labs/ssr`, src/ssr/render-element.ts): its declarative shadow DOM
 * holds the drawing, title, legend, 出典 and the table alternative (open, or a `<details>` that
 * opens without JavaScript), and the document rides along as a child
 * `<script type="application/json">`. A page that loads Lit's hydration support and the
 * elements (as the static site does: scripts/site-entry.ts) hydrates it in place; without
 * scripts, the reader has the same chart as static markup.
 *
 * Shared by the Markdown plugins. Node only. Never throws: bad JSON or bad data gives a visible,
 * localised error block. Nothing here knows one chart from another: the element is the chart
 * model's (src/charts/index.ts).
 */
import { CHART_MODELS } from '../charts/index.js';
import { isRecord } from '../data/read.js';
import type { ChartDocument, Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { renderChartElement } from '../ssr/render-element.js';

/** The element that draws each document type, from the chart models. */
export const CHART_TAGS: Readonly<Record<ChartDocument['type'], string>> = Object.fromEntries(CHART_MODELS.map((m) => [m.type, m.tag])) as Record<
  ChartDocument['type'],
  string
>;

/** Class names of the generated markup, for a page's stylesheet. */
export const STATIC_CLASSES = {
  /** The error block shown instead of a chart. */
  error: 'policy-chart-error',
} as const;

/** Options of {@link renderStaticChart}. */
export interface RenderStaticChartOptions {
  /** The document: JSON text (as written in a Markdown fence), or an already parsed value. */
  source: string | { json: unknown };
  /** Language of the chart's words and messages; default: the document's `lang`, else ja. */
  locale?: Locale;
  /** Width the server lays the chart out for, in CSS px (the element's `width`; default 800). */
  width?: number;
  /** The element's `theme` (default light). */
  theme?: 'light' | 'dark';
  /** Show the table alternative open (`show-table`); default: a closed `<details>` that opens without JavaScript. */
  openTable?: boolean;
  /** Extra attributes of the element, e.g. `{ searchable: '' }` (names are checked, values escaped). */
  attributes?: Readonly<Record<string, string>>;
}

/** The result: the HTML, and either the element's tag or the messages shown in the error block. */
export type RenderStaticChartResult = { ok: true; html: string; tag: string } | { ok: false; html: string; messages: string[] };

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const WORDS = {
  ja: { error: 'グラフを表示できません', internal: (d: string) => `内部エラー（不具合です。報告してください）: ${d}` },
  en: { error: 'The chart cannot be shown', internal: (d: string) => `internal error (a bug, please report it): ${d}` },
} as const;

/** The error block: a heading and one line per problem, in the page's language. */
function errorBlock(messages: readonly string[], locale: Locale): string {
  return (
    `<div class="${STATIC_CLASSES.error}" lang="${locale}">` +
    `<p><strong>${escapeHtml(WORDS[locale].error)}</strong></p>` +
    `<ul>${messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul></div>`
  );
}

/**
 * Renders a chart document as its server-rendered element (see the module doc). The HTML starts
 * with the element's tag on a line of its own and has no blank line, so that Markdown keeps it
 * as one HTML block.
 */
export function renderStaticChart(options: RenderStaticChartOptions): RenderStaticChartResult {
  const { width = 800, theme = 'light', openTable = false } = options;
  let input: unknown;
  let fallbackLocale: Locale = options.locale ?? 'ja';
  if (typeof options.source === 'string') {
    try {
      input = JSON.parse(options.source.replace(/^\uFEFF/, ''));
    } catch (error) {
      const messages = [formatIssue({ code: 'json-invalid', path: '', params: { detail: (error as Error).message } }, fallbackLocale)];
      return { ok: false, html: errorBlock(messages, fallbackLocale), messages };
    }
  } else input = options.source.json;
  const docLang = isRecord(input) && typeof input.lang === 'string' ? toLocale(input.lang) : undefined;
  const locale = options.locale ?? docLang ?? 'ja';
  fallbackLocale = locale;
  try {
    const rendered = renderChartElement({
      json: input,
      width,
      locale,
      showTable: openTable,
      attributes: { ...(theme === 'light' ? {} : { theme }), ...options.attributes },
    });
    if (!rendered.ok) return { ok: false, html: errorBlock(rendered.messages, locale), messages: rendered.messages };
    const { tag } = rendered;
    // Only the element: the part markers of the template around it (before its tag and after
    // its end) serve no one on the page; the element hydrates from the markers in its shadow root.
    const start = rendered.html.indexOf(`<${tag}`);
    const end = rendered.html.lastIndexOf(`</${tag}>`) + `</${tag}>`.length;
    const element = rendered.html.slice(start, end);
    // The opening tag on a line of its own (a Markdown HTML block), and no blank line after it.
    const open = element.indexOf('>') + 1;
    const html = `${element.slice(0, open)}\n${element.slice(open)}`.replace(/\n\s*\n/g, '\n');
    return { ok: true, html, tag };
  } catch (error) {
    // Bad data gives issues, never an exception: this is a bug, shown rather than thrown.
    const messages = [WORDS[fallbackLocale].internal((error as Error).message ?? String(error))];
    return { ok: false, html: errorBlock(messages, fallbackLocale), messages };
  }
}
