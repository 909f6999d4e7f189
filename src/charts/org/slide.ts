/**
 * The org chart on a slide (`preset="slide"` with a height, the CLI's `--slide`): the drawing
 * must fit the slide as drawn, with no text under 18 px. Rather than shrink the whole drawing,
 * this picks the richest version that fits, trying in order:
 *
 * 1. every box whole, at the slide's type size, then 1 px smaller down to 18 px; long holder
 *    lists (a council's 20 members) printed in full first, since a slide's count button cannot be
 *    opened, then as counts; a drawing a little too tall is laid out again for the slide's width
 *    alone (its upper boxes widened, their role lines on fewer lines), and taken if it fits;
 * 2. boxes without role lines and notes (kind, name and aliases; roles and notes go to the
 *    details panel and the table in the element, under the chart or in the deck's notes in a
 *    file), at the same sizes;
 * 3. an overview: the deepest levels collapsed, one level at a time, boxes as in 2 (the
 *    collapsed bodies keep their toggles and counts; the table and the notes list them all).
 *    An overview that leaves the slide half empty (a few boxes of a large tree) is drawn in
 *    larger type, up to 1.4 × the slide's size, the largest that still fits: it is the slide's
 *    whole content, read from the back of the room. So is a drawing the element collapsed on
 *    its own (`collapsed` given while `collapse` is true: a large tree's first drawing).
 *
 * When nothing fits (a tree whose roots alone are wider than the slide), the last try is
 * returned with `fits: false`. Pure: runs in Node.
 */
import type { Body, OrganizationDocument } from '../../data/types.js';
import { layoutOrgChart, ORG_MAX_LISTED_HOLDERS, ORG_PROJECTION_PX, type LayoutOrgChartOptions, type OrgChartLayout } from './layout/index.js';
import { collapseBelowDepth, indexOrganization } from './tree-index.js';

/** Smallest drawing height on a slide (slide-state.ts: with the element, which loads this module on first use). */
export { ORG_SLIDE_MIN_DRAWING } from './slide-state.js';

/** Options of {@link fitOrgSlide}: those of `layoutOrgChart`, with the slide's size required. */
export interface FitOrgSlideOptions extends LayoutOrgChartOptions {
  height: number;
  /** The slide's type size, px (20 for the slide preset). */
  fontSize: number;
  /** Whether the fit may collapse levels (an overview); false keeps `collapsed` as given (the reader chose it). Default true. */
  collapse?: boolean;
}

/** What {@link fitOrgSlide} chose. */
export interface OrgSlideFit {
  layout: OrgChartLayout;
  /** The base type size the boxes are drawn at (18 px up to the slide's size). */
  fontSize: number;
  /** The boxes leave out role lines and notes (the layout's nodes still carry the whole bodies). */
  lean: boolean;
  /** Collapsed bodies of the layout (the given set, or more for an overview). */
  collapsed: ReadonlySet<string>;
  /** Levels drawn when the fit collapsed some (an overview); undefined when it did not. */
  depth?: number;
  /** The drawing fits the width and height. */
  fits: boolean;
}

const leanDocs = new WeakMap<OrganizationDocument, OrganizationDocument>();

/** The document with no role lines or notes on any body (the same object each time, so box measures are cached). */
function leanDocument(doc: OrganizationDocument): OrganizationDocument {
  let lean = leanDocs.get(doc);
  if (!lean) {
    lean = { ...doc, bodies: doc.bodies.map((body) => (body.roles.length || body.notes.length ? { ...body, roles: [], notes: [] } : body)) };
    leanDocs.set(doc, lean);
  }
  return lean;
}

