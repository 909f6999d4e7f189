/**
 * Phase 3 of the org chart layout: positions of the boxes. A tidy tree whose subtrees are
 * packed by their contours (as in Reingold–Tilford and d3-flextree, but with boxes of any size
 * and any depth extent), in one of three shapes:
 *
 * - spread: children side by side in the next row, the parent centred above them;
 * - hung: children stacked in a column under the parent, indented (the "compact" mode of
 *   org-chart tools for groups of leaves: ten leaves take one box width, not ten);
 * - left-right: spread, with the depth axis across the page.
 *
 * Works in breadth/depth coordinates (b across the rows, d down the levels) and transposes at
 * the end for left-right. Pure.
 */
import type { Body } from '../../../data/types.js';
import { orgHangIndent } from './box.js';
import type { OrgArrangement, OrgBoxContent } from './types.js';

/** A body to place, with its measured box and its drawn children (satellites last). */
export interface OrgTreeItem {
  body: Body;
  content: OrgBoxContent;
  /** Drawn under a host it is not a child of (see visible.ts). */
  satellite: boolean;
  children: OrgTreeItem[];
  /** The box has an expand/collapse toggle (on its bottom edge): the box below in a column keeps clear of it. */
  toggle?: boolean;
  /** The box is collapsed over children: it may carry a folded-link badge across its top edge. */
  folded?: boolean;
}

/** Room between boxes in a column: clear of the toggle above and the folded-link badge below. */
function columnGap(above: OrgTreeItem, below: OrgTreeItem | undefined): number {
  return ORG_GAPS.hang + (above.toggle ? 12 : 0) + (below?.folded ? 12 : 0);
}

/** Gaps between boxes, in px. */
export const ORG_GAPS = {
  /** Between rows, top-down (the elbow runs 16 px below the parent; labels fit in the rest). */
  levelTopDown: 64,
  levelLeftRight: 60,
  sibling: 16,
  cousin: 28,
  /** Between boxes of different lanes: room for both bands' padding and a vertical lane label. */
  lane: 44,
  /** Between separate trees (the headquarters and AMED): room for the 連携 line and its label. */
  tree: 64,
  /** Between separate trees stacked in the narrow arrangement. */
  treeStacked: 28,
  /** Above the first hung child and between hung children. */
  hang: 12,
} as const;

/**
 * Room (px) added left of a column of hung subtrees beside another (the wrapped plan's `hang`) in a
 * drawing with typed lines: between two lanes the gap (ORG_GAPS.lane, less both bands' padding and
 * the column's line 8 px inside its band) is one px short of a track 6 px off the one band's edge
 * and 21 px off the next column's line (within 20 px a line reads as running with it: gen-200 at
 * 1280 px, the 助言 line 276 px beside ＩＣＴ's line).
 */
export const ORG_COLUMN_PASS = 2;

/** Where the boxes went. */
export interface OrgPositions {
  /** Top-left corner of each box, the drawing starting at 0 on both axes. */
  at: Map<string, { x: number; y: number }>;
  /** Bodies whose children hang in a column under them. */
  hung: Set<string>;
  /** Leaves drawn in a column below their parent's elbow (compact): id → the breadth coordinate of the column's line. */
  columns: Map<string, number>;
  /** Start of each row on the depth axis (rows hold the spread bodies; hung ones fall between). */
  rowStart: number[];
  /** Middles of other free gaps across the drawing (above a column of satellites), where lines may run. */
  gaps: number[];
  levelGap: number;
  /**
   * Middle of the free channel above each row of `rowStart` but the first, where typed lines run:
   * below the elbows, above the band headers of the row below when it has any.
   */
  channels: number[];
  width: number;
  height: number;
}

/** A piece of a subtree's outline: over depths d0–d1 its outermost edge is at breadth b. */
interface Seg {
  d0: number;
  d1: number;
  b: number;
  /** Lane of the box (a satellite counts as its own lane), for the gap to its neighbour. */
  lane: string;
  depth: number;
}

interface Sub {
  left: Seg[];
  right: Seg[];
  /** Deepest point, relative to the subtree's root box top. */
  extent: number;
}

function shift(segs: readonly Seg[], db: number, dd: number): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) out.push({ ...s, b: s.b + db, d0: s.d0 + dd, d1: s.d1 + dd });
  return out;
}

function ascending(p: number, q: number): number {
  return p - q;
}

/** The outer envelope of two outlines: per depth, the smaller (left) or larger (right) breadth. */
function envelope(a: readonly Seg[], c: readonly Seg[], side: 'left' | 'right'): Seg[] {
  if (!a.length) return [...c];
  if (!c.length) return [...a];
  if (c[0]!.d0 >= a[a.length - 1]!.d1) return stackOutlines(a, c);
  const depths = new Set<number>();
  for (const list of [a, c]) {
    for (const s of list) {
      depths.add(s.d0);
      depths.add(s.d1);
    }
  }
  const cuts = [...depths].sort(ascending);
  const out: Seg[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const u = cuts[k]!;
    const v = cuts[k + 1]!;
    while (i < a.length && a[i]!.d1 <= u) i++;
    while (j < c.length && c[j]!.d1 <= u) j++;
    const p = i < a.length && a[i]!.d0 <= u ? a[i] : undefined;
    const q = j < c.length && c[j]!.d0 <= u ? c[j] : undefined;
    const w = p && q ? ((side === 'left' ? p.b <= q.b : p.b >= q.b) ? p : q) : (p ?? q);
    if (!w) continue;
    const last = out[out.length - 1];
    if (last && last.d1 === u && last.b === w.b && last.lane === w.lane && last.depth === w.depth) last.d1 = v;
    else out.push({ ...w, d0: u, d1: v });
  }
  return out;
}

/**
 * {@link envelope} of two outlines one above the other (`c` starts where `a` ends or below, as
 * the children stacked in a column): both in order, pieces that touch with the same breadth,
 * lane and depth joined, as `envelope` joins them, without cutting and sorting every depth
 * (which made a column of n subtrees cost n² in the narrow arrangement).
 */
function stackOutlines(a: readonly Seg[], c: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const list of [a, c]) {
    for (const w of list) {
      if (w.d1 <= w.d0) continue;
      const last = out[out.length - 1];
      if (last && last.d1 === w.d0 && last.b === w.b && last.lane === w.lane && last.depth === w.depth) out[out.length - 1] = { ...last, d1: w.d1 };
      else out.push(w);
    }
  }
  return out;
}

