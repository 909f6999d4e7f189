/**
 * Viewport maths on a plain `{ k, tx, ty, width, height }` (d3-zoom's transform, with the size
 * of the window it is seen through): a point (x, y) of the drawing shows at (x·k + tx, y·k + ty).
 * Pure, so it is tested in Node; the pan/zoom controller and the elements only call it.
 */

/** A scale and translation, and the size of the window the drawing is seen through. */
export interface Viewport {
  k: number;
  tx: number;
  ty: number;
  width: number;
  height: number;
}

/** Size of the drawing at scale 1. */
export interface ContentSize {
  width: number;
  height: number;
}

/** A box of the drawing at scale 1. */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Keeps the drawing in the window: narrower than the window, it is centred horizontally (and
 * put at the top when shorter); wider, it cannot be dragged past its edges. Translations are
 * rounded to whole pixels (crisp lines).
 */
export function clampView(view: Viewport, content: ContentSize): Viewport {
  const cw = content.width * view.k;
  const ch = content.height * view.k;
  const tx = cw <= view.width ? (view.width - cw) / 2 : Math.min(0, Math.max(view.width - cw, view.tx));
  const ty = ch <= view.height ? 0 : Math.min(0, Math.max(view.height - ch, view.ty));
  return { ...view, tx: Math.round(tx), ty: Math.round(ty) };
}

/** Options of {@link fitView}. */
export interface FitViewOptions {
  content: ContentSize;
  /** Width of the window. */
  width: number;
  /** Height of the window; by default the fitted drawing's height, up to `maxHeight`. */
  height?: number;
  /** Smallest scale fitting may use (the drawing pans below it). */
  minScale: number;
  /** Largest height the window takes by itself. */
  maxHeight: number;
  /** Horizontal centre to show when the drawing is wider than the window (default: its left edge shows). */
  centerX?: number;
}

/** Scales the drawing down to the width (never up, never below `minScale`), clamped. */
export function fitView(options: FitViewOptions): Viewport {
  const { content, width, minScale, maxHeight } = options;
  const k = Math.max(minScale, Math.min(1, width / content.width));
  const height = options.height ?? Math.min(Math.ceil(content.height * k), maxHeight);
  const tx = options.centerX === undefined ? 0 : width / 2 - options.centerX * k;
  return clampView({ k, tx, ty: 0, width, height }, content);
}

/** Options of {@link zoomAt}. */
export interface ZoomAtOptions {
  /** Scale factor (2 doubles the size). */
  factor: number;
  /** Point of the window that stays put. */
  cx: number;
  cy: number;
  minScale: number;
  maxScale: number;
  content: ContentSize;
}

/**
 * Zooms by `factor` about (cx, cy) of the window, within [minScale, maxScale] (or down to the
 * current scale when that is below the minimum), clamped. Returns the same object when the scale
 * cannot change (already at a limit).
 */
export function zoomAt(view: Viewport, options: ZoomAtOptions): Viewport {
  const { factor, cx, cy, minScale, maxScale, content } = options;
  const { k, tx, ty } = view;
  // Below the minimum already (「全体を表示」 of a very wide drawing): zooming out stays there.
  const k2 = Math.min(maxScale, Math.max(Math.min(minScale, k), k * factor));
  if (k2 === k) return view;
  return clampView({ ...view, k: k2, tx: cx - ((cx - tx) * k2) / k, ty: cy - ((cy - ty) * k2) / k }, content);
}

/**
 * Pans the least needed to bring `box` inside the window with `margin` pixels to spare (its
 * top-left first when it is larger than the window), clamped along the axis it pans (the other
 * stays as it was: a drawing the org chart moved sideways to keep a toggled box in place is not
 * centred again by a pan up to the next box). Returns the same object when the box is already in view.
 */
export function panIntoView(view: Viewport, box: ViewBox, content: ContentSize, margin = 16): Viewport {
  const { k, width, height } = view;
  let { tx, ty } = view;
  const x0 = box.x * k + tx;
  const x1 = (box.x + box.width) * k + tx;
  const y0 = box.y * k + ty;
  const y1 = (box.y + box.height) * k + ty;
  if (x0 < margin) tx += margin - x0;
  else if (x1 > width - margin) tx -= Math.min(x1 - (width - margin), x0 - margin);
  if (y0 < margin) ty += margin - y0;
  else if (y1 > height - margin) ty -= Math.min(y1 - (height - margin), y0 - margin);
  if (tx === view.tx && ty === view.ty) return view;
  const clamped = clampView({ ...view, tx, ty }, content);
  return { ...clamped, tx: tx === view.tx ? view.tx : clamped.tx, ty: ty === view.ty ? view.ty : clamped.ty };
}

/** Whether the drawing is larger than the window along each axis (so it can be panned). */
export function pannable(view: Viewport, content: ContentSize): { x: boolean; y: boolean } {
  return { x: content.width * view.k > view.width + 1, y: content.height * view.k > view.height + 1 };
}

/** Options of {@link fitWhole}. */
export interface FitWholeOptions {
  content: ContentSize;
  /** Width of the window. */
  width: number;
  /** Height of the window when fixed; otherwise the drawing's height at the scale found. */
  height?: number;
  /** Smallest scale (the drawing pans below it). */
  minScale: number;
}

/**
 * The whole drawing in the window (「全体を表示」), however small, down to `minScale`: never
 * scaled up, centred, clamped.
 */
export function fitWhole(options: FitWholeOptions): Viewport {
  const { content, width, height, minScale } = options;
  const k = Math.max(minScale, Math.min(1, width / content.width, height ? height / content.height : 1));
  return clampView({ k, tx: (width - content.width * k) / 2, ty: 0, width, height: height ?? Math.ceil(content.height * k) }, content);
}