/** Lays `doc` out to fit a slide of `width` × `height` with text of 18 px or more (see the module comment). */
export function fitOrgSlide(options: FitOrgSlideOptions): OrgSlideFit {
  const { doc, width, height, collapse = true } = options;
  const top = Math.max(1, Math.round(options.fontSize));
  const floor = Math.min(top, ORG_PROJECTION_PX);
  const sizes: number[] = [];
  for (let s = top; s >= floor; s--) sizes.push(s);
  const hasDetail = doc.bodies.some((body) => body.roles.length > 0 || body.notes.length > 0);
  const given = options.collapsed ?? new Set<string>();
  const bodies = new Map<string, Body>(doc.bodies.map((body) => [body.id, body]));

  let last: OrgSlideFit | undefined;
  const attempt = (lean: boolean, fontSize: number, collapsed: ReadonlySet<string>, depth?: number, listHolders?: number, orientation = options.orientation, forWidth = false): OrgSlideFit | undefined => {
    const layout = layoutOrgChart({ ...options, ...(forWidth ? { height: undefined } : {}), doc: lean ? leanDocument(doc) : doc, fontSize, collapsed, listHolders, orientation, forSlide: true });
    // The nodes carry the whole bodies (tooltips and names read them), whatever the boxes show.
    if (lean) for (const node of layout.nodes) node.body = bodies.get(node.id) ?? node.body;
    const fits = layout.bounds.width <= width && layout.bounds.height <= height;
    last = { layout, fontSize, lean, collapsed, fits, ...(depth === undefined ? {} : { depth }) };
    return fits ? last : undefined;
  };

  /**
   * An overview (`fit` at the slide's size with bodies collapsed) in larger type where the slide
   * has room; with `orientation` auto, a top-down row hung in columns when that takes larger type still.
   */
  const grow = (fit: OrgSlideFit, lean: boolean, collapsed: ReadonlySet<string>, depth?: number): OrgSlideFit => {
    let grown = growOverview(fit, { width, height, top }, (s) => attempt(lean, s, collapsed, depth)) ?? fit;
    // A row as wide as the slide (the flare-like packages) leaves it empty below: hung in
    // columns (compact) the same boxes may take larger type.
    if ((options.orientation ?? 'auto') === 'auto' && grown.layout.arrangement === 'top-down') {
      const hung = attempt(lean, top, collapsed, depth, undefined, 'compact');
      const hungGrown = hung && growOverview(hung, { width, height, top }, (s) => attempt(lean, s, collapsed, depth, undefined, 'compact'));
      if (hungGrown && hungGrown.fontSize > grown.fontSize) grown = hungGrown;
    }
    if (slideCover(grown.layout, width, height) >= ORG_SLIDE_FILL) return grown;
    // Still half empty at the largest type (a few boxes of a large tree): the collapsed bodies
    // opened one by one, in reading order, each kept while the drawing still fits at the slide's
    // size; taken when it covers more of the slide than the larger type does.
    let open = fit;
    for (const node of fit.layout.nodes) {
      if (node.childCount === 0 || node.expanded) continue;
      const next = new Set(open.collapsed);
      next.delete(node.id);
      open = attempt(lean, fit.fontSize, next, depth) ?? open;
    }
    return open !== fit && slideCover(open.layout, width, height) > slideCover(grown.layout, width, height) ? open : grown;
  };

  if (doc.bodies.some((body) => body.roles.some((role) => role.holders.length > ORG_MAX_LISTED_HOLDERS))) {
    for (const size of sizes) {
      const fit = attempt(false, size, given, undefined, Infinity);
      if (fit) return fit;
    }
  }
  /**
   * Whole boxes laid out for the slide's width alone, when laid out for its size they are a little
   * too tall: no arrangement fits both, so none is widened (arrange.ts widens only a drawing that
   * fits), and the boxes keep their page widths, their role lines wrapped on many lines. Laid out
   * for the width, the upper boxes widen (the 本部's and 推進会議's role lines on one line each,
   * 1,821 × 870 px at 18 px instead of 1,800 × 1,087) and may then fit the height too.
   */
  const forWidth = (size: number, lean: boolean): OrgSlideFit | undefined => {
    const tall = last;
    if (!tall || Math.min(width / tall.layout.bounds.width, height / tall.layout.bounds.height) * ORG_SLIDE_WIDEN_REACH < 1) return undefined;
    return attempt(lean, size, given, undefined, undefined, options.orientation, true);
  };
  for (const lean of hasDetail ? [false, true] : [false]) {
    for (const size of sizes) {
      // (Boxes without role lines too: the governance chart left-right, its councils' names on one
      // line each in wider boxes, 1,592 × 854 px at 18 px rather than an overview of 9 bodies.)
      const fit = attempt(lean, size, given) ?? forWidth(size, lean);
      // The element's first drawing of a large tree collapses levels itself (chooseCollapsedDepth):
      // while the fit may still choose (`collapse`), that is an overview too.
      if (fit) return collapse && given.size > 0 && size === top ? grow(fit, lean, given) : fit;
    }
  }
  if (collapse) {
    // An overview: collapse the deepest level still drawn, then the next, at the largest size that fits.
    const drawnDepth = Math.max(0, ...layoutDepths(last!.layout));
    for (let depth = drawnDepth - 1; depth >= 0; depth--) {
      const collapsed = new Set([...given, ...collapseBelowDepth({ doc, depth })]);
      for (const size of sizes) {
        const fit = attempt(hasDetail, size, collapsed, depth + 1);
        if (fit) return size === top ? grow(fit, hasDetail, collapsed, depth + 1) : fit;
      }
    }
  }
  return last!;
}

