// Issue 8: the one-column `narrow` arrangement (a phone, 360 px) indents each level 12 px, not the
// spread arrangements' 20, so that deep boxes keep room for a katakana word on one line
// (「パートナーシップ」 in the 16 px bold name font), and the generated 200-body chart fits the
// screen. Measured with the bundled Noto Sans JP's advances, as the page and the CLI draw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { layoutOrgChart, type OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { chooseCollapsedDepth, collapseBelowDepth } from '../../src/charts/org/tree-index.js';
import { countOrgGutterTracks } from '../../src/charts/org/layout/arrange.js';
import { ORG_NARROW_TRACKS } from '../../src/charts/org/layout/box.js';

const metrics = bundledFontMetrics();
assert.ok(metrics, 'the development copy of Noto Sans JP is installed');
const measure = createFontMeasure(metrics, 14);
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const KATAKANA = /^[\u30A1-\u30FA\u30FC-\u30FF]$/u;
/**
 * Compounds of two words that each read alone (working group, task force): the segmenter keeps
 * them whole, a line may end between them. Not パートナー / シップ: one word (partnership).
 */
const TWO_WORDS = [['ワーキング', 'グループ'], ['タスク', 'フォース'], ['サブ', 'ワーキング'], ['サブ', 'タスク'], ['デジタル', 'ヘルス']] as const;

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/**
 * Boxes whose name has a line ending inside a katakana word (between two katakana of one
 * segmenter word, other than between the words of {@link TWO_WORDS}), as `id: line|line`.
 */
function katakanaSplits(layout: OrgChartLayout): string[] {
  const out: string[] = [];
  for (const n of layout.nodes) {
    const lines = n.lines.filter((l) => l.kind === 'name').map((l) => l.text);
    const name = lines.join('');
    const starts = new Set(Array.from(segmenter.segment(name), (s) => s.index));
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      const between = TWO_WORDS.some(([a, b]) => name.slice(0, at).endsWith(a) && name.startsWith(b, at));
      if (KATAKANA.test(name[at - 1]!) && KATAKANA.test(name[at]!) && !starts.has(at) && !between) out.push(`${n.id}: ${lines.join('|')}`);
    }
  }
  return out;
}

describe('the narrow column at 360 px (issue 8)', () => {
  it('governance: no box name breaks inside a katakana word (国際医薬パートナーシップ / ワーキンググループ)', () => {
    const doc = parse(JSON.parse(readFileSync(new URL('../../data/governance.json', import.meta.url), 'utf8')));
    const layout = layoutOrgChart({ doc, width: 360, measure });
    assert.equal(layout.arrangement, 'narrow');
    assert.deepEqual(katakanaSplits(layout), []);
    const pharma = layout.byId.get('pharma-wg')!;
    assert.deepEqual(pharma.lines.filter((l) => l.kind === 'name').map((l) => l.text), ['国際医薬パートナーシップ', 'ワーキンググループ']);
    assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
  });

  it('generated 200 bodies as the element first draws them: no box name breaks inside a katakana word (国際医薬 / パートナーシップ検討…)', () => {
    const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const collapsed = collapseBelowDepth({ doc, depth: chooseCollapsedDepth({ doc }) });
    const layout = layoutOrgChart({ doc, width: 360, measure, collapsed });
    assert.equal(layout.arrangement, 'narrow');
    assert.deepEqual(katakanaSplits(layout), []);
    const names = (id: string) => layout.byId.get(id)!.lines.filter((l) => l.kind === 'name').map((l) => l.text);
    assert.ok(names('b46').some((l) => l.includes('パートナーシップ')), names('b46').join(' / '));
    assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
  });

  it('keeps room for as many gutter tracks as the lines take, so the drawing stays within 360 px', () => {
    const gen = parse(generateOrganization({ bodies: 200, seed: 1 }));
    const gov = parse(JSON.parse(readFileSync(new URL('../../data/governance.json', import.meta.url), 'utf8')));
    for (const [doc, collapsed] of [[gen, new Set<string>()], [gen, collapseBelowDepth({ doc: gen, depth: 3 })], [gov, new Set<string>()]] as const) {
      const layout = layoutOrgChart({ doc, width: 360, measure, collapsed });
      const right = Math.max(...layout.nodes.map((n) => n.x + n.width), ...layout.lanes.map((l) => l.x + l.width));
      const tracks = new Set(layout.links.filter((l) => !l.stubs).flatMap((l) => l.points.filter((p) => p[0] > right).map((p) => p[0])));
      const counted = countOrgGutterTracks({ doc }).tracks;
      assert.ok(tracks.size <= counted && counted <= ORG_NARROW_TRACKS, `${tracks.size} tracks drawn, room for ${counted}`);
      assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
    }
  });

  it('the generated 200-body chart, all open, is drawn no wider than the 360 px screen, its deepest boxes (5 levels in) holding パートナーシップ whole', () => {
    const layout = layoutOrgChart({ doc: parse(generateOrganization({ bodies: 200, seed: 1 })), width: 360, measure });
    assert.equal(layout.arrangement, 'narrow');
    assert.ok(layout.bounds.width <= 360, `${layout.bounds.width} px wide`);
    assert.ok(layout.nodes.some((n) => n.depth === 5));
    assert.deepEqual(katakanaSplits(layout), []);
  });
});