/** How far right `left` must move to clear `right` everywhere they share depths (24 px of depth tolerance: room for band padding and badges). */
function separation(right: readonly Seg[], left: readonly Seg[], gap: (a: Seg, b: Seg) => number): number {
  let s = -Infinity;
  // Outlines are short (one piece per row or column of boxes): every pair is compared.
  for (const a of right) {
    for (const b of left) if (a.d0 < b.d1 + 24 && b.d0 < a.d1 + 24) s = Math.max(s, a.b + gap(a, b) - b.b);
  }
  return Number.isFinite(s) ? s : 0;
}

/** Whether an item's children hang in a column in this arrangement. */
export function hangsChildren(item: { readonly children: readonly unknown[] }, arrangement: OrgArrangement): boolean {
  if (!item.children.length) return false;
  return arrangement === 'narrow';
}

/**
 * Children side by side as slots: one child, or a column of consecutive children stacked under
 * the parent's elbow (compact: a run of leaves of one lane; a wrapped level: any children, each
 * with its subtree).
 */
export interface OrgSlot {
  items: OrgTreeItem[];
  column: boolean;
}
type Slot = OrgSlot;

/** The slots chosen per parent (`null`: the roots) where they differ from {@link groupOrgSlots} (see columns.ts). */
export type OrgSlotPlan = ReadonlyMap<OrgTreeItem | null, readonly OrgSlot[]>;

/**
 * The slots of a row of siblings: in the compact arrangement, runs of two or more leaves of one
 * lane form a column; with `satelliteRow`, satellites (ministries under AMED) stand side by side
 * instead, as top-down draws them (widen.ts tries it where a column under a separate root keeps
 * the next tree's wide row from rising beside it).
 */
export function groupOrgSlots<T extends { readonly children: readonly unknown[]; readonly satellite?: boolean } = OrgTreeItem>(
  children: readonly T[],
  arrangement: OrgArrangement,
  laneKey: (item: T) => string,
  options: { satelliteRow?: boolean } = {},
): Array<{ items: T[]; column: boolean }> {
  const slots: Array<{ items: T[]; column: boolean }> = [];
  for (const c of children) {
    const last = slots[slots.length - 1];
    const leaf = c.children.length === 0 && !(options.satelliteRow && c.satellite);
    if (arrangement === 'compact' && leaf && last && allLeaves(last.items) && laneKey(last.items[0]!) === laneKey(c)) {
      last.items.push(c);
      last.column = true;
    } else {
      slots.push({ items: [c], column: false });
    }
  }
  return slots;
}

/** Whether none of `items` has children. */
function allLeaves(items: ReadonlyArray<{ readonly children: readonly unknown[] }>): boolean {
  for (const x of items) if (x.children.length !== 0) return false;
  return true;
}

/** The lane a body is drawn in: its own, else its parent's (a satellite keeps only its own). */
function effectiveLanes(roots: readonly OrgTreeItem[]): Map<OrgTreeItem, string> {
  const out = new Map<OrgTreeItem, string>();
  for (const r of roots) setLanes(out, r, '');
  return out;
}

function setLanes(out: Map<OrgTreeItem, string>, item: OrgTreeItem, inherited: string): void {
  const lane = item.body.lane ?? (item.satellite ? '' : inherited);
  out.set(item, lane);
  for (const c of item.children) setLanes(out, c, lane);
}

/** A box's width and height, for `bw` and `dw` in {@link positionOrgTree} (across: the other way round). */
function widthOf(c: OrgBoxContent): number {
  return c.width;
}
function heightOf(c: OrgBoxContent): number {
  return c.height;
}

