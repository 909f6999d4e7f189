/**
 * How a chart element measures text, and when it lays out as the server did. A server layout
 * (on the server, and for the update that hydrates server-rendered markup) uses the `width`
 * attribute and the server's font advances; then the element measures the page: the server's
 * advances where the page's font gives the same widths (the drawing is kept), else a canvas,
 * else approximate metrics (reported as an environment fault).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AdvanceTable } from '../font-metrics.js';
import { lazyPart } from '../lazy-part.js';
import { createCanvasMeasure, fontFor } from '../measure.js';
import { createApproxMeasure, type MeasureText } from '../text.js';

/**
 * The server's font advances and the measures made from them (kit/font-metrics.ts): needed only
 * on the server and by an element rendered there (`data-policy-metrics`), so loaded then, not
 * with the chart (docs/size.md). The server loads it before rendering (src/ssr/render-element.ts);
 * a hydrating element's updates wait for it (PolicyChartElement's `partsToRender`).
 */
export const fontMetricsCode = lazyPart(() => import('../font-metrics.js'));

/** Measures text for one element and remembers whether the page's font matched the server's. */
export class PageMeasure implements ReactiveController {
  /**
   * Whether this update lays out as the server did: true on the server, and in the browser for
   * the first update of an element whose shadow root came with the page (declarative shadow
   * DOM), so that hydration finds the same drawing.
   */
  serverLayout: boolean;
  /** The advances the server measured with (`data-policy-metrics`); null when there are none. */
  private serverAdvances?: AdvanceTable | null;
  /** Whether the last measure made agreed with the server's advances (then no re-layout after hydration). */
  matchesServer = false;
  /** The type size at which the page's font was found to match the server's advances. */
  private matchedSize?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly report: (api: string, error: unknown) => void,
    /** Called when the hydrating layout must be made again for the page (its font differs). */
    private readonly relayout: () => void,
  ) {
    this.serverLayout = isServer || (host.shadowRoot?.childNodes.length ?? 0) > 0;
    host.addController(this);
  }

  /**
   * After the hydrating update (which used the server's layout): lay out for the real width and
   * fonts. When the page's font gave the server's widths, that layout is already the browser's
   * and is kept (a new width still lays out again).
   */
  hostUpdated(): void {
    if (!this.serverLayout || isServer) return;
    this.serverLayout = false;
    if (!this.matchesServer) this.relayout();
    this.host.requestUpdate();
  }

  /**
   * The host's computed style, or `undefined` for a server layout (no style there) and where
   * `getComputedStyle` is missing (reported as an environment fault).
   */
  style(): CSSStyleDeclaration | undefined {
    if (this.serverLayout) return undefined;
    if (typeof getComputedStyle !== 'function') {
      this.report('getComputedStyle', new ReferenceError('getComputedStyle is not defined'));
      return undefined;
    }
    return getComputedStyle(this.host);
  }

  /**
   * The measure of text set in `font()` (a CSS font shorthand at `sizePx`). On the server: the
   * advances of the font file installed by src/ssr (the approximate metrics without one). In
   * the browser, for a server-rendered element: the server's advances when the page's font
   * gives the same widths, so the server's layout is the browser's; while hydrating with
   * another font, still the server's table (hydration must find the same drawing). Otherwise a
   * canvas; the approximate metrics where no canvas exists.
   */
  measure(font: () => string, sizePx: number): MeasureText {
    const { serverLayout } = this;
    const metrics = fontMetricsCode.value;
    if (isServer) return metrics?.serverFontMeasure(sizePx) ?? createApproxMeasure(sizePx);
    // A server-rendered element carries the advances the server measured with (kit/font-metrics,
    // loaded before an update of such an element: missing only when it failed to load).
    if (metrics) this.serverAdvances ??= metrics.decodeAdvances(this.host.getAttribute('data-policy-metrics')) ?? null;
    const table = this.serverAdvances;
    if (metrics && table) {
      try {
        // The page's own font, even while hydrating: when it gives every character the server's
        // width, measuring as the server did (per-character sums) is measuring the page's font.
        const charWidth = createCanvasMeasure(fontFor(this.host, sizePx));
        if (metrics.fontMatchesAdvances(table, sizePx, charWidth)) {
          this.matchesServer = true;
          this.matchedSize = sizePx;
          return metrics.createTableMeasure(table, sizePx, charWidth);
        }
      } catch {
        // No canvas or computed style: the table (hydrating) or the fallback below reports it.
      }
      this.matchesServer = false;
      if (serverLayout) return metrics.createTableMeasure(table, sizePx);
    } else if (serverLayout) {
      return createApproxMeasure(sizePx);
    }
    try {
      return createCanvasMeasure(font());
    } catch (error) {
      this.report('canvas', error);
      return createApproxMeasure(sizePx);
    }
  }

  /**
   * Whether measuring with the server's advances still measures the page's font after a font
   * change: then the layout would be the same (a later font, e.g. the table's, changes nothing drawn).
   */
  stillMatchesServer(): boolean {
    const metrics = fontMetricsCode.value;
    if (!metrics || this.serverLayout || !this.matchesServer || !this.serverAdvances || this.matchedSize === undefined) return false;
    try {
      return metrics.fontMatchesAdvances(this.serverAdvances, this.matchedSize, createCanvasMeasure(fontFor(this.host, this.matchedSize)));
    } catch {
      return false;
    }
  }
}
