/**
 * The org chart's floating parts, loaded on first use (view.ts `orgFloatsCode`): the tooltip,
 * the details panel, and their placement beside their boxes.
 */
import { floatBeside, restingRect } from '../../kit/element/float-beside.js';
import type { Rect } from '../../kit/place.js';

export { renderOrgDetails } from './details.js';
export { renderOrgTooltip } from './tooltip.js';

/**
 * Puts the tooltip and the details panel beside their boxes, inside the chart's window and the
 * browser's. `restingRectOf`: where a drawn body's box comes to rest on the screen (client
 * coordinates), worked out from its layout and the view (policy-org-chart.ts): the boxes are
 * then not measured with their glides moved to the end and back (kit/element/float-beside.ts
 * `restingRect`), which restyled and laid out the moving parts twice more in every update that
 * showed a tooltip (a reader pointing at the box whose ⊕ they click). Without it, measured so.
 */
export function placeOrgFloats(root: ShadowRoot, tipId: string | undefined, detailsId: string | undefined, restingRectOf?: (id: string) => Rect | undefined): void {
  const area = root.querySelector('.viewport');
  const frame = (id: string | undefined) => (id ? root.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"] > .frame`) : null);
  const tip = root.querySelector<HTMLElement>('.viewport > .tooltip');
  const tipAnchor = frame(tipId);
  if (area && tip && tipAnchor) floatBeside({ panel: tip, anchor: tipAnchor, anchorRect: restingRectOf?.(tipId!), area, order: ['below', 'above', 'right', 'left'] });
  const details = root.querySelector<HTMLElement>('.stage > [part="details"]');
  const anchor = frame(detailsId);
  // Placed when it opens, and again after each update (a new layout moves its box: it goes beside
  // where the box comes to rest); but an update while its box is out of the browser window (a
  // search typed after scrolling the page) leaves it beside its box, not at the window's edge.
  if (!area || !details) return;
  const anchorRect = anchor ? restingRectOf?.(detailsId!) : undefined;
  if (details.dataset.placedFor === detailsId && anchor && !inWindow(anchorRect ?? restingRect(anchor), anchor)) return;
  // A body not drawn (culled): the panel still stays inside the chart.
  floatBeside({ panel: details, anchor: anchor ?? area, anchorRect, area, gap: 8 });
  details.dataset.placedFor = detailsId ?? '';
}

/** Whether any of `r` (where `el` comes to rest) is inside the browser window. */
function inWindow(r: Rect, el: Element): boolean {
  const root = el.ownerDocument.documentElement;
  return r.y + r.height > 0 && r.x + r.width > 0 && r.y < root.clientHeight && r.x < root.clientWidth;
}
