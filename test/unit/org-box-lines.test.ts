// Issue 8: a role too long for the lines an arrangement allows takes a few more lines, broken
// between words, rather than breaking inside words (健康・医療戦 / 略担当) to keep the limit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import { measureOrgBox } from '../../src/charts/org/layout/box.js';
import { createApproxMeasure } from '../../src/kit/text.js';

const parsed = parseOrganization(JSON.parse(readFileSync(new URL('../../data/governance.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const doc = parsed.value;
const council = doc.bodies.find((b) => b.id === 'council')!;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Offsets where segmenter words of `text` start. */
function wordStarts(text: string): Set<number> {
  return new Set(Array.from(segmenter.segment(text), (s) => s.index));
}

describe('org box lines (issue 8)', () => {
  it('gives 副議長 of the 推進会議 whole words on more lines than 5 in a 168 px box, with no …', () => {
    const content = measureOrgBox({ body: council, maxWidth: 168, minWidth: 112, maxLines: 5, measure: createApproxMeasure(14), measureSize: 14 });
    assert.equal(content.truncated, false);
    const role = council.roles.find((r) => r.title === '副議長')!;
    const text = `${role.title}：${role.holders.join('、')}`;
    // The role's lines are consecutive role lines whose text joins to the role.
    const roleLines = content.lines.filter((l) => l.kind === 'role').map((l) => l.text);
    const start = roleLines.findIndex((l) => l.startsWith('副議長'));
    const mine: string[] = [];
    for (let i = start; i < roleLines.length && mine.join('') !== text; i++) mine.push(roleLines[i]!);
    assert.equal(mine.join(''), text);
    assert.ok(mine.length > 5, mine.join(' / '));
    const starts = wordStarts(text);
    let at = 0;
    for (const line of mine.slice(0, -1)) {
      at += line.length;
      assert.ok(starts.has(at), `breaks inside a word after 「${line}」: ${mine.join(' / ')}`);
    }
  });

  it('keeps the line limit for a label that fits in it', () => {
    const content = measureOrgBox({ body: council, maxWidth: 400, minWidth: 112, maxLines: 5, measure: createApproxMeasure(14), measureSize: 14 });
    assert.equal(content.truncated, false);
    assert.ok(content.lines.filter((l) => l.kind === 'role').length <= 8);
  });
});
