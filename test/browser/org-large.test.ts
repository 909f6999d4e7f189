/**
 * The org chart at a size where the DOM weight of each box matters (issue 13): how many
 * elements one drawn box costs. Counts, never times.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PolicyOrgChart } from '../../src/charts/org/policy-org-chart.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

async function mount(data: unknown, attrs = '', width = 1200): Promise<PolicyOrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  wrapper.innerHTML = `<policy-org-chart ${attrs}></policy-org-chart>`;
  const el = wrapper.firstElementChild as PolicyOrgChart;
  el.data = data;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'tree never drawn');
  return el;
}

const treeItems = (el: PolicyOrgChart) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="treeitem"]')];

/**
 * The elements drawn for one body: its treeitem and the shapes in it (not its children's group's
 * content, but the group itself), its text group in the box layer with everything in it, and its
 * tree connector (every body but a root has one).
 */
function elementsOfBox(el: PolicyOrgChart, item: SVGGElement): number {
  let n = 1;
  for (const child of item.children) n += child.getAttribute('role') === 'group' ? 1 : 1 + child.querySelectorAll('*').length;
  const box = el.shadowRoot!.querySelector(`.boxes .box[data-id="${CSS.escape(item.dataset.id!)}"]`);
  expect(box, `text of ${item.dataset.id}`).to.not.equal(null);
  n += 1 + box!.querySelectorAll('*').length;
  if (item.getAttribute('aria-level') !== '1') n += 1;
  return n;
}

describe('<policy-org-chart> with every body of a large organisation drawn', () => {
  it('draws a box with 12 elements or fewer on average and besides its further text lines, and the chart with 12 per box', async () => {
    const el = await mount(generateOrganization({ bodies: 300, seed: 1 }), 'collapsed-depth="1000"');
    const items = treeItems(el);
    expect(items).to.have.length(300);
    const counts = items.map((item) => elementsOfBox(el, item));
    const lines = items.map((item) => el.shadowRoot!.querySelectorAll(`.boxes .box[data-id="${CSS.escape(item.dataset.id!)}"] tspan`).length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).to.be.at.most(12);
    // What the benchmark reports: every element of the shadow root (toolbar, legend, links,
    // lanes included) over the boxes drawn.
    expect(el.shadowRoot!.querySelectorAll('*').length / items.length).to.be.at.most(12);
    // Beyond one <tspan> per further text line, no box costs more than 12 elements.
    const fixed = counts.map((c, i) => c - lines[i]!);
    const worst = Math.max(...fixed);
    expect(worst, `the heaviest box: ${items[fixed.indexOf(worst)]!.dataset.id}`).to.be.at.most(12);
    // One connector per body with a parent in the tree; one focus ring for the chart.
    expect(el.shadowRoot!.querySelectorAll('.edges path').length).to.equal(items.filter((i) => i.getAttribute('aria-level') !== '1').length);
    expect(el.shadowRoot!.querySelectorAll('.focus-ring')).to.have.length(1);
  });
});