/** Places the boxes of a forest. */
export function positionOrgTree(options: {
  roots: readonly OrgTreeItem[];
  arrangement: OrgArrangement;
  /** Slots per parent that differ from the default grouping (a wrapped compact arrangement). */
  plan?: OrgSlotPlan;
  /**
   * Room for a lane band's header row (label on top) and its padding: kept above a stacked body
   * whose lane differs from the body above it (bands entered from the left carry their label on top).
   */
  laneRoom?: number;
  /** Bodies with children that the plan has no slots for hang them in a column (the wrapped plan's `hang`, columns.ts). */
  hangUnplanned?: boolean;
  /** Satellites side by side under their host in the compact arrangement, not in a column (see {@link groupOrgSlots}). */
  satelliteRow?: boolean;
  /**
   * The first root stands at its children's left, not centred over them: the other roots stand
   * beside it over its wide row (columns.ts `over`).
   */
  rootLeft?: boolean;
  /** Room for band headers (`laneRoom`) only above the rows that start a band or hold satellites, not above every row (a slide). */
  tightRows?: boolean;
  /**
   * The typed lines as they will be drawn (the ends of each, visible bodies): a row that lines
   * from another tree come down into gets room above it for them to pass side by side, clear of
   * the bus above and of the bands' headers (see {@link countOrgPassingLines}).
   */
  passing?: ReadonlyArray<readonly [string, string]>;
  /** The most (px) the room for passing lines grows a row gap by (a slide: {@link ORG_PASS_SLIDE_CAP}). */
  passCap?: number;
  /** The least gap between separate trees in the roots' row (px; {@link ORG_GAPS}.tree by default): the label of a line joining two of them stands in it. */
  treeGap?: number;
  /**
   * Left-right: the room (px, across) between the bodies of {@link findOrgServingRoots} and their
   * partners, where their lines run level and carry their labels ({@link ORG_POCKET_ABOVE} by default).
   */
  pocketAcross?: number;
  /** A lane band's padding round its boxes (px; its header takes the rest of `laneRoom` above them): the room {@link findOrgPocket} keeps clear. */
  lanePadding?: number;
}): OrgPositions {
  const { roots, arrangement, plan, laneRoom = 0, hangUnplanned = false, satelliteRow = false, rootLeft = false, tightRows = false, passing, passCap = Infinity, lanePadding = 8, treeGap: rootGap = ORG_GAPS.tree, pocketAcross = ORG_POCKET_ABOVE } = options;
  const laneOfItem = laneRoom ? effectiveLanes(roots) : undefined;
  /** Extra room above `below` stacked under `above` (its parent or the body before it) for a lane header. */
  const headerRoom = (above: OrgTreeItem, below: OrgTreeItem) => {
    const lane = laneOfItem?.get(below);
    return lane && lane !== laneOfItem!.get(above) ? laneRoom : 0;
  };
  const across = arrangement === 'left-right';
  const indent = orgHangIndent(arrangement);
  // (Module functions picked, not closures made per layout: a full garbage collection drops the
  // optimised code of such closures, and an expand laid out after one ran them unoptimised.)
  const bw = across ? heightOf : widthOf;
  const dw = across ? widthOf : heightOf;
  // Top-down with lanes, a row gap also holds the band headers on top of the next row's bands
  // (laneRoom): the lines' channel runs above them (index.ts), not through the lane labels.
  const levelGap = across ? ORG_GAPS.levelLeftRight : ORG_GAPS.levelTopDown + (laneRoom ? laneRoom - 8 : 0);
  /** The gap above a row that starts no band (every body in it in its parent's lane, or in none): no header room. */
  const plainGap = across || !tightRows ? levelGap : ORG_GAPS.levelTopDown;
  const hung = new Set<string>();

  // Which bodies hang their children; row sizes: the deepest box of each row (hung boxes are in no
  // row). Each root's tree has its own rows: a tall separate root (AMED beside the headquarters)
  // does not push the other tree's next level down.
  const rowSizes: number[][] = [];
  /** Per tree and depth: a body in that row starts a band (its lane differs from its parent's), so the gap above holds its header; or it is a satellite. */
  const rowHeaders: boolean[][] = [];
  const treeOf = new Map<OrgTreeItem, number>();
  const laneKey = (item: OrgTreeItem) => (item.satellite ? '#satellite' : (item.body.lane ?? ''));
  const slotsOf = (item: OrgTreeItem | null): readonly Slot[] => plan?.get(item) ?? groupOrgSlots(item ? item.children : roots, arrangement, laneKey, { satelliteRow });
  /**
   * Children in a single column hang from the parent's left, as hung children do, right under it
   * (not in the next row); a column of satellites (ministries under AMED) a level's gap below,
   * where the labels of the typed lines joining them stand.
   */
  const singleColumn = (slots: readonly Slot[]) => !across && slots.length === 1 && slots[0]!.column;
  const columnTop = (item: OrgTreeItem, first: OrgTreeItem) => (first.satellite ? levelGap : columnGap(item, first)) + headerRoom(item, first);
  /** Items not in a row are placed under their parent alone (a body stacked in a column and what hangs below it). */
  const offRow = new Set<OrgTreeItem>();
  /** Where each body in a row stands: its tree and row (for the lines passing between rows). */
  const rowOf = new Map<string, { tree: number; depth: number }>();
  /** A body in no row (stacked in a column, hung): the row of its nearest ancestor in one. */
  const anchorOf = new Map<string, { tree: number; depth: number }>();
  const rowPass = (item: OrgTreeItem, depth: number, inRow: boolean, tree: number, parent?: OrgTreeItem) => {
    treeOf.set(item, tree);
    const rowSize = (rowSizes[tree] ??= []);
    if (inRow) {
      rowOf.set(item.body.id, { tree, depth });
      rowSize[depth] = Math.max(rowSize[depth] ?? 0, dw(item.content));
      // A row of satellites (the ministries under AMED) keeps the whole gap too: the labels of the typed lines joining them stand there.
      if (parent && (headerRoom(parent, item) || item.satellite)) (rowHeaders[tree] ??= [])[depth] = true;
    } else {
      offRow.add(item);
      const anchor = parent && (rowOf.get(parent.body.id) ?? anchorOf.get(parent.body.id));
      if (anchor) anchorOf.set(item.body.id, anchor);
    }
    const hangs = hangsChildren(item, arrangement) || (hangUnplanned && item.children.length > 0 && !plan?.has(item));
    if (hangs) hung.add(item.body.id);
    if (hangs || !item.children.length) {
      for (const c of item.children) rowPass(c, depth + 1, false, tree, item);
      return;
    }
    const slots = slotsOf(item);
    const single = singleColumn(slots);
    for (const slot of slots) {
      for (const c of slot.items) rowPass(c, depth + 1, inRow && !single && !(slot.column && slot.items.some((x) => x.children.length)), tree, item);
    }
  };
  const stackRoots = arrangement === 'narrow';
  roots.forEach((r, i) => rowPass(r, 0, true, i));
  /** The gap above row `depth` of `tree`: room for band headers only where the row starts a band (or holds satellites); with `passRoom`, room for the lines passing above it. */
  const baseGap = (tree: number, depth: number) => (rowHeaders[tree]?.[depth] ? levelGap : plainGap);
  const startsOf = (gapAt: (tree: number, depth: number) => number) =>
    rowSizes.map((rowSize, tree) => {
      const starts: number[] = [];
      let acc = 0;
      for (let k = 0; k < rowSize.length; k++) {
        starts[k] = acc;
        acc += (rowSize[k] ?? 0) + gapAt(tree, k + 1);
      }
      return starts;
    });
  // Leaf roots whose lines all go down under another tree's bus (the offices serving councils as
  // joint secretariat) stand under their partners (see {@link findOrgPocket}): their lines come up
  // to them from below and pass under no bus, so the rows keep no room for them.
  const rootIndex = new Map(roots.map((r, i) => [r.body.id, i]));
  const below = stackRoots || !passing?.length ? new Map<OrgTreeItem, string[]>() : findOrgServingRoots({ roots, passing, rowOf, rootIndex });
  const passingOn = below.size ? passing!.filter(([u, v]) => ![...below.keys()].some((r) => r.body.id === u || r.body.id === v)) : passing;
  const passCount = across || stackRoots || !passingOn?.length ? undefined : countOrgPassingLines({ passing: passingOn, rowOf, anchorOf, starts: startsOf(baseGap) });
  const passRoom = across || stackRoots || !passingOn?.length ? undefined : findPassingRoom({ passing: passingOn, rowOf, anchorOf, starts: startsOf(baseGap), laneRoom, gapAt: baseGap, cap: passCap });
  const rowGap = (tree: number, depth: number) => baseGap(tree, depth) + (passRoom?.[tree]?.[depth] ?? 0);
  const rowStarts = startsOf(rowGap);
  /** The channel above each row start (a start shared by two trees: the higher of their channels, clear of both rows above). */
  const channelAt = new Map<number, number>();
  rowStarts.forEach((starts, tree) => {
    for (let k = 1; k < starts.length; k++) {
      const gap = rowGap(tree, k);
      const header = across || (tightRows && !rowHeaders[tree]?.[k]) ? 0 : laneRoom;
      const middle = starts[k]! - gap / 2 + 8 - header / 2;
      // Lines from another tree pass along the channel under the bus: at least ORG_PASS_FROM_BUS
      // under it (nearer, a line reads as a second bus), while ORG_PASS_TO_BAND above the bands.
      const bus = starts[k - 1]! + (rowSizes[tree]![k - 1] ?? 0) + ORG_ELBOW_DROP;
      const channel = passCount?.[tree]?.[k] ? Math.max(middle, Math.min(bus + ORG_PASS_FROM_BUS, starts[k]! - (header ? header - lanePadding : 0) - ORG_PASS_TO_BAND)) : middle;
      channelAt.set(starts[k]!, Math.min(channelAt.get(starts[k]!) ?? Infinity, channel));
    }
  });

  // Offsets of each box from its parent's top-left (roots: from the forest's origin).
  const rel = new Map<OrgTreeItem, { b: number; d: number }>();
  const slotRel = new Map<OrgTreeItem, { b: number; d: number }>();
  /** Column line of a leaf in a column, relative to its parent's left edge. */
  const columnLine = new Map<OrgTreeItem, number>();

  const place = (item: OrgTreeItem, depth: number): Sub => {
    const w = bw(item.content);
    const h = dw(item.content);
    const lane = laneKey(item);
    const own: Seg = { d0: 0, d1: h, b: 0, lane, depth };
    if (!item.children.length) return { left: [own], right: [{ ...own, b: w }], extent: h };
    if (hung.has(item.body.id)) {
      let cursor = h + columnGap(item, item.children[0]) + headerRoom(item, item.children[0]!);
      let left: Seg[] = [own];
      let right: Seg[] = [{ ...own, b: w }];
      let lastMid = cursor;
      const leavesOnly = item.children.every((c) => !c.children.length);
      let stackRight = 0;
      let lastGap = 0;
      for (const child of item.children) {
        const sub = place(child, depth + 1);
        rel.set(child, { b: indent, d: cursor });
        lastMid = cursor + Math.min(dw(child.content) / 2, 24);
        if (leavesOnly) stackRight = Math.max(stackRight, indent + bw(child.content));
        else {
          left = envelope(left, shift(sub.left, indent, cursor), 'left');
          right = envelope(right, shift(sub.right, indent, cursor), 'right');
        }
        const next = item.children[item.children.indexOf(child) + 1];
        const gap = columnGap(child, next) + (next ? headerRoom(child, next) : 0);
        cursor += sub.extent + gap;
        lastGap = gap;
      }
      const bottom = cursor - lastGap;
      // The connector runs down at half the indent; leaves make one straight outline.
      left = envelope(left, [{ d0: h, d1: leavesOnly ? bottom : lastMid, b: indent / 2 - 1, lane, depth }], 'left');
      if (leavesOnly) right = envelope(right, [{ d0: h, d1: bottom, b: stackRight, lane: laneKey(item.children[0]!), depth: depth + 1 }], 'right');
      return { left, right, extent: bottom };
    }
    // Under a body in a row its spread children start the next row (a row of stacks only: right under this row).
    const slots = slotsOf(item);
    // Children in a single column hang from the parent's left like hung children, right under it.
    const single = singleColumn(slots);
    if (single) hung.add(item.body.id);
    const rowStart = rowStarts[treeOf.get(item)!]!;
    const rowSize = rowSizes[treeOf.get(item)!]!;
    const childD = single
      ? h + columnTop(item, item.children[0]!)
      : offRow.has(item)
        ? h + levelGap
        : (rowStart[depth + 1] ?? (rowStart[depth] ?? 0) + (rowSize[depth] ?? 0) + rowGap(treeOf.get(item)!, depth + 1)) - (rowStart[depth] ?? 0);
    const { offsets, left, right, extent } = spread(slots, depth + 1, childD);
    const centre = (slot: Slot, i: number) => offsets[i]! + (slot.column ? indent / 2 : bw(slot.items[0]!.content) / 2);
    const c0 = centre(slots[0]!, 0);
    const c1 = centre(slots[slots.length - 1]!, slots.length - 1);
    // Over a single column the parent stands at its line's left, as a hung parent does; else centred over its slots.
    const pb = slots.length === 1 && slots[0]!.column ? c0 - indent / 2 : rootLeft && item === roots[0] ? Math.min(0, ...left.map((s) => s.b)) : (c0 + c1) / 2 - w / 2;
    slots.forEach((slot, i) => {
      for (const c of slot.items) {
        const o = slotRel.get(c)!;
        rel.set(c, { b: offsets[i]! + o.b - pb, d: childD + o.d });
        if (slot.column) columnLine.set(c, offsets[i]! + indent / 2 - pb);
      }
    });
    const elbow = { d0: h, d1: childD, lane, depth };
    return {
      left: envelope([own, { ...elbow, b: Math.min(0, c0 - pb - 1) }], shift(left, -pb, 0), 'left'),
      right: envelope([{ ...own, b: w }, { ...elbow, b: Math.max(w, c1 - pb + 1) }], shift(right, -pb, 0), 'right'),
      extent: Math.max(h, extent),
    };
  };

  /** A slot's outline, its items placed relative to the slot's top-left. */
  const placeSlot = (slot: Slot, depth: number): Sub => {
    if (!slot.column) {
      slotRel.set(slot.items[0]!, { b: 0, d: 0 });
      return place(slot.items[0]!, depth);
    }
    if (slot.items.some((c) => c.children.length)) return placeStack(slot, depth);
    let cursor = 0;
    let widest = 0;
    let bottom = 0;
    slot.items.forEach((c, i) => {
      slotRel.set(c, { b: indent, d: cursor });
      widest = Math.max(widest, bw(c.content));
      bottom = cursor + dw(c.content);
      const next = slot.items[i + 1];
      cursor = bottom + columnGap(c, next) + (next ? headerRoom(c, next) : 0);
    });
    const lane = laneKey(slot.items[0]!);
    return { left: [{ d0: 0, d1: bottom, b: indent / 2 - 1, lane, depth }], right: [{ d0: 0, d1: bottom, b: indent + widest, lane, depth }], extent: bottom };
  };

  /**
   * A column of bodies with their subtrees, stacked under one line: each body stands far enough
   * right of the line that its subtree clears it, and a body whose lane differs from the one above
   * leaves room for its band's header.
   */
  const placeStack = (slot: Slot, depth: number): Sub => {
    let cursor = 0;
    let lastMid = 0;
    let bottom = 0;
    let left: Seg[] = [];
    let right: Seg[] = [];
    slot.items.forEach((c, i) => {
      const sub = place(c, depth);
      const reach = Math.min(0, ...sub.left.map((s) => s.b));
      const b = indent - reach;
      slotRel.set(c, { b, d: cursor });
      left = envelope(left, shift(sub.left, b, cursor), 'left');
      right = envelope(right, shift(sub.right, b, cursor), 'right');
      lastMid = cursor + Math.min(dw(c.content) / 2, 24);
      bottom = cursor + sub.extent;
      const next = slot.items[i + 1];
      if (next) cursor = bottom + columnGap(c, next) + headerRoom(c, next);
    });
    const lane = laneKey(slot.items[0]!);
    left = envelope(left, [{ d0: 0, d1: lastMid, b: indent / 2 - 1, lane, depth }], 'left');
    return { left, right, extent: bottom };
  };

  /** Slots side by side, each as close to the previous ones as their outlines allow; `d` shifts their outlines down. */
  const spread = (slots: readonly Slot[], depth: number, d: number, treeGap = false) => {
    const offsets: number[] = [];
    let left: Seg[] = [];
    let right: Seg[] = [];
    let extent = 0;
    const gap = (a: Seg, b: Seg) => {
      if (treeGap && a.depth === depth && b.depth === depth) return rootGap;
      if (a.lane !== b.lane) return ORG_GAPS.lane;
      return a.depth === depth && b.depth === depth ? ORG_GAPS.sibling : ORG_GAPS.cousin;
    };
    for (const slot of slots) {
      const sub = placeSlot(slot, depth);
      const l = shift(sub.left, 0, d);
      const r = shift(sub.right, 0, d);
      // Between two columns of hung subtrees, room for a track clear of both (ORG_COLUMN_PASS); a column
      // whose bodies are collapsed counts too, so that opening one does not move the columns beside it.
      const pass = hangUnplanned && passing?.length && slot.items.some((c) => c.children.length || c.toggle) ? ORG_COLUMN_PASS : 0;
      const s = offsets.length ? separation(right, l, gap) + pass : 0;
      offsets.push(s);
      left = envelope(left, shift(l, s, 0), 'left');
      right = envelope(right, shift(r, s, 0), 'right');
      extent = Math.max(extent, d + sub.extent);
    }
    return { offsets, left, right, extent };
  };

  if (stackRoots) {
    let cursor = 0;
    for (const r of roots) {
      const sub = place(r, 0);
      rel.set(r, { b: 0, d: cursor });
      cursor += sub.extent + ORG_GAPS.treeStacked;
    }
  } else {
    // Compact: parentless leaves side by side (two offices) stand in a column too, with no connector.
    // Those that stand under their partners instead take no room in the roots' row.
    // In such a column, a box with fewer typed lines stands higher (stable): the lines of the boxes
    // under it pass beside it, and its own (fewer) come out above theirs rather than across them
    // (governance at 800 px: ＩＴ総合戦略室's one line over 健康・医療戦略室's two). A box with a line
    // to another root stands first: that line runs straight across the gap between the trees (the
    // generated 200-body chart's 連携 line into AMED, not down beside the office and the ministry).
    const ends = (r: OrgTreeItem) => passing?.filter(([u, v]) => u === r.body.id || v === r.body.id).map(([u, v]) => (u === r.body.id ? v : u)) ?? [];
    const lineCount = (r: OrgTreeItem) => {
      const other = ends(r);
      return other.some((id) => rootIndex.has(id)) ? -1 : other.length;
    };
    const stacked = (s: Slot): Slot => {
      if (!s.column) return s;
      // Each run of leaves between bodies with children, ordered in place.
      const items: OrgTreeItem[] = [];
      const run: OrgTreeItem[] = [];
      const flush = () => items.push(...run.sort((x, y) => lineCount(x) - lineCount(y)).splice(0));
      for (const r of s.items) {
        if (r.children.length) {
          flush();
          items.push(r);
        } else run.push(r);
      }
      flush();
      return { ...s, items };
    };
    const slots = (below.size ? slotsOf(null).map((s) => ({ ...s, items: s.items.filter((r) => !below.has(r)) })).filter((s) => s.items.length) : slotsOf(null)).map(stacked);
    for (const r of below.keys()) {
      place(r, 0);
      rel.set(r, { b: 0, d: 0 });
    }
    const { offsets } = spread(slots, 0, 0, true);
    slots.forEach((slot, i) => {
      for (const r of slot.items) {
        const o = slotRel.get(r)!;
        rel.set(r, { b: offsets[i]! + o.b, d: o.d });
      }
    });
  }

  // Absolute positions, then everything moved to start at 0.
  const abs = new Map<string, { b: number; d: number; item: OrgTreeItem }>();
  const lineAbs = new Map<string, number>();
  const gapAbs: number[] = [];
  const walk = (item: OrgTreeItem, pb: number, pd: number) => {
    const o = rel.get(item)!;
    const b = pb + o.b;
    const d = pd + o.d;
    abs.set(item.body.id, { b, d, item });
    const first = item.children[0];
    if (first?.satellite && hung.has(item.body.id)) gapAbs.push(d + dw(item.content) + levelGap / 2);
    const line = columnLine.get(item);
    if (line !== undefined) lineAbs.set(item.body.id, pb + line);
    for (const c of item.children) walk(c, b, d);
  };
  for (const r of roots) walk(r, 0, 0);
  if (below.size) standUnderPartners({ abs, below, bw, dw, laneOf: laneOfItem, laneRoom, lanePadding, lineAbs, hung, indent, across, above: across ? pocketAcross : undefined });
  if (!across && !stackRoots && passingOn?.length) standBesideBusEnds({ abs, passing: passingOn, bw, dw, lineAbs, hung });
  let minB = Infinity;
  let minD = Infinity;
  let maxB = -Infinity;
  let maxD = -Infinity;
  for (const { b, d, item } of abs.values()) {
    minB = Math.min(minB, b);
    minD = Math.min(minD, d);
    maxB = Math.max(maxB, b + bw(item.content));
    maxD = Math.max(maxD, d + dw(item.content));
  }
  if (!abs.size) minB = minD = maxB = maxD = 0;
  const at = new Map<string, { x: number; y: number }>();
  for (const [id, { b, d }] of abs) {
    const pb = Math.round(b - minB);
    const pd = Math.round(d - minD);
    at.set(id, across ? { x: pd, y: pb } : { x: pb, y: pd });
  }
  const columns = new Map<string, number>();
  for (const [id, b] of lineAbs) columns.set(id, Math.round(b - minB));
  const spanB = Math.ceil(maxB - minB);
  const spanD = Math.ceil(maxD - minD);
  // The rows of every tree (the channels between them carry the typed links, index.ts).
  const rowStart = [...new Set(rowStarts.flat())].sort((a, b) => a - b);
  const top = Number.isFinite(minD) ? minD : 0;
  const channels = rowStart.slice(1).map((s) => Math.round((channelAt.get(s) ?? s - levelGap / 2 + 8) - top));
  return { at, hung, columns, rowStart: rowStart.map((s) => s - top), gaps: gapAbs.map((g) => Math.round(g - top)), levelGap, channels, width: across ? spanD : spanB, height: across ? spanB : spanD };
}

