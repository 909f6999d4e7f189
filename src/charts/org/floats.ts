/**
 * The org chart's floating parts, loaded on first use (view.ts `orgFloatsCode`): the tooltip,
 * the details panel, and their placement beside their boxes.
 */
import { floatBeside, restingRect } from '../../kit/element/float-beside.js';

export { renderOrgDetails } from './details.js';
export { renderOrgTooltip } from './tooltip.js';

/** Puts the tooltip and the details panel beside their boxes, inside the chart's window and the browser's. */
export function placeOrgFloats(root: ShadowRoot, tipId: string | undefined, detailsId: string | undefined): void {
  const area = root.querySelector('.viewport');
  const frame = (id: string | undefined) => (id ? root.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"] > .frame`) : null);
  const tip = root.querySelector<HTMLElement>('.viewport > .tooltip');
  const tipAnchor = frame(tipId);
  if (area && tip && tipAnchor) floatBeside({ panel: tip, anchor: tipAnchor, area, order: ['below', 'above', 'right', 'left'] });
  const details = root.querySelector<HTMLElement>('.stage > [part="details"]');
  const anchor = frame(detailsId);
  // Placed when it opens, and again after each update (a new layout moves its box: it goes beside
  // where the box comes to rest); but an update while its box is out of the browser window (a
  // search typed after scrolling the page) leaves it beside its box, not at the window's edge.
  if (!area || !details) return;
  if (details.dataset.placedFor === detailsId && anchor && !inWindow(anchor)) return;
  // A body not drawn (culled): the panel still stays inside the chart.
  floatBeside({ panel: details, anchor: anchor ?? area, area, gap: 8 });
  details.dataset.placedFor = detailsId ?? '';
}

/** Whether any of `el`, where it comes to rest, is inside the browser window. */
function inWindow(el: Element): boolean {
  const r = restingRect(el);
  const root = el.ownerDocument.documentElement;
  return r.y + r.height > 0 && r.x + r.width > 0 && r.y < root.clientHeight && r.x < root.clientWidth;
}
