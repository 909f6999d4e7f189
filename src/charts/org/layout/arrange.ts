/**
 * Phase 3a of the org chart layout: the tree of measured boxes for an arrangement, and the
 * choice of arrangement from the container's size. With `orientation="auto"` the first of
 * top-down, compact, (left-right, when the height is fixed) and narrow whose drawing fits the
 * width (and the height) wins; when none fits, the one that needs the least shrinking. Only
 * positions are computed per candidate: lines are routed once, for the chosen one.
 */
import type { Body, Locale, OrganizationDocument } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { indexOrganization, type OrgIndex } from '../tree-index.js';
import { chooseOrgBoxLimits, measureOrgBox, measureOrgBoxWidth, measureOrgKindBadge, ORG_HANG_INDENT, ORG_NARROW_GUTTER, orgGutterWidth, orgHangIndent, scaleMeasure, type MeasureOrgBoxOptions } from './box.js';
import { planOrgNarrowTracks, type OrgNarrowBoxEstimate, type OrgNarrowTracks } from './gutter.js';
import { ORG_MARGIN } from './frame.js';
import { ORG_METRICS, type OrgMetrics } from './metrics.js';
import { canStandOver, measureOrgLeafColumns, ORG_WRAP_MAX_BODIES, planOrgColumns, planOrgLeafColumns } from './columns.js';
import { ORG_GAPS, ORG_PASS_SLIDE_CAP, positionOrgTree, type OrgPositions, type OrgSlotPlan, type OrgTreeItem } from './position.js';
import { groupOrgLinks, measureOrgFoldedBadge, ORG_FOLDED_BADGE_GAP } from './folded.js';
import { ORG_MAX_LISTED_HOLDERS, type OrgArrangement, type OrgOrientation } from './types.js';
import { collectVisible, type OrgVisible } from './visible.js';
import { boundOrgSpreadWidth } from './width-bound.js';
import { costOrgWidening, widenOrgBoxes, widenOrgColumns } from './widen.js';
import { pickOrgChoice, type OrgKeptArrangement } from './keep.js';
import { formatOrgLinkLabel } from '../words.js';

/** What one arrangement gives. */
export interface OrgArranged {
  arrangement: OrgArrangement;
  /** The compact arrangement with wide levels wrapped into columns (columns.ts). */
  wrapped?: boolean;
  /** The compact arrangement's columns of leaves are at most this many tall, side by side (columns.ts `planOrgLeafColumns`). */
  rows?: number;
  roots: OrgTreeItem[];
  positions: OrgPositions;
  /** Estimated size of the finished drawing (bands, margins and a little room for lines). */
  estimate: { width: number; height: number };
  /** What was laid out (for the next layout to keep: keep.ts). */
  choice?: OrgArrangementChoice;
  /** The column plan it was laid out with, if any (columns.ts). */
  plan?: OrgSlotPlan;
  /** Laid out as the last layout was (`keep`), not chosen afresh. */
  reused?: boolean;
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
  /** Laid out for a file: an open box draws no ⊖, its text keeps no room for one (LayoutOrgChartOptions `file`). */
  file?: boolean;
  /** Roles with more holders than this show a count (box.ts `maxListed`). */
  listHolders?: number;
  /** Room for band headers only above rows that start a band (a slide: position.ts `tightRows`). */
  tightRows?: boolean;
  /** The last layout's arrangement, kept while it fits (an expand or collapse: keep.ts). */
  keep?: OrgKeptArrangement;
}

/** Which arrangement to lay out, and how. */
export interface OrgArrangementChoice {
  arrangement: OrgArrangement;
  /** Narrower boxes (12 em at most), tried before giving up a spread arrangement. */
  slim?: boolean;
  /** Compact with wide levels wrapped into columns of stacked subtrees to fit the width. */
  wrap?: boolean;
  /** With `wrap`: only the roots' children are wrapped into columns, every subtree below them hung (columns.ts `hang`). */
  hang?: boolean;
  /** With `hang`: the roots side by side where they fit, rather than in one column first (columns.ts `beside`). */
  beside?: boolean;
  /** With `hang`: a body alone in the tallest column stands over two columns of its own children (columns.ts `splitHeavy`). */
  splitHeavy?: boolean;
  /** With `hang`: the other roots in a row beside the first root's box, over its columns (columns.ts `over`). */
  over?: boolean;
  /**
   * With `wrap`: px the column plan may count on past the width. position.ts packs the planned
   * columns tighter than the plan's bounds; a retry that found that room left over plans with it.
   */
  planRoom?: number;
  /** Compact, not wrapped: columns of leaves at most this many tall, the rest in columns beside them (columns.ts `planOrgLeafColumns`). */
  rows?: number;
  /**
   * With `hang`: the width (px) of one column of hung subtrees; a box `level` levels under the
   * roots takes at most this less its indent (`level` × ORG_HANG_INDENT), so that that many
   * columns stand side by side (the generated 200-body chart at 800 px: three, not two).
   */
  columnWidth?: number;
  /** Wider boxes (up to this many em), tried when the drawing leaves room across. */
  wideEm?: number;
  /**
   * Only the boxes this many levels from the top (the roots' level 0) take `wideEm`; the rest
   * keep the candidate's limits. The upper levels of a tree (a headquarters over a wide row of
   * councils, an agency over its ministries) have room that the widest row does not.
   */
  wideLevels?: number;
  /**
   * A box's width limit (em of the base font size; undefined keeps the candidate's limit), by
   * body and level: set by widen.ts where the container has room.
   */
  boxEm?: (id: string, level: number) => number | undefined;
  /** Satellites side by side under their host rather than in a column (compact; position.ts `groupOrgSlots`). */
  satelliteRow?: boolean;
}

