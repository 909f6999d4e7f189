/**
 * The drawn label of a cell: a container gets a header, its name and whole amount, wrapped onto
 * more lines where its height leaves room (the tile phase makes the header band as tall), else
 * one line with the name cut before the amount; a leaf gets its name wrapped above its
 * figures, beside its hatched 補正 strip. Pure.
 */
import { wrapText } from '../../../kit/text.js';
import { drawnAmount } from './format.js';
import { fitCellLabel, fitLine, type CellLabel } from './labels.js';
import type { TreemapMetrics } from './metrics.js';
import type { Rect, TreemapContext } from './types.js';
import type { ViewNodeKind } from './view.js';

/** What a cell's label is made from. */
export interface CellLabelInput {
  readonly rect: Rect;
  readonly kind: ViewNodeKind;
  readonly container: boolean;
  readonly name: string;
  /** The amount drawn (yen): counted money, or the 補正 of an unallocated 補正 cell. */
  readonly amount: number;
  readonly shareText: string;
  /** Lines after the amount: 補正, change. */
  readonly extraFigures: readonly string[];
  /** Whether the cell carries a ≠ mark in its top right corner (the header keeps clear of it). */
  readonly mismatch?: boolean;
  /** The hatched strip the label keeps clear of. */
  readonly supplementaryRect?: Rect;
  /** A container's header as the tile phase sized its band (else worked out from `rect`). */
  readonly header?: ContainerHeader;
}

/** A container's header text: its lines, and whether the name was cut. */
export interface ContainerHeader {
  readonly lines: readonly string[];
  readonly clipped: boolean;
}

/** Width the ≠ mark takes in a cell's top right corner, px (render.ts draws it 16 px from the right). */
const MARK_ROOM = 18;

/** Most lines a container's header wraps onto. */
const HEADER_MAX_LINES = 6;
/** Least height (px) a container keeps for its items under a wrapped header (tile.ts's minimum). */
const HEADER_ITEMS_ROOM = 28;

/** Height of a container's header band of `lines` lines. */
export function headerBand(metrics: TreemapMetrics, lines: number): number {
  return metrics.header + Math.max(0, lines - 1) * metrics.lineHeight;
}

/** What a container's header is made from: its name, amount and room. */
export interface ContainerHeaderInput {
  readonly name: string;
  readonly amount: number;
  readonly width: number;
  readonly height: number;
  readonly mismatch?: boolean;
  /** Whether the container has reference marks (a chip row at its bottom takes room). */
  readonly refs?: boolean;
}

/**
 * A container's header: its name and whole amount on one line when they fit; else wrapped onto
 * as many lines as its height leaves (up to six; its items keep two lines' height, at least
 * 28 px, and their chip row), the amount never broken; only where one line is all there is, the name is cut with `…` before
 * the amount (the full name is in the cell's accessible name, tooltip and `data-full-text`).
 * Undefined when not even that fits.
 */
