/**
 * `layoutChange`: before → after per series, drawn as a horizontal dumbbell, each series on an
 * axis fitted to its own two values (so 一次売差 −2.4% → −3.1% is not piled on the zero of a
 * 0–100% axis) but not stretched either (see {@link fitChangeDomain}). Zero is drawn as a
 * strong line when it lies on the axis. Rows are compact: at
 * 640 px and wider the label and the change sit in a column left of the dumbbell. Pure; runs
 * in Node.
 *
 * - The before point is a ring; the after point's shape says whether the change is an
 *   improvement (filled circle), a worsening (cross) or neither (diamond, when `better` is not
 *   given), and the words say it too (+49.6ポイント 改善): colour is never the only cue.
 * - Negative values are drawn across a strong zero line (一次売差 −2.4% → −3.1%).
 */
import { scaleLinear } from '../../../kit/scale.js';
import type { ChangeDocument, ChangeSeries, Locale } from '../../../data/types.js';
import { formatNumber, formatPoints } from '../../../format/counts.js';
import { finishLayout, makeMark, makeText, round1, startLayout, textHeight, type EffectLayoutOptions } from './common.js';
import type { AxisLayout, EffectLayout, Shape, SymbolKind, TextShape, Tone } from './shapes.js';
import { CHANGE_WORDS as WORDS, EFFECT_COMPARE_WORDS } from '../words.js';
import { DERIVED } from '../../../data/effect-summary.js';

/** Space between a value and its time when they share a line (narrow rows). */
const INLINE_GAP = 6;

/** Least space between the two value-and-time pairs on one line. */
const INLINE_APART = 24;

/** How far the dashed ring of a derived cross or diamond lies outside the marker (px). */
const RING_GAP = 4;

/** The dash of a derived point's marker outline. */
const DERIVED_DASH = '3 2';

/** How a change reads: its verdict, the marker shape and the colour role. */
export interface ChangeVerdict {
  kind: 'improved' | 'worsened' | 'unchanged' | 'increase' | 'decrease';
  symbol: SymbolKind;
  tone: Tone;
}

/** The number of decimals a value is written with (43.5 → 1), so differences carry no float noise. */
function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 6;
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/** after − before, rounded to the inputs' decimals (93.1 − 43.5 = 49.6, not 49.599999999999994). */
export function getChange(series: ChangeSeries): { difference: number; digits: number } {
  const digits = Math.max(decimalsOf(series.before.value), decimalsOf(series.after.value));
  return { difference: Number((series.after.value - series.before.value).toFixed(digits)), digits };
}

/** Whether the change is an improvement, given `better`. */
export function getChangeVerdict(series: ChangeSeries): ChangeVerdict {
  const { difference } = getChange(series);
  if (difference === 0) return { kind: 'unchanged', symbol: 'diamond', tone: 'neutral' };
  if (!series.better) return { kind: difference > 0 ? 'increase' : 'decrease', symbol: 'diamond', tone: 'neutral' };
  const improved = series.better === 'higher' ? difference > 0 : difference < 0;
  return improved ? { kind: 'improved', symbol: 'circle', tone: 'improved' } : { kind: 'worsened', symbol: 'cross', tone: 'worsened' };
}

