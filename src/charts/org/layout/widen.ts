/**
 * Phase 3b of the org chart layout: wider boxes where the container has room. An arrangement
 * that fits (arrange.ts) is laid out again with boxes allowed wider, up to the width their text
 * asks for (names and role titles whole, fewer lines), as long as the drawing still fits and
 * reads better (shorter, fewer lines). The widest row (the lanes' councils under the 推進会議)
 * sets how wide the drawing is, so its boxes and those below widen together; above it, each
 * tree's boxes of one level (the 推進会議 with its role lines; the 本部; AMED) widen on their
 * own, into the room the widest row leaves them.
 *
 * In the compact arrangement the satellites of a separate root (the ministries under AMED) are
 * tried side by side too: stacked in a column they reach down beside the other tree, so that
 * tree's wide row cannot rise next to them when the boxes above it get shorter. Pure.
 */
import type { OrgTreeItem } from './position.js';

/** How an arrangement is widened: a box's width limit (em) by body and level, and satellites in a row. */
export interface OrgWidening {
  boxEm: (id: string, level: number) => number | undefined;
  satelliteRow?: boolean;
}

/** What widening needs of a laid-out arrangement. */
interface Laid {
  roots: readonly OrgTreeItem[];
  estimate: { width: number; height: number };
}

/** Limits tried for the widest row and below, widest first (0: the arrangement's own). */
export const ORG_ROW_EM = [48, 40, 30, 24, 20, 17, 15, 0] as const;
/** Limits tried for one tree's level above the widest row, widest first. */
export const ORG_UPPER_EM = [30, 24, 20, 17, 15] as const;

/**
 * What reading a box's text costs, against height (px): per label (name, alias, a role, a note)
 * the square of its lines, times this. A drawing 30 px shorter is worth a label on two lines
 * instead of one; a name on three lines, or a box as narrow and tall as a column of text (AMED at
 * 12 em, its name, alias and note on 3–4 lines each), is worth a lot of height.
 */
const LINE_COST = 10;

/** Σ over labels of lines², for every box (lines of one kind shared evenly by its labels). */
export function countOrgLineCost(roots: readonly OrgTreeItem[]): number {
  let n = 0;
  const walk = (item: OrgTreeItem) => {
    const { body, content } = item;
    const per = { name: 1, alias: 1, role: Math.max(1, body.roles.length - content.counts.length), note: Math.max(1, body.notes.length) };
    const lines = { name: 0, alias: 0, role: 0, note: 0 };
    for (const l of content.lines) lines[l.kind]++;
    for (const kind of ['name', 'alias', 'role', 'note'] as const) n += (lines[kind] * lines[kind]) / per[kind];
    for (const c of item.children) walk(c);
  };
  for (const r of roots) walk(r);
  return n;
}

/** What a laid-out drawing costs a reader: its height and, per label, lines² × {@link LINE_COST}. */
export function costOrgWidening(laid: Laid): number {
  return laid.estimate.height + LINE_COST * countOrgLineCost(laid.roots);
}

/** Whether a box has a label on more than one line (a wider box could read better). */
function wraps(item: OrgTreeItem): boolean {
  const { body, content } = item;
  const labels = 1 + (body.aliases.length ? 1 : 0) + body.roles.length + body.notes.length;
  return content.lines.length > labels - content.counts.length;
}

/**
 * The widest boxes that fit and read better: for the widest row and below, each limit of
 * {@link ORG_ROW_EM} that fits (the two widest), then above it, level by level nearest first
 * and tree by tree, the widest of {@link ORG_UPPER_EM} that fits and costs less (height, and
 * lines of text: {@link countOrgLineCost}). The cheapest result wins. With `satellites`, the same
 * with satellites in a row, tried first: of two as cheap, the row (ministries side by side under
 * AMED, as the slide lists them, rather than a column reaching down beside the lane bands). Groups with no wrapped text are not tried. A few dozen
 * layouts at most, each with the boxes measured once per width (box.ts caches them).
 */
