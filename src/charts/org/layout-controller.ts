/**
 * The org element's layout bookkeeping: the collapsed bodies, when to lay out again (new data,
 * size, locale or options, a body opened or closed), the text measure, the bodies that entered
 * with the last layout, the accessible names of the drawn bodies, the fit of the first view, and
 * on a slide (`preset="slide"` with a height) what the rest of the chart takes beside the drawing
 * (slide-state.ts). What it lays out is decided by the pure {@link layOutOrgView} and
 * {@link orgViewHeight}; the controller keeps the results and asks its host to update. It reads
 * the DOM only through its options, so it runs in Node too (test/unit/org-layout-controller.test.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, OrganizationDocument } from '../../data/types.js';
import type { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import { TextMeasureController, type TextFont } from '../../kit/controllers/text-measure-controller.js';
import { keyword } from '../../kit/keyword.js';
import type { Viewport } from '../../kit/viewport.js';
import { fontFor } from '../../kit/measure.js';
import type { MeasureText } from '../../kit/text.js';
import { nameDrawnBodies } from './describe.js';
import { anchorOrgView, fitOrgView, orgTogglePoint, type OrgPoint } from './fit.js';
import { OrgLayoutMemo, OrgLayoutsAhead, type OrgLayoutMemoInputs } from './layout-memo.js';
import { orgChart, orgLazy } from './index.js';
import { ORG_ORIENTATIONS, type LayoutOrgChartOptions, type OrgChartLayout } from './layout/index.js';
import type { fitOrgSlide } from './slide.js';
import { OrgSlideState } from './slide-state.js';
import { motionOnScreen, type ScreenRect } from './on-screen.js';
import { enteringBodies, movingParts, setCollapsed, type OrgMovingParts } from './state.js';
import { collapseBelowDepth } from './tree-index.js';

/** Box text is measured at 14 px and drawn at the element's font size. */
const MEASURE_SIZE = 14;

/**
 * Lays the chart out: for the width (and a fixed `height`), or on a slide the richest drawing
 * that fits the drawing's `slide.height` with text of 18 px or more (`slide.fit`: slide.ts'
 * fitOrgSlide, which the element loads on first use, with its other lazy parts); until the reader
 * opens or closes a body, that may be an overview of the upper levels. Returns the layout and the
 * collapsed bodies to keep (the fit's, or `collapsed` unchanged).
 */
export function layOutOrgView(
  options: LayoutOrgChartOptions & { fontSize: number; collapsed: Set<string>; slide?: { state: OrgSlideState; height: number; fit: typeof fitOrgSlide } },
): { layout: OrgChartLayout; collapsed: Set<string> } {
  const { slide, ...layoutOptions } = options;
  if (!slide) return { layout: orgChart.layout(layoutOptions), collapsed: options.collapsed };
  // A slide fits its own drawing (slide.ts): no kept arrangement.
  const { height: _height, keep: _keep, ...rest } = layoutOptions;
  return slide.state.fit(slide.fit, rest, slide.height, options.collapsed);
}

/** The height of the chart's window: the fixed `height`, or on a slide as tall as the drawing up to the slide's `slideHeight` (so the legend follows it). */
export function orgViewHeight(layout: OrgChartLayout, height: number | undefined, slideHeight: number | undefined): number | undefined {
  return slideHeight === undefined ? height : Math.min(slideHeight, Math.ceil(layout.bounds.height));
}

/**
 * The view after an expand or collapse that kept the arrangement (layout/keep.ts): the drawing
 * keeps its place across the window (`before`'s offset) while it still fits the window there,
 * rather than being centred again (a drawing a few px wider or narrower would move every box
 * sideways). `fitted`: the view fitted to the new layout; returned unchanged otherwise.
 */
export function keepOrgOffset(before: Viewport, fitted: Viewport, content: { width: number }): Viewport {
  const span = content.width * fitted.k;
  if (before.k !== fitted.k || before.width !== fitted.width || span > fitted.width || before.tx < 0 || before.tx + span > fitted.width) return fitted;
  return before.tx === fitted.tx ? fitted : { ...fitted, tx: before.tx };
}

