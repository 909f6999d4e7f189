/**
 * The effect chart on a PowerPoint slide: its layout's rectangles, lines, markers and text as
 * native shapes, laid out at 1 pt a layout px with a 20 pt base type size, so that its smallest
 * text (ticks, notes) is {@link MIN_SLIDE_PT} (18 pt). When the marks need more height than the
 * slide has, the drawing is scaled to fit and the smallest text says so in the notes.
 */
import { summarizeEffect } from '../../data/effect-summary.js';
import type { EffectDocument, Locale } from '../../data/types.js';
import { hex, MIN_SLIDE_PT, MUTED, place, pt, TEXT, type SlideContext, type SlideModel } from '../../export/pptx-kit.js';
import { createApproxMeasure } from '../../kit/text.js';
import { PALETTE, PALETTE_TINTS } from '../../theme/tokens.js';
import { MEASURE_SIZE } from './layout/common.js';
import { layoutEffect } from './layout/index.js';
import type { Fill, Shape, Tone } from './layout/shapes.js';

/** Base type size of the slide's layout, px = pt: 20 gives 18 pt ticks and notes. */
const SLIDE_BASE_PT = 20;

const TONE: Readonly<Record<Tone, string>> = {
  text: TEXT, muted: MUTED, 'on-fill': TEXT, improved: hex(PALETTE[0]), worsened: hex(PALETTE[5]), neutral: MUTED, grid: 'D0D0D0', zero: TEXT,
};

const SCALED_NOTE: Readonly<Record<Locale, (pt: number) => string>> = {
  ja: (size) => `※スライドに収めるため縮小（最小の文字 ${size} pt）`,
  en: (size) => `Scaled to fit the slide (smallest text ${size} pt)`,
};

function fillColor(fill: Fill): string {
  switch (fill.type) {
    case 'series':
      return hex(PALETTE_TINTS[fill.index % PALETTE_TINTS.length]!);
    case 'unknown':
      return 'E6E6E6';
    case 'track':
      return 'F5F6F7';
    case 'solid':
      return TONE[fill.tone];
  }
}

function drawEffect(doc: EffectDocument, c: SlideContext) {
  const width = Math.round(c.area.w * 72);
  const layout = layoutEffect({ doc, width, measure: createApproxMeasure(MEASURE_SIZE), locale: c.locale, fontSize: SLIDE_BASE_PT });
  const p = place(c.area, layout.width, layout.height, 1 / 72);
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  let smallest = Infinity;
  const draw = (shape: Shape, name: string) => {
    switch (shape.kind) {
      case 'rect':
        c.slide.addShape(c.pptx.ShapeType.rect, {
          x: X(shape.x), y: Y(shape.y), w: Math.max(shape.width, 0.5) * p.k, h: shape.height * p.k,
          fill: { color: fillColor(shape.fill) }, line: shape.outline ? { color: TEXT, width: 0.75 } : { type: 'none' }, objectName: name,
        });
        return;
      case 'line': {
        c.slide.addShape(c.pptx.ShapeType.line, {
          x: X(Math.min(shape.x1, shape.x2)), y: Y(Math.min(shape.y1, shape.y2)),
          w: Math.abs(shape.x2 - shape.x1) * p.k, h: Math.abs(shape.y2 - shape.y1) * p.k,
          flipH: shape.x2 < shape.x1, flipV: shape.y2 < shape.y1,
          line: { color: TONE[shape.tone], width: shape.strokeWidth * p.k * 72, dashType: shape.dash ? 'dash' : 'solid', endArrowType: shape.arrow ? 'triangle' : undefined },
          objectName: name,
        });
        return;
      }
      case 'symbol': {
        const r = shape.r * p.k;
        const type = shape.symbol === 'square' ? c.pptx.ShapeType.rect : shape.symbol === 'diamond' ? c.pptx.ShapeType.diamond : c.pptx.ShapeType.ellipse;
        const filled = shape.symbol !== 'ring' && !shape.hollow;
        c.slide.addShape(type, {
          x: X(shape.x) - r, y: Y(shape.y) - r, w: 2 * r, h: 2 * r,
          fill: filled ? { color: TONE[shape.tone] } : { color: 'FFFFFF' }, line: { color: TONE[shape.tone], width: 1.5, dashType: shape.dash ? 'dash' : 'solid' }, objectName: name,
        });
        return;
      }
      case 'text': {
        // Text boxes a little wider than measured: the slide's font is not the measured one.
        const w = (shape.width * 1.15 + shape.size) * p.k;
        const left = shape.anchor === 'start' ? X(shape.x) : shape.anchor === 'end' ? X(shape.x) - w : X(shape.x) - w / 2;
        const top = Y(shape.y - shape.size * 0.8 - (shape.lineHeight - shape.size) / 2);
        smallest = Math.min(smallest, pt(shape.size, p));
        c.slide.addText(shape.lines.join('\n'), {
          x: left, y: top, w, h: shape.lineHeight * shape.lines.length * p.k, fontFace: c.font, fontSize: pt(shape.size, p),
          bold: shape.bold, color: TONE[shape.tone], align: shape.anchor === 'start' ? 'left' : shape.anchor === 'end' ? 'right' : 'center',
          valign: 'top', margin: 0, objectName: name,
        });
        return;
      }
    }
  };
  for (const axis of layout.axes) {
    for (const tick of axis.ticks) {
      draw({ kind: 'line', x1: tick.x, x2: tick.x, y1: axis.gridTop, y2: axis.gridBottom, tone: 'grid', strokeWidth: 1 }, `grid ${tick.value}`);
      draw({ kind: 'text', x: tick.x, y: axis.y, lines: [tick.label], size: axis.tickSize, lineHeight: axis.tickSize * 1.3, anchor: tick.anchor ?? 'middle', tone: 'muted', width: tick.label.length * axis.tickSize * 0.6 }, `tick ${tick.value}`);
    }
    if (axis.title) draw(axis.title, 'axis title');
  }
  for (const mark of layout.marks) mark.shapes.forEach((shape, i) => draw(shape, `${mark.id} ${i}`));
  layout.annotations.forEach((shape, i) => draw(shape, `annotation ${i}`));
  const scaled = smallest < MIN_SLIDE_PT ? [SCALED_NOTE[c.locale](smallest)] : [];
  return { notes: [summarizeEffect(doc, { locale: c.locale }).sentence, ...layout.statements, ...(doc.notes ?? []), ...scaled] };
}

/** The effect chart's slide drawer. */
export const effectSlide: SlideModel<EffectDocument> = { type: 'effect', draw: drawEffect };
