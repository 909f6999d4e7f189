// A chart whose data comes before its idle warm-up has run (src/kit/element/warm-up.ts) has run its
// code on that data: its warm-up steps are dropped, the other charts' still run. A page of its own:
// the canvas is watched before the tags are defined.
import { expect, fixture, html } from '@open-wc/testing';
import type { PolicyBudgetTreemap } from '../../src/charts/budget/policy-budget-treemap.js';

const measured: string[] = [];
const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));
const seen = (word: string): boolean => measured.some((t) => t.includes(word));

describe('a chart drawn before its warm-up', () => {
  it("skips that chart's warm-up and keeps the others'", async () => {
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
    // Words only the samples have: the treemap's 小項目, the org chart's 見本担当大臣 (a role's holder).
    for (let i = 0; i < 30 && !seen('見本担当大臣'); i++) await idle();
    expect(seen('見本担当大臣'), "the org chart's warm-up ran").to.equal(true);
    for (let i = 0; i < 5; i++) await idle();
    expect(seen('小項目'), "the treemap's warm-up ran after the treemap drew").to.equal(false);
  });
});
