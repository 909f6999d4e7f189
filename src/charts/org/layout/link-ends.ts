/**
 * Where a typed link's ends are drawn: an end hidden in a collapsed subtree is drawn at its
 * nearest drawn ancestor. Every layout (each expand or collapse) asks this for both ends of
 * every link of the document, so it is answered from an index of the document's links by
 * their ends' places in the tree, not by walking each end's ancestry.
 *
 * Pure; the per-document part (pre-order places and subtree extents) is built once per document.
 */
import { LINK_TYPES, type LinkType, type OrganizationDocument } from '../../../data/types.js';
import { indexOrganization, type OrgIndex } from '../tree-index.js';

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

const TYPE_INDEX = new Map<LinkType, number>(LINK_TYPES.map((t, i) => [t, i]));

/** The key of the line links of `type` between drawn places `from` and `to` share, in a tree of `n` bodies: one number per (drawn source, drawn target, link type). */
export function orgLinkPairKey(n: number, from: number, to: number, type: LinkType): number {
  return (from * n + to) * LINK_TYPES.length + (TYPE_INDEX.get(type) ?? 0);
}

/** The pre-order places of each link's own source and target in `doc` (-1: not a body of the tree); shared, never change them. */
export function orgLinkPlaces(doc: OrganizationDocument): { readonly from: Int32Array; readonly to: Int32Array } {
  return placesOf(doc);
}

/**
 * Where each link of `doc` is drawn: the place of the drawn body at or above each link's source
 * (`from[i]`) and target (`to[i]`), -1 where there is none. `visible` is what `collectVisible`
 * draws: the roots and every child of a drawn, expanded body. The cost per link is two binary
 * searches among the drawn collapsed bodies, with no string built or looked up.
 *
 * Every layout asks this of every link: a loop of module functions over typed arrays, with no
 * closure and no object of its own shape made per layout. V8 throws away at each full garbage collection the optimised
 * code of closures that died (each layout made new ones) and code that relied on the shape of
 * objects that died (`--trace-deopt-verbose`: "weak objects"), so the next layout ran those
 * unoptimised again; a body opened after a collection (the bench collects before each toggle, a
 * page whenever its heap asks) spent 0.5–1 ms of its layout here at 10,000 bodies (501 links).
 */
export function findDrawnLinkPlaces(doc: OrganizationDocument, visible: ReadonlySet<string>): { from: Int32Array; to: Int32Array } {
  const index = indexOrganization(doc);
  const places = placesOf(doc);
  const starts = drawnCollapsedPlaces(index, visible);
  const count = places.from.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    from[i] = drawnPlace(index, places.subtreeEnd, starts, visible, places.from[i]!);
    to[i] = drawnPlace(index, places.subtreeEnd, starts, visible, places.to[i]!);
  }
  return { from, to };
}

/**
 * The drawn bodies none of whose children are drawn (collapsed ones), by place, ascending: their
 * subtrees do not overlap, and a hidden body is drawn at the one whose subtree holds it. (A drawn
 * body has a drawn child when it is some drawn body's parent: asked of the drawn bodies, not of
 * every child of each collapsed one, hundreds of bodies the layout otherwise never reads.)
 */
function drawnCollapsedPlaces(index: OrgIndex, visible: ReadonlySet<string>): Int32Array {
  const parents = new Set<string>();
  for (const id of visible) {
    const parent = index.byId.get(id)?.parent;
    if (parent !== undefined) parents.add(parent);
  }
  const starts: number[] = [];
  for (const id of visible) {
    const place = index.orderIndex.get(id);
    if (place === undefined || !index.children.has(id) || parents.has(id)) continue;
    starts.push(place);
  }
  return Int32Array.from(starts).sort();
}

/** The place of the drawn body at or above the body at `place` (-1: none); `starts` from {@link drawnCollapsedPlaces}. */
function drawnPlace(index: OrgIndex, subtreeEnd: Int32Array, starts: Int32Array, visible: ReadonlySet<string>, place: number): number {
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
  if (found >= 0 && place < subtreeEnd[starts[found]!]!) return starts[found]!;
  const id = index.order[place]!.id;
  if (visible.has(id)) return place;
  // Not under a drawn collapsed body and not drawn itself: a set `collectVisible` does not
  // make. The nearest drawn ancestor, the long way.
  for (let at = index.byId.get(id)?.parent; at !== undefined; at = index.byId.get(at)?.parent) if (visible.has(at)) return index.orderIndex.get(at) ?? -1;
  return -1;
}
