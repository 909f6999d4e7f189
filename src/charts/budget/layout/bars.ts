/**
 * The bar form (`form="bars"`): a budget of a few items reads better as bars than as a few huge
 * blocks. One row per item of the view, largest first: its name wrapped in a left column, a bar
 * in proportion to its counted money (補正 hatched after it when shown), its figures after the
 * bar. Where that would leave the bars less than 40% of the width (a phone), the name takes the
 * row's whole width above its bar, and the bars run from the left edge. Rows are cells like the treemap's (same names, keyboard, drill, table), so the element
 * and renderer treat both forms alike. Pure.
 *
 * `form="auto"` (the default) chooses bars for a flat budget of a few items (form.ts). Loaded on
 * first use with the chart's lazy chunk (layout/later.ts): most budgets are drawn as treemaps.
 */
import { wrapText } from '../../../kit/text.js';
import { changeTextOf, mismatchOf, pillarOf } from './cell.js';
import { changeToneOf } from './change.js';
import { drawnAmount } from './format.js';
import type { CellLabel } from './labels.js';
import type { Rect, TreemapCell, TreemapContext } from './types.js';
import { splitChildren } from './view.js';

/** Least share of the width the bars keep beside the names; below it names go above the bars. */
const BARS_MIN_SHARE = 0.4;

/** Options of {@link layoutBars}. */
export interface LayoutBarsOptions {
  readonly focusId: string | undefined;
  readonly width: number;
  /**
   * A height to fill (a slide): rows grow in proportion to fill it, bars thicken (up to about
   * half their row) and names and figures stay level with their bar (stacked: name above it). Without it, rows
   * take the height they need.
   */
  readonly fill?: number;
}

