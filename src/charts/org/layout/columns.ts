/**
 * Phase 3b of the org chart layout (the wrapped compact arrangement): how many columns each
 * parent's children stand in so that the drawing fits a width. Wide levels of the tree, which
 * spread would need one box width per child, are wrapped into a few columns, each a stack of
 * children with their subtrees hung under one line; the roots (the headquarters' tree, the
 * agency, the offices) wrap the same way. Top-down, from the widest: a parent keeps as many
 * columns as fit the width its own parent gives it.
 *
 * Widths here are upper bounds (slot widths added up, as if no outline nested into another);
 * position.ts packs the chosen slots as tightly as their outlines allow. Pure.
 */
import type { OrgLink } from '../../../data/types.js';
import { ORG_HANG_INDENT } from './box.js';
import { keptOrgSlots, type OrgKeptArrangement } from './keep.js';
import { groupOrgSlots, ORG_GAPS, type OrgSlot, type OrgSlotPlan, type OrgTreeItem } from './position.js';

/** Bodies visible past which no wrapped plan is sought (the search is kept to drawings a reader can take in). */
export const ORG_WRAP_MAX_BODIES = 600;

interface Fit {
  width: number;
  slots?: readonly OrgSlot[];
  /** The width each child was fitted into (to read its own choice back). */
  budgets?: ReadonlyMap<OrgTreeItem, number>;
}

/**
 * Splits `items` into `count` consecutive groups: the heaviest group (bodies in its subtrees) as
 * light as it can be, a cut inside a run of one lane costing as much as half an average group
 * (so that lanes stay whole in a column where the balance allows). Dynamic programming over the
 * cut points.
 */
export function splitOrgColumns(
  items: readonly OrgTreeItem[],
  count: number,
  weight: (item: OrgTreeItem) => number,
  laneOf: (item: OrgTreeItem) => string = noLane,
  /**
   * Which way an item's lines leave the tree: 1 to roots drawn right of it, -1 to roots left of
   * it, 0 none. Standing in a column away from that side costs as much as a cut in a lane per
   * column it is off, so that a line has a short way out (ＩＣＴ's 共同事務局 lines to the offices
   * on the right: ＩＣＴ heads the right-hand column rather than ending the left-hand one).
   */
  pullOf: (item: OrgTreeItem) => number = noPull,
): OrgTreeItem[][] {
  const weights: number[] = [];
  const lanes: string[] = [];
  const pulls: number[] = [];
  for (const item of items) {
    weights.push(weight(item));
    lanes.push(laneOf(item));
    pulls.push(pullOf(item));
  }
  return splitColumns(items, count, weights, lanes, pulls);
}

/** No lanes: {@link splitOrgColumns} cuts anywhere. */
const noLane = (): string => '';
/** No pull: {@link splitOrgColumns} places by weight and lanes alone. */
const noPull = (): number => 0;

/** {@link splitOrgColumns}, with each item's weight, lane and pull given by index. */
function splitColumns(items: readonly OrgTreeItem[], count: number, weights: readonly number[], lanes: readonly string[], pulls: readonly number[]): OrgTreeItem[][] {
  const n = items.length;
  const k = Math.max(1, Math.min(count, n));
  const prefix = [0];
  for (const w of weights) prefix.push(prefix[prefix.length - 1]! + w);
  const penalty = prefix[n]! / k / 2;
  // best[g][i]: the least cost of the first i items in g groups (cost: heaviest group + cut penalties); from[g][i]: where its last group starts.
  // Between splits of the same cost, the one whose groups are the most even (least sum of squares,
  // `spread`): the heaviest group sets the height, the others should not be left short for nothing.
  const best: number[][] = [[0, ...Array<number>(n).fill(Infinity)]];
  const spread: number[][] = [Array<number>(n + 1).fill(0)];
  const from: number[][] = [[]];
  for (let g = 1; g <= k; g++) {
    best.push(Array<number>(n + 1).fill(Infinity));
    spread.push(Array<number>(n + 1).fill(Infinity));
    from.push(Array<number>(n + 1).fill(0));
    for (let i = g; i <= n; i++) {
      for (let j = g - 1; j < i; j++) {
        if (!Number.isFinite(best[g - 1]![j]!)) continue;
        const prev = best[g - 1]![j]!;
        const w = prefix[i]! - prefix[j]!;
        // A cut before item j inside a run of one lane; items j..i-1 standing in group g of k away from their pull.
        const cut = j > 0 && lanes[j - 1] === lanes[j] ? penalty : 0;
        let pulled = 0;
        for (let t = j; t < i; t++) pulled += pulls[t]! > 0 ? (k - g) * penalty : pulls[t]! < 0 ? (g - 1) * penalty : 0;
        const cost = Math.max(prev, w) + cut + pulled;
        const sq = spread[g - 1]![j]! + w * w;
        if (cost < best[g]![i]! - 1e-9 || (cost <= best[g]![i]! + 1e-9 && sq < spread[g]![i]!)) {
          best[g]![i] = cost;
          spread[g]![i] = sq;
          from[g]![i] = j;
        }
      }
    }
  }
  const groups: OrgTreeItem[][] = [];
  let end = n;
  for (let g = k; g >= 1; g--) {
    const start = from[g]![end]!;
    groups.unshift(items.slice(start, end));
    end = start;
  }
  return groups;
}

