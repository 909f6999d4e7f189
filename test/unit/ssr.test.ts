/**
 * The elements under @lit-labs/ssr in Node, with no DOM shim: declarative shadow DOM holding the
 * drawing, title, legend, 出典 and table for every seed document.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { renderChartElement } from '../../src/ssr/render-element.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = [
  'data/governance.json',
  'data/partnership-council.json',
  'data/pharma-budget.json',
  'data/midnet-budget.json',
  'data/effects/egfr-response.json',
  'data/effects/egfr-response.en.json',
  'data/effects/distribution.json',
  'data/effects/genome-cost.json',
  'data/effects/genome-time.json',
  'data/effects/midnet-scale.json',
  'data/effects/sakigake.json',
  'data/effects/interval-example.json',
];

/** Text between the tags, markers and markup removed (what a reader of the HTML reads). */
const textOf = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('server rendering of the elements (no DOM shim)', () => {
  for (const file of SEEDS) {
    it(`${file}: declarative shadow DOM with the drawing, title, 出典 and table`, async () => {
      const doc = JSON.parse(await readFile(resolve(ROOT, file), 'utf8')) as { title: string; source?: string; lang?: string; type: string };
      const result = renderChartElement({ json: doc, width: 900, showTable: true });
      assert.ok(result.ok, result.ok ? '' : result.messages.join('; '));
      const { html } = result;
      assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
      assert.match(html, / status="ready"/);
      assert.doesNotMatch(html, /part="error"/);
      assert.match(html, /<div part="chart">[\s\S]*?<svg/);
      assert.match(html, /<table|<ul/);
      const text = textOf(html);
      assert.ok(text.includes(doc.title), 'the title');
      if (doc.source) assert.ok(text.includes(`${doc.lang === 'en' ? 'Source' : '出典'}: ${doc.source}`.replace(/\s+/g, ' ')), 'the source line');
      if (doc.type === 'organization') assert.match(html, /part="legend"/);
    });
  }

  it('lays out for the width attribute: a narrower width gives a different drawing', async () => {
    const doc = JSON.parse(await readFile(resolve(ROOT, 'data/effects/egfr-response.json'), 'utf8')) as unknown;
    const wide = renderChartElement({ json: doc, width: 1000 });
    const narrow = renderChartElement({ json: doc, width: 400 });
    assert.ok(wide.ok && narrow.ok);
    const viewBox = (html: string) => /<svg[^>]*viewBox="0 0 (\d+)/.exec(html)?.[1];
    assert.equal(viewBox(wide.html), '1000');
    assert.equal(viewBox(narrow.html), '400');
  });

  it('needs no global DOM: none is installed', () => {
    assert.equal(typeof (globalThis as { Element?: unknown }).Element, 'undefined');
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof (globalThis as { getComputedStyle?: unknown }).getComputedStyle, 'undefined');
  });

  it('bad data gives the localised problems, not markup', () => {
    const result = renderChartElement({ json: { type: 'effect' } });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.messages.length > 0);
  });
});
