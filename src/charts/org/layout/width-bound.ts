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

/** A visible body for the bound: its box width and its drawn children (satellites last). */
interface BoundItem {
  body: Body;
  width: number;
  satellite: boolean;
  children: BoundItem[];
}

/** The smallest gap between two slots side by side. */
const MIN_GAP = Math.min(ORG_GAPS.sibling, ORG_GAPS.cousin, ORG_GAPS.lane, ORG_GAPS.tree);
/** Where a column of leaves begins (its connector line, left of the boxes) and where its boxes begin. */
const COLUMN_OUTLINE_LEFT = ORG_HANG_INDENT / 2 - 1;

/**
 * A lower bound of `positions.width` of `positionOrgTree` for these bodies in a spread
 * arrangement: the widest row of siblings (or of roots), with the gaps between its slots.
 */
export function boundOrgSpreadWidth(options: {
  doc: OrganizationDocument;
  visible: OrgVisible;
  collapsed: ReadonlySet<string>;
  arrangement: OrgArrangement;
  /** A box's width in the arrangement, at `level` below the roots. */
  widthOf: (body: Body, level: number) => number;
}): number {
  const { doc, visible, collapsed, arrangement, widthOf } = options;
  const index = indexOrganization(doc);
  const build = (body: Body, satellite: boolean, level: number): BoundItem => {
    const kids = collapsed.has(body.id) ? [] : (index.children.get(body.id) ?? []);
    const children = kids.map((k) => build(k, false, level + 1));
    for (const s of visible.satellitesOf.get(body.id) ?? []) children.push(build(s, true, level + 1));
    return { body, width: widthOf(body, level), satellite, children };
  };
  const roots = index.roots.filter((b) => !visible.satelliteHost.has(b.id)).map((b) => build(b, false, 0));
  const laneKey = (item: BoundItem) => (item.satellite ? '#satellite' : (item.body.lane ?? ''));
  const rowSpan = (row: readonly BoundItem[]): number => {
    const slots = groupOrgSlots(row, arrangement, laneKey);
    let span = MIN_GAP * (slots.length - 1);
    slots.forEach((slot, i) => {
      if (!slot.column) {
        span += slot.items[0]!.width;
        return;
      }
      // A column's outline runs from its line to its widest box; the first slot's boxes start right of its line.
      span += ORG_HANG_INDENT + slot.items.reduce((w, c) => Math.max(w, c.width), 0) - COLUMN_OUTLINE_LEFT;
      if (i === 0) span -= ORG_HANG_INDENT - COLUMN_OUTLINE_LEFT;
    });
    return span;
  };
  if (arrangement === 'narrow') return 0;
  let bound = rowSpan(roots);
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop()!;
    if (!item.children.length) continue;
    if (!hangsChildren(item, arrangement)) bound = Math.max(bound, rowSpan(item.children));
    stack.push(...item.children);
  }
  return bound;
}
