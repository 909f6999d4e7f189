/**
 * The in-page half of `npm run bench` (test/bench/run.mjs drives it through puppeteer).
 *
 * `window.bench` generates a document once per case (outside every timing), then runs one
 * measured action at a time: a first render of the element or of the plain-d3 baseline, an
 * expand/collapse of one body, a drill-down. Each measurement is `performance.now()` from the
 * start of the action until the frame showing it has been rendered (a requestAnimationFrame
 * followed by a message-channel task, i.e. after that frame's style, layout and paint), plus
 * the synchronous part alone (script until `updateComplete`, then a forced style + layout).
 * Element phases (parse, layout, Lit render, DOM commit) come from wrapping the element's
 * prototype methods; they add a few `performance.now()` calls per update, nothing per node.
 */
import type * as BudgetBaseline from './baselines/budget-treemap.js';
import type { RawItem, TreemapState } from './baselines/budget-treemap.js';
import type * as OrgBaseline from './baselines/org-tree.js';
import type { OrgTreeState, RawBody } from './baselines/org-tree.js';

/**
 * Where the code measured comes from. Without a query: the source modules as Vite's dev server
 * serves them (the element from src/define.ts, the baselines from ./baselines/). With
 * `?code=built` (run.mjs's cold cases): the files a page ships, built by run.mjs beforehand and
 * served from `/@bench-built/`: `policy-charts.js` (`vite build --mode bundle`, the one-script
 * bundle, as users load it) and `baselines.js` (the two baseline pages bundled by Vite the same way).
 */
const BUILT = new URLSearchParams(location.search).get('code') === 'built';
const BUILT_DIR = '/@bench-built/';

/** The plain-d3 pages' functions, loaded by `status()`. */
let baselines: typeof BudgetBaseline & typeof OrgBaseline;

/** Which chart a case measures. */
export type Kind = 'org' | 'budget';
/** Who draws it. */
export type Impl = 'element' | 'baseline';
/** What is measured. */
export type Scenario = 'first-render' | 'expand' | 'collapse' | 'drill-in' | 'drill-out';

/** One measured action. */
export interface RunSpec {
  impl: Impl;
  scenario: Scenario;
  /**
   * Experiment (`run.mjs --presize`): give the element's size controller the host's width
   * before the first update, as if the element measured itself synchronously on connection,
   * to show what the layout at the default 640 px, redone when the ResizeObserver reports,
   * costs. Not what users get today.
   */
  presize?: boolean;
  /**
   * Org chart: draw every body (`collapsed-depth` far below the deepest body), like the
   * baseline, instead of starting collapsed below a depth: the like-for-like case.
   */
  expanded?: boolean;
  /** Treemap: `min-cell-area="0"`, nothing gathered into "N others" cells. */
  everyLeaf?: boolean;
  /**
   * Expand/collapse: before the action (not timed), scroll the page so that the body toggled is
   * in the middle of the window, as when a reader clicks it (the element moves only what shows).
   */
  onscreen?: boolean;
  /**
   * Expand/collapse: before the action (not timed), the pointer comes over the body toggled and
   * rests there this many ms, as before a click (the element lays out the expand of a collapsed
   * body pointed at in idle time: layout-controller.ts `layOutAheadFor`).
   */
  hover?: number;
  /**
   * Expand/collapse: before the action (not timed), this many ms pass with nothing done, as a
   * reader reads what the last action showed before the next click (the element lays out ahead,
   * in idle time, the expands of the collapsed bodies it draws: layout-controller.ts `layOutAhead`).
   */
  read?: number;
}

/** The figures of one measured action (milliseconds). */
export interface RunResult {
  /**
   * From the start of the action until the frame showing its result has been rendered
   * (after the element's last update, including the one its ResizeObserver asks for).
   */
  wall: number;
  /** The synchronous script part: until the element's `updateComplete` settled. */
  script: number;
  /** A forced style recalculation + layout right after the script part. */
  forcedLayout: number;
  /** Element only: time inside the element's methods, summed over every update of the run. */
  phases: Record<string, number>;
  /** Element only: how many updates ran. */
  updates: number;
  /** The element's `status` after the run (anything but `ready` means the numbers are void). */
  status: string;
}

/** What a run drew, counted after it ({@link drawnCounts}). */
export interface DrawnCounts {
  /** Elements in the drawing (the element's `<svg>` with its treeitems, or the baseline's SVG). */
  domElements: number;
  /** Every element: the shadow root's (drawing, toolbar, legend, text alternative), or the baseline host's. */
  allElements: number;
  /**
   * Items drawn: the element's `[role=treeitem]` (boxes, cells) plus the treemap's batched
   * small cells (a subpath each in `[data-batch]`), the baseline's `rect`s (one per box or
   * leaf), so that `domElements / items` is the DOM cost of one drawn item.
   */
  items: number;
}

