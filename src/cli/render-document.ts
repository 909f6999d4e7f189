/**
 * Renders a chart document to a standalone SVG string in Node, with the same pure layouts and
 * stateless templates the elements use (each chart's `FileModel.drawFile`, src/charts/<chart>/file.ts), through
 * @lit-labs/ssr. Nothing here knows one chart from another. Charts that take `measureAt` (the
 * org chart) measure their text with the advances of the bundled Noto Sans JP (the PNG's font,
 * as a server-rendered element measures); frame text and the other charts use
 * {@link createApproxMeasure}, so their line breaks can differ slightly from the browser's.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { CSSResult } from 'lit';
import { fileModelFor } from '../charts/files.js';
import type { Issue } from '../data/issues.js';
import { parseChartData } from '../data/parse.js';
import { isRecord } from '../data/read.js';
import type { ChartDocument, Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { baseStyles } from '../kit/element/base.styles.js';
import { createFontMeasure } from '../kit/font-metrics.js';
import { bundledFontMetrics } from '../ssr/font-file.js';
import { tokens } from '../theme/tokens.js';
// Files are drawn in English too: every chart's English words, statically (kit/locale-table.ts).
import '../words-en.js';
import {
  finishStandaloneSVG,
  resolveStandaloneCSS,
  resolveToken,
  STANDALONE_FRAME_CSS,
  STANDALONE_MARGIN,
  STANDALONE_FRAME_CLASS,
  selectRules,
  type StandaloneTheme,
} from './standalone.js';

/** Options of {@link renderDocumentSVG}. */
export interface RenderDocumentSVGOptions {
  /** The parsed JSON of a chart document. */
  input: unknown;
  /** Width of the file in px, margins included (default 800). */
  width?: number;
  /** Locale of the chart's words; default: the document's `lang`, else ja. */
  locale?: Locale;
  theme?: StandaloneTheme;
  /** Paint the theme's background behind the drawing (default true). */
  background?: boolean;
  /** Base type size in px, the frame's text included (default 14; 20 on a 1920×1080 slide). */
  fontSize?: number;
  /**
   * Height of the page the file must fit (a slide): a chart that can is drawn to fit it (see
   * `DrawFileOptions.height`), and the long lists a page writes under the chart are left out
   * (counted in `omitted`; a deck keeps them in the slide's notes).
   */
  pageHeight?: number;
}

/** The result of {@link renderDocumentSVG}: the SVG, or localised issue lines. */
export type RenderDocumentSVGResult =
  | { ok: true; svg: string; type: ChartDocument['type']; locale: Locale; warnings?: Issue[]; omitted?: number }
  | { ok: false; issues: Issue[]; messages: string[] };

/** The shared element styles that apply inside a drawing (`svg`, `svg text`): the text colour and font. */
const BASE_SVG_CSS = selectRules({
  cssText: baseStyles.map((sheet) => (sheet instanceof CSSResult ? sheet.cssText : '')).join('\n'),
  match: (prelude) => /^svg\b/.test(prelude),
});

/**
 * Space around the drawing on a slide page, px: a third of an inch on a 1920×1080 slide (144 px
 * to the inch), on every side, as a presenter's slide keeps.
 */
export const SLIDE_MARGIN = 48;
/**
 * The least space on a slide page, px: a chart that shows less at {@link SLIDE_MARGIN} (the org
 * chart's boxes without their role lines, notes left off the page) is laid out this close to the
 * sides, then centred on the page (governance: 25 px each side, its drawing as wide as it needs).
 */
export const SLIDE_MIN_MARGIN = 8;

/** The `height` of the first `<svg>` tag of `markup` (0 when it has none). */
function svgHeight(markup: string): number {
  return Number(/^<svg\b[^>]*?\sheight="([\d.]+)"/.exec(markup)?.[1] ?? 0);
}

/** Lang of the document, when it is an object with a string `lang`. */
function documentLocale(input: unknown): Locale | undefined {
  return isRecord(input) && typeof input.lang === 'string' ? toLocale(input.lang) : undefined;
}

/**
 * Parses a chart document (dispatching on `type`) and renders it to a standalone SVG.
 * Bad input never throws: it returns the issues, with messages in the chosen locale.
 */
