// A chart whose data comes before its idle warm-up has run (src/kit/element/warm-up.ts) has run its
// code on that data: its warm-up steps are dropped, the shared steps still run. A page of its own:
// the canvas is watched before the tags are defined.
import { expect, fixture, html } from '@open-wc/testing';
import type { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';

const measured: string[] = [];
const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));
const seen = (word: string): boolean => measured.some((t) => t.includes(word));

describe('a chart drawn before its warm-up', () => {
  it("skips that chart's warm-up and keeps the shared steps", async () => {
    // The charts measure on an OffscreenCanvas where there is one (kit/measure.ts).
    const original = OffscreenCanvasRenderingContext2D.prototype.measureText;
    OffscreenCanvasRenderingContext2D.prototype.measureText = function (this: OffscreenCanvasRenderingContext2D, text: string) {
      measured.push(text);
      return original.call(this, text);
    };
    const doc: unknown = await (await fetch('/data/pharma-budget.json')).json();
    await import('../../src/define.js');
    // In the same task as the definitions: no idle time has passed.
    const el = await fixture<PolicyBudgetTreemap>(html`<policy-budget-treemap .data=${doc}></policy-budget-treemap>`);
    expect(el.status).to.equal('ready');
    // The shared steps measure this string in each font the charts measure in (kit/measure.ts prepareCanvasFont);
    // the treemap's sample has a word of its own (小項目).
    const prepared = (): number => measured.filter((t) => t === '予算の概要・データ（億円）').length;
    for (let i = 0; i < 30 && prepared() < 3; i++) await idle();
    expect(prepared(), 'the shared steps ran in idle time').to.equal(3);
    for (let i = 0; i < 5; i++) await idle();
    expect(seen('小項目'), "the treemap's warm-up ran after the treemap drew").to.equal(false);
  });
});