interface Generator {
  module: string;
  exportName: string;
  sizeKey: string;
}

const TAGS: Record<Kind, string> = { org: 'policy-org-chart', budget: 'policy-budget-treemap' };
const GENERATORS: Record<Kind, Generator> = {
  org: { module: '../fixtures/generate-organization.ts', exportName: 'generateOrganization', sizeKey: 'bodies' },
  budget: { module: '../fixtures/generate-budget.ts', exportName: 'generateBudget', sizeKey: 'leaves' },
};
const WIDTH = 1000;
const HEIGHT = 600;
/** Methods timed on the element's prototype; nested ones are subtracted in `phasesOf`. */
const TIMED = ['willUpdate', 'parse', 'layoutChart', 'update', 'render', 'renderChart', 'updated'] as const;

type ChartElement = HTMLElement & {
  data: unknown;
  status?: string;
  updateComplete: Promise<boolean>;
  isUpdatePending: boolean;
  expand?: (id: string) => void;
  collapse?: (id: string) => void;
  drillTo?: (id: string | undefined | null) => void;
};

const host = document.getElementById('host')!;
const timers: Record<string, number> = {};
const counts: Record<string, number> = {};
const instrumented = new Set<string>();
let kind: Kind = 'org';
let master: unknown;
let pending: unknown;
let element: ChartElement | undefined;
let orgState: OrgTreeState | undefined;
let treemapState: TreemapState | undefined;
let target: string | undefined;

/** Resolves after the next frame has been rendered (style, layout, paint). */
function afterFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

async function settle(el: ChartElement): Promise<void> {
  do await el.updateComplete;
  while (el.isUpdatePending);
}

function forceLayout(): void {
  void document.body.offsetHeight;
  void host.getBoundingClientRect();
}

function countItems(): number {
  if (element) {
    const root = element.shadowRoot;
    if (!root) return 0;
    // Treemap cells drawn in batches (every level, many cells): one subpath each, no element.
    let batched = 0;
    for (const path of root.querySelectorAll('[data-batch] path.area')) batched += (path.getAttribute('d')?.match(/M/g) ?? []).length;
    return root.querySelectorAll('[role="treeitem"]').length + batched;
  }
  return host.querySelectorAll('svg rect').length;
}

/**
 * Elements of the drawing: the element's `<svg>` that holds its treeitems (the chart, with its
 * defs, lanes, connectors, links and labels), as the baseline's `svg` is counted; not its
 * toolbar, legend and text alternative, a constant ~50 HTML elements that the baseline page
 * does not have (they made a culled screen of 17 boxes look 3 elements a box heavier).
 */
function countElements(): number {
  if (element) {
    const drawing = element.shadowRoot?.querySelector('[role="treeitem"], [data-batch]')?.closest('svg');
    return drawing ? 1 + drawing.querySelectorAll('*').length : 0;
  }
  return host.querySelectorAll('svg, svg *').length;
}

/** Every element of the element's shadow root (the drawing and the chrome around it). */
function countAllElements(): number {
  return element?.shadowRoot?.querySelectorAll('*').length ?? host.querySelectorAll('*').length;
}

function instrument(tag: string): void {
  if (instrumented.has(tag)) return;
  const ctor = customElements.get(tag);
  if (!ctor) return;
  const proto = ctor.prototype as Record<string, unknown>;
  for (const name of TIMED) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function timed(this: unknown, ...args: unknown[]) {
        const t = performance.now();
        try {
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          timers[name] = (timers[name] ?? 0) + performance.now() - t;
          counts[name] = (counts[name] ?? 0) + 1;
        }
      },
    });
  }
  instrumented.add(tag);
}

function resetTimers(): void {
  for (const k of Object.keys(timers)) delete timers[k];
  for (const k of Object.keys(counts)) delete counts[k];
}

/** Phases without double counting: willUpdate contains parse and layoutChart, update contains render. */
function phasesOf(): Record<string, number> {
  const t = (k: string): number => timers[k] ?? 0;
  return {
    parse: t('parse'),
    layout: t('layoutChart'),
    willUpdateOther: Math.max(0, t('willUpdate') - t('parse') - t('layoutChart')),
    render: t('render'),
    renderChart: t('renderChart'),
    commit: Math.max(0, t('update') - t('render')),
    updated: t('updated'),
  };
}

