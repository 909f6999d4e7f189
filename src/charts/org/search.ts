/**
 * The org chart's search (the `search` property and the search box): which bodies match a query
 * and which ancestors open so that each match shows. Pure, tested in Node. Loaded on first use
 * with the chart's other lazy parts (lazy.ts): a chart without a query never needs it, and an
 * update with one waits for it.
 */
import type { OrganizationDocument } from '../../data/types.js';
import { indexOrganization, listAncestors } from './tree-index.js';

/** Folds full-width letters and digits (ＡＭＥＤ, ＩＣＴ) and case, so a search finds either spelling. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('ja').replace(/\s+/g, ' ').trim();
}

/**
 * The ids of the bodies whose name, aliases, role titles, role holders or notes contain
 * `query` (full-width and half-width letters match each other), in drawing order.
 */
export function findOrgMatches(options: { doc: OrganizationDocument; query: string }): string[] {
  const q = normalizeSearchText(options.query);
  if (!q) return [];
  const out: string[] = [];
  for (const [id, text] of indexSearchText(options.doc)) if (text.includes(q)) out.push(id);
  return out;
}

const searchCache = new WeakMap<OrganizationDocument, Array<[string, string]>>();

/**
 * Each body's searchable texts, normalised once per document and joined with a separator no
 * query can contain (normalisation turns runs of white space into one space), so that each
 * search is one `includes` per body.
 */
function indexSearchText(doc: OrganizationDocument): Array<[string, string]> {
  const hit = searchCache.get(doc);
  if (hit) return hit;
  const out: Array<[string, string]> = [];
  for (const body of indexOrganization(doc).order) {
    const texts = [body.name, ...body.aliases, ...body.notes];
    for (const role of body.roles) texts.push(role.title, ...role.holders);
    out.push([body.id, texts.map(normalizeSearchText).join('\n')]);
  }
  searchCache.set(doc, out);
  return out;
}

/** The bodies matching `query`, and the ancestors to expand so that each match shows. */
export function searchBodies(options: { doc: OrganizationDocument; query: string }): { matches: Set<string>; reveal: string[] } {
  const { doc } = options;
  const matches = new Set(findOrgMatches(options));
  const reveal = new Set<string>();
  for (const id of matches) for (const a of listAncestors({ doc, id })) reveal.add(a);
  return { matches, reveal: [...reveal] };
}
