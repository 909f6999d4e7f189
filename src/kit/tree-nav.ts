/**
 * Keyboard navigation of an ARIA tree view (the WAI-ARIA tree pattern), as pure functions of
 * the visible items: a key gives what should happen (focus another item, expand, collapse,
 * select), and the element does it. Tested in Node.
 */

/** One visible item of a tree, in reading order. */
export interface TreeNavItem {
  id: string;
  /** The parent item; undefined for a root. */
  parentId?: string;
  /** Visible children, in order. */
  childIds: readonly string[];
  /** Children in the data, shown or not. */
  childCount: number;
  expanded: boolean;
}

/** What a key asks for. */
export type TreeNavAction =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; ids: readonly string[] }
  | { kind: 'collapse'; id: string }
  | { kind: 'toggle'; id: string }
  | { kind: 'select'; id: string };

/**
 * The action of `key` on the item `active` of `items` (visible items in reading order):
 * ↓ ↑ next and previous item, Home and End first and last, → expands or goes to the first
 * child, ← collapses or goes to the parent, Enter selects, Space toggles (selects a leaf), `*`
 * expands the item and its siblings. At an end, focus stays where it is. Undefined for any
 * other key (and for an `active` not in `items`).
 */
export function nextFocus(items: readonly TreeNavItem[], active: string, key: string): TreeNavAction | undefined {
  const i = items.findIndex((item) => item.id === active);
  const item = items[i];
  if (!item) return undefined;
  // At an end (no next item, no child, no parent) focus stays: the key is still the tree's.
  const focus = (id: string | undefined): TreeNavAction => ({ kind: 'focus', id: id ?? item.id });
  switch (key) {
    case 'ArrowDown':
      return focus(items[i + 1]?.id);
    case 'ArrowUp':
      return focus(items[i - 1]?.id);
    case 'Home':
      return focus(items[0]?.id);
    case 'End':
      return focus(items[items.length - 1]?.id);
    case 'ArrowRight':
      if (item.childCount > 0 && !item.expanded) return { kind: 'expand', ids: [item.id] };
      return focus(item.childIds[0]);
    case 'ArrowLeft':
      if (item.expanded) return { kind: 'collapse', id: item.id };
      return focus(item.parentId);
    case 'Enter':
      return { kind: 'select', id: item.id };
    case ' ':
      return item.childCount > 0 ? { kind: 'toggle', id: item.id } : { kind: 'select', id: item.id };
    case '*': {
      const parent = item.parentId === undefined ? undefined : items.find((p) => p.id === item.parentId);
      const siblings = parent ? parent.childIds : items.filter((r) => r.parentId === undefined).map((r) => r.id);
      return { kind: 'expand', ids: siblings };
    }
    default:
      return undefined;
  }
}

/** What a key asks of a flat list (the effect chart's marks). */
export type ListNavAction = { kind: 'focus'; index: number } | { kind: 'select'; index: number };

/**
 * The action of `key` on item `index` of a list of `count` items (the WAI-ARIA list with a roving
 * tab stop): ↓ → next, ↑ ← previous (staying at either end), Home and End first and last, Enter
 * and Space select. Undefined for any other key, an empty list or an index outside it.
 */
export function nextListFocus(count: number, index: number, key: string): ListNavAction | undefined {
  if (count <= 0 || index < 0 || index >= count) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { kind: 'focus', index: Math.min(count - 1, index + 1) };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { kind: 'focus', index: Math.max(0, index - 1) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: count - 1 };
    case 'Enter':
    case ' ':
      return { kind: 'select', index };
    default:
      return undefined;
  }
}

/** Options of {@link findTypeAhead}. */
export interface FindTypeAheadOptions {
  /** The names of each visible item (name and aliases), already normalised for comparison. */
  names: readonly (readonly string[])[];
  /** Index of the focused item. */
  from: number;
  /** The typed text, normalised the same way. */
  prefix: string;
  /** The prefix grew from an earlier key (the focused item may still match); otherwise the search starts after it. */
  continued: boolean;
}

/** Index of the first item, from the focused one onwards and wrapping, one of whose names starts with `prefix`; -1 if none. */
export function findTypeAhead(options: FindTypeAheadOptions): number {
  const { names, from, prefix, continued } = options;
  const n = names.length;
  const start = continued ? from : from + 1;
  for (let j = 0; j < n; j++) {
    const index = (start + j) % n;
    if (names[index]!.some((s) => s.startsWith(prefix))) return index;
  }
  return -1;
}
