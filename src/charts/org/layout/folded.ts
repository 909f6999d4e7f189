/**
 * Phase 7a of the org chart layout: which typed links are drawn as lines, and which the count
 * badge of a collapsed box stands for. An end hidden in a collapsed subtree moves to its nearest
 * visible ancestor; links of one type into the same collapsed pair share a line; a collapsed box
 * with more than {@link ORG_MAX_FOLDED_LINES} such lines draws none of them and shows a badge
 * counting the links instead (and so does the box at the other end of each of those lines).
 *
 * The badge stands inside the box, on the kind badge's line at the right (where no text and no
 * connector is, whatever the arrangement). Known from the visible bodies alone, before any box
 * is placed: the arrangement makes a box that carries a badge wide enough to hold both badges
 * (arrange.ts), and the routing draws the rest (links.ts). Pure.
 */
import type { Locale, OrganizationDocument, OrgLink } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { ORG_UI } from '../words.js';
import { indexOrganization } from '../tree-index.js';
import { findDrawnLinkPlaces, orgLinkPairKey, orgLinkPlaces } from './link-ends.js';
import { ORG_MAX_FOLDED_LINES } from './types.js';

/** Links drawn as one line: a single link, or links of one type into the same collapsed pair. */
export interface OrgLinkGroup {
  from: string;
  to: string;
  links: OrgLink[];
  /** Index of the first link in the document. */
  index: number;
  collapsedFrom: boolean;
  collapsedTo: boolean;
}

/** What {@link groupOrgLinks} finds. */
export interface OrgLinkGroups {
  /** The lines to draw, in document order of their first link. */
  drawn: OrgLinkGroup[];
  /** Per collapsed box, the links into its subtree, drawn or not, in document order. */
  folded: Map<string, OrgLink[]>;
  /** Per collapsed box with a badge, how many links it counts (those not drawn as lines). */
  badges: Map<string, number>;
  /** Links not drawn: both ends hidden in (or the top of) one collapsed subtree. */
  hiddenLinks: OrgLink[];
}

/** The last grouping per set of visible bodies: a layout asks twice (arrange.ts, then links.ts), for the same set. */
const grouped = new WeakMap<ReadonlySet<string>, { doc: OrganizationDocument; groups: OrgLinkGroups }>();

/** Groups the links of `doc` between the `visible` bodies (see the module comment). Callers must not change the result. */
export function groupOrgLinks(doc: OrganizationDocument, visible: ReadonlySet<string>): OrgLinkGroups {
  const hit = grouped.get(visible);
  if (hit?.doc === doc) return hit.groups;
  const groups = groupLinks(doc, visible);
  grouped.set(visible, { doc, groups });
  return groups;
}

function groupLinks(doc: OrganizationDocument, visible: ReadonlySet<string>): OrgLinkGroups {
  const hiddenLinks: OrgLink[] = [];
  const folded = new Map<string, OrgLink[]>();
  // The place of the nearest drawn body at or above each link's end, and of the end itself (link-ends.ts).
  const ends = findDrawnLinkPlaces(doc, visible);
  const drawnFrom = ends.from;
  const drawnTo = ends.to;
  const own = orgLinkPlaces(doc);
  const ownFrom = own.from;
  const ownTo = own.to;
  const order = indexOrganization(doc).order;
  // Keyed by its ends and type when a link shares a line, by its index (below 0) when drawn on its own.
  const groups = new Map<number, OrgLinkGroup>();
  // A loop over typed arrays, with no callback made per layout (see link-ends.ts on optimised
  // code and garbage collections). Most links are not drawn (both ends in one collapsed subtree):
  // they are told apart by places, without reading the link.
  const links = doc.links;
  for (let i = 0; i < links.length; i++) {
    const fromAt = drawnFrom[i]!;
    const toAt = drawnTo[i]!;
    if (fromAt < 0 || toAt < 0 || fromAt === toAt) {
      // (Ids are unique: two ends at different places are different bodies.)
      if (ownFrom[i]! >= 0 && ownTo[i]! >= 0 ? ownFrom[i] !== ownTo[i] : links[i]!.from !== links[i]!.to) hiddenLinks.push(links[i]!);
      continue;
    }
    const link = links[i]!;
    const from = order[fromAt]!.id;
    const to = order[toAt]!.id;
    // (A drawn end is the link's own body exactly when it is at that body's place.)
    const collapsedFrom = fromAt !== ownFrom[i];
    const collapsedTo = toAt !== ownTo[i];
    if (collapsedFrom) fold(folded, from, link);
    if (collapsedTo) fold(folded, to, link);
    const key = collapsedFrom || collapsedTo ? orgLinkPairKey(order.length, fromAt, toAt, link.type) : -1 - i;
    const group = groups.get(key);
    if (group) {
      group.links.push(link);
      group.collapsedFrom ||= collapsedFrom;
      group.collapsedTo ||= collapsedTo;
    } else {
      groups.set(key, { from, to, links: [link], index: i, collapsedFrom, collapsedTo });
    }
  }

  // A collapsed box with more than a few lines into its subtree gets a count badge instead.
  const foldedGroups = new Map<string, number>();
  for (const g of groups.values()) {
    if (g.collapsedFrom) foldedGroups.set(g.from, (foldedGroups.get(g.from) ?? 0) + 1);
    if (g.collapsedTo) foldedGroups.set(g.to, (foldedGroups.get(g.to) ?? 0) + 1);
  }
  const badges = new Map<string, number>();
  const drawn: OrgLinkGroup[] = [];
  for (const g of groups.values()) {
    const tooMany = (g.collapsedFrom && foldedGroups.get(g.from)! > ORG_MAX_FOLDED_LINES) || (g.collapsedTo && foldedGroups.get(g.to)! > ORG_MAX_FOLDED_LINES);
    if (!tooMany) {
      drawn.push(g);
      continue;
    }
    if (g.collapsedFrom) badges.set(g.from, (badges.get(g.from) ?? 0) + g.links.length);
    if (g.collapsedTo) badges.set(g.to, (badges.get(g.to) ?? 0) + g.links.length);
  }
  return { drawn, folded, badges, hiddenLinks };
}

/** Adds `link` to the links folded into collapsed box `id`. */
function fold(folded: Map<string, OrgLink[]>, id: string, link: OrgLink): void {
  const list = folded.get(id);
  if (list) list.push(link);
  else folded.set(id, [link]);
}

/** Room between the kind badge and the folded-link badge on their line, px. */
export const ORG_FOLDED_BADGE_GAP = 8;

/** The folded-link badge's text and width for `count` links (`measure` measures at the badge size). */
export function measureOrgFoldedBadge(count: number, locale: Locale, measure: MeasureText): { text: string; width: number } {
  const text = ORG_UI[locale].foldedBadge(count);
  return { text, width: Math.ceil(measure(text)) + 14 };
}
