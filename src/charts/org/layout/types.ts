/**
 * The shapes the org chart layout produces (boxes, connectors, links, lanes) and its options.
 * Every phase file of the layout reads or writes these.
 */
import type { Body, Lane, LinkType, Locale, OrganizationDocument, OrgLink } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import type { OrgKeptArrangement } from './keep.js';
import type { OrgMetrics } from './metrics.js';
import type { Point, Rect } from './route.js';

/**
 * Allowed values of the chart's `orientation`: `auto` (the default) picks one of the others
 * from the container's width (and height, when fixed); `top-down` spreads every level;
 * `compact` hangs groups of leaves in a column under their parent, as org-chart tools do;
 * `left-right` puts the levels in columns.
 */
export const ORG_ORIENTATIONS = ['auto', 'top-down', 'compact', 'left-right'] as const;
export type OrgOrientation = (typeof ORG_ORIENTATIONS)[number];

/**
 * How a layout arranged the bodies: `top-down`, `compact` (leaves hung in columns), `narrow`
 * (every level hung under its parent: an indented tree one box wide, for phones) or `left-right`.
 */
export type OrgArrangement = 'top-down' | 'compact' | 'narrow' | 'left-right';

/** The direction of the depth axis: down the page, or across it. */
export type OrgAxis = 'top-down' | 'left-right';

/** Link types with a direction (from → to), drawn with an arrowhead; 連携 and 共同事務局 are mutual. */
export const ORG_DIRECTED_LINKS: ReadonlySet<LinkType> = new Set<LinkType>(['jurisdiction', 'advice', 'other']);

/** Holder lists longer than this become a count that opens the details panel. */
export const ORG_MAX_LISTED_HOLDERS = 6;

/**
 * A collapsed box draws at most this many lines into its folded subtree; with more, none of
 * them is drawn and the box shows a count badge (「連携等 12」) that opens the details panel
 * listing every one. Dozens of such lines used to pile up into a thick band above the boxes.
 */
export const ORG_MAX_FOLDED_LINES = 3;

