/**
 * The effect chart on PowerPoint slides: its layout's rectangles, lines, markers and text as
 * native shapes, laid out at 1 pt a layout px with a 20 pt base type size, so that its smallest
 * text (ticks, notes) is {@link MIN_SLIDE_PT} (18 pt). When the series need more height than the
 * slide has (with the spacing tightened), they are split over several slides; only a single
 * series taller than a slide is scaled, and its smallest text is then said in the notes.
 */
import { summarizeEffect } from '../../data/effect-summary.js';
import type { EffectDocument, Locale } from '../../data/types.js';
import { hex, MIN_SLIDE_PT, MUTED, place, pt, TEXT, type Area, type Slide, type SlideContext, type SlideDrawing, type SlideModel } from '../../export/pptx-kit.js';
import { createApproxMeasure } from '../../kit/text.js';
import { PALETTE, PALETTE_TINTS } from '../../theme/tokens.js';
import { describeEffectStatements } from './describe.js';
import { MEASURE_SIZE } from './layout/common.js';
import { layoutEffect } from './layout/index.js';
import type { EffectLayout } from './layout/shapes.js';
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

/** The effect chart laid out for a slide's area at 1 pt a px: fitted to its height where spacing allows. */
function layoutForSlide(doc: EffectDocument, area: Area, locale: Locale): EffectLayout {
  return layoutEffect({ doc, width: Math.round(area.w * 72), height: Math.floor(area.h * 72), measure: createApproxMeasure(MEASURE_SIZE), locale, fontSize: SLIDE_BASE_PT });
}

/** The document with only some of its series (a slide of a chart split over several). */
function withSeries(doc: EffectDocument, from: number, to: number): EffectDocument {
  return { ...doc, series: doc.series.slice(from, to) } as EffectDocument;
}

/**
 * The series split into runs that fit a slide at 18 pt or more (1 pt a px): all on one slide
 * when they fit, else as many per slide as fit, in order (a run of one is drawn even when it
 * must be scaled, and says so in the notes).
 */
function planEffectSlides(doc: EffectDocument, area: Area, locale: Locale): Array<{ doc: EffectDocument; layout: EffectLayout }> {
  const fits = (layout: EffectLayout) => layout.height <= Math.floor(area.h * 72) + 0.5;
  const whole = layoutForSlide(doc, area, locale);
  if (fits(whole) || doc.series.length <= 1) return [{ doc, layout: whole }];
  const parts: Array<{ doc: EffectDocument; layout: EffectLayout }> = [];
  let from = 0;
  while (from < doc.series.length) {
    let to = from + 1;
    let best = { doc: withSeries(doc, from, to), layout: layoutForSlide(withSeries(doc, from, to), area, locale) };
    while (to < doc.series.length) {
      const next = withSeries(doc, from, to + 1);
      const layout = layoutForSlide(next, area, locale);
      if (!fits(layout)) break;
      to += 1;
      best = { doc: next, layout };
    }
    parts.push(best);
    from = to;
  }
  // As even a split as fits: 2 + 2 rather than 3 + 1.
  const per = Math.ceil(doc.series.length / parts.length);
  const even = parts.map((_, i) => withSeries(doc, i * per, Math.min(doc.series.length, (i + 1) * per))).filter((d) => d.series.length > 0);
  const evenLayouts = even.map((d) => ({ doc: d, layout: layoutForSlide(d, area, locale) }));
  return evenLayouts.length === parts.length && evenLayouts.every((part) => fits(part.layout)) ? evenLayouts : parts;
}

/** Draws one laid-out effect chart into a slide's area; returns its smallest text, pt. */
function drawEffectLayout(layout: EffectLayout, c: SlideContext, target: { slide: Slide; area: Area }): number {
  const p = place(target.area, layout.width, layout.height, 1 / 72);
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  let smallest = Infinity;
  const draw = (shape: Shape, name: string) => {
    switch (shape.kind) {
      case 'rect':
        target.slide.addShape(c.pptx.ShapeType.rect, {
          x: X(shape.x), y: Y(shape.y), w: Math.max(shape.width, 0.5) * p.k, h: shape.height * p.k,
          fill: { color: fillColor(shape.fill) }, line: shape.outline ? { color: TEXT, width: 0.75 } : { type: 'none' }, objectName: name,
        });
        return;
      case 'line': {
        target.slide.addShape(c.pptx.ShapeType.line, {
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
        target.slide.addShape(type, {
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
        target.slide.addText(shape.lines.join('\n'), {
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
  return smallest;
}

function drawEffect(doc: EffectDocument, c: SlideContext): SlideDrawing {
  const parts = planEffectSlides(doc, c.area, c.locale);
  const drawn = parts.map((part, i) => {
    const target = i === 0 ? { slide: c.slide, area: c.area } : c.addSlide(`（${i + 1}/${parts.length}）`);
    const smallest = drawEffectLayout(part.layout, c, target);
    const scaled = smallest < MIN_SLIDE_PT ? [SCALED_NOTE[c.locale](smallest)] : [];
    const statements = describeEffectStatements({ doc: part.doc, locale: c.locale });
    return { notes: i === 0 ? [summarizeEffect(doc, { locale: c.locale }).sentence, ...statements, ...(doc.notes ?? []), ...scaled] : [...statements, ...scaled] };
  });
  const [first, ...more] = drawn;
  return { ...first!, ...(more.length ? { more } : {}) };
}

/** The effect chart's slide drawer. */
export const effectSlide: SlideModel<EffectDocument> = { type: 'effect', draw: drawEffect };
