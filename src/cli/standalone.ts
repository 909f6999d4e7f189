/**
 * Turning server-rendered chart markup into a standalone SVG file: the chart elements style
 * their drawings with CSS custom properties set on `:host` (src/theme/tokens.ts); a file has no
 * host. {@link resolveStandaloneCSS} resolves those variables for one theme into plain class
 * rules (which Inkscape, librsvg and office suites read too), and {@link finishStandaloneSVG}
 * removes Lit's markers and adds the namespace, the stylesheet and a background. Pure; Node.
 */

import { orgPairDigits, orgPairRing } from '../charts/org/layout/pair-mark.js';
import type { Locale } from '../data/types.js';
import { createApproxMeasure, wrapText, type MeasureText } from '../kit/text.js';

/** Themes a standalone file can be written in. */
export const STANDALONE_THEMES = ['light', 'dark'] as const;
export type StandaloneTheme = (typeof STANDALONE_THEMES)[number];

interface CssRule {
  prelude: string;
  body: string;
}

/** Splits CSS text into its top-level rules (`prelude { body }`). */
function splitRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    rules.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, j - 1) });
    start = i = j;
  }
  return rules;
}

/**
 * Keeps the top-level rules of `cssText` whose prelude passes `match` (e.g. the shared base
 * styles' `svg` rules, without their HTML frame rules).
 */
export function selectRules(options: { cssText: string; match: (prelude: string) => boolean }): string {
  return splitRules(options.cssText)
    .filter((rule) => options.match(rule.prelude))
    .map((rule) => `${rule.prelude}{${rule.body}}`)
    .join('\n');
}

/** Splits a declaration block at top-level semicolons into [property, value] pairs. */
function splitDeclarations(body: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    const colon = current.indexOf(':');
    if (colon > 0) out.push([current.slice(0, colon).trim(), current.slice(colon + 1).trim()]);
    current = '';
  };
  for (const ch of body) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === ';' && depth === 0) flush();
    else current += ch;
  }
  flush();
  return out;
}

/** Replaces every `var(--name[, fallback])` in `value` with its resolved value. */
function resolveValue(value: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) return value;
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at < 0) return out + value.slice(i);
    out += value.slice(i, at);
    let level = 1;
    let j = at + 4;
    let comma = -1;
    for (; j < value.length && level > 0; j++) {
      if (value[j] === '(') level++;
      else if (value[j] === ')') level--;
      else if (value[j] === ',' && level === 1 && comma < 0) comma = j;
    }
    const inner = value.slice(at + 4, j - 1);
    const name = (comma < 0 ? inner : value.slice(at + 4, comma)).trim();
    const fallback = comma < 0 ? undefined : value.slice(comma + 1, j - 1).trim();
    const resolved = vars.get(name) ?? fallback;
    out += resolved === undefined ? '' : resolveValue(resolved, vars, depth + 1);
    i = j;
  }
}

/** Properties of a live element (motion, pointer) that a static file leaves out. */
const INTERACTIVE_PROPERTY = /^(animation|transition|cursor|touch-action|user-select|-webkit-user-select|pointer-events|will-change)/;

