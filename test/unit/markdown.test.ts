import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { remark } from 'remark';
import { policyChartsMarkdownIt, remarkPolicyCharts, renderStaticChart } from '../../src/markdown/index.js';

const MARKDOWN = readFileSync(new URL('../fixtures/policy-chart.md', import.meta.url), 'utf8');
const BUDGET = JSON.parse(/```policy-chart\n([\s\S]*?)```/.exec(MARKDOWN)![1]!) as unknown;

/** The text a reader sees in some HTML: tags dropped, entities decoded, spaces collapsed. */
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Checks one rendering of the fixture, whichever plugin made it. */
function checkRendering(html: string): void {
  // The element as it renders itself on the server: its tag on a line of its own, then its
  // declarative shadow root (what a reader sees without JavaScript), then its JSON.
  const element = /<policy-budget-treemap ([^>]*)>\n([\s\S]*?)<\/policy-budget-treemap>/.exec(html);
  assert.ok(element, 'the budget fence became <policy-budget-treemap>');
  const [, attributes, inner] = element as unknown as [string, string, string];
  assert.match(attributes, /\blang="ja"/);
  assert.match(attributes, /\bdata-policy-metrics="1000;[^"]+"/, 'the advances the server measured with (hydration reuses its layout)');
  assert.match(inner, /^<template shadowroot="open" shadowrootmode="open">/);
  assert.match(inner, /<!--lit-part [^>]*-->/, "Lit's part markers, which hydration needs");
  assert.doesNotMatch(inner, /policy-chart-static|<\?xml/, 'not the CLI drawing');
  assert.doesNotMatch(element[0], /\n[ \t]*\n/, 'no blank line inside the element (Markdown would end the HTML block there)');
  const shadow = inner.slice(0, inner.indexOf('</template>'));
  const shown = visibleText(shadow);
  // Title, total, the drawing's labels, legend for 内数 and mismatches, 出典: all in the shadow root.
  assert.ok(shown.includes('医薬品産業強化総合戦略（抜粋）'), 'title');
  assert.ok(shown.includes('合計 72.2億円（再掲・内数を除く）'), 'the counted total (49.1 + 23.1)');
  assert.ok(shown.includes('再掲（↪）・内数（◇）: 面積なし'), 'legend: 内数');
  assert.ok(shown.includes('記載額と内訳の計が一致しない項目'), 'legend: the mismatch mark');
  assert.ok(shown.includes('出典: seeds/004 スライド1'), 'source');
  assert.match(shadow, /<svg[^>]*>[\s\S]*薬事規制改革[\s\S]*<\/svg>/, 'the drawing, with its labels');
  // The table alternative in a <details> that opens without JavaScript, labels as text.
  assert.match(shadow, /<details part="table-details">\s*<summary>(<!--[^>]*-->)*表で見る(<!--[^>]*-->)*<\/summary>/);
  assert.match(shown, /内数（13\.5億円の内数）/);
  assert.ok(shown.includes('研究開発環境の改善 <img src=x onerror=alert(1)>'), 'a label with markup is shown as text');
  // Labels are escaped: no element comes out of the data.
  assert.doesNotMatch(html, /<img/);
  assert.equal(html.match(/<script/g)?.length, 1, 'one script element: the JSON child');
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(inner);
  assert.ok(json, 'the document as a JSON child');
  assert.deepEqual(JSON.parse(json[1]!), BUDGET, 'the JSON child is the fence document');
}

/** Checks the two error blocks: localised, visible, and the page goes on after them. */
function checkErrors(html: string): void {
  const blocks = [...html.matchAll(/<div class="policy-chart-error" lang="ja">([\s\S]*?)<\/div>/g)].map((m) => visibleText(m[1]!));
  assert.equal(blocks.length, 2);
  assert.match(blocks[0]!, /グラフを表示できません JSON として読めません: /);
  assert.match(blocks[1]!, /グラフを表示できません series\[0\]\.value: /);
  assert.equal(html.match(/<policy-effect-chart/g), null, 'no element for a document with errors');
  assert.ok(html.includes('最後の段落。'), 'the rest of the page is rendered');
}

describe('Markdown: a policy-chart fence becomes the element with server-rendered markup', () => {
  it('markdown-it renders the chart, its legend, table, source and JSON; other fences stay code', () => {
    const md = new MarkdownIt({ html: true }).use(policyChartsMarkdownIt);
    const html = md.render(MARKDOWN);
    checkRendering(html);
    checkErrors(html);
    assert.match(html, /<pre><code class="language-js">console\.log\('ふつうのコード'\);/);
    assert.match(html, /<h1>予算の説明<\/h1>/);
  });

  it('remark renders the same element as an HTML node; other code stays a fence', async () => {
    const file = await remark().use(remarkPolicyCharts).process(MARKDOWN);
    const out = String(file);
    checkRendering(out);
    checkErrors(out);
    assert.ok(out.includes("```js\nconsole.log('ふつうのコード');\n```"), 'the js fence is kept');
    // Parsed again (the next step of a pipeline), each chart is one HTML node, never cut.
    const tree = remark().parse(out);
    const htmlNodes = tree.children.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value);
    assert.ok(htmlNodes.some((v) => v.startsWith('<policy-budget-treemap') && v.endsWith('</policy-budget-treemap>')), 'one HTML node per chart');
  });

  it('both plugins give the same markup for the same fence', async () => {
    const single = '```policy-chart\n' + JSON.stringify(BUDGET) + '\n```\n';
    const fromIt = new MarkdownIt({ html: true }).use(policyChartsMarkdownIt).render(single).trim();
    const fromRemark = String(await remark().use(remarkPolicyCharts).process(single)).trim();
    assert.equal(fromIt, fromRemark);
  });

  it('options: English words, the dark theme and extra attributes reach the element', () => {
    const md = new MarkdownIt({ html: true }).use(policyChartsMarkdownIt, { locale: 'en', theme: 'dark', attributes: { 'show-table': '', 'on"x': 'y' } });
    const html = md.render('```policy-chart\n' + JSON.stringify(BUDGET) + '\n```\n');
    assert.match(html, /^<policy-budget-treemap data-policy-metrics="[^"]*"\s+lang="en" width="800" theme="dark" show-table[ >]/);
    assert.ok(!html.includes('on"x') && !html.includes('on&quot;x'), 'an attribute name that is not a name is dropped');
    assert.doesNotMatch(html, /<details part="table-details"/, 'show-table: the table is open, not in a <details>');
    assert.ok(visibleText(html).includes('(every item)'), 'the English table caption');
    assert.ok(visibleText(html).includes('no area'), visibleText(html).slice(0, 600));
  });

  it('an English error block for an English page; no input makes the renderer throw', () => {
    const md = new MarkdownIt().use(policyChartsMarkdownIt, { locale: 'en' });
    const html = md.render('```policy-chart\nnot json\n```\n');
    assert.match(visibleText(html), /The chart cannot be shown invalid JSON: /);
    for (const source of ['', 'null', '[]', '{"type":"organization"}', '{"type":"budget","items":[{"id":"a","name":"x","relistOf":"a"}]}', '"\u0000"']) {
      const result = renderStaticChart({ source });
      assert.equal(result.ok, false, source);
      assert.match(result.html, /^<div class="policy-chart-error" lang="ja">/);
    }
  });
});
