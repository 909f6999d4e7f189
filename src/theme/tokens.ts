import { css, unsafeCSS } from 'lit';
import { DEFAULT_FONT_FAMILY } from './font-family.js';

/**
 * The colour-blind-safe default palette (Okabe & Ito, 2008), in the order series use it.
 * Colour never carries meaning alone: every chart also uses patterns, line styles or labels.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Lighter tints of PALETTE, for areas that carry dark text (contrast ≥ 4.5:1 with #1a1a1a). */
export const PALETTE_TINTS = ['#B3D4EB', '#F7D9A1', '#A6DCCB', '#EACBDE', '#C6E6F8', '#F2C1A3', '#F9F4B5', '#D9D9D9'] as const;

/**
 * The dark theme's values, for `theme="dark"` and for `theme="auto"` on a dark system. They read
 * their own `--policy-color-*-dark` properties, never the light ones: a page that maps its design
 * tokens onto `--policy-color-text` and friends still gets a dark chart with `theme="dark"`
 * (before, the light mapping won over the dark defaults). A theme sets both sets.
 */
const darkValues = unsafeCSS(`
  --_text: var(--policy-color-text-dark, #f2f2f2);
  --_muted: var(--policy-color-muted-dark, #c4c4c4);
  --_background: var(--policy-color-background-dark, #16181c);
  --_surface: var(--policy-color-surface-dark, #23262b);
  --_border: var(--policy-color-border-dark, #9a9a9a);
  --_accent: var(--policy-color-accent-dark, #7cb8f2);
  --_focus: var(--policy-color-focus-dark, #ffb86b);
  --_warning: var(--policy-color-warning-dark, #ffc46b);
  --_error: var(--policy-color-error-dark, #ff8a80);
  --_highlight: var(--policy-color-highlight-dark, #5c4d00);
  color-scheme: dark;
`);

/**
 * Shared design tokens. Public `--policy-*` properties set the look; every element reads
 * them through these private `--_*` variables. Light by default; `theme="dark"` or
 * `theme="auto"` (follows the system) switch to dark; forced colours use system colours, in
 * every theme; print is dark on white in every theme.
 */
export const tokens = css`
  :host {
    --_text: var(--policy-color-text, #1a1a1a);
    --_muted: var(--policy-color-muted, #595959);
    --_background: var(--policy-color-background, #ffffff);
    --_surface: var(--policy-color-surface, #f5f6f7);
    --_border: var(--policy-color-border, #767676);
    --_accent: var(--policy-color-accent, #0b5cad);
    --_focus: var(--policy-color-focus, #c2410c);
    --_warning: var(--policy-color-warning, #a15c00);
    --_error: var(--policy-color-error, #b3261e);
    --_highlight: var(--policy-color-highlight, #fff1a8);
    --_font-family: var(--policy-font-family, ${unsafeCSS(DEFAULT_FONT_FAMILY)});
    --_font-size: var(--policy-font-size, 14px);
    --_series-1: var(--policy-color-series-1, ${unsafeCSS(PALETTE_TINTS[0])});
    --_series-2: var(--policy-color-series-2, ${unsafeCSS(PALETTE_TINTS[1])});
    --_series-3: var(--policy-color-series-3, ${unsafeCSS(PALETTE_TINTS[2])});
    --_series-4: var(--policy-color-series-4, ${unsafeCSS(PALETTE_TINTS[3])});
    --_series-5: var(--policy-color-series-5, ${unsafeCSS(PALETTE_TINTS[4])});
    --_series-6: var(--policy-color-series-6, ${unsafeCSS(PALETTE_TINTS[5])});
    --_series-7: var(--policy-color-series-7, ${unsafeCSS(PALETTE_TINTS[6])});
    --_series-8: var(--policy-color-series-8, ${unsafeCSS(PALETTE_TINTS[7])});
    --_strong-1: var(--policy-color-strong-1, ${unsafeCSS(PALETTE[0])});
    --_strong-2: var(--policy-color-strong-2, ${unsafeCSS(PALETTE[1])});
    --_strong-3: var(--policy-color-strong-3, ${unsafeCSS(PALETTE[2])});
    --_strong-4: var(--policy-color-strong-4, ${unsafeCSS(PALETTE[3])});
    --_motion: var(--policy-motion-duration, 250ms);
    color-scheme: light;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([theme='dark']) {
    ${darkValues}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkValues}
    }
  }
  @media print {
    /* Paper is white and printers drop backgrounds: every theme prints dark on white. */
    :host,
    :host([theme]) {
      --_text: #000000;
      --_muted: #404040;
      --_background: #ffffff;
      --_surface: #ffffff;
      --_border: #595959;
      --_accent: #0b5cad;
      --_focus: #c2410c;
      --_warning: #a15c00;
      --_error: #b3261e;
      --_highlight: #fff1a8;
      color-scheme: light;
    }
  }
  @media (forced-colors: active) {
    /* [theme] too: the dark theme's rules must not win over system colours. */
    :host,
    :host([theme]) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_focus: Highlight;
      --_warning: CanvasText;
      --_error: CanvasText;
      --_highlight: Highlight;
      --_series-1: Canvas;
      --_series-2: Canvas;
      --_series-3: Canvas;
      --_series-4: Canvas;
      --_series-5: Canvas;
      --_series-6: Canvas;
      --_series-7: Canvas;
      --_series-8: Canvas;
      --_strong-1: CanvasText;
      --_strong-2: CanvasText;
      --_strong-3: CanvasText;
      --_strong-4: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
`;