/**
 * How an arrangement measures each visible box: what {@link requestBox} reads. (A plain object
 * read by module functions, not a closure made per arrangement: a full garbage collection drops
 * the optimised code of such closures, and an expand laid out after one ran them unoptimised.)
 */
interface BoxRequests {
  options: ArrangeOrgOptions & OrgArrangementChoice;
  index: OrgIndex;
  /** The deepest level drawn (narrow: with everything expanded). */
  depth: number;
  /** A box's width limits, and those of the boxes that take `wideEm`. */
  base: OrgBoxLimits;
  widened: OrgBoxLimits;
  /** Folded-link badges per collapsed body (folded.ts). */
  badges: ReadonlyMap<string, number>;
  badgeMeasure: MeasureText;
}

type OrgBoxLimits = ReturnType<typeof chooseOrgBoxLimits>;

/** What {@link requestBox} needs to measure the visible boxes for an arrangement. */
function boxRequests(options: ArrangeOrgOptions & OrgArrangementChoice): BoxRequests {
  const { doc, visible, arrangement, measure, measureSize, metrics: M } = options;
  const index = indexOrganization(doc);
  let depth = 0;
  for (const b of visible.order) depth = Math.max(depth, (index.depth.get(b.id) ?? 0) + (visible.satelliteHost.has(b.id) ? 1 : 0));
  // The narrow column's widths are those of the fully expanded tree: a toggle changes none.
  if (arrangement === 'narrow') depth = expandedDepth(doc);
  // The narrow column keeps a gutter for its lines, a track each where their spans overlap, and the labels standing on them.
  const reserve = arrangement === 'narrow' ? narrowReserve(options) : doc.lanes.length ? M.laneHeader + 2 * M.lanePadding : 0;
  const wide = chooseOrgBoxLimits({ width: options.width, arrangement, fontSize: M.fontSize, depth, reserve });
  const base = options.slim ? { ...wide, maxWidth: Math.min(wide.maxWidth, Math.round(M.fontSize * 12)) } : wide;
  const widened = options.wideEm ? { ...wide, maxWidth: Math.max(wide.maxWidth, Math.round(M.fontSize * options.wideEm)) } : base;
  const { badges } = groupOrgLinks(doc, visible.ids);
  return { options, index, depth, base, widened, badges, badgeMeasure: scaleMeasure(measure, measureSize, M.badgeSize) };
}

/** A box's width limits at `level`. */
function limitsAt(r: BoxRequests, level: number, id: string): OrgBoxLimits {
  const { options, base } = r;
  const em = options.boxEm?.(id, level);
  if (em) return { ...base, maxWidth: Math.max(base.maxWidth, Math.round(options.metrics.fontSize * em)) };
  return options.wideLevels === undefined || level < options.wideLevels ? r.widened : base;
}

/** How the arrangement measures `body`'s box, `level` below the roots: its width limits, line limit and toggle. */
function requestBox(r: BoxRequests, body: Body, level: number): MeasureOrgBoxOptions {
  const { options, depth } = r;
  const { arrangement, measure, measureSize, locale, metrics: M } = options;
  const id = body.id;
  const limits = limitsAt(r, level, id);
  // A collapsed box that gets a folded-link badge (「連携等 12」, right of the kind badge on its
  // line; folded.ts) is wide enough to hold both.
  const n = r.badges.get(id);
  const folded = n === undefined ? 0 : 2 * M.padding + measureOrgKindBadge(body, measure, measureSize, locale, M).width + ORG_FOLDED_BADGE_GAP + measureOrgFoldedBadge(n, locale, r.badgeMeasure).width;
  const minWidth = Math.max(limits.minWidth, folded);
  // In the narrow column a box grows as tall as its text needs (40 lines): nothing is cut on a
  // phone; and it may take the width its own indent leaves (shallower boxes are wider).
  // In a column of hung subtrees (wrapped, `hang`) the same: a box stands in from the column's left by its level's indent.
  const inColumn = options.hang === true && level > 0;
  // A holder list printed in full (a slide's 20 members) reads in a wide box, not a tall one.
  const listed = options.listHolders !== undefined && body.roles.some((role) => role.holders.length > ORG_MAX_LISTED_HOLDERS && role.holders.length <= options.listHolders!);
  const maxWidth =
    arrangement === 'narrow'
      ? limits.maxWidth + (depth - level) * orgHangIndent('narrow')
      : listed
        ? Math.max(limits.maxWidth, Math.round(M.fontSize * ORG_LISTED_EM))
        : inColumn && options.columnWidth !== undefined
          ? Math.min(limits.maxWidth, options.columnWidth - level * ORG_HANG_INDENT)
          : limits.maxWidth;
  const hasKids = (r.index.children.get(id)?.length ?? 0) > 0;
  // (A file draws a toggle only on a collapsed box: an open one's text runs to its edge.)
  const toggle = hasKids && !(options.file && !options.collapsed.has(id)) ? (arrangement === 'left-right' ? 'right' : 'bottom') : undefined;
  const maxLines = arrangement === 'narrow' || inColumn ? 40 : 5;
  return { body, boxWidth: options.boxWidth, maxListed: options.listHolders, minWidth, maxWidth: Math.max(minWidth, maxWidth), maxLines, measure, measureSize, locale, fontSize: M.fontSize, toggle };
}

