// The drawn ends of the typed links, found through the index of links by their ends' places in
// the tree (layout/link-ends.ts), are the nearest drawn ancestors a walk up each end's ancestry
// finds, for any set of collapsed bodies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { groupOrgLinks } from '../../src/charts/org/layout/folded.js';
import { findDrawnLinkPlaces } from '../../src/charts/org/layout/link-ends.js';
import { ORG_MAX_FOLDED_LINES } from '../../src/charts/org/layout/types.js';
import { collectVisible } from '../../src/charts/org/layout/visible.js';
import { collapseBelowDepth, indexOrganization } from '../../src/charts/org/tree-index.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { createRandom } from '../fixtures/random.js';

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The nearest drawn body at or above `id`, by walking up from it. */
function walkUp(doc: OrganizationDocument, visible: ReadonlySet<string>, id: string): string | undefined {
  const index = indexOrganization(doc);
  for (let at: string | undefined = id; at !== undefined && index.byId.has(at); at = index.byId.get(at)!.parent) if (visible.has(at)) return at;
  return undefined;
}

function assertSameEnds(doc: OrganizationDocument, collapsed: ReadonlySet<string>): number {
  const visible = collectVisible({ doc, collapsed }).ids;
  const ends = findDrawnLinkPlaces(doc, visible);
  const order = indexOrganization(doc).order;
  let moved = 0;
  doc.links.forEach((link, i) => {
    const at = (place: number) => (place < 0 ? undefined : order[place]!.id);
    const from = at(ends.from[i]!);
    const to = at(ends.to[i]!);
    assert.equal(from, walkUp(doc, visible, link.from), `links[${i}].from ${link.from}`);
    assert.equal(to, walkUp(doc, visible, link.to), `links[${i}].to ${link.to}`);
    if (from !== link.from || to !== link.to) moved++;
  });
  return moved;
}

/**
 * The links' lines, folded links, badges and hidden links as folded.ts defines them, from the
 * ends found by walking up: what groupOrgLinks must give (it finds the ends by places in the tree).
 */
function groupByWalkingUp(doc: OrganizationDocument, visible: ReadonlySet<string>) {
  const hidden: string[] = [];
  const folded = new Map<string, string[]>();
  const groups = new Map<string, { from: string; to: string; links: string[]; index: number; collapsedFrom: boolean; collapsedTo: boolean }>();
  doc.links.forEach((link, i) => {
    const from = walkUp(doc, visible, link.from);
    const to = walkUp(doc, visible, link.to);
    const name = `${link.from}>${link.to}:${link.type}`;
    if (from === undefined || to === undefined || from === to) {
      if (link.from !== link.to) hidden.push(name);
      return;
    }
    const collapsedFrom = from !== link.from;
    const collapsedTo = to !== link.to;
    for (const [end, moved] of [[from, collapsedFrom], [to, collapsedTo]] as const) if (moved) folded.set(end, [...(folded.get(end) ?? []), name]);
    const key = collapsedFrom || collapsedTo ? `${from}|${to}|${link.type}` : `#${i}`;
    const group = groups.get(key);
    if (group) {
      group.links.push(name);
      group.collapsedFrom ||= collapsedFrom;
      group.collapsedTo ||= collapsedTo;
    } else groups.set(key, { from, to, links: [name], index: i, collapsedFrom, collapsedTo });
  });
  const lines = new Map<string, number>();
  for (const g of groups.values()) for (const [end, moved] of [[g.from, g.collapsedFrom], [g.to, g.collapsedTo]] as const) if (moved) lines.set(end, (lines.get(end) ?? 0) + 1);
  const badges = new Map<string, number>();
  const drawn = [];
  for (const g of groups.values()) {
    if (!((g.collapsedFrom && lines.get(g.from)! > ORG_MAX_FOLDED_LINES) || (g.collapsedTo && lines.get(g.to)! > ORG_MAX_FOLDED_LINES))) drawn.push(g);
    else for (const [end, moved] of [[g.from, g.collapsedFrom], [g.to, g.collapsedTo]] as const) if (moved) badges.set(end, (badges.get(end) ?? 0) + g.links.length);
  }
  return { drawn, folded, badges, hidden };
}

function assertSameGroups(doc: OrganizationDocument, collapsed: ReadonlySet<string>): void {
  const visible = collectVisible({ doc, collapsed }).ids;
  const got = groupOrgLinks(doc, visible);
  const name = (l: { from: string; to: string; type: string }) => `${l.from}>${l.to}:${l.type}`;
  assert.deepEqual(
    {
      drawn: got.drawn.map((g) => ({ ...g, links: g.links.map(name) })),
      folded: new Map([...got.folded].map(([id, links]) => [id, links.map(name)])),
      badges: got.badges,
      hidden: got.hiddenLinks.map(name),
    },
    groupByWalkingUp(doc, visible),
  );
}

describe('drawn link ends', () => {
  it('equal the nearest drawn ancestors for collapsed depths and random collapsed sets of a generated organisation', () => {
    const doc = parse(generateOrganization({ bodies: 1500, seed: 3 }));
    assert.ok(doc.links.length > 50);
    let moved = 0;
    for (const depth of [0, 1, 2, 3, 10]) moved += assertSameEnds(doc, collapseBelowDepth({ doc, depth }));
    const random = createRandom(9);
    const withChildren = [...indexOrganization(doc).children.keys()];
    for (let k = 0; k < 20; k++) {
      const collapsed = new Set(withChildren.filter(() => random() < 0.15));
      moved += assertSameEnds(doc, collapsed);
    }
    // The cases above did move ends into collapsed bodies (the test is not vacuous).
    assert.ok(moved > 100, `${moved} links had an end moved`);
  });

  it('give the lines, folded links, badges and hidden links that walking up each end gives', () => {
    const doc = parse(generateOrganization({ bodies: 1500, seed: 3 }));
    for (const depth of [0, 1, 2, 3, 10]) assertSameGroups(doc, collapseBelowDepth({ doc, depth }));
    const random = createRandom(11);
    const withChildren = [...indexOrganization(doc).children.keys()];
    for (let k = 0; k < 20; k++) assertSameGroups(doc, new Set(withChildren.filter(() => random() < 0.15)));
    for (const file of ['data/governance.json', 'data/partnership-council.json']) {
      const seed = parse(JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')));
      assertSameGroups(seed, new Set());
      for (const id of indexOrganization(seed).children.keys()) assertSameGroups(seed, new Set([id]));
    }
  });

  it('equal the nearest drawn ancestors in the seed organisations, every body collapsed in turn', () => {
    for (const file of ['data/governance.json', 'data/partnership-council.json']) {
      const doc = parse(JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')));
      assertSameEnds(doc, new Set());
      for (const id of indexOrganization(doc).children.keys()) assertSameEnds(doc, new Set([id]));
    }
  });
});
