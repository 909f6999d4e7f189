/**
 * What every chart is to the code that does not know which chart it holds (the CLI, the
 * exports, the base element): one `ChartModel` per chart folder (src/charts/<chart>/index.ts).
 * The callers loop over {@link ChartModel}s; chart knowledge stays in the chart's folder.
 */
import type { TemplateResult } from 'lit';
import type { ParseResult } from '../data/issues.js';
import type { ChartDocument, Locale } from '../data/types.js';

/** A chart drawn for a file (no interaction): the template and what is written around it. */
export interface ChartDrawing {
  /** The drawing (an `<svg>` template, renderable in Node through Lit SSR). */
  template: TemplateResult;
  /** The chart's own style sheets (the tokens and the shared element styles come before them). */
  cssTexts: string[];
  title?: string;
  /** Text drawn above the chart, as the element shows it above its drawing. */
  header: string[];
  /** Footnotes, the legend in words and the source, drawn under the chart. */
  footer: string[];
  /** Legend entries with a drawn sample. */
  legend?: Array<{ sample: TemplateResult; label: string }>;
}

/** Options of {@link ChartModel.drawFile}. */
export interface DrawFileOptions<TDoc> {
  doc: TDoc;
  /** Width of the drawing in px. */
  width: number;
  locale: Locale;
}

/** One chart: how its documents are read, sized and drawn outside an element. */
export interface ChartModel<TDoc extends ChartDocument = ChartDocument> {
  /** The document `type` this chart draws. */
  type: TDoc['type'];
  /** The custom element that draws it (`policy-org-chart`): what server rendering and Markdown emit. */
  tag: `policy-${string}`;
  /** Turns raw input into the chart's document, or issues. Pure; never throws. */
  parse(input: unknown): ParseResult<TDoc>;
  /** Height of the drawing for a width when none is set; undefined: the chart takes the height it needs. */
  defaultHeight(width: number): number | undefined;
  /** The drawing of a whole document for a file, with every datum written out (nothing to click). */
  drawFile(options: DrawFileOptions<TDoc>): ChartDrawing;
}

const SOURCE_LABEL: Readonly<Record<Locale, string>> = { ja: '出典：', en: 'Source: ' };

/** Description first; notes and the source last: what an element shows around its drawing. */
export function frameText(doc: ChartDocument, locale: Locale, extra: { header?: string[]; notes?: string[] } = {}): { header: string[]; footer: string[] } {
  const header = [doc.description, ...(extra.header ?? [])].filter((t): t is string => Boolean(t));
  const footer = [...(extra.notes ?? []), ...(doc.source ? [SOURCE_LABEL[locale] + doc.source] : [])];
  return { header, footer };
}
