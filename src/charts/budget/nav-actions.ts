/**
 * What the treemap's handlers do (nav-controller.ts calls them; loaded on first use with the
 * chart's lazy chunk, lazy.ts): select a cell, drill into it or go back up, by pointer or key,
 * firing `policy-cell-select` and `policy-drill`. Where a key and "up" lead are the pure
 * functions of keys.ts.
 */
import { SpatialIndex } from '../../kit/spatial-index.js';
import type { DrillTarget, TreemapCell } from './layout/index.js';
import type { TreemapNavController } from './nav-controller.js';
import { ancestorKeyIn, drillUp, treemapKeyAction } from './keys.js';
import type { TreemapNavEntry } from './state.js';

/** The entry an event's path (`composedPath()`, read when it was dispatched) is over. */
function entryOf(nav: TreemapNavController, event: Event, path: readonly EventTarget[]): TreemapNavEntry | undefined {
  for (const target of path) {
    if (target === nav.host) break;
    if (!(target instanceof Element)) continue;
    if (target.hasAttribute('data-key')) return nav.index.get(target.getAttribute('data-key')!);
    if (target.hasAttribute('data-batch') && event instanceof MouseEvent) return batchedAt(nav, target, event);
  }
  return undefined;
}

/**
 * The small cell under the pointer, in the batch paths of an every-level view (no element of
 * its own): the innermost cell at that point, found through a spatial index of the batch, built
 * on the first pointer event over them.
 */
function batchedAt(nav: TreemapNavController, batch: Element, event: MouseEvent): TreemapNavEntry | undefined {
  const svg = batch instanceof SVGElement ? batch.ownerSVGElement : null;
  const ctm = svg?.getScreenCTM();
  const layout = nav.layout;
  if (!svg || !ctm || !layout) return undefined;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
  const index = (nav.cache ??= new SpatialIndex(layout.cells.filter((c) => c.batched), (c) => c)) as SpatialIndex<TreemapCell>;
  let best: TreemapCell | undefined;
  for (const c of index.search({ x: point.x, y: point.y, width: 0, height: 0 })) {
    if (!best || c.level > best.level || (c.level === best.level && c.width * c.height < best.width * best.height)) best = c;
  }
  return best ? nav.index.get(best.key) : undefined;
}

/** The element of an event's path with `data-<name>` (the button of the top list or the breadcrumbs). */
function buttonIn(path: readonly EventTarget[], name: string): HTMLElement | undefined {
  return path.find((t): t is HTMLElement => t instanceof HTMLElement && t.dataset[name] !== undefined);
}

function moveTo(nav: TreemapNavController, key: string | undefined): void {
  if (!key) return;
  nav.set({ activeKey: key });
  nav.options.roving().request();
}

/** Activates an entry: select, then drill (or go to a re-listed item's original). */
function activate(nav: TreemapNavController, entry: TreemapNavEntry, fromPointer: boolean): void {
  const id = entry.ref ? entry.ref.id : entry.cell?.id;
  const s = id ? nav.options.summary()?.items.get(id) : undefined;
  nav.fire('select', {
    ...(s ? { id: s.id } : entry.cell?.id ? { id: entry.cell.id } : {}),
    ...(s && (entry.cell?.kind === 'item' || entry.ref) ? { path: s.path } : {}),
    ids: s ? [...s.ancestors, s.id] : [],
    kind: entry.ref ? entry.ref.kind : entry.cell!.kind,
  });
  if (entry.ref?.kind === 'relist' && entry.ref.originalId) {
    go(nav, { ...(entry.ref.drill?.id !== undefined ? { id: entry.ref.drill.id } : {}), offset: 0 }, 'down', entry.ref.originalId);
    return;
  }
  let target: DrillTarget | undefined = entry.cell?.drill ?? entry.ref?.drill;
  // A click on a small cell inside a pillar opens the pillar.
  if (!target && fromPointer && entry.parentKey) {
    const parent = nav.index.get(entry.parentKey)?.cell;
    if (parent?.drill) target = parent.drill;
  }
  if (target) go(nav, target, 'down', entry.key);
}

/** Shows `target` (down into a cell or back up), with `activeKey` focused; fires `policy-drill`. */
function go(nav: TreemapNavController, target: DrillTarget, direction: 'down' | 'up', activeKey?: string): void {
  const id = target.id;
  const view = nav.options.view();
  if (id === view.focusId && target.offset === view.focusOffset) {
    if (activeKey) moveTo(nav, activeKey);
    return;
  }
  nav.options.setView({ focusId: id, focusOffset: target.offset });
  nav.set({ activeKey });
  nav.options.roving().request();
  const s = id !== undefined ? nav.options.summary()?.items.get(id) : undefined;
  nav.fire('drill', {
    ...(s ? { id: s.id, path: s.path } : {}),
    ids: s ? [...s.ancestors, s.id] : [],
    offset: target.offset,
    direction,
  });
}

/** The handlers, each given the controller, the event and the event's path. */
export const treemapNav = {
  /** A top-level item chosen in the list: one level down, into that item. */
  topItem(nav: TreemapNavController, _event: Event, path: readonly EventTarget[]): void {
    const id = buttonIn(path, 'top')?.dataset.top;
    const item = nav.layout?.topItems.find((t) => t.id === id);
    if (item?.drill) go(nav, item.drill, 'down', undefined);
  },

  crumb(nav: TreemapNavController, _event: Event, path: readonly EventTarget[]): void {
    const button = buttonIn(path, 'crumb');
    const crumb = button ? nav.layout?.breadcrumbs[Number(button.dataset.crumb)] : undefined;
    if (!crumb) return;
    const from = nav.options.view().focusId;
    go(nav, { ...(crumb.id !== undefined ? { id: crumb.id } : {}), offset: crumb.offset }, 'up', undefined);
    // Land on the cell we came out of, when it is in the new view.
    const summary = nav.options.summary();
    if (from !== undefined && summary) nav.set({ activeKey: ancestorKeyIn(summary, from, crumb.id) });
  },

  click(nav: TreemapNavController, event: MouseEvent, path: readonly EventTarget[]): void {
    const entry = entryOf(nav, event, path);
    if (!entry) return;
    nav.set({ activeKey: entry.key });
    activate(nav, entry, true);
  },

  pointerOver(nav: TreemapNavController, event: PointerEvent, path: readonly EventTarget[]): void {
    const key = entryOf(nav, event, path)?.key;
    if (key !== nav.hoverKey) nav.set({ hoverKey: key });
  },

  keydown(nav: TreemapNavController, event: KeyboardEvent): void {
    const entry = nav.activeKey ? nav.index.get(nav.activeKey) : undefined;
    if (!entry) return;
    const action = treemapKeyAction(nav.nav, entry.key, event.key);
    let handled = action !== undefined;
    if (action?.kind === 'focus') moveTo(nav, action.key);
    else if (action?.kind === 'activate') activate(nav, entry, false);
    else if (action?.kind === 'up') {
      // Up one level: from an "others" view to its item, from an item to its parent.
      const summary = nav.options.summary();
      const up = summary ? drillUp(summary, nav.options.view()) : undefined;
      if (up) go(nav, up.target, 'up', up.activeKey);
      handled = up !== undefined;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  },
};

/** The handlers' type (nav-controller.ts). */
export type TreemapNavActions = typeof treemapNav;
