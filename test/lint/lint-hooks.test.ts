// The layout lint's hooks (data-lint-* attributes) reach neither users' pages nor exported files:
// the org chart writes them only when the page sets globalThis.policyChartsLint (as the lint does),
// and exportSVG drops them when they are there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { exportSVG } from '../../src/export/index.js';

const flag = globalThis as { policyChartsLint?: boolean };

async function governance(): Promise<HTMLElement> {
  const res = await fetch('/data/governance.json');
  const el = document.createElement('policy-org-chart') as HTMLElement & { data: unknown; status: string };
  el.style.width = '1280px';
  el.data = await res.json();
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.status === 'ready' && el.shadowRoot!.querySelector('g.links path'), 'chart drawn');
  return el;
}

const hooks = (root: ParentNode) => [...root.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('data-lint-')));

describe('layout lint hooks', () => {
  const before = flag.policyChartsLint;
  afterEach(() => {
    flag.policyChartsLint = before;
  });

  it('are not in a user\'s page: the org chart draws its links and labels with no data-lint-* attribute', async () => {
    flag.policyChartsLint = false;
    const el = await governance();
    expect(el.shadowRoot!.querySelectorAll('g.link-label').length).to.be.greaterThan(0);
    expect(hooks(el.shadowRoot!)).to.deep.equal([]);
  });

  it('are there when the lint asks, marking lines, link ids and label owners; an exported SVG drops them', async () => {
    flag.policyChartsLint = true;
    const el = await governance();
    const root = el.shadowRoot!;
    expect(root.querySelector('g.edges')!.getAttribute('data-lint-line')).to.equal('tree');
    expect(root.querySelector('g.links')!.getAttribute('data-lint-line')).to.equal('link');
    const labelOwner = root.querySelector('g.link-label')!.getAttribute('data-lint-owner');
    expect(labelOwner).to.be.a('string');
    expect(root.querySelector(`g.link[data-lint-id="${labelOwner!.split(' ')[0]}"]`)).to.not.equal(null);
    const svg = exportSVG(el);
    expect(svg).to.contain('link-joint-secretariat');
    expect(svg.match(/data-lint-[a-z]+="[^"]*"/g) ?? []).to.deep.equal([]);
  });
});
