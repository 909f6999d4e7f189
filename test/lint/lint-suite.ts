// One browser suite of the layout lint: each case of test/lint/cases.js that `include` keeps, at
// every width of LINT_WIDTHS it is meant for, rendered and linted; no finding allowed. Cases in
// `pending` still have findings: they are listed as skipped with what is left, so the list only
// shrinks (test/lint/run.mjs reports an entry whose case has no findings any more).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { LINT_SEEDS, LINT_WIDTHS, type LintSeed, type LintStory } from './cases.js';
import { formatFindings, lintChart } from './layout-lint.js';
import { renderCase } from './render-case.js';

export interface LintSuiteOptions {
  title: string;
  /** Which cases (by name, e.g. `org/governance`) the suite runs. */
  include: (name: string) => boolean;
  /** The cases to choose from: the seeds (default) or the stories. */
  cases?: ReadonlyArray<LintSeed | LintStory>;
  /** name@width → what is left to fix. */
  pending?: ReadonlyMap<string, string>;
  timeout: number;
}

export function describeLayoutLint({ title, include, cases = LINT_SEEDS, pending = new Map(), timeout }: LintSuiteOptions): void {
  describe(title, () => {
    after(() => setViewport({ width: 800, height: 600 }));
    for (const w of LINT_WIDTHS) {
      for (const s of cases.filter((x) => include(x.name))) {
        const story = 'story' in s ? s : undefined;
        if (story && !story.widths.includes(w.name)) continue;
        const status = story?.status ?? 'ready';
        // Forced colours change paint, not the arrangement; the Chrome launcher cannot emulate them (run.mjs does).
        const note = story?.forcedColors ? ' (in normal colours; node test/lint/run.mjs emulates forced colours)' : '';
        const title = status === 'error'
          ? `shows ${s.name}'s error message at ${w.name} with nothing cut or outside`
          : `draws ${s.name} at ${w.name} with nothing cut, overlapping, too small or outside${note}`;
        const left = pending.get(`${s.name}@${w.name}`);
        if (left !== undefined) {
          it.skip(`${title} (pending: ${left})`);
          continue;
        }
        it(title, async () => {
          await setViewport(w.viewport);
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          const box = w.slide && story?.slideBox ? story.slideBox : { width: w.width, height: w.height };
          const el = await renderCase(host, { tag: s.tag, data: s.data, attrs: s.attrs, style: story?.style, width: box.width, height: box.height, preset: w.slide ? 'slide' : undefined });
          expect(el.getAttribute('status')).to.equal(status);
          const { findings } = lintChart(el, { minFontPx: w.minFontPx, frame: w.slide ? { x: 0, y: 0, ...w.viewport } : undefined });
          expect(findings, `${s.name} at ${w.name}:\n${formatFindings(findings)}`).to.deep.equal([]);
        }).timeout(timeout);
      }
    }
  });
}
