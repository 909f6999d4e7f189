/**
 * The org element's state on a slide (`preset="slide"` with a height, the whole chart's): what
 * the title, toolbar, legend and source take beside the drawing, and whether the fit may still
 * collapse levels on its own (an overview) or the reader has chosen what is open. The fitting
 * itself is `fitOrgSlide` (slide.ts), passed in: the element loads it on first use, with the
 * chart's other lazy parts (only a slide needs it). Pure: runs in Node.
 */
import type { LayoutOrgChartOptions, OrgChartLayout } from './layout/index.js';
import type { fitOrgSlide } from './slide.js';

/** Smallest drawing height on a slide, px, whatever the title and legend take. */
export const ORG_SLIDE_MIN_DRAWING = 240;

export class OrgSlideState {
  /** Px the chart takes beside its drawing, measured after a render; the drawing gets what they leave. */
  chrome = 0;
  /** The fit may collapse levels until the reader expands or collapses a body, or searches. */
  auto = true;
  /** The collapsed bodies before the fit collapsed more (it starts from them each time). */
  private base?: Set<string>;

  /** A new document or collapsed depth: the fit starts again from the element's collapsed bodies. */
  restart(): void {
    this.auto = true;
    this.base = undefined;
  }

  /** The drawing's height for a chart `height` px tall on a slide; undefined off a slide or without a height. */
  drawingHeight(slide: boolean, height: number | undefined): number | undefined {
    if (!slide || height === undefined) return undefined;
    return Math.max(ORG_SLIDE_MIN_DRAWING, Math.round(height - this.chrome));
  }

  /**
   * The richest drawing that fits `height` with text of 18 px or more; the collapsed set to keep
   * is the fit's while it may still collapse on its own, else the reader's `collapsed` unchanged.
   * `fitSlide` is slide.ts' `fitOrgSlide`.
   */
  fit(fitSlide: typeof fitOrgSlide, options: LayoutOrgChartOptions & { fontSize: number }, height: number, collapsed: Set<string>): { layout: OrgChartLayout; collapsed: Set<string> } {
    if (this.auto) this.base ??= new Set(collapsed);
    const fit = fitSlide({ ...options, height, collapsed: this.auto ? this.base : collapsed, collapse: this.auto });
    return { layout: fit.layout, collapsed: this.auto ? new Set(fit.collapsed) : collapsed };
  }

  /**
   * After a render: what the chart takes beside its drawing (`total` − `drawing`). Returns true
   * when it moved by more than 2 px (lay out again; it settles, since the drawing's height
   * changes nothing else).
   */
  measure(total: number, drawing: number): boolean {
    const chrome = Math.max(0, Math.ceil(total - drawing));
    if (Math.abs(chrome - this.chrome) <= 2) return false;
    this.chrome = chrome;
    return true;
  }
}
