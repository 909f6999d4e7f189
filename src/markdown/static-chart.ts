/**
 * A chart as HTML that reads without JavaScript and upgrades with it: the element's tag, and
 * inside it the static SVG the CLI draws (title, legend, 出典), the table alternative and the
 * document as a child `<script type="application/json">`. Before the element is defined (or
 * with scripts blocked) the reader sees the SVG and the table; once it is defined, its shadow
 * root (which has no slot) replaces them with the live chart, read from the JSON child.
 *
 * Shared by the Markdown plugins and the static-site script. Node only (it renders through
 * @lit-labs/ssr). Never throws: bad JSON or bad data gives a visible, localised error block.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderOrgList } from '../charts/org/list.js';
import { buildEffectTable, isNumericColumn } from '../charts/effect/table.js';
import { buildTreemapTable } from '../charts/budget/table.js';
import { renderDocumentSVG } from '../cli/render-document.js';
import type { StandaloneTheme } from '../cli/standalone.js';
import { summarizeBudget } from '../data/budget-summary.js';
import { parseChartData } from '../data/parse.js';
import { isRecord } from '../data/read.js';
import type { ChartDocument, Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';

/** The element that draws each document type. */
export const CHART_TAGS = {
  organization: 'policy-org-chart',
  budget: 'policy-budget-treemap',
  effect: 'policy-effect-chart',
} as const satisfies Record<ChartDocument['type'], string>;

/** Class names of the generated markup, for a page's stylesheet. */
export const STATIC_CLASSES = {
  /** The static rendering inside the element (SVG and table). */
  fallback: 'policy-chart-static',
  /** The `<details>` holding the table alternative. */
  table: 'policy-chart-static-table',
  /** The error block shown instead of a chart. */
  error: 'policy-chart-error',
} as const;

/** Options of {@link renderStaticChart}. */
export interface RenderStaticChartOptions {
  /** The document: JSON text (as written in a Markdown fence), or an already parsed value. */
  source: string | { json: unknown };
  /** Language of the chart's words and messages; default: the document's `lang`, else ja. */
  locale?: Locale;
  /** Width of the static drawing in px (default 800); the live element fits its container. */
  width?: number;
  /** Theme of the static drawing and the element's `theme` attribute (default light). */
  theme?: StandaloneTheme;
  /** Show the table alternative opened (default: closed, a click on its summary opens it). */
  openTable?: boolean;
  /** Extra attributes of the element, e.g. `{ searchable: '' }` (names are checked, values escaped). */
  attributes?: Readonly<Record<string, string>>;
}

/** The result: the HTML, and either the element's tag or the messages shown in the error block. */
export type RenderStaticChartResult =
  | { ok: true; html: string; tag: (typeof CHART_TAGS)[ChartDocument['type']] }
  | { ok: false; html: string; messages: string[] };

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const WORDS = {
  ja: { table: '表で見る', error: 'グラフを表示できません', internal: (d: string) => `内部エラー（不具合です。報告してください）: ${d}` },
  en: { table: 'Show as table', error: 'The chart cannot be shown', internal: (d: string) => `internal error (a bug, please report it): ${d}` },
} as const;

/** Lit SSR output without its comment markers. */
const ssr = (value: unknown): string =>
  collectResultSync(render(value))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?>/g, '');

