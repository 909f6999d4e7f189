// Issue 8: a role too long for the lines an arrangement allows takes a few more lines, broken
// between words, rather than breaking inside words (健康・医療戦 / 略担当) to keep the limit; a kind
// label too wide for a narrow box is drawn as its short word (「WG」), named in full elsewhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseOrganization } from '../../src/data/organization.js';
import { describeOrgBody } from '../../src/charts/org/describe.js';
import { layoutOrgChart } from '../../src/charts/org/layout/index.js';
import { measureOrgBox } from '../../src/charts/org/layout/box.js';
import { renderOrgTooltip } from '../../src/charts/org/tooltip.js';
import { ORG_UI } from '../../src/charts/org/words.js';
import { collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import type { Viewport } from '../../src/kit/viewport.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { parseOrg } from './org-boxes.js';
import '../../src/words-en.js';

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

describe('kind badges that do not fit a narrow box (issue 8)', () => {
  const measure = createApproxMeasure(14);
  const wg = doc.bodies.find((b) => b.kind === 'working-group')!;

  it('a working group in a box narrower than 「ワーキンググループ」 shows 「WG」 (en "WG"), inside the box; in a wide box the whole label', () => {
    for (const [locale, label] of [['ja', 'ワーキンググループ'], ['en', 'Working group']] as const) {
      const narrow = measureOrgBox({ body: wg, maxWidth: 100, measure, measureSize: 14, locale });
      assert.equal(narrow.badge.text, 'WG', locale);
      assert.equal(narrow.badge.full, label, locale);
      assert.ok(narrow.badge.width <= narrow.width - 16, `${locale}: badge ${narrow.badge.width} px in a ${narrow.width} px box`);
      const wide = measureOrgBox({ body: wg, maxWidth: 300, measure, measureSize: 14, locale });
      assert.equal(wide.badge.text, label, locale);
      assert.equal(wide.badge.full, undefined);
    }
  });

  it('the generated 200-body chart at 240 px (a sidebar; from 280 px the boxes of the one column are wide enough for the whole word): every kind badge inside its box, the short ones named in full by the accessible name and the tooltip', () => {
    const gen = parseOrg(generateOrganization({ bodies: 200, seed: 1 }));
    const layout = layoutOrgChart({ doc: gen, width: 240, measure, collapsed: collapseBelowDepth({ doc: gen, depth: 1000 }) });
    const M = layout.metrics;
    for (const n of layout.nodes) assert.ok(n.badge.width <= n.width - 2 * M.padding, `${n.id}: 「${n.badge.text}」 ${n.badge.width} px in a ${n.width} px box`);
    const short = layout.nodes.filter((n) => n.badge.full);
    assert.ok(short.some((n) => n.badge.text === 'WG') && short.some((n) => n.badge.text === 'TF'), short.map((n) => n.badge.text).join(' '));
    const view: Viewport = { k: 1, tx: 0, ty: 0, width: 240, height: 600 };
    for (const n of short.slice(0, 5)) {
      const full = n.body.kind === 'taskforce' ? 'タスクフォース' : 'ワーキンググループ';
      assert.ok(describeOrgBody({ doc: gen, body: n.body, locale: 'ja' }).startsWith(`${n.body.name}、${full}`));
      const tip = collectResultSync(render(renderOrgTooltip({ node: n, view, ui: ORG_UI.ja })));
      assert.ok(tip.includes(full), `${n.id}: tooltip ${tip}`);
    }
  });
});