/**
 * Tracks the narrow column's gutter keeps room for, at most ORG_NARROW_TRACKS, and the links of
 * the lines that take one (gutter.ts `planOrgNarrowTracks`: lines sure to be drawn as badges take
 * none), known before any box is measured: for the fully expanded tree, whatever is collapsed.
 * So an expand or collapse leaves the reserve, and every box's width, as it was (a collapse
 * shortens the lines into the collapsed box; they stay badges rather than take tracks that
 * would narrow every box and re-wrap its text).
 */
export function countOrgGutterTracks(options: { doc: OrganizationDocument; metrics?: OrgMetrics; boxes?: OrgNarrowBoxEstimate }): OrgNarrowTracks {
  const { doc, boxes } = options;
  const metrics = options.metrics ?? ORG_METRICS;
  const hit = gutterTracks.get(doc);
  if (hit?.metrics === metrics && hit.boxes?.width === boxes?.width && hit.boxes?.measure === boxes?.measure && hit.boxes?.measureSize === boxes?.measureSize && hit.boxes?.locale === boxes?.locale) return hit.tracks;
  const tracks = planOrgNarrowTracks({ doc, visible: expandedOrg(doc), collapsed: NONE, metrics, boxes });
  gutterTracks.set(doc, { metrics, boxes, tracks });
  return tracks;
}

const NONE: ReadonlySet<string> = new Set();
/** The fully expanded tree's drawn bodies, per document. */
const expanded = new WeakMap<OrganizationDocument, OrgVisible>();
function expandedOrg(doc: OrganizationDocument): OrgVisible {
  let v = expanded.get(doc);
  if (!v) expanded.set(doc, (v = collectVisible({ doc, collapsed: NONE })));
  return v;
}

/** Per document, what {@link countOrgGutterTracks} found: every narrow candidate and layout asks. */
const gutterTracks = new WeakMap<OrganizationDocument, { metrics: OrgMetrics; boxes?: OrgNarrowBoxEstimate; tracks: OrgNarrowTracks }>();

/**
 * The depth of the narrow column's deepest box with everything expanded (a satellite one below its
 * host): its boxes' widths are set by it, the same whatever is collapsed.
 */
function expandedDepth(doc: OrganizationDocument): number {
  const index = indexOrganization(doc);
  const visible = expandedOrg(doc);
  let depth = 0;
  for (const b of visible.order) depth = Math.max(depth, (index.depth.get(b.id) ?? 0) + (visible.satelliteHost.has(b.id) ? 1 : 0));
  return depth;
}

/** What {@link countOrgGutterTracks} measures the narrow column's boxes with (the layout asks again with the same). */
export function orgNarrowBoxEstimate(options: { doc: OrganizationDocument; width: number; measure: MeasureText; measureSize: number; locale: Locale; metrics: OrgMetrics }): OrgNarrowBoxEstimate {
  const { doc, metrics: M } = options;
  const visible = expandedOrg(doc);
  const rootInLane = doc.lanes.length > 0 && indexOrganization(doc).roots.some((b) => b.lane !== undefined && !visible.satelliteHost.has(b.id));
  const bands = !doc.lanes.length ? 0 : rootInLane ? M.laneHeader + 2 * M.lanePadding : M.lanePadding;
  return { width: options.width, measure: options.measure, measureSize: options.measureSize, locale: options.locale, bands };
}

/**
 * Width the narrow column keeps beside its boxes, less the ORG_NARROW_GUTTER that
 * chooseOrgBoxLimits always keeps: the gutter for the tracks it needs, and the lane bands'
 * right padding (their labels stand on top; a root's band, not entered from the left, has its
 * label strip at the left).
 */
function narrowReserve(options: ArrangeOrgOptions): number {
  const { doc, metrics: M } = options;
  if (!doc.lanes.length && !doc.links.length) return 0;
  const boxes = orgNarrowBoxEstimate(options);
  return boxes.bands + Math.max(0, orgGutterWidth(countOrgGutterTracks({ doc, metrics: M, boxes }).tracks, M.textLine) - ORG_NARROW_GUTTER);
}

/** Room the finished drawing takes across beside the boxes' span: margins, the lanes' label strip and padding, a little for lines. */
function extraWidth(doc: OrganizationDocument, M: OrgMetrics): number {
  return 2 * ORG_MARGIN + (doc.lanes.length ? M.laneHeader + M.lanePadding : 0) + (doc.links.length ? 12 : 0);
}

