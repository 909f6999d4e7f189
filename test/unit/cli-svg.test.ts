import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderDocumentSVG } from '../../src/cli/render-document.js';
import { finishStandaloneSVG, resolveStandaloneCSS } from '../../src/cli/standalone.js';
import { createApproxMeasure } from '../../src/kit/text.js';

const decodeXmlText = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

/** A strict-enough XML well-formedness check: balanced tags, quoted unique attributes, known entities, one root. */
function assertWellFormedXML(text: string): void {
  const s = text.replace(/^<\?xml[^?]*\?>\s*/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  assert.ok(!/<!--/.test(s), 'no comments (Lit markers) left');
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const textPart = lt < 0 ? s.slice(i) : s.slice(i, lt);
    assert.ok(!entity.test(textPart), `bare & in text: ${textPart.slice(0, 80)}`);
    if (stack.length === 0) assert.equal(textPart.trim(), '', 'no text outside the root');
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(s);
    assert.ok(m, `malformed tag at: ${s.slice(lt, lt + 120)}`);
    const [whole, close, name, attrs, selfClose] = m;
    assert.ok(!entity.test(attrs!), `bare & in attributes of <${name}>`);
    const names = Array.from(attrs!.matchAll(/\s+([\w:.-]+)\s*=/g), (a) => a[1]);
    assert.equal(new Set(names).size, names.length, `duplicate attribute on <${name}>: ${names.join(' ')}`);
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
    i = lt + whole.length;
  }
  assert.deepEqual(stack, [], 'every element closed');
  assert.equal(roots, 1, 'one root element');
}

/** Text content of every <text>/<tspan>, entities decoded, in document order. */
function textsOf(svg: string): string[] {
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return Array.from(svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g), (m) => decode(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()));
}

const EGFR = {
  type: 'effect',
  chart: 'proportions',
  title: 'EGFR遺伝子変異とゲフィチニブの奏効率',
  measure: '奏効率',
  source: '医薬品産業強化総合戦略 参考資料 & <別添>',
  notes: ['※ 変異あり群はイレッサ投与例'],
  series: [
    {
      label: 'EGFR変異あり',
      value: 0.764,
      n: 148,
      categories: [{ label: '奏効', value: 0.764 }, { label: '不変' }, { label: '増悪' }],
    },
    { label: '変異検索なし', value: 0.275 },
  ],
};

