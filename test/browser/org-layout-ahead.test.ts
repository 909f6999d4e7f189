/**
 * The org chart lays out ahead, in the browser's idle periods, the expands a reader can make next
 * (layout-controller.ts `layOutAhead`, issue 13): left alone, the chart lays out the expand of its
 * drawn collapsed bodies, so that opening one never opened before lays nothing out; a press of
 * the pointer or a key on the chart stops that work. Waits for the idle work to happen (as a
 * reader's pause gives it), never times it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { countingOrgLayouts, mountOrgChart as mount } from './fixtures/org-mount.js';
import { settle } from './fixtures/settle.js';

/** The element's layout controller, as far as these tests read it. */
interface View {
  layout: unknown;
  inputs: unknown;
  ahead: { has(inputs: unknown, from: unknown, id: string): boolean; size: number };
  cancelAhead?: () => void;
}
const viewOf = (el: PolicyOrgChart) => (el as unknown as { view: View }).view;
const collapsedDrawn = (el: PolicyOrgChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"][aria-expanded="false"]')].map((item) => item.dataset.id!);

describe('<policy-org-chart> lays out ahead in idle time', () => {
  it('a body never opened, opened after the chart was left alone, lays nothing out: its layout was made in idle time', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 1000);
    const view = viewOf(el);
    const ids = collapsedDrawn(el);
    expect(ids.length).to.be.greaterThan(1);
    await waitUntil(() => ids.some((id) => view.ahead.has(view.inputs, view.layout, id)), 'nothing laid out ahead', { timeout: 10_000 });
    const id = ids.find((i) => view.ahead.has(view.inputs, view.layout, i))!;
    await countingOrgLayouts(async (layouts) => {
      el.expand(id);
      await settle(el);
      expect(layouts(), 'layouts made by the expand').to.equal(0);
    });
    const item = el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${id}"]`);
    expect(item?.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[role="treeitem"]').length, 'its children drawn').to.be.greaterThan(ids.length);
  });

  it('a press of the pointer or a key on the chart stops the work waiting for idle time', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 2 }), 1000);
    const view = viewOf(el);
    const waiting = () => typeof view.cancelAhead === 'function';
    expect(waiting(), 'waiting for idle time after the first drawing').to.equal(true);
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(waiting(), 'after the press').to.equal(false);
    el.expand(collapsedDrawn(el)[0]!);
    await settle(el);
    expect(waiting(), 'the next layout: waiting again').to.equal(true);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(waiting(), 'after a key').to.equal(false);
  });
});