/** What {@link buildItem} reads: the document's index, the bodies drawn and collapsed, and how each box is measured. */
interface TreeBuild {
  index: OrgIndex;
  visible: OrgVisible;
  collapsed: ReadonlySet<string>;
  request: BoxRequests;
}

/** Body `id` (`level` below the roots) and its drawn subtree, measured. */
function buildItem(tree: TreeBuild, id: string, satellite: boolean, level: number): OrgTreeItem {
  const { index, collapsed } = tree;
  const body = index.byId.get(id)!;
  const content = measureOrgBox(requestBox(tree.request, body, level));
  const hasKids = (index.children.get(id)?.length ?? 0) > 0;
  const children: OrgTreeItem[] = [];
  if (!collapsed.has(id)) for (const k of index.children.get(id) ?? []) children.push(buildItem(tree, k.id, false, level + 1));
  for (const s of tree.visible.satellitesOf.get(id) ?? []) children.push(buildItem(tree, s.id, true, level + 1));
  return { body, content, satellite, children, toggle: hasKids, folded: hasKids && collapsed.has(id) };
}

/** Measures the visible boxes for an arrangement and places them. */
export function arrangeOrgTree(options: ArrangeOrgOptions & OrgArrangementChoice): OrgArranged {
  const { doc, visible, collapsed, arrangement, metrics: M } = options;
  const index = indexOrganization(doc);
  const bands = doc.lanes.length ? M.laneHeader + 2 * M.lanePadding : 0;
  const tree: TreeBuild = { index, visible, collapsed, request: boxRequests(options) };
  const roots: OrgTreeItem[] = [];
  for (const b of index.roots) if (!visible.satelliteHost.has(b.id)) roots.push(buildItem(tree, b.id, false, 0));
  const linkRoom = doc.links.length ? 12 : 0;
  const strip = doc.lanes.length ? M.laneHeader + M.lanePadding : 0;
  const plan = options.wrap && arrangement === 'compact' ? planOrgColumns({ roots, width: options.width - 2 * ORG_MARGIN - strip - linkRoom + (options.planRoom ?? 0), lanes: doc.lanes.length > 0, links: index.links, hang: options.hang, beside: options.beside, splitHeavy: options.splitHeavy, over: options.over, keep: options.keep?.slots }) : undefined;
  const leafPlan = !plan && options.rows && arrangement === 'compact' ? planOrgLeafColumns({ roots, rows: options.rows, satelliteRow: options.satelliteRow }) : undefined;
  const laneRoom = doc.lanes.length ? M.laneHeader + 2 * M.lanePadding : 0;
  // The typed lines as drawn (ends in collapsed subtrees moved up, folded.ts): rows they come down into get room for them to pass.
  const passing = doc.links.length && arrangement !== 'narrow' ? groupOrgLinks(doc, visible.ids).drawn.map((g) => [g.from, g.to] as const) : undefined;
  // Separate trees joined by a labelled line (the 連携 line from the headquarters to AMED) stand far
  // enough apart for the whole label between them (「Cooperation」, not 「Coop.」), as link-labels.ts sets it;
  // in a wrapped arrangement, whose columns are planned tight to the width, with less room either
  // side and only where the drawing still leaves the room widenWrapped keeps for the lines (below:
  // governance in English at 800 px, 「Cooperation」 between boxes of 20 em; else 「Coop.」);
  // not left-right, where the trees stand one above the other and the label lies across their upright line.
  const rootIds = new Set(roots.map((r) => r.body.id));
  const labelMeasure = scaleMeasure(options.measure, options.measureSize, M.textSize, true);
  const clear = plan ? ORG_PLAN_LABEL_CLEAR : ORG_TREE_LABEL_CLEAR;
  let treeGap: number = ORG_GAPS.tree;
  for (const g of passing && arrangement !== 'left-right' ? groupOrgLinks(doc, visible.ids).drawn : []) {
    if (!rootIds.has(g.from) || !rootIds.has(g.to)) continue;
    const text = formatOrgLinkLabel(g.links[0]!, options.locale);
    treeGap = Math.max(treeGap, Math.ceil(labelMeasure(text) * (/[A-Za-z]/.test(text) ? 1.08 : 1)) + 2 * clear);
  }
  // Left-right, a body standing beside its partners (position.ts `standUnderPartners`) is joined to
  // them by level lines: the gap holds the longest label of the typed lines whole.
  let pocketAcross: number | undefined;
  if (arrangement === 'left-right') {
    for (const g of passing ? groupOrgLinks(doc, visible.ids).drawn : []) {
      const text = formatOrgLinkLabel(g.links[0]!, options.locale);
      pocketAcross = Math.max(pocketAcross ?? 0, Math.ceil(labelMeasure(text) * (/[A-Za-z]/.test(text) ? 1.08 : 1)) + 2 * ORG_TREE_LABEL_CLEAR);
    }
  }
  const place = (passCap?: number, gap = treeGap) =>
    positionOrgTree({ roots, arrangement, plan: plan ?? leafPlan, laneRoom, hangUnplanned: plan !== undefined && options.hang, satelliteRow: options.satelliteRow, rootLeft: plan !== undefined && options.hang === true && options.over === true && canStandOver(roots), tightRows: options.tightRows, passing, passCap, lanePadding: M.lanePadding, treeGap: gap, pocketAcross });
  const estimateHeight = (p: OrgPositions) => p.height + 2 * ORG_MARGIN + M.toggleRadius + bands;
  // On a slide a little of that room (the drawing keeps its type size on the slide).
  const passCap = options.tightRows ? ORG_PASS_SLIDE_CAP : undefined;
  let positions = place(passCap);
  // A wrapped plan that the label's room makes too wide keeps the usual gap (and the short label).
  if (plan && treeGap > ORG_GAPS.tree && positions.width + extraWidth(doc, M) > options.width - wrappedLineRoom(doc, M)) positions = place(passCap, ORG_GAPS.tree);
  return {
    arrangement,
    wrapped: plan !== undefined,
    ...(leafPlan ? { rows: options.rows } : {}),
    roots,
    positions,
    // Bands reach past the boxes by their padding and (top-down) the vertical label strip on the left.
    estimate: { width: positions.width + extraWidth(doc, M), height: estimateHeight(positions) },
    choice: pickOrgChoice(options),
    ...(plan || leafPlan ? { plan: plan ?? leafPlan } : {}),
  };
}

