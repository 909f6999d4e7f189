import { css } from 'lit';

/** Styles of `<policy-effect-chart>` beyond the shared base and the SVG's own. */
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