describe('resolveStandaloneCSS', () => {
  it('substitutes :host custom properties, for the theme', () => {
    const cssTexts = [
      ":host { --_text: var(--policy-color-text, #1a1a1a); --_bg: #fff; color: var(--_text); } :host([theme='dark']) { --_text: #f2f2f2; }",
      '.label { fill: var(--_text); } @media (prefers-color-scheme: dark) { :host { --_text: red; } } @media (forced-colors: active) { .label { fill: CanvasText; } }',
    ];
    assert.equal(
      resolveStandaloneCSS({ cssTexts }),
      'svg{color:#1a1a1a}\n.label{fill:#1a1a1a}\n@media (forced-colors: active){.label{fill:CanvasText}}',
    );
    assert.match(resolveStandaloneCSS({ cssTexts, theme: 'dark' }), /\.label\{fill:#f2f2f2\}/);
  });
});

describe('finishStandaloneSVG', () => {
  it('removes Lit SSR markers without eating the text between them', () => {
    const markup = '<!--lit-part x--><svg width="100" height="20"><!--lit-node 0--><text>健康<?>医療</text><?><text>a ?> b</text></svg><!--/lit-part-->';
    const svg = finishStandaloneSVG({ markup, css: '', margin: 0 });
    assertWellFormedXML(svg);
    assert.deepEqual(textsOf(svg), ['健康医療', 'a ?> b']);
  });

  it('frames the chart: title, wrapped header, centred chart, footer', () => {
    const markup = '<svg width="100" height="50" font-size="17"><rect width="100" height="50"></rect></svg>';
    const svg = finishStandaloneSVG({ markup, css: '', title: 'T&', header: ['健康・医療戦略推進本部の構成'], footer: ['出典：x'], contentWidth: 200, margin: 10, fontSize: 10 });
    assertWellFormedXML(svg);
    // 13px title (1 line) + 10px header: 「健康・医療戦略推進本部の構成」 is 14 em = 140px, fits in 200.
    assert.deepEqual(textsOf(svg), ['T&', '健康・医療戦略推進本部の構成', '出典：x']);
    assert.match(svg, /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="policy-chart-standalone" width="220"/);
    // The chart keeps its own attributes and is centred in the 200px content width.
    assert.match(svg, /<svg width="100" height="50" font-size="17" x="60" y="\d+(\.\d+)?">/);
    assert.match(svg, /<title>T&amp;<\/title>/);
  });
  it('wraps a legend label longer than its row under its first line, inside the file', () => {
    // A narrow page's English legend (「Cooperation: no line; in each box “Cooperation ↓ other body” …」) ran off its right edge.
    const markup = '<svg width="200" height="50"><rect width="200" height="50"></rect></svg>';
    const sample = '<svg width="40" height="16" viewBox="0 0 40 16"></svg>';
    const label = 'Cooperation: no line; in each box “Cooperation ↓ other body” (press to go there)';
    const svg = finishStandaloneSVG({ markup, css: '', margin: 10, fontSize: 14, locale: 'en', legend: [{ sample, label }, { sample, label: 'Jurisdiction' }], footer: ['Source: x'] });
    assertWellFormedXML(svg);
    const measure = createApproxMeasure(13);
    const lines = [...svg.matchAll(/<text class="standalone-text" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
    assert.ok(lines.length >= 3, JSON.stringify(lines));
    for (const line of lines) assert.ok(line.x + measure(line.text) <= 210 + 0.5, `「${line.text}」 ends at ${line.x + measure(line.text)}, past the file's text column (210)`);
    // Every word is there, in order, the wrapped lines under the first, and the next entry below them.
    assert.equal(decodeXmlText(lines.slice(0, -1).map((l) => l.text).join(' ').replace(/\s+/g, ' ')), label);
    const ys = lines.map((l) => l.y);
    assert.deepEqual([...ys].sort((a, b) => a - b), ys);
    assert.ok(Number(/<text class="standalone-muted" x="[\d.]+" y="([\d.]+)"/.exec(svg)![1]) > ys.at(-1)!, 'the source under the legend');
  });

  it('draws a circled number of the legend and the footer as its digits in a ring at the text’s size, as the chart draws a pair’s number', () => {
    // A circled ① draws its digit at under half the type size (about 6 px in a 13 px legend).
    const markup = '<svg width="300" height="50"><rect width="300" height="50"></rect></svg>';
    const sample = '<svg width="40" height="16" viewBox="0 0 40 16"></svg>';
    const em = (size: number) => (text: string) => [...text].length * size;
    const svg = finishStandaloneSVG({
      markup, css: '', margin: 10, fontSize: 14, measureAt: em,
      legend: [{ sample, label: '連携：同じ番号「連携 ↓①」' }],
      footer: ['出典：「改善 ①」、「②がん」'],
    });
    assertWellFormedXML(svg);
    const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[0]);
    assert.ok(texts.every((t) => !/[\u2460-\u2473]/u.test(t)), `no circled glyph drawn:\n${texts.join('\n')}`);
    const rings = [...svg.matchAll(/<rect class="standalone-ring" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    assert.equal(rings.length, 3);
    const lines = texts.filter((t) => /<tspan/.test(t));
    assert.equal(lines.length, 2, 'the legend entry and the footer line');
    const ringsOf = (line: number) => rings.filter(([, y, , h]) => {
      const base = Number(/ y="([\d.]+)"/.exec(lines[line]!)![1]);
      return y! < base && y! + h! > base - 13 * 0.72;
    });
    for (const [line, before, digits] of [[0, '連携：同じ番号「連携 ↓', ['1']], [1, '出典：「改善 ', ['1', '2']]] as const) {
      const text = lines[line]!;
      const x = Number(/ x="([\d.]+)"/.exec(text)![1]);
      const size = Number(/ font-size="([\d.]+)"/.exec(text)![1]);
      assert.equal(size, 13);
      const own = ringsOf(line);
      assert.equal(own.length, digits.length);
      const centres = [...text.matchAll(/<tspan x="([\d.]+)" text-anchor="middle">(\d+)<\/tspan>/g)];
      assert.deepEqual(centres.map((m) => m[2]), digits);
      own.forEach(([rx, , w, h], i) => {
        // As tall as the text's em, the digits at its size centred in it, after the text before it.
        assert.equal(h, size);
        assert.ok(Math.abs(Number(centres[i]![1]) - (rx! + w! / 2)) < 0.1);
        if (i === 0) assert.ok(rx! >= x + em(size)(before), `ring at ${rx}, the text before it ends at ${x + em(size)(before)}`);
      });
      // The text after a ring starts past it.
      const after = [...text.matchAll(/<tspan x="([\d.]+)">/g)].map((m) => Number(m[1]));
      own.forEach(([rx, , w]) => assert.ok(after.some((a) => a >= rx! + w!), 'text resumes right of the ring'));
    }
  });
});

describe('renderDocumentSVG (effect)', () => {
  it('draws a standalone SVG with the labels, title, notes and source', () => {
    const result = renderDocumentSVG({ input: EGFR, width: 800 });
    assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
    const { svg } = result;
    assertWellFormedXML(svg);
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /<title>EGFR遺伝子変異とゲフィチニブの奏効率<\/title>/);
    const texts = textsOf(svg);
    assert.equal(texts[0], 'EGFR遺伝子変異とゲフィチニブの奏効率');
    const all = texts.join('\n');
    for (const label of ['EGFR変異あり', '変異検索なし', '76.4%', '27.5%', '48.9ポイント', '※ 変異あり群はイレッサ投与例']) {
      assert.ok(all.includes(label), `missing label ${label} in:\n${all}`);
    }
    // Data text is escaped, never markup.
    assert.ok(all.includes('出典：医薬品産業強化総合戦略 参考資料 & <別添>'));
    assert.ok(svg.includes('&amp; &lt;別添&gt;'));
    // Colours are resolved: no custom property is left for a viewer without CSS variables.
    assert.ok(!svg.includes('var('), 'no var() left');
    assert.match(svg, /\.fill-series-1\{fill:#B3D4EB\}/);
    assert.match(svg, /<rect width="800" height="\d+" fill="#ffffff"><\/rect>/);
  });

  it('writes English words with --lang en and dark colours with the dark theme', () => {
    const result = renderDocumentSVG({ input: EGFR, locale: 'en', theme: 'dark' });
    assert.ok(result.ok);
    assert.ok(textsOf(result.svg).join('\n').includes('Source: '));
    assert.match(result.svg, /fill="#16181c"/);
    assert.match(result.svg, /\.policy-chart-standalone\{[^}]*color:#f2f2f2/);
  });

  it('returns localised issues with paths for bad documents', () => {
    const bad = { ...EGFR, series: [{ label: 'x', value: 1.5 }] };
    const result = renderDocumentSVG({ input: bad });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.issues.some((i) => i.path === 'series[0].value'), JSON.stringify(result));
    const unknown = renderDocumentSVG({ input: { type: 'pie' } });
    assert.ok(!unknown.ok && unknown.messages[0] === 'type: 図の種類「pie」は使えません（organization・budget・effect のいずれか）', JSON.stringify(unknown));
    assert.equal(renderDocumentSVG({ input: [] }).ok, false);
  });
});

describe('renderDocumentSVG (seed documents)', () => {
  const seed = (name: string) => JSON.parse(readFileSync(join('data', name), 'utf8')) as unknown;

  it('draws the governance structure: bodies, lanes, link legend', () => {
    const result = renderDocumentSVG({ input: seed('governance.json'), width: 1200 });
    assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
    assert.equal(result.type, 'organization');
    assertWellFormedXML(result.svg);
    const texts = textsOf(result.svg);
    // Box names wrap over several lines (<tspan>s, read here with a space between): read them joined.
    const joined = texts.join('').replace(/\s/g, '');
    for (const name of ['健康・医療戦略推進本部', '健康・医療戦略推進会議', 'ゲノム医療実現推進協議会', '国立研究開発法人日本医療研究開発機構']) {
      assert.ok(joined.includes(name), `missing body ${name}`);
    }
    for (const label of ['研究開発', '市場開拓', '上下関係（組織の階層）', '連携', '共同事務局']) assert.ok(texts.includes(label), `missing ${label}`);
    assert.equal(texts[0], '健康・医療戦略関係の推進体制');
  });

  it('draws no ⊖ on a file (nothing can be clicked), and a ⊕ on a box a slide folds', () => {
    const toggles = (svg: string) => [...svg.matchAll(/<path class="toggle"[^>]*\sd="([^"]*)"/g)].map((m) => m[1]!);
    const whole = renderDocumentSVG({ input: seed('governance.json'), width: 1200 });
    assert.ok(whole.ok);
    assert.deepEqual(toggles(whole.svg), [], 'every box open: no toggle');
    // A 4:3 slide at 18 px folds some boxes: each keeps its ⊕ (the path with the vertical stroke).
    const slide = renderDocumentSVG({ input: seed('governance.json'), width: 1024, pageHeight: 768, fontSize: 20 });
    assert.ok(slide.ok);
    const drawn = toggles(slide.svg);
    assert.ok(drawn.length > 0, 'the 4:3 slide folds a box');
    for (const d of drawn) assert.match(d, /v8$/, `a ⊖ drawn: ${d}`);
  });

  it('a file’s legend names what a badge says, never that it can be pressed (a PNG or a print cannot be; R15-1-1)', () => {
    for (const [locale, entry, press] of [['ja', '連携：線は省略し、両端の箱に「連携 ↓ 相手の名称」', /押すと/], ['en', 'Cooperation: no line; in each box “Cooperation ↓ other body”', /press/i]] as const) {
      // 384 px: the one column, its 連携 and 共同事務局 lines drawn as badges.
      const result = renderDocumentSVG({ input: seed('governance.json'), width: 384, locale });
      assert.ok(result.ok);
      const legend = textsOf(result.svg.slice(result.svg.indexOf('class="legend-sample"'))).join(' ');
      // (Wrapped over lines at this width: read without the spaces.)
      assert.ok(legend.replace(/\s+/g, '').includes(entry.replace(/\s+/g, '')), `${locale}: ${legend}`);
      assert.doesNotMatch(legend, press, `${locale}: ${legend}`);
    }
  });

  it('a file’s open box keeps no room for a ⊖ it does not draw: the partnership slide’s 本部 and task force names on one line each', () => {
    // Left-right, a box with children kept its toggle's reach off its lines: 「健康・医療 / 戦略推進本部」 by 4 px.
    const result = renderDocumentSVG({ input: seed('partnership-council.json'), width: 1920, pageHeight: 1080, fontSize: 20 });
    assert.ok(result.ok);
    const name = (id: string) => [...result.svg.matchAll(new RegExp(`<text class="lines name" data-id="${id}"[^>]*>([\\s\\S]*?)</text>`, 'g'))].map((m) => m[1]!.split(/<tspan\b/).length);
    assert.deepEqual([name('hq'), name('intl-tf')], [[1], [1]], 'one line each');
  });

  it('writes long member lists in full under the org chart', () => {
    const result = renderDocumentSVG({ input: seed('partnership-council.json'), width: 1000 });
    assert.ok(result.ok);
    assertWellFormedXML(result.svg);
    const joined = textsOf(result.svg).join('');
    assert.ok(joined.includes('図中で省略した記載（全文）'));
    // The first and the last of the 43 observers, which the box shows only as a count.
    assert.ok(joined.includes('アクティブファーマ（株）'));
    assert.ok(joined.includes('ヤマトロジスティクス（株）'));
  });

  it('draws every document in data/ as well-formed SVG, titled', () => {
    const files = [...readdirSync('data').filter((f) => f.endsWith('.json')), ...readdirSync('data/effects').map((f) => `effects/${f}`)];
    assert.ok(files.length >= 8, files.join(' '));
    for (const file of files) {
      const input = seed(file) as { title?: string };
      const result = renderDocumentSVG({ input });
      assert.ok(result.ok, `${file}: ${result.ok ? '' : result.messages.join('; ')}`);
      assertWellFormedXML(result.svg);
      if (input.title) assert.ok(result.svg.includes(`<title>${input.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`), file);
    }
  });

  it('draws the budget treemap with amounts as the slides write them', () => {
    const result = renderDocumentSVG({ input: seed('pharma-budget.json') });
    assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
    assert.equal(result.type, 'budget');
    assertWellFormedXML(result.svg);
    const all = textsOf(result.svg).join('\n');
    for (const label of ['日本発のシーズが生まれる研究開発環境の改善', 'データベース情報の解析を踏まえた戦略的な革新的シーズ開発の推進', '49.1億円', '28.1億円', 'がんゲノム医療の戦略的推進', '20.0億円']) {
      assert.ok(all.includes(label), `missing ${label}`);
    }
    assert.ok(!result.svg.includes('var('));
    // Every item's figures are listed under the chart, including those too small to label.
    assert.ok(all.includes('1-3 臨床研究・治験の患者向け公開データベースの整備：1.0億円'), all);
    assert.ok(all.includes('1-4 ＡＩの活用による医薬品開発支援：内数（13.5億円の内数）'));
    assert.ok(all.includes('7-1 流通改善ガイドラインの策定：金額の記載なし'));
  });
});

describe('policy-charts-svg (the CLI process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/svg.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('renders a seed file', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/svg.ts', 'data/governance.json'], { encoding: 'utf8' });
    assertWellFormedXML(out);
    assert.match(out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="policy-chart-standalone" width="800"/);
    assert.ok(textsOf(out).join('').includes('健康・医療戦略推進本部'));
  });

  it('prints the SVG of a document file on stdout', () => {
    const file = join(dir, 'egfr.json');
    writeFileSync(file, JSON.stringify(EGFR));
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/svg.ts', '--width', '640', file], { encoding: 'utf8' });
    assertWellFormedXML(out);
    assert.match(out, /width="640"/);
    assert.ok(textsOf(out).join('\n').includes('EGFR変異あり'));
  });

  it('exits 1 with issue lines on stderr for a bad document, 2 for usage errors', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"type": "effect", "chart": "proportions", "series": [{"label": "x", "value": 2}]}');
    const bad = run(file);
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /series\[0\]\.value/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"type": ');
    const invalid = run(broken);
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /JSON として読めません/);
    assert.equal(run().status, 2);
    assert.equal(run('--width', 'wide', file).status, 2);
    assert.equal(run(join(dir, 'missing.json')).status, 2);
  });
});