/** A row's elbow (its parent's bus) runs this far below the row above (edges.ts: 16 px below the parent). */
const ORG_ELBOW_DROP = 16;
/**
 * Room a line passing under a bus takes (px, centre to centre), as links.ts routes them: the first
 * keeps {@link ORG_PASS_FROM_BUS} off the bus (nearer reads as a second bus), each next one a
 * double line's width and its clearance ({@link ORG_PASS_PITCH}) below, the last
 * {@link ORG_PASS_TO_BAND} above the band headers of the row.
 */
export const ORG_PASS_FROM_BUS = 24;
const ORG_PASS_PITCH = 16;
const ORG_PASS_TO_BAND = 10;
/** On a slide a row gap grows by at most this (px) for passing lines: the drawing keeps its 18 px type (the web slide has 2 px to spare). */
export const ORG_PASS_SLIDE_CAP = 14;

/**
 * Per tree and row: how many typed lines come down into that row from a body of another tree
 * standing higher (its row starts above): they pass between the row and the row above, under
 * that row's bus (the offices' 共同事務局 lines into the councils under the headquarters).
 */
export function countOrgPassingLines(options: {
  passing: ReadonlyArray<readonly [string, string]>;
  rowOf: ReadonlyMap<string, { tree: number; depth: number }>;
  /**
   * Bodies in no row (a column of ministries under AMED): the row of their nearest ancestor in
   * one. Such a body's line into a lower row of another tree comes down under that row's bus too
   * (it is counted); a line into such a body is not (it comes in from the side of its column).
   */
  anchorOf?: ReadonlyMap<string, { tree: number; depth: number }>;
  starts: ReadonlyArray<readonly number[]>;
}): number[][] {
  const { passing, rowOf, anchorOf, starts } = options;
  const out: number[][] = [];
  for (const [u, v] of passing) {
    const a = rowOf.get(u) ?? anchorOf?.get(u);
    const b = rowOf.get(v) ?? anchorOf?.get(v);
    if (!a || !b || a.tree === b.tree) continue;
    const ya = starts[a.tree]![a.depth]!;
    const yb = starts[b.tree]![b.depth]!;
    const lower = ya > yb ? a : yb > ya ? b : undefined;
    if (!lower || lower.depth === 0 || lower !== rowOf.get(lower === a ? u : v)) continue;
    const row = (out[lower.tree] ??= []);
    row[lower.depth] = (row[lower.depth] ?? 0) + 1;
  }
  return out;
}