/** A value with its unit: `43.5%`, `−2.4%`, `12件`, en `12 cases`. */
export function formatChangeValue(value: number, unit: string | undefined, locale: Locale, digits?: number): string {
  const number = formatNumber(value, { locale, ...(digits === undefined ? {} : { digits }) });
  if (!unit) return number;
  if (unit === '%' || unit === '％') return `${number}%`;
  if (unit === 'pt') return locale === 'ja' ? `${number}ポイント` : `${number} pts`;
  return locale === 'ja' ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * One point of a series as every view writes it (the chart's label, the description, the table):
 * the value with its unit, at the series' decimals (those of its more precise value, as the change
 * is written), and 算出値 when it is derived: 指標B 12.5% → `14.0%（算出値）`, not `14%`.
 */
export function formatChangePoint(series: ChangeSeries, side: 'before' | 'after', unit: string | undefined, locale: Locale): string {
  const point = series[side];
  return `${formatChangeValue(point.value, unit, locale, getChange(series).digits)}${point.derived ? DERIVED[locale] : ''}`;
}

/** The change in words: `+49.6ポイント（改善）`, en `+49.6 pts (improved)`. */
export function describeChange(series: ChangeSeries, unit: string | undefined, locale: Locale): string {
  const { difference, digits } = getChange(series);
  const verdict = WORDS[locale][getChangeVerdict(series).kind];
  let amount: string;
  if (unit === '%' || unit === '％' || unit === 'pt') amount = formatPoints(difference, { locale, digits });
  else {
    amount = formatChangeValue(difference, unit, locale, digits);
    if (difference > 0) amount = `+${amount}`;
  }
  return locale === 'ja' ? `${amount}（${verdict}）` : `${amount} (${verdict})`;
}

/** The series' unit: its own, else the document's. */
export function unitOf(series: ChangeSeries, doc: ChangeDocument): string | undefined {
  return series.unit ?? doc.unit;
}

/** Decimals of a tick step: 0.2 → 1, 5 → 0. */
function stepDigits(step: number): number {
  return step > 0 ? Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9))) : 0;
}

/**
 * The axis of one series, fitted to its two values: at least 10 points wide for values in %
 * (else at least the order of magnitude of the larger value), so a 0.7-point change is not
 * stretched over the whole width; reaching zero when the values are within the axis' width of
 * it; kept inside 0–100 for values in %; then widened to round ticks.
 */
export function fitChangeDomain(series: ChangeSeries, unit: string | undefined, tickCount: number): [number, number] {
  const a = series.before.value;
  const b = series.after.value;
  const percent = unit === '%' || unit === '％';
  const largest = Math.max(Math.abs(a), Math.abs(b));
  const least = percent ? 10 : largest > 0 ? 10 ** Math.floor(Math.log10(largest)) : 1;
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const margin = Math.max((hi - lo) * 0.2, (least - (hi - lo)) / 2);
  lo -= margin;
  hi += margin;
  const span = hi - lo;
  if (Math.min(a, b) > 0 && Math.min(a, b) <= span) lo = 0;
  if (Math.max(a, b) < 0 && -Math.max(a, b) <= span) hi = 0;
  if (percent) {
    if (Math.min(a, b) >= 0) lo = Math.max(0, lo);
    if (Math.max(a, b) <= 100) hi = Math.min(100, hi);
    if (Math.max(a, b) <= 0) hi = Math.min(0, hi);
    if (Math.min(a, b) >= -100) lo = Math.max(-100, lo);
  } else if (Math.min(a, b) >= 0) lo = Math.max(0, lo);
  else if (Math.max(a, b) <= 0) hi = Math.min(0, hi);
  const domain = scaleLinear([lo, hi], [0, 1]).nice(tickCount).domain();
  return [domain[0], domain[1]];
}

