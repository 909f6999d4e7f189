/**
 * Phase 3a of the org chart layout: the tree of measured boxes for an arrangement, and the
 * choice of arrangement from the container's size. With `orientation="auto"` the first of
 * top-down, compact, (left-right, when the height is fixed) and narrow whose drawing fits the
 * width (and the height) wins; when none fits, the one that needs the least shrinking. Only
 * positions are computed per candidate: lines are routed once, for the chosen one.
 */
import type { Body, Locale, OrganizationDocument } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { indexOrganization } from '../tree-index.js';
import { chooseOrgBoxLimits, measureOrgBox, measureOrgBoxWidth, ORG_NARROW_GUTTER, scaleMeasure, type MeasureOrgBoxOptions } from './box.js';
import { ORG_UI } from '../words.js';
import { ORG_MARGIN } from './frame.js';
import type { OrgMetrics } from './metrics.js';
import { positionOrgTree, type OrgPositions, type OrgTreeItem } from './position.js';
import { ORG_MAX_FOLDED_LINES, type OrgArrangement, type OrgOrientation } from './types.js';
import type { OrgVisible } from './visible.js';
import { boundOrgSpreadWidth } from './width-bound.js';

/** What one arrangement gives. */
export interface OrgArranged {
  arrangement: OrgArrangement;
  roots: OrgTreeItem[];
  positions: OrgPositions;
  /** Estimated size of the finished drawing (bands, margins and a little room for lines). */
  estimate: { width: number; height: number };
}

/** Options of {@link arrangeOrgTree} and {@link chooseOrgArrangement}. */
export interface ArrangeOrgOptions {
  doc: OrganizationDocument;
  visible: OrgVisible;
  collapsed: ReadonlySet<string>;
  width: number;
  height?: number;
  measure: MeasureText;
  measureSize: number;
  locale: Locale;
  metrics: OrgMetrics;
  boxWidth?: number;
}

/** Which arrangement to lay out, and whether with narrower boxes (12 em at most), tried before giving up a spread arrangement. */
type OrgArrangementChoice = { arrangement: OrgArrangement; slim?: boolean };

/** How an arrangement measures each visible box: its width limits and line limit. */
function boxRequests(options: ArrangeOrgOptions & OrgArrangementChoice): (body: Body) => MeasureOrgBoxOptions {
  const { doc, visible, collapsed, arrangement, measure, measureSize, locale, metrics: M } = options;
  const index = indexOrganization(doc);
  let depth = 0;
  for (const b of visible.order) depth = Math.max(depth, (index.depth.get(b.id) ?? 0) + (visible.satelliteHost.has(b.id) ? 1 : 0));
  const bands = doc.lanes.length ? M.laneHeader + 2 * M.lanePadding : 0;
  // The narrow column keeps a gutter for its lines: a 16 px track each (up to 6), and the labels standing on them.
  const tracks = arrangement === 'narrow' ? Math.min(6, doc.links.length) : 0;
  const wide = chooseOrgBoxLimits({ width: options.width, arrangement, fontSize: M.fontSize, depth, reserve: bands + (tracks ? 8 + tracks * 16 - ORG_NARROW_GUTTER : 0) });
  const limits = options.slim ? { ...wide, maxWidth: Math.min(wide.maxWidth, Math.round(M.fontSize * 12)) } : wide;
  const touching = countSubtreeLinks(doc);
  const badgeMeasure = scaleMeasure(measure, measureSize, M.badgeSize);
  return (body) => {
    // A collapsed box that may get a folded-link badge (「連携等 12」, across its top edge right
    // of the centre, where the connector arrives) is wide enough to hold it there.
    const n = collapsed.has(body.id) ? (touching.get(body.id) ?? 0) : 0;
    const minWidth = n > ORG_MAX_FOLDED_LINES ? Math.max(limits.minWidth, 2 * (Math.ceil(badgeMeasure(ORG_UI[locale].foldedBadge(n))) + 14 + 8)) : limits.minWidth;
    // In the narrow column a box grows as tall as its text needs (40 lines): nothing is cut on a phone.
    return { body, boxWidth: options.boxWidth, minWidth, maxWidth: Math.max(minWidth, limits.maxWidth), maxLines: arrangement === 'narrow' ? 40 : 5, measure, measureSize, locale, fontSize: M.fontSize };
  };
}

/** Room the finished drawing takes beside the boxes' span: margins, the lanes' label strip and padding, a little for lines. */
function extraWidth(doc: OrganizationDocument, M: OrgMetrics): number {
  return 2 * ORG_MARGIN + (doc.lanes.length ? M.laneHeader + M.lanePadding : 0) + (doc.links.length ? 12 : 0);
}

