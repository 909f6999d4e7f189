/**
 * Widths kept per label while it is wrapped (issue #13: expanding a body of a 10,000-body chart
 * for the first time spent most of its layout measuring the new boxes' text, ~400 measure calls
 * per box). An org box label is wrapped at several widths (the first wrap, a binary search for
 * balanced lines, then `evenLines`), and every wrap measured the same slices of it again; now
 * each slice is measured once per measure. These tests ask that the lines stay exactly those of
 * a wrap that measures every slice afresh, on every seed label and a generated organisation's,
 * and count the strings measured (never time).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import '../../src/words-en.js';
import { measureOrgBox } from '../../src/charts/org/layout/box.js';
import { wrapOrgLabel } from '../../src/charts/org/layout/box-text.js';
import { formatOrgRole, joinOrgWords, ORG_UI } from '../../src/charts/org/words.js';
import { parseOrganization } from '../../src/data/organization.js';
import type { Locale, OrganizationDocument } from '../../src/data/types.js';
import { createApproxMeasure, wrapText, type MeasureText } from '../../src/kit/text.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

function parse(raw: unknown): OrganizationDocument {
  const parsed = parseOrganization(raw);
  assert.ok(parsed.ok);
  return parsed.value;
}

const docs = [
  parse(JSON.parse(readFileSync('data/governance.json', 'utf8'))),
  parse(JSON.parse(readFileSync('data/partnership-council.json', 'utf8'))),
  parse(generateOrganization({ bodies: 120, seed: 7 })),
];

/** Every label a box draws: names, aliases, roles as drawn, notes. */
function labelsOf(doc: OrganizationDocument, locale: Locale): string[] {
  const ui = ORG_UI[locale];
  const out = new Set<string>();
  for (const body of doc.bodies) {
    out.add(body.name);
    if (body.aliases.length) out.add(`（${joinOrgWords(body.aliases, ui)}）`);
    for (const role of body.roles) out.add(formatOrgRole(role, ui));
    for (const note of body.notes) out.add(note);
  }
  return [...out];
}

/** Measures with widths that differ per character (not the approx measure's few classes), as a font's do. */
function unevenMeasure(): MeasureText {
  return (text) => {
    let w = 0;
    for (const ch of text) w += 6 + ((ch.codePointAt(0)! * 7919) % 97) / 12;
    return w;
  };
}

const measures: [string, () => MeasureText, string][] = [
  // The hashes of every wrap below as the code before the widths were kept gave them (at
  // 99e6f80). A change of the line-breaking rules changes them too: then look at the lines that
  // changed (the golden SVGs, org-box-lines) and write the new hashes here.
  ['approx 14 px', () => createApproxMeasure(14), '18f29008b0089d52ed05ce22544c72e9'],
  ['uneven', unevenMeasure, '21b0de57d035776e27a146046e56b312'],
];
const WIDTHS = [48, 75, 131, 160, 250];

describe('widths kept per label while it is wrapped', () => {
  for (const [name, make, expected] of measures) {
    it(`wraps every seed and generated label as the code before did, at 5 widths and 3 line limits (${name})`, () => {
      // One measure for all: its widths are kept across labels, widths and line limits.
      const measure = make();
      const hash = createHash('sha256');
      let wraps = 0;
      for (const doc of docs) {
        for (const locale of ['ja', 'en'] as const) {
          for (const text of labelsOf(doc, locale)) {
            for (const maxWidth of WIDTHS) {
              for (const maxLines of [1, 3, Infinity]) {
                const { lines, truncated } = wrapOrgLabel({ text, maxWidth, measure, maxLines, locale });
                hash.update(`${truncated}|${lines.join('\n')}\n\n`);
                wraps++;
              }
            }
          }
        }
      }
      assert.ok(wraps > 6_000, `${wraps} wraps`);
      assert.equal(hash.digest('hex').slice(0, 32), expected);
    });
  }

  it('wraps as text.ts always did whatever was measured before with the same measure', () => {
    // A label wrapped at one width after others, and alone with a measure of its own, gives the same lines.
    const shared = createApproxMeasure(14);
    for (const text of labelsOf(docs[0]!, 'ja')) {
      for (const maxWidth of [160, 75, 131, 48]) {
        const own = createApproxMeasure(14);
        assert.deepEqual(wrapText({ text, maxWidth, measure: shared, maxLines: 3 }), wrapText({ text, maxWidth, measure: own, maxLines: 3 }));
        assert.deepEqual(wrapOrgLabel({ text, maxWidth, measure: shared }), wrapOrgLabel({ text, maxWidth, measure: own }));
      }
    }
  });

  it('measures a slice of a label once, however many widths the label is wrapped at', () => {
    const approx = createApproxMeasure(14);
    const asked: string[] = [];
    const measure: MeasureText = (t) => (asked.push(t), approx(t));
    const text = '健康・医療戦略推進本部ゲノム医療実現推進協議会ワーキンググループ（第2期）';
    for (const maxWidth of [90, 120, 150, 180]) wrapOrgLabel({ text, maxWidth, measure, locale: 'ja' });
    // Before, 2,096 strings were measured for 318 distinct ones (「健康・」 18 times); now each once,
    // but for a wrap's lines measured again as lines (the balanced width, a line's right end).
    const distinct = new Set(asked).size;
    assert.ok(asked.length <= 1.2 * distinct, `${asked.length} strings measured for ${distinct} distinct ones`);
    assert.ok(distinct > 20);
  });

  it('measures a generated box about an eighth as often as when every wrap measured afresh', () => {
    // Before the widths were kept, a box of the generated organisation measured 526 strings at
    // these widths (the binary search and evenLines measuring the same slices again); now 62.
    const doc = parse(generateOrganization({ bodies: 200, seed: 3 }));
    const approx = createApproxMeasure(14);
    let calls = 0;
    const measure: MeasureText = (t) => (calls++, approx(t));
    let boxes = 0;
    for (const body of doc.bodies) {
      for (const boxWidth of [112, 147, 168, 210]) {
        measureOrgBox({ body, measure, boxWidth, locale: 'ja', toggle: 'bottom' });
        boxes++;
      }
    }
    assert.ok(calls / boxes < 80, `${(calls / boxes).toFixed(1)} measure calls per box`);
  });
});
