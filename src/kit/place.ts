/**
 * Where a floating panel (a tooltip, a details panel) goes next to the thing that opened it:
 * pure rectangle maths, tested in Node. The elements measure (or estimate) the rectangles and
 * only call this.
 */

/** A rectangle: `x`, `y` of its top left corner, in any one coordinate system. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The side of the anchor the panel is on. */
export type PlaceSide = 'below' | 'above' | 'right' | 'left';

/** Options of {@link placeBeside}. */
export interface PlaceBesideOptions {
  /** What opened the panel. */
  anchor: Rect;
  /** Size of the panel. */
  size: { width: number; height: number };
  /** Where the panel must stay (the visible part of the chart and of the browser window). */
  bounds: Rect;
  /** Space between the anchor and the panel, px (default 6). */
  gap?: number;
  /** Sides to try, in order (default below, right, above, left). */
  order?: readonly PlaceSide[];
}

/** Where {@link placeBeside} puts the panel. */
export interface Placement {
  x: number;
  y: number;
  side: PlaceSide;
  /** Set when the panel fits on no side: the room it has on the side chosen (it scrolls). */
  maxHeight?: number;
  maxWidth?: number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

/**
 * Puts a panel beside its anchor: on the first side of `order` where it fits whole inside
 * `bounds` (below and above start at the anchor's left edge, right and left at its top edge),
 * else on the side with the most room, cut to that room (`maxHeight` or `maxWidth`: it scrolls);
 * then slides it along that side to stay inside `bounds`.
 * A panel larger than `bounds` starts at their top left corner, never before it.
 */
export function placeBeside({ anchor, size, bounds, gap = 6, order = ['below', 'right', 'above', 'left'] }: PlaceBesideOptions): Placement {
  const room: Record<PlaceSide, number> = {
    below: bounds.y + bounds.height - (anchor.y + anchor.height + gap),
    above: anchor.y - gap - bounds.y,
    right: bounds.x + bounds.width - (anchor.x + anchor.width + gap),
    left: anchor.x - gap - bounds.x,
  };
  const need = (s: PlaceSide) => (s === 'below' || s === 'above' ? size.height : size.width);
  const fits = (s: PlaceSide) => room[s] >= need(s) && (s === 'below' || s === 'above' ? size.width : size.height) <= (s === 'below' || s === 'above' ? bounds.width : bounds.height);
  const fitting = order.find(fits);
  // No side fits: the roomiest side, with the panel cut to that room (never over the anchor).
  const side = fitting ?? order.reduce((best, s) => (room[s] > room[best] ? s : best), order[0] ?? 'below');
  const vertical = side === 'below' || side === 'above';
  const cut = fitting ? undefined : Math.max(0, Math.floor(room[side]));
  const h = !fitting && vertical ? Math.min(size.height, cut!) : size.height;
  const w = !fitting && !vertical ? Math.min(size.width, cut!) : size.width;
  let x: number;
  let y: number;
  if (vertical) {
    x = anchor.x;
    y = side === 'below' ? anchor.y + anchor.height + gap : anchor.y - gap - h;
  } else {
    y = anchor.y;
    x = side === 'right' ? anchor.x + anchor.width + gap : anchor.x - gap - w;
  }
  // Slide inside the bounds; the top left corner wins when the panel is larger than they are.
  x = clamp(x, bounds.x, bounds.x + bounds.width - w);
  y = clamp(y, bounds.y, bounds.y + bounds.height - h);
  if (cut !== undefined) return vertical ? { x: Math.round(x), y: Math.round(y), side, maxHeight: cut } : { x: Math.round(x), y: Math.round(y), side, maxWidth: cut };
  return { x: Math.round(x), y: Math.round(y), side };
}

/** The part two rectangles share (zero-sized when they do not meet). */
export function intersectRects(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
}