/**
 * The slots to use per parent (and for the roots) so that the forest fits `width`; undefined
 * when the default compact grouping already fits or the forest is too large to search.
 */
export function planOrgColumns(options: {
  roots: readonly OrgTreeItem[];
  width: number;
  lanes: boolean;
  /** Per body id, its typed links (to pull a body with lines to another root's tree toward that side). */
  links?: ReadonlyMap<string, readonly OrgLink[]>;
  /**
   * Only the roots' row and the roots' children are wrapped: every body below a root's children
   * hangs its own children in a column (as in the narrow arrangement), so that a root's wide row
   * of deep subtrees stands in a few columns of hung trees (position.ts `hangUnplanned`).
   */
  hang?: boolean;
  /**
   * With `hang`: the roots stand side by side where they fit (AMED beside the headquarters' tree),
   * in one column only when they do not; without it, in one column first (the headquarters' tree
   * takes the whole width for its columns, the other roots below it).
   */
  beside?: boolean;
  /**
   * With `hang`: the child of a root with the tallest hung subtree (a tenth taller than the next)
   * stands over two columns of its own children (each hanging its subtree), planned as that wide.
   */
  splitHeavy?: boolean;
  /**
   * With `hang`: the other roots (leaves: AMED, an office, a ministry) stand in a row right of the
   * first root's box, over its columns, which take the whole width below them (position.ts
   * `rootLeft` puts that box at its columns' left). Ignored unless the first root has children
   * drawn and the others none.
   */
  over?: boolean;
  /**
   * The last layout's slots (an expand or collapse, keep.ts): a row whose children are the same
   * keeps them while they fit its width (tried first), rather than being planned again.
   */
  keep?: OrgKeptArrangement['slots'];
}): OrgSlotPlan | undefined {
  const { roots, width, lanes, links, hang = false, beside = false, splitHeavy = false, keep } = options;
  const over = hang && options.over === true && canStandOver(roots);
  const s: ColumnSearch = {
    hang,
    beside,
    keep,
    links,
    gap: lanes ? ORG_GAPS.lane : ORG_GAPS.cousin,
    isRoot: new Set<OrgTreeItem>(roots),
    rootOf: new Map(),
    weights: new Map(),
    hungHeights: new Map(),
    heavy: new Map(),
    memo: new Map(),
    tried: new Map(),
  };
  // Which root's tree each body is drawn in (roots stand left to right in this order).
  for (let r = 0; r < roots.length; r++) markRoot(s.rootOf, roots[r]!, r);
  let count = 0;
  for (const r of roots) count += weigh(s.weights, r);
  if (count > ORG_WRAP_MAX_BODIES) return undefined;
  // splitHeavy: per root, its child with the tallest hung subtree (a tenth taller than the next)
  // over two columns of its own children; planned as that wide from the start.
  if (hang && splitHeavy && keep) {
    // Kept: the same body over its two columns (the heaviest may have changed with the toggle).
    for (const root of roots) {
      for (const c of root.children) {
        const kept = keptOrgSlots(keep, c, c.children);
        if (kept) s.heavy.set(c, kept);
      }
    }
  } else if (hang && splitHeavy) {
    for (const root of roots) {
      const [first, second] = root.children.map((c) => ({ c, h: hungHeight(s, c) })).sort((a, b) => b.h - a.h);
      if (first && first.c.children.length >= 2 && (!second || first.h >= 1.1 * second.h)) {
        s.heavy.set(first.c, toSlots(splitOrgColumns(first.c.children, 2, (c) => hungHeight(s, c)), true));
      }
    }
  }
  const top = over ? fitOver(s, roots, width) : fitRow(s, null, roots, 0, width, ORG_GAPS.tree);
  const plan = new Map<OrgTreeItem | null, readonly OrgSlot[]>();
  collect(s, plan, null, top);
  for (const [item, split] of s.heavy) plan.set(item, split);
  return plan;
}

