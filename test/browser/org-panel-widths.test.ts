// The details panel's text fits inside it at 360, 800 and 1280 px: no line runs out of it (a
// holder's long title at 360 px did), and the panel is never wider than the chart (issue #8).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { settle } from './fixtures/settle.js';

/** How far right the text inside `el` reaches (its text nodes' line boxes), client px. */
function textRight(el: Element): number {
  const range = document.createRange();
  let right = -Infinity;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) right = Math.max(right, r.right);
  }
  return right;
}

async function openDetails(width: number, id: string): Promise<{ el: PolicyOrgChart; panel: HTMLElement }> {
  await setViewport({ width, height: 800 });
  const data = await (await fetch('/data/governance.json')).json();
  const el = await fixture<PolicyOrgChart>(html`<policy-org-chart style=${`width: ${width - 40}px`}></policy-org-chart>`);
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="treeitem"]'), 'tree never drawn');
  el.focusNode(id);
  await settle(el);
  await sendKeys({ press: 'Enter' });
  await settle(el);
  const panel = await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]'), 'no details').then(() => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!);
  await document.fonts.ready;
  return { el, panel };
}

describe('org details panel widths', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const width of [360, 800, 1280]) {
    it(`at ${width} px: every line inside the panel, the panel inside the chart`, async () => {
      for (const id of ['cao', 'council']) {
        const { el, panel } = await openDetails(width, id);
        const style = getComputedStyle(panel);
        const contentRight = panel.getBoundingClientRect().left + panel.clientLeft + panel.clientWidth - parseFloat(style.paddingRight);
        expect(panel.scrollWidth, `${id}: text overflows`).to.be.at.most(panel.clientWidth + 0.5);
        expect(textRight(panel), `${id}: a line runs out of the panel`).to.be.at.most(contentRight + 0.5);
        expect(panel.getBoundingClientRect().width, `${id}: wider than the chart`).to.be.at.most(el.getBoundingClientRect().width + 0.5);
      }
    });
  }
});