export function containerHeader(ctx: TreemapContext, input: ContainerHeaderInput): ContainerHeader | undefined {
  const { measure, metrics, locale } = ctx;
  const { fontSize, lineHeight } = metrics;
  const { name, width: w, height: h } = input;
  // A strip lower than a line has no header (it is named in the list above and its tooltip).
  if (h < lineHeight + 2) return undefined;
  const amountDrawn = drawnAmount(input.amount, ctx.yen, locale);
  const mark = input.mismatch ? MARK_ROOM : 0;
  // One px of slack: the band is sized before d3 rounds the cell's edges.
  const room = w - 9 - mark;
  const full = `${name}\u3000${amountDrawn}`;
  if (measure(full) <= room) return { lines: [full], clipped: false };
  const below = (input.refs ? metrics.refRow + 2 : 3) + Math.max(HEADER_ITEMS_ROOM, 2 * lineHeight);
  let maxLines = 1;
  while (maxLines < HEADER_MAX_LINES && headerBand(metrics, maxLines + 1) + below <= h) maxLines++;
  if (maxLines > 1 && room >= 2 * fontSize) {
    // Breaking between words, or inside one where that saves a line (not more: 通|じた and
    // 効|率性 read badly), so that the items under the header keep the room.
    // The natural wrap is wrapped once; the try at a line fewer asks only whether it fits (no `…`).
    const natural = wrapText({ text: full, maxWidth: room, measure, locale, keep: [amountDrawn] }).lines;
    if (natural.length >= 3 && natural.length - 1 <= maxLines) {
      const tighter = wrapText({ text: full, maxWidth: room, measure, maxLines: natural.length - 1, locale, keep: [amountDrawn], ellipsis: false });
      if (!tighter.truncated) return { lines: tighter.lines, clipped: false };
    }
    if (natural.length <= maxLines) return { lines: natural, clipped: false };
    // Too long even so: the name on the lines but one (cut), the amount whole on the last.
    const named = wrapText({ text: name, maxWidth: room, measure, maxLines: maxLines - 1, locale });
    if (measure(amountDrawn) <= room) return { lines: [...named.lines, amountDrawn], clipped: true };
  }
  // One line: the amount always stays whole; the name is cut before it, clear of the ≠ mark.
  // Two px of slack on the cut line: bold Latin after the name runs a little wider than measured.
  const oneRoom = w - 10 - measure(amountDrawn) - fontSize - mark;
  const cut = oneRoom > 0 ? fitLine({ text: name, width: oneRoom, measure }) : undefined;
  const header = cut ? `${cut}\u3000${amountDrawn}` : fitLine({ text: name, width: w - 8 - mark, measure });
  return header ? { lines: [header], clipped: cut !== name } : undefined;
}

/** Fits the label of a cell, or undefined when none fits (the tooltip, focus and table still give it). */
export function cellLabel(ctx: TreemapContext, input: CellLabelInput): CellLabel | undefined {
  const { measure, metrics, locale } = ctx;
  const { fontSize, lineHeight, k } = metrics;
  const { rect, kind, name, extraFigures, supplementaryRect } = input;
  const { x, y, width: w, height: h } = rect;
  // Drawn labels round amounts of 1兆 and more to the 億 (5兆3,712億円); the name, tooltip and
  // table give the exact figure.
  const amountDrawn = drawnAmount(input.amount, ctx.yen, locale);
  if (input.container) {
    const header = input.header ?? containerHeader(ctx, { name, amount: input.amount, width: w, height: h, mismatch: input.mismatch ?? false });
    if (!header) return undefined;
    return {
      x: x + 4,
      y: y + Math.round(14 * k),
      lines: header.lines,
      // Every line of a header is its name (bold), the amount included.
      nameLines: header.lines.length,
      fontSize,
      lineHeight,
      clipped: header.clipped,
      ...(header.clipped ? { fullText: `${name}\u3000${amountDrawn}` } : {}),
    };
  }
  const withShare = locale === 'ja' ? `${amountDrawn}（${input.shareText}）` : `${amountDrawn} (${input.shareText})`;
  const lw = supplementaryRect && supplementaryRect.height === h ? w - supplementaryRect.width : w;
  const lh = supplementaryRect && supplementaryRect.width === w ? h - supplementaryRect.height : h;
  return fitCellLabel({
    x,
    y,
    width: lw,
    height: lh,
    name,
    figures: [kind === 'supplementary' ? amountDrawn : withShare, ...extraFigures],
    fallbackFigures: [amountDrawn, ...extraFigures],
    ...(kind === 'supplementary' ? {} : { splitFigures: [amountDrawn, locale === 'ja' ? `（${input.shareText}）` : `(${input.shareText})`, ...extraFigures] }),
    nameOnly: kind === 'others',
    measure,
    fontSize,
    lineHeight,
  });
}
