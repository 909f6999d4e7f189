/**
 * The budget treemap on a PowerPoint slide: a native rectangle with its label per cell, laid out
 * at 1 pt a layout px with labels at {@link MIN_SLIDE_PT} (18 pt, readable when projected).
 * Cells too small for a label at that size stay unlabelled on the slide; the notes list every
 * cell's figures. A budget of a few items comes as the layout's bar form: each name above its
 * bar, the figures after it.
 */
import type PptxGenJS from 'pptxgenjs';
import { summarizeBudget } from '../../data/budget-summary.js';
import type { BudgetDocument, Locale } from '../../data/types.js';
import { BORDER, hex, MIN_SLIDE_PT, place, pt, TEXT, type SlideContext, type SlideModel } from '../../export/pptx-kit.js';
import { createApproxMeasure, wrapText } from '../../kit/text.js';
import { PALETTE_TINTS } from '../../theme/tokens.js';
import { describeTreemapCell, describeTreemapRef } from './describe.js';
import { layoutBars } from './layout/bars.js';
import { layoutTreemap, TREEMAP_FONT_SIZE, type TreemapLayout } from './layout/index.js';
import { provideLaterCode } from './layout/later.js';
import { SLIDE_TOP_ITEMS, slideTopItems } from './layout/top-items.js';
import { measureBold } from './sizing.js';

// A file or deck of a flat budget of a few items draws bars: their layout comes with this code
// (itself loaded on first use), not with the element (layout/later.ts).
provideLaterCode({ layoutBars });

/** Top-level items listed on a slide; a longer list shows 7 and says how many more the notes have (top-items.ts). */
export { SLIDE_TOP_ITEMS };

const MORE_ITEMS: Readonly<Record<Locale, (n: number) => string>> = {
  ja: (n) => `ほか${n}項目（ノートに記載）`,
  en: (n) => `and ${n} more (in the notes)`,
};

/**
 * The header's lines as the slide shows them: the total (with the fiscal year), how it reconciles
 * with the slide, the supplementary total, and the top-level items with their declared figures,
 * the first {@link SLIDE_TOP_ITEMS} of a longer list followed by how many more the notes list.
 */
export function slideHeaderLines(doc: BudgetDocument, layout: Pick<TreemapLayout, 'totalText' | 'reconcileText' | 'supplementaryTotalText' | 'topItems'>, locale: Locale): string[] {
  const items = layout.topItems.map((t) => `${t.number}. ${t.name} ${t.declaredText}${t.relistText ? `（${t.relistText}）` : ''}`);
  const { shown: first, more } = slideTopItems(items);
  const shown = more > 0 ? [...first, MORE_ITEMS[locale](more)] : first;
  return [[doc.fiscalYear, layout.totalText].filter(Boolean).join(' '), layout.reconcileText, layout.supplementaryTotalText, ...shown].filter((t): t is string => Boolean(t));
}

