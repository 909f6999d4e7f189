/**
 * The tooltip of the treemap: the figures of the hovered or focused cell or reference mark,
 * placed where it fits inside the drawing (the chart clips overflow). A stateless template;
 * its place is computed from the layout, never from DOM reads.
 */
import { html, type TemplateResult } from 'lit';
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { Locale } from '../../data/types.js';
import { cssProps } from '../../kit/css-props.js';
import { describeTreemapRef, listTreemapCellNotes } from './describe.js';
import type { TreemapLayout } from './layout/index.js';
import type { TreemapNavEntry } from './state.js';
import type { BudgetUiWords } from './words.js';

/** Width of the tooltip in px. */
export const TOOLTIP_WIDTH = 300;

/** Options of {@link placeTreemapTooltip}. */
export interface PlaceTreemapTooltipOptions {
  /** The cell or mark explained, in drawing coordinates. */
  box: { x: number; y: number; width: number; height: number };
  /** The lines of the tooltip (their length estimates its height). */
  lines: readonly (string | TemplateResult)[];
  /** Size of the drawing. */
  width: number;
  height: number;
  locale: Locale;
}

/**
 * Where the tooltip goes: below the cell, above it, or over its top, whichever fits inside the
 * drawing; its height is estimated from the text (about 13.5 px per Japanese character, 7.5 per
 * Latin one, 20 px a line).
 */
export function placeTreemapTooltip({ box, lines, width: drawingWidth, height, locale }: PlaceTreemapTooltipOptions): { left: number; top: number; width: number } {
  const width = Math.min(TOOLTIP_WIDTH, drawingWidth);
  const perLine = Math.max(8, Math.floor(width / (locale === 'ja' ? 13.5 : 7.5)));
  const rows = lines.reduce<number>((n, l) => n + Math.max(1, Math.ceil((typeof l === 'string' ? l.length : 30) / perLine)), 0);
  const estimate = rows * 20 + 14;
  const left = Math.max(0, Math.min(box.x, drawingWidth - width));
  const below = box.y + box.height + 6;
  const top = below + estimate <= height ? below : box.y - 6 - estimate >= 0 ? box.y - 6 - estimate : Math.max(0, Math.min(box.y + 4, height - estimate));
  return { left, top, width };
}

/** The tooltip (`part="tooltip"`) of one keyboard stop. */
export function renderTreemapTooltip(options: { entry: TreemapNavEntry; layout: TreemapLayout; summary: BudgetSummary; locale: Locale; ui: BudgetUiWords }): TemplateResult {
  const { entry, layout, summary, locale, ui } = options;
  const box = entry.cell ?? entry.ref!;
  const cell = entry.cell;
  const lines: (string | TemplateResult)[] = [];
  if (cell) {
    lines.push(html`<strong>${cell.name}</strong>`);
    lines.push(cell.kind === 'supplementary' ? cell.amountText : ui.ofTotal(cell.amountText, cell.shareText));
    if (cell.supplementaryText && cell.kind !== 'supplementary') lines.push(cell.supplementaryText);
    if (cell.changeText) lines.push(cell.changeText);
    if (cell.mismatch) lines.push(html`<span class="warn">≠ ${cell.mismatch.text}</span>`);
    lines.push(...listTreemapCellNotes({ summary, locale }, cell));
  } else if (entry.ref) {
    lines.push(html`<strong>${entry.ref.name}</strong>`);
    lines.push(entry.ref.figure ?? describeTreemapRef({ summary, locale }, entry.ref));
    if (entry.ref.originalText) lines.push(entry.ref.originalText);
  }
  const { left, top, width } = placeTreemapTooltip({ box, lines, width: layout.width, height: layout.height, locale });
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${cssProps({ left: `${left}px`, top: `${top}px`, width: `${width}px` })}>
    ${lines.map((l) => html`<div>${l}</div>`)}
  </div>`;
}
