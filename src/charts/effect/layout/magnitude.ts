/**
 * `layoutMagnitude`: amounts of one unit compared, on a log scale with decade ticks when the
 * largest is over 100 times the smallest (30億ドル vs 1,000ドル), else as bars on a linear
 * scale from zero. Pure; runs in Node.
 *
 * On a log scale a bar's length means nothing, so each value is a dot; the axis says it is a
 * log scale, and the factor between the first and last series is stated (300万分の1).
 */
import { max, min } from '../../../data/extent.js';
import { scaleLinear, scaleLog } from '../../../kit/scale.js';
import type { Locale, MagnitudeDocument, MagnitudeSeries } from '../../../data/types.js';
import { magnitudeText, summarizeEffect } from '../../../data/effect-summary.js';
import { logTicks, shouldUseLog } from '../../../data/stats.js';
import { formatCount } from '../../../format/counts.js';
import { finishLayout, makeMark, makeText, round1, startLayout, textHeight, type EffectLayoutOptions } from './common.js';
import type { AxisLayout, EffectLayout, Shape } from './shapes.js';
import { MAGNITUDE_WORDS as WORDS } from '../words.js';


/** A value with the chart's unit: `30億ドル`, `1,000ドル`, `400万人`. */
export function formatMagnitude(value: number, unit: string | undefined, locale: Locale): string {
  return formatCount(value, { locale, ...(unit ? { unit } : {}) });
}

