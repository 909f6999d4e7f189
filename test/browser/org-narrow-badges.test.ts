/**
 * Issue 8: at 360 px the governance chart's long typed lines are badges inside their boxes that
 * name the body at the other end (layout/gutter.ts); that name is a button: a click or Enter on
 * it moves focus to that body (tree-controller.ts `goTo`).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { mountOrgChart } from './fixtures/org-mount.js';
import { settle } from './fixtures/settle.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

const load = async (file: string) => (await fetch(`/data/${file}`)).json() as Promise<unknown>;

describe('one-column end badges (issue 8)', () => {
  it('names the other end on its face, and a click or Enter on it focuses that body', async () => {
    const el = await mountOrgChart(await load('governance.json'), 360);
    const root = el.shadowRoot!;
    const buttons = [...root.querySelectorAll<SVGGElement>('.link-badges [role="button"]')];
    // The 連携 line and the four 共同事務局 pairs: two ends each.
    expect(buttons.length).to.equal(10);
    const toAmed = buttons.find((b) => b.getAttribute('data-id') === 'amed')!;
    expect(toAmed.textContent!.replace(/\s+/g, '')).to.equal('国立研究開発法人日本医療研究開発機構');
    expect(toAmed.getAttribute('aria-label')).to.equal('連携：国立研究開発法人日本医療研究開発機構へ移動');
    toAmed.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(root.activeElement?.getAttribute('data-id')).to.equal('amed');

    const toIt = buttons.find((b) => b.getAttribute('data-id') === 'office-it')!;
    toIt.focus();
    expect(root.activeElement).to.equal(toIt);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root.activeElement?.getAttribute('data-id')).to.equal('office-it');
    expect(root.activeElement?.getAttribute('role')).to.equal('treeitem');
    // The badges (buttons outside the tree) pass axe with the rest of the chart.
    await expect(el).shadowDom.to.be.accessible();
  });

  it('makes the badges one Tab stop: Tab from a box reaches its badge, arrows move among the badges, Escape returns to the box', async () => {
    const el = await mountOrgChart(await load('governance.json'), 360);
    const root = el.shadowRoot!;
    const buttons = [...root.querySelectorAll<SVGGElement>('.link-badges [role="button"]')];
    // Ten badges, one Tab stop among them.
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0').length).to.equal(1);
    const hq = root.querySelector<SVGGElement>('[role="treeitem"][data-id="hq"]')!;
    hq.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    // 本部's own badge: 「連携 ↓」 naming AMED.
    expect(root.activeElement?.getAttribute('data-box')).to.equal('hq');
    expect(root.activeElement?.getAttribute('data-id')).to.equal('amed');
    await sendKeys({ press: 'ArrowDown' });
    const second = root.activeElement!;
    expect(second.getAttribute('data-action')).to.equal('goto');
    expect(second).to.not.equal(buttons.find((b) => b.getAttribute('data-box') === 'hq'));
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).to.deep.equal([second]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root.activeElement?.getAttribute('role')).to.equal('treeitem');
    expect(root.activeElement?.getAttribute('data-id')).to.equal(second.getAttribute('data-box'));
    // From that box the Tab stop is its badge again.
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0').map((b) => b.getAttribute('data-box'))).to.deep.equal([second.getAttribute('data-box')]);
    // The keyboard hint (the tree's description) says so.
    expect(root.querySelector('#org-hint')!.textContent).to.contain('バッジの間は矢印キー');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws the badges at the chart type size (not shrunk to fit) with every line inside its chip', async () => {
    const el = await mountOrgChart(await load('governance.json'), 360);
    const root = el.shadowRoot!;
    // The drawing fits the phone's width: its view is not scaled down.
    expect(root.querySelector('g.viewport')!.getAttribute('transform')).to.match(/scale\(1\)$/);
    const badges = [...root.querySelectorAll<SVGGElement>('.link-badges .link-badge')];
    expect(badges.length).to.equal(10);
    const kind = parseFloat(getComputedStyle(root.querySelector('.badge-text')!).fontSize);
    for (const chip of root.querySelectorAll<SVGRectElement>('.link-badges .chip')) {
      const r = chip.getBoundingClientRect();
      // The chip's texts: its head, and the names of its bodies (in its badge group and in those sharing it).
      const texts = [...root.querySelectorAll<SVGTextElement>('.link-badges text')].filter((t) => {
        const b = t.getBoundingClientRect();
        return b.top >= r.top - 1 && b.bottom <= r.bottom + 1 && b.left < r.right && b.right > r.left;
      });
      expect(texts.length).to.be.greaterThan(1);
      for (const t of texts) {
        const b = t.getBoundingClientRect();
        expect(parseFloat(getComputedStyle(t).fontSize)).to.equal(kind);
        expect(b.left >= r.left && b.right <= r.right + 0.5, `「${t.textContent}」 ${b.left}–${b.right} in ${r.left}–${r.right}`).to.equal(true);
      }
    }
  });

  it('wider, a badge of a line too long to follow (the generated 200 bodies at 800 px) takes the reader to its other end too', async () => {
    const el = await mountOrgChart(generateOrganization({ bodies: 200, seed: 1 }), 800);
    const root = el.shadowRoot!;
    const stubs = [...root.querySelectorAll<SVGGElement>('.link-badges .link-stub[role="button"]')];
    expect(stubs.length).to.be.greaterThan(1);
    const stub = stubs.find((b) => b.getAttribute('data-id') !== el.shadowRoot!.activeElement?.getAttribute('data-id'))!;
    const id = stub.getAttribute('data-id')!;
    expect(stub.getAttribute('aria-label')).to.match(/へ移動$/);
    stub.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(root.activeElement?.getAttribute('data-id')).to.equal(id);
  });
});