const normalize = (prelude: string) => prelude.replace(/\s+/g, '').replace(/"/g, "'");

/**
 * Resolves chart stylesheets (token sheet first) for one theme into plain CSS for an `<svg>`
 * root: custom properties set on `:host` (and, for dark, on `:host([theme='dark'])`) are
 * substituted into every rule; the `:host` rule itself becomes an `svg` rule; theme-switching
 * and reduced-motion blocks are dropped; `@media (forced-colors)` blocks are kept, resolved.
 */
export function resolveStandaloneCSS(options: {
  cssTexts: readonly string[];
  theme?: StandaloneTheme;
  /** Selector that takes the `:host` rules' own declarations (default `svg`). */
  hostSelector?: string;
}): string {
  const { cssTexts, theme = 'light', hostSelector = 'svg' } = options;
  const all = cssTexts.flatMap(splitRules);
  const vars = new Map<string, string>();
  const hostSelectors = [':host', ...(theme === 'dark' ? [":host([theme='dark'])"] : [])];
  for (const selector of hostSelectors) {
    for (const rule of all) {
      if (normalize(rule.prelude) !== selector) continue;
      for (const [property, value] of splitDeclarations(rule.body)) if (property.startsWith('--')) vars.set(property, value);
    }
  }

  const emit = (rules: CssRule[]): string[] => {
    const out: string[] = [];
    for (const rule of rules) {
      const prelude = rule.prelude;
      if (prelude.startsWith('@media')) {
        if (/prefers-color-scheme|prefers-reduced-motion/.test(prelude)) continue;
        const inner = emit(splitRules(rule.body));
        if (inner.length) out.push(`${prelude}{${inner.join('')}}`);
        continue;
      }
      if (prelude.startsWith('@')) continue;
      const isHost = hostSelectors.includes(normalize(prelude));
      // Other :host(...) rules are states and theme variants of a live element.
      if (!isHost && prelude.includes(':host')) continue;
      const declarations = splitDeclarations(rule.body)
        .filter(([property]) => !property.startsWith('--') && !INTERACTIVE_PROPERTY.test(property))
        .map(([property, value]) => `${property}:${resolveValue(value, vars)}`)
        .filter((d) => !d.endsWith(':'));
      if (declarations.length) out.push(`${isHost ? hostSelector : prelude}{${declarations.join(';')}}`);
    }
    return out;
  };
  return emit(all).join('\n');
}

/** The value of one custom property after resolution (e.g. `--_background`), for a theme. */
export function resolveToken(options: { cssTexts: readonly string[]; name: string; theme?: StandaloneTheme }): string | undefined {
  const css = resolveStandaloneCSS({ cssTexts: [...options.cssTexts, `.probe{x:var(${options.name})}`], theme: options.theme });
  const match = /\.probe\{x:([^}]*)\}/.exec(css);
  return match?.[1] || undefined;
}

/** CSS of the frame {@link finishStandaloneSVG} draws around a chart (resolved with the tokens). */
export const STANDALONE_FRAME_CSS = `
  .standalone-title { fill: var(--_text); font-weight: 700; }
  .standalone-text { fill: var(--_text); }
  .standalone-muted { fill: var(--_muted); }
  .standalone-ring { fill: none; stroke: var(--_muted); stroke-width: 1; }
`;