/**
 * The px to add above each row (per tree) so that the lines of {@link countOrgPassingLines} pass
 * side by side between the bus above it and its band headers (`laneRoom`), at most `cap`.
 */
function findPassingRoom(options: {
  passing: ReadonlyArray<readonly [string, string]>;
  rowOf: ReadonlyMap<string, { tree: number; depth: number }>;
  anchorOf?: ReadonlyMap<string, { tree: number; depth: number }>;
  starts: ReadonlyArray<readonly number[]>;
  laneRoom: number;
  gapAt: (tree: number, depth: number) => number;
  cap: number;
}): number[][] {
  const counts = countOrgPassingLines(options);
  return counts.map((row, tree) =>
    row.map((n, depth) => {
      const free = options.gapAt(tree, depth) - ORG_ELBOW_DROP - options.laneRoom;
      const need = ORG_PASS_FROM_BUS + (n - 1) * ORG_PASS_PITCH + ORG_PASS_TO_BAND;
      return Math.min(options.cap, Math.max(0, need - free));
    }),
  );
}

/**
 * The roots that stand under their partners rather than in the roots' row: leaves (no children
 * drawn, not a satellite) whose typed lines all go to bodies of one other tree standing in a row
 * under its bus (depth 1 or more): the offices that are joint secretariat of councils under the
 * 推進会議. In the roots' row their lines would come down under that bus and cross the drops of
 * every lane between them and their partners; from under the partners they come up into them.
 * Each is mapped to its partners' ids.
 */