/** Lays out a change chart for a width. */
export function layoutChange(options: EffectLayoutOptions<ChangeDocument>): EffectLayout {
  const { doc, width, locale } = options;
  const start = startLayout(options);
  const { ctx, type, pad, spacing, marks, annotations } = start;
  const w = WORDS[locale];
  const axes: AxisLayout[] = [];
  // Narrow rows are closer (a phone shows more of them at once); wide ones have a column.
  const rowGap = Math.round(type.base * (width >= 640 ? 1.2 : 1) * spacing);
  const r = Math.round(type.base * 0.5);
  const smallLine = Math.round(type.small * type.lineHeight);

  // Wide: the label and the change in a column left of the dumbbells, as wide as they need up
  // to 40% of the drawing. Narrow: above each dumbbell.
  const wide = width >= 640;
  const headerTexts = doc.series.map((s) => [s.label, describeChange(s, unitOf(s, doc), locale)]);
  const widest = Math.max(...headerTexts.flat().map((t) => ctx.widthOf(t, type.base, true)));
  const column = wide ? Math.ceil(Math.min(Math.max(widest + 16, width * 0.2), width * 0.4)) : 0;
  const plotStart = pad + column;
  const edge = r + 4;
  const left = plotStart + edge;
  const right = width - pad - edge;

  let y = pad;
  doc.series.forEach((s, index) => {
    const unit = unitOf(s, doc);
    const shapes: Shape[] = [];
    const top = y;
    const headerWidth = wide ? column - 16 : width - 2 * pad;
    const label = makeText(ctx, { text: s.label, x: pad, top, size: type.base, maxWidth: headerWidth, bold: true });
    const verdict = getChangeVerdict(s);
    const changeText = describeChange(s, unit, locale);
    // Narrow: the change beside the label when both fit on one line, else under it.
    const gap = type.base;
    const changeWidth = ctx.widthOf(changeText, type.base, true);
    const beside = !wide && label.lines.length === 1 && label.width + gap + changeWidth <= headerWidth;
    const change = makeText(ctx, {
      text: changeText,
      x: beside ? round1(pad + label.width + gap) : pad,
      top: beside ? top : top + textHeight(label),
      size: type.base,
      maxWidth: beside ? changeWidth + 1 : headerWidth,
      bold: true,
      tone: verdict.tone === 'neutral' ? 'text' : verdict.tone,
    });
    shapes.push(label, change);
    const headerBottom = beside ? top + textHeight(label) : top + textHeight(label) + textHeight(change);

    // This series' own axis: tick labels above the band, as many as fit.
    const plotTop = wide ? top : headerBottom + Math.round(4 * spacing);
    const sample = formatChangeValue(-Math.max(Math.abs(s.before.value), Math.abs(s.after.value)), unit, locale, 1);
    const tickCount = Math.max(2, Math.min(6, Math.floor((right - left) / (ctx.widthOf(sample, type.small) + 28))));
    const domain = fitChangeDomain(s, unit, tickCount);
    const x = scaleLinear(domain, [left, right]);
    const ticks = x.ticks(tickCount);
    const digits = ticks.length > 1 ? stepDigits(ticks[1]! - ticks[0]!) : 0;
    const bandTop = plotTop + smallLine + 2;
    const bandHeight = Math.max(2 * r + 6, Math.round(type.base * 1.7 * start.band));
    const midY = round1(bandTop + bandHeight / 2);
    axes.push({
      y: round1(plotTop + (smallLine - type.small) / 2 + type.small * 0.8),
      x1: left,
      x2: right,
      gridTop: bandTop - 3,
      gridBottom: bandTop,
      ticks: ticks.map((t) => ({ value: t, x: round1(x(t)), label: formatChangeValue(t, unit, locale, digits) })),
      tickSize: type.small,
      ...(domain[0] <= 0 && domain[1] >= 0 ? { zeroX: round1(x(0)) } : {}),
      scale: 'linear',
    });
    for (const t of ticks) {
      if (t === 0) continue;
      const gx = round1(x(t));
      shapes.push({ kind: 'line', x1: gx, y1: bandTop, x2: gx, y2: bandTop + bandHeight, tone: 'grid', strokeWidth: 1 });
    }
    if (domain[0] <= 0 && domain[1] >= 0) {
      const zx = round1(x(0));
      shapes.push({ kind: 'line', x1: zx, y1: bandTop, x2: zx, y2: bandTop + bandHeight, tone: 'zero', strokeWidth: 2 });
    }
    const bx = round1(x(s.before.value));
    const ax = round1(x(s.after.value));
    const dir = Math.sign(ax - bx);
    // A derived cross or diamond sits in a dashed ring (dashes would break its own small outline).
    const ringed = s.after.derived === true && verdict.symbol !== 'circle';
    const afterRadius = ringed ? r + RING_GAP : r;
    if (Math.abs(ax - bx) > r + afterRadius + 2) {
      shapes.push({ kind: 'line', x1: round1(bx + dir * (r + 1)), y1: midY, x2: round1(ax - dir * (afterRadius + 3)), y2: midY, tone: verdict.tone, strokeWidth: 2.5, arrow: true });
    }
    // Markers that would cover each other are set apart vertically, so both shapes stay visible.
    const apart = Math.abs(ax - bx) < 2 * r + 2 ? r * 0.9 : 0;
    // A derived point (worked out, not stated) is hollow with a dashed outline.
    const derivedStyle = (derived: boolean | undefined) => (derived ? { hollow: true, dash: DERIVED_DASH } : {});
    shapes.push({ kind: 'symbol', x: bx, y: round1(midY - apart), r, symbol: 'ring', tone: 'text', ...derivedStyle(s.before.derived) });
    if (ringed) {
      shapes.push({ kind: 'symbol', x: ax, y: round1(midY + apart), r: afterRadius, symbol: 'ring', tone: verdict.tone, hollow: true, dash: DERIVED_DASH });
      shapes.push({ kind: 'symbol', x: ax, y: round1(midY + apart), r, symbol: verdict.symbol, tone: verdict.tone, hollow: true });
    } else {
      shapes.push({ kind: 'symbol', x: ax, y: round1(midY + apart), r, symbol: verdict.symbol, tone: verdict.tone, ...derivedStyle(s.after.derived) });
    }

    // Labels under the markers: value (bold) and the point's own label (時点), pushed apart
    // when they would overlap, and kept inside the plot.
    const labelTop = bandTop + bandHeight + 2;
    const make = (side: 'before' | 'after', at: number): TextShape[] => {
      const when = s[side].label;
      const v = makeText(ctx, { text: formatChangePoint(s, side, unit, locale), x: at, top: labelTop, size: type.base, maxWidth: width, bold: true, anchor: 'middle' });
      const t = makeText(ctx, { text: when, x: at, top: labelTop + textHeight(v), size: type.small, maxWidth: Math.max(80, (right - left) / 2 - 8), tone: 'muted', anchor: 'middle' });
      return [v, t];
    };
    const before = make('before', bx);
    const after = make('after', ax);
    const ordered: [TextShape[], TextShape[]] = bx <= ax ? [before, after] : [after, before];
    // Narrow: the time beside its value, on one line, when both pairs fit side by side (a
    // compact row on a phone); else (and when wide) the time under its value.
    // A value ending in a full-width bracket （算出値） already has the bracket's own space after it.
    const gapAfter = (value: TextShape) => (/[）」]$/.test(value.lines[0] ?? '') ? 0 : INLINE_GAP);
    const inlineWidth = (group: TextShape[]) => group[0]!.width + gapAfter(group[0]!) + group[1]!.width;
    const inline =
      !wide &&
      [before, after].every((g) => g[0]!.lines.length === 1 && g[1]!.lines.length === 1) &&
      inlineWidth(before) + inlineWidth(after) + INLINE_APART <= width - pad - plotStart;
    if (inline) {
      // The two pairs further apart than a value from its time, so each time reads with its value.
      const halves: [number, number] = [inlineWidth(ordered[0]) / 2 + (INLINE_APART - 12) / 2, inlineWidth(ordered[1]) / 2 + (INLINE_APART - 12) / 2];
      const [c1, c2] = placeApart([ordered[0]![0]!.x, ordered[1]![0]!.x], halves, plotStart - (INLINE_APART - 12) / 2, width - pad + (INLINE_APART - 12) / 2);
      ordered.forEach(([value, time], i) => {
        value!.anchor = 'start';
        time!.anchor = 'start';
        value!.x = round1((i ? c2 : c1) - inlineWidth([value!, time!]) / 2);
        time!.x = round1(value!.x + value!.width + gapAfter(value!));
        time!.y = value!.y;
      });
    } else {
      const half = (group: TextShape[]) => Math.max(...group.map((g) => g.width)) / 2;
      const [c1, c2] = placeApart([ordered[0][0]!.x, ordered[1][0]!.x], [half(ordered[0]), half(ordered[1])], plotStart, width - pad);
      for (const g of ordered[0]) g.x = round1(c1);
      for (const g of ordered[1]) g.x = round1(c2);
    }
    shapes.push(...before, ...after);
    const labelsHeight = inline
      ? Math.max(textHeight(before[0]!), textHeight(after[0]!))
      : Math.max(textHeight(before[0]!) + textHeight(before[1]!), textHeight(after[0]!) + textHeight(after[1]!));
    const bottom = Math.max(labelTop + labelsHeight, headerBottom);
    marks.push(makeMark(start, width, { index, label: s.label, top, bottom, shapes }));
    y = bottom + rowGap;
  });

  // A key to the marker shapes, so that shape alone tells before from after and better from
  // worse, and a word that each row has its own scale.
  const keyItems: { symbol?: SymbolKind; tone: Tone; text: string; dash?: string }[] = [{ symbol: 'ring', tone: 'text', text: w.before }];
  const kinds = new Set(doc.series.map((s) => getChangeVerdict(s).kind));
  if (kinds.has('improved')) keyItems.push({ symbol: 'circle', tone: 'improved', text: w.afterImproved });
  if (kinds.has('worsened')) keyItems.push({ symbol: 'cross', tone: 'worsened', text: w.afterWorsened });
  if (kinds.has('increase') || kinds.has('decrease') || kinds.has('unchanged')) keyItems.push({ symbol: 'diamond', tone: 'neutral', text: w.after });
  if (doc.series.some((s) => s.before.derived || s.after.derived)) keyItems.push({ symbol: 'ring', tone: 'text', text: EFFECT_COMPARE_WORDS[locale].derivedPoint, dash: DERIVED_DASH });
  if (doc.series.length > 1) keyItems.push({ tone: 'muted', text: w.ownAxis });
  const keyLine = Math.max(smallLine, 2 * r + 4);
  let kx = pad;
  let ky = y - rowGap + Math.round(8 * Math.max(spacing, 0.5));
  // The height of the current line of the key (a long item wraps within the width).
  let lineHeight = keyLine;
  for (const item of keyItems) {
    const symbolWidth = item.symbol ? 2 * r + 6 : 0;
    const itemWidth = symbolWidth + ctx.widthOf(item.text, type.small);
    if (kx + itemWidth > width - pad && kx > pad) {
      kx = pad;
      ky += lineHeight + 2;
      lineHeight = keyLine;
    }
    const cy = ky + keyLine / 2;
    if (item.symbol) {
      annotations.push({ kind: 'symbol', x: round1(kx + r), y: round1(cy), r: Math.round(r * 0.8), symbol: item.symbol, tone: item.tone, ...(item.dash ? { hollow: true, dash: item.dash } : {}) });
    }
    const tx = kx + symbolWidth;
    const text = makeText(ctx, { text: item.text, x: round1(tx), top: cy - smallLine / 2, size: type.small, maxWidth: width - pad - tx, tone: item.tone === 'muted' ? 'muted' : 'text' });
    annotations.push(text);
    lineHeight = Math.max(lineHeight, cy - smallLine / 2 - ky + textHeight(text));
    kx = tx + text.width + 20;
  }
  return finishLayout('change', width, ky + lineHeight + pad, start, axes);
}

/**
 * Centres two label groups (value and time) under their markers: the centres `centres` (left to
 * right) with the groups' half widths, pushed apart when they would overlap and kept between
 * `min` and `max`. Returns the new centres.
 */
function placeApart(centres: [number, number], halves: [number, number], min: number, max: number): [number, number] {
  let [c1, c2] = centres;
  const need = halves[0] + halves[1] + 12;
  if (c2 - c1 < need) {
    const mid = (c1 + c2) / 2;
    c1 = mid - need / 2;
    c2 = mid + need / 2;
  }
  const minC1 = min + halves[0];
  const maxC2 = max - halves[1];
  if (c1 < minC1) {
    c2 += minC1 - c1;
    c1 = minC1;
  }
  if (c2 > maxC2) {
    c1 -= c2 - maxC2;
    c2 = maxC2;
  }
  c1 = Math.max(c1, minC1);
  return [c1, c2];
}