/** The glide from view `before` to `after` (see {@link OrgViewGlide}); undefined when it did not move or changed scale or width (the drawing is then in its new place at once). */
export function glideOf(before: Viewport, after: Viewport, odd: boolean): OrgViewGlide | undefined {
  if (before.k !== after.k || before.width !== after.width || (before.tx === after.tx && before.ty === after.ty)) return undefined;
  return { x: before.tx - after.tx, y: before.ty - after.ty, view: after, odd };
}

/** The svg's height is kept in steps of this many px (see {@link orgCanvasHeight}). */
const CANVAS_STEP_PX = 256;
/**
 * Whether the window can clip a taller svg without becoming scrollable (`overflow: clip`, the
 * element's styles): where it cannot, focus() would scroll the drawing inside its window, so the
 * svg stays the window's height. False in Node (server layouts draw the view's height anyway).
 */
const CAN_CLIP = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('overflow', 'clip');

/**
 * The height of the element's `<svg>` for a chart window `viewHeight` px tall: the svg is made
 * taller than the window (which clips it), with room to grow, and keeps its height while the
 * window is between a third of it and all of it (so that a toggle that grows the drawing past the
 * svg and back makes a new svg once, not on every toggle). An expand or collapse changes the window's height
 * (the drawing's) but then not the svg's: a new svg height makes the browser lay out and shape
 * every text of the drawing again (2.5–3 ms at 10,000 bodies), a new height of the window's
 * `<div>` does not. `current`: the svg's height so far (undefined: none yet).
 */
export function orgCanvasHeight(current: number | undefined, viewHeight: number): number {
  if (current !== undefined && viewHeight <= current && viewHeight >= current / 3) return current;
  return Math.ceil((viewHeight * 1.5) / CANVAS_STEP_PX) * CANVAS_STEP_PX;
}

/**
 * How the drawing glides after a new layout moved the view (an expand or collapse that keeps its
 * body in place, a new fit): the whole drawing starts `x`, `y` px away from where the view puts it
 * (where it was on the screen) and glides there as the boxes glide within it, so that a box keeps
 * its place on the screen through the glide as well as after it. `view`: the view it was made for
 * (a pan or zoom since then moves the drawing at once). `odd`: alternates with each glide, so that
 * one glide right after another starts again (the element's styles: two animations, one per value).
 */
export interface OrgViewGlide {
  x: number;
  y: number;
  view: Viewport;
  odd: boolean;
}

/** What the controller needs of its element. */
export interface OrgLayoutOptions {
  /** The element's computed style; undefined for a server layout (then the CLI's metrics, at the preset's type size). */
  style: () => CSSStyleDeclaration | undefined;
  /** The measure of text set in `font()` at `sizePx` (the element's: the page's fonts, or the server's metrics). */
  measure: (font: () => string, sizePx: number) => MeasureText;
  /** `preset="slide"`: without a computed style, text is drawn at 20 px. */
  slidePreset: () => boolean;
  /** The `orientation` attribute (checked here, once per layout). */
  orientation: () => string;
  locale: () => Locale;
  /** Whether the chart is on a slide: `preset="slide"` with a height (the whole chart's). */
  onSlide: () => boolean;
  /** Bodies matching the search (their names say so). */
  matches: () => ReadonlySet<string>;
  zoom: PanZoomController;
  /** After each new layout, fitted (the element keeps a drawn body active and in view). */
  laidOut: (layout: OrgChartLayout, doc: OrganizationDocument) => void;
  /** After a render: the element's height and its drawing's (on a slide, what the rest takes is their difference). */
  heights: () => { total: number; drawing: number };
  /**
   * The part of the chart's window the browser shows, in px from the window's top-left
   * (on-screen.ts `screenOfViewport`); undefined where unknown (then every moved part moves).
   * Read before a new layout is drawn, only after an expand or collapse that moves something.
   */
  screen?: () => ScreenRect | undefined;
  /**
   * Runs `task` in the browser's next idle period, with the time left in it; returns a cancel.
   * Default: `requestIdleCallback` where the browser has it; none in Node (nothing is laid out ahead).
   */
  idle?: OrgIdle;
  /** The clock layouts are timed with (ms); default `performance.now`. */
  now?: () => number;
}