/** Lays out a magnitude chart for a width. */
export function layoutMagnitude(options: EffectLayoutOptions<MagnitudeDocument>): EffectLayout {
  const { doc, width, locale } = options;
  const start = startLayout(options);
  const { ctx, type, pad, spacing, marks, annotations } = start;
  const w = WORDS[locale];
  const values = doc.series.map((s) => s.value);
  const log = shouldUseLog({ values });
  const valueText = (s: MagnitudeSeries) => magnitudeText(s, doc.unit, locale);

  // Leave room on the right for the longest value label beside its mark.
  const longest = Math.max(0, ...doc.series.map((s) => ctx.widthOf(valueText(s), type.base, true)));
  const tickLabel = (t: number) => formatCount(t, { locale });
  let tickValues: number[] = log ? logTicks({ min: min(values)!, max: max(values)! }) : [0];
  // The first tick label is centred on the axis start: leave it room.
  const left = pad + Math.ceil(ctx.widthOf(tickLabel(tickValues[0]!), type.small) / 2);
  const right = width - pad - Math.min(longest + 12, (width - 2 * pad) * 0.4);
  let x: (v: number) => number;
  if (log) {
    const scale = scaleLog([tickValues[0]!, tickValues[tickValues.length - 1]!], [left, right]);
    x = (v) => scale(v);
  } else {
    const scale = scaleLinear([Math.min(0, ...values), Math.max(0, ...values)], [left, right]).nice(width < 480 ? 4 : 6);
    tickValues = scale.ticks(width < 480 ? 4 : 6);
    x = (v) => scale(v);
  }
  // Tick labels that do not fit side by side are thinned (every other decade); grid lines stay.
  const labelWidth = Math.max(...tickValues.map((t) => ctx.widthOf(tickLabel(t), type.small)));
  const tickGap = (right - left) / Math.max(1, tickValues.length - 1);
  const every = Math.max(1, Math.ceil((labelWidth + 8) / tickGap));

  const rowGap = Math.round(type.base * 0.9 * spacing);
  const barHeight = Math.max(Math.round(type.base * 1.2), Math.round(type.base * 1.8 * start.band));
  let y = pad;
  let lastBandBottom = 0;
  doc.series.forEach((s, index) => {
    const shapes: Shape[] = [];
    const top = y;
    const label = makeText(ctx, { text: s.label, x: pad, top, size: type.base, maxWidth: width - 2 * pad, bold: true });
    shapes.push(label);
    const bandTop = top + textHeight(label) + 2;
    const midY = round1(bandTop + barHeight / 2);
    // Grid lines go in first (behind); those that would cross the value's label are left out below.
    const gridAt = shapes.length;
    const grid = tickValues.map((t) => round1(x(t)));
    const vx = round1(x(s.value));
    let end: number;
    if (log) {
      const r = Math.round(type.base * 0.5);
      shapes.push({ kind: 'line', x1: left, y1: midY, x2: right, y2: midY, tone: 'grid', strokeWidth: 1 });
      // A derived value is a ring (hollow), a stated one a filled dot.
      shapes.push({ kind: 'symbol', x: vx, y: midY, r, symbol: s.derived ? 'ring' : 'circle', tone: 'text' });
      end = vx + r;
    } else {
      const x0 = round1(x(0));
      // A derived value is an unfilled bar with a dashed outline.
      shapes.push({
        kind: 'rect',
        x: Math.min(x0, vx),
        y: bandTop,
        width: Math.abs(vx - x0),
        height: barHeight,
        fill: s.derived ? { type: 'track' } : { type: 'series', index: 0 },
        outline: true,
        ...(s.derived ? { dash: '6 4' } : {}),
      });
      end = Math.max(x0, vx);
    }
    const text = valueText(s);
    const textWidth = ctx.widthOf(text, type.base, true);
    const outside = end + 8 + textWidth <= width - pad;
    const textLeft = outside ? end + 8 : end - 8 - textWidth;
    const clear = grid.filter((gx) => gx < textLeft - 3 || gx > textLeft + textWidth + 3);
    shapes.splice(gridAt, 0, ...clear.map((gx): Shape => ({ kind: 'line', x1: gx, y1: bandTop, x2: gx, y2: bandTop + barHeight, tone: 'grid', strokeWidth: 1 })));
    shapes.push(
      makeText(ctx, {
        text,
        x: outside ? round1(end + 8) : round1(end - 8),
        top: midY - (type.base * type.lineHeight) / 2,
        size: type.base,
        maxWidth: textWidth + 1,
        bold: true,
        anchor: outside ? 'start' : 'end',
        // Inside a bar the text sits on a light tint; beside a dot it sits on the background.
        tone: outside || log || s.derived ? 'text' : 'on-fill',
      }),
    );
    const bottom = bandTop + barHeight;
    lastBandBottom = bottom;
    marks.push(makeMark(start, width, { index, label: s.label, top, bottom, shapes }));
    y = bottom + rowGap;
  });

  const axisTop = lastBandBottom + 4;
  const axis: AxisLayout = {
    y: round1(axisTop + 4 + type.small),
    x1: left,
    x2: right,
    gridTop: axisTop,
    gridBottom: axisTop + 4,
    // Grid lines mark every tick inside the rows; labels are thinned to those that fit.
    ticks: tickValues.filter((_, i) => i % every === 0).map((t) => ({ value: t, x: round1(x(t)), label: tickLabel(t) })),
    tickSize: type.small,
    scale: log ? 'log' : 'linear',
  };
  let bottom = axisTop + 4 + type.small * type.lineHeight;
  const titleText = [log ? w.log : '', doc.unit ? w.unit(doc.unit) : ''].filter(Boolean).join(locale === 'ja' ? '　' : ' · ');
  if (titleText) {
    const title = makeText(ctx, { text: titleText, x: pad, top: bottom, size: type.small, maxWidth: width - 2 * pad, tone: 'muted' });
    axis.title = title;
    bottom += textHeight(title);
  }
  if (doc.series.some((s) => s.derived)) {
    // A key to the hollow mark, drawn as the mark itself.
    const r = Math.round(type.small * 0.45);
    const swatch = log ? 2 * r : Math.round(type.small * 1.4);
    const key = makeText(ctx, { text: log ? w.derivedDot : w.derivedBar, x: pad + swatch + 6, top: bottom + 4, size: type.small, maxWidth: width - 2 * pad - swatch - 6, tone: 'text' });
    const cy = round1(bottom + 4 + key.lineHeight / 2);
    if (log) annotations.push({ kind: 'symbol', x: pad + r, y: cy, r, symbol: 'ring', tone: 'text' });
    else annotations.push({ kind: 'rect', x: pad, y: round1(cy - type.small * 0.4), width: swatch, height: Math.round(type.small * 0.8), fill: { type: 'track' }, outline: true, dash: '4 3' });
    annotations.push(key);
    bottom += 4 + textHeight(key);
  }
  // The factor is the summary's (summarizeEffect), so the drawing and the sentence agree.
  const facts = summarizeEffect(doc, { locale }).facts;
  const comparison = facts.chart === 'magnitude' ? facts.comparison : undefined;
  if (comparison?.statement) {
    // A comparison word, not an arrow: the two need not be a change over time.
    const text = makeText(ctx, { text: comparison.statement, x: pad, top: bottom + 8, size: type.large, maxWidth: width - 2 * pad, bold: true });
    annotations.push(text);
    bottom += 8 + textHeight(text);
  }
  return finishLayout('magnitude', width, bottom + pad, start, [axis]);
}