/**
 * What {@link planOrgColumns} works with while it searches, read and filled by the module
 * functions below. (Functions at module level taking this, not closures made per plan: a full
 * garbage collection drops the optimised code of such closures, and an expand laid out after one
 * ran them unoptimised again.)
 */
interface ColumnSearch {
  hang: boolean;
  beside: boolean;
  keep: OrgKeptArrangement['slots'] | undefined;
  links: ReadonlyMap<string, readonly OrgLink[]> | undefined;
  /** Gap between a parent's slots (the roots' row has its own). */
  gap: number;
  isRoot: ReadonlySet<OrgTreeItem>;
  /** Per body id, the index of the root whose tree it is drawn in. */
  rootOf: Map<string, number>;
  /** Bodies in each subtree. */
  weights: Map<OrgTreeItem, number>;
  /** Each subtree's height hung (see {@link hungHeight}). */
  hungHeights: Map<OrgTreeItem, number>;
  /** `splitHeavy`: the body over two columns of its own children, and those columns. */
  heavy: Map<OrgTreeItem, OrgSlot[]>;
  /** Fits found, per parent (null: the roots) and budget step. */
  memo: Map<OrgTreeItem | null, Map<number, Fit>>;
  /** The slots tried for a row of children, most columns first (computed once per parent). */
  tried: Map<OrgTreeItem | null, OrgSlot[][]>;
}

/** Width of a body with its subtree hung under it (children indented, each hanging its own). */
function hungWidth(item: OrgTreeItem): number {
  let width = item.content.width;
  for (const c of item.children) width = Math.max(width, ORG_HANG_INDENT + hungWidth(c));
  return width;
}

function markRoot(rootOf: Map<string, number>, item: OrgTreeItem, r: number): void {
  rootOf.set(item.body.id, r);
  for (const c of item.children) markRoot(rootOf, c, r);
}

/** Bodies in `item`'s subtree, remembered in `weights`. */
function weigh(weights: Map<OrgTreeItem, number>, item: OrgTreeItem): number {
  let below = 0;
  for (const c of item.children) below += weigh(weights, c);
  const w = 1 + below;
  weights.set(item, w);
  return w;
}

/** Hung, a column is as tall as its boxes and the gaps between them: columns are balanced by that (box heights differ with their role lines). */
function hungHeight(s: ColumnSearch, item: OrgTreeItem): number {
  let h = s.hungHeights.get(item);
  if (h === undefined) {
    let below = 0;
    for (const c of item.children) below = below + ORG_GAPS.hang + (item.toggle ? 12 : 0) + hungHeight(s, c);
    h = item.content.height + below;
    s.hungHeights.set(item, h);
  }
  return h;
}

/** What a column is balanced by: hung, its height; else its bodies. */
function weightOf(s: ColumnSearch, item: OrgTreeItem): number {
  return s.hang ? hungHeight(s, item) : (s.weights.get(item) ?? 1);
}

/** Which way `item`'s subtree's lines leave its root's tree (see {@link splitOrgColumns} `pullOf`). */
function pullOf(s: ColumnSearch, item: OrgTreeItem): number {
  if (!s.links) return 0;
  const own = s.rootOf.get(item.body.id);
  if (own === undefined) return 0;
  return Math.sign(linkSides(s, item, own));
}