export function findOrgServingRoots(options: {
  roots: readonly OrgTreeItem[];
  passing: ReadonlyArray<readonly [string, string]>;
  rowOf: ReadonlyMap<string, { tree: number; depth: number }>;
  rootIndex: ReadonlyMap<string, number>;
}): Map<OrgTreeItem, string[]> {
  const { roots, passing, rowOf, rootIndex } = options;
  const out = new Map<OrgTreeItem, string[]>();
  for (const root of roots) {
    if (root.children.length || root.satellite) continue;
    const id = root.body.id;
    const own = rootIndex.get(id)!;
    const partners: string[] = [];
    let tree: number | undefined;
    let ok = true;
    for (const [u, v] of passing) {
      if (u !== id && v !== id) continue;
      const other = u === id ? v : u;
      const at = rowOf.get(other);
      if (!at || at.tree === own || at.depth < 1 || (tree !== undefined && at.tree !== tree)) {
        ok = false;
        break;
      }
      tree = at.tree;
      if (!partners.includes(other)) partners.push(other);
    }
    if (ok && partners.length) out.set(root, partners);
  }
  return out;
}

/** Room (px) kept above the boxes standing under their partners: the lines rising into the partners carry their labels there. */
export const ORG_POCKET_ABOVE = 48;
/** Room (px) kept beside them, from any box, band or connector. */
export const ORG_POCKET_BESIDE = 24;

/** A rectangle on the breadth/depth axes. */
interface Area {
  b0: number;
  b1: number;
  d0: number;
  d1: number;
}

/** A box of a group placed by {@link findOrgPocket}: its offset in the group, its size, its partners. */
export interface OrgPocketBox {
  db: number;
  dd: number;
  width: number;
  height: number;
  partners: readonly Area[];
}

/**
 * Where a group of boxes (a column or a row, offsets in `boxes`) stands under their partners:
 * at some breadth, as high as the boxes, bands and connectors above it there allow (and at least
 * `above` under the partners' bottom), with the least cost: px the drawing grows by (counted 4
 * times), plus the way from each box's top middle to each of its partners' bottom middle, across
 * and down. Candidate breadths: under each partner (centred, left- and right-aligned), and beside
 * every area's edge. Pure.
 */
