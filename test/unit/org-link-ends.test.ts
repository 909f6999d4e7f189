// The drawn ends of the typed links, found through the index of links by their ends' places in
// the tree (layout/link-ends.ts), are the nearest drawn ancestors a walk up each end's ancestry
// finds, for any set of collapsed bodies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { findDrawnLinkEnds } from '../../src/charts/org/layout/link-ends.js';
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
  const ends = findDrawnLinkEnds(doc, visible);
  let moved = 0;
  doc.links.forEach((link, i) => {
    const at = (place: number) => (place < 0 ? undefined : ends.id(place));
    const from = at(ends.from(i));
    const to = at(ends.to(i));
    assert.equal(from, walkUp(doc, visible, link.from), `links[${i}].from ${link.from}`);
    assert.equal(to, walkUp(doc, visible, link.to), `links[${i}].to ${link.to}`);
    if (from !== link.from || to !== link.to) moved++;
  });
  return moved;
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

  it('equal the nearest drawn ancestors in the seed organisations, every body collapsed in turn', () => {
    for (const file of ['data/governance.json', 'data/partnership-council.json']) {
      const doc = parse(JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')));
      assertSameEnds(doc, new Set());
      for (const id of indexOrganization(doc).children.keys()) assertSameEnds(doc, new Set([id]));
    }
  });
});