/** One line of text inside a box, relative to the box's top-left corner. */
export interface OrgTextLine {
  kind: 'name' | 'alias' | 'role' | 'note';
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

/** A role whose holder list is too long to print: drawn as a count button. */
export interface OrgCountButton {
  roleIndex: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a box shows, measured (independent of its position). */
export interface OrgBoxContent {
  width: number;
  height: number;
  /** The kind badge: its words and width; `full`, the kind's label, where the badge shows its short word (words.ts `ORG_KIND_SHORT`). */
  badge: { text: string; width: number; full?: string };
  lines: OrgTextLine[];
  counts: OrgCountButton[];
  /** True when the name (or an alias, role or note line) ended in an ellipsis. */
  truncated: boolean;
}

/** A drawn body. */
export interface OrgNodeLayout extends OrgBoxContent {
  id: string;
  body: Body;
  /** Top-left corner. */
  x: number;
  y: number;
  /** 0 for roots. */
  depth: number;
  parentId?: string;
  /** Ids of the children drawn (empty when collapsed). */
  childIds: string[];
  /** Number of children in the document. */
  childCount: number;
  expanded: boolean;
  /** ARIA: 1-based position among siblings and their number. */
  posinset: number;
  setsize: number;
  /**
   * Typed links between a body hidden in this (collapsed) box's subtree and a body outside it,
   * drawn as lines or not; in document order. Empty unless the box is collapsed.
   */
  folded: OrgLink[];
  /**
   * The count badge of the folded links not drawn as lines (see {@link ORG_MAX_FOLDED_LINES}),
   * relative to the box's top-left corner; absent when every folded link has its line.
   */
  foldedBadge?: OrgFoldedBadge;
  /**
   * Where the box's ⊕/⊖ is drawn, px below its top, when not on its bottom edge: a box of the
   * one-column arrangement that holds end badges (gutter.ts) keeps its toggle where its text ends
   * and the badges stand under it, so that the badges a collapse adds do not move the toggle
   * from under the pointer (R11-3-1).
   */
  toggleAt?: number;
}

/** The badge on a collapsed box counting the links into its subtree that are not drawn. */
export interface OrgFoldedBadge {
  /** Number of links it stands for. */
  count: number;
  text: string;
  /**
   * Where the chip lists the pair numbers of the lines it counts (link-labels.ts, 「連携等 3 ⑤⑥⑦」):
   * `head` the words before them (「連携等 3」), `rings` each number's digits and ring, relative to the box.
   */
  head?: string;
  rings?: Array<{ digits: string; x: number; y: number; width: number; height: number }>;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tree connector from a parent to a child. */
export interface OrgEdgeLayout {
  id: string;
  from: string;
  to: string;
  points: Point[];
}

/** A typed link, routed. */
export interface OrgLinkLayout {
  id: string;
  /** The (first) link drawn; see `links` when an end lies in a collapsed subtree. */
  link: OrgLink;
  /** Every link this line stands for: links of one type into the same collapsed subtree share a line. */
  links: OrgLink[];
  type: LinkType;
  label: string;
  /** The visible bodies the line joins (an end hidden in a collapsed subtree moves to its nearest visible ancestor). */
  from: string;
  to: string;
  /** True at an end that stands for a body hidden in a collapsed subtree. */
  collapsedFrom: boolean;
  collapsedTo: boolean;
  /** Whether the line has a direction (所管, 助言, other): drawn with an arrowhead at `to`. */
  directed: boolean;
  points: Point[];
  /** Boxes the route still crosses (0 unless unavoidable). */
  crossings: number;
  /**
   * Where the label goes. None on a line into a collapsed subtree: its line style and hollow
   * end say what it is (legend), and dozens of such labels would bury the boxes.
   */
  labelBox?: Rect;
  /** The words drawn on the line when they are not `label`: its shorter form (words.ts), where the whole label does not fit by the line; `label` is the tooltip. */
  labelShort?: string;
  /** The label stands vertically (on a track of the narrow arrangement's gutter). */
  labelVertical?: boolean;
  /** Lines of the same name running beside this one that its label lies across and names too (its bundle), by `id`. */
  labelAlso?: string[];
  /**
   * A line too long to follow (over {@link ORG_STUB_ROUTE} px) is not drawn: each of its boxes
   * carries a badge naming the link and the way to the other end (「連携 ↓」), inside the box on
   * its kind badge's line as the folded-link badge, or beside it at the end of a short stub when
   * the box has no room. `points` keeps the whole route (hit testing, exports); no `labelBox`.
   */
  stubs?: { from: OrgLinkStub; to: OrgLinkStub };
}

/** One end of a line drawn as badges: the badge, its words and tooltip, and the stub to it (empty inside the box). */
export interface OrgLinkStub {
  points: Point[];
  badge: Rect;
  text: string;
  title: string;
  /**
   * The one-column arrangement's badges (gutter.ts) stand inside the box, under its text, and
   * name the body at the other end: their text in lines (the link and its way, then the body's
   * name, wrapped to the box), `text` being the lines joined.
   */
  lines?: string[];
  /** The body at the other end: activating the badge (its lines `row`) moves focus there. */
  partner?: string;
  /** The number both badges of a line carry where an end has no room for the other's name (①; link-labels.ts orgPairMark). */
  mark?: string;
  /** Where `mark` is drawn, relative to `badge`'s top-left corner: its digits in a ring of their own at the badge's right end (layout/pair-mark.ts; a circled ⑦ draws its digit at about 5 px). */
  markBox?: { x: number; y: number; width: number; height: number };
  /** The lines of `lines` naming `partner`. */
  row?: { first: number; count: number };
  /** How many of `lines` are the head (the link and its way) above the bodies' names. */
  head?: number;
  /** The badge's id for the layout lint: `${link id}-badge`, of the first line a shared badge stands for. */
  badgeId?: string;
  /** The badge stands for several lines of one kind going one way from its box (「共同事務局 ↓×2」): the same `badge` for each. */
  shared?: boolean;
  /**
   * This end is counted by its (collapsed) box's folded-link badge (`OrgNodeLayout.foldedBadge`,
   * `badge` its place): no chip of its own (link-labels.ts, a box where more long lines end than its badge line holds).
   */
  folded?: boolean;
}

/**
 * A routed line longer than this (px, two screens of a laptop) is drawn as a stub and a badge at
 * each end (in the one-column arrangement from ORG_STUB_NARROW, gutter.ts).
 */
export const ORG_STUB_ROUTE = 1600;

/**
 * A lane drawn as one band around its bodies: the union of `parts` (rectangles round groups of
 * its boxes, the joins between them and the label strip), drawn as `outline`, named once.
 */
export interface OrgLaneLayout {
  lane: Lane;
  /** The band's extent (the box round its outline). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The rectangles whose union is the band. */
  parts: Rect[];
  /** The band's outline: closed rings of corner points, clockwise (one ring when its parts are joined). */
  outline: Point[][];
  /**
   * The lane's name: its anchor (across, at the band's top-left; `vertical` is always false now,
   * kept for readers of older layouts), the strip it stands in, and `text`, the name shortened
   * with an ellipsis when the band has no room for all of it (the full name is `lane.name`).
   */
  label: { x: number; y: number; vertical: boolean; strip: Rect; text?: string };
}

/** The laid-out chart. */
export interface OrgChartLayout {
  /** The depth axis (`compact` and `narrow` arrangements are top-down). */
  orientation: OrgAxis;
  /** How the bodies were arranged (chosen from the width when the orientation is `auto`). */
  arrangement: OrgArrangement;
  /** Visible bodies in pre-order (the order of keyboard navigation). */
  nodes: OrgNodeLayout[];
  byId: Map<string, OrgNodeLayout>;
  /** Ids of the visible roots. */
  rootIds: string[];
  edges: OrgEdgeLayout[];
  links: OrgLinkLayout[];
  lanes: OrgLaneLayout[];
  /** Font sizes and spacing the boxes were measured with (the renderer draws with the same). */
  metrics: OrgMetrics;
  /**
   * Links not drawn because both ends are hidden in (or are the top of) one collapsed subtree;
   * the text alternative and the details panel still list them.
   */
  hiddenLinks: OrgLink[];
  bounds: { width: number; height: number };
  /** How the boxes were arranged, for the next layout after an expand or collapse to keep (`keep` of {@link LayoutOrgChartOptions}). */
  kept?: OrgKeptArrangement;
}

/** Options of `layoutOrgChart`. */
export interface LayoutOrgChartOptions {
  doc: OrganizationDocument;
  /** Available width in px: it chooses the arrangement (`auto`) and how wide a box may grow. */
  width: number;
  /** Available height in px, when fixed (a slide): `auto` then prefers an arrangement that fits it too. */
  height?: number;
  /** Width of text at `measureSize` px (canvas measure in the browser, approximate in Node). */
  measure: MeasureText;
  /** Font size `measure` measures at; other sizes are scaled from it. Default 14. */
  measureSize?: number;
  /** Default `auto`. */
  orientation?: OrgOrientation;
  /** Ids of collapsed bodies (their descendants are not drawn). */
  collapsed?: ReadonlySet<string>;
  locale?: Locale;
  /** A fixed box width in px; by default each box is as wide as its text needs, within limits set by the width. */
  boxWidth?: number;
  /** Base font size in px (the element's font size); text sizes follow it. Default 14. */
  fontSize?: number;
  /**
   * Roles with more holders than this show a count button that opens the list (default
   * {@link ORG_MAX_LISTED_HOLDERS}); a slide or file, which cannot be clicked, lists more.
   */
  listHolders?: number;
  /**
   * Laid out for a slide (slide.ts): only rows that start a band (or hold satellites) keep room
   * for band headers above them, a shorter drawing. A page keeps the room above every row (the
   * routes and labels of its widths are tuned to it).
   */
  forSlide?: boolean;
  /**
   * Laid out for a file (SVG, PNG, a slide's picture): an open box draws no ⊖ there (render.ts),
   * so the narrow column's end badges stand right under its text, with no row kept for the toggle.
   */
  file?: boolean;
  /**
   * The last layout's `kept` arrangement (after an expand or collapse): laid out again as it was
   * (each parent keeping its columns) while it fits, instead of choosing the arrangement afresh;
   * ignored when it was made for another width, height, orientation, font or locale (keep.ts).
   */
  keep?: OrgKeptArrangement;
}