async function clear(): Promise<void> {
  element?.remove();
  element = undefined;
  orgState = undefined;
  treemapState = undefined;
  host.replaceChildren();
  await afterFrame();
}

/** When the action being measured started, and the element's updates seen until the frame that showed it (for {@link quiet}). */
let measuring: { t0: number; seen: number } | undefined;

/**
 * Measures an action until the frame that shows its result has been rendered. The element may
 * update again in the next frames (its ResizeObserver reports its first size): the runner reads
 * the CPU counters here, then asks {@link quiet} until it finds no further update.
 */
async function measure(action: () => unknown): Promise<RunResult> {
  resetTimers();
  const t0 = performance.now();
  await action();
  if (element) await settle(element);
  const t1 = performance.now();
  forceLayout();
  const t2 = performance.now();
  await afterFrame();
  const t3 = performance.now();
  measuring = element ? { t0, seen: counts['update'] ?? 0 } : undefined;
  return {
    wall: t3 - t0,
    script: t1 - t0,
    forcedLayout: t2 - t1,
    phases: element ? phasesOf() : {},
    updates: counts['update'] ?? 0,
    status: element ? String(element.status) : 'ready',
  };
}

/** What {@link quiet} found after a measured action: undefined when nothing updated. */
export interface QuietResult {
  /** The action's figures until the frame that showed the element's next update (its script and forced layout stay as measured). */
  result?: Pick<RunResult, 'wall' | 'phases' | 'updates' | 'status'>;
}

/**
 * After a measured action, once the runner has read the CPU counters: waits for the element's
 * next update in the next two frames. If there is one, returns the action's figures until the
 * frame that showed it (the runner reads the counters again and asks again); else nothing: the
 * measurement ended with the frame that showed the last update. (Until 2026-12-04 the two quiet
 * frames and this waiting were inside every element's reading, and the baseline's had none:
 * an org chart's glide and about 2 ms of the bench's own frame callbacks, 4–7 ms in all.)
 */
async function quiet(): Promise<QuietResult> {
  const m = measuring;
  if (!m || !element) return {};
  for (let frames = 0; frames < 2; frames++) {
    await afterFrame();
    if (element.isUpdatePending) await settle(element);
    const now = counts['update'] ?? 0;
    if (now !== m.seen) {
      m.seen = now;
      await afterFrame();
      return { result: { wall: performance.now() - m.t0, phases: phasesOf(), updates: now, status: String(element.status) } };
    }
  }
  measuring = undefined;
  return {};
}

/** {@link quiet} until the element has not updated for two frames: for tools that read no counters in between (a setup's first render). */
async function untilQuiet(): Promise<void> {
  while ((await quiet()).result);
}

/**
 * The drawing's elements and items after a run: asked for by the runner after it has read the
 * CPU counters (counting is the bench's work, not the chart's: 0.4 ms after a toggle at 10,000
 * bodies, more for the largest drawings, inside every measurement until 2026-12-04).
 */
function drawnCounts(): DrawnCounts {
  return { domElements: countElements(), allElements: countAllElements(), items: countItems() };
}