/** Measures the visible boxes for an arrangement and places them. */
export function arrangeOrgTree(options: ArrangeOrgOptions & OrgArrangementChoice): OrgArranged {
  const { doc, visible, collapsed, arrangement, metrics: M } = options;
  const index = indexOrganization(doc);
  const bands = doc.lanes.length ? M.laneHeader + 2 * M.lanePadding : 0;
  const request = boxRequests(options);
  const build = (id: string, satellite: boolean): OrgTreeItem => {
    const body = index.byId.get(id)!;
    const content = measureOrgBox(request(body));
    const kids = collapsed.has(id) ? [] : (index.children.get(id) ?? []);
    const children = kids.map((k) => build(k.id, false));
    for (const s of visible.satellitesOf.get(id) ?? []) children.push(build(s.id, true));
    const hasKids = (index.children.get(id)?.length ?? 0) > 0;
    return { body, content, satellite, children, toggle: hasKids, folded: hasKids && collapsed.has(id) };
  };
  const roots = index.roots.filter((b) => !visible.satelliteHost.has(b.id)).map((b) => build(b.id, false));
  const positions = positionOrgTree({ roots, arrangement });
  return {
    arrangement,
    roots,
    positions,
    // Bands reach past the boxes by their padding and (top-down) the vertical label strip on the left.
    estimate: { width: positions.width + extraWidth(doc, M), height: positions.height + 2 * ORG_MARGIN + M.toggleRadius + bands },
  };
}

/**
 * Whether an arrangement is sure to be wider than the container, from the boxes' widths alone
 * (no text wrapped, nothing placed): see {@link boundOrgSpreadWidth}. Only for arrangements
 * whose rows run across the page (top-down, compact); the others are never ruled out here.
 */
function tooWideForSure(options: ArrangeOrgOptions & OrgArrangementChoice): boolean {
  if (options.arrangement !== 'top-down' && options.arrangement !== 'compact') return false;
  const request = boxRequests(options);
  const span = boundOrgSpreadWidth({ ...options, arrangement: options.arrangement, widthOf: (body) => measureOrgBoxWidth(request(body)) });
  return span + extraWidth(options.doc, options.metrics) > options.width;
}

const subtreeLinks = new WeakMap<OrganizationDocument, Map<string, number>>();

/** Per body, how many links have one end in its subtree (itself excluded) and the other outside it: an upper bound of its folded links. */
function countSubtreeLinks(doc: OrganizationDocument): Map<string, number> {
  const hit = subtreeLinks.get(doc);
  if (hit) return hit;
  const index = indexOrganization(doc);
  const out = new Map<string, number>();
  const ancestors = (id: string): string[] => {
    const list: string[] = [];
    let at = index.byId.get(id)?.parent;
    while (at !== undefined && index.byId.has(at) && list.length <= index.order.length) {
      list.push(at);
      at = index.byId.get(at)!.parent;
    }
    return list;
  };
  for (const link of doc.links) {
    const a = ancestors(link.from);
    const b = new Set(ancestors(link.to));
    for (const id of a) if (!b.has(id) && id !== link.to) out.set(id, (out.get(id) ?? 0) + 1);
    const aSet = new Set(a);
    for (const id of b) if (!aSet.has(id) && id !== link.from) out.set(id, (out.get(id) ?? 0) + 1);
  }
  subtreeLinks.set(doc, out);
  return out;
}

/** The arrangements `auto` tries, in order of preference. */
export function listOrgArrangements(options: { orientation: OrgOrientation; height?: number }): Array<{ arrangement: OrgArrangement; slim: boolean }> {
  if (options.orientation !== 'auto') return [{ arrangement: options.orientation, slim: false }];
  const list: Array<{ arrangement: OrgArrangement; slim: boolean }> = [
    { arrangement: 'top-down', slim: false },
    { arrangement: 'compact', slim: false },
    { arrangement: 'compact', slim: true },
  ];
  if (options.height !== undefined) list.push({ arrangement: 'left-right', slim: false }, { arrangement: 'left-right', slim: true });
  list.push({ arrangement: 'narrow', slim: false });
  return list;
}

/**
 * Lays out each candidate until one fits; else returns the one that needs the least shrinking.
 * A candidate sure to be too wide for the container (a row of a large tree) is laid out only
 * when none fits: the choice is the same, without measuring every box for every candidate.
 */
export function chooseOrgArrangement(options: ArrangeOrgOptions & { orientation: OrgOrientation }): OrgArranged {
  const candidates = listOrgArrangements(options);
  const scaleOf = ({ estimate }: OrgArranged) => Math.min(1, options.width / estimate.width, options.height === undefined ? 1 : options.height / estimate.height);
  const tried = new Map<(typeof candidates)[number], OrgArranged>();
  for (const candidate of candidates) {
    if (tooWideForSure({ ...options, ...candidate })) continue;
    const arranged = arrangeOrgTree({ ...options, ...candidate });
    if (scaleOf(arranged) >= 1) return arranged;
    tried.set(candidate, arranged);
  }
  let best: OrgArranged | undefined;
  let bestScale = -Infinity;
  for (const candidate of candidates) {
    const arranged = tried.get(candidate) ?? arrangeOrgTree({ ...options, ...candidate });
    const scale = scaleOf(arranged);
    if (scale > bestScale + 0.01) {
      best = arranged;
      bestScale = scale;
    }
  }
  return best!;
}
