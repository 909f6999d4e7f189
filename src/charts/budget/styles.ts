import { css, unsafeCSS } from 'lit';
import { PALETTE_TINTS } from '../../theme/tokens.js';

/** Text on cells, per theme (tested: ≥ 4.5:1 on every fill of its theme). */
export const TREEMAP_CELL_TEXT = { light: '#1a1a1a', dark: '#f2f2f2' } as const;

/**
 * Pillar fills of the dark theme: deep shades of the Okabe–Ito hues, so light text reads on
 * them (the light theme uses the pale tints, PALETTE_TINTS, with dark text).
 */
export const TREEMAP_DARK_SERIES = ['#1d4f7a', '#7a4a00', '#0d5c47', '#733a5e', '#1f5f80', '#82380c', '#5e5600', '#4a4a4a'] as const;

/** Change tones per theme: orange for a decrease, blue for an increase, deeper as the change grows. */
export const TREEMAP_TONES = {
  light: {
    'down-3': '#e8894a',
    'down-2': '#f4b98a',
    'down-1': '#fbe1cb',
    same: '#e6e6e6',
    'up-1': '#d6e6f5',
    'up-2': '#a3c6e8',
    'up-3': '#6fa3d6',
    none: '#f5f6f7',
  },
  dark: {
    'down-3': '#8f3f0a',
    'down-2': '#6a3512',
    'down-1': '#45291a',
    same: '#3a3a3a',
    'up-1': '#1e3145',
    'up-2': '#1e4a72',
    'up-3': '#2460a0',
    none: '#23262b',
  },
} as const;

type Theme = keyof typeof TREEMAP_TONES;
const toneVars = (theme: Theme) =>
  unsafeCSS(
    Object.entries(TREEMAP_TONES[theme])
      .map(([tone, colour]) => `--_tone-${tone}: var(--policy-budget-treemap-tone-${tone}${theme === 'dark' ? '-dark' : ''}, ${colour});`)
      .join('\n'),
  );
const seriesVars = (theme: Theme) =>
  unsafeCSS(
    (theme === 'dark' ? TREEMAP_DARK_SERIES : PALETTE_TINTS)
      .map((c, i) => `--_series-${i + 1}: var(--policy-color-series-${i + 1}${theme === 'dark' ? '-dark' : ''}, ${c});`)
      .join('\n'),
  );
const themeVars = (theme: Theme) => unsafeCSS(`
  --_cell-text: var(--policy-budget-treemap-cell-text${theme === 'dark' ? '-dark' : ''}, ${TREEMAP_CELL_TEXT[theme]});
  --_pattern: var(--_cell-text);
  --_hatch-bg: ${theme === 'dark' ? 'var(--_background)' : '#ffffff'};
  ${toneVars(theme)}
  ${theme === 'dark' ? seriesVars('dark') : ''}
`);

