/**
 * The pointer and wheel gestures of a {@link PanZoomController}: drag to pan, pinch and
 * ctrl/⌘+wheel to zoom, wheel to pan until an edge. Loaded on first use (a chart's lazy part:
 * the org chart's lazy.ts), not with the first drawing; the controller holds events that come
 * before it. `el` is the window the events were listened on (their `currentTarget` when they
 * came: a held event has none any more).
 */
import type { PanZoomController } from './pan-zoom-controller.js';

/** The handlers, by the event they handle. */
export interface PanZoomGestures {
  wheel(c: PanZoomController, event: WheelEvent, el: HTMLElement): void;
  down(c: PanZoomController, event: PointerEvent, el: HTMLElement): void;
  move(c: PanZoomController, event: PointerEvent, el: HTMLElement): void;
  up(c: PanZoomController, event: PointerEvent, el: HTMLElement): void;
}

export const panZoomGestures: PanZoomGestures = {
  wheel(c, event, el) {
    const rect = el.getBoundingClientRect();
    if (event.ctrlKey || event.metaKey) {
      // Ctrl+wheel, and trackpad pinch (which browsers report as ctrl+wheel), zoom at the pointer.
      event.preventDefault();
      c.zoomBy(Math.exp(-event.deltaY / 300), event.clientX - rect.left, event.clientY - rect.top);
      return;
    }
    const pan = c.pannable;
    const dx = event.shiftKey ? event.deltaY : event.deltaX;
    const dy = event.shiftKey ? 0 : event.deltaY;
    const next = c.clamp({ ...c.view, tx: c.view.tx - (pan.x ? dx : 0), ty: c.view.ty - (pan.y ? dy : 0) });
    // At an edge the wheel scrolls the page as usual.
    if (next.tx !== c.view.tx || next.ty !== c.view.ty) {
      event.preventDefault();
      c.set(next);
    }
  },

  down(c, event) {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    c.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (c.pointers.size === 1) {
      c.drag = { x: event.clientX, y: event.clientY, tx: c.view.tx, ty: c.view.ty, moved: false };
    } else if (c.pointers.size === 2) {
      const [p, q] = [...c.pointers.values()];
      c.drag = { x: 0, y: 0, tx: c.view.tx, ty: c.view.ty, moved: true, dist: Math.hypot(p!.x - q!.x, p!.y - q!.y), k: c.view.k };
    }
  },

  move(c, event, el) {
    const drag = c.drag;
    if (!drag || !c.pointers.has(event.pointerId)) return;
    c.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (c.pointers.size >= 2 && drag.dist) {
      const [p, q] = [...c.pointers.values()];
      const rect = el.getBoundingClientRect();
      const pinch = pinchFactor({ start: { dist: drag.dist, k: drag.k! }, p: p!, q: q!, k: c.view.k });
      c.zoomBy(pinch.factor, pinch.cx - rect.left, pinch.cy - rect.top);
      return;
    }
    const pan = c.pannable;
    if (!pan.x && !pan.y) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 5) return;
    if (!drag.moved) {
      drag.moved = true;
      // A held move may come after its pointer has gone up: then there is nothing to capture.
      try {
        el.setPointerCapture(event.pointerId);
      } catch {
        // The pointer is no longer active.
      }
    }
    c.set(c.clamp({ ...c.view, tx: drag.tx + dx, ty: drag.ty + dy }));
  },

  up(c, event) {
    c.pointers.delete(event.pointerId);
    if (c.drag?.moved && c.pointers.size === 0) {
      c.suppressClick = event.type === 'pointerup';
      c.drag = undefined;
      c.host.requestUpdate();
    } else if (c.pointers.size === 0) {
      c.drag = undefined;
    }
  },
};

/** Options of {@link pinchFactor}. */
export interface PinchOptions {
  /** Distance between the two pointers and the scale when the pinch began. */
  start: { dist: number; k: number };
  /** The two pointers now. */
  p: { x: number; y: number };
  q: { x: number; y: number };
  /** The scale now. */
  k: number;
}

/**
 * A two-finger pinch as a zoom step: the factor that takes the current scale to the start scale
 * times the change of the fingers' distance, about the point between the fingers.
 */
export function pinchFactor(options: PinchOptions): { factor: number; cx: number; cy: number } {
  const { start, p, q, k } = options;
  const dist = Math.hypot(p.x - q.x, p.y - q.y);
  return { factor: (start.k * dist) / start.dist / k, cx: (p.x + q.x) / 2, cy: (p.y + q.y) / 2 };
}
