/**
 * Motion only where the reader can see it. After an expand or collapse, the boxes that appeared
 * grow out of their parent and the boxes and connectors that moved glide to their new places
 * (state.ts, the element's styles). Parts that are off the screen both before and after (below
 * the fold of a long drawing, or panned out of the chart's window) take their new places at once:
 * a motion nobody sees would still cost the browser a style, layout and paint pass per frame
 * (connectors, whose `d` glides on the main thread) and a composited layer per box. The functions
 * are pure; {@link OrgScreenWatch} gives the element the part of its window the browser shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrgMovingParts } from './state.js';
import type { OrgView } from './render.js';

/** A rectangle in px. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far beyond the screen (px) a part still moves: it may scroll into sight while it does. */
export const ORG_MOTION_MARGIN_PX = 120;

/**
 * The part of the chart's window (`viewport`: its client rect) inside the browser's window of
 * `innerWidth` x `innerHeight`, in px from the chart window's top-left; when none of it shows,
 * the browser's window itself in those px (wholly outside the chart's, so only parts within the
 * margin of it move).
 */
export function screenOfViewport(viewport: { left: number; top: number; right: number; bottom: number }, innerWidth: number, innerHeight: number): ScreenRect {
  const left = Math.max(viewport.left, 0);
  const top = Math.max(viewport.top, 0);
  const right = Math.min(viewport.right, innerWidth);
  const bottom = Math.min(viewport.bottom, innerHeight);
  if (right > left && bottom > top) return { x: left - viewport.left, y: top - viewport.top, width: right - left, height: bottom - top };
  return { x: -viewport.left, y: -viewport.top, width: innerWidth, height: innerHeight };
}

/** A rectangle of the chart's window in drawing coordinates under `view`, grown by the margin. */
function inDrawing(screen: ScreenRect, view: Pick<OrgView, 'k' | 'tx' | 'ty'>): ScreenRect {
  const m = ORG_MOTION_MARGIN_PX;
  return { x: (screen.x - m - view.tx) / view.k, y: (screen.y - m - view.ty) / view.k, width: (screen.width + 2 * m) / view.k, height: (screen.height + 2 * m) / view.k };
}

/** What {@link motionOnScreen} reads of a layout: the boxes by id, the connectors. */
interface ScreenLayout {
  byId: ReadonlyMap<string, ScreenRect & { parentId?: string }>;
  edges: readonly { id: string; points: readonly (readonly number[])[] }[];
}

function meets(a: ScreenRect, b: ScreenRect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

function boundsOf(points: readonly (readonly number[])[]): ScreenRect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p[0]!);
    y0 = Math.min(y0, p[1]!);
    x1 = Math.max(x1, p[0]!);
    y1 = Math.max(y1, p[1]!);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Of the boxes that appeared (`entering`) and the parts that moved (`moving`) from `previous` to
 * `next`, those the reader may see: a moved box or connector whose place before (seen under
 * `before`, the view then) or after (under `after`) meets the screen; a new box whose own place
 * or its parent's (where it grows from) does, and with it its connector. `screen` is the part of
 * the chart's window the browser shows ({@link screenOfViewport}), in the window's px.
 */
export function motionOnScreen(options: {
  previous: ScreenLayout;
  next: ScreenLayout;
  entering: ReadonlySet<string>;
  moving: OrgMovingParts;
  screen: ScreenRect;
  before: Pick<OrgView, 'k' | 'tx' | 'ty'>;
  after: Pick<OrgView, 'k' | 'tx' | 'ty'>;
}): { entering: Set<string>; moving: OrgMovingParts } {
  const { previous, next, screen } = options;
  const was = inDrawing(screen, options.before);
  const now = inDrawing(screen, options.after);
  const seen = (old: ScreenRect | undefined, fresh: ScreenRect | undefined) => (old !== undefined && meets(old, was)) || (fresh !== undefined && meets(fresh, now));
  const entering = new Set<string>();
  for (const id of options.entering) {
    const node = next.byId.get(id);
    const parent = node?.parentId === undefined ? undefined : next.byId.get(node.parentId);
    if (seen(undefined, node) || seen(undefined, parent)) entering.add(id);
  }
  const boxes = new Set<string>();
  for (const id of options.moving.boxes) if (seen(previous.byId.get(id), next.byId.get(id))) boxes.add(id);
  const edges = new Set<string>();
  if (options.moving.edges.size) {
    const before = new Map(previous.edges.map((e) => [e.id, e.points]));
    for (const edge of next.edges) {
      if (!options.moving.edges.has(edge.id)) continue;
      const old = before.get(edge.id);
      if (seen(old && boundsOf(old), boundsOf(edge.points))) edges.add(edge.id);
    }
  }
  return { entering, moving: { boxes, edges, ...(options.moving.shifts ? { shifts: options.moving.shifts } : {}), ...(options.moving.from ? { from: options.moving.from } : {}) } };
}

/**
 * Keeps {@link screenOfViewport} of the element's chart window at hand, read in an animation
 * frame (where the browser brings style and layout up to date for that frame anyway) after each
 * update, scroll and resize, so that an expand or collapse does not read layout itself: read
 * there, with the last motion still running, it made the browser restyle and lay out the drawing
 * once more before drawing the new one.
 */
export class OrgScreenWatch implements ReactiveController {
  /** The part of the chart's window on the screen at the last frame read; undefined before the first. */
  private rect?: ScreenRect;
  private frame = 0;
  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.rect = this.read();
    });
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly viewport: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  /** The screen part of the chart's window: the last frame's, else read now. */
  get screen(): ScreenRect | undefined {
    return this.rect ?? this.read();
  }

  hostConnected(): void {
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.rect = undefined;
  }

  hostUpdated(): void {
    this.schedule();
  }

  private read(): ScreenRect | undefined {
    const viewport = this.viewport();
    return viewport ? screenOfViewport(viewport.getBoundingClientRect(), innerWidth, innerHeight) : undefined;
  }
}