/** Styles of `<policy-budget-treemap>` (added to the shared base styles). */
export const budgetTreemapStyles = css`
  :host {
    ${themeVars('light')}
    --_cell-gap: var(--_background);
  }
  /* The palette follows the theme: deep fills and light text in the dark theme. */
  :host([theme='dark']) {
    ${themeVars('dark')}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${themeVars('dark')}
    }
  }
  @media print {
    :host,
    :host([theme]) {
      ${themeVars('light')}
      ${seriesVars('light')}
    }
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    align-items: baseline;
    margin: 0 0 0.25em;
  }
  .header p {
    margin: 0;
  }
  .total {
    font-weight: 700;
    font-size: 1.05em;
  }
  .supp-total,
  .view-total {
    color: var(--_muted);
  }
  .view-mismatch {
    color: var(--_warning);
    font-weight: 700;
  }
  nav.crumbs ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  nav.crumbs li {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  nav.crumbs li + li::before {
    content: '›';
    color: var(--_muted);
  }
  nav.crumbs button {
    border-color: transparent;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.125em 0.375em;
    background: transparent;
  }
  nav.crumbs [aria-current] {
    font-weight: 700;
    padding: 0.125em 0.375em;
  }
  [role='group'].switch {
    display: inline-flex;
    align-items: center;
    gap: 0;
  }
  .switch .switch-label {
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  .switch button {
    border-radius: 0;
  }
  .switch button:first-of-type {
    border-start-start-radius: 4px;
    border-end-start-radius: 4px;
  }
  .switch button:last-of-type {
    border-start-end-radius: 4px;
    border-end-end-radius: 4px;
    margin-inline-start: -1px;
  }
  .stage {
    position: relative;
  }
  .stage svg {
    overflow: visible;
    animation: policy-treemap-enter var(--_motion) ease-out;
    transform-origin: var(--_origin, 50% 50%);
  }
  @keyframes policy-treemap-enter {
    from {
      opacity: 0.2;
      transform: scale(0.92);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }
  g[role='treeitem'],
  .batch {
    cursor: pointer;
    outline: none;
  }
  g[role='treeitem']:focus {
    outline: none;
  }
  .area {
    stroke: var(--_cell-gap);
    stroke-width: 1;
  }
  /* Bar form: the row takes the pointer; its text sits on the background. */
  .row {
    fill: transparent;
  }
  svg text.label.label-bar,
  svg text.label.label-bar tspan {
    fill: var(--_text);
  }
  .level-1 > .area.bar {
    stroke: var(--_text);
  }
  .series-1 { fill: var(--_series-1); }
  .series-2 { fill: var(--_series-2); }
  .series-3 { fill: var(--_series-3); }
  .series-4 { fill: var(--_series-4); }
  .series-5 { fill: var(--_series-5); }
  .series-6 { fill: var(--_series-6); }
  .series-7 { fill: var(--_series-7); }
  .series-8 { fill: var(--_series-8); }
  .tone-down-3 { fill: var(--_tone-down-3); }
  .tone-down-2 { fill: var(--_tone-down-2); }
  .tone-down-1 { fill: var(--_tone-down-1); }
  .tone-same { fill: var(--_tone-same); }
  .tone-up-1 { fill: var(--_tone-up-1); }
  .tone-up-2 { fill: var(--_tone-up-2); }
  .tone-up-3 { fill: var(--_tone-up-3); }
  .tone-none { fill: var(--_tone-none); }
  .change-key .area {
    stroke: var(--_text);
    stroke-opacity: 0.6;
  }
  svg text.key-text {
    fill: var(--_text);
  }
  svg text.key-title,
  svg tspan.key-title,
  svg text.sliver-letter {
    font-weight: 700;
  }
  .kind-others > .area {
    fill: var(--_surface);
  }
  .level-1 > .area {
    stroke: var(--_cell-text);
    stroke-opacity: 0.55;
  }
  .kind-others > .area,
  .kind-unitemised > .area,
  .kind-supplementary > .area {
    stroke: var(--_cell-text);
    stroke-opacity: 1;
    stroke-dasharray: 4 3;
  }
  svg text.label.label-others,
  svg text.label.label-others tspan {
    fill: var(--_text);
  }
  .pattern {
    display: none;
    pointer-events: none;
  }
  .pattern-stroke {
    stroke: var(--_pattern);
    stroke-width: 1;
    stroke-opacity: 0.5;
    fill: none;
  }
  .pattern-fill {
    fill: var(--_pattern);
    fill-opacity: 0.5;
  }
  .hatch-bg {
    fill: var(--_hatch-bg);
  }
  .hatch-stroke {
    stroke: var(--_cell-text);
    stroke-width: 2;
  }
  .supp,
  .labels,
  .overlay {
    pointer-events: none;
  }
  svg text.label,
  svg text.label tspan {
    fill: var(--_cell-text);
  }
  .label .name {
    font-weight: 700;
  }
  .mismatch-mark circle {
    fill: var(--_warning);
    stroke: var(--_background);
    stroke-width: 1;
  }
  svg .mismatch-mark path.neq {
    fill: none;
    stroke: var(--_background);
    stroke-width: 1.6;
  }
  .ref-box {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-dasharray: 3 2;
  }
  .ref-relist .ref-box {
    stroke-dasharray: none;
  }
  svg text.ref-text {
    fill: var(--_text);
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    pointer-events: none;
  }
  .highlight-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 3;
    stroke-dasharray: 6 3;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    padding: 0.375em 0.625em;
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    pointer-events: none;
    font-size: 0.93em;
    line-height: 1.45;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip .warn {
    color: var(--_warning);
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .legend svg {
    flex: none;
  }
  .legend .key-hatch rect.bg {
    fill: var(--_background);
    stroke: var(--_text);
  }
  .legend .key-warn circle {
    fill: var(--_warning);
  }
  .legend .key-warn path {
    fill: none;
    stroke: var(--_background);
    stroke-width: 1.6;
  }
  .legend .key-ref rect {
    fill: var(--_background);
    stroke: var(--_text);
  }
  .top-items {
    margin: 0.25em 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.93em;
    display: grid;
    /* Two columns where a line has room for two (a wide page, a slide): the drawing keeps the height. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 36em), 1fr));
    gap: 0.15em 1.5em;
    flex: 1 1 100%;
  }
  .top-items button {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .top-items .top-figure {
    margin-inline-start: 0.5em;
    font-weight: 700;
    white-space: nowrap;
  }
  /* 「（うち再掲 18.0億円 → 計上 0.4億円）」 goes to the next line whole rather than breaking inside
     (kit/text.ts: a short parenthesis); wider than the line alone, it breaks inside as usual. */
  .top-items .top-relist {
    color: var(--_muted);
    display: inline-block;
  }
  /* 「うち再掲 18.0億円」 and the like break before, never inside (kit/text.ts splitKeep). */
  .keep {
    white-space: nowrap;
  }
  /* The top-level list folded behind its count on a narrow page. */
  .top-fold {
    flex: 1 1 100%;
    margin: 0.25em 0 0.5em;
  }
  .top-fold > summary {
    cursor: pointer;
    color: var(--_accent);
    padding: 0.25em 0;
    min-height: 24px;
  }
  .top-fold > .top-items {
    margin-top: 0.25em;
  }
  table tbody.chunk {
    content-visibility: auto;
    contain-intrinsic-size: auto 30000px;
  }
  th.depth-1 { padding-inline-start: 1.5em; }
  th.depth-2 { padding-inline-start: 2.5em; }
  th.depth-3 { padding-inline-start: 3.5em; }
  th.depth-4 { padding-inline-start: 4.5em; }
  /* Outline numbers (1-1) and figures never break inside. */
  td.number,
  td.num { white-space: nowrap; }
  tr.total td {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_cell-text: CanvasText;
      --_cell-gap: Canvas;
      --_pattern: CanvasText;
      --_hatch-bg: Canvas;
      --_series-1: Canvas;
      --_series-2: Canvas;
      --_series-3: Canvas;
      --_series-4: Canvas;
      --_series-5: Canvas;
      --_series-6: Canvas;
      --_series-7: Canvas;
      --_series-8: Canvas;
      --_tone-down-3: Canvas;
      --_tone-down-2: Canvas;
      --_tone-down-1: Canvas;
      --_tone-same: Canvas;
      --_tone-up-1: Canvas;
      --_tone-up-2: Canvas;
      --_tone-up-3: Canvas;
      --_tone-none: Canvas;
    }
    .pattern {
      display: inline;
    }
    .pattern-stroke {
      stroke: CanvasText;
    }
    .pattern-fill {
      fill: CanvasText;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .hatch-stroke {
      stroke: CanvasText;
    }
    .mismatch-mark circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    svg .mismatch-mark path.neq {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .highlight-ring {
      stroke: Highlight;
    }
    .legend .key-warn circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .legend .key-warn path {
      stroke: CanvasText;
    }
    /* Text over patterns: a Canvas halo keeps it legible. */
    svg text.label,
    svg text.label tspan {
      stroke: Canvas;
      stroke-width: 3px;
      paint-order: stroke;
      stroke-linejoin: round;
    }
    .switch button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .pattern {
      display: inline;
    }
    /* Paper cannot open the folded list: print it open. */
    .top-fold::details-content {
      content-visibility: visible;
    }
    .top-fold > summary {
      display: none;
    }
    svg text.label,
    svg text.label tspan {
      stroke: #ffffff;
      stroke-width: 3px;
      paint-order: stroke;
      stroke-linejoin: round;
    }
    .tooltip {
      display: none;
    }
    .stage svg {
      animation: none;
    }
  }
`;
