/**
 * A first layout in a fresh tab (issue #13: the org chart's cold first render at 1,000 bodies).
 * The balancing of box labels remembers its search wraps and even lines per measure and label
 * (box-text.ts), and the canvas measure answers "is this character a mark?" without a regular
 * expression for the common scripts (measure.ts `joinsPrevious`). Neither may change what is
 * drawn: these tests compare with results computed afresh, and hash the layouts of every seed
 * and of a generated 1,000-body chart against the values the code before them gave (at 5dbabf1).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import '../../src/words-en.js';
import { wrapOrgLabel } from '../../src/charts/org/layout/box-text.js';
import { layoutOrgChart } from '../../src/charts/org/layout/index.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { formatOrgRole, ORG_UI } from '../../src/charts/org/words.js';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { joinsPrevious } from '../../src/kit/measure.js';
import { createApproxMeasure, type MeasureText } from '../../src/kit/text.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

function parse(raw: unknown): OrganizationDocument {
  const parsed = parseOrganization(raw);
  assert.ok(parsed.ok);
  return parsed.value;
}

const seeds: [string, () => unknown][] = [
  ['governance', () => JSON.parse(readFileSync('data/governance.json', 'utf8'))],
  ['partnership-council', () => JSON.parse(readFileSync('data/partnership-council.json', 'utf8'))],
  ['generated-1000', () => generateOrganization({ bodies: 1000, seed: 1 })],
];

describe('balancing box labels at several widths', () => {
  it('gives, from what it remembers, the lines a fresh measure gives, at every width of every label', () => {
    const font = createFontMeasure(bundledFontMetrics()!, 14);
    const labels = new Set<string>();
    for (const [, raw] of seeds.slice(0, 2)) {
      const doc = parse(raw());
      for (const body of doc.bodies) {
        labels.add(body.name);
        for (const role of body.roles) labels.add(formatOrgRole(role, ORG_UI.ja));
        for (const note of body.notes) labels.add(note);
      }
    }
    let multiLine = 0;
    for (const text of labels) {
      for (let width = 60; width <= 300; width += 7) {
        // The shared measure: its memo fills as the widths go up (as widen.ts tries them).
        const remembered = wrapOrgLabel({ text, maxWidth: width, measure: font, maxLines: 5 });
        // A new function: nothing remembered for it.
        const fresh = wrapOrgLabel({ text, maxWidth: width, measure: (t) => font(t), maxLines: 5 });
        assert.deepEqual(remembered, fresh, `${text} at ${width}`);
        if (fresh.lines.length > 1) multiLine++;
      }
    }
    assert.ok(multiLine > 500, `${multiLine} balanced wraps compared`);
  });

  it('returns lines the caller may change without changing the next result', () => {
    const measure = createApproxMeasure(14);
    const text = '健康・医療戦略推進本部ゲノム医療実現推進協議会';
    const first = wrapOrgLabel({ text, maxWidth: 120, measure });
    const kept = [...first.lines];
    first.lines.push('x');
    assert.deepEqual(wrapOrgLabel({ text, maxWidth: 120, measure }).lines, kept);
  });
});

describe('the canvas measure telling marks from characters', () => {
  const MARK = /^\p{M}/u;
  const defined = (s: string) => {
    const c = s.charCodeAt(0);
    return c === 0x200c || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xdb40 || MARK.test(s);
  };
  it('says what the regular expression says for every character of the Basic Multilingual Plane', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `a${String.fromCharCode(c)}`;
      if (joinsPrevious(s, 1) !== defined(s.slice(1))) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
  });
  it('and for marks outside it (a musical combining mark, a variation selector of the supplement)', () => {
    for (const s of ['a\u{1D167}', '葛\u{E0100}', 'a\u{1F600}']) assert.equal(joinsPrevious(s, 1), defined(s.slice(1)), s);
  });
});

/**
 * The layouts (every box's place and lines, every connector and link) as the code before the
 * memos gave them (5dbabf1): at 360, 1280 and 1920 px in both locales, with the bundled font's
 * metrics. A change of the layout rules changes them too: then check the drawings (the golden
 * SVGs) and write the new hashes here.
 */
const BEFORE: Record<string, string> = {
  'governance@360/ja': '851ea4d997dbf8a8', // s14-leftright: 本部's toggle kept where its text ends, its end badge under it (R11-3-1)
  'governance@360/en': 'b9c599397527d3af',
  // s12-labels: the office → ＩＣＴ labels at 1280 px lie along the pairs' uprights (R11-4-2).
  'governance@1280/ja': '33075e4bb2818027',
  'governance@1280/en': 'bada4a057f7f5d4b',
  'governance@1920/ja': '6981dfcc4b5c44e4',
  'governance@1920/en': 'f5e3f37b8b4b0ca3',
  'partnership-council@360/ja': 'b2bd284126cce4c0',
  'partnership-council@360/en': '08d8a960d8830287',
  'partnership-council@1280/ja': '8b335c785bcdd3f7',
  'partnership-council@1280/en': 'dff58824b9cd9108',
  'partnership-council@1920/ja': 'f619bfbf5fc64de3',
  'partnership-council@1920/en': 'e752e1b40ef9906c',
  'generated-1000@1280/ja': '8d6d2ce932cbb0be',
};

describe('layouts with the memos', () => {
  const font = createFontMeasure(bundledFontMetrics()!, 14);
  const cases: [string, number, 'ja' | 'en'][] = [];
  for (const [name] of seeds) for (const width of [360, 1280, 1920]) for (const locale of ['ja', 'en'] as const) if (name !== 'generated-1000' || (width === 1280 && locale === 'ja')) cases.push([name, width, locale]);
  for (const [name, width, locale] of cases) {
    it(`${name} at ${width} px (${locale}) is laid out as before`, () => {
      const doc = parse(seeds.find(([n]) => n === name)![1]());
      const collapsed = collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) });
      const layout = layoutOrgChart({ doc, width, measure: font as MeasureText, collapsed, locale });
      const json = JSON.stringify(layout, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
      const hash = createHash('sha1').update(json).digest('hex').slice(0, 16);
      if (process.env.PRINT_HASHES) console.log(`'${name}@${width}/${locale}': '${hash}',`);
      else assert.equal(hash, BEFORE[`${name}@${width}/${locale}`]);
    });
  }
});
