/** The org chart's first view: fitted to the width, not below a readable scale. */
import { fitView, type Viewport } from '../../kit/viewport.js';
import { ORG_CULL_MIN_BOXES } from './render.js';
import { ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO, ORG_PROJECTION_PX, type OrgChartLayout } from './layout/index.js';

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

/** The view fitting `layout` to the width (not below a readable scale). */
export function fitOrgView(layout: OrgChartLayout, width: number, height: number | undefined): Viewport {
  // The smallest scale the first view may use: the badges (the smallest text) stay readable.
  const m = layout.metrics;
  const floor = m && m.fontSize >= ORG_PROJECTION_PX ? ORG_PROJECTION_PX : Math.max(ORG_MIN_TEXT_PX, ORG_MIN_TEXT_RATIO * (m?.fontSize ?? 14));
  const minScale = m ? Math.min(1, floor / m.badgeSize) : MIN_FIT_SCALE;
  // Too wide to fit: start with the first root (the top of the hierarchy) in the middle.
  const root = layout.byId.get(layout.rootIds[0] ?? '');
  const centerX = root ? root.x + root.width / 2 : undefined;
  const whole = layout.bounds.width * minScale <= width + 1 && layout.nodes.length < ORG_CULL_MIN_BOXES;
  return fitView({ content: layout.bounds, width, height, minScale, maxHeight: whole ? Infinity : MAX_AUTO_HEIGHT, centerX });
}
