/**
 * What every chart is to the code that does not know which chart it holds (the CLI, the
 * exports, the base element): one `ChartModel` per chart folder (src/charts/<chart>/index.ts).
 * The callers loop over {@link ChartModel}s; chart knowledge stays in the chart's folder.
 *
 * This file is the one home of the type. A model is the chart's pure parts in one object:
 * `parse` (data/), `layout` (layout/), `describe` (describe.ts: accessible names), `tableCode`
 * (one {@link DataTable}, from which CSV is derived, in code loaded on first use), `legend`, `render` (stateless templates),
 * `words` (one typed table per locale) and `defaultHeight`. Files are drawn by a {@link FileModel}
 * per chart (src/charts/<chart>/file.ts), apart, so that the elements never carry file-only code. The element is its
 * properties, its controllers and two calls: `model.layout` in `willUpdate`, `model.render`
 * in `render()`.
 */
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { ParseResult } from '../data/issues.js';
import type { ChartDocument, Locale } from '../data/types.js';
import type { ExportController } from './controllers/export-controller.js';
import type { DataTable } from './data-table.js';
import type { ElementUiWords } from './element/words.js';
import type { RenderDataTableOptions } from './data-table-view.js';
import type { LazyPart } from './lazy-part.js';
import type { MeasureText } from './text.js';

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
  /**
   * The footer on a slide, when it is shorter: the footer less the long lists a page writes out
   * (every item's figures, text shortened in full), which a deck keeps in the slide's notes.
   */
  slideFooter?: string[];
}

/** Options of {@link FileModel.drawFile}. */
export interface DrawFileOptions<TDoc> {
  doc: TDoc;
  /** Width of the drawing in px. */
  width: number;
  locale: Locale;
  /** Base type size in px, as the element's font size (default 14; 20 for a 1920×1080 slide). */
  fontSize?: number;
  /**
   * The most height the drawing may take (a slide page). A chart that can fits into it (the
   * treemap is laid out at it; the org chart leaves role lines to the notes); others ignore it.
   */
  height?: number;
  /**
   * The measure of text at a size in px, in the font the file is drawn with (the CLI: the
   * bundled Noto Sans JP's advances, as a server-rendered element measures), so that the file is
   * laid out as the element is; the approximate metrics when not given.
   */
  measureAt?: (sizePx: number) => MeasureText;
}

/** How a chart draws a whole document for a file (src/charts/<chart>/file.ts; the CLI loops over them). */
export interface FileModel<TDoc extends ChartDocument = ChartDocument> {
  /** The document `type` this drawer draws. */
  type: TDoc['type'];
  /** The drawing of a whole document for a file, with every datum written out (nothing to click). */
  drawFile(options: DrawFileOptions<TDoc>): ChartDrawing;
}

/** One entry of a chart's legend: what is drawn (a line style, a pattern) and its words. */
export interface LegendEntry {
  /** The style drawn as the sample (`tree`, `cooperation`, `hatch`). */
  key: string;
  label: string;
}

/** What the base element needs of a model (tests give it a small one of their own). */
export type ElementModel<TDoc extends ChartDocument> = Pick<ChartModel<TDoc>, 'parse' | 'tableCode' | 'defaultHeight' | 'english'>;

/**
 * A chart's table code: what its table alternative and CSV need, loaded on first use (the table
 * shown, `toCSV()`, an `exportable` element's buttons), not with the chart
 * (src/charts/<chart>/lazy.ts; docs/size.md).
 */
export interface TableCode<TDoc extends ChartDocument = ChartDocument> {
  /** The chart's data as one table, every datum included; the CSV export is derived from it. */
  table(options: { doc: TDoc; locale: Locale }): DataTable;
  /** The `<table>` of a table (kit/data-table-view.ts). */
  renderDataTable(table: DataTable, options?: RenderDataTableOptions): TemplateResult;
  /** The CSV of a table, with a byte order mark (kit/table-code.ts). */
  tableCSV(table: DataTable): string;
  /** The export buttons of an `exportable` element (kit/controllers/export-buttons.ts): loaded with the table code, not with the chart. */
  renderExportButtons(exports: ExportController, ui: ElementUiWords): TemplateResult;
}

/**
 * One chart: how its documents are read, laid out, described, tabled and drawn, in and outside
 * an element. `TLayoutOptions`, `TLayout` and `TRenderOptions` are the chart's own shapes.
 */
// Methods (not function properties), so that a chart's model is one of `ChartModel<TDoc>` for
// code that only parses, tables or draws files (the parameters are compared bivariantly).
export interface ChartModel<TDoc extends ChartDocument = ChartDocument, TLayoutOptions = never, TLayout = unknown, TRenderOptions = never, TWords = unknown> {
  /** The document `type` this chart draws. */
  type: TDoc['type'];
  /** The custom element that draws it (`policy-org-chart`): what server rendering and Markdown emit. */
  tag: `policy-${string}`;
  /** Turns raw input into the chart's document, or issues. Pure; never throws. */
  parse(input: unknown): ParseResult<TDoc>;
  /** Height of the drawing for a width when none is set; undefined: the chart takes the height it needs. */
  defaultHeight(width: number): number | undefined;
  /** Pure geometry of a document for a size and the chart's options (its layout/ folder). */
  layout(options: TLayoutOptions): TLayout;
  /** Accessible names of the drawn items, by id or key (its describe.ts). */
  describe(options: { doc: TDoc; layout: TLayout; locale: Locale }): ReadonlyMap<string, string>;
  /** The chart's table code (its table, every datum included, from which the CSV is derived), loaded on first use. */
  tableCode: LazyPart<TableCode<TDoc>>;
  /** What the legend lists beside a layout (legends drawn inside the SVG are not listed). */
  legend(options: { doc: TDoc; layout: TLayout; locale: Locale }): LegendEntry[];
  /** The drawing of a layout: a stateless template (its render.ts), renderable in Node. */
  render(options: TRenderOptions): TemplateResult | SVGTemplateResult;
  /** The chart's words, one typed table per locale (its words.ts), passed into templates. */
  words: Readonly<Record<Locale, TWords>>;
  /**
   * The chart's English words (its words-en.ts, kit/locale-table.ts), loaded on first use: an
   * element in English waits for them before it draws. Node callers import src/words-en.ts.
   */
  english: LazyPart<unknown>;
}

const SOURCE_LABEL: Readonly<Record<Locale, string>> = { ja: '出典：', en: 'Source: ' };

/**
 * Description first; notes, long lists (`details`) and the source last: what an element shows
 * around its drawing. The slide footer leaves the long lists out.
 */
export function frameText(
  doc: ChartDocument,
  locale: Locale,
  extra: { header?: string[]; notes?: string[]; details?: string[] } = {},
): { header: string[]; footer: string[]; slideFooter: string[] } {
  const header = [doc.description, ...(extra.header ?? [])].filter((t): t is string => Boolean(t));
  const source = doc.source ? [SOURCE_LABEL[locale] + doc.source] : [];
  const notes = extra.notes ?? [];
  return { header, footer: [...notes, ...(extra.details ?? []), ...source], slideFooter: [...notes, ...source] };
}