function drawBudget(doc: BudgetDocument, c: SlideContext) {
  const summary = summarizeBudget(doc);
  // 1 px = 1 pt: the treemap is laid out at the area's size in points, under the header's lines.
  // A few bars fill the area's height (fillHeight) rather than sit at its top.
  const width = Math.round(c.area.w * 72);
  const approx = createApproxMeasure(TREEMAP_FONT_SIZE);
  const headerMeasure = createApproxMeasure(MIN_SLIDE_PT);
  // The header's lines need the layout's words (total, top items), which do not depend on the height.
  const words = layoutTreemap({ doc, summary, width, height: 400, measure: measureBold(approx), fontSize: MIN_SLIDE_PT, locale: c.locale, fillHeight: true });
  const headerLines = slideHeaderLines(doc, words, c.locale);
  // Wrapped at the area's width, a little generously (the slide's font is not the measured one).
  const wrapped = headerLines.map((line) => wrapText({ text: line, maxWidth: width * 0.92, measure: headerMeasure, locale: c.locale }).lines.length);
  const headerH = (wrapped.reduce((a, b) => a + b, 0) * MIN_SLIDE_PT * 1.2) / 72;
  c.slide.addText(
    headerLines.map((text, i) => ({ text, options: { bold: i === 0, breakLine: true } })),
    { x: c.area.x, y: c.area.y, w: c.area.w, h: headerH, fontFace: c.font, fontSize: MIN_SLIDE_PT, color: TEXT, valign: 'top', margin: 0, lineSpacingMultiple: 1, objectName: 'header' },
  );
  const area = { ...c.area, y: c.area.y + headerH + 0.05, h: c.area.h - headerH - 0.05 };
  const height = Math.round(area.h * 72);
  const measure = (text: string) => (approx(text) * MIN_SLIDE_PT) / TREEMAP_FONT_SIZE;
  const lay = (cellsHeight: number) =>
    // No key of thin cells under them (the slide's area is small; the notes list every cell).
    layoutTreemap({ doc, summary, width, height: cellsHeight, measure: measureBold(approx), fontSize: MIN_SLIDE_PT, locale: c.locale, fillHeight: true, sliverKey: false });
  let layout = lay(height);
  // The reference strip under the cells comes out of the cells' height.
  if (layout.height > height) layout = lay(Math.max(120, 2 * height - layout.height));
  const p = place(area, layout.width, layout.height, 1 / 72);
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  /** A label (first baseline at `y`) as a text box, a little wider than measured: the slide's font is not the measured one. */
  const addLabel = (label: NonNullable<(typeof layout.cells)[number]['label']>, name: string, bold: boolean) => {
    const w = Math.max(...label.lines.map((line) => measure(line))) * 1.1 + label.fontSize;
    c.slide.addText(label.lines.join('\n'), {
      x: X(label.x), y: Y(label.y - label.fontSize * 0.9), w: w * p.k, h: label.lines.length * label.lineHeight * p.k + 0.05,
      fontFace: c.font, fontSize: pt(label.fontSize, p), bold, color: TEXT, valign: 'top', align: 'left', margin: 0, objectName: name,
    });
  };
  for (const cell of layout.cells) {
    const label = cell.label;
    // The bar form (a few items): the name above its bar, the figures after it.
    if (cell.bar) {
      const bar = cell.bar;
      c.slide.addShape(c.pptx.ShapeType.rect, {
        x: X(bar.x), y: Y(bar.y), w: Math.max(bar.width, 0.5) * p.k, h: bar.height * p.k,
        fill: { color: hex(PALETTE_TINTS[cell.pillar % PALETTE_TINTS.length]!) }, line: { color: BORDER, width: 0.75 }, objectName: `bar ${cell.key}`,
      });
      if (label) addLabel(label, `name ${cell.key}`, true);
      if (cell.figureLabel) addLabel(cell.figureLabel, `figure ${cell.key}`, false);
      continue;
    }
    const runs: PptxGenJS.TextProps[] = (label?.lines ?? []).map((text, i) => ({
      text,
      options: { bold: i < (label?.nameLines ?? 1), fontSize: pt(label!.fontSize, p), breakLine: true },
    }));
    c.slide.addText(cell.container ? runs.slice(0, 1) : runs, {
      x: X(cell.x), y: Y(cell.y), w: cell.width * p.k, h: cell.height * p.k,
      shape: c.pptx.ShapeType.rect, fill: { color: hex(PALETTE_TINTS[cell.pillar % PALETTE_TINTS.length]!) },
      line: { color: cell.level === 1 ? 'FFFFFF' : 'F5F6F7', width: cell.level === 1 ? 2 : 0.75 },
      fontFace: c.font, color: TEXT, valign: 'top', align: 'left', margin: 3, objectName: `cell ${cell.key}`,
    });
  }
  for (const ref of layout.rootRefs) {
    c.slide.addText(ref.text, {
      x: X(ref.x), y: Y(ref.y), w: ref.width * p.k, h: ref.height * p.k, shape: c.pptx.ShapeType.rect,
      fill: { color: 'FFFFFF' }, line: { color: BORDER, width: 0.75, dashType: 'dash' }, fontFace: c.font,
      fontSize: MIN_SLIDE_PT, color: TEXT, margin: 1, valign: 'middle', fit: 'shrink', objectName: `ref ${ref.key}`,
    });
  }
  // The notes: the header in full (every top-level item), then every cell's figures.
  const header = [doc.fiscalYear, layout.totalText].filter(Boolean).join(' ');
  const extra = [layout.reconcileText, layout.supplementaryTotalText].filter((t): t is string => Boolean(t));
  const items = layout.topItems.map((t) => `${t.number}. ${t.name} ${t.declaredText}${t.relistText ? `（${t.relistText}）` : ''}`);
  // The marks under the cells too, with what each holds (a chip has no area to draw it in).
  const ctx = { summary, locale: c.locale };
  const marks = layout.rootRefs.filter((r) => r.kind !== 'more').map((r) => describeTreemapRef(ctx, r));
  return { notes: [header, ...extra, ...items, ...layout.cells.map((cell) => describeTreemapCell(ctx, cell)), ...marks] };
}

/** The treemap's slide drawer. */
export const budgetSlide: SlideModel<BudgetDocument> = {
  type: 'budget',
  defaultTitle: (locale) => (locale === 'ja' ? '予算' : 'Budget'),
  draw: drawBudget,
};
