/**
 * Phase 2 of the org chart layout: which bodies are drawn (the roots and everything under an
 * expanded body, in pre-order: the keyboard order of the tree), and where parentless
 * "satellites" go (a ministry with 所管 over AMED is drawn under AMED, not far off in the top row).
 */
import type { Body, OrganizationDocument } from '../../../data/types.js';
import { indexOrganization } from '../tree-index.js';

/** The drawn bodies. */
export interface OrgVisible {
  /** Pre-order. */
  order: Body[];
  ids: Set<string>;
  /** Satellite id → the id of the body it is drawn under. */
  satelliteHost: Map<string, string>;
  /** Host id → its satellites, in document order. */
  satellitesOf: Map<string, Body[]>;
}

/**
 * Walks from the roots into expanded bodies only: the cost follows what is shown, not the
 * document.
 */
export function collectVisible(options: { doc: OrganizationDocument; collapsed: ReadonlySet<string> }): OrgVisible {
  const { doc, collapsed } = options;
  const index = indexOrganization(doc);
  const order: Body[] = [];
  const ids = new Set<string>();
  const stack: Body[] = [...index.roots].reverse();
  while (stack.length) {
    const body = stack.pop()!;
    ids.add(body.id);
    order.push(body);
    const kids = collapsed.has(body.id) ? undefined : index.children.get(body.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const satelliteHost = placeSatellites(doc, ids);
  const satellitesOf = new Map<string, Body[]>();
  for (const [id, hostId] of satelliteHost) {
    let list = satellitesOf.get(hostId);
    if (!list) satellitesOf.set(hostId, (list = []));
    list.push(index.byId.get(id)!);
  }
  return { order, ids, satelliteHost, satellitesOf };
}

const satelliteCache = new WeakMap<OrganizationDocument, Set<string>>();

/**
 * Roots without children tied to the rest only by links other than 連携 (ministries with 所管
 * over AMED, offices acting as 共同事務局): candidates for a place under the body they serve.
 * They depend on the document only, so they are found once per document.
 */
function findSatelliteCandidates(doc: OrganizationDocument): Set<string> {
  const hit = satelliteCache.get(doc);
  if (hit) return hit;
  const index = indexOrganization(doc);
  const candidates = new Set<string>();
  for (const root of index.roots) {
    const links = (index.links.get(root.id) ?? []).filter((l) => l.from !== l.to);
    if (!index.children.has(root.id) && links.length && !links.some((l) => l.type === 'cooperation')) candidates.add(root.id);
  }
  satelliteCache.set(doc, candidates);
  return candidates;
}

/**
 * Satellite id → host id. A satellite goes only under a host in its own lane (both in none, most
 * often): under a body of another lane it would be drawn inside that lane's band. The ARIA tree
 * still shows satellites as roots.
 */
export function placeSatellites(doc: OrganizationDocument, visible: ReadonlySet<string>): Map<string, string> {
  const index = indexOrganization(doc);
  const candidates = findSatelliteCandidates(doc);
  const host = new Map<string, string>();
  for (const id of candidates) {
    const lane = index.byId.get(id)!.lane;
    const chosen = (index.links.get(id) ?? [])
      .filter((link) => link.from !== link.to)
      .map((link) => (link.from === id ? link.to : link.from))
      .find((other) => visible.has(other) && !candidates.has(other) && index.byId.get(other)?.lane === lane && index.byId.get(other)?.parent === undefined);
    if (chosen !== undefined) host.set(id, chosen);
  }
  return host;
}