export function findOrgPocket(options: {
  areas: readonly Area[];
  boxes: readonly OrgPocketBox[];
  extent: Area;
  above?: number;
  beside?: number;
  /** Places beside an area rounded away from it (left-right; top-down keeps the nearest px, as its drawings were checked with). */
  away?: boolean;
}): { b: number; d: number; cost: number } {
  const { areas, boxes, extent, above = ORG_POCKET_ABOVE, beside = ORG_POCKET_BESIDE } = options;
  const width = Math.max(...boxes.map((x) => x.db + x.width));
  const height = Math.max(...boxes.map((x) => x.dd + x.height));
  const partners = boxes.flatMap((x) => x.partners);
  const floor = Math.max(...partners.map((p) => p.d1)) + above;
  const starts = new Set<number>();
  for (const x of boxes) for (const p of x.partners) starts.add(Math.round((p.b0 + p.b1) / 2 - x.width / 2 - x.db)).add(Math.round(p.b0 - x.db)).add(Math.round(p.b1 - x.width - x.db));
  // (With `away`, rounded away from the area: a place touching its margin is clear of it; rounded
  // to the nearest px it may fall 1 px inside, and the boxes go past the area instead.)
  const [up, down] = options.away ? [Math.ceil, Math.floor] : [Math.round, Math.round];
  for (const a of areas) starts.add(up(a.b1 + beside)).add(down(a.b0 - beside - width));
  let best: { b: number; d: number; cost: number } | undefined;
  for (const b of [...starts].sort((x, y) => x - y)) {
    let d = floor;
    for (const a of areas) if (a.b0 < b + width + beside && b - beside < a.b1) d = Math.max(d, a.d1 + above);
    const grow = Math.max(0, d + height - extent.d1) + Math.max(0, extent.b0 - b) + Math.max(0, b + width - extent.b1);
    let way = 0;
    for (const x of boxes) for (const p of x.partners) way += Math.abs((p.b0 + p.b1) / 2 - (b + x.db + x.width / 2)) + Math.abs(d + x.dd - p.d1);
    const cost = 4 * grow + way;
    if (!best || cost < best.cost - 1e-9) best = { b, d, cost };
  }
  return best!;
}

/**
 * Moves the roots of {@link findOrgServingRoots} (in `abs`, breadth/depth) under their
 * partners (see {@link findOrgPocket}), as a row where one fits there as high as a column (each
 * box under its own partners: ordered by their middle, left to right), else as a column (a box
 * whose lines go straight up on top; one whose lines reach further sideways lower, its lines
 * rising beside the boxes above it rather than across their lines). The areas kept clear are
 * every other box (and the toggle under it), each lane's band as lanes.ts draws it round its
 * boxes (padding, its header on top), every bus with the drops under it, and the connectors of columns.
 */
function standUnderPartners(options: {
  abs: Map<string, { b: number; d: number; item: OrgTreeItem }>;
  below: ReadonlyMap<OrgTreeItem, readonly string[]>;
  bw: (c: OrgBoxContent) => number;
  dw: (c: OrgBoxContent) => number;
  laneOf?: ReadonlyMap<OrgTreeItem, string>;
  laneRoom: number;
  lanePadding: number;
  lineAbs: ReadonlyMap<string, number>;
  hung: ReadonlySet<string>;
  indent: number;
  /** Left-right: a band's header is on its top, the breadth axis (top-down: on the depth axis). */
  across?: boolean;
  /** Room kept between the partners and the boxes (depth, px): see {@link findOrgPocket}. */
  above?: number;
}): void {
  const { abs, below, bw, dw, laneOf, laneRoom, lanePadding, lineAbs, hung, indent, across = false, above } = options;
  const areas: Area[] = [];
  const lanes = new Map<string, Area>();
  const extent: Area = { b0: Infinity, b1: -Infinity, d0: Infinity, d1: -Infinity };
  for (const { b, d, item } of abs.values()) {
    if (below.has(item)) continue;
    const w = bw(item.content);
    const h = dw(item.content);
    areas.push({ b0: b, b1: b + w, d0: d, d1: d + h + (item.toggle ? 12 : 0) });
    extent.b0 = Math.min(extent.b0, b);
    extent.b1 = Math.max(extent.b1, b + w);
    extent.d0 = Math.min(extent.d0, d);
    extent.d1 = Math.max(extent.d1, d + h);
    const lane = laneOf?.get(item);
    if (lane) {
      const a = lanes.get(lane);
      if (a) Object.assign(a, { b0: Math.min(a.b0, b), b1: Math.max(a.b1, b + w), d0: Math.min(a.d0, d), d1: Math.max(a.d1, d + h) });
      else lanes.set(lane, { b0: b, b1: b + w, d0: d, d1: d + h });
    }
    if (!item.children.length) continue;
    const kids = item.children.map((c) => abs.get(c.body.id)).filter((k) => k !== undefined);
    if (!kids.length) continue;
    if (hung.has(item.body.id)) {
      const last = kids[kids.length - 1]!;
      areas.push({ b0: b + indent / 2 - 1, b1: b + indent / 2 + 1, d0: d + h, d1: last.d + 24 });
      continue;
    }
    // The bus and the drops under it, down to the highest child; a column's line down to its last box.
    const top = Math.min(...kids.map((k) => k.d));
    areas.push({ b0: Math.min(b, ...kids.map((k) => k.b)), b1: Math.max(b + w, ...kids.map((k) => k.b + bw(k.item.content))), d0: d + h, d1: top });
    for (const k of kids) {
      const line = lineAbs.get(k.item.body.id);
      if (line !== undefined) areas.push({ b0: line - 1, b1: line + 1, d0: d + h, d1: k.d + 24 });
    }
  }
  const header = laneRoom - lanePadding;
  for (const a of lanes.values()) areas.push(across ? { b0: a.b0 - header, b1: a.b1 + lanePadding, d0: a.d0 - lanePadding, d1: a.d1 + lanePadding } : { b0: a.b0 - lanePadding, b1: a.b1 + lanePadding, d0: a.d0 - header, d1: a.d1 + lanePadding });
  if (!Number.isFinite(extent.b0)) return;
  const areaOf = (id: string): Area | undefined => {
    const p = abs.get(id);
    return p && { b0: p.b, b1: p.b + bw(p.item.content), d0: p.d, d1: p.d + dw(p.item.content) };
  };
  const group = [...below].map(([r, ids], i) => ({ r, i, partners: ids.map(areaOf).filter((a) => a !== undefined) }));
  if (!group.some((x) => x.partners.length)) return;
  const middle = (x: (typeof group)[number]) => x.partners.reduce((s, p) => s + (p.b0 + p.b1) / 2, 0) / Math.max(1, x.partners.length);
  const gap = ORG_GAPS.sibling;
  const columnOf = (order: typeof group): OrgPocketBox[] => {
    let dd = 0;
    return order.map((x) => {
      const box = { db: 0, dd, width: bw(x.r.content), height: dw(x.r.content), partners: x.partners };
      dd += box.height + gap;
      return box;
    });
  };
  const rowOf = (order: typeof group): OrgPocketBox[] => {
    let db = 0;
    return order.map((x) => {
      const box = { db, dd: 0, width: bw(x.r.content), height: dw(x.r.content), partners: x.partners };
      db += box.width + ORG_GAPS.cousin;
      return box;
    });
  };
  // The column: placed in data order, then ordered by how far each box's partners lie sideways of it.
  const first = findOrgPocket({ areas, boxes: columnOf(group), extent, above, away: across });
  const mid = first.b + Math.max(...group.map((x) => bw(x.r.content))) / 2;
  const reach = (x: (typeof group)[number]) => x.partners.reduce((s, p) => s + Math.abs((p.b0 + p.b1) / 2 - mid), 0);
  const column = [...group].sort((x, y) => reach(x) - reach(y) || x.i - y.i);
  const row = [...group].sort((x, y) => middle(x) - middle(y) || x.i - y.i);
  const shapes = [
    { order: column, boxes: columnOf(column) },
    ...(group.length > 1 ? [{ order: row, boxes: rowOf(row) }] : []),
  ].map((shape) => ({ ...shape, at: findOrgPocket({ areas, boxes: shape.boxes, extent, above, away: across }) }));
  const best = shapes.reduce((x, y) => (y.at.cost < x.at.cost ? y : x));
  best.order.forEach((x, k) => abs.set(x.r.body.id, { b: best.at.b + best.boxes[k]!.db, d: best.at.d + best.boxes[k]!.dd, item: x.r }));
}

