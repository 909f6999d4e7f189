/**
 * The drawn label of a cell: a container gets a one-line header (its name cut before its whole
 * amount); a leaf gets its name wrapped above its figures, beside its hatched 補正 strip. Pure.
 */
import { drawnAmount } from './format.js';
import { fitCellLabel, fitLine, type CellLabel } from './labels.js';
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
}

/** Width the ≠ mark takes in a cell's top right corner, px (render.ts draws it 16 px from the right). */
const MARK_ROOM = 18;

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
    // A strip lower than a line has no header (it is named in the list above and its tooltip).
    if (h < lineHeight + 2) return undefined;
    // The amount always stays whole; the name is cut before it, clear of the ≠ mark.
    const room = w - 8 - measure(amountDrawn) - fontSize - (input.mismatch ? MARK_ROOM : 0);
    const cut = room > 0 ? fitLine({ text: name, width: room, measure }) : undefined;
    const header = cut ? `${cut}\u3000${amountDrawn}` : fitLine({ text: name, width: w - 8 - (input.mismatch ? MARK_ROOM : 0), measure });
    if (!header) return undefined;
    return { x: x + 4, y: y + Math.round(14 * k), lines: [header], fontSize, lineHeight, clipped: cut !== name };
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
    nameOnly: kind === 'others',
    measure,
    fontSize,
    lineHeight,
  });
}
