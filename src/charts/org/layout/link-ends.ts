/**
 * Where a typed link's ends are drawn: an end hidden in a collapsed subtree is drawn at its
 * nearest drawn ancestor. Every layout (each expand or collapse) asks this for both ends of
 * every link of the document, so it is answered from an index of the document's links by
 * their ends' places in the tree, not by walking each end's ancestry.
 *
 * Pure; the per-document part (pre-order places and subtree extents) is built once per document.
 */
import { LINK_TYPES, type LinkType, type OrganizationDocument } from '../../../data/types.js';
import { indexOrganization } from '../tree-index.js';

/** A document's tree as pre-order places: a subtree is the range [place, subtreeEnd[place]). */
interface OrgPlaces {
  /** Pre-order place of each link's source and target (-1: not a body of the tree). */
  from: Int32Array;
  to: Int32Array;
  /** One past the last place of the subtree at each place. */
  subtreeEnd: Int32Array;
}

const placesCache = new WeakMap<OrganizationDocument, OrgPlaces>();

function placesOf(doc: OrganizationDocument): OrgPlaces {
  const hit = placesCache.get(doc);
  if (hit) return hit;
  const index = indexOrganization(doc);
  const n = index.order.length;
  const depth = new Int32Array(n);
  index.order.forEach((body, i) => (depth[i] = index.depth.get(body.id) ?? 0));
  // A subtree ends at the next body in pre-order that is no deeper than its top.
  const subtreeEnd = new Int32Array(n);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length && depth[open[open.length - 1]!]! >= depth[i]!) subtreeEnd[open.pop()!] = i;
    open.push(i);
  }
  for (const i of open) subtreeEnd[i] = n;
  const placeOf = (id: string) => index.orderIndex.get(id) ?? -1;
  const places: OrgPlaces = {
    from: Int32Array.from(doc.links, (l) => placeOf(l.from)),
    to: Int32Array.from(doc.links, (l) => placeOf(l.to)),
    subtreeEnd,
  };
  placesCache.set(doc, places);
  return places;
}

/** The drawn ends of a document's links, by pre-order place (see {@link findDrawnLinkEnds}). */
export interface OrgDrawnLinkEnds {
  /** Place of the drawn body at or above the source of `doc.links[i]`; -1 when it has none. */
  from(i: number): number;
  /** The same for the target. */
  to(i: number): number;
  /** The id of the body at a place. */
  id(place: number): string;
  /** One number per (drawn source, drawn target, link type): the key of the line such links share. */
  pairKey(from: number, to: number, type: LinkType): number;
}

const TYPE_INDEX = new Map<LinkType, number>(LINK_TYPES.map((t, i) => [t, i]));

/**
 * Where each link of `doc` is drawn: both ends moved to their nearest drawn ancestors.
 * `visible` is what `collectVisible` draws: the roots and every child of a drawn, expanded body.
 * The cost per link is two binary searches among the drawn collapsed bodies, with no string
 * built or looked up.
 */
export function findDrawnLinkEnds(doc: OrganizationDocument, visible: ReadonlySet<string>): OrgDrawnLinkEnds {
  const index = indexOrganization(doc);
  const places = placesOf(doc);
  const order = index.order;
  // The drawn bodies none of whose children are drawn (collapsed ones), by place: their
  // subtrees do not overlap, and a hidden body is drawn at the one whose subtree holds it.
  const starts: number[] = [];
  for (const id of visible) {
    const kids = index.children.get(id);
    const place = index.orderIndex.get(id);
    if (!kids || place === undefined || kids.some((k) => visible.has(k.id))) continue;
    starts.push(place);
  }
  starts.sort((a, b) => a - b);
  const endAt = (place: number): number => {
    if (place < 0) return -1;
    // The last start at or before `place`.
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= place) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found >= 0 && place < places.subtreeEnd[starts[found]!]!) return starts[found]!;
    const id = order[place]!.id;
    if (visible.has(id)) return place;
    // Not under a drawn collapsed body and not drawn itself: a set `collectVisible` does not
    // make. The nearest drawn ancestor, the long way.
    for (let at = index.byId.get(id)?.parent; at !== undefined; at = index.byId.get(at)?.parent) if (visible.has(at)) return index.orderIndex.get(at) ?? -1;
    return -1;
  };
  const n = order.length;
  return {
    from: (i) => endAt(places.from[i]!),
    to: (i) => endAt(places.to[i]!),
    id: (place) => order[place]!.id,
    pairKey: (from, to, type) => (from * n + to) * LINK_TYPES.length + (TYPE_INDEX.get(type) ?? 0),
  };
}
