/**
 * Property-based fuzzing (fast-check) of the three parsers and of parse → layout → render in
 * Node, with a fixed seed: `npm test` runs a bounded count (FUZZ_RUNS, default 150 per
 * property), `npm run fuzz` a long run (FUZZ_RUNS=5000). The counts are printed.
 *
 * Properties: a parser never throws and returns `{ ok, value }` or non-empty issues, each with
 * a localised message; a document that parses is drawn to valid XML holding no NaN, Infinity
 * or e-notation figure and nothing a browser would run (the XSS corpus goes through every
 * string field).
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderDocumentSVG } from '../../src/cli/render-document.js';
import { parseBudget } from '../../src/data/budget.js';
import { parseEffect } from '../../src/data/effect.js';
import { parseOrganization } from '../../src/data/organization.js';
import { parseChartData } from '../../src/data/parse.js';
import { BODY_KINDS, BUDGET_UNITS, EFFECT_BETTER, EFFECT_CHARTS, LINK_TYPES } from '../../src/data/types.js';
import { formatIssue } from '../../src/format/messages/index.js';
import { formatPercent, formatYen } from '../../src/format/number.js';
import { formatCount, formatNumber, formatPoints, formatRatio } from '../../src/format/counts.js';
import { assertValidXml } from '../fixtures/xml.js';
import { XSS_PAYLOADS } from '../fixtures/xss.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const settings = { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true };

/** Text of every kind: payloads, unicode with controls and lone surrogates, numbers as slides write them. */
const text = fc.oneof(
  fc.constantFrom(...XSS_PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('49.1億円', '▲1億円', '13.5億円の内数', '76.4%', '0.00001%', '1e21', '1兆2,345億円', '', ' ', '\u000B', '\u2028'),
);
/** Numbers at every scale, and the values JSON cannot hold. */
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, 1e-21, 1e21, 2 ** 53, 5e-7, -1, Number.NaN));
const junk = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Mostly `good`, sometimes junk: documents that parse get drawn, and the rest still test the checks. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown> = junk) => fc.oneof({ arbitrary: good, weight: 19 }, { arbitrary: bad, weight: 1 });
/** Names: mostly non-empty text. */
const name = mostly(text.filter((s) => s.trim() !== ''), text);
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');

