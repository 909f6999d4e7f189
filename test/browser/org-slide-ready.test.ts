/**
 * On a slide (`preset="slide"` with a height) the drawing gets the height the title, toolbar,
 * legend and source leave, which is measured after a render. The element asked for a second update
 * after its first (Lit's change-in-update warning): the partnership chart was drawn first for the
 * whole 1,048 px, its 本部 at one place and size, then for the 805 px left, 148 px to the left and
 * taller, gliding there; a capture at `updateComplete` with the status `ready` could see the first.
 * Now the first drawing shown is the final one. Reads places, never times.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Every drawn box's frame on the screen, by id (px, rounded). */
function boxes(el: PolicyOrgChart): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const item of el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][data-id]')) {
    const b = item.querySelector(':scope > .frame')!.getBoundingClientRect();
    out[item.dataset.id!] = [Math.round(b.left), Math.round(b.top), Math.round(b.width), Math.round(b.height)];
  }
  return out;
}

describe('<policy-org-chart preset="slide" height="1048"> when ready', () => {
  before(() => setViewport({ width: 1920, height: 1080 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const file of ['partnership-council.json', 'governance.json']) {
    it(`draws its final placement at the first update that is ready (${file})`, async () => {
      // The page's fonts first: a font arriving later lays the chart out again, rightly.
      await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 20px 'Noto Sans CJK JP'`, '本部')));
      const data = (await (await fetch(`/data/${file}`)).json()) as unknown;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1888px"></div>`);
      wrapper.innerHTML = '<policy-org-chart preset="slide" height="1048"></policy-org-chart>';
      const el = wrapper.firstElementChild as PolicyOrgChart;
      // What the first update that is ready draws (read as it completes: before any frame after it).
      let first: Record<string, number[]> | undefined;
      let pending = false;
      const hooked = el as unknown as { updated(changed: Map<string, unknown>): void };
      const updated = hooked.updated;
      hooked.updated = function (this: PolicyOrgChart, changed) {
        updated.call(this, changed);
        if (first || this.status !== 'ready' || !this.shadowRoot!.querySelector('[role="tree"]')) return;
        first = boxes(this);
        pending = this.isUpdatePending;
      };
      el.data = data;
      await waitUntil(() => first, 'never ready', { timeout: 20_000 });
      expect(Object.keys(first!).length, 'boxes drawn').to.be.above(1);
      await el.updateComplete;
      expect(el.shadowRoot!.getAnimations().length, 'boxes gliding from a placement never shown').to.equal(0);
      for (let i = 0; i < 3; i++) {
        await frames();
        await el.updateComplete;
      }
      const ready = first!;
      expect(boxes(el), 'boxes after the next frames').to.deep.equal(ready);
      expect(pending, 'another update asked for after it').to.equal(false);
    });
  }
});
