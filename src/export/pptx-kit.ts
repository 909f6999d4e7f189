/**
 * What the per-chart slide drawers (src/charts/<chart>/pptx.ts) share: the slide context they
 * draw into, the placement of layout px on the slide, and the deck's colours. No chart knowledge.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartDocument, Locale } from '../data/types.js';
import type { MeasureText } from '../kit/text.js';
import type { ConnectorSpec, PolylineSpec } from './pptx-connectors.js';

/** A rectangle on the slide, in inches. */
export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Maps layout px into the chart area (inches): one uniform scale, centred horizontally. */
export interface Placement {
  k: number;
  ox: number;
  oy: number;
}

/** Places a `width` x `height` px drawing in `area`, scaled to fit (at most `maxK` inches a px). */
export function place(area: Area, width: number, height: number, maxK = Infinity): Placement {
  const k = Math.min(area.w / width, area.h / height, maxK);
  return { k, ox: area.x + (area.w - width * k) / 2, oy: area.y };
}

/** Points for a size in layout px. */
export const pt = (px: number, p: Placement) => Math.round(px * p.k * 72 * 10) / 10;

/** `#RRGGBB` to pptxgenjs' `RRGGBB`. */
export const hex = (color: string) => color.replace('#', '').toUpperCase();

/** The deck's text, muted text, border and accent colours. */
export const TEXT = '1A1A1A';
export const MUTED = '595959';
export const BORDER = '767676';
export const ACCENT = '0B5CAD';

/** The smallest type on a slide for a projected chart (treemap, effect chart), pt. */
export const MIN_SLIDE_PT = 18;

export type Slide = ReturnType<PptxGenJS['addSlide']>;

/** Where a chart draws: the deck, its first slide, the font, and the area under the title. */
export interface SlideContext {
  pptx: PptxGenJS;
  slide: Slide;
  font: string;
  locale: Locale;
  area: Area;
  /** The first slide's title row right of the title, where a chart may put its legend (absent when the title fills the row). */
  titleRoom?: Area;
  /** Text measures in the slide's font at a size, px (the CLI's: the bundled Noto Sans JP); default: approximate. */
  measureAt?: (sizePx: number) => MeasureText;
  /**
   * Adds a slide after the last one, with the deck's title followed by `part` (e.g. the name of
   * the body whose subtree it shows) and the 出典 footer, for a chart that cannot be projected
   * on one slide at 18 pt. Its connectors and notes are returned in {@link SlideDrawing.more}, in order.
   */
  addSlide(part: string): { slide: Slide; area: Area };
}

/** What a chart leaves on a slide besides its shapes: connectors to attach, freeform lines, and the slide's notes. */
export interface SlidePart {
  connectors?: ConnectorSpec[];
  polylines?: PolylineSpec[];
  /** The connectors and lines go just under the first shape whose name starts with this (default: under every shape). */
  linesBeneath?: string;
  notes: string[];
}

/** What a chart leaves on its first slide, and on the slides it added (`more`, in the order of `addSlide`). */
export interface SlideDrawing extends SlidePart {
  more?: SlidePart[];
}

/** One chart on a PowerPoint slide (src/charts/<chart>/pptx.ts). */
export interface SlideModel<TDoc extends ChartDocument = ChartDocument> {
  type: TDoc['type'];
  /** The slide's title when the document has none (default: none). */
  defaultTitle?: (locale: Locale) => string;
  /** Draws the document into the context's area as native, editable shapes. */
  draw(doc: TDoc, context: SlideContext): SlideDrawing;
}