const organization = fc.record(
  {
    type: fc.constant('organization'),
    title: text,
    description: text,
    source: text,
    lanes: fc.constant([{ id: 'l1', name: '本部' }]),
    bodies: fc.uniqueArray(
      fc.record(
        {
          id: ids,
          name,
          kind: mostly(fc.constantFrom(...BODY_KINDS)),
          parent: maybe(ids),
          lane: maybe(fc.constant('l1')),
          aliases: fc.array(text, { maxLength: 2 }),
          notes: fc.array(text, { maxLength: 2 }),
          source: text,
          roles: fc.array(fc.record({ title: text, holders: fc.array(text, { maxLength: 8 }) }), { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { minLength: 1, maxLength: 8, selector: (b) => b.id },
    ),
    links: fc.array(fc.record({ from: ids, to: ids, type: mostly(fc.constantFrom(...LINK_TYPES)), label: text }, { requiredKeys: ['from', 'to'] }), { maxLength: 3 }),
  },
  { requiredKeys: ['type', 'bodies'] },
).map((doc) => {
  // Parents and link ends that exist, and no cycles (a parent earlier in the list), mostly.
  const order = doc.bodies.map((b) => b.id);
  for (const [i, b] of doc.bodies.entries()) if (b.parent !== undefined && order.indexOf(b.parent) >= i) delete b.parent;
  doc.links = doc.links?.filter((l) => order.includes(l.from) && order.includes(l.to) && l.from !== l.to);
  return doc;
});

const amount = mostly(fc.oneof(fc.nat({ max: 1e6 }), fc.constantFrom('49.1億円', '1兆円', '456,320千円', '0.7億円', 5e-7)), fc.oneof(number, text, fc.constant('13.5億円の内数')));
let nextId = 0;
const { item: budgetItem } = fc.letrec<{ item: Record<string, unknown> }>((tie) => ({
  item: fc.record(
    {
      id: fc.constant('').map(() => `i${nextId++}`),
      name,
      amount,
      previous: amount,
      supplementary: amount,
      note: text,
      partOf: mostly(fc.constant(undefined), fc.oneof(fc.constant(true), fc.record({ amount, of: text }))),
      children: fc.array(tie('item'), { maxLength: 3, depthIdentifier: 'budget' }),
    },
    { requiredKeys: ['id', 'name'] },
  ),
}));
const budget = fc.record(
  { type: fc.constant('budget'), title: text, unit: mostly(fc.constantFrom(...BUDGET_UNITS)), fiscalYear: text, items: fc.array(budgetItem, { minLength: 1, maxLength: 5 }) },
  { requiredKeys: ['type', 'items'] },
);

const share = mostly(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('76.4%', '0.00001%', '27.5%', 5e-9)), fc.oneof(number, text));
const value = mostly(fc.oneof(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), fc.constantFrom('1,000', '3,000,000,000', 1e-300)), fc.oneof(number, text));
const effect = fc.record(
  {
    type: fc.constant('effect'),
    chart: mostly(fc.constantFrom(...EFFECT_CHARTS)),
    title: text,
    measure: text,
    unit: text,
    notes: fc.array(text, { maxLength: 2 }),
    series: fc.array(
      fc.record({
        label: name,
        value: fc.oneof(share, value),
        n: mostly(fc.integer({ min: 1, max: 100_000 }), number),
        display: text,
        better: mostly(fc.constantFrom(...EFFECT_BETTER)),
        categories: fc.array(fc.record({ label: name, value: maybe(share) }), { maxLength: 3 }),
        before: fc.record({ value, label: text }),
        after: fc.record({ value, label: text }),
      }, { requiredKeys: ['label', 'value'] }),
      { minLength: 1, maxLength: 4 },
    ),
  },
  { requiredKeys: ['type', 'chart', 'series'] },
);

/** A parse result is `{ ok, value }` or non-empty issues, each with a message in both locales. */
function checkResult(r: ReturnType<typeof parseChartData>): void {
  if (r.ok) return;
  assert.ok(r.issues.length > 0);
  for (const issue of r.issues) {
    assert.equal(typeof issue.path, 'string');
    for (const locale of ['ja', 'en'] as const) assert.doesNotMatch(formatIssue(issue, locale), /^(unknown issue|不明な問題)/);
  }
}

/** Tags an SVG may hold: none of them runs script. */
const SAFE_TAGS = new Set(['svg', 'g', 'rect', 'text', 'tspan', 'path', 'title', 'desc', 'style', 'defs', 'line', 'circle', 'polyline', 'polygon', 'clipPath', 'marker', 'use', 'symbol', 'linearGradient', 'stop', 'pattern', 'ellipse', 'mask']);

/** Asserts the SVG is valid XML, shows no broken figure and holds nothing a browser would run. */
function checkDrawing(svg: string): void {
  assertValidXml(svg);
  const body = svg.replace(/<style[\s\S]*?<\/style>/g, '');
  for (const m of body.matchAll(/<([A-Za-z][\w:-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*\/?>/g)) {
    assert.ok(SAFE_TAGS.has(m[1]!), `<${m[1]}> in the drawing`);
    for (const a of m[2]!.matchAll(/\s+([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      assert.doesNotMatch(a[1]!, /^on/i, `event handler attribute ${a[1]} on <${m[1]}>`);
      if (/href$/i.test(a[1]!)) assert.match(a[2]!, /^#/, `${a[1]}="${a[2]}" on <${m[1]}>`);
    }
  }
  // Figures: the text the chart writes (payloads are text too, so only whole-word figures count).
  const texts = Array.from(body.matchAll(/>([^<]*)</g), (m) => m[1]!).join('\n');
  assert.doesNotMatch(texts, /(?<![\w.])(?:NaN|Infinity)(?:%|円|倍|ポイント|×)|\d(?:\.\d+)?e[+-]\d+(?:%|円|倍)/, 'no broken figure');
}

describe(`fuzz (fast-check, seed ${SEED}, ${RUNS} runs per property)`, () => {
  it('the three parsers and parseChartData never throw on anything', (t) => {
    let n = 0;
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true }), (input) => {
        n++;
        for (const parse of [parseOrganization, parseBudget, parseEffect, parseChartData]) checkResult(parse(input) as ReturnType<typeof parseChartData>);
      }),
      { ...settings, numRuns: RUNS * 4 },
    );
    t.diagnostic(`fuzz: ${n} arbitrary values through 4 parsers`);
  });

  for (const [name, arb] of [['organization', organization], ['budget', budget], ['effect', effect]] as const) {
    it(`${name} documents: parse → layout → render draws valid, safe XML or reports issues`, (t) => {
      let drawn = 0;
      let refused = 0;
      fc.assert(
        fc.property(arb, fc.constantFrom('ja', 'en') as fc.Arbitrary<'ja' | 'en'>, fc.integer({ min: 160, max: 1600 }), (input, locale, width) => {
          checkResult(parseChartData(input));
          const r = renderDocumentSVG({ input, locale, width });
          if (!r.ok) {
            refused++;
            assert.ok(r.messages.length > 0);
            return;
          }
          drawn++;
          checkDrawing(r.svg);
        }),
        settings,
      );
      t.diagnostic(`fuzz: ${drawn + refused} ${name} documents, ${drawn} drawn, ${refused} refused with issues`);
      assert.ok(drawn > RUNS / 20, `only ${drawn} drawn: the generator makes too few valid documents`);
    });
  }

  it('no formatter prints NaN, Infinity or e-notation for any number', (t) => {
    let n = 0;
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('ja', 'en') as fc.Arbitrary<'ja' | 'en'>, (x, locale) => {
        n++;
        for (const s of [formatYen(x, { locale }), formatPercent(x, { locale }), formatRatio(x, { locale }), formatPoints(x, { locale }), formatCount(x, { locale }), formatNumber(x, { locale })]) {
          assert.doesNotMatch(s, /NaN|Infinity|∞|\de[+-]?\d/, `${x} → ${s}`);
        }
      }),
      { ...settings, numRuns: RUNS * 10 },
    );
    t.diagnostic(`fuzz: ${n} numbers through 6 formatters`);
  });
});
