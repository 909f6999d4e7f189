/**
 * The org chart's keyboard: what a key asks for (tree moves, type-ahead, zoom; a pure function,
 * tested in Node in test/unit/org-state.test.ts) and the handler that carries it out on the
 * element's tree controller. Loaded on first use with the chart's other lazy parts (lazy.ts):
 * the element preloads them when focus comes in, and the tree controller holds a key pressed
 * before they have arrived and hands it over when they do (tree-controller.ts `onKeydown`).
 */
import { findTypeAhead, nextFocus, type TreeNavAction, type TreeNavItem } from '../../kit/tree-nav.js';
import type { OrgTreeController } from './tree-controller.js';
import { normalizeSearchText } from './search.js';

/** Milliseconds between keys for type-ahead to add to the same word. */
export const TYPE_AHEAD_MS = 700;

/** Typed text so far and when the last key came. */
export interface TypeAheadState {
  text: string;
  at: number;
}

/** A drawn body for the keyboard: its place in the tree and the names type-ahead matches. */
export interface OrgKeyItem extends TreeNavItem {
  body: { name: string; aliases: readonly string[] };
}

/** What a key asks of the org chart. */
export type OrgKeyAction = TreeNavAction | { kind: 'dismiss' } | { kind: 'zoom'; factor: number } | { kind: 'whole' };

/** A key press, as far as the chart reads it. */
export interface OrgKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Milliseconds (the event's `timeStamp`), for type-ahead. */
  timeStamp: number;
}

/** Zoom step of one key press or button. */
export const ZOOM_STEP = 1.25;

/**
 * The action of a key on the body `active` of the drawn `items`: Escape dismisses the tooltip
 * and the box's details panel, `+` `=` `-` zoom, `0` shows the whole chart (not with ctrl, ⌘ or alt: those are the
 * browser's), tree keys move, expand, collapse and select (kit/tree-nav), and a printable
 * character moves to the next body whose name or alias starts with the typed text. Returns the
 * action (undefined: not the chart's key) and the new type-ahead state.
 */
export function orgKeyAction(options: { items: readonly OrgKeyItem[]; active?: string; event: OrgKey; typeAhead: TypeAheadState }): { action?: OrgKeyAction; typeAhead: TypeAheadState } {
  const { items, active, event } = options;
  let typeAhead = options.typeAhead;
  const modified = event.ctrlKey || event.metaKey || event.altKey;
  const key = event.key;
  if (key === 'Escape') return { action: { kind: 'dismiss' }, typeAhead };
  if (key === '+' || key === '=' || key === '-' || key === '0') {
    if (modified) return { typeAhead };
    return { action: key === '0' ? { kind: 'whole' } : { kind: 'zoom', factor: key === '-' ? 1 / ZOOM_STEP : ZOOM_STEP }, typeAhead };
  }
  const from = active === undefined ? -1 : items.findIndex((item) => item.id === active);
  if (from < 0) return { typeAhead };
  let action: OrgKeyAction | undefined = nextFocus(items, active!, key);
  if (!action && key.length === 1 && !modified && /\S/u.test(key)) {
    const continued = event.timeStamp - typeAhead.at < TYPE_AHEAD_MS;
    typeAhead = { text: (continued ? typeAhead.text : '') + key, at: event.timeStamp };
    const names = items.map((item) => [item.body.name, ...item.body.aliases].map(normalizeSearchText));
    const target = items[findTypeAhead({ names, from, prefix: normalizeSearchText(typeAhead.text), continued })]?.id;
    if (target) action = { kind: 'focus', id: target };
  }
  return { action, typeAhead };
}

/** A key press as the handler reads it: the key, the body it was pressed on, and how to claim it (a held key's claim does nothing: it was claimed when it came). */
export interface OrgKeyPress extends OrgKey {
  /** The body focused when the key was pressed (its `data-id`). */
  id?: string;
  preventDefault(): void;
}

/** Carries out what `key` asks of the org chart whose tree is `tree` (the tree controller's `onKeydown`). */
export function handleOrgKey(tree: OrgTreeController, key: OrgKeyPress): void {
  const { options } = tree;
  const layout = options.layout();
  if (!layout) return;
  const id = key.id;
  const active = id && layout.byId.has(id) ? id : undefined;
  const { action, typeAhead } = orgKeyAction({ items: layout.nodes, active, event: key, typeAhead: tree.typeAhead });
  tree.typeAhead = typeAhead;
  if (!action) return;
  const zoom = options.zoom;
  if (action.kind === 'dismiss') {
    // Escape hides the tooltip and closes the details panel of the focused box (focus stays on it).
    const tip = !tree.tipDismissed && (tree.hoveredId ?? id) !== undefined;
    const details = id !== undefined && tree.detailsId === id;
    if (tip) tree.tipDismissed = true;
    if (details) tree.closeDetails();
    if (tip || details) {
      key.preventDefault();
      tree.host.requestUpdate();
    }
    return;
  }
  key.preventDefault();
  if (action.kind === 'zoom' || action.kind === 'whole') {
    if (action.kind === 'whole') zoom.showWhole(options.fit);
    else zoom.zoomCentre(action.factor);
    if (tree.activeId) zoom.panIntoView(layout.byId.get(tree.activeId));
    return;
  }
  if (action.kind === 'focus') {
    tree.activeId = action.id;
    zoom.panIntoView(layout.byId.get(action.id));
  } else if (action.kind === 'expand') for (const s of action.ids) tree.toggle(s, true, true);
  else if (action.kind === 'collapse') tree.toggle(action.id, true, false);
  else if (action.kind === 'toggle') tree.toggle(action.id, true);
  else tree.select(action.id, true);
  options.roving().request();
}