/** The table alternative of a parsed document, as the element shows it. */
function renderTableHtml(doc: ChartDocument, locale: Locale): string {
  const th = (text: string, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</th>`;
  if (doc.type === 'organization') return ssr(renderOrgList({ doc, locale }));
  if (doc.type === 'budget') {
    const title = doc.title ?? (locale === 'ja' ? '予算' : 'Budget');
    const table = buildTreemapTable({ summary: summarizeBudget(doc), locale, caption: locale === 'ja' ? `${title}（全項目）` : `${title} (every item)` });
    const numeric = new Set(table.numeric);
    const td = (text: string, i: number) => `<td${numeric.has(i) ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
    const rows = table.rows.map(
      (r) =>
        `<tr>${td(r.number, 0)}<th scope="row">${escapeHtml(r.name)}</th>` +
        [r.status, r.declared, r.counted, r.share, r.supplementary, r.previous, r.change, r.notes].map((t, i) => td(t, i + 2)).join('') +
        '</tr>',
    );
    return (
      `<table><caption>${escapeHtml(table.caption)}</caption>` +
      `<thead><tr>${table.columns.map((c, i) => th(c, numeric.has(i))).join('')}</tr></thead>` +
      `<tbody>${rows.join('\n')}</tbody>` +
      `<tfoot><tr>${table.totalRow.map(td).join('')}</tr></tfoot></table>`
    );
  }
  const table = buildEffectTable({ doc, locale });
  const rows = table.rows.map(
    (row) => `<tr><th scope="row">${escapeHtml(row.header)}</th>${row.cells.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.text)}</td>`).join('')}</tr>`,
  );
  return (
    `<table><caption>${escapeHtml(table.caption)}</caption>` +
    `<thead><tr>${table.columns.map((c, i) => th(c, isNumericColumn(table, i))).join('')}</tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table>` +
    table.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')
  );
}

/** A short, stable hash (FNV-1a) naming one stylesheet's scope. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Prefixes every selector of `css` (top level and inside `@media`) with `scope`. */
export function scopeCss(css: string, scope: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, j - 1);
    if (prelude.startsWith('@media')) out += `${prelude}{${scopeCss(body, scope)}}`;
    else if (!prelude.startsWith('@')) {
      const selectors = prelude.split(',').map((s) => s.trim());
      // The frame rule names the root <svg> itself; every other rule is inside it.
      out += `${selectors.map((s) => (s.startsWith('.policy-chart-standalone') ? `${scope}${s}` : `${scope} ${s}`)).join(',')}{${body}}`;
    }
    i = j;
  }
  return out;
}

/**
 * The standalone SVG made fit for an HTML page: no XML declaration, and its stylesheet scoped to
 * this drawing (an inline `<svg>`'s `<style>` applies to the whole page, and the CLI's rules name
 * plain `svg text`).
 */
function inlineSvg(svg: string): string {
  const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  const match = /<style><!\[CDATA\[([\s\S]*?)\]\]><\/style>/.exec(body);
  if (!match) return body;
  const id = `pc-${hash(match[1]!)}`;
  const scoped = scopeCss(match[1]!, `svg[data-policy-static="${id}"]`);
  return body
    .replace(match[0], `<style><![CDATA[${scoped.replaceAll(']]>', '')}]]></style>`)
    .replace('<svg ', `<svg data-policy-static="${id}" `);
}

/** The error block: a heading and one line per problem, in the page's language. */
function errorBlock(messages: readonly string[], locale: Locale): string {
  return (
    `<div class="${STATIC_CLASSES.error}" lang="${locale}">` +
    `<p><strong>${escapeHtml(WORDS[locale].error)}</strong></p>` +
    `<ul>${messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul></div>`
  );
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Renders a chart document as its element with server-rendered content (see the module doc).
 * Blank lines are removed from the output, so that Markdown never ends the HTML block early.
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
    const parsed = parseChartData(input);
    if (!parsed.ok) {
      const messages = parsed.issues.map((issue) => formatIssue(issue, locale));
      return { ok: false, html: errorBlock(messages, locale), messages };
    }
    const doc = parsed.value;
    const drawn = renderDocumentSVG({ input, width, locale, theme });
    if (!drawn.ok) return { ok: false, html: errorBlock(drawn.messages, locale), messages: drawn.messages };
    const tag = CHART_TAGS[doc.type];
    const attributes: Record<string, string> = { lang: locale, ...(theme === 'light' ? {} : { theme }), ...options.attributes };
    const attrText = Object.entries(attributes)
      .filter(([name]) => ATTRIBUTE_NAME.test(name))
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
      .join('');
    // `<` escaped as \u003c: JSON text that cannot end the script element or open a comment.
    const json = JSON.stringify(input).replace(/</g, '\\u003c');
    const html =
      `<${tag}${attrText}>\n` +
      `<div class="${STATIC_CLASSES.fallback}">\n${inlineSvg(drawn.svg).trim()}\n` +
      `<details class="${STATIC_CLASSES.table}"${openTable ? ' open' : ''}><summary>${escapeHtml(WORDS[locale].table)}</summary>\n` +
      `${renderTableHtml(doc, locale)}\n</details>\n</div>\n` +
      `<script type="application/json">${json}</script>\n` +
      `</${tag}>`;
    return { ok: true, html: html.replace(/\n\s*\n/g, '\n'), tag };
  } catch (error) {
    // Bad data gives issues, never an exception: this is a bug, shown rather than thrown.
    const messages = [WORDS[fallbackLocale].internal((error as Error).message ?? String(error))];
    return { ok: false, html: errorBlock(messages, fallbackLocale), messages };
  }
}
