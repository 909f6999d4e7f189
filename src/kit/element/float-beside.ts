/**
 * Puts an absolutely positioned panel (a tooltip, a details panel) beside the element that
 * opened it, inside the visible part of an area (the chart's window) and of the browser
 * window. Measures the DOM, so it runs after an update; the maths is {@link placeBeside}.
 * The element that opened it is measured where it comes to rest ({@link restingRect}): a box
 * gliding to its new place after an expand or collapse is placed beside where it ends up, not
 * where its motion starts.
 */
import { intersectRects, placeBeside, type Placement, type PlaceSide, type Rect } from '../place.js';

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};

/**
 * The animations (CSS transitions and animations) that move or scale `el`: its own and its
 * ancestors', across shadow roots; those that run for ever are left out (they never rest).
 */
function motionsOf(el: Element): Animation[] {
  const found: Animation[] = [];
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (!(node instanceof Element) || typeof node.getAnimations !== 'function') continue;
    for (const a of node.getAnimations()) {
      const end = a.effect?.getComputedTiming().endTime;
      if (typeof end === 'number' && Number.isFinite(end) && a.currentTime !== null && a.playState !== 'finished' && a.playState !== 'idle') found.push(a);
    }
  }
  return found;
}

/**
 * The client rectangle of `el` once its running transitions and animations (and its
 * ancestors') have ended: each is moved to its end, the element measured, and each put back
 * where it was, in one task (no frame is drawn in between, and an animation put back before
 * its finish notification runs sends none). Without motion, its rectangle now.
 */
export function restingRect(el: Element): Rect {
  const motions = motionsOf(el);
  const times = motions.map((a) => a.currentTime!);
  for (const a of motions) a.currentTime = a.effect!.getComputedTiming().endTime!;
  const rect = rectOf(el);
  motions.forEach((a, i) => (a.currentTime = times[i]!));
  return rect;
}

/** Options of {@link floatBeside}. */
export interface FloatBesideOptions {
  /** The panel: `position: absolute` inside a positioned container. */
  panel: HTMLElement;
  /** What opened it (measured where it comes to rest: {@link restingRect}). */
  anchor: Element;
  /**
   * Where `anchor` comes to rest (client coordinates), when the caller knows it without measuring:
   * then no running animation is moved to its end and back to measure it (each move makes the
   * browser restyle and lay out the moving parts once more, inside the update that placed the panel).
   */
  anchorRect?: Rect;
  /** The area it must stay inside (also kept inside the browser window). */
  area: Element;
  gap?: number;
  order?: readonly PlaceSide[];
}

/**
 * Sets the panel's `left`, `top` and `max-height` (taller panels scroll) so that it sits beside
 * `anchor` inside `area` and the browser window; returns where it went (client coordinates),
 * or nothing when the panel is not laid out.
 */
export function floatBeside({ panel, anchor, anchorRect, area, gap, order }: FloatBesideOptions): Placement | undefined {
  const container = panel.offsetParent;
  if (!container) return undefined;
  const root = panel.ownerDocument.documentElement;
  const win: Rect = { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
  let bounds = intersectRects(rectOf(area), win);
  // The area is scrolled (nearly) out of sight: the window alone bounds the panel.
  if (bounds.width < 120 || bounds.height < 80) bounds = win;
  // Measured at the container's top left, where its width does not depend on where it was.
  panel.style.right = 'auto';
  panel.style.left = '0px';
  panel.style.top = '0px';
  panel.style.maxHeight = `${Math.floor(bounds.height)}px`;
  panel.style.maxWidth = '';
  const size = { width: panel.offsetWidth, height: panel.offsetHeight };
  const place = placeBeside({ anchor: anchorRect ?? restingRect(anchor), size, bounds, gap, order });
  if (place.maxHeight !== undefined) panel.style.maxHeight = `${place.maxHeight}px`;
  if (place.maxWidth !== undefined) panel.style.maxWidth = `${place.maxWidth}px`;
  const origin = container.getBoundingClientRect();
  panel.style.left = `${place.x - origin.left - container.clientLeft + container.scrollLeft}px`;
  panel.style.top = `${place.y - origin.top - container.clientTop + container.scrollTop}px`;
  return place;
}