/** What a layout of the element's chart is made for besides the collapsed bodies (the memo's key). */
type OrgViewInputs = OrgLayoutMemoInputs & Pick<LayoutOrgChartOptions, 'doc' | 'width' | 'height' | 'measure' | 'locale' | 'orientation'> & { fontSize: number };

/** Schedules an idle task (see {@link OrgLayoutOptions.idle}); returns a cancel. */
export type OrgIdle = (task: (timeRemaining: () => number) => void) => () => void;

/**
 * The collapsed bodies of a drawn layout whose expands are laid out ahead in idle time at most,
 * those nearest the middle of the part of the chart on the screen first (see
 * {@link OrgLayoutController.layOutAhead}); a body the reader points at is laid out ahead even
 * beyond them.
 */
const AHEAD_BODIES = 16;

/** Idle periods tried for a layout ahead before giving up (each too short for it). */
const AHEAD_TRIES = 60;

/**
 * An idle period with this much time left (ms) is one the browser has nothing else to do in (its
 * idle deadlines are 50 ms at most): a layout ahead runs in it even when the last layout took
 * longer. That time is wall time: on a loaded machine a 10 ms layout takes 30–60 ms, and a chart
 * whose last layout took 50 ms or more was never laid out ahead (the bench's 「pointed at」 expand,
 * at load 13: laid out on the click in 2 of 5 runs).
 */
const AHEAD_ENOUGH_MS = 40;

/**
 * A chart whose last layout took longer than this (ms, wall time) waits for an idle period as long
 * as that layout (which the browser never gives): it would hold the page up that long because the
 * reader merely pointed at a body (every body of a large organisation drawn lays out for seconds).
 */
const AHEAD_MAX_MS = 100;

/**
 * Layouts ahead of bodies nobody pointed at start once the chart has been quiet (no layout, no
 * press of a pointer or key) this long (ms): a reader who opens a body and then another at once
 * is not held up by a layout ahead that started in between (each takes 5–30 ms and cannot stop
 * midway); a reader who reads what a layout showed for longer finds the next expands made.
 */
const AHEAD_QUIET_MS = 500;

/** The browser's idle periods; undefined without `requestIdleCallback`. */
export const orgIdle: OrgIdle | undefined =
  typeof requestIdleCallback === 'function'
    ? (task) => {
        const id = requestIdleCallback((deadline) => task(() => deadline.timeRemaining()));
        return () => cancelIdleCallback(id);
      }
    : undefined;

