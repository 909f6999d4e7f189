/**
 * Layout of an organisation chart, phase by phase: the drawn bodies (visible.ts), their boxes
 * measured to their text (box.ts), an arrangement that fits the container (arrange.ts:
 * top-down, compact with hung leaves, left-right or one narrow column), positions packed by
 * subtree outlines (position.ts), nodes (nodes.ts), tree connectors (edges.ts), lane bands
 * (lanes.ts), typed links routed on their own tracks with their labels (links.ts), and the
 * frame (frame.ts).
 *
 * Pure: no DOM, runs in Node. Box contents are measured once per body and cached, so expanding
 * or collapsing a body re-runs only the positioning of the visible bodies.
 */
import { chooseOrgArrangement, countOrgGutterTracks, orgNarrowBoxEstimate } from './arrange.js';
import { orgHangIndent, scaleMeasure } from './box.js';
import { connectOrgTree } from './edges.js';
import { frameOrgDrawing } from './frame.js';
import { assignOrgLanes, bandOrgLanes } from './lanes.js';
import { routeOrgLinks } from './links.js';
import { planOrgNarrowBadges } from './gutter.js';
import { resolveOrgMetrics } from './metrics.js';
import { createOrgNodes } from './nodes.js';
import type { LayoutOrgChartOptions, OrgChartLayout } from './types.js';
import { collectVisible } from './visible.js';
import { keepOrgSlots, orgKeepKey } from './keep.js';

export * from './types.js';
export { createOrgMetrics, ORG_METRICS, ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO, ORG_PROJECTION_PX, type OrgMetrics } from './metrics.js';
export { chooseOrgBoxLimits, chooseOrgBoxWidth, measureOrgBox } from './box.js';

/**
 * Lays out the visible part of an organisation: boxes, tree connectors, lanes, typed links.
 * Coordinates are in px from the top-left of `bounds`.
 */
export function layoutOrgChart(options: LayoutOrgChartOptions): OrgChartLayout {
  const { doc, measure, measureSize = 14, orientation = 'auto', collapsed = new Set<string>(), locale = 'ja' } = options;
  const metrics = resolveOrgMetrics(options.fontSize);
  const visible = collectVisible({ doc, collapsed });
  const key = orgKeepKey({ ...options, orientation, measureSize, locale });
  const keep = options.keep && options.keep.key === key && options.keep.measure === measure ? options.keep : undefined;
  const chosen = chooseOrgArrangement({
    doc,
    visible,
    collapsed,
    width: options.width,
    height: options.height,
    measure,
    measureSize,
    locale,
    metrics,
    boxWidth: options.boxWidth,
    listHolders: options.listHolders,
    orientation,
    tightRows: options.forSlide,
    keep,
    file: options.file,
  });
  const { arrangement, roots, positions } = chosen;
  const kept = chosen.choice && { key, measure, choice: chosen.choice, slots: keepOrgSlots(chosen.plan), reused: chosen.reused === true };
  const axis = arrangement === 'left-right' ? 'left-right' : 'top-down';
  const { nodes, byId } = createOrgNodes({ doc, order: visible.order, roots, positions, collapsed });
  // The narrow column routes its lines in a gutter right of every box and band; a line too long
  // to follow there is drawn as badges in its boxes, which grow for them (gutter.ts), before the
  // connectors and bands are drawn round the boxes. The plan measures the lines from the gutter's
  // furthest place (a band reaches its padding past its boxes): drawn, they are no longer.
  const narrow = arrangement === 'narrow';
  // Its room is kept for the lines of the fully expanded tree (arrange.ts): a toggle narrows no box.
  const narrowRoom = narrow ? countOrgGutterTracks({ doc, metrics, boxes: orgNarrowBoxEstimate({ doc, width: options.width, measure, measureSize, locale, metrics }) }) : undefined;
  const gutterTracks = narrowRoom?.tracks;
  const farGutter = Math.max(0, ...nodes.map((n) => n.x + n.width)) + (doc.lanes.length ? metrics.lanePadding : 0);
  const narrowBadges = narrow ? planOrgNarrowBadges({ doc, visible: visible.ids, nodes, byId, gutter: farGutter, room: gutterTracks!, tracked: narrowRoom!.tracked, metrics, measure, measureSize, locale, file: options.file }) : undefined;
  const laneOf = assignOrgLanes(doc, nodes);
  const edges = connectOrgTree({ nodes, byId, axis, hung: positions.hung, columns: positions.columns, indent: orgHangIndent(arrangement) });
  const lanes = bandOrgLanes({ doc, nodes, laneOf, metrics, axis, edges, labelWidth: scaleMeasure(measure, measureSize, metrics.badgeSize, true) });
  // The channel between rows: below the elbows, and above the band headers of the row below where it has any (position.ts).
  const gaps = positions.channels;
  // And below every box and band: a line that no shorter route takes round a column hanging in
  // its way (working groups under their task force) goes under the drawing rather than through a box.
  const below = Math.max(0, ...nodes.map((n) => n.y + n.height + (n.childCount ? metrics.toggleRadius : 0)), ...lanes.map((l) => l.y + l.height)) + 14;
  const channels = axis === 'top-down' ? { x: [], y: [...gaps, ...positions.gaps, below] } : { x: gaps, y: [] };
  const gutter = narrow ? Math.max(0, ...nodes.map((n) => n.x + n.width), ...lanes.map((l) => l.x + l.width)) : undefined;
  const { links, hiddenLinks } = routeOrgLinks({ doc, nodes, byId, visible: visible.ids, edges, channels, lanes, metrics, measure, measureSize, locale, gutter, gutterTracks, width: options.width, narrowBadges, axis });
  const bounds = frameOrgDrawing({ nodes, edges, lanes, links, axis, toggleRadius: metrics.toggleRadius });
  return { orientation: axis, arrangement, nodes, byId, rootIds: nodes.filter((n) => n.depth === 0).map((n) => n.id), edges, links, lanes, metrics, hiddenLinks, bounds, ...(kept ? { kept } : {}) };
}
