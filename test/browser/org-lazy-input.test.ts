// The org chart's keyboard and pan/zoom code loads on first use (docs/size.md): with the
// tooltip, details panel and table code, when focus or the pointer comes into the element. A key
// pressed or a wheel turned before it has arrived is not lost: it is kept from the page at once
// and handled, in order, when the code arrives, and `updateComplete` waits for that.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';

// Every module the test server serves is a request of its own: keep more than the default 250 entries.
performance.setResourceTimingBufferSize(100_000);

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;
const requested = (name: string): boolean => performance.getEntriesByType('resource').some((e) => e.name.includes(name));

describe('org chart input before its code has loaded', () => {
  // The only test in this file: nothing before it has loaded the org chart's lazy parts.
  it('keys pressed and a ctrl + wheel turned at once after focus are handled, in order, when the code arrives', async () => {
    const el = await fixture<PolicyOrgChart>(html`<policy-org-chart style="width: 1200px" .data=${await load('governance.json')}></policy-org-chart>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'tree never drawn');
    expect(requested('/src/charts/org/lazy.ts'), 'not loaded with the chart').to.equal(false);
    const items = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"]')];
    const first = items()[0]!;
    expect(first.dataset.id).to.equal('hq');
    const transform = () => el.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform')!;
    const k0 = Number(/scale\(([\d.]+)\)/.exec(transform())![1]);

    first.focus();
    // Same task as the focus: the code it started loading cannot have arrived.
    const end = new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(end);
    const up = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(up);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(tab);
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('div.viewport')!;
    const r = viewport.getBoundingClientRect();
    const pinch = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true, composed: true });
    viewport.dispatchEvent(pinch);
    // Kept from the page at once (no scroll, no zoom of the page); Tab still moves focus out.
    expect(end.defaultPrevented, 'End').to.equal(true);
    expect(up.defaultPrevented, 'ArrowUp').to.equal(true);
    expect(tab.defaultPrevented, 'Tab').to.equal(false);
    expect(pinch.defaultPrevented, 'ctrl + wheel').to.equal(true);

    await el.updateComplete;
    expect(requested('/src/charts/org/lazy.ts'), 'focus loaded the code').to.equal(true);
    // End, then ArrowUp from the last body: the one before the last (in the other order, the last).
    const ids = items().map((i) => i.dataset.id);
    expect((el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id')).to.equal(ids.at(-2));
    expect(Number(/scale\(([\d.]+)\)/.exec(transform())![1])).to.be.above(k0 * 1.5);
  });
});
