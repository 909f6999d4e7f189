/**
 * A lower bound of how wide a spread arrangement (top-down, compact) places the visible boxes,
 * from their widths alone: no text wrapped, nothing placed. `chooseOrgArrangement` uses it to
 * skip laying out an arrangement that cannot fit the container (a fully expanded tree of
 * thousands of bodies is far wider than any screen in these arrangements), so that the boxes
 * are measured and placed once, for the arrangement chosen. Pure.
 *
 * Why it is a bound (position.ts, `spread`): the slots of one row of siblings (a box, or in the
 * compact arrangement a column of leaves) all start at the row's top, and each is placed right
 * of everything placed before it at that depth by at least the smallest gap (16 px). So the
 * boxes of one family span at least the sum of their slots' widths and the gaps between them;
 * the whole drawing spans at least that for every family. A family whose parent hangs its
 * children in a column is not a row, and counts nothing. Only for the default grouping into
 * slots (not the wrapped compact arrangement, whose columns hold whole subtrees).
 */
import type { Body, OrganizationDocument } from '../../../data/types.js';
import { indexOrganization } from '../tree-index.js';
import { ORG_HANG_INDENT } from './box.js';
import { groupOrgSlots, hangsChildren, ORG_GAPS } from './position.js';
import type { OrgArrangement } from './types.js';
import type { OrgVisible } from './visible.js';

/** A visible body for the bound: its drawn children (satellites last) and its box width, measured when first asked. */
interface BoundItem {
  body: Body;
  level: number;
  satellite: boolean;
  children: BoundItem[];
  measured?: number;
}

/** The smallest gap between two slots side by side. */
const MIN_GAP = Math.min(ORG_GAPS.sibling, ORG_GAPS.cousin, ORG_GAPS.lane, ORG_GAPS.tree);
/** Where a column of leaves begins (its connector line, left of the boxes) and where its boxes begin. */
const COLUMN_OUTLINE_LEFT = ORG_HANG_INDENT / 2 - 1;

/**
 * A lower bound of `positions.width` of `positionOrgTree` for these bodies in a spread
 * arrangement: the widest row of siblings (or of roots), with the gaps between its slots.
 * With `limit`, the rows are taken level by level (the roots, their children, ...) and the first
 * row wider than `limit` is the answer: still a lower bound, and enough to rule an arrangement
 * out, with only the boxes of the rows looked at measured (a fully expanded tree of thousands of
 * bodies is ruled out by one of its first rows).
 */
export function boundOrgSpreadWidth(options: {
  doc: OrganizationDocument;
  visible: OrgVisible;
  collapsed: ReadonlySet<string>;
  arrangement: OrgArrangement;
  /** A box's width in the arrangement, at `level` below the roots. */
  widthOf: (body: Body, level: number) => number;
  /** Stop at the first row wider than this. */
  limit?: number;
}): number {
  const { doc, visible, collapsed, arrangement, widthOf } = options;
  if (arrangement === 'narrow') return 0;
  const limit = options.limit ?? Infinity;
  const index = indexOrganization(doc);
  const build = (body: Body, satellite: boolean, level: number): BoundItem => {
    const kids = collapsed.has(body.id) ? [] : (index.children.get(body.id) ?? []);
    const children = kids.map((k) => build(k, false, level + 1));
    for (const s of visible.satellitesOf.get(body.id) ?? []) children.push(build(s, true, level + 1));
    return { body, level, satellite, children };
  };
  const width = (item: BoundItem): number => (item.measured ??= widthOf(item.body, item.level));
  const roots = index.roots.filter((b) => !visible.satelliteHost.has(b.id)).map((b) => build(b, false, 0));
  const laneKey = (item: BoundItem) => (item.satellite ? '#satellite' : (item.body.lane ?? ''));
  const rowSpan = (row: readonly BoundItem[]): number => {
    const slots = groupOrgSlots(row, arrangement, laneKey);
    let span = MIN_GAP * (slots.length - 1);
    slots.forEach((slot, i) => {
      if (!slot.column) {
        span += width(slot.items[0]!);
        return;
      }
      // A column's outline runs from its line to its widest box; the first slot's boxes start right of its line.
      span += ORG_HANG_INDENT + slot.items.reduce((w, c) => Math.max(w, width(c)), 0) - COLUMN_OUTLINE_LEFT;
      if (i === 0) span -= ORG_HANG_INDENT - COLUMN_OUTLINE_LEFT;
    });
    return span;
  };
  let bound = rowSpan(roots);
  // Level by level (a queue), so that the wide rows near the top come first.
  const queue = [...roots];
  for (let at = 0; at < queue.length && bound <= limit; at++) {
    const item = queue[at]!;
    if (!item.children.length) continue;
    if (!hangsChildren(item, arrangement)) bound = Math.max(bound, rowSpan(item.children));
    for (const c of item.children) queue.push(c);
  }
  return bound;
}