export function widenOrgBoxes<T extends Laid>(options: {
  /** The arrangement as chosen, which fits. */
  arranged: T;
  lay: (widening: OrgWidening) => T;
  fits: (laid: T) => boolean;
  /** Whether satellites stand in a column that a row could replace (compact, with satellites). */
  satellites: boolean;
  /**
   * How wide a widened drawing's estimate may get (px), if wider than the arrangement's own:
   * lines routed round the outermost boxes, and their labels, take room the estimate leaves out.
   */
  room?: number;
  /**
   * px per em (the base font size). With it, a limit is not laid out when the last try's boxes
   * it would limit are all narrower than it: the same boxes, the same drawing.
   */
  emPx?: number;
}): T {
  const { arranged, lay } = options;
  const limit = Math.max(arranged.estimate.width, options.room ?? Infinity);
  // Wider boxes, a shorter chart: never a taller one (a wrapped plan may fall back to fewer columns).
  const fits = (laid: T) => options.fits(laid) && laid.estimate.width <= limit && laid.estimate.height <= arranged.estimate.height;
  // Each box's tree (the root's index) and level; boxes per level; which (tree, level) groups wrap.
  const treeOf = new Map<string, number>();
  const counts: number[] = [];
  const wrapping = new Set<string>();
  const walk = (item: OrgTreeItem, tree: number, level: number) => {
    treeOf.set(item.body.id, tree);
    counts[level] = (counts[level] ?? 0) + 1;
    if (wraps(item)) wrapping.add(`${tree}:${level}`);
    for (const c of item.children) walk(c, tree, level + 1);
  };
  arranged.roots.forEach((r, i) => walk(r, i, 0));
  // The widest row: the level with the most boxes (the first of equals).
  const row = counts.reduce((best, n, level) => (n > counts[best]! ? level : best), 0);
  const cost = costOrgWidening;
  let best = arranged;
  let bestCost = cost(arranged);
  /** The (tree, level) groups above the widest row with wrapped text, nearest the widest row first. */
  const upperGroups: string[] = [];
  for (let level = row - 1; level >= 0; level--) {
    for (let tree = 0; tree < arranged.roots.length; tree++) if (wrapping.has(`${tree}:${level}`)) upperGroups.push(`${tree}:${level}`);
  }
  /** The widest box of a try in the boxes a limit sets (those of the widest row and below, or one group). */
  const widestIn = (laid: T, inGroup: (tree: number, level: number) => boolean): number => {
    let w = 0;
    const walk = (item: OrgTreeItem, tree: number, level: number) => {
      if (inGroup(tree, level)) w = Math.max(w, item.content.width);
      for (const c of item.children) walk(c, tree, level + 1);
    };
    laid.roots.forEach((r, i) => walk(r, i, 0));
    return w;
  };
  /** Whether a limit of `em` gives the boxes the last try gave (all of them narrower than it). */
  const same = (widest: number, em: number) => options.emPx !== undefined && widest <= Math.round(options.emPx * em);
  /** Each group of `order` in turn as wide as fits and costs less, from `start`. */
  const widenUpper = (start: T, layWith: (groups: ReadonlyMap<string, number>) => T, order: readonly string[]): { laid: T; cost: number } => {
    const upper = new Map<string, number>();
    let current = start;
    let currentCost = cost(start);
    for (const key of order) {
      let widest = Infinity;
      for (const em of ORG_UPPER_EM) {
        if (same(widest, em)) continue;
        const laid = layWith(new Map(upper).set(key, em));
        const c = fits(laid) ? cost(laid) : Infinity;
        if (c < currentCost) {
          upper.set(key, em);
          current = laid;
          currentCost = c;
          break;
        }
        widest = widestIn(laid, (tree, level) => key === `${tree}:${level}`);
      }
    }
    return { laid: current, cost: currentCost };
  };
  let bestStart: { start: T; layWith: (groups: ReadonlyMap<string, number>) => T } | undefined;
  for (const satelliteRow of options.satellites ? [true, false] : [false]) {
    let tried = 0;
    let lastWidest = Infinity;
    for (const rowEm of ORG_ROW_EM) {
      if (rowEm && same(lastWidest, rowEm)) continue;
      // Each widening is laid out once.
      const laidOut = new Map<string, T>();
      const layWith = (groups: ReadonlyMap<string, number>) => {
        const key = [...groups].sort().join();
        let laid = laidOut.get(key);
        if (!laid) laidOut.set(key, (laid = lay({ satelliteRow, boxEm: (id, level) => (level >= row ? rowEm || undefined : groups.get(`${treeOf.get(id)}:${level}`)) })));
        return laid;
      };
      const start = !rowEm && !satelliteRow ? arranged : layWith(new Map());
      if (!fits(start)) {
        lastWidest = widestIn(start, (_, level) => level >= row);
        continue;
      }
      // The levels above, one (tree, level) group at a time, nearest the widest row first.
      const widened = widenUpper(start, layWith, upperGroups);
      if (widened.cost < bestCost) {
        best = widened.laid;
        bestCost = widened.cost;
        bestStart = { start, layWith };
      }
      // The widest row's two widest limits that fit: the narrower leaves the levels above more room.
      if (++tried === 2) break;
    }
  }
  // From the best start, the groups top first too: a wider AMED may need the room a wider
  // 推進会議 would take.
  if (bestStart && upperGroups.length > 1) {
    const widened = widenUpper(bestStart.start, bestStart.layWith, [...upperGroups].reverse());
    if (widened.cost < bestCost) best = widened.laid;
  }
  return best;
}