/** Options of {@link finishStandaloneSVG}. */
export interface FinishStandaloneSVGOptions {
  /** Server-rendered markup whose first element is the chart's `<svg>`. */
  markup: string;
  /** Plain CSS for the drawing (see {@link resolveStandaloneCSS}, with the frame class as `hostSelector`). */
  css: string;
  /** A colour painted behind the drawing; none when absent. */
  background?: string;
  /** The document's title: the file's `<title>` and a heading drawn above the chart. */
  title?: string;
  /** Paragraphs drawn above the chart, under the title (e.g. the description). */
  header?: readonly string[];
  /** Paragraphs drawn under the chart (footnotes, the source). */
  footer?: readonly string[];
  /** A legend drawn under the chart: each sample is server-rendered `<svg>` markup with width and height. */
  legend?: ReadonlyArray<{ sample: string; label: string }>;
  /** Base font size of the frame's text in px (default 14). */
  fontSize?: number;
  /** Width for the text and the chart, px; the chart is centred when narrower. Default: the chart's width. */
  contentWidth?: number;
  /** Space around the chart and the text in px (default 12): the file is this much wider than the chart on each side. */
  margin?: number;
  /**
   * Space the text keeps from the file's sides when the chart, centred, leaves more than `margin`
   * (a slide: the title and notes line up with a chart narrower than the page, up to this much in). Default `margin`.
   */
  textMargin?: number;
  locale?: Locale;
  /**
   * Measures the frame's text at a size in the font the file is drawn with (the CLI: the bundled
   * Noto Sans JP), to place the ring of a circled number after the text before it; default approximate.
   * (Lines still wrap with the approximate measure.)
   */
  measureAt?: (sizePx: number) => MeasureText;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Class of the frame `<svg>`; pass `.${STANDALONE_FRAME_CLASS}` as `hostSelector`. */
export const STANDALONE_FRAME_CLASS = 'policy-chart-standalone';
const FRAME_CLASS = STANDALONE_FRAME_CLASS;
/** Default space around a standalone chart, px. */
export const STANDALONE_MARGIN = 12;
const LINE_HEIGHT = 1.45;

interface TextBlock {
  markup: string;
  height: number;
}

/** A circled number (①–⑳, ㉑–㊿): the legend quotes the chart's pair marks so, a 出典 a title that has one. */
const CIRCLED_NUMBER = /([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/u;

/**
 * One line of frame text as a `<text>` at (x, baseline y). A circled number in it is drawn as the
 * chart draws a pair's number (org/layout/pair-mark.ts): its digits at the line's size in a thin
 * ring, in the room the glyph takes; a circled glyph draws its digit at under half the type size
 * (about 6 px in a 13 px legend). The text after it starts past the ring, placed with `measure`.
 */
function drawLine(line: string, options: { x: number; y: number; size: number; className: string; measure: MeasureText }): string {
  const { x, y, size, className } = options;
  const open = `<text class="${className}" x="${x}" y="${y}" font-size="${size}">`;
  const parts = line.split(CIRCLED_NUMBER);
  if (parts.length === 1) return `${open}${escapeXml(line)}</text>`;
  const { measure } = options;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  let at = x;
  let rings = '';
  let inner = '';
  parts.forEach((part, i) => {
    if (!part) return;
    if (i % 2 === 0) {
      inner += at === x ? escapeXml(part) : `<tspan x="${r1(at)}">${escapeXml(part)}</tspan>`;
      at += measure(part);
      return;
    }
    const ring = orgPairRing(part, size);
    const room = Math.max(measure(part), ring.width + 2);
    const left = at + (room - ring.width) / 2;
    // Centred on the digits: their middle stands 0.36 em above the baseline.
    rings += `<rect class="standalone-ring" x="${r1(left)}" y="${r1(y - size * 0.36 - ring.height / 2)}" width="${ring.width}" height="${ring.height}" rx="${ring.height / 2}"></rect>`;
    inner += `<tspan x="${r1(left + ring.width / 2)}" text-anchor="middle">${orgPairDigits(part)}</tspan>`;
    at += room;
  });
  return `${rings}${open}${inner}</text>`;
}

/** Wrapped paragraphs as `<text>` elements, from `top`, with the first baseline at 0.8em. */
function drawParagraphs(
  paragraphs: readonly string[],
  options: { x: number; width: number; top: number; size: number; className: string; locale: Locale; measureAt?: (sizePx: number) => MeasureText },
): TextBlock {
  const { x, width, size, className, locale } = options;
  const measure = createApproxMeasure(size);
  const drawn = options.measureAt?.(size) ?? measure;
  let y = options.top;
  let markup = '';
  for (const paragraph of paragraphs) {
    const { lines } = wrapText({ text: paragraph, maxWidth: width, measure, locale });
    for (const line of lines) {
      markup += drawLine(line, { x, y: Math.round((y + size * 0.95) * 10) / 10, size, className, measure: drawn });
      y += size * LINE_HEIGHT;
    }
  }
  return { markup, height: y - options.top };
}

/** Strips Lit's markers from server-rendered markup and returns its outermost `<svg>…</svg>`. */
function extractSvg(markup: string): string {
  // Lit SSR writes `<!--lit-part …-->` comments and bare `<?>` markers between text parts.
  const clean = markup.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?>/g, '');
  const start = clean.indexOf('<svg');
  if (start < 0) throw new Error('finishStandaloneSVG: no <svg> in the markup');
  return clean.slice(start, clean.lastIndexOf('</svg>') + '</svg>'.length);
}

/**
 * Legend entries in rows: a sample `<svg>` then its label, wrapping to `width`; a label longer
 * than the row leaves beside its sample wraps under its first line (a file cannot scroll to the
 * rest: a narrow page's English legend ran off its right edge).
 */
function drawLegend(
  entries: ReadonlyArray<{ sample: string; label: string }>,
  options: { x: number; width: number; top: number; size: number; locale: Locale; measureAt?: (sizePx: number) => MeasureText },
): TextBlock {
  const { size, locale } = options;
  const measure = createApproxMeasure(size);
  const drawn = options.measureAt?.(size) ?? measure;
  const rowHeight = Math.round(size * 1.7);
  let x = options.x;
  let y = options.top;
  // How far the current row's wrapped labels reach below it.
  let below = 0;
  let markup = '';
  for (const { sample, label } of entries) {
    const svgText = extractSvg(sample);
    const openEnd = svgText.indexOf('>');
    const open = svgText.slice(0, openEnd);
    const w = Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? 0);
    const h = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? 0);
    const room = options.width - w - 6;
    const lines = measure(label) > room ? wrapText({ text: label, maxWidth: room, measure, locale }).lines : [label];
    const entryWidth = w + 6 + Math.max(...lines.map(measure));
    if (x > options.x && x + entryWidth > options.x + options.width) {
      x = options.x;
      y += rowHeight + below;
      below = 0;
    }
    markup += `${open.replace(/\s(x|y)="[^"]*"/g, '')} x="${x}" y="${Math.round((y + (rowHeight - h) / 2) * 10) / 10}"${svgText.slice(openEnd)}`;
    lines.forEach((line, i) => {
      const baseline = Math.round((y + rowHeight / 2 + size * 0.36 + i * size * LINE_HEIGHT) * 10) / 10;
      markup += drawLine(line, { x: x + w + 6, y: baseline, size, className: 'standalone-text', measure: drawn });
    });
    below = Math.max(below, (lines.length - 1) * size * LINE_HEIGHT);
    x += entryWidth + size * 1.5;
  }
  return { markup, height: y + rowHeight + below - options.top };
}