/**
 * How much larger than the slide (either way) whole boxes laid out for its size may be and still
 * be laid out for its width alone (wider upper boxes, fewer role lines): within reach of fitting.
 */
const ORG_SLIDE_WIDEN_REACH = 1.5;

/**
 * Share of the slide's area an overview's drawing should cover: under it (half empty), collapsed
 * bodies are opened where they fit ({@link fitOrgSlide}'s `grow`).
 */
export const ORG_SLIDE_FILL = 0.5;

/** Share of a `width` × `height` slide the drawing's bounds cover. */
function slideCover(layout: OrgChartLayout, width: number, height: number): number {
  return (Math.min(width, layout.bounds.width) * Math.min(height, layout.bounds.height)) / Math.max(1, width * height);
}

/** Largest type an overview grows to, as a multiple of the slide's size. */
export const ORG_SLIDE_MAX_GROWTH = 1.4;

/**
 * The overview `fit` (laid out at the slide's size `top`) in the largest type up to
 * {@link ORG_SLIDE_MAX_GROWTH} × `top` that still fits, when it leaves room on both axes; undefined
 * when no larger size fits. Sizes are tried from a little past the one the room suggests (the
 * boxes grow in proportion to their type, the gaps between them do not) down; a size is taken only
 * when the drawing grew on both axes.
 */
function growOverview(fit: OrgSlideFit, slide: { width: number; height: number; top: number }, attempt: (size: number) => OrgSlideFit | undefined): OrgSlideFit | undefined {
  const { width, height } = fit.layout.bounds;
  // Not past what the room allows were everything to grow with the type (gaps and margins do not: a little more may fit).
  const room = Math.min(slide.width / Math.max(1, width), slide.height / Math.max(1, height));
  if (room < 1.05) return undefined;
  const largest = Math.floor(slide.top * Math.min(ORG_SLIDE_MAX_GROWTH, room * 1.25));
  for (let size = largest; size > slide.top; size--) {
    const grown = attempt(size);
    // Only the same drawing larger, grown on both axes: not one flattened into a row (its columns
    // of leaves split, arrange.ts) that leaves the lower part of the slide as empty as before.
    if (grown && grown.layout.bounds.width >= width && grown.layout.bounds.height >= height) return grown;
  }
  return undefined;
}

/** Depths (0 = roots) of the drawn bodies. */
function layoutDepths(layout: OrgChartLayout): number[] {
  return layout.nodes.map((node) => node.depth);
}

/** The bodies a slide does not draw: descendants of the bodies the fit collapsed, in document order. */
export function listHiddenBodies(options: { doc: OrganizationDocument; layout: OrgChartLayout }): Body[] {
  const drawn = options.layout.byId;
  return indexOrganization(options.doc).order.filter((body) => !drawn.has(body.id));
}
