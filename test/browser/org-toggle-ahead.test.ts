/**
 * A body the reader points at is laid out ahead in idle time (layout-controller.ts), but not one
 * whose expand is remembered already (a body just collapsed, still under the pointer: the click
 * back draws the remembered layout). Counts layouts, never times.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { countingOrgLayouts, mountOrgChart as mount } from './fixtures/org-mount.js';
import { settle } from './fixtures/settle.js';

/** Waits for `n` of the browser's idle periods (layouts ahead run in them). */
async function idlePeriods(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestIdleCallback(resolve));
}

describe('<policy-org-chart> layouts ahead of a body pointed at', () => {
  it('lays out nothing ahead for a body whose expand was just drawn', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 1200);
    // Few boxes drawn: its layouts are quick enough to be made ahead in an idle period (≤ 50 ms).
    el.collapsedDepth = 1;
    await settle(el);
    const root = el.shadowRoot!;
    const collapsed = [...root.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);
    const point = (id: string) =>
      root.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"] > .frame`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    const [id, other] = [collapsed[0]!, collapsed[collapsed.length - 1]!];
    el.expand(id);
    await settle(el);
    el.collapse(id);
    await settle(el);
    await countingOrgLayouts(async (layouts) => {
      // The reader points at the body just collapsed: its expand is remembered, nothing is laid out.
      point(id);
      await idlePeriods(12);
      expect(layouts(), 'layouts ahead for the body just collapsed').to.equal(0);
      el.expand(id);
      await settle(el);
      expect(layouts(), 'layouts of its expand').to.equal(0);
      el.collapse(id);
      await settle(el);
      // Not vacuous: a body never opened, pointed at, is laid out ahead in the same idle periods.
      point(other);
      await idlePeriods(12);
      expect(layouts(), 'layouts ahead for a body never opened').to.equal(1);
    });
  });
});
