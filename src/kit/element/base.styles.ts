import { css } from 'lit';
import { tokens } from '../../theme/tokens.js';

/** Styles every chart element shares: the frame, states, the table alternative. */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      position: relative;
      box-sizing: border-box;
      min-width: 0;
      max-width: 100%;
      overflow: hidden;
    }
    :host([hidden]) {
      display: none;
    }
    :host([preset='slide']) {
      --_font-size: var(--policy-font-size, 20px);
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    figure {
      margin: 0;
    }
    [part='title'] {
      font-size: 1.15em;
      font-weight: 700;
      margin: 0 0 0.25em;
    }
    [part='description'] {
      margin: 0 0 0.5em;
      color: var(--_muted);
    }
    /* Every chart's own paragraphs break Japanese between phrases (Chromium's auto-phrase, for
       text marked lang="ja": frame.ts marks the data's) and never start a line with ー or a small
       kana (クリニカル・イノベーション, not クリニカ / ル・イノベーション). */
    [part='title'],
    [part='description'],
    [part='summary'],
    [part='source'],
    [part='notes'],
    [part='legend'],
    [part='top-items'],
    caption {
      word-break: auto-phrase;
      line-break: strict;
      /* A phrase longer than the line still breaks rather than overflows. */
      overflow-wrap: break-word;
    }
    /* Server-rendered and not (yet) defined: the toolbar's buttons need JavaScript, so they are
       not offered; the table is a <details> that opens without it (see render()). */
    :host(:not(:defined)) [part='toolbar'] {
      display: none;
    }
    [part='table-details'] > summary {
      cursor: pointer;
      margin-block: 4px;
    }
    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      margin: 0 0 0.5em;
    }
    button,
    select,
    input {
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: 4px;
      padding: 0.25em 0.75em;
      min-height: 24px;
    }
    button {
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_background);
      border-color: var(--_accent);
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    [part='chart'] {
      position: relative;
      max-width: 100%;
      overflow: hidden;
    }
    svg {
      display: block;
      max-width: 100%;
      font-family: var(--_font-family);
    }
    svg text {
      fill: var(--_text);
    }
    [part='status'] {
      padding: 1em;
      color: var(--_muted);
    }
    [part='error'] {
      border: 2px solid var(--_error);
      border-radius: 4px;
      padding: 0.75em 1em;
      color: var(--_text);
    }
    [part='error'] h2 {
      font-size: 1em;
      margin: 0 0 0.25em;
      color: var(--_error);
    }
    [part='error'] ul {
      margin: 0;
      padding-left: 1.25em;
    }
    [part='error'] code {
      font-family: ui-monospace, monospace;
    }
    [part='table'] {
      overflow-x: auto;
      margin-top: 0.75em;
    }
    table {
      border-collapse: collapse;
      font-size: 0.95em;
      min-width: 50%;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.25em;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.25em 0.5em;
      text-align: start;
      vertical-align: top;
    }
    td.num,
    th.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    [part='source'],
    [part='notes'] {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0.5em 0 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media print {
      /* The print colours themselves are in the tokens (dark on white in every theme). */
      [part='toolbar'] {
        display: none;
      }
    }
  `,
];
