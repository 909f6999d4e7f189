/**
 * Reference marks: items with no area (再掲, 内数, no amount) drawn as chips in a row, each
 * with its figure and its whole name where the row (or a fresh row) has room, else its name and
 * figure wrapped over as many rows as it needs where the box has them, else as much of the name
 * as the row leaves; a "+N" chip drills to where the rest have room. Pure.
 */
import type { BudgetItemSummary } from '../../../data/budget-summary.js';
import { wrapText } from '../../../kit/text.js';
import { fitLine } from './labels.js';
import type { Rect, TreemapContext, TreemapRef } from './types.js';
import type { ViewRefKind } from './view.js';

/** The glyph drawn before a mark's text, by kind (render.ts draws it; placing measures it). */
export const REF_GLYPHS: Readonly<Record<TreemapRef['kind'], string>> = { relist: '↪ ', 'part-of': '◇ ', zero: '', more: '' };

/** A reference mark before it is placed. */
export type UnplacedRef = Omit<TreemapRef, keyof Rect>;

/** The figure of a reference: `再掲 18.0億円`, `13.5億円の内数`, `金額の記載なし` (describe.ts names marks with it too). */
export function refText(ctx: Pick<TreemapContext, 'T' | 'yen'>, kind: ViewRefKind, s: BudgetItemSummary): string {
  const { T, yen } = ctx;
  if (kind === 'relist') return T.relist(yen(s.amount.gross));
  if (kind === 'part-of') return s.partOf?.amount !== undefined ? T.partOf(yen(s.partOf.amount)) : T.partOfUnknown;
  return s.amount.basis === 'none' ? T.noFigure : T.zero(yen(0));
}

/** A reference mark of an item, with where it leads (the original of a 再掲). */
export function makeRef(ctx: TreemapContext, kind: ViewRefKind, s: BudgetItemSummary): UnplacedRef {
  const { T, summary } = ctx;
  const original = s.relistOf ? summary.items.get(s.relistOf) : undefined;
  const figure = refText(ctx, kind, s);
  return {
    key: `ref:${s.id}`,
    kind,
    id: s.id,
    name: s.name,
    path: s.path,
    text: figure,
    figure,
    ...(original
      ? { originalId: original.id, originalName: original.name, originalText: T.relistOf(original.name), drill: { id: original.parentId, offset: 0 } }
      : {}),
    ...(kind === 'zero' && s.item.children.length > 0 ? { drill: { id: s.id, offset: 0 } } : {}),
  };
}

/** Placed marks, how many did not fit, and the rows used. */
export interface PlacedRefs {
  readonly refs: TreemapRef[];
  readonly hidden: number;
  readonly rows: number;
}

/**
 * Places marks in rows inside `box`, left to right, each with its whole name where the row or
 * a fresh row has room; only a mark too long for any row has its name cut to what the row
 * leaves beside its figure. When they run out of rows, one "+N" mark drills into `parent`.
 */