/** What widening columns needs of a laid-out arrangement: its boxes' places too. */
interface LaidOut extends Laid {
  positions: { at: ReadonlyMap<string, { x: number; y: number }> };
}

/**
 * Columns of hung subtrees (arrange.ts `arrangeHungColumns`) with the boxes of the tallest
 * columns wider, into the room the drawing leaves across: the columns that set the drawing's
 * height wrap their names and roles on fewer lines and get shorter (the generated 200-body chart
 * at 1280 px: 140 px were left right of three columns of 15 em boxes). A column is what stands
 * under a root's child at one place across (with its subtree, split over two columns or not).
 * The tallest column, then the two tallest… share the room; the first drawing that fits and is at
 * least 2 % shorter wins. At most as many layouts as there are columns, less one.
 */
export function widenOrgColumns<T extends LaidOut>(options: {
  /** The arrangement as chosen, which fits. */
  arranged: T;
  lay: (widening: OrgWidening) => T;
  fits: (laid: T) => boolean;
  /** How wide the widened drawing's estimate may get (px): the container less the room lines round the columns take. */
  room: number;
  /** px per em (the base font size). */
  emPx: number;
}): T {
  const { arranged, lay, room, emPx } = options;
  const at = arranged.positions.at;
  // Per column (the x of its root's children), the bodies under it, its bottom and its widest box.
  const columns = new Map<number, { ids: Set<string>; bottom: number; widest: number }>();
  for (const root of arranged.roots) {
    for (const child of root.children) {
      const x = at.get(child.body.id)?.x;
      if (x === undefined) continue;
      let column = columns.get(x);
      if (!column) columns.set(x, (column = { ids: new Set(), bottom: 0, widest: 0 }));
      const walk = (item: OrgTreeItem) => {
        const p = at.get(item.body.id);
        column!.ids.add(item.body.id);
        if (p) column!.bottom = Math.max(column!.bottom, p.y + item.content.height);
        column!.widest = Math.max(column!.widest, item.content.width);
        item.children.forEach(walk);
      };
      walk(child);
    }
  }
  const tallest = [...columns.values()].sort((a, b) => b.bottom - a.bottom);
  const spare = room - arranged.estimate.width;
  if (tallest.length < 2 || spare < emPx) return arranged;
  for (let k = 1; k < tallest.length; k++) {
    const wider = tallest.slice(0, k);
    const em = new Map<string, number>();
    for (const column of wider) {
      // A column's extent is its widest box and the indents left of it: the box grows by the share.
      const to = (column.widest + Math.floor(spare / k)) / emPx;
      if (to - column.widest / emPx < 1) continue;
      for (const id of column.ids) em.set(id, Math.floor(to * 2) / 2);
    }
    if (!em.size) break;
    const laid = lay({ boxEm: (id) => em.get(id) });
    // The first that fits and is shorter: widening more columns shares the room thinner (and each try plans every column again).
    if (options.fits(laid) && laid.estimate.width <= room && laid.estimate.height < 0.98 * arranged.estimate.height) return laid;
  }
  return arranged;
}