export function renderDocumentSVG(options: RenderDocumentSVGOptions): RenderDocumentSVGResult {
  const { input, width = 800, theme = 'light', background = true, fontSize, pageHeight } = options;
  const locale = options.locale ?? documentLocale(input) ?? 'ja';
  const fail = (issues: Issue[]): RenderDocumentSVGResult => ({ ok: false, issues, messages: issues.map((i) => formatIssue(i, locale)) });

  const parsed = parseChartData(input);
  if (!parsed.ok) return fail(parsed.issues);
  // The file is `width` wide: the chart gets what the frame's margins leave.
  const doc = parsed.value;
  const model = fileModelFor(doc.type);
  // Text measured in the font the file is drawn with (the PNG's Noto Sans JP), as a
  // server-rendered element measures: the file is laid out as the element is.
  // (An installed package has it once the CLI has run prepareBundledFontMetrics; without it the
  // file falls back to approximate metrics.)
  const metrics = bundledFontMetrics();
  const measureAt = metrics ? (sizePx: number) => createFontMeasure(metrics, sizePx) : undefined;
  const draw = (margin: number, height: number | undefined) => {
    const contentWidth = width - 2 * margin;
    const drawing = model.drawFile({ doc, width: contentWidth, locale, fontSize, height, measureAt });
    const markup = collectResultSync(render(drawing.template));
    // The type size, as an element's font size sets it (`preset="slide"`: 20 px), and the custom
    // properties the drawing sets on its own root (sizes from the layout): a file resolves them once.
    const typeSize = fontSize === undefined ? [] : [`:host{--_font-size:${fontSize}px}`];
    const rootStyle = /^<svg\b[^>]*?\sstyle="([^"]*)"/.exec(markup.slice(markup.indexOf('<svg')))?.[1] ?? '';
    const rootProps = rootStyle.split(';').filter((d) => d.trim().startsWith('--'));
    const cssTexts = [tokens.cssText, BASE_SVG_CSS, ...drawing.cssTexts, STANDALONE_FRAME_CSS, ...typeSize, ...(rootProps.length ? [`:host{${rootProps.join(';')}}`] : [])];
    const css = resolveStandaloneCSS({ cssTexts, theme, hostSelector: `.${STANDALONE_FRAME_CLASS}` });
    const fill = background ? resolveToken({ cssTexts, name: '--_background', theme }) : undefined;
    const footer = pageHeight === undefined ? drawing.footer : (drawing.slideFooter ?? drawing.footer);
    const svg = finishStandaloneSVG({
      markup,
      css,
      background: fill,
      title: drawing.title,
      header: drawing.header,
      footer,
      contentWidth,
      margin,
      textMargin: pageHeight === undefined ? margin : SLIDE_MARGIN,
      legend: drawing.legend?.map(({ sample, label }) => ({ sample: collectResultSync(render(sample)), label })),
      locale,
      ...(fontSize === undefined ? {} : { fontSize }),
      ...(measureAt ? { measureAt } : {}),
    });
    return { svg, omitted: drawing.footer.length - footer.length, chart: svgHeight(markup.slice(markup.indexOf('<svg'))), total: svgHeight(svg.slice(svg.indexOf('<svg'))) };
  };
  // A page: drawn once at the page's height, then again with what the frame's text leaves (a few
  // times: a shorter treemap can name more thin cells under it, which takes more of the page).
  const drawPage = (margin: number) => {
    let page = draw(margin, pageHeight);
    // Asked a little less each time by as much as it was over (a treemap's height follows the ask only roughly).
    let ask = page.chart;
    for (let tries = 0; pageHeight !== undefined && page.total > pageHeight && tries < 4; tries++) {
      ask = Math.max(1, Math.min(ask, page.chart) - (page.total - pageHeight));
      page = draw(margin, ask);
    }
    return page;
  };
  let drawn = drawPage(pageHeight === undefined ? STANDALONE_MARGIN : SLIDE_MARGIN);
  // A slide that leaves notes off at the slide's margins (or must be scaled down) is drawn again
  // closer to the sides, and taken when that leaves off less or fits (the page centres it:
  // policy-charts.ts fitSVGPage).
  if (pageHeight !== undefined && (drawn.omitted > 0 || drawn.total > pageHeight)) {
    const closer = drawPage(SLIDE_MIN_MARGIN);
    if (closer.omitted < drawn.omitted || (closer.omitted === drawn.omitted && closer.total <= pageHeight && drawn.total > pageHeight)) drawn = closer;
  }
  return {
    ok: true,
    svg: drawn.svg,
    type: parsed.value.type,
    locale,
    ...(parsed.warnings ? { warnings: parsed.warnings } : {}),
    ...(drawn.omitted > 0 ? { omitted: drawn.omitted } : {}),
  };
}
