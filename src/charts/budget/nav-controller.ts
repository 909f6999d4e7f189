/**
 * The treemap's active, hovered and focused cells (roving tabindex, tooltip, focus ring) and its
 * event handlers. What the first drawing needs is here: the keyboard order and which cell takes
 * Tab. What the handlers do (select, drill, go up, the cell under the pointer among the batched
 * small ones) is nav-actions.ts, in the chart's lazy chunk (lazy.ts, docs/size.md): preloaded
 * when the pointer enters the element or focus comes into it, and an event that comes before it
 * has loaded is handled once it has (a key the treemap answers is held back from the page at once).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BudgetSummary } from '../../data/budget-summary.js';
import { PolicyCellSelectEvent, type PolicyCellSelectDetail } from '../../events/cell-select.js';
import { PolicyDrillEvent, type PolicyDrillDetail } from '../../events/drill.js';
import type { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { HeldCalls } from '../../kit/held-calls.js';
import { budgetLazy } from './index.js';
import type { TreemapLayout } from './layout/index.js';
import type { TreemapNavActions } from './nav-actions.js';
import { listTreemapNav, type TreemapNavEntry } from './state.js';

/** The view shown: the item whose children fill the chart, and the start of an "others" view. */
export interface TreemapView {
  focusId?: string;
  focusOffset: number;
}

/** What the controller needs of its element. */
export interface TreemapNavOptions {
  summary: () => BudgetSummary | undefined;
  layout: () => TreemapLayout | undefined;
  view: () => TreemapView;
  /** Shows another view (the element lays out again). */
  setView: (view: TreemapView) => void;
  roving: () => RovingFocusController;
}

/** The keys the treemap answers (keys.ts `treemapKeyAction`): held back from the page while the handlers load. */
const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'ArrowRight', 'ArrowLeft', 'Enter', ' ', 'Escape', 'Backspace']);

/** The active, hovered and focused cells of the treemap, and the handlers that change them. */
export class TreemapNavController implements ReactiveController {
  /** The cell that takes Tab focus (roving tabindex). */
  activeKey?: string;
  /** The cell under the pointer. */
  hoverKey?: string;
  /** Whether focus is inside the tree (shows the focus ring and tooltip). */
  treeFocused = false;
  /** The keyboard order of the current layout. */
  nav: TreemapNavEntry[] = [];
  index = new Map<string, TreemapNavEntry>();
  /** The current layout. */
  layout?: TreemapLayout;
  /** What nav-actions.ts keeps per layout (the spatial index of the batched cells). */
  cache?: unknown;
  /** Events waiting for the handlers' code (it updates the element once they are handled). */
  private readonly held = new HeldCalls(budgetLazy);

  /** Whether events wait for the handlers' code: the element's next update waits for it. */
  get holding(): boolean {
    return this.held.holding;
  }

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: TreemapNavOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Takes a new layout: its keyboard order, keeping the active cell when it is still drawn. */
  useLayout(layout: TreemapLayout): void {
    this.layout = layout;
    this.cache = undefined;
    this.nav = listTreemapNav(layout);
    this.index = new Map(this.nav.map((e) => [e.key, e]));
    if (this.activeKey === undefined || !this.index.has(this.activeKey)) this.activeKey = this.nav[0]?.key;
  }

  /** Sets the active, hovered or focused cell and updates the element. */
  set(patch: Partial<Pick<TreemapNavController, 'activeKey' | 'hoverKey' | 'treeFocused'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /**
   * Fires `policy-cell-select` or `policy-drill` (the event classes stay with the element: they
   * are exported beside it, and a bundler keeps a module in the one chunk that first needs it).
   */
  fire(type: 'select', detail: PolicyCellSelectDetail): void;
  fire(type: 'drill', detail: PolicyDrillDetail): void;
  fire(type: 'select' | 'drill', detail: PolicyCellSelectDetail | PolicyDrillDetail): void {
    this.host.dispatchEvent(type === 'select' ? new PolicyCellSelectEvent(detail as PolicyCellSelectDetail) : new PolicyDrillEvent(detail as PolicyDrillDetail));
  }

  /**
   * Runs `action` of nav-actions.ts on `event`: at once when the code is there, else once it
   * has loaded, with the event's path read now (it is empty after dispatch). Meanwhile the
   * element's next update waits for the code (`holding`, the element's partsToRender).
   */
  private run<E extends Event>(action: keyof TreemapNavActions, event: E): void {
    const path = event.composedPath();
    const held = this.held.run((code) => (code.treemapNav[action] as (nav: TreemapNavController, event: E, path: EventTarget[]) => void)(this, event, path));
    if (held) this.host.requestUpdate();
  }

  /** A top-level item chosen in the list: one level down, into that item. */
  onTopItem = (event: Event): void => this.run('topItem', event);
  /** A breadcrumb: up to that level, landing on the cell we came out of. */
  onCrumb = (event: Event): void => this.run('crumb', event);
  onClick = (event: MouseEvent): void => this.run('click', event);
  onPointerOver = (event: PointerEvent): void => this.run('pointerOver', event);

  onPointerLeave = (): void => {
    if (this.hoverKey !== undefined) this.set({ hoverKey: undefined });
  };

  onFocusIn = (event: FocusEvent): void => {
    for (const target of event.composedPath()) {
      if (target === this.host) break;
      const key = target instanceof Element ? target.getAttribute('data-key') : null;
      const entry = key !== null ? this.index.get(key) : undefined;
      if (entry) {
        this.set({ treeFocused: true, activeKey: entry.key });
        return;
      }
    }
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || !this.host.shadowRoot?.contains(next) || !next.hasAttribute('data-key')) this.set({ treeFocused: false });
  };

  onKeydown = (event: KeyboardEvent): void => {
    // Before the code has loaded, a key the treemap answers is kept from scrolling the page now.
    if (!budgetLazy.value && this.activeKey !== undefined && NAV_KEYS.has(event.key)) {
      event.preventDefault();
      event.stopPropagation();
    }
    this.run('keydown', event);
  };
}
