/**
 * Phase 0 of the org chart layout: the font sizes and spacing of a box, from the base font size.
 */

/** Font sizes (px) and spacing of a box. */
export interface OrgMetrics {
  /** The base font size they follow (the element's font size, `--policy-font-size`). */
  fontSize: number;
  nameSize: number;
  nameLine: number;
  /** Aliases, role lines, notes, counts and link labels. */
  textSize: number;
  textLine: number;
  /** The kind badge and the folded-link badge. */
  badgeSize: number;
  badgeHeight: number;
  padding: number;
  gapAfterBadge: number;
  gapBetweenParts: number;
  countHeight: number;
  toggleRadius: number;
  laneHeader: number;
  lanePadding: number;
}

/** The smallest text the chart draws, in px, at any base size (WCAG-minded house rule). */
export const ORG_MIN_TEXT_PX = 12;
/**
 * The smallest text relative to the base size: 0.9, so that the 20 px slide preset never draws
 * under 18 px (what a 1920×1080 slide needs) and the 14 px default never under 12.6 px.
 */
export const ORG_MIN_TEXT_RATIO = 0.9;

/**
 * Base sizes from this one up are type for projection (the slide preset draws at 20 px and, to
 * fit a slide, at 19 or 18 px): no text under it, and lines set closer (1.2 instead of 1.35,
 * badges 1.4 high instead of 1.6, 6 px padding), as slide type is: large type needs less
 * leading, and a slide is short.
 */
export const ORG_PROJECTION_PX = 18;

/**
 * The metrics of the boxes for a base font size (default 14 px): names 8/7 of it (16 px),
 * role lines and notes at it (14 px), badges and lane labels 0.9 of it rounded up (13 px; 18 px
 * at the 20 px slide size), never under {@link ORG_MIN_TEXT_PX}, nor under
 * {@link ORG_PROJECTION_PX} for projection type.
 */
export function createOrgMetrics(options: { fontSize?: number } = {}): OrgMetrics {
  const f = options.fontSize !== undefined && Number.isFinite(options.fontSize) && options.fontSize > 0 ? options.fontSize : 14;
  const projection = f >= ORG_PROJECTION_PX;
  const lead = projection ? 1.2 : 1.35;
  const nameSize = Math.round((f * 8) / 7);
  const textSize = Math.round(f);
  const badgeSize = Math.max(projection ? ORG_PROJECTION_PX : ORG_MIN_TEXT_PX, Math.ceil(f * ORG_MIN_TEXT_RATIO));
  const textLine = Math.round(textSize * lead);
  return {
    fontSize: f,
    nameSize,
    nameLine: Math.round(nameSize * lead),
    textSize,
    textLine,
    badgeSize,
    badgeHeight: Math.round(badgeSize * (projection ? 1.4 : 1.6)),
    padding: projection ? 6 : 8,
    gapAfterBadge: 5,
    gapBetweenParts: 4,
    countHeight: textLine + 4,
    toggleRadius: 9,
    laneHeader: Math.round(f * 1.6),
    lanePadding: 8,
  };
}

/** The metrics at the default 14 px base size. */
export const ORG_METRICS: Readonly<OrgMetrics> = createOrgMetrics();

/** The metrics for an optional base font size (the shared default object when none is given). */
export function resolveOrgMetrics(fontSize: number | undefined): OrgMetrics {
  return fontSize === undefined ? ORG_METRICS : createOrgMetrics({ fontSize });
}
