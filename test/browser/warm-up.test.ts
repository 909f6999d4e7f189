// A fresh tab's start-up work for the line breaking (ICU's word segmenter) runs in idle time once
// the elements are defined (src/kit/element/warm-up.ts), not inside the first chart's layout.
// First in a page of its own: no chart has drawn anything before these tests.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';

const load = async (path: string): Promise<unknown> => (await fetch(path)).json();
const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));

/** Runs `body` while counting the `Intl.Segmenter`s built, per locale and granularity. */
async function countingSegmenters(body: () => Promise<void>): Promise<string[]> {
  const Original = Intl.Segmenter;
  const built: string[] = [];
  // (`Intl.Segmenter` is typed read-only; it is a writable property of `Intl`.)
  const intl = Intl as { Segmenter: typeof Intl.Segmenter };
  intl.Segmenter = class extends Original {
    constructor(locale?: Intl.LocalesArgument, options?: Intl.SegmenterOptions) {
      super(locale, options);
      built.push(`${String(locale)} ${options?.granularity ?? 'grapheme'}`);
    }
  };
  try {
    await body();
  } finally {
    intl.Segmenter = Original;
  }
  return built;
}

describe('start-up work in idle time', () => {
  it("the first Japanese chart finds the line breaking's word segmenter built and used once, in idle time", async () => {
    const doc = await load('/data/pharma-budget.json');
    // The warm-up's steps run in idle callbacks, one or more to each.
    for (let i = 0; i < 8; i++) await idle();
    let el: PolicyBudgetTreemap | undefined;
    const built = await countingSegmenters(async () => {
      el = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap .data=${doc}></policy-budget-treemap>`);
    });
    expect(el!.status).to.equal('ready');
    // Its labels were wrapped: some cell shows a label on two lines or more.
    const texts = [...el!.shadowRoot!.querySelectorAll('[part="chart"] text')];
    expect(texts.some((t) => t.querySelectorAll('tspan').length > 1), 'a label drawn on several lines').to.equal(true);
    expect(built, 'segmenters built during the first layout').to.deep.equal([]);
  });

  it('a chart in another locale builds its own segmenter (only Japanese is prepared ahead)', async () => {
    const doc = (await load('/data/pharma-budget.json')) as Record<string, unknown>;
    const built = await countingSegmenters(async () => {
      const el = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap lang="en" .data=${doc}></policy-budget-treemap>`);
      expect(el.status).to.equal('ready');
    });
    expect(built).to.include('en word');
  });
});