/** Per typed link of `at`'s subtree to another root's tree, 1 when that tree stands right of tree `own`, -1 when left, added up. */
function linkSides(s: ColumnSearch, at: OrgTreeItem, own: number): number {
  let sum = 0;
  const id = at.body.id;
  for (const l of s.links!.get(id) ?? []) {
    const r = s.rootOf.get(l.from === id ? l.to : l.from);
    if (r !== undefined && r !== own) sum += Math.sign(r - own);
  }
  for (const c of at.children) sum += linkSides(s, c, own);
  return sum;
}

/** Groups of items as slots, each a column when it holds more than one item (`columnOfOne`: always). */
function toSlots(groups: OrgTreeItem[][], columnOfOne: boolean): OrgSlot[] {
  const slots: OrgSlot[] = [];
  for (const items of groups) slots.push({ items, column: columnOfOne || items.length > 1 });
  return slots;
}

/** The slots tried for a row of children, most columns first (computed once per parent). */
function tries(s: ColumnSearch, key: OrgTreeItem | null, children: readonly OrgTreeItem[]): OrgSlot[][] {
  const hit = s.tried.get(key);
  if (hit) return hit;
  const { hang } = s;
  const base = groupOrgSlots(children, 'compact', leafLaneKey);
  const out: OrgSlot[][] = [base];
  const n = children.length;
  const counts: number[] = [];
  // Hung subtrees are narrow: as many columns as fit are tried (up to 6), not only halves, thirds and quarters.
  const hungCounts = hang && key !== null ? Math.min(n - 1, 6) : 0;
  for (const c of [Math.ceil(n / 2), Math.ceil(n / 3), Math.ceil(n / 4), 1]) if (c < base.length && !counts.includes(c)) counts.push(c);
  for (let c = 1; c <= hungCounts; c++) if (c < base.length && !counts.includes(c)) counts.push(c);
  if (counts.length > 0) {
    const weights: number[] = [];
    // Hung trees are as tall as their bodies are many: columns are balanced by that alone, a lane split across two if need be (lanes.ts bands each part).
    const lanes: string[] = [];
    // The roots' own row is split by weight and lanes only: the pull is about lines out of a root's tree.
    const pulls: number[] = [];
    for (const c of children) {
      weights.push(weightOf(s, c));
      lanes.push(hang ? '' : leafLaneKey(c));
      pulls.push(key === null ? 0 : pullOf(s, c));
    }
    for (const c of counts.sort(descending)) out.push(toSlots(splitColumns(children, c, weights, lanes, pulls), false));
  }
  // Hung, the roots stand in one column first: the headquarters' tree takes the whole width for its columns, the other roots below it.
  if (hang && key === null && children.length > 1) {
    const column: OrgSlot[] = [{ items: [...children], column: true }];
    if (s.beside) out.push(column);
    else out.unshift(column);
  }
  const kept = keptOrgSlots(s.keep, key, children);
  if (kept) out.unshift(kept);
  s.tried.set(key, out);
  return out;
}

function descending(a: number, b: number): number {
  return b - a;
}

/**
 * How far a column's bodies stand right of its line. The roots' one column (hung) has no line:
 * nothing is drawn left of its bodies, and the drawing starts at them (position.ts), so it costs no width.
 */
function indentOf(s: ColumnSearch, key: OrgTreeItem | null): number {
  return s.hang && key === null ? 0 : ORG_HANG_INDENT;
}

/** Width of one slot fitted into `budget`. */
function slotWidth(s: ColumnSearch, slot: OrgSlot, budget: number, indent: number): number {
  if (!slot.column) return fit(s, slot.items[0]!, budget).width;
  let widest = -Infinity;
  for (const c of slot.items) widest = Math.max(widest, fit(s, c, budget - indent).width);
  return indent + widest;
}

/**
 * Widths of a row of slots given `budget` in all: each slot as wide as it wants when all fit;
 * else the narrow ones keep their width and the wide ones share the rest equally.
 */