export function placeRefs(ctx: TreemapContext, refs: readonly UnplacedRef[], box: Rect, parent: { id?: string; offset?: number }): PlacedRefs {
  const { T, measure, metrics } = ctx;
  const { refRow, chipPad, chipGap, fontSize } = metrics;
  const out: TreemapRef[] = [];
  const maxRows = Math.max(0, Math.floor(box.height / refRow));
  let row = 0;
  let cx = box.x;
  const chipW = (text: string, kind: TreemapRef['kind'] = 'more') => Math.ceil(measure(`${REF_GLYPHS[kind]}${text}`)) + 2 * chipPad;
  for (let i = 0; i < refs.length; i++) {
    const base = refs[i]!;
    const left = refs.length - i;
    const right = box.x + box.width;
    // On the last row, keep room for a "+N" mark for the ones after this, unless it is the last.
    const reserve = i === refs.length - 1 || row < maxRows - 1 ? 0 : chipW(T.more(left - 1)) + chipGap;
    // The whole name beside the figure where the row has room for it.
    const name = base.name.replace(/\s+/gu, ' ').trim();
    const whole = name ? { ...base, text: `${name} ${base.text}` } : base;
    const wholeW = chipW(whole.text, whole.kind);
    if (cx + wholeW + reserve <= right) {
      out.push({ ...whole, x: cx, y: box.y + row * refRow + 1, width: wholeW, height: refRow - 3 });
      cx += wholeW + chipGap;
      continue;
    }
    // Not on this row: a fresh row, where there is one, before cutting the name.
    if (row < maxRows - 1 && cx > box.x) {
      row += 1;
      cx = box.x;
      i -= 1;
      continue;
    }
    // A name too long for any row: wrapped over the rows it needs, on rows of its own, where the
    // box has them (a reader must see which item a figure such as 「金額の記載なし」 belongs to).
    if (name && cx === box.x) {
      const textRoom = box.width - 2 * chipPad - Math.ceil(measure(REF_GLYPHS[base.kind]));
      const wrap = (text: string) => wrapText({ text, maxWidth: textRoom, measure, locale: ctx.locale }).lines;
      // The name wrapped, the figure unbroken after it (on a line of its own where the last has no room).
      const lines = wrap(name);
      const last = `${lines[lines.length - 1] ?? ''} ${base.text}`;
      if (measure(last) <= textRoom) lines[lines.length - 1] = last;
      else lines.push(...wrap(base.text));
      // The marks after it keep a row each: a wrapped name never hides another mark.
      const needed = lines.length + (refs.length - 1 - i);
      if (lines.length > 1 && textRoom > 2 * fontSize && row + needed <= maxRows) {
        const width = Math.min(box.width, Math.max(...lines.map((line) => chipW(line, base.kind))));
        out.push({ ...whole, lines, x: cx, y: box.y + row * refRow + 1, width, height: lines.length * refRow - 3 });
        row += lines.length;
        continue;
      }
    }
    // The name cut to all the row leaves beside the figure (the whole name stays in the tooltip and table).
    // Such a mark keeps room for a letter before its text: the key under the drawing names it in full.
    const keyed = name ? Math.ceil(measure('m ')) : 0;
    const nameRoom = right - cx - reserve - keyed - chipW(base.text, base.kind) - Math.ceil(measure(' '));
    const short = nameRoom >= 2 * fontSize ? fitLine({ text: base.name, width: nameRoom, measure }) : undefined;
    const r = short ? { ...base, text: `${short} ${base.text}` } : base;
    const w = chipW(r.text, r.kind) + keyed;
    if (cx + w + reserve <= right) {
      out.push({ ...r, x: cx, y: box.y + row * refRow + 1, width: w, height: refRow - 3, ...(keyed ? { keyed } : {}) });
      cx += w + chipGap;
      continue;
    }
    // Its figure alone too wide for the row (a narrow pillar): the figure wrapped after the letter's room.
    if (keyed && cx === box.x) {
      const lines = wrapText({ text: base.text, maxWidth: box.width - 2 * chipPad - keyed - Math.ceil(measure(REF_GLYPHS[base.kind])), measure, locale: ctx.locale }).lines;
      if (lines.length <= 3 && row + lines.length + (refs.length - 1 - i) <= maxRows) {
        const width = Math.min(box.width, keyed + Math.max(...lines.map((line) => chipW(line, base.kind))));
        out.push({ ...base, lines, keyed, x: cx, y: box.y + row * refRow + 1, width, height: lines.length * refRow - 3 });
        row += lines.length;
        continue;
      }
    }
    // No room for the letter either way: the figure alone, as it fits (the mark shown rather than hidden behind "+N").
    if (keyed && cx + w - keyed + reserve <= right) {
      out.push({ ...r, x: cx, y: box.y + row * refRow + 1, width: w - keyed, height: refRow - 3 });
      cx += w - keyed + chipGap;
      continue;
    }
    const moreW = chipW(T.more(left));
    // Out of room: one "+N" mark that drills into the parent, where there is more room.
    if (moreW <= box.width) {
      out.push({
        key: `more:${parent.id ?? ''}`,
        kind: 'more',
        id: parent.id ?? '',
        name: T.more(left),
        path: '',
        text: T.more(left),
        ...(parent.id !== undefined ? { drill: { id: parent.id, offset: 0 } } : {}),
        hidden: left,
        x: Math.min(cx, box.x + box.width - moreW),
        y: box.y + row * refRow + 1,
        width: moreW,
        height: refRow - 3,
      });
    }
    return { refs: out, hidden: left, rows: row + 1 };
  }
  // A wrapped mark ends its rows (the next row is fresh).
  return { refs: out, hidden: 0, rows: refs.length ? (cx > box.x ? row + 1 : row) : 0 };
}
