// One browser suite of the layout lint: each case of test/lint/cases.js that `include` keeps, at
// every width of LINT_WIDTHS, rendered and linted; no finding allowed. Cases in `pending` still
// have findings: they are listed as skipped with what is left, so the list only shrinks.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { LINT_SEEDS, LINT_WIDTHS } from './cases.js';
import { formatFindings, lintChart } from './layout-lint.js';
import { renderCase } from './render-case.js';

export interface LintSuiteOptions {
  title: string;
  /** Which cases (by name, e.g. `org/governance`) the suite runs. */
  include: (name: string) => boolean;
  /** name@width → what is left to fix. */
  pending?: ReadonlyMap<string, string>;
  timeout: number;
}

export function describeLayoutLint({ title, include, pending = new Map(), timeout }: LintSuiteOptions): void {
  describe(title, () => {
    after(() => setViewport({ width: 800, height: 600 }));
    for (const w of LINT_WIDTHS) {
      for (const s of LINT_SEEDS.filter((x) => include(x.name))) {
        const title = `draws ${s.name} at ${w.name} with nothing cut, overlapping, too small or outside`;
        const left = pending.get(`${s.name}@${w.name}`);
        if (left !== undefined) {
          it.skip(`${title} (pending: ${left})`);
          continue;
        }
        it(title, async () => {
          await setViewport(w.viewport);
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          const el = await renderCase(host, { tag: s.tag, data: s.data, attrs: s.attrs, width: w.width, height: w.height, preset: w.slide ? 'slide' : undefined });
          expect(el.getAttribute('status')).to.equal('ready');
          const { findings } = lintChart(el, { minFontPx: w.minFontPx, frame: w.slide ? { x: 0, y: 0, ...w.viewport } : undefined });
          expect(findings, `${s.name} at ${w.name}:\n${formatFindings(findings)}`).to.deep.equal([]);
        }).timeout(timeout);
      }
    }
  });
}