function measureSlots(s: ColumnSearch, slots: readonly OrgSlot[], budget: number, slotGap: number, indent: number): { widths: number[]; budgets: Map<OrgTreeItem, number> } {
  const gaps = (slots.length - 1) * slotGap;
  const avail = budget - gaps;
  const natural: number[] = [];
  const alloc: number[] = [];
  let sum = 0;
  for (const slot of slots) {
    const w = slotWidth(s, slot, avail, indent);
    natural.push(w);
    alloc.push(avail);
    sum += w;
  }
  if (sum > avail) {
    let remaining = avail;
    let left = slots.length;
    for (const i of narrowestFirst(natural)) {
      alloc[i] = Math.min(natural[i]!, remaining / left);
      remaining -= alloc[i]!;
      left--;
    }
  }
  const budgets = new Map<OrgTreeItem, number>();
  const widths: number[] = [];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    for (const c of slot.items) budgets.set(c, slot.column ? alloc[i]! - indent : alloc[i]!);
    widths.push(slotWidth(s, slot, alloc[i]!, indent));
  }
  return { widths, budgets };
}

/** The indices of `widths`, narrowest first (in order among equals). */
function narrowestFirst(widths: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < widths.length; i++) {
    let at = order.length;
    while (at > 0 && widths[order[at - 1]!]! > widths[i]!) at--;
    order.splice(at, 0, i);
  }
  return order;
}

/** Width of a parent `own` px wide over its slots, centred over them as position.ts does (over a single column: hung from its left). */
function span(own: number, slots: readonly OrgSlot[], widths: readonly number[], slotGap: number): number {
  let sum = 0;
  for (const w of widths) sum += w;
  const total = sum + (widths.length - 1) * slotGap;
  if (slots.length === 1 && slots[0]!.column) return Math.max(own, total);
  const last = widths.length - 1;
  const mid = (slotCentre(slots, widths, 0) + total - widths[last]! + slotCentre(slots, widths, last)) / 2;
  return Math.max(total, mid + own / 2) - Math.min(0, mid - own / 2);
}

/** Where the line down to slot `i` meets it, from its left. */
function slotCentre(slots: readonly OrgSlot[], widths: readonly number[], i: number): number {
  return slots[i]!.column ? ORG_HANG_INDENT / 2 : Math.min(widths[i]!, slots[i]!.items[0]!.content.width) / 2;
}

function fitRow(s: ColumnSearch, key: OrgTreeItem | null, children: readonly OrgTreeItem[], own: number, budget: number, slotGap: number): Fit {
  // Budgets are rounded down to 32 px steps (the search stays small; a fit is at most that much
  // tighter than needed). Hung, the search is small anyway (below the roots' children a subtree's
  // width is fixed) and the columns are sized to the px (arrange.ts `columnWidth`): 1 px steps.
  const step = s.hang ? 1 : 32;
  const bucket = Number.isFinite(budget) ? Math.floor(budget / step) : Infinity;
  if (Number.isFinite(budget)) {
    const free = fitRow(s, key, children, own, Infinity, slotGap);
    if (free.width <= budget) return free;
    budget = bucket * step;
  }
  let perItem = s.memo.get(key);
  if (!perItem) s.memo.set(key, (perItem = new Map()));
  const hit = perItem.get(bucket);
  if (hit) return hit;
  let best: Fit | undefined;
  for (const slots of tries(s, key, children)) {
    const { widths, budgets } = measureSlots(s, slots, budget, slotGap, indentOf(s, key));
    const f: Fit = { width: span(own, slots, widths, slotGap), slots, budgets };
    if (f.width <= budget) {
      best = f;
      break;
    }
    if (!best || f.width < best.width) best = f;
  }
  perItem.set(bucket, best!);
  return best!;
}

/** `over`: the first root's tree in the whole width, the other roots' boxes in a row beside its box. */
function fitOver(s: ColumnSearch, row: readonly OrgTreeItem[], budget: number): Fit {
  const first = row[0]!;
  const tree = fit(s, first, budget);
  let across = first.content.width;
  for (let i = 1; i < row.length; i++) across = across + ORG_GAPS.tree + row[i]!.content.width;
  const slots: OrgSlot[] = [];
  for (const r of row) slots.push({ items: [r], column: false });
  return { width: Math.max(tree.width, across), slots, budgets: new Map([[first, budget]]) };
}

