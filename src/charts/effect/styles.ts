import { css } from 'lit';

/**
 * Styles of `<policy-effect-chart>` beyond the shared base and the SVG's own. Type never grows
 * with the width: every size here is relative to the host's font size (`--policy-font-size`,
 * 20 px with `preset="slide"`).
 */
export const effectChartElementStyles = css`
  [part='summary'] {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  .plot {
    max-width: 100%;
  }
  [part='notes'] {
    list-style: none;
    padding: 0;
  }
  [part='notes'] li {
    margin: 0.15em 0;
  }
  [part='table'] th[scope='row'] {
    min-width: 8em;
  }
  [part='table'] p {
    margin: 0.5em 0 0;
  }
`;
