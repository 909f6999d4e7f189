/**
 * Stateless templates for effect charts: a layout (layout/*.ts) in, SVG out. No
 * DOM access and no state, so the same templates render in the element and on a server
 * (@lit-labs/ssr). Colours come from classes styled by {@link effectChartStyles}, which map
 * roles to theme tokens (and to system colours under forced colours).
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AxisLayout, EffectLayout, EffectMark, Fill, Shape, SymbolShape, TextShape } from './layout/shapes.js';

/** Options of {@link renderEffectChart}. */
export interface RenderEffectChartOptions {
  layout: EffectLayout;
  /** The accessible name of the drawing (the document's title, or the measure). */
  name: string;
  /** The one-sentence summary, read after the name. */
  summary: string;
  /** Prefix for ids inside the SVG, unique on the page (patterns, description). */
  idPrefix: string;
  /** Accessible name of the list of marks (`データ` / `Data`). */
  marksLabel: string;
  /** Accessible name of each mark, by mark id (describe.ts). */
  names: ReadonlyMap<string, string>;
  /** Index of the mark that takes Tab focus (roving tabindex); -1: marks are not focusable. */
  activeIndex?: number;
  /**
   * A fixed height for the drawing (px). The layout is made for it (layoutEffect's `height`);
   * a layout still taller, as tight as it gets, is scaled down to fit as a last resort. By
   * default the drawing takes the layout's height.
   */
  height?: number;
}

const fillClass = (fill: Fill): string => {
  switch (fill.type) {
    case 'series':
      return `fill-series-${(fill.index % 8) + 1}`;
    case 'unknown':
      return 'fill-unknown';
    case 'track':
      return 'fill-track';
    case 'solid':
      return `fill-${fill.tone}`;
  }
};

function renderText(text: TextShape): SVGTemplateResult {
  const [first, ...rest] = text.lines;
  return svg`<text
    class=${`tone-${text.tone}${text.bold ? ' bold' : ''}`}
    x=${text.x}
    y=${text.y}
    font-size=${text.size}
    text-anchor=${text.anchor}
  >${first ?? ''}${rest.map((line) => svg`<tspan x=${text.x} dy=${text.lineHeight}>${line}</tspan>`)}</text>`;
}

