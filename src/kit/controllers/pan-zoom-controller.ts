/**
 * Pan, zoom and pinch of a drawing seen through a window: the view `{k, tx, ty, width, height}`
 * and the pointer, wheel and button gestures that change it. The maths is kit/viewport's (pure,
 * tested in Node); this controller only keeps the state and turns events into those calls.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, fitWhole, pannable, panIntoView, pinchFactor, zoomAt, type ContentSize, type ViewBox, type Viewport } from '../viewport.js';

/** Options of {@link PanZoomController}. */
export interface PanZoomOptions {
  /** Size of the drawing at scale 1, or undefined before the first layout. */
  content: () => ContentSize | undefined;
  minScale: number;
  maxScale: number;
}

type Drag = { x: number; y: number; tx: number; ty: number; moved: boolean; dist?: number; k?: number };

/** The view of a pannable, zoomable drawing, and the gestures that change it. */
export class PanZoomController implements ReactiveController {
  /** The current view. */
  view: Viewport = { k: 1, tx: 0, ty: 0, width: 0, height: 0 };
  /** The reader zoomed or pinched: a new layout keeps the scale instead of fitting again. */
  userZoomed = false;
  /** Set by 「全体を表示」 (and the 0 key): the view shows the whole drawing, however small. */
  overview = false;

  private readonly pointers = new Map<number, { x: number; y: number }>();
  private drag?: Drag;
  private suppressClick = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PanZoomOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the reader's zoom (a new document). */
  reset(): void {
    this.userZoomed = false;
    this.overview = false;
  }

  /** Whether a drag is moving the drawing now. */
  get dragging(): boolean {
    return this.drag?.moved === true;
  }

  /** Whether the drawing is larger than the window along each axis. */
  get pannable(): { x: boolean; y: boolean } {
    const content = this.options.content();
    return content ? pannable(this.view, content) : { x: false, y: false };
  }

  /** Whether the zoom buttons have anything to do. */
  get zoomable(): boolean {
    const pan = this.pannable;
    return pan.x || pan.y || this.userZoomed || this.overview;
  }

  /**
   * Takes the fitted view of a new layout or size: as it is, unless the reader has zoomed (then
   * the scale is kept, clamped to the new window) or asked for the whole drawing (`height`: the
   * window's height when fixed).
   */
  fit(fitted: Viewport, height: number | undefined): void {
    const content = this.options.content();
    if (!content) return;
    if (this.overview && !this.userZoomed) this.set(fitWhole({ content, width: fitted.width, height, minScale: this.options.minScale }));
    else this.set(this.userZoomed ? this.clamp({ ...this.view, width: fitted.width, height: fitted.height }) : fitted);
  }

  /** 「全体を表示」: back to the whole drawing; `refit` lays the view out again. */
  showWhole(refit: () => void): void {
    this.userZoomed = false;
    this.overview = true;
    refit();
  }

  /** Zooms by `factor` about (cx, cy) of the window. */
  zoomBy(factor: number, cx: number, cy: number): void {
    const content = this.options.content();
    if (!content) return;
    const next = zoomAt(this.view, { factor, cx, cy, minScale: this.options.minScale, maxScale: this.options.maxScale, content });
    if (next === this.view) return;
    this.userZoomed = true;
    this.set(next);
  }

  /** Zooms by `factor` about the window's centre. */
  zoomCentre(factor: number): void {
    this.zoomBy(factor, this.view.width / 2, this.view.height / 2);
  }

  /** Pans the least needed to show `box` (a box of the drawing at scale 1). */
  panIntoView(box: ViewBox | undefined): void {
    const content = this.options.content();
    if (box && content) this.set(panIntoView(this.view, box, content));
  }

  /** Whether the click that ends a drag should be ignored (it is, once). */
  takeClick(): boolean {
    const suppress = this.suppressClick;
    this.suppressClick = false;
    return suppress;
  }

  /** Wheel: ctrl/⌘ (and trackpad pinch) zooms at the pointer; otherwise pans until an edge. */
  onWheel = (event: WheelEvent): void => {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (event.ctrlKey || event.metaKey) {
      // Ctrl+wheel, and trackpad pinch (which browsers report as ctrl+wheel), zoom at the pointer.
      event.preventDefault();
      this.zoomBy(Math.exp(-event.deltaY / 300), event.clientX - rect.left, event.clientY - rect.top);
      return;
    }
    const pan = this.pannable;
    const dx = event.shiftKey ? event.deltaY : event.deltaX;
    const dy = event.shiftKey ? 0 : event.deltaY;
    const next = this.clamp({ ...this.view, tx: this.view.tx - (pan.x ? dx : 0), ty: this.view.ty - (pan.y ? dy : 0) });
    // At an edge the wheel scrolls the page as usual.
    if (next.tx !== this.view.tx || next.ty !== this.view.ty) {
      event.preventDefault();
      this.set(next);
    }
  };

  /** Pointer down: a drag starts (one pointer) or a pinch (two). */
  onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) {
      this.drag = { x: event.clientX, y: event.clientY, tx: this.view.tx, ty: this.view.ty, moved: false };
    } else if (this.pointers.size === 2) {
      const [p, q] = [...this.pointers.values()];
      this.drag = { x: 0, y: 0, tx: this.view.tx, ty: this.view.ty, moved: true, dist: Math.hypot(p!.x - q!.x, p!.y - q!.y), k: this.view.k };
    }
  };

  onPointerMove = (event: PointerEvent): void => {
    if (!this.drag || !this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const el = event.currentTarget as HTMLElement;
    if (this.pointers.size >= 2 && this.drag.dist) {
      const [p, q] = [...this.pointers.values()];
      const rect = el.getBoundingClientRect();
      const pinch = pinchFactor({ start: { dist: this.drag.dist, k: this.drag.k! }, p: p!, q: q!, k: this.view.k });
      this.zoomBy(pinch.factor, pinch.cx - rect.left, pinch.cy - rect.top);
      return;
    }
    const pan = this.pannable;
    if (!pan.x && !pan.y) return;
    const dx = event.clientX - this.drag.x;
    const dy = event.clientY - this.drag.y;
    if (!this.drag.moved && Math.hypot(dx, dy) < 5) return;
    if (!this.drag.moved) {
      this.drag.moved = true;
      el.setPointerCapture(event.pointerId);
    }
    this.set(this.clamp({ ...this.view, tx: this.drag.tx + dx, ty: this.drag.ty + dy }));
  };

  onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.drag?.moved && this.pointers.size === 0) {
      this.suppressClick = event.type === 'pointerup';
      this.drag = undefined;
      this.host.requestUpdate();
    } else if (this.pointers.size === 0) {
      this.drag = undefined;
    }
  };

  private clamp(view: Viewport): Viewport {
    const content = this.options.content();
    return content ? clampView(view, content) : view;
  }

  private set(view: Viewport): void {
    if (view === this.view) return;
    this.view = view;
    this.host.requestUpdate();
  }
}
