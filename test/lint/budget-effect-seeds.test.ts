// The layout lint on the budget treemap and effect chart seeds (issue 9), in `npm test`: every
// effect and treemap seed at 360, 800, 1280 px and on a 1920×1080 slide (the treemap fits the
// slide: with preset="slide" and height, the drawing takes what the header and notes leave).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { LINT_SEEDS, LINT_WIDTHS } from './cases.js';
import { formatFindings, lintChart } from './layout-lint.js';
import { renderCase } from './render-case.js';

/** Cases that still have findings: name@width (none left). */
const PENDING = new Set<string>([]);

describe('layout lint on the budget and effect seeds', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const w of LINT_WIDTHS) {
    for (const s of LINT_SEEDS.filter((x) => x.name.startsWith('treemap/') || x.name.startsWith('effect/'))) {
      if (PENDING.has(`${s.name}@${w.name}`)) continue;
      it(`draws ${s.name} at ${w.name} with nothing cut, overlapping, too small or outside`, async () => {
        await setViewport(w.viewport);
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = await renderCase(host, { tag: s.tag, data: s.data, width: w.width, height: w.height, preset: w.slide ? 'slide' : undefined });
        expect(el.getAttribute('status')).to.equal('ready');
        const { findings } = lintChart(el, { minFontPx: w.minFontPx, frame: w.slide ? { x: 0, y: 0, ...w.viewport } : undefined });
        expect(findings, `${s.name} at ${w.name}:\n${formatFindings(findings)}`).to.deep.equal([]);
      }).timeout(60_000);
    }
  }
});