/**
 * A column of satellites (the ministries hung under AMED) standing over another tree's bus, one of
 * them with a typed line to a body under that bus: the line would drop straight through the bus.
 * The column moves sideways under its host past the bus's end (right first, then left), where it
 * stands clear of every other box and the drawing grows no wider: the line then comes down beside
 * the bus's end. Where no such place is, the column stays. Moves `abs` and `lineAbs` in place.
 */
function standBesideBusEnds(options: {
  abs: Map<string, { b: number; d: number; item: OrgTreeItem }>;
  passing: ReadonlyArray<readonly [string, string]>;
  bw: (c: OrgBoxContent) => number;
  dw: (c: OrgBoxContent) => number;
  lineAbs: Map<string, number>;
  hung: ReadonlySet<string>;
}): void {
  const { abs, passing, bw, dw, lineAbs, hung } = options;
  const beside = ORG_POCKET_BESIDE;
  const boxOf = (id: string) => {
    const p = abs.get(id)!;
    return { b0: p.b, b1: p.b + bw(p.item.content), d0: p.d, d1: p.d + dw(p.item.content) };
  };
  const below = (item: OrgTreeItem, out = new Set<string>()) => {
    for (const c of item.children) if (abs.has(c.body.id)) below(c, out.add(c.body.id));
    return out;
  };
  // Every bus: its breadth (parent's middle to the outermost drop or column line), the depth of
  // the row under it, the bodies under it.
  const buses: Array<{ b0: number; b1: number; d: number; under: Set<string> }> = [];
  for (const { b, item } of abs.values()) {
    if (hung.has(item.body.id)) continue;
    const kids = item.children.filter((c) => !c.satellite && abs.has(c.body.id));
    if (kids.length < 2) continue;
    const at = kids.map((c) => lineAbs.get(c.body.id) ?? (boxOf(c.body.id).b0 + boxOf(c.body.id).b1) / 2);
    const mid = b + bw(item.content) / 2;
    buses.push({ b0: Math.min(mid, ...at), b1: Math.max(mid, ...at), d: Math.min(...kids.map((c) => abs.get(c.body.id)!.d)), under: below(item) });
  }
  for (const { b, item: host } of abs.values()) {
    const column = host.children.filter((c) => abs.has(c.body.id));
    if (!hung.has(host.body.id) || !column.length || !column.every((c) => c.satellite && !c.children.length)) continue;
    const ids = new Set(column.map((c) => c.body.id));
    const boxes = column.map((c) => boxOf(c.body.id));
    const col = { b0: Math.min(...boxes.map((x) => x.b0)), b1: Math.max(...boxes.map((x) => x.b1)), d0: Math.min(...boxes.map((x) => x.d0)), d1: Math.max(...boxes.map((x) => x.d1)) };
    /** The buses a line from the column at breadth `shift` would drop through. */
    const blocking = (shift: number) =>
      buses.filter((bus) =>
        column.some((c, i) => {
          const x = boxes[i]!;
          if (x.b0 + shift >= bus.b1 || x.b1 + shift <= bus.b0 || x.d1 > bus.d || bus.under.has(c.body.id)) return false;
          return passing.some(([u, v]) => (u === c.body.id || v === c.body.id) && bus.under.has(u === c.body.id ? v : u) && abs.get(u === c.body.id ? v : u)!.d >= bus.d);
        }),
      );
    const hit = blocking(0);
    if (!hit.length) continue;
    const hostBox = { b0: b, b1: b + bw(host.content) };
    const others = [...abs.keys()].filter((id) => !ids.has(id)).map(boxOf);
    const fits = (shift: number) =>
      col.b0 + shift >= hostBox.b0 &&
      col.b1 + shift <= hostBox.b1 &&
      !blocking(shift).length &&
      !others.some((o) => o.b0 < col.b1 + shift + beside && col.b0 + shift - beside < o.b1 && o.d0 < col.d1 + beside && col.d0 < o.d1);
    const shift = [Math.max(...hit.map((bus) => bus.b1)) + beside - col.b0, Math.min(...hit.map((bus) => bus.b0)) - beside - col.b1].find(fits);
    if (shift === undefined) continue;
    for (const c of column) {
      const p = abs.get(c.body.id)!;
      abs.set(c.body.id, { ...p, b: p.b + shift });
      const line = lineAbs.get(c.body.id);
      if (line !== undefined) lineAbs.set(c.body.id, line + shift);
    }
  }
}