/** The rows of one view as bar cells, from the top; returns the cells and the height they take. */
export function layoutBars(ctx: TreemapContext, options: LayoutBarsOptions): { cells: TreemapCell[]; height: number } {
  const { T, yen, pct, total, measure, metrics, summary, locale, withSupp } = ctx;
  const { width, focusId, fill } = options;
  const { sized } = splitChildren(summary, focusId, withSupp);
  const { fontSize, lineHeight } = metrics;
  const pad = Math.round(fontSize / 2);
  const nameW = Math.round(Math.min(Math.max(width * 0.38, 8 * fontSize), 22 * fontSize));
  const figures = sized.map((s) => {
    const amount = drawnAmount(s.amount.counted, yen, locale);
    const share = pct(total > 0 ? s.amount.counted / total : 0);
    const main = locale === 'ja' ? `${amount}（${share}）` : `${amount} (${share})`;
    const supp = withSupp && s.supplementary.counted > 0 ? T.supp(yen(s.supplementary.counted)) : undefined;
    const change = changeTextOf(ctx, 'item', s.change);
    return [main, ...(supp ? [supp] : []), ...(change ? [change] : [])];
  });
  const figureW = Math.ceil(Math.max(0, ...figures.flat().map((f) => measure(f)))) + pad;
  // Side by side (name | bar | figures) while the bars keep at least 40% of the width; on a
  // narrower page (a phone) each name takes the whole width above its bar, and the bars run
  // from the left edge to the figures.
  const stacked = width - nameW - figureW - 2 * pad < BARS_MIN_SHARE * width;
  const barX = stacked ? 0 : nameW + pad;
  const barMax = Math.max(fontSize, width - barX - figureW - pad);
  const largest = Math.max(1, ...sized.map((s) => s.amount.counted + (withSupp ? s.supplementary.counted : 0)));
  const names = sized.map((s) => wrapText({ text: s.name, maxWidth: (stacked ? width : nameW) - pad, measure, maxLines: 4, locale }));
  // Side by side, at least two lines a row; stacked, the name over its bar.
  const rowHeights = sized.map((_, i) => {
    const nameH = names[i]!.lines.length * lineHeight;
    const barH = Math.max(Math.round(1.5 * lineHeight), figures[i]!.length * lineHeight);
    return stacked ? nameH + Math.round(pad / 2) + barH + 2 * pad : Math.max(2, names[i]!.lines.length, figures[i]!.length) * lineHeight + 2 * pad;
  });
  const needed = rowHeights.reduce((a, b) => a + b, 0);
  // On a slide the rows share its height: a few bars do not sit in its top fifth.
  const grow = fill !== undefined && needed > 0 && fill > needed ? fill / needed : 1;
  const cells: TreemapCell[] = [];
  let y = 0;
  for (const [i, s] of sized.entries()) {
    const lines = figures[i]!;
    const name = names[i]!;
    const nameH = name.lines.length * lineHeight;
    // Side by side: bars a line and a half to two lines thick (grown rows: up to half the row),
    // with air between them. Stacked, the bar is as thick as its figures (at least a line and a half) under the name.
    const rowH = grow > 1 ? Math.floor(rowHeights[i]! * grow) : rowHeights[i]!;
    // Stacked and grown (a PPTX slide): the bar thickens too, name and bar centred in the row.
    const stackedBar = Math.max(Math.round(1.5 * lineHeight), lines.length * lineHeight);
    const barH = !stacked ? 0 : grow > 1 ? Math.max(stackedBar, Math.min(Math.round(0.45 * rowH), rowH - nameH - Math.round(pad / 2) - 2 * pad)) : stackedBar;
    const stackTop = grow > 1 ? y + Math.round((rowH - nameH - Math.round(pad / 2) - barH) / 2) : y + pad;
    const row: Rect = { x: 0, y, width, height: rowH };
    const barHeight = stacked ? barH : Math.max(fontSize, Math.min(rowH - 2 * pad, Math.max(2 * lineHeight, grow > 1 ? Math.round(rowH / 2) : 0)));
    const barY = stacked ? stackTop + nameH + Math.round(pad / 2) : y + Math.round((rowH - barHeight) / 2);
    // In a grown row, the name and the figures are centred on the bar, not left at the row's top.
    const textTop = (linesH: number) => (stacked ? stackTop : grow > 1 ? barY + Math.round((barHeight - linesH) / 2) : y + pad);
    const initialW = Math.max(1, Math.round((barMax * s.amount.counted) / largest));
    const suppW = withSupp && s.supplementary.counted > 0 ? Math.max(1, Math.round((barMax * s.supplementary.counted) / largest)) : 0;
    const bar: Rect = { x: barX, y: barY, width: initialW, height: barHeight };
    const label: CellLabel = {
      x: 0,
      y: textTop(nameH) + fontSize,
      lines: name.lines,
      nameLines: name.lines.length,
      fontSize,
      lineHeight,
      clipped: name.truncated,
    };
    // Figures start level with the name (side by side) or with the bar's top (stacked).
    const figureY = stacked ? barY + Math.round((barHeight - lines.length * lineHeight) / 2) + fontSize : textTop(lines.length * lineHeight) + fontSize;
    const figureLabel: CellLabel = { x: barX + initialW + suppW + pad, y: figureY, lines: lines, nameLines: 0, fontSize, lineHeight, clipped: false };
    const mismatch = mismatchOf(ctx, s);
    const share = total > 0 ? s.amount.counted / total : 0;
    const changeText = changeTextOf(ctx, 'item', s.change);
    const supplementaryText = withSupp && s.supplementary.counted > 0 ? T.supp(yen(s.supplementary.counted)) : undefined;
    const drill = s.item.children.length > 0 ? { id: s.id, offset: 0 } : undefined;
    cells.push({
      key: s.id,
      kind: 'item',
      id: s.id,
      path: s.path,
      name: s.name,
      level: 1,
      pillar: pillarOf(summary, { key: s.id, kind: 'item', item: s, value: 0, counted: 0, supplementary: 0, refs: [] }),
      counted: s.amount.counted,
      supplementary: withSupp ? s.supplementary.counted : 0,
      ...(suppW > 0 ? { supplementaryRect: { x: barX + initialW, y: barY, width: suppW, height: barHeight } } : {}),
      share,
      container: false,
      ...(drill ? { drill } : {}),
      ...(mismatch ? { mismatch } : {}),
      ...(s.change ? { change: s.change } : {}),
      partlyRelisted: s.partlyRelisted,
      refs: [],
      refItems: [],
      label,
      bar,
      figureLabel,
      amountText: yen(s.amount.counted),
      shareText: pct(share),
      ...(supplementaryText ? { supplementaryText } : {}),
      ...(changeText ? { changeText } : {}),
      ...(ctx.mode === 'change' ? { changeTone: changeToneOf(s.change) } : {}),
      ...row,
    });
    y += rowH;
  }
  return { cells, height: y };
}
