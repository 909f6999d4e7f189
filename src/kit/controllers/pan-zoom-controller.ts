/**
 * Pan, zoom and pinch of a drawing seen through a window: the view `{k, tx, ty, width, height}`
 * and the pointer, wheel and button gestures that change it. The maths is kit/viewport's (pure,
 * tested in Node); this controller only keeps the state and turns events into those calls. The
 * pointer and wheel handlers (pan-zoom-gestures.ts) load on first use: the element passes them
 * as a lazy part and preloads it as the pointer comes in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyPart } from '../lazy-part.js';
import { clampView, fitWhole, pannable, panIntoView, zoomAt, type ContentSize, type ViewBox, type Viewport } from '../viewport.js';
import type { PanZoomGestures } from './pan-zoom-gestures.js';
import { HeldCalls } from '../held-calls.js';

/** Options of {@link PanZoomController}. */
export interface PanZoomOptions {
  /** Size of the drawing at scale 1, or undefined before the first layout. */
  content: () => ContentSize | undefined;
  minScale: number;
  maxScale: number;
  /** The pointer and wheel handlers (a module exporting `panZoomGestures`), loaded on first use. */
  gestures: LazyPart<{ panZoomGestures: PanZoomGestures }>;
}

/** A drag (one pointer) or pinch (two) under way: where it started, and the view then. */
export type PanZoomDrag = { x: number; y: number; tx: number; ty: number; moved: boolean; dist?: number; k?: number };

/** The view of a pannable, zoomable drawing, and the gestures that change it. */
export class PanZoomController implements ReactiveController {
  /** The current view. */
  view: Viewport = { k: 1, tx: 0, ty: 0, width: 0, height: 0 };
  /** The reader zoomed or pinched: a new layout keeps the scale instead of fitting again. */
  userZoomed = false;
  /** Set by 「全体を表示」 (and the 0 key): the view shows the whole drawing, however small. */
  overview = false;

  /** The pointers down, the drag or pinch under way and whether its last click is to be ignored: the gesture code's (pan-zoom-gestures.ts). */
  readonly pointers = new Map<number, { x: number; y: number }>();
  drag?: PanZoomDrag;
  suppressClick = false;
  /** Events that came before the gesture code, handled when it arrives. */
  private readonly held: HeldCalls<{ panZoomGestures: PanZoomGestures }>;

  constructor(
    readonly host: ReactiveControllerHost,
    private readonly options: PanZoomOptions,
  ) {
    this.held = new HeldCalls(options.gestures);
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
    // The whole drawing, however wide: below the zoom's minimum if need be (zooming in from there works as usual).
    if (this.overview && !this.userZoomed) this.set(fitWhole({ content, width: fitted.width, height, minScale: 0 }));
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
  onWheel = (event: WheelEvent): void => this.gesture('wheel', event);
  /** Pointer down: a drag starts (one pointer) or a pinch (two). */
  onPointerDown = (event: PointerEvent): void => this.gesture('down', event);
  onPointerMove = (event: PointerEvent): void => this.gesture('move', event);
  onPointerUp = (event: PointerEvent): void => this.gesture('up', event);

  /**
   * Hands a pointer or wheel event to the gesture code (pan-zoom-gestures.ts), which loads on
   * first use (the element preloads it as the pointer comes in). An event that comes before it
   * has arrived is held and handled, in order, when it arrives; meanwhile a wheel turn that
   * will zoom or pan does not scroll the page.
   */
  private gesture(kind: keyof PanZoomGestures, event: WheelEvent | PointerEvent): void {
    const el = event.currentTarget as HTMLElement;
    const code = this.options.gestures.value;
    if (code) return code.panZoomGestures[kind](this, event as never, el);
    if (kind === 'wheel') {
      const pan = this.pannable;
      if (event.ctrlKey || event.metaKey || pan.x || pan.y) event.preventDefault();
    }
    this.held.run((loaded) => loaded.panZoomGestures[kind](this, event as never, el));
    // The element's next update waits for the code while events are held (see `holding`).
    this.host.requestUpdate();
  }

  /** Whether events are held until the gesture code arrives: the element's next update is to wait for it. */
  get holding(): boolean {
    return this.held.holding;
  }

  /** The view moved into the drawing's bounds. */
  clamp(view: Viewport): Viewport {
    const content = this.options.content();
    return content ? clampView(view, content) : view;
  }

  /** Shows `view` (and asks for an update when it changed). */
  set(view: Viewport): void {
    if (view === this.view) return;
    this.view = view;
    this.host.requestUpdate();
  }
}