/**
 * Whether an arrangement is sure to be wider than the container, from the boxes' widths alone
 * (no text wrapped, nothing placed): see {@link boundOrgSpreadWidth}. Only for arrangements
 * whose rows run across the page unwrapped (top-down, compact); the others are never ruled out here.
 */
function tooWideForSure(options: ArrangeOrgOptions & OrgArrangementChoice): boolean {
  if ((options.arrangement !== 'top-down' && options.arrangement !== 'compact') || options.wrap) return false;
  const request = boxRequests(options);
  const limit = options.width - extraWidth(options.doc, options.metrics);
  return boundOrgSpreadWidth({ ...options, arrangement: options.arrangement, widthOf: (body, level) => measureOrgBoxWidth(requestBox(request, body, level)), limit }) > limit;
}

/** One arrangement `auto` may try. */
export interface OrgCandidate {
  arrangement: OrgArrangement;
  slim: boolean;
  wrap?: boolean;
  hang?: boolean;
  rows?: number;
}

/**
 * The arrangements `auto` tries, in order of preference: spread, compact (leaves hung), compact
 * with slimmer boxes, compact with wide levels wrapped into columns (normal, then slim boxes),
 * (left-right when the height is fixed), and the narrow column.
 */
export function listOrgArrangements(options: { orientation: OrgOrientation; height?: number; width?: number }): OrgCandidate[] {
  if (options.orientation !== 'auto') return [{ arrangement: options.orientation, slim: false }];
  const list: OrgCandidate[] = [
    { arrangement: 'top-down', slim: false },
    { arrangement: 'compact', slim: false },
  ];
  // Below this width a phone reader gets the narrow column (its gutter keeps lines apart, its boxes take the whole width).
  list.push({ arrangement: 'compact', slim: true });
  if ((options.width ?? Infinity) >= ORG_WRAP_MIN_WIDTH) list.push({ arrangement: 'compact', slim: false, wrap: true }, { arrangement: 'compact', slim: true, wrap: true }, { arrangement: 'compact', slim: false, wrap: true, hang: true });
  if (options.height !== undefined) list.push({ arrangement: 'left-right', slim: false }, { arrangement: 'left-right', slim: true });
  list.push({ arrangement: 'narrow', slim: false });
  return list;
}

/** Narrowest container (px) given the wrapped compact arrangement. */
export const ORG_WRAP_MIN_WIDTH = 600;

/** Box widths (em) tried, widest first, when the chosen arrangement leaves room across. */
const WIDE_EM = [24, 20, 17] as const;

/**
 * Lays out each candidate until one fits; else returns the one that needs the least shrinking.
 * A spread or compact arrangement that fits with room to spare gets wider boxes (less wrapped
 * text) as long as it still fits. A candidate sure to be too wide for the container (a row of a
 * large tree, see {@link tooWideForSure}) is laid out only when none fits: the choice is the
 * same, without wrapping and placing every box for every candidate.
 */