/**
 * Makes server-rendered chart markup a standalone SVG document: drops Lit's comment markers and
 * nests the chart's `<svg>` in a frame `<svg>` that carries the namespace, a `<title>`, the
 * stylesheet (as CDATA), a background, and the title, header and footer text (wrapped with the
 * approximate measure). The frame, not the chart's own `<svg>`, takes the `:host` styles, so
 * the chart's presentation attributes (its `font-size`) still win as they do in the element.
 * Also writes CSS `transform: translate()` styles as `transform` attributes, for viewers
 * without CSS transforms. Throws when the markup holds no `<svg>` (a bug in the caller).
 */
export function finishStandaloneSVG(options: FinishStandaloneSVGOptions): string {
  const { css, background, title, header = [], footer = [], fontSize = 14, locale = 'ja', margin = STANDALONE_MARGIN, measureAt } = options;
  const markup = extractSvg(options.markup).replace(
    /style="transform:\s*translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)"/g,
    (_m, x: string, y: string) => `transform="translate(${x} ${y})"`,
  );

  const openEnd = markup.indexOf('>');
  const open = markup.slice(0, openEnd);
  const chartWidth = Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? 0);
  if (!(chartWidth > 0) || !(height > 0)) throw new Error('finishStandaloneSVG: the chart <svg> has no width and height');
  const width = Math.max(chartWidth, options.contentWidth ?? 0);
  const chartX = margin + Math.round((width - chartWidth) / 2);
  // The text column: as wide as the file less the margins, or in line with a narrower chart (up to textMargin in).
  const textX = Math.max(margin, Math.min(options.textMargin ?? margin, chartX));
  const textWidth = width + 2 * (margin - textX);

  const text = { x: textX, width: textWidth, locale, measureAt };
  let y = margin;
  let frame = '';
  if (title) {
    const block = drawParagraphs([title], { ...text, top: y, size: Math.round(fontSize * 1.3), className: 'standalone-title' });
    frame += block.markup;
    y += block.height;
  }
  if (header.length) {
    const block = drawParagraphs(header, { ...text, top: y, size: fontSize, className: 'standalone-text' });
    frame += block.markup;
    y += block.height;
  }
  if (title || header.length) y += margin / 2;
  const chart = `${open.replace(/\s(x|y)="[^"]*"/g, '')} x="${chartX}" y="${y}"${markup.slice(openEnd)}`;
  y += height;
  let footerMarkup = '';
  if (options.legend?.length) {
    y += margin / 2;
    const block = drawLegend(options.legend, { x: textX, width: textWidth, top: y, size: Math.round(fontSize * 0.93), locale, measureAt });
    footerMarkup += block.markup;
    y += block.height;
  }
  if (footer.length) {
    y += margin / 2;
    const block = drawParagraphs(footer, { ...text, top: y, size: Math.round(fontSize * 0.93), className: 'standalone-muted' });
    footerMarkup += block.markup;
    y += block.height;
  }
  const total = Math.ceil(y + margin);
  const frameWidth = width + 2 * margin;

  let head = '';
  if (title) head += `<title>${escapeXml(title)}</title>`;
  head += `<style><![CDATA[\n${css.replaceAll(']]>', '')}\n]]></style>`;
  if (background) head += `<rect width="${frameWidth}" height="${total}" fill="${escapeXml(background)}"></rect>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="${FRAME_CLASS}" width="${frameWidth}" height="${total}" viewBox="0 0 ${frameWidth} ${total}">` +
    `${head}${frame}${chart}${footerMarkup}</svg>\n`
  );
}