/** The org chart's layout, the collapsed bodies it was made with, and when to make it again. */
export class OrgLayoutController implements ReactiveController {
  layout?: OrgChartLayout;
  /** Bodies that appeared in the last layout (grow out of their parent); empty on a first drawing. */
  entering: ReadonlySet<string> = new Set();
  /** Boxes and connectors that moved in the last layout (they glide to their new places); none on a first drawing. */
  moving: OrgMovingParts = movingParts(undefined, { byId: new Map(), nodes: [], edges: [] });
  /** Accessible names of the drawn bodies, worked out once per body (cleared when the locale or the search changes). */
  readonly names = new Map<string, string>();
  /** The height of the drawing's `<svg>`, taller than its window (see {@link orgCanvasHeight}); none before the first fit, and where the window cannot clip without scrolling. */
  canvasHeight?: number;
  /** How the drawing glides to the view of the last layout (see {@link OrgViewGlide}); undefined when the view stayed. */
  glide?: OrgViewGlide;
  /** Collapsed bodies; changed in place (see {@link setCollapsed}), so a toggle costs no copy of the whole set. */
  collapsed = new Set<string>();
  /** With `preset="slide"` and `height`: what the chart takes beside its drawing, and whether the fit may collapse. */
  readonly slide = new OrgSlideState();
  readonly text: TextMeasureController;
  /** The last few layouts made by a reader's expand or collapse, to draw again when the reader toggles back (emptied by a fresh layout). */
  private readonly memo = new OrgLayoutMemo<OrgChartLayout>();
  /**
   * Layouts made ahead in idle time, from the drawn layout, for the expands of its collapsed bodies
   * ({@link layOutAhead}, {@link layOutAheadFor}): opening one of them then lays nothing out
   * (emptied by a fresh layout).
   */
  private readonly ahead = new OrgLayoutsAhead<OrgChartLayout>();
  /** What the drawn layout was made for (off a slide): a layout ahead is made for the same. */
  private inputs?: OrgViewInputs;
  /** The drawn layout's collapsed bodies still to lay out ahead, in order (the ones pointed at first). */
  private queue: string[] = [];
  /** Bodies the reader pointed at or moved focus to since the last layout (laid out ahead in shorter idle periods too). */
  private readonly pointed = new Set<string>();
  /** The layout the queue is for, and whether its bodies were queued yet (in the first idle period after it was drawn). */
  private aheadFor?: OrgChartLayout;
  private aheadOrdered = false;
  /** Idle periods in a row too short for the next layout ahead. */
  private aheadTries = 0;
  /** When the chart was last laid out or a pointer or key pressed on it ({@link AHEAD_QUIET_MS}). */
  private busyAt = 0;
  private cancelAhead?: () => void;
  /**
   * How long the last layout took (ms, wall time): a layout ahead of a body pointed at runs only in
   * an idle period with that much time left, up to {@link AHEAD_ENOUGH_MS} (after a first drawing,
   * whose layout chose its arrangement afresh, that is often none until the reader's first expand or collapse).
   */
  private layoutMs = 0;
  /** How long the last layout that kept an arrangement took (a reader's expand or collapse, a layout ahead); undefined before the first. */
  private keptMs?: number;
  /** The document laid out (a new one starts again). */
  private doc?: OrganizationDocument;
  private dirty = false;
  /**
   * The next layout chooses its arrangement afresh (a first layout, a new size, document,
   * collapsed depth, expand-all or 「全体を表示」); after one reader's expand or collapse it keeps
   * the last layout's arrangement while that fits (layout/keep.ts).
   */
  private fresh = true;
  /** The current layout kept an earlier one's arrangement (「全体を表示」 then chooses afresh). */
  private keptLayout = false;
  /**
   * The bodies the reader asked to expand or collapse since the last layout (the first call's: an
   * expand's ids are the body and then its ancestors): the first drawn before and after keeps its
   * place on the screen ({@link anchorOrgView}).
   */
  private anchor?: readonly string[];
  /**
   * The last layout replaced, the view it was shown with, and the view given to the layout that
   * replaced it: a reader's toggle straight back to it (no pan or zoom in between) shows it with
   * that view again, exactly as it was (also where the body toggled could not keep its place).
   */
  private back?: { layout: OrgChartLayout; view: Viewport; after: Viewport };
  /** The layout and view the last layout replaced on the screen. */
  private replacing?: { previous: OrgChartLayout | undefined; before: Viewport };
  /** Set when the last layout is made again in the same update (measureSlide): it was never on the screen, what it replaced still is. */
  private unseen?: { previous: OrgChartLayout | undefined; before: Viewport };
  private width = 640;
  private height?: number;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: OrgLayoutOptions,
  ) {
    this.text = new TextMeasureController(() => this.readFont(), MEASURE_SIZE);
    host.addController(this);
    // A press of a pointer or key: what follows (a click, a key's action) is not held up by a layout ahead.
    const press = (): void => {
      this.busyAt = this.now();
      this.stopAhead();
    };
    if (typeof host.addEventListener === 'function') for (const type of ['pointerdown', 'keydown']) host.addEventListener(type, press, { capture: true, passive: true });
  }

  hostConnected(): void {}

  /**
   * The document to lay out (undefined: none; the layout goes). Returns true for a new one: its
   * collapsed bodies start again from `depth` ({@link restart}).
   */
  use(doc: OrganizationDocument | undefined): boolean {
    if (doc === this.doc) return false;
    this.doc = doc;
    this.layout = undefined;
    this.unseen = undefined;
    this.memo.clear();
    this.ahead.clear();
    this.stopAhead();
    this.queue = [];
    this.keptMs = undefined;
    this.fresh = true;
    return doc !== undefined;
  }

  /** A new document or collapsed depth: bodies at `depth` and deeper collapsed, the slide fit free to collapse again. */
  restart(depth: number): void {
    if (!this.doc) return;
    this.collapsed = collapseBelowDepth({ doc: this.doc, depth });
    this.slide.restart();
    this.dirty = true;
    this.fresh = true;
  }

  /**
   * A new size, locale or option: lays out again at the next update. The font is read here (not
   * on every expand or collapse: after a commit it forces a style recalculation of the whole
   * drawing, ~2 ms on a large chart).
   */
  resize(width: number, height: number | undefined): void {
    this.width = width;
    this.height = height;
    this.dirty = true;
    this.fresh = true;
    this.text.update();
  }

  /** Marks `ids` collapsed or expanded; lays out again only when something changed. `reader`: the reader chose (the slide fit stops collapsing on its own). */
  setCollapsed(ids: readonly string[], collapsed: boolean, reader = true): void {
    if (reader) this.slide.auto = false;
    if (!setCollapsed(this.collapsed, ids, collapsed)) return;
    if (reader && !this.dirty) this.anchor = ids;
    this.dirty = true;
    this.host.requestUpdate();
  }

  /** The reader replaced the collapsed bodies (expand all, collapse all). */
  replaceCollapsed(collapsed: Set<string>): void {
    this.slide.auto = false;
    this.collapsed = collapsed;
    this.anchor = undefined;
    this.dirty = true;
    this.fresh = true;
    this.host.requestUpdate();
  }

  /**
   * Box text is measured at 14 px and drawn at the element's font size (`--policy-font-size`,
   * 14 by default). Read when the document, size, locale or options change.
   */
  private readFont(): TextFont {
    const style = this.options.style();
    if (!style) return { size: this.options.slidePreset() ? 20 : MEASURE_SIZE, make: () => this.options.measure(() => '', MEASURE_SIZE) };
    const font = fontFor(this.host, MEASURE_SIZE);
    const size = Number.parseFloat(style.fontSize);
    return { key: font, size: Number.isFinite(size) && size > 0 ? size : MEASURE_SIZE, make: () => this.options.measure(() => font, MEASURE_SIZE) };
  }

  /** With `preset="slide"` and `height` (the whole chart's, as on a slide): the drawing's height; else undefined. */
  get slideDrawingHeight(): number | undefined {
    return this.slide.drawingHeight(this.options.onSlide(), this.height);
  }

  /** Lays out again if anything asked for it since the last layout (called from the host's `willUpdate`). */
  update(): void {
    const doc = this.doc;
    if (!doc || !this.dirty) return;
    this.dirty = false;
    // What is on the screen: not a layout replaced in the same update, never drawn (measureSlide).
    const replaced = this.unseen ?? { previous: this.layout, before: this.options.zoom.view };
    this.unseen = undefined;
    this.replacing = replaced;
    const previous = replaced.previous;
    if (!this.text.ready) this.text.update();
    const locale = this.options.locale();
    const slideHeight = this.slideDrawingHeight;
    // The slide fit loads on first use (lazy.ts); an update on a slide waits for it (the element's partsToRender), so it is missing only when it failed to load.
    const fit = orgLazy.value?.fitOrgSlide;
    // A slide fits its own drawing anew each time (slide.ts).
    const fresh = this.fresh || slideHeight !== undefined;
    const keep = fresh ? undefined : previous?.kept;
    this.fresh = false;
    const orientation = keyword(this.options.orientation(), { name: 'policy-org-chart orientation', allowed: ORG_ORIENTATIONS, fallback: 'auto' });
    const inputs: OrgViewInputs = { doc, width: this.width, height: this.height, orientation, locale, measure: this.text.measure, fontSize: this.text.size };
    // A reader's toggle back to a collapsed set laid out a moment ago draws that layout again
    // (layout-memo.ts), and so does one laid out ahead for it; a fresh layout forgets them all.
    this.stopAhead();
    if (fresh) {
      this.memo.clear();
      this.ahead.clear();
    }
    // (One laid out ahead only from the layout drawn now: it kept this one's arrangement, as the layout made now would.)
    const remembered = fresh ? undefined : (this.memo.get(inputs, this.collapsed) ?? (previous ? this.ahead.get(inputs, previous, this.collapsed) : undefined));
    const start = this.now();
    const { layout, collapsed } = remembered
      ? { layout: remembered, collapsed: this.collapsed }
      : layOutOrgView({
          ...inputs,
          measureSize: MEASURE_SIZE,
          collapsed: this.collapsed,
          ...(keep ? { keep } : {}),
          ...(slideHeight === undefined || !fit ? {} : { slide: { state: this.slide, height: slideHeight, fit } }),
        });
    if (!remembered) this.layoutMs = this.now() - start;
    if (!remembered && keep) this.keptMs = this.layoutMs;
    if (slideHeight === undefined) this.memo.add(inputs, collapsed, layout);
    this.layout = layout;
    this.collapsed = collapsed;
    this.keptLayout = layout.kept?.reused === true;
    const before = replaced.before;
    this.entering = enteringBodies(previous, layout);
    this.moving = movingParts(previous, layout);
    nameDrawnBodies(this.names, { doc, nodes: layout.nodes, locale, matches: this.options.matches() });
    const anchor = this.anchor;
    this.anchor = undefined;
    const id = previous && slideHeight === undefined ? anchor?.find((a) => previous.byId.has(a) && layout.byId.has(a)) : undefined;
    const back = id !== undefined && this.back?.layout === layout && this.back.after === before ? this.back.view : undefined;
    this.fitView(this.keptLayout ? before : undefined, id === undefined ? undefined : { before, from: orgTogglePoint(previous!.byId.get(id)!, previous!.orientation), to: orgTogglePoint(layout.byId.get(id)!, layout.orientation), back });
    // Motion only where the reader can see it (on-screen.ts): read before anything is drawn.
    const screen = previous && (this.entering.size || this.moving.boxes.size || this.moving.edges.size) ? this.options.screen?.() : undefined;
    if (previous && screen) ({ entering: this.entering, moving: this.moving } = motionOnScreen({ previous, next: layout, entering: this.entering, moving: this.moving, screen, before, after: this.options.zoom.view }));
    this.options.laidOut(layout, doc);
    const glide = previous && slideHeight === undefined ? glideOf(before, this.options.zoom.view, !this.glide?.odd) : undefined;
    // (None while the chart's window is off the screen: a motion nobody sees, on-screen.ts.)
    const shown = glide && (screen ?? this.options.screen?.());
    this.glide = glide && (!shown || (shown.x < glide.view.width && shown.x + shown.width > 0 && shown.y < glide.view.height && shown.y + shown.height > 0)) ? glide : undefined;
    this.back = previous ? { layout: previous, view: before, after: this.options.zoom.view } : undefined;
    this.inputs = slideHeight === undefined ? inputs : undefined;
    this.layOutAhead();
  }

  /**
   * Lays out ahead, in the browser's idle periods, the expands a reader can make next: the drawn
   * layout with one of its collapsed bodies opened, for up to {@link AHEAD_BODIES} of them (those
   * nearest the middle of the chart's part on the screen first, ordered in the first idle period),
   * one layout per idle period, each keeping the drawn layout's arrangement as the expand would;
   * opening one of them then draws that layout at once (the same layout). Only in long idle periods
   * ({@link AHEAD_ENOUGH_MS} left: nothing to draw, no glide running), and not for a chart whose
   * layouts take longer than {@link AHEAD_MAX_MS} (every body of a large organisation drawn), and
   * once the chart has been quiet for {@link AHEAD_QUIET_MS}. Starts after each layout; a press of a
   * pointer or key on the chart stops it (the click or key that follows is not held up by a layout
   * ahead) until the next layout or the reader points at a body.
   */
  private layOutAhead(): void {
    this.stopAhead();
    this.aheadFor = this.layout;
    this.aheadOrdered = false;
    this.queue = [];
    this.pointed.clear();
    this.aheadTries = 0;
    this.busyAt = this.now();
    if (this.layout && this.inputs) this.scheduleAhead();
  }

  /**
   * The reader pointed at body `id` or moved focus to it: if it is collapsed, its expand is laid
   * out ahead first ({@link layOutAhead}), and in shorter idle periods too: with at least the last
   * layout's time left, or {@link AHEAD_ENOUGH_MS} after a layout of up to {@link AHEAD_MAX_MS}
   * (the browser's idle periods are 50 ms at most).
   */
  layOutAheadFor(id: string): void {
    const { layout, inputs } = this;
    const node = layout?.byId.get(id);
    if (!layout || !inputs || layout !== this.aheadFor || this.dirty || !node || node.childCount === 0 || node.expanded || !this.collapsed.has(id)) return;
    if (!this.pointed.has(id)) {
      this.pointed.add(id);
      this.queue = [id, ...this.queue.filter((q) => q !== id)];
    }
    this.aheadTries = 0;
    this.scheduleAhead();
  }

  /** Asks for the next idle period for the next layout ahead, unless one is asked for already. */
  private scheduleAhead(): void {
    const idle = this.options.idle ?? orgIdle;
    if (!idle || this.cancelAhead) return;
    this.cancelAhead = idle((timeRemaining) => {
      this.cancelAhead = undefined;
      this.stepAhead(timeRemaining);
    });
  }

  /** One layout ahead, the next in the queue, if the idle period is long enough (else tried again in the next). */
  private stepAhead(timeRemaining: () => number): void {
    const { layout, inputs } = this;
    if (!layout || !inputs || layout !== this.aheadFor || this.dirty) return;
    if (!this.aheadOrdered) {
      this.aheadOrdered = true;
      for (const id of this.aheadOrder(layout)) if (!this.pointed.has(id)) this.queue.push(id);
    }
    while (this.queue.length && this.ahead.has(inputs, layout, this.queue[0]!)) this.queue.shift();
    const id = this.queue[0];
    if (id === undefined) return;
    const pointed = this.pointed.has(id);
    // (Before any layout that kept an arrangement: the fresh one's time, which chose among arrangements, bounds it.)
    if (!pointed && (this.keptMs ?? Math.min(this.layoutMs, AHEAD_MAX_MS)) > AHEAD_MAX_MS) return;
    if (!pointed && this.now() - this.busyAt < AHEAD_QUIET_MS) {
      this.scheduleAhead();
      return;
    }
    const needed = !pointed ? AHEAD_ENOUGH_MS : this.layoutMs > AHEAD_MAX_MS ? this.layoutMs : Math.min(this.layoutMs, AHEAD_ENOUGH_MS);
    if (timeRemaining() < needed) {
      // (Idle periods are short while a glide runs: try again for about a second of frames.)
      if (++this.aheadTries < AHEAD_TRIES) this.scheduleAhead();
      return;
    }
    this.aheadTries = 0;
    this.queue.shift();
    const collapsed = new Set(this.collapsed);
    collapsed.delete(id);
    // Its expand was drawn a moment ago (a body just collapsed, still under the pointer): the memo
    // has that layout, which the click would draw; laying it out again cost 2–4 ms during the glide.
    if (this.memo.get(inputs, collapsed)) {
      this.scheduleAhead();
      return;
    }
    const keep = layout.kept;
    const start = this.now();
    const next = layOutOrgView({ ...inputs, measureSize: MEASURE_SIZE, collapsed, ...(keep ? { keep } : {}) });
    this.layoutMs = this.now() - start;
    if (keep) this.keptMs = this.layoutMs;
    this.ahead.add(inputs, layout, this.collapsed, id, next.layout);
    this.scheduleAhead();
  }

  /**
   * The drawn collapsed bodies with children, nearest the middle of the part of the chart's window
   * on the screen first (of the whole window where that is unknown), at most {@link AHEAD_BODIES}.
   */
  private aheadOrder(layout: OrgChartLayout): string[] {
    const view = this.options.zoom.view;
    const screen = this.options.screen?.();
    const cx = ((screen ? screen.x + screen.width / 2 : view.width / 2) - view.tx) / view.k;
    const cy = ((screen ? screen.y + screen.height / 2 : view.height / 2) - view.ty) / view.k;
    return layout.nodes
      .filter((n) => n.childCount > 0 && !n.expanded && this.collapsed.has(n.id))
      .map((n) => ({ id: n.id, d: Math.hypot(n.x + n.width / 2 - cx, n.y + n.height / 2 - cy) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, AHEAD_BODIES)
      .map((n) => n.id);
  }

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }

  private stopAhead(): void {
    this.cancelAhead?.();
    this.cancelAhead = undefined;
  }

  hostDisconnected(): void {
    this.stopAhead();
  }

  /**
   * 「全体を表示」: fits the view again, and lays the chart out again with its arrangement chosen
   * afresh if it was kept through expands and collapses (a better one may fit now).
   */
  fit(): void {
    if (this.keptLayout) {
      this.keptLayout = false;
      this.fresh = true;
      this.dirty = true;
      this.host.requestUpdate();
    }
    this.fitView();
  }

  /**
   * Fits the chart to the width (not below a readable scale), unless the user has zoomed.
   * `keepFrom`: the view before an expand or collapse that kept the arrangement (its offset is kept, {@link keepOrgOffset}).
   * `anchor`: the body the reader expanded or collapsed, where it was (`from`, under `before`) and is (`to`): it keeps its place ({@link anchorOrgView});
   * `back`: the view this layout was shown with before, when the reader toggled straight back to it (shown so again).
   */
  private fitView(keepFrom?: Viewport, anchor?: { before: Viewport; from: OrgPoint; to: OrgPoint; back?: Viewport }): void {
    if (!this.layout) return;
    const { zoom } = this.options;
    const height = orgViewHeight(this.layout, this.height, this.slideDrawingHeight);
    const fitted = fitOrgView(this.layout, this.width, height);
    zoom.fit(keepFrom ? keepOrgOffset(keepFrom, fitted, this.layout.bounds) : fitted, height);
    // The body toggled stays where it was (not in 「全体を表示」's whole drawing: that stays whole).
    if (anchor && !(zoom.overview && !zoom.userZoomed)) {
      const { back } = anchor;
      zoom.set(back && back.k === zoom.view.k && back.width === zoom.view.width && back.height === zoom.view.height ? back : anchorOrgView({ content: this.layout.bounds, ...anchor, view: zoom.view }));
    }
    if (CAN_CLIP) this.canvasHeight = orgCanvasHeight(this.canvasHeight, this.options.zoom.view.height);
  }

  /**
   * On a slide, after a render: measures what the title, toolbar, legend and source take; true
   * when that moved (by more than 2 px), so that the drawing must be laid out again for the height
   * they leave (the element does so in the same update: policy-org-chart.ts `update`).
   */
  measureSlide(): boolean {
    if (this.slideDrawingHeight === undefined || !this.layout) return false;
    const { total, drawing } = this.options.heights();
    if (!this.slide.measure(total, drawing)) return false;
    // (The next layout moves nothing from this one, which nobody saw.)
    this.unseen = this.replacing;
    return true;
  }
}
