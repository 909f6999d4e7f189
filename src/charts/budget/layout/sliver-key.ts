/**
 * Phase 6 of the treemap layout: the key of the cells too thin for a label (a sliver 10 px wide
 * next to a pillar of 49 億円). Each gets a letter, drawn in the cell where the letter fits, and a
 * line under the drawing: 「a 臨床研究・治験の患者向け公開データベースの整備 1.0億円（1.2%）」, so
 * every cell of the drawing is named in it. So do reference marks drawn without their whole name
 * (at 360 px the chip 「金額の記載なし」 of an item of 薬事規制改革…: 「d 薬事規制改革…：「条件付き承認
 * 制度」の活用や… 金額の記載なし」, its letter in the chip). Pure.
 */
import { wrapText } from '../../../kit/text.js';
import { makeRef } from './refs.js';
import { slideTopItems } from './top-items.js';
import type { TreemapCell, TreemapContext, TreemapRef, TreemapRefItem } from './types.js';
import { listChildren, refKindOf } from './view.js';

/** One cell of the key: its letter (in the cell when it fits) and its line(s) under the drawing. */
export interface SliverKeyEntry {
  /** The cell's key (`owner:NAME` for a line naming the owner of the unlettered lines under it). */
  readonly key: string;
  readonly letter: string;
  /** Where the letter is drawn in the cell (its middle, first baseline), or none where it does not fit. */
  readonly marker?: { readonly x: number; readonly y: number };
  /** How far (px) the lines after the first stand in from `x` (past a bullet), where they do. */
  readonly hang?: number;
  /** The entry's lines (the first starts with the letter, where it has one) and the first baseline. */
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/** The key under the drawing. */
export interface SliverKey {
  /** Top of the key (its title's line). */
  readonly y: number;
  readonly height: number;
  /** The lettered section's title (its baseline and text): what carries its letter in the drawing. */
  readonly title?: { readonly x: number; readonly y: number; readonly text: string };
  /** The title of the entries without a letter (a cut name, marks behind a 「+N件」 chip or not drawn), under the lettered ones. */
  readonly restTitle?: { readonly x: number; readonly y: number; readonly text: string };
  readonly entries: readonly SliverKeyEntry[];
  readonly fontSize: number;
  readonly lineHeight: number;
}

/** Most cells the key names; more are counted in its last line (the table lists every item). */
export const SLIVER_KEY_MAX = 26;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Whether a cell of the drawing names nothing: no label, not a container (whose cells name it), not a bar row. */
function unnamed(cell: TreemapCell): boolean {
  return cell.label === undefined && !cell.container && !cell.bar && !cell.batched;
}

/** Whether a cell's label gives only part of its name (「リアルワールド…」 in a narrow cell). */
function nameCut(cell: TreemapCell): boolean {
  const { label } = cell;
  if (!label || cell.container || cell.bar || cell.batched) return false;
  const flat = (s: string) => s.replace(/\s/g, '');
  return !flat(label.lines.slice(0, label.nameLines ?? label.lines.length).join('')).includes(flat(cell.name));
}

/** Whether a mark is drawn without its whole name (cut, or its figure alone). */
function nameLeftOut(ref: TreemapRef): boolean {
  if (ref.kind === 'more') return false;
  const flat = (s: string) => s.replace(/\s/g, '');
  return !flat(ref.lines?.join('') ?? ref.text).includes(flat(ref.name));
}

/**
 * An item not drawn: a mark hidden behind a 「+N件」 chip or with no room in its container, or an
 * item inside a mark (a chip has no area to draw what it holds: 柱7's 「流通改善ガイドラインの策定」).
 */
interface HiddenMark {
  /** The name of the item it belongs to (its container, or the mark it is inside). */
  readonly ownerName: string;
  readonly key: string;
  readonly name: string;
  readonly figure: string;
  /** Where it sorts among the key's entries: its chip, else the container's bottom. */
  readonly x: number;
  readonly y: number;
}

/**
 * The key of the unlabelled cells, left to right then top to bottom, under the drawing from
 * `top`; undefined when every cell has its label. A cell as narrow as its letter or narrower
 * gets no letter in it (only its line in the key).
 */
export function keySlivers(
  ctx: TreemapContext,
  cells: readonly TreemapCell[],
  options: {
    top: number;
    width: number;
    slide?: boolean;
    /** The marks drawn in the strip under the treemap, and every item the strip has to show (drawn or not). */
    rootRefs?: readonly TreemapRef[];
    rootRefItems?: readonly TreemapRefItem[];
  },
): SliverKey | undefined {
  // Marks drawn with a cut name or their figure alone (refs.ts keeps room for their letter).
  // A mark without room for its letter too (its figure alone, 「↪ 再掲 0.3億円」): its line, no letter.
  const ownerOf = new Map<TreemapRef, TreemapCell>();
  for (const c of cells) for (const r of c.refs) if (r.keyed || nameLeftOut(r)) ownerOf.set(r, c);
  const marks = [...ownerOf.keys(), ...(options.rootRefs ?? []).filter((r) => r.keyed || nameLeftOut(r))];
  // Items the drawing does not name whole: a cell whose label cuts its name (「リアルワールド…」),
  // and marks hidden behind a 「+N件」 chip or with no room in their container at all.
  const hidden: HiddenMark[] = [];
  // What a mark holds, every level down, each under the item it belongs to, where the mark stands
  // (or would: behind its 「+N件」 chip), so it follows the mark in the key.
  const inside = (id: string, at: { x: number; y: number }): void => {
    for (const s of listChildren(ctx.summary, id)) {
      const kind = refKindOf(s, ctx.withSupp);
      const figure = kind ? (makeRef(ctx, kind, s).figure ?? '') : ctx.yen(s.amount.counted);
      hidden.push({ ownerName: ctx.summary.items.get(id)?.name ?? '', key: `ref:${s.id}`, name: s.name, figure, x: at.x, y: at.y });
      inside(s.id, at);
    }
  };
  for (const c of cells) {
    if (c.batched || c.refItems.length === 0) continue;
    const drawn = new Map(c.refs.filter((r) => r.kind !== 'more').map((r) => [r.id, r]));
    const chip = c.refs.find((r) => r.kind === 'more');
    for (const item of c.refItems) {
      const s = ctx.summary.items.get(item.id);
      if (!s) continue;
      const mark = drawn.get(item.id);
      const at = mark ?? { x: chip?.x ?? c.x + c.width / 2, y: chip?.y ?? c.y + c.height };
      if (!mark) {
        const ref = makeRef(ctx, item.kind, s);
        hidden.push({ ownerName: c.name, key: ref.key, name: ref.name, figure: ref.figure ?? ref.text, x: at.x, y: at.y });
      }
      inside(item.id, at);
    }
  }
  // The focus's own marks (the strip under the treemap): those behind its 「+N件」 chip, and what each holds.
  const strip = options.rootRefs ?? [];
  const stripDrawn = new Map(strip.filter((r) => r.kind !== 'more').map((r) => [r.id, r]));
  const stripMore = strip.find((r) => r.kind === 'more');
  for (const item of options.rootRefItems ?? []) {
    const s = ctx.summary.items.get(item.id);
    if (!s) continue;
    const mark = stripDrawn.get(item.id);
    const at = mark ?? { x: stripMore?.x ?? 0, y: stripMore?.y ?? options.top };
    if (!mark) {
      const ref = makeRef(ctx, item.kind, s);
      hidden.push({ ownerName: '', key: ref.key, name: ref.name, figure: ref.figure ?? ref.text, x: at.x, y: at.y });
    }
    inside(item.id, at);
  }
  const thin: Array<TreemapCell | TreemapRef | HiddenMark> = [...cells.filter((c) => unnamed(c) || nameCut(c)), ...marks, ...hidden].sort((a, b) => a.x - b.x || a.y - b.y);
  if (thin.length === 0) return undefined;
  const { metrics, measure, T } = ctx;
  const { fontSize, lineHeight } = metrics;
  const { width } = options;
  const titleY = options.top + fontSize;
  // On a slide, the slide's rule for lists (7 of more than 8, top-items.ts); elsewhere up to 26.
  const fold = options.slide ? slideTopItems(thin) : { shown: thin.slice(0, SLIVER_KEY_MAX), more: Math.max(0, thin.length - SLIVER_KEY_MAX) };
  const byKey = new Map(cells.map((c) => [c.key, c]));
  // Where each entry's letter would stand in the drawing: in a mark's chip (the room refs.ts keeps
  // before its text, on its baseline), in a cell where it fits; a cut label, a 「+N件」 chip and a
  // mark not drawn have none.
  const markerOf = (cell: (typeof fold.shown)[number], letter: string): SliverKeyEntry['marker'] => {
    if ('ownerName' in cell || ('level' in cell && cell.label)) return undefined;
    if (!('level' in cell)) return cell.keyed === undefined ? undefined : { x: cell.x + 6 + measure(letter) / 2, y: cell.y + cell.height - Math.round(fontSize / 3) - ((cell.lines?.length ?? 1) - 1) * ((cell.height + 3) / (cell.lines?.length ?? 1)) };
    const fits = cell.width >= measure(letter) + 4 && cell.height >= fontSize + 6;
    return fits ? { x: cell.x + cell.width / 2, y: cell.y + fontSize + 2 } : undefined;
  };
  /** An entry's owner (the item a mark or a 「内訳の記載なし」 cell belongs to), its name and figures. */
  const partsOf = (cell: (typeof fold.shown)[number]): { owner?: string; name: string; figure: string } => {
    if ('ownerName' in cell) return { ...(cell.ownerName ? { owner: cell.ownerName } : {}), name: cell.name, figure: cell.figure };
    if (!('level' in cell)) return { ...(ownerOf.has(cell) ? { owner: ownerOf.get(cell)!.name } : {}), name: cell.name, figure: cell.figure ?? cell.text };
    // 「内訳の記載なし」 and 「他N件」 say whose: the item they are part of.
    const parent = cell.kind !== 'item' && cell.parentKey !== undefined ? byKey.get(cell.parentKey) : undefined;
    return { ...(parent ? { owner: parent.name } : {}), name: cell.name, figure: `${cell.amountText}（${cell.shareText}）` };
  };
  const textOf = (cell: (typeof fold.shown)[number]): string => {
    const { owner, name, figure } = partsOf(cell);
    return `${owner ? T.sliverOf(owner, name) : name} ${figure}`;
  };
  // Letters only for what carries its letter in the drawing (R11-8-1: a reader looking for 「f」
  // found none); the rest (a cut name, marks behind a 「+N件」 chip or not drawn, a cell too narrow
  // for a letter) under a heading of their own, without letters.
  const lettered: Array<{ key: string; letter: string; text: string; marker: NonNullable<SliverKeyEntry['marker']> }> = [];
  const unmarked: Array<(typeof fold.shown)[number]> = [];
  for (const cell of fold.shown) {
    const letter = LETTERS[lettered.length]!;
    const marker = markerOf(cell, letter);
    if (marker) lettered.push({ key: cell.key, letter, text: `${letter} ${textOf(cell)}`, marker });
    else unmarked.push(cell);
  }
  // Each unlettered line starts with a bullet; two or more of one owner (three chips of 創薬業界の…
  // at 360 px) share one line naming it, in the order its first one comes (a lighter key on a phone).
  const owners = new Map<string, number>();
  for (const cell of unmarked) {
    const { owner } = partsOf(cell);
    if (owner !== undefined) owners.set(owner, (owners.get(owner) ?? 0) + 1);
  }
  const bullet = measure(T.sliverKeyBullet);
  const rest: Array<{ key: string; letter: string; text: string; indent?: number; hang?: number }> = [];
  const headed = new Set<string>();
  for (const [i, cell] of unmarked.entries()) {
    const { owner } = partsOf(cell);
    if (owner === undefined || owners.get(owner)! < 2) {
      rest.push({ key: cell.key, letter: '', text: `${T.sliverKeyBullet}${textOf(cell)}`, hang: bullet });
      continue;
    }
    if (headed.has(owner)) continue;
    headed.add(owner);
    rest.push({ key: `owner:${owner}`, letter: '', text: T.sliverOf(owner, '').trimEnd() });
    for (const other of unmarked.slice(i)) {
      const p = partsOf(other);
      // Under its owner's line, a step in (so the next unlettered line, at the margin, reads as another's).
      if (p.owner === owner) rest.push({ key: other.key, letter: '', text: `${T.sliverKeyBullet}${p.name} ${p.figure}`, indent: fontSize, hang: bullet });
    }
  }

  const more = fold.more > 0 ? T.sliverKeyMore(fold.more) : undefined;
  const entries: SliverKeyEntry[] = [];
  /**
   * One section from the baseline `top`: its entries in columns where they are short enough for
   * more than one (a wide page, a slide), filled top to bottom. Returns the next free baseline.
   */
  const section = (top: number, items: ReadonlyArray<{ key: string; letter: string; text: string; marker?: SliverKeyEntry['marker']; indent?: number; hang?: number }>): number => {
    const gap = 2 * fontSize;
    const widest = Math.max(...items.map((t) => measure(t.text) + (t.indent ?? 0)));
    const columns = Math.max(1, Math.min(items.length, Math.floor((width + gap) / (widest + gap))));
    const rows = Math.ceil(items.length / columns);
    const columnWidth = columns > 1 ? (width + gap) / columns : width;
    const next = Array.from({ length: columns }, () => top);
    items.forEach(({ key, letter, text, marker, indent = 0, hang }, k) => {
      const column = Math.floor(k / rows);
      const lines = columns > 1 ? [text] : wrapText({ text, maxWidth: Math.max(1, width - 2 - indent - (hang ?? 0)), measure, locale: ctx.locale }).lines;
      entries.push({ key, letter, lines, x: Math.round(column * columnWidth + indent), y: next[column]!, ...(marker ? { marker } : {}), ...(hang && lines.length > 1 ? { hang: Math.round(hang) } : {}) });
      next[column]! += lines.length * lineHeight;
    });
    return Math.max(...next);
  };
  const title = lettered.length ? { x: 0, y: titleY, text: T.sliverKeyTitle } : undefined;
  let next = lettered.length ? section(titleY + lineHeight, lettered) : titleY;
  let restTitle: SliverKey['restTitle'];
  const unlettered = [...rest, ...(more ? [{ key: '', letter: '', text: more }] : [])];
  if (unlettered.length) {
    // A little room between the two sections.
    const y = lettered.length ? next + Math.round(fontSize / 2) : titleY;
    restTitle = { x: 0, y, text: T.sliverKeyRestTitle };
    next = section(y + lineHeight, unlettered);
  }
  const bottom = next - lineHeight;
  return { y: options.top, height: bottom - options.top + Math.round(fontSize / 3), ...(title ? { title } : {}), ...(restTitle ? { restTitle } : {}), entries, fontSize, lineHeight };
}