/** The path of a marker centred at (x, y). */
export function getSymbolPath(shape: SymbolShape): string {
  const { x, y, r, symbol } = shape;
  const f = (n: number) => Math.round(n * 10) / 10;
  switch (symbol) {
    case 'circle':
    case 'ring':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r)},${f(y)}Z`;
    case 'cross': {
      const a = r * 0.9;
      const t = r * 0.35;
      return (
        `M${f(x - a)},${f(y - a + t)}L${f(x - t)},${f(y)}L${f(x - a)},${f(y + a - t)}L${f(x - a + t)},${f(y + a)}` +
        `L${f(x)},${f(y + t)}L${f(x + a - t)},${f(y + a)}L${f(x + a)},${f(y + a - t)}L${f(x + t)},${f(y)}` +
        `L${f(x + a)},${f(y - a + t)}L${f(x + a - t)},${f(y - a)}L${f(x)},${f(y - t)}L${f(x - a + t)},${f(y - a)}Z`
      );
    }
  }
}

function renderShape(shape: Shape, idPrefix: string): SVGTemplateResult {
  switch (shape.kind) {
    case 'text':
      return renderText(shape);
    case 'rect':
      return svg`<rect
        class=${`${fillClass(shape.fill)}${shape.outline ? ' outline' : ''}`}
        x=${shape.x}
        y=${shape.y}
        width=${Math.max(0, shape.width)}
        height=${Math.max(0, shape.height)}
        fill=${shape.fill.type === 'unknown' ? `url(#${idPrefix}-hatch)` : nothing}
        stroke-dasharray=${shape.dash ?? nothing}
      ></rect>`;
    case 'line':
      return svg`<line
        class=${`stroke-${shape.tone}`}
        x1=${shape.x1}
        y1=${shape.y1}
        x2=${shape.x2}
        y2=${shape.y2}
        stroke-width=${shape.strokeWidth}
        stroke-dasharray=${shape.dash ?? nothing}
        marker-end=${shape.arrow ? `url(#${idPrefix}-arrow-${shape.tone})` : nothing}
      ></line>`;
    case 'symbol':
      return svg`<path
        class=${shape.symbol === 'ring' || shape.hollow ? `symbol ring stroke-${shape.tone}` : `symbol fill-${shape.tone} stroke-${shape.tone}`}
        d=${getSymbolPath(shape)}
        stroke-dasharray=${shape.dash ?? nothing}
      ></path>`;
  }
}

function renderAxis(axis: AxisLayout): SVGTemplateResult {
  return svg`<g class="axis" aria-hidden="true">
    ${axis.ticks.map(
      (tick) => svg`<line class="stroke-muted" x1=${tick.x} x2=${tick.x} y1=${axis.gridTop} y2=${axis.gridBottom} stroke-width="1"></line>
        <text class="tone-muted tick" x=${tick.x} y=${axis.y} font-size=${axis.tickSize} text-anchor=${tick.anchor ?? 'middle'}>${tick.label}</text>`,
    )}
    ${axis.zeroX === undefined ? nothing : svg`<line class="stroke-zero" x1=${axis.zeroX} x2=${axis.zeroX} y1=${axis.gridTop} y2=${axis.gridBottom} stroke-width="2"></line>`}
    ${axis.title ? renderText(axis.title) : nothing}
  </g>`;
}

function renderMark(mark: EffectMark, index: number, options: RenderEffectChartOptions): SVGTemplateResult {
  const { activeIndex = -1, idPrefix } = options;
  const focusable = activeIndex >= 0;
  return svg`<g
    class="mark"
    role="listitem"
    data-index=${index}
    id=${`${idPrefix}-${mark.id}`}
    tabindex=${focusable ? (index === activeIndex ? 0 : -1) : nothing}
    aria-label=${options.names.get(mark.id) ?? mark.label}
  >
    <rect class="focus-ring" x=${mark.box.x} y=${mark.box.y} width=${mark.box.width} height=${mark.box.height} rx="4"></rect>
    ${mark.shapes.map((shape) => renderShape(shape, idPrefix))}
  </g>`;
}

/**
 * The SVG of an effect chart: named (`aria-label`), described by the summary (`<desc>`),
 * with one list item per datum, each with its value as its accessible name.
 */
export function renderEffectChart(options: RenderEffectChartOptions): TemplateResult {
  const { layout, name, summary, idPrefix, marksLabel } = options;
  const scale = layout.fontSize;
  return html`<svg
    class="effect-chart"
    xmlns="http://www.w3.org/2000/svg"
    role="group"
    aria-label=${name}
    aria-describedby=${`${idPrefix}-desc`}
    width=${layout.width}
    height=${options.height ?? layout.height}
    viewBox=${`0 0 ${layout.width} ${layout.height}`}
    preserveAspectRatio=${options.height === undefined ? nothing : 'xMidYMin meet'}
    font-size=${scale}
  >
    <desc id=${`${idPrefix}-desc`}>${summary}</desc>
    <defs>
      <pattern id=${`${idPrefix}-hatch`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="8" height="8"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="8" stroke-width="3"></line>
      </pattern>
      ${(['text', 'improved', 'worsened', 'neutral'] as const).map(
        (tone) => svg`<marker id=${`${idPrefix}-arrow-${tone}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path class=${`fill-${tone}`} d="M0,0L10,5L0,10Z"></path>
        </marker>`,
      )}
    </defs>
    ${layout.axes.map((axis) => renderAxis(axis))}
    <g role="list" aria-label=${marksLabel}>${layout.marks.map((mark, i) => renderMark(mark, i, options))}</g>
    <g class="annotations" aria-hidden="true">${layout.annotations.map((shape) => renderShape(shape, idPrefix))}</g>
  </svg>`;
}

/**
 * Styles of the effect-chart SVG: roles to theme tokens, hatching, focus ring, forced colours.
 * Used by `<policy-effect-chart>`; a server render can inline `effectChartStyles.cssText`.
 */
export const effectChartStyles = css`
  :host {
    --_improved: var(--policy-color-improved, #0072b2);
    --_worsened: var(--policy-color-worsened, #b84a00);
    --_neutral: var(--policy-color-neutral, #444);
  }
  :host([theme='dark']) {
    --_improved: var(--policy-color-improved, #56b4e9);
    --_worsened: var(--policy-color-worsened, #f08a4b);
    --_neutral: var(--policy-color-neutral, #ccc);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_improved: var(--policy-color-improved, #56b4e9);
      --_worsened: var(--policy-color-worsened, #f08a4b);
      --_neutral: var(--policy-color-neutral, #ccc);
    }
  }
  @media print {
    :host,
    :host([theme]) {
      --_improved: var(--policy-color-improved, #0072b2);
      --_worsened: var(--policy-color-worsened, #b84a00);
      --_neutral: var(--policy-color-neutral, #444);
    }
  }
  .effect-chart {
    overflow: visible;
  }
  .effect-chart text {
    fill: var(--_text);
    font-family: var(--_font-family);
  }
  .effect-chart .bold {
    font-weight: 700;
  }
  .effect-chart .tone-muted,
  .effect-chart .tick {
    fill: var(--_muted);
  }
  .effect-chart .tone-on-fill {
    /* Series tints are light in every theme, so text on them stays dark. */
    fill: #1a1a1a;
  }
  .effect-chart .tone-improved {
    fill: var(--_improved);
  }
  .effect-chart .tone-worsened {
    fill: var(--_worsened);
  }
  .fill-series-1 { fill: var(--_series-1); }
  .fill-series-2 { fill: var(--_series-2); }
  .fill-series-3 { fill: var(--_series-3); }
  .fill-series-4 { fill: var(--_series-4); }
  .fill-series-5 { fill: var(--_series-5); }
  .fill-series-6 { fill: var(--_series-6); }
  .fill-series-7 { fill: var(--_series-7); }
  .fill-series-8 { fill: var(--_series-8); }
  .fill-track {
    fill: var(--_background);
  }
  .fill-text { fill: var(--_text); }
  .fill-muted { fill: var(--_muted); }
  .fill-improved { fill: var(--_improved); }
  .fill-worsened { fill: var(--_worsened); }
  .fill-neutral { fill: var(--_neutral); }
  .outline {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .hatch-bg {
    fill: var(--_background);
  }
  .hatch-line {
    stroke: var(--_muted);
  }
  .stroke-text { stroke: var(--_text); }
  .stroke-muted { stroke: var(--_muted); }
  .stroke-grid {
    stroke: var(--_border);
    stroke-opacity: 0.45;
  }
  .stroke-zero { stroke: var(--_text); }
  .stroke-improved { stroke: var(--_improved); }
  .stroke-worsened { stroke: var(--_worsened); }
  .stroke-neutral { stroke: var(--_neutral); }
  .symbol {
    stroke-width: 2;
  }
  .symbol.ring {
    fill: var(--_background);
  }
  .mark {
    outline: none;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .mark:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  @media (forced-colors: active) {
    .effect-chart text,
    .effect-chart .tone-muted,
    .effect-chart .tick,
    .effect-chart .tone-on-fill,
    .effect-chart .tone-improved,
    .effect-chart .tone-worsened {
      fill: CanvasText;
    }
    .outline,
    .stroke-text,
    .stroke-muted,
    .stroke-zero,
    .stroke-improved,
    .stroke-worsened,
    .stroke-neutral,
    .hatch-line {
      stroke: CanvasText;
    }
    .stroke-grid {
      stroke: GrayText;
      stroke-opacity: 1;
    }
    .fill-text,
    .fill-muted,
    .fill-improved,
    .fill-worsened,
    .fill-neutral {
      fill: CanvasText;
    }
    .fill-track,
    .hatch-bg,
    .symbol.ring,
    .fill-series-1, .fill-series-2, .fill-series-3, .fill-series-4,
    .fill-series-5, .fill-series-6, .fill-series-7, .fill-series-8 {
      fill: Canvas;
    }
    .mark:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`;