function fit(s: ColumnSearch, item: OrgTreeItem, budget: number): Fit {
  if (!item.children.length) return { width: item.content.width };
  if (s.hang && !s.isRoot.has(item)) {
    const split = s.heavy.get(item);
    if (!split) return { width: hungWidth(item) };
    const widths: number[] = [];
    for (const slot of split) {
      let widest = -Infinity;
      for (const c of slot.items) widest = Math.max(widest, hungWidth(c));
      widths.push(ORG_HANG_INDENT + widest);
    }
    return { width: span(item.content.width, split, widths, s.gap) };
  }
  return fitRow(s, item, item.children, item.content.width, budget, s.gap);
}

/** Into `plan`: the slots of `f` for `key`, then those of every parent in them, as fitted. */
function collect(s: ColumnSearch, plan: Map<OrgTreeItem | null, readonly OrgSlot[]>, key: OrgTreeItem | null, f: Fit): void {
  if (!f.slots) return;
  plan.set(key, f.slots);
  for (const slot of f.slots) for (const c of slot.items) if (c.children.length) collect(s, plan, c, fit(s, c, f.budgets!.get(c)!));
}

/** Whether the roots can stand as `over` puts them (planOrgColumns): the first with children drawn, the others without. */
export function canStandOver(roots: readonly OrgTreeItem[]): boolean {
  return roots.length > 1 && roots[0]!.children.length > 0 && roots.slice(1).every((r) => !r.children.length);
}

/** The lane a slot groups by (position.ts groups a column of leaves by it): a satellite is its own. */
const leafLaneKey = (item: OrgTreeItem) => (item.satellite ? '#satellite' : (item.body.lane ?? ''));

/**
 * The most leaves one column of the compact arrangement holds (a run of leaves of one lane under
 * a parent, position.ts `groupOrgSlots`); columns of satellites (ministries under an agency) and
 * the roots' own row are left out, as {@link planOrgLeafColumns} leaves them.
 */
export function measureOrgLeafColumns(roots: readonly OrgTreeItem[]): { longest: number; widest: number } {
  let longest = 0;
  let widest = 0;
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop()!;
    if (!item.children.length) continue;
    for (const slot of groupOrgSlots(item.children, 'compact', leafLaneKey)) {
      if (!slot.column || slot.items.some((c) => c.satellite)) continue;
      longest = Math.max(longest, slot.items.length);
      for (const c of slot.items) widest = Math.max(widest, c.content.width);
    }
    stack.push(...item.children);
  }
  return { longest, widest };
}

/**
 * The compact arrangement with its long columns of leaves split into columns side by side, each
 * at most `rows` leaves tall (ten packages under a root: two rows of five hanging from five
 * lines, not one column of ten), the leaves as even as they go and in order (down each column,
 * then across). Satellite columns and the roots' row keep their one column. Pure.
 */
export function planOrgLeafColumns(options: {
  roots: readonly OrgTreeItem[];
  rows: number;
  /** Satellites side by side (position.ts `satelliteRow`): the plan groups the other children as position.ts does. */
  satelliteRow?: boolean;
}): OrgSlotPlan {
  const { roots, satelliteRow = false } = options;
  const rows = Math.max(1, Math.floor(options.rows));
  const plan = new Map<OrgTreeItem | null, readonly OrgSlot[]>();
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop()!;
    if (!item.children.length) continue;
    stack.push(...item.children);
    const slots = groupOrgSlots(item.children, 'compact', leafLaneKey, { satelliteRow });
    if (!slots.some((s) => s.column && s.items.length > rows && !s.items.some((c) => c.satellite))) continue;
    plan.set(
      item,
      slots.flatMap((slot) => {
        if (!slot.column || slot.items.length <= rows || slot.items.some((c) => c.satellite)) return [slot];
        const count = Math.ceil(slot.items.length / rows);
        const out: OrgSlot[] = [];
        let start = 0;
        for (let k = 0; k < count; k++) {
          // The first columns take one more when the leaves do not divide evenly.
          const size = Math.floor(slot.items.length / count) + (k < slot.items.length % count ? 1 : 0);
          // A lone leaf hangs from its own line too: every column of the group reads the same way.
          out.push({ items: slot.items.slice(start, start + size), column: true });
          start += size;
        }
        return out;
      }),
    );
  }
  return plan;
}
