/**
 * Phase 6 of the treemap layout: the key of the cells too thin for a label (a sliver 10 px wide
 * next to a pillar of 49 億円). Each gets a letter, drawn in the cell where the letter fits, and a
 * line under the drawing: 「a 臨床研究・治験の患者向け公開データベースの整備 1.0億円（1.2%）」, so
 * every cell of the drawing is named in it. Pure.
 */
import { wrapText } from '../../../kit/text.js';
import type { TreemapCell, TreemapContext } from './types.js';

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

/**
 * The key of the unlabelled cells, left to right then top to bottom, under the drawing from
 * `top`; undefined when every cell has its label. A cell as narrow as its letter or narrower
 * gets no letter in it (only its line in the key).
 */
export function keySlivers(ctx: TreemapContext, cells: readonly TreemapCell[], options: { top: number; width: number }): SliverKey | undefined {
  const thin = cells.filter(unnamed).sort((a, b) => a.x - b.x || a.y - b.y);
  if (thin.length === 0) return undefined;
  const { metrics, measure, T } = ctx;
  const fontSize = metrics.fontSize;
  const lineHeight = metrics.lineHeight;
  let y = options.top + fontSize;
  const title = { x: 0, y, text: T.sliverKeyTitle };
  const entries: SliverKeyEntry[] = [];
  const shown = thin.slice(0, SLIVER_KEY_MAX);
  const byKey = new Map(cells.map((c) => [c.key, c]));
  shown.forEach((cell, i) => {
    const letter = LETTERS[i]!;
    // 「内訳の記載なし」 and 「他N件」 say whose: the item they are part of.
    const parent = cell.kind !== 'item' && cell.parentKey !== undefined ? byKey.get(cell.parentKey) : undefined;
    const name = parent ? T.sliverOf(parent.name, cell.name) : cell.name;
    const text = `${letter} ${name} ${cell.amountText}（${cell.shareText}）`;
    const lines = wrapText({ text, maxWidth: Math.max(1, options.width - 2), measure, locale: ctx.locale }).lines;
    y += lineHeight;
    const w = measure(letter);
    const fits = cell.width >= w + 4 && cell.height >= fontSize + 6;
    entries.push({ key: cell.key, letter, lines, x: 0, y, ...(fits ? { marker: { x: cell.x + cell.width / 2, y: cell.y + fontSize + 2 } } : {}) });
    y += (lines.length - 1) * lineHeight;
  });
  const rest = thin.length - shown.length;
  if (rest > 0) {
    y += lineHeight;
    entries.push({ key: '', letter: '', lines: [T.sliverKeyMore(rest)], x: 0, y });
  }
  return { y: options.top, height: y - options.top + Math.round(fontSize / 3), title, entries, fontSize, lineHeight };
}
