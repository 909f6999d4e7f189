/** The org chart's first view: fitted to the width, not below a readable scale. */
import { fitView, type ContentSize, type Viewport } from '../../kit/viewport.js';
import { ORG_CULL_MIN_BOXES } from './render.js';
import { ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO, ORG_PROJECTION_PX, type OrgChartLayout } from './layout/index.js';
import type { OrgAxis } from './layout/types.js';
import { ORG_MARGIN } from './layout/frame.js';

/**
 * Fitting to the width (the first view) shrinks the drawing only while its smallest text (the
 * badges) stays at least 0.9 of the font size and 12 px: 12.6 px at the default 14 px, 18 px
 * on the slide preset (projection type, {@link ORG_PROJECTION_PX}: never under 18 px). Narrower screens pan; 「全体を表示」 shows the whole drawing.
 */
const MIN_FIT_SCALE = 12 / 13;
/**
 * Height the window takes by itself (no `height` on the element) for a drawing that pans sideways
 * or that is drawn only where seen ({@link ORG_CULL_MIN_BOXES} boxes or more); below it, it pans
 * vertically too. A drawing that fits the width gets a window of its whole height: the page
 * scrolls, not the chart.
 */
const MAX_AUTO_HEIGHT = 1600;

/** The smallest scale the first view may use: the badges (the smallest text) stay readable. */
function minFitScale(layout: OrgChartLayout): number {
  const m = layout.metrics;
  const floor = m && m.fontSize >= ORG_PROJECTION_PX ? ORG_PROJECTION_PX : Math.max(ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO * (m?.fontSize ?? 14));
  return m ? Math.min(1, floor / m.badgeSize) : MIN_FIT_SCALE;
}

/** The tallest the window takes by itself for `layout` at `width` (a fixed `height` is the element's). */
function autoHeightCap(layout: OrgChartLayout, width: number): number {
  const whole = layout.bounds.width * minFitScale(layout) <= width + 1 && layout.nodes.length < ORG_CULL_MIN_BOXES;
  return whole ? Infinity : MAX_AUTO_HEIGHT;
}

/** The view fitting `layout` to the width (not below a readable scale). */
export function fitOrgView(layout: OrgChartLayout, width: number, height: number | undefined): Viewport {
  // Too wide to fit: start with the first root (the top of the hierarchy) in the middle.
  const root = layout.byId.get(layout.rootIds[0] ?? '');
  const centerX = root ? root.x + root.width / 2 : undefined;
  return fitView({ content: layout.bounds, width, height, minScale: minFitScale(layout), maxHeight: autoHeightCap(layout, width), centerX });
}

/** A place in the drawing (px at scale 1). */
export interface OrgPoint {
  x: number;
  y: number;
}

/**
 * Where a box's ⊕/⊖ is drawn (render.ts renderToggle): the middle of its bottom edge top-down (or `toggleAt` below its top),
 * of its right edge left-right. The place a reader's expand or collapse keeps on the screen (the
 * box may change height as it folds: its toggle stays under the pointer).
 */
export function orgTogglePoint(node: { x: number; y: number; width: number; height: number; toggleAt?: number }, axis: OrgAxis): OrgPoint {
  return axis === 'top-down' ? { x: node.x + node.width / 2, y: node.y + (node.toggleAt ?? node.height) } : { x: node.x + node.width, y: node.y + node.height / 2 };
}

/**
 * The view after a reader's expand or collapse that keeps the body toggled where it was on the
 * screen (its ⊕/⊖ under the pointer): the drawing moves by as much as that toggle moved within it
 * (`from`: its place in the last layout, `to`: in this one, {@link orgTogglePoint}), as far as every box stays whole in
 * the window (only the drawing's empty margin, {@link ORG_MARGIN}, may leave it; a drawing
 * larger than the window moves within its pan range). The window keeps the height the layout gave
 * it: a drawing as tall as its window (no fixed `height`) moves up into its top margin at most, and
 * never down (that would cut its bottom). `view`: the view the layout was given (fitted, kept or the reader's zoom);
 * returned unchanged for another scale or window width than `before`'s.
 */
export function anchorOrgView(options: { content: ContentSize; before: Viewport; view: Viewport; from: OrgPoint; to: OrgPoint }): Viewport {
  const { content, before, view, from, to } = options;
  const { k } = view;
  if (before.k !== k || before.width !== view.width) return view;
  const m = ORG_MARGIN * k;
  const cw = content.width * k;
  const ch = content.height * k;
  const within = (v: number, low: number, high: number) => Math.round(Math.min(high, Math.max(low, v)));
  const tx = within(before.tx + (from.x - to.x) * k, ...(cw <= view.width ? [-m, view.width - cw + m] : [view.width - cw, 0]) as [number, number]);
  const ty = within(before.ty + (from.y - to.y) * k, ...(ch <= view.height ? [-m, Math.max(0, view.height - ch)] : [view.height - ch, 0]) as [number, number]);
  return tx === view.tx && ty === view.ty ? view : { ...view, tx, ty };
}