/** What this page can measure: which elements are registered, which generators load. */
async function status(): Promise<Record<string, unknown>> {
  try {
    if (BUILT) {
      await import(/* @vite-ignore */ `${BUILT_DIR}policy-charts.js`);
      baselines = (await import(/* @vite-ignore */ `${BUILT_DIR}baselines.js`)) as typeof baselines;
    } else {
      await import('../../src/define.js');
      baselines = { ...(await import('./baselines/budget-treemap.js')), ...(await import('./baselines/org-tree.js')) };
    }
  } catch (error) {
    return { defineError: String(error) };
  }
  const out: Record<string, unknown> = {};
  for (const k of ['org', 'budget'] as Kind[]) {
    const gen = GENERATORS[k];
    let generator: string | true = true;
    try {
      const mod = (await import(/* @vite-ignore */ gen.module)) as Record<string, unknown>;
      if (typeof mod[gen.exportName] !== 'function') generator = `${gen.module} has no export ${gen.exportName}`;
    } catch (error) {
      generator = `${gen.module}: ${String(error)}`;
    }
    out[k] = { element: Boolean(customElements.get(TAGS[k])), generator };
  }
  // Lit in dev mode would slow the element down and would not be what users load.
  out['litDevMode'] = Boolean((globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings);
  return out;
}

/** Generates the case's document (outside any timing) and clears the page. */
async function prepare(options: { kind: Kind; size: number; seed: number }): Promise<Record<string, unknown>> {
  kind = options.kind;
  const gen = GENERATORS[kind];
  const mod = (await import(/* @vite-ignore */ gen.module)) as Record<string, (o: Record<string, unknown>) => unknown>;
  master = mod[gen.exportName]!({ [gen.sizeKey]: options.size, seed: options.seed });
  target = undefined;
  instrument(TAGS[kind]);
  await clear();
  return describe(master);
}

function describe(doc: unknown): Record<string, unknown> {
  const d = doc as { bodies?: RawBody[]; items?: RawItem[] };
  if (kind === 'org') {
    const bodies = d.bodies ?? [];
    return { bodies: bodies.length, roots: bodies.filter((b) => !b.parent).length, bytes: JSON.stringify(doc).length };
  }
  let leaves = 0;
  let items = 0;
  const walk = (list: RawItem[]): void => {
    for (const i of list) {
      items++;
      if (i.children?.length) walk(i.children);
      else leaves++;
    }
  };
  walk(d.items ?? []);
  return { items, leaves, topLevel: d.items?.length ?? 0, bytes: JSON.stringify(doc).length };
}

/**
 * Everything a measured action needs that must not be timed: for a first render, removing
 * the previous drawing and cloning the document; then a garbage collection and a frame.
 * The runner calls it before reading Chromium's counters, so they do not include it either.
 */
async function reset(spec: RunSpec): Promise<void> {
  if (spec.scenario === 'first-render') {
    await clear();
    pending = structuredClone(master);
  }
  if (spec.read && (spec.scenario === 'expand' || spec.scenario === 'collapse')) await new Promise((resolve) => setTimeout(resolve, spec.read));
  if (spec.onscreen && (spec.scenario === 'expand' || spec.scenario === 'collapse')) scrollToTarget();
  if (spec.hover && (spec.scenario === 'expand' || spec.scenario === 'collapse')) {
    pointAtTarget();
    await new Promise((resolve) => setTimeout(resolve, spec.hover));
  }
  (globalThis as { gc?: () => void }).gc?.();
  await afterFrame();
}

async function firstRender(impl: Impl, presize = false, expanded = false, everyLeaf = false): Promise<RunResult> {
  const doc = pending;
  pending = undefined;
  if (doc === undefined) throw new Error('call reset() before a first render');
  if (impl === 'element') {
    return measure(() => {
      const el = document.createElement(TAGS[kind]) as ChartElement;
      if (kind === 'budget') el.setAttribute('height', String(HEIGHT));
      if (expanded) el.setAttribute('collapsed-depth', '1000');
      if (everyLeaf) el.setAttribute('min-cell-area', '0');
      if (presize) (el as unknown as { size: { width: number } }).size.width = WIDTH;
      el.data = doc;
      element = el;
      host.append(el);
    });
  }
  return measure(() => {
    if (kind === 'org') orgState = baselines.drawOrgTree({ doc: doc as { bodies: RawBody[] }, container: host });
    else treemapState = baselines.drawBudgetTreemap({ doc: doc as { items: RawItem[] }, container: host, width: WIDTH, height: HEIGHT });
  });
}

/** The body to expand and collapse, and how many children it has in the document. */
export interface ToggleTarget {
  id: string;
  children: number;
  /** Visible collapsed bodies it was chosen from. */
  candidates: number;
}

/**
 * Picks the body to expand and collapse: of the element's visible, collapsed bodies
 * (`[role=treeitem][aria-expanded=false][data-id]`), the one with the median number of
 * children (a typical body, neither the largest nor a leaf-like one). The baseline then
 * toggles the same body; without the element, the baseline's depth-2 body with the median
 * number of children.
 */
function pickToggleTarget(preferred?: string): ToggleTarget | undefined {
  const childCount = new Map<string, number>();
  for (const b of (master as { bodies?: RawBody[] }).bodies ?? []) {
    if (b.parent) childCount.set(b.parent, (childCount.get(b.parent) ?? 0) + 1);
  }
  let ids: string[] = [];
  if (element) {
    const items = element.shadowRoot?.querySelectorAll<SVGElement | HTMLElement>('[role="treeitem"][aria-expanded="false"][data-id]') ?? [];
    ids = [...items].map((item) => item.dataset['id']!);
  } else if (preferred) {
    target = preferred;
    return { id: target, children: childCount.get(target) ?? 0, candidates: 1 };
  } else if (orgState) {
    orgState.root.each((d) => {
      if (d.depth === 2 && d.children) ids.push(d.id!);
    });
  }
  ids = ids.filter((id) => (childCount.get(id) ?? 0) > 0).sort((a, b) => childCount.get(a)! - childCount.get(b)! || (a < b ? -1 : 1));
  const id = ids[Math.floor((ids.length - 1) / 2)];
  if (id === undefined) return undefined;
  target = id;
  return { id, children: childCount.get(id)!, candidates: ids.length };
}

/**
 * For `org-10000-toggle-new`: `count` bodies to toggle, one per run, each expanded for the first
 * time (the element remembers a few recent layouts, layout-memo.ts, so a body opened again is
 * laid out at no cost): of the element's visible collapsed bodies with children, the one with
 * the median number of children first, then those nearest to it in number of children. Sets
 * the first as the target.
 */
function pickToggleTargets(count: number): string[] {
  const first = pickToggleTarget();
  if (!first || !element) return first ? [first.id] : [];
  const childCount = new Map<string, number>();
  for (const b of (master as { bodies?: RawBody[] }).bodies ?? []) if (b.parent) childCount.set(b.parent, (childCount.get(b.parent) ?? 0) + 1);
  const items = element.shadowRoot?.querySelectorAll<SVGElement | HTMLElement>('[role="treeitem"][aria-expanded="false"][data-id]') ?? [];
  const ids = [...items].map((item) => item.dataset['id']!).filter((id) => (childCount.get(id) ?? 0) > 0);
  const n = first.children;
  ids.sort((a, b) => Math.abs(childCount.get(a)! - n) - Math.abs(childCount.get(b)! - n) || (a < b ? -1 : 1));
  return [first.id, ...ids.filter((id) => id !== first.id)].slice(0, count);
}

/** The body the next expand and collapse toggle (the runner's, from {@link pickToggleTargets}). */
function setTarget(id: string): void {
  target = id;
}

/** Scrolls the page so that the body to toggle is in the middle of the window (the element's treeitem, the baseline's box). */
function scrollToTarget(): void {
  const id = target;
  if (!id) return;
  // The element's frame (its treeitem's own child since e97fb54: the '> .shapes' looked for until then matched nothing, so no toggle was scrolled to).
  const box = element
    ? element.shadowRoot?.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"] > .frame`)
    : [...host.querySelectorAll<SVGGElement>('svg g.nodes > g')].find((g) => (g as unknown as { __data__?: { id?: string } }).__data__?.id === id);
  if (!box) throw new Error(`no box of ${id} to scroll to`);
  box.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** A pointer comes over the body to toggle (the element's treeitem; nothing for the baseline). */
function pointAtTarget(): void {
  const id = target;
  // Its frame: what the pointer hits (since e97fb54 the shapes are the treeitem's own children, no .shapes group).
  const frame = id ? element?.shadowRoot?.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"] > .frame`) : undefined;
  if (id && element && !frame) throw new Error(`no frame of ${id} to point at`);
  frame?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
}

/** Picks the top-level budget item with the most leaves for the drill-down. */
function pickDrillTarget(): { id: string; leaves: number } | undefined {
  const items = (master as { items?: RawItem[] }).items ?? [];
  let best: string | undefined;
  let most = -1;
  const leaves = (i: RawItem): number => (i.children?.length ? i.children.reduce((s, c) => s + leaves(c), 0) : 1);
  for (const i of items) {
    const n = leaves(i);
    if (i.id && n > most) {
      most = n;
      best = i.id;
    }
  }
  target = best;
  return best === undefined ? undefined : { id: best, leaves: most };
}

async function run(spec: RunSpec): Promise<RunResult> {
  if (spec.scenario === 'first-render') return firstRender(spec.impl, spec.presize, spec.expanded, spec.everyLeaf);
  const id = target;
  if (!id) throw new Error('no target: call pickToggleTarget/pickDrillTarget first');
  switch (spec.scenario) {
    case 'expand':
    case 'collapse':
      if (spec.impl === 'element') {
        const method = element?.[spec.scenario];
        if (typeof method !== 'function') throw new Error(`the element has no ${spec.scenario}(id) method`);
        return measure(() => method.call(element, id));
      }
      return measure(() => baselines.toggleOrgTree({ state: orgState!, id }));
    case 'drill-in':
    case 'drill-out': {
      const to = spec.scenario === 'drill-in' ? id : undefined;
      if (spec.impl === 'element') {
        if (typeof element?.drillTo !== 'function') throw new Error('the element has no drillTo(id) method');
        return measure(() => element!.drillTo!(to));
      }
      return measure(() => baselines.drillBudgetTreemap({ state: treemapState!, id: to }));
    }
  }
}

const api = { status, prepare, reset, run, quiet, untilQuiet, drawnCounts, pickToggleTarget, pickToggleTargets, setTarget, pickDrillTarget };
(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset['ready'] = 'true';
