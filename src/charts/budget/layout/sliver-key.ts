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
import type { TreemapCell, TreemapContext, TreemapRef } from './types.js';

/** One cell of the key: its letter (in the cell when it fits) and its line(s) under the drawing. */
export interface SliverKeyEntry {
  /** The cell's key. */
  readonly key: string;
  readonly letter: string;
  /** Where the letter is drawn in the cell (its middle, first baseline), or none where it does not fit. */
  readonly marker?: { readonly x: number; readonly y: number };
  /** The entry's lines (the first starts with the letter) and the first baseline. */
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/** The key under the drawing. */
export interface SliverKey {
  /** Top of the key (its title's line). */
  readonly y: number;
  readonly height: number;
  /** The title's baseline and text. */
  readonly title: { readonly x: number; readonly y: number; readonly text: string };
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

/** A mark not drawn: hidden behind a 「+N件」 chip, or no room for any in its container. */
interface HiddenMark {
  readonly hiddenIn: TreemapCell;
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
  options: { top: number; width: number; slide?: boolean; rootRefs?: readonly TreemapRef[] },
): SliverKey | undefined {
  // Marks drawn with a cut name or their figure alone (refs.ts keeps room for their letter).
  const ownerOf = new Map<TreemapRef, TreemapCell>();
  for (const c of cells) for (const r of c.refs) if (r.keyed) ownerOf.set(r, c);
  const marks = [...ownerOf.keys(), ...(options.rootRefs ?? []).filter((r) => r.keyed)];
  // Items the drawing does not name whole: a cell whose label cuts its name (「リアルワールド…」),
  // and marks hidden behind a 「+N件」 chip or with no room in their container at all.
  const hidden: HiddenMark[] = [];
  for (const c of cells) {
    if (c.batched || c.refItems.length === 0) continue;
    const drawn = new Set(c.refs.filter((r) => r.kind !== 'more').map((r) => r.id));
    const chip = c.refs.find((r) => r.kind === 'more');
    for (const item of c.refItems) {
      const s = drawn.has(item.id) ? undefined : ctx.summary.items.get(item.id);
      if (!s) continue;
      const ref = makeRef(ctx, item.kind, s);
      hidden.push({ hiddenIn: c, key: ref.key, name: ref.name, figure: ref.figure ?? ref.text, x: chip?.x ?? c.x + c.width / 2, y: chip?.y ?? c.y + c.height });
    }
  }
  const thin: Array<TreemapCell | TreemapRef | HiddenMark> = [...cells.filter((c) => unnamed(c) || nameCut(c)), ...marks, ...hidden].sort((a, b) => a.x - b.x || a.y - b.y);
  if (thin.length === 0) return undefined;
  const { metrics, measure, T } = ctx;
  const { fontSize, lineHeight } = metrics;
  const { width } = options;
  const titleY = options.top + fontSize;
  const title = { x: 0, y: titleY, text: T.sliverKeyTitle };
  // On a slide, the slide's rule for lists (7 of more than 8, top-items.ts); elsewhere up to 26.
  const fold = options.slide ? slideTopItems(thin) : { shown: thin.slice(0, SLIVER_KEY_MAX), more: Math.max(0, thin.length - SLIVER_KEY_MAX) };
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const texts = fold.shown.map((cell, i) => {
    const letter = LETTERS[i]!;
    if ('hiddenIn' in cell) return { cell, letter, text: `${letter} ${T.sliverOf(cell.hiddenIn.name, cell.name)} ${cell.figure}` };
    if (!('level' in cell)) {
      const owner = ownerOf.get(cell);
      return { cell, letter, text: `${letter} ${owner ? T.sliverOf(owner.name, cell.name) : cell.name} ${cell.figure ?? cell.text}` };
    }
    // 「内訳の記載なし」 and 「他N件」 say whose: the item they are part of.
    const parent = cell.kind !== 'item' && cell.parentKey !== undefined ? byKey.get(cell.parentKey) : undefined;
    const name = parent ? T.sliverOf(parent.name, cell.name) : cell.name;
    return { cell, letter, text: `${letter} ${name} ${cell.amountText}（${cell.shareText}）` };
  });
  const more = fold.more > 0 ? T.sliverKeyMore(fold.more) : undefined;
  // In columns where the entries are short enough for more than one (a wide page, a slide), filled top to bottom.
  const gap = 2 * fontSize;
  const widest = Math.max(...texts.map((t) => measure(t.text)), more ? measure(more) : 0);
  const count = texts.length + (more ? 1 : 0);
  const columns = Math.max(1, Math.min(count, Math.floor((width + gap) / (widest + gap))));
  const rows = Math.ceil(count / columns);
  const columnWidth = columns > 1 ? (width + gap) / columns : width;
  const entries: SliverKeyEntry[] = [];
  /** Baseline of the next entry in each column. */
  const next = Array.from({ length: columns }, () => titleY + lineHeight);
  const place = (k: number, key: string, letter: string, text: string, marker?: SliverKeyEntry['marker']) => {
    const column = Math.floor(k / rows);
    const lines = columns > 1 ? [text] : wrapText({ text, maxWidth: Math.max(1, width - 2), measure, locale: ctx.locale }).lines;
    entries.push({ key, letter, lines, x: Math.round(column * columnWidth), y: next[column]!, ...(marker ? { marker } : {}) });
    next[column]! += lines.length * lineHeight;
  };
  texts.forEach(({ cell, letter, text }, k) => {
    // Named only in the key: no letter over a cut label or on a 「+N件」 chip (the line says whose).
    if ('hiddenIn' in cell || ('level' in cell && cell.label)) return place(k, cell.key, letter, text);
    // A mark's letter in the room it keeps before its text, on the text's baseline (render.ts renderRefText).
    if (!('level' in cell)) return place(k, cell.key, letter, text, { x: cell.x + 6 + measure(letter) / 2, y: cell.y + cell.height - Math.round(fontSize / 3) - ((cell.lines?.length ?? 1) - 1) * ((cell.height + 3) / (cell.lines?.length ?? 1)) });
    const fits = cell.width >= measure(letter) + 4 && cell.height >= fontSize + 6;
    place(k, cell.key, letter, text, fits ? { x: cell.x + cell.width / 2, y: cell.y + fontSize + 2 } : undefined);
  });
  if (more) place(texts.length, '', '', more);
  const bottom = Math.max(...next) - lineHeight;
  return { y: options.top, height: bottom - options.top + Math.round(fontSize / 3), title, entries, fontSize, lineHeight };
}