export function chooseOrgArrangement(
  options: ArrangeOrgOptions & { orientation: OrgOrientation },
  /** `layOutAll`: lay out every candidate in turn, ruling none out by width (what the shortcut must match; for tests). */
  how: { layOutAll?: boolean } = {},
): OrgArranged {
  // Past a few hundred bodies no wrapped plan is sought (columns.ts): those candidates would repeat the compact one.
  const candidates = listOrgArrangements({ orientation: options.orientation, height: options.height, width: options.width }).filter((c) => !c.wrap || options.visible.order.length <= ORG_WRAP_MAX_BODIES);
  const scaleOf = (a: OrgArranged) => Math.min(1, options.width / a.estimate.width, options.height === undefined ? 1 : options.height / a.estimate.height);
  // An expand or collapse: the last layout's arrangement while it still fits (keep.ts); else chosen afresh.
  if (options.keep) {
    const kept = arrangeOrgTree({ ...options, ...options.keep.choice });
    if (scaleOf(kept) >= 1) return { ...kept, reused: true };
    options = { ...options, keep: undefined };
  }
  const tried = new Map<OrgCandidate, OrgArranged>();
  for (const candidate of candidates) {
    if (!how.layOutAll && tooWideForSure({ ...options, ...candidate })) continue;
    const arranged = arrangeOrgTree({ ...options, ...candidate });
    tried.set(candidate, arranged);
    // Long columns of leaves with room across stand in several columns, shorter (and on a slide, fitting the height).
    const across = hangInColumns(options, candidate, arranged, scaleOf);
    if (across) return widenFitting(options, across.candidate, across.arranged, scaleOf);
    if (scaleOf(arranged) >= 1) return widenFitting(options, candidate, arranged, scaleOf);
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

/**
 * The compact arrangement (not wrapped) with its long columns of leaves split into columns side
 * by side (columns.ts `planOrgLeafColumns`): the fewest rows that fit the container (with a fixed
 * height: the shape nearest the container's), when that is shorter than `arranged`; undefined
 * when no split fits (or there is nothing to split).
 * Column counts whose width is sure to exceed the container (one more leaf column each: indent,
 * widest leaf and a gap) are not laid out.
 */
function hangInColumns(
  options: ArrangeOrgOptions,
  candidate: OrgCandidate,
  arranged: OrgArranged,
  scaleOf: (a: OrgArranged) => number,
): { candidate: OrgCandidate; arranged: OrgArranged } | undefined {
  if (candidate.arrangement !== 'compact' || candidate.wrap || candidate.rows || options.visible.order.length > ORG_WIDEN_MAX_BODIES) return undefined;
  // Only when the width is not what keeps it from fitting; with a fixed height (a slide), only
  // when the height is: a slide is filled by larger type (slide.ts), not by a flatter drawing.
  if (arranged.estimate.width > options.width || (options.height !== undefined && scaleOf(arranged) >= 1)) return undefined;
  const { longest, widest } = measureOrgLeafColumns(arranged.roots);
  if (longest < 3) return undefined;
  const column = ORG_HANG_INDENT + widest + ORG_GAPS.cousin;
  const room = Math.floor((options.width - arranged.estimate.width) / column);
  if (room < 1) return undefined;
  // On a page the most columns (the shortest drawing): the first that fits. With a fixed height (a
  // slide) the one whose shape is nearest the container's, which the slide then fills with larger
  // type (slide.ts): ten packages in two rows of five, not five rows of two.
  const aspect = options.height === undefined ? undefined : options.width / options.height;
  let best: { candidate: OrgCandidate; arranged: OrgArranged; off: number } | undefined;
  const seen = new Set<number>();
  for (let count = Math.min(longest, room + 1); count >= 2; count--) {
    const rows = Math.ceil(longest / count);
    if (seen.has(rows) || rows >= longest) continue;
    seen.add(rows);
    const split = { ...candidate, rows };
    const tried = arrangeOrgTree({ ...options, ...split });
    if (scaleOf(tried) < 1 || tried.estimate.height >= arranged.estimate.height) continue;
    if (aspect === undefined) return { candidate: split, arranged: tried };
    const off = Math.abs(Math.log(tried.estimate.width / tried.estimate.height / aspect));
    if (!best || off < best.off) best = { candidate: split, arranged: tried, off };
  }
  return best && { candidate: best.candidate, arranged: best.arranged };
}

/** What a candidate that fits gives way to: the narrow column (for a wrapped one taller than it), or the same with wider boxes. */
function widenFitting(options: ArrangeOrgOptions & { orientation: OrgOrientation }, candidate: OrgCandidate, arranged: OrgArranged, scaleOf: (a: OrgArranged) => number): OrgArranged {
  // A wrapped arrangement taller than the narrow column does not use the width: the column reads
  // better, unless the wrapped one with its subtrees hung (columns.ts `hang`) is shorter still.
  if (candidate.wrap) {
    const narrow = arrangeOrgTree({ ...options, arrangement: 'narrow', slim: false });
    const narrowFits = scaleOf(narrow) >= 1;
    if (narrowFits && narrow.estimate.height <= arranged.estimate.height) {
      const hung = arrangeHungColumns(options, scaleOf);
      return hung && hung.estimate.height < narrow.estimate.height ? hung : narrow;
    }
    // A small chart keeps its wrapped plan, lanes whole and lines short (the governance chart at
    // 1,000–1,200 px); a large one takes columns of hung subtrees when they are 5 % shorter.
    if (!candidate.hang && options.visible.order.length < ORG_HUNG_MIN_BODIES) return widenWrapped(options, candidate, arranged, scaleOf);
    const hung = arrangeHungColumns(options, scaleOf);
    const shorter = hung && (candidate.hang || hung.estimate.height < arranged.estimate.height * 0.95) ? hung : arranged;
    return narrowFits && narrow.estimate.height <= shorter.estimate.height ? narrow : shorter;
  }
  // Wider boxes would wrap a wrapped arrangement further (and each try plans its columns again,
  // 100+ ms for the governance chart at 800 px): only spread ones widen.
  if (candidate.wrap || arranged.arrangement === 'narrow' || options.boxWidth !== undefined) return arranged;
  if (options.visible.order.length > ORG_WIDEN_MAX_BODIES) {
    if (!candidate.slim) {
      for (const wideEm of WIDE_EM) {
        const wider = arrangeOrgTree({ ...options, ...candidate, wideEm });
        if (scaleOf(wider) >= 1) return wider;
      }
    }
    return arranged;
  }
  // Per level, as wide as the text asks and the container allows (widen.ts).
  const widen = (choice: OrgCandidate, laid: OrgArranged) =>
    widenOrgBoxes({
      arranged: laid,
      lay: (widening) => arrangeOrgTree({ ...options, ...choice, ...widening }),
      fits: (a) => scaleOf(a) >= 1,
      satellites: options.visible.satelliteHost.size > 0 && laid.arrangement === 'compact',
      // Lines along the drawing's edge carry their labels beside them.
      room: options.width - (options.doc.links.length ? Math.round(2 * options.metrics.fontSize) : 0),
      emPx: options.metrics.fontSize,
    });
  const widened = widen(candidate, arranged);
  // Top-down fits a wide container with its widest row at the limit; compact, its leaves hung,
  // leaves that row room to widen (1920 px: every name on one line, 807 px tall instead of 947).
  if (options.orientation === 'auto' && candidate.arrangement === 'top-down') {
    const choice: OrgCandidate = { arrangement: 'compact', slim: false };
    const compact = arrangeOrgTree({ ...options, ...choice });
    if (scaleOf(compact) >= 1) {
      const wider = widen(choice, compact);
      if (costOrgWidening(wider) < costOrgWidening(widened)) return wider;
    }
  }
  return widened;
}

/**
 * The wrapped arrangement with every subtree under the roots' children hung (columns.ts `hang`),
 * in as many columns as fit: two with the usual boxes, then three, four… with boxes as wide as
 * their column leaves (`columnWidth`), while the deepest box keeps 9 em. The shortest that fits
 * (one with more columns only when 5 % shorter); undefined when none fits.
 */
function arrangeHungColumns(options: ArrangeOrgOptions, scaleOf: (a: OrgArranged) => number): OrgArranged | undefined {
  const { doc, metrics: M } = options;
  const index = indexOrganization(doc);
  let levels = 0;
  for (const b of options.visible.order) levels = Math.max(levels, (index.depth.get(b.id) ?? 0) + (options.visible.satelliteHost.has(b.id) ? 1 : 0));
  // What columns.ts plans in: the width less margins, lane strip and link room.
  const avail = options.width - 2 * ORG_MARGIN - (doc.lanes.length ? M.laneHeader + M.lanePadding : 0) - (doc.links.length ? 12 : 0);
  const gap = doc.lanes.length ? ORG_GAPS.lane : ORG_GAPS.cousin;
  const hang = { arrangement: 'compact', slim: false, wrap: true, hang: true } as const;
  const first = arrangeOrgTree({ ...options, ...hang });
  let best = scaleOf(first) >= 1 ? first : undefined;
  let bestChoice: OrgArrangementChoice & OrgCandidate = hang;
  // The other roots beside the headquarters' tree (short lines to them) when that is no taller.
  if (first.roots.length > 1) {
    const choice = { ...hang, beside: true };
    const beside = arrangeOrgTree({ ...options, ...choice });
    if (scaleOf(beside) >= 1 && (!best || beside.estimate.height <= best.estimate.height)) [best, bestChoice] = [beside, choice];
  }
  // No more columns than a root has children. Every count is tried: the usual boxes may miss a
  // count by a few px (one body opened a level deeper) that boxes sized to the column keep.
  const most = Math.min(ORG_HUNG_MAX_COLUMNS, Math.max(0, ...first.roots.map((r) => r.children.length)));
  const columnWidths: number[] = [];
  for (let k = 3; k <= most; k++) {
    const columnWidth = Math.floor((avail - (k - 1) * gap) / k);
    if (columnWidth - levels * ORG_HANG_INDENT < Math.round(M.fontSize * 9)) break;
    columnWidths.push(columnWidth);
    const choice = { ...hang, columnWidth };
    const tried = arrangeOrgTree({ ...options, ...choice });
    if (scaleOf(tried) >= 1 && (!best || tried.estimate.height < best.estimate.height * 0.95)) [best, bestChoice] = [tried, choice];
  }
  // The one body that alone makes the tallest column over two columns of its own children, where that fits and is shorter.
  // (Tried on the best so far, and with the roots in one column: the headquarters' tree then has the whole width for it.)
  if (best) {
    for (const choice of bestChoice === hang ? [hang] : [bestChoice, hang]) {
      const split = arrangeOrgTree({ ...options, ...choice, splitHeavy: true });
      if (scaleOf(split) >= 1 && split.estimate.height < best.estimate.height * 0.95) [best, bestChoice] = [split, { ...choice, splitHeavy: true }];
    }
  }
  // The other roots (AMED, the office, the ministry) in a row beside the headquarters' box, its
  // columns below them taking the whole width (the column they stood in beside the tree was empty
  // below them: the generated 200-body chart at 1280 px), where that is shorter.
  // Their row ends in a box outside the bands: the lines round the bands' left take a few px more
  // than the estimate keeps for them, so such a drawing fits only with a band's padding to spare.
  if (canStandOver(first.roots)) {
    // With the usual boxes, then (until its heaviest child over two columns fits) with boxes sized to 3, 4… columns.
    let fitted = false;
    for (const columnWidth of [undefined, ...columnWidths]) {
      if (fitted) break;
      for (const splitHeavy of [false, true]) {
        const choice = { ...hang, over: true, splitHeavy, columnWidth };
        const over = arrangeOrgTree({ ...options, ...choice });
        const fits = scaleOf(over) >= 1 && over.estimate.width + M.lanePadding <= options.width;
        if (fits && (!best || over.estimate.height < best.estimate.height)) {
          [best, bestChoice] = [over, choice];
          fitted ||= splitHeavy;
        }
      }
    }
  }
  // Boxes sized to their columns leave the room that position.ts packs out of the plan's bounds
  // (the generated 200-body chart at 800 px: 44 px, its deepest boxes 155 px wide with
  // 「ワーキング / グループ」 on two lines): shared among the columns, planned with it, while the
  // drawing still fits and grows no taller.
  if (best && bestChoice.columnWidth !== undefined) {
    const k = Math.max(1, Math.round((avail + gap) / (bestChoice.columnWidth + gap)));
    for (let round = 0; round < 2; round++) {
      // Lines routed round the columns' right (and their labels) reach past the estimate: up to 3 em kept for them.
      const room: number = options.width - best.estimate.width - (options.doc.links.length ? Math.round(3 * M.fontSize) : M.lanePadding);
      if (room < 4 * k) break;
      const choice: OrgArrangementChoice & OrgCandidate = { ...bestChoice, columnWidth: bestChoice.columnWidth! + Math.floor(room / k), planRoom: (bestChoice.planRoom ?? 0) + room };
      const wider = arrangeOrgTree({ ...options, ...choice });
      if (scaleOf(wider) < 1 || wider.estimate.width > best.estimate.width + room || wider.estimate.height > best.estimate.height) break;
      [best, bestChoice] = [wider, choice];
    }
  }
  // With the usual boxes, the tallest columns' boxes wider into the room left across (widen.ts).
  if (best && bestChoice.columnWidth === undefined) {
    const choice = bestChoice;
    // The plan's widths are upper bounds (columns.ts): it may count on the room widened, as the wider columns above do.
    const room = options.width - best.estimate.width;
    best = widenOrgColumns({ arranged: best, lay: (w) => arrangeOrgTree({ ...options, ...choice, planRoom: (choice.planRoom ?? 0) + room, ...w }), fits: (a) => scaleOf(a) >= 1, room: options.width - (options.doc.links.length ? Math.round(3 * M.fontSize) : M.lanePadding), emPx: M.fontSize });
  }
  return best;
}

/**
 * A small wrapped arrangement that leaves room across (the governance chart at 800 px: one column
 * of councils under the headquarters, 270 px free on the right) takes wider boxes, so that a post
 * and its holder read on one line (「議長：健康・医療戦略担当大臣」; the 推進会議 12 lines → 9): the widest of {@link WIDE_EM} whose
 * drawing still fits, with room kept for the lines' labels along its edge, and is no taller.
 * Widths a single box could not grow by in the room left are not tried (each try plans again).
 */
function widenWrapped(options: ArrangeOrgOptions, candidate: OrgCandidate, arranged: OrgArranged, scaleOf: (a: OrgArranged) => number): OrgArranged {
  const M = options.metrics;
  const room = options.width - arranged.estimate.width - wrappedLineRoom(options.doc, M);
  for (const wideEm of WIDE_EM) {
    if ((wideEm - 15) * M.fontSize > room) continue;
    const wider = arrangeOrgTree({ ...options, ...candidate, wideEm });
    if (scaleOf(wider) >= 1 && wider.estimate.width <= arranged.estimate.width + room && wider.estimate.height <= arranged.estimate.height) return wider;
  }
  return arranged;
}

/** Room (px) a wrapped arrangement leaves across, past its drawing, for the lines it routes round the side. */
function wrappedLineRoom(doc: OrganizationDocument, M: OrgMetrics): number {
  return doc.links.length ? Math.round(3 * M.fontSize) : M.lanePadding;
}

/** Room (px) kept either side of a line's label between two separate trees. */
const ORG_TREE_LABEL_CLEAR = 16;

/** The same in a wrapped arrangement, planned tight to the width: enough for the label placer (link-labels.ts). */
const ORG_PLAN_LABEL_CLEAR = 8;

/** Bodies drawn from which columns of hung subtrees may replace a wrapped plan that fits (they split lanes across columns). */
const ORG_HUNG_MIN_BODIES = 40;

/** Most columns of hung subtrees tried side by side. */
const ORG_HUNG_MAX_COLUMNS = 6;

/** How wide (em) a box may grow that prints a long holder list in full. */
const ORG_LISTED_EM = 48;

/** Bodies visible past which only whole-chart widening is tried (each try lays out every box again). */
const ORG_WIDEN_MAX_BODIES = 600;
