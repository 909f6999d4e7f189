/**
 * Renders a chart document to a standalone SVG string in Node, with the same pure layouts and
 * stateless templates the elements use, through @lit-labs/ssr. Text is measured with
 * {@link createApproxMeasure} (no canvas in Node), so line breaks can differ slightly from the
 * browser's.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { summarizeEffect } from '../data/effect-summary.js';
import { parseEffect } from '../data/effect.js';
import { createIssue, type Issue } from '../data/issues.js';
import { isRecord } from '../data/read.js';
import type { ChartDocument, Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { MEASURE_SIZE } from '../layout/effect-common.js';
import { layoutEffect } from '../layout/effect-chart.js';
import { createApproxMeasure } from '../layout/text.js';
import { effectChartStyles, renderEffectChart } from '../render/effect-chart.js';
import { tokens } from '../theme/tokens.js';
import {
  finishStandaloneSVG,
  resolveStandaloneCSS,
  resolveToken,
  STANDALONE_FRAME_CSS,
  type StandaloneTheme,
} from './standalone.js';

/** Options of {@link renderDocumentSVG}. */
export interface RenderDocumentSVGOptions {
  /** The parsed JSON of a chart document. */
  input: unknown;
  /** Width of the drawing in px (default 800). */
  width?: number;
  /** Locale of the chart's words; default: the document's `lang`, else ja. */
  locale?: Locale;
  theme?: StandaloneTheme;
  /** Paint the theme's background behind the drawing (default true). */
  background?: boolean;
}

/** The result of {@link renderDocumentSVG}: the SVG, or localised issue lines. */
export type RenderDocumentSVGResult = { ok: true; svg: string; type: ChartDocument['type'] } | { ok: false; issues: Issue[]; messages: string[] };

interface Drawing {
  template: TemplateResult;
  cssTexts: string[];
  title?: string;
  /** Text drawn above the chart, as the element shows it above its drawing. */
  header: string[];
  /** Footnotes and the source, drawn under the chart. */
  footer: string[];
}

const SOURCE_LABEL: Readonly<Record<Locale, string>> = { ja: '出典：', en: 'Source: ' };

/** Description first; notes and the source last: what the element shows around its drawing. */
function frameText(doc: ChartDocument, locale: Locale, extra: { header?: string[]; notes?: string[] } = {}) {
  const header = [doc.description, ...(extra.header ?? [])].filter((t): t is string => Boolean(t));
  const footer = [...(extra.notes ?? []), ...(doc.source ? [SOURCE_LABEL[locale] + doc.source] : [])];
  return { header, footer };
}

function drawEffect(input: unknown, width: number, locale: Locale): Drawing | Issue[] {
  const parsed = parseEffect(input);
  if (!parsed.ok) return parsed.issues;
  const doc = parsed.value;
  const layout = layoutEffect({ doc, width, measure: createApproxMeasure(MEASURE_SIZE), locale });
  const summary = summarizeEffect(doc, { locale }).sentence;
  return {
    template: renderEffectChart({
      layout,
      name: doc.title ?? doc.measure ?? '',
      summary,
      idPrefix: 'policy-effect',
      marksLabel: locale === 'ja' ? 'データ' : 'Data',
    }),
    cssTexts: [tokens.cssText, effectChartStyles.cssText],
    title: doc.title ?? doc.measure,
    ...frameText(doc, locale, { header: [summary], notes: doc.notes }),
  };
}

const DRAWERS: Record<string, (input: unknown, width: number, locale: Locale) => Drawing | Issue[]> = {
  effect: drawEffect,
};

/** Lang of the document, when it is an object with a string `lang`. */
function documentLocale(input: unknown): Locale | undefined {
  return isRecord(input) && typeof input.lang === 'string' ? toLocale(input.lang) : undefined;
}

/**
 * Parses a chart document (dispatching on `type`) and renders it to a standalone SVG.
 * Bad input never throws: it returns the issues, with messages in the chosen locale.
 */
export function renderDocumentSVG(options: RenderDocumentSVGOptions): RenderDocumentSVGResult {
  const { input, width = 800, theme = 'light', background = true } = options;
  const locale = options.locale ?? documentLocale(input) ?? 'ja';
  const fail = (issues: Issue[]): RenderDocumentSVGResult => ({ ok: false, issues, messages: issues.map((i) => formatIssue(i, locale)) });

  if (!isRecord(input)) return fail([createIssue('wrong-type', '', { expected: 'object' })]);
  const type = input.type;
  if (typeof type !== 'string') return fail([createIssue('missing', 'type', { key: 'type' })]);
  const draw = DRAWERS[type];
  if (!draw) {
    return fail([createIssue('unknown-value', 'type', { value: type, allowed: Object.keys(DRAWERS).join(', ') })]);
  }
  const drawing = draw(input, width, locale);
  if (Array.isArray(drawing)) return fail(drawing);

  const markup = collectResultSync(render(drawing.template));
  const cssTexts = [...drawing.cssTexts, STANDALONE_FRAME_CSS];
  const css = resolveStandaloneCSS({ cssTexts, theme });
  const fill = background ? resolveToken({ cssTexts, name: '--_background', theme }) : undefined;
  const svg = finishStandaloneSVG({
    markup,
    css,
    background: fill,
    title: drawing.title,
    header: drawing.header,
    footer: drawing.footer,
    locale,
  });
  return { ok: true, svg, type: type as ChartDocument['type'] };
}
