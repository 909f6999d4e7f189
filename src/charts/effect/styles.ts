import { css } from 'lit';

/** Styles of `<policy-effect-chart>` beyond the shared base and the SVG's own. */
export const effectChartElementStyles = css`
  :host {
    /* The words around the drawing grow with it on a wide slide (see the container query). */
    container-type: inline-size;
  }
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
  @container (min-width: 960px) {
    [part='title'] {
      font-size: 1.5em;
    }
    [part='summary'] {
      font-size: 1.3em;
    }
    [part='description'],
    [part='notes'],
    [part='source'] {
      font-size: 1.1em;
    }
  }
`;
