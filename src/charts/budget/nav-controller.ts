/**
 * The treemap's keyboard order, pointer and drill-down handling: which cell is active (roving
 * tabindex), hovered or focused, and the handlers that select a cell, drill into it or go back
 * up. What a key asks for and where "up" leads are the pure functions of state.ts; this
 * controller carries them out (focus, the view shown, `policy-cell-select` and `policy-drill`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BudgetSummary } from '../../data/budget-summary.js';
import { PolicyCellSelectEvent } from '../../events/cell-select.js';
import { PolicyDrillEvent } from '../../events/drill.js';
import type { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { SpatialIndex } from '../../kit/spatial-index.js';
import type { DrillTarget, TreemapCell, TreemapLayout } from './layout/index.js';
import { ancestorKeyIn, drillUp, listTreemapNav, treemapKeyAction, type TreemapNavEntry } from './state.js';

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
  /** The batched (small) cells by position, built on the first pointer event over them. */
  private batched?: SpatialIndex<TreemapCell>;
  private layout?: TreemapLayout;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TreemapNavOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Takes a new layout: its keyboard order, keeping the active cell when it is still drawn. */
  useLayout(layout: TreemapLayout): void {
    this.layout = layout;
    this.batched = undefined;
    this.nav = listTreemapNav(layout);
    this.index = new Map(this.nav.map((e) => [e.key, e]));
    if (this.activeKey === undefined || !this.index.has(this.activeKey)) this.activeKey = this.nav[0]?.key;
  }

  private set(patch: Partial<Pick<TreemapNavController, 'activeKey' | 'hoverKey' | 'treeFocused'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  private entryFromEvent(event: Event): TreemapNavEntry | undefined {
    for (const target of event.composedPath()) {
      if (target === this.host) break;
      if (!(target instanceof Element)) continue;
      if (target.hasAttribute('data-key')) return this.index.get(target.getAttribute('data-key')!);
      if (target.hasAttribute('data-batch') && event instanceof MouseEvent) return this.batchedAt(target, event);
    }
    return undefined;
  }

  /**
   * The small cell under the pointer, in the batch paths of an every-level view (no element of
   * its own): the innermost cell at that point, found through a spatial index of the batch.
   */
  private batchedAt(batch: Element, event: MouseEvent): TreemapNavEntry | undefined {
    const svg = batch instanceof SVGElement ? batch.ownerSVGElement : null;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm || !this.layout) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    this.batched ??= new SpatialIndex(this.layout.cells.filter((c) => c.batched), (c) => c);
    let best: TreemapCell | undefined;
    for (const c of this.batched.search({ x: point.x, y: point.y, width: 0, height: 0 })) {
      if (!best || c.level > best.level || (c.level === best.level && c.width * c.height < best.width * best.height)) best = c;
    }
    return best ? this.index.get(best.key) : undefined;
  }

  private moveTo(key: string | undefined): void {
    if (!key) return;
    this.set({ activeKey: key });
    this.options.roving().request();
  }

  /** Activates an entry: select, then drill (or go to a re-listed item's original). */
  private activate(entry: TreemapNavEntry, fromPointer: boolean): void {
    const id = entry.ref ? entry.ref.id : entry.cell?.id;
    const s = id ? this.options.summary()?.items.get(id) : undefined;
    this.host.dispatchEvent(
      new PolicyCellSelectEvent({
        ...(s ? { id: s.id } : entry.cell?.id ? { id: entry.cell.id } : {}),
        ...(s && (entry.cell?.kind === 'item' || entry.ref) ? { path: s.path } : {}),
        ids: s ? [...s.ancestors, s.id] : [],
        kind: entry.ref ? entry.ref.kind : entry.cell!.kind,
      }),
    );
    if (entry.ref?.kind === 'relist' && entry.ref.originalId) {
      this.go({ ...(entry.ref.drill?.id !== undefined ? { id: entry.ref.drill.id } : {}), offset: 0 }, 'down', entry.ref.originalId);
      return;
    }
    let target: DrillTarget | undefined = entry.cell?.drill ?? entry.ref?.drill;
    // A click on a small cell inside a pillar opens the pillar.
    if (!target && fromPointer && entry.parentKey) {
      const parent = this.index.get(entry.parentKey)?.cell;
      if (parent?.drill) target = parent.drill;
    }
    if (target) this.go(target, 'down', entry.key);
  }

  /** Shows `target` (down into a cell or back up), with `activeKey` focused; fires `policy-drill`. */
  go(target: DrillTarget, direction: 'down' | 'up', activeKey?: string): void {
    const id = target.id;
    const view = this.options.view();
    if (id === view.focusId && target.offset === view.focusOffset) {
      if (activeKey) this.moveTo(activeKey);
      return;
    }
    this.options.setView({ focusId: id, focusOffset: target.offset });
    this.set({ activeKey });
    this.options.roving().request();
    const s = id !== undefined ? this.options.summary()?.items.get(id) : undefined;
    this.host.dispatchEvent(
      new PolicyDrillEvent({
        ...(s ? { id: s.id, path: s.path } : {}),
        ids: s ? [...s.ancestors, s.id] : [],
        offset: target.offset,
        direction,
      }),
    );
  }

  /** A top-level item chosen in the list: one level down, into that item. */
  onTopItem = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.top;
    const item = this.options.layout()?.topItems.find((t) => t.id === id);
    if (item?.drill) this.go(item.drill, 'down', undefined);
  };

  onCrumb = (event: Event): void => {
    const i = Number((event.currentTarget as HTMLElement).dataset.crumb);
    const crumb = this.options.layout()?.breadcrumbs[i];
    if (!crumb) return;
    const from = this.options.view().focusId;
    this.go({ ...(crumb.id !== undefined ? { id: crumb.id } : {}), offset: crumb.offset }, 'up', undefined);
    // Land on the cell we came out of, when it is in the new view.
    const summary = this.options.summary();
    if (from !== undefined && summary) this.set({ activeKey: ancestorKeyIn(summary, from, crumb.id) });
  };

  onClick = (event: MouseEvent): void => {
    const entry = this.entryFromEvent(event);
    if (!entry) return;
    this.set({ activeKey: entry.key });
    this.activate(entry, true);
  };

  onPointerOver = (event: PointerEvent): void => {
    const key = this.entryFromEvent(event)?.key;
    if (key !== this.hoverKey) this.set({ hoverKey: key });
  };

  onPointerLeave = (): void => {
    if (this.hoverKey !== undefined) this.set({ hoverKey: undefined });
  };

  onFocusIn = (event: FocusEvent): void => {
    const entry = this.entryFromEvent(event);
    if (entry) this.set({ treeFocused: true, activeKey: entry.key });
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || !this.host.shadowRoot?.contains(next) || !next.hasAttribute('data-key')) this.set({ treeFocused: false });
  };

  onKeydown = (event: KeyboardEvent): void => {
    const entry = this.activeKey ? this.index.get(this.activeKey) : undefined;
    if (!entry) return;
    const action = treemapKeyAction(this.nav, entry.key, event.key);
    let handled = action !== undefined;
    if (action?.kind === 'focus') this.moveTo(action.key);
    else if (action?.kind === 'activate') this.activate(entry, false);
    else if (action?.kind === 'up') {
      // Up one level: from an "others" view to its item, from an item to its parent.
      const summary = this.options.summary();
      const up = summary ? drillUp(summary, this.options.view()) : undefined;
      if (up) this.go(up.target, 'up', up.activeKey);
      handled = up !== undefined;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
}
