/**
 * Issue 13 (R11-3-1): on a phone the reader collapses a body by its ⊖ and opens it again by the
 * ⊕ that takes its place: a second tap in the same place. At 360 px the collapsed 推進会議 holds
 * a badge for the lines into its folded subtree (「配下：共同事務局（2件）↓×3」, layout/gutter.ts),
 * which made the box 87 px taller with its toggle on the bottom edge: the ⊕ ended 87 px below
 * the ⊖, and the second tap landed on the role lines. Real clicks (sendMouse) on the drawn
 * toggle, places read from the screen; reduced motion (no glide in between).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { mountOrgChart } from './fixtures/org-mount.js';
import { settle } from './fixtures/settle.js';

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

const item = (el: PolicyOrgChart, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`[role="treeitem"][data-id="${id}"]`)!;

/** The centre of a body's ⊕/⊖ in the window, and whether a click there reaches it (nothing drawn over it). */
function toggleAt(el: PolicyOrgChart, id: string): { x: number; y: number; hit: boolean } {
  const toggle = item(el, id).querySelector('[data-action="toggle"]')!;
  const r = toggle.getBoundingClientRect();
  const x = Math.round(r.left + r.width / 2);
  const y = Math.round(r.top + r.height / 2);
  const hit = el.shadowRoot!.elementFromPoint(x, y);
  return { x, y, hit: hit === toggle };
}

describe('<policy-org-chart> at 360 px: a collapse keeps the toggle under the pointer', () => {
  before(async () => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  it('推進会議: the ⊕ stands where the ⊖ was, and a second click there opens it again', async () => {
    const el = await mountOrgChart(await load('governance.json'), 360);
    // Page text goes on under the chart (else the browser clamps the scroll when the chart gets shorter).
    el.parentElement!.after(Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
    item(el, 'council').querySelector('[data-action="toggle"]')!.scrollIntoView({ block: 'center' });
    await settle(el);
    const before = toggleAt(el, 'council');
    expect(before.hit, 'the ⊖ can be clicked').to.equal(true);
    expect(item(el, 'council').getAttribute('aria-expanded')).to.equal('true');

    await sendMouse({ type: 'click', position: [before.x, before.y] });
    await settle(el);
    expect(item(el, 'council').getAttribute('aria-expanded'), 'collapsed by the click').to.equal('false');
    // The collapsed box holds the badge of the lines into its subtree (what grew it).
    expect(item(el, 'council').getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('.link-badges .link-badge').length).to.be.greaterThan(0);
    const after = toggleAt(el, 'council');
    expect([after.x, after.y], `⊕ at ${after.x},${after.y}, the ⊖ was at ${before.x},${before.y}`).to.deep.equal([before.x, before.y]);
    expect(after.hit, 'the ⊕ can be clicked').to.equal(true);

    await sendMouse({ type: 'click', position: [before.x, before.y] });
    await settle(el);
    expect(item(el, 'council').getAttribute('aria-expanded'), 'opened again by a second click in place').to.equal('true');
  });
});
