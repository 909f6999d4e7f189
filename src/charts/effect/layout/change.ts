/**
 * `layoutChange`: before → after per series, drawn as a horizontal dumbbell on a shared axis
 * (one axis per unit). Pure; runs in Node.
 *
 * - The before point is a ring; the after point's shape says whether the change is an
 *   improvement (filled circle), a worsening (cross) or neither (diamond, when `better` is not
 *   given), and the words say it too (+49.6ポイント 改善): colour is never the only cue.
 * - Negative values are drawn across a strong zero line (一次売差 −2.4% → −3.1%).
 */
import { scaleLinear } from '../../../kit/scale.js';
import type { ChangeDocument, ChangeSeries, Locale } from '../../../data/types.js';
import { formatNumber, formatPoints } from '../../../format/number.js';
import {
  chooseTypeScale,
  choosePadding,
  createTextContext,
  makeText,
  round1,
  textHeight,
  type EffectLayoutOptions,
} from './common.js';
import type { AxisLayout, EffectLayout, EffectMark, Shape, SymbolKind, TextShape, Tone } from './shapes.js';

const WORDS = {
  ja: { improved: '改善', worsened: '悪化', unchanged: '変化なし', increase: '増加', decrease: '減少', fromTo: (a: string, b: string) => `${a}から${b}へ`, sep: '、' },
  en: { improved: 'improved', worsened: 'worsened', unchanged: 'no change', increase: 'increase', decrease: 'decrease', fromTo: (a: string, b: string) => `from ${a} to ${b}`, sep: '; ' },
} as const;

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
function unitOf(series: ChangeSeries, doc: ChangeDocument): string | undefined {
  return series.unit ?? doc.unit;
}

/** Lays out a change chart for a width. */
export function layoutChange(options: EffectLayoutOptions<ChangeDocument>): EffectLayout {
  const { doc, width, measure, locale } = options;
  const ctx = createTextContext(measure, locale);
  const type = chooseTypeScale(options.fontSize);
  const pad = choosePadding(width);
  const w = WORDS[locale];
  const marks: EffectMark[] = [];
  const axes: AxisLayout[] = [];
  const annotations: Shape[] = [];
  const statements: string[] = [];
  const rowGap = Math.round(type.base * 1.1);
  const r = Math.round(type.base * 0.5);

  // Series with the same unit share one axis; each unit has one panel, in order of first appearance.
  const panels: { unit: string | undefined; series: { s: ChangeSeries; index: number }[] }[] = [];
  doc.series.forEach((s, index) => {
    const unit = unitOf(s, doc);
    const same = panels.find((p) => p.unit === unit);
    if (same) same.series.push({ s, index });
    else panels.push({ unit, series: [{ s, index }] });
  });

  let y = pad;
  for (const panel of panels) {
    const values = panel.series.flatMap(({ s }) => [s.before.value, s.after.value]);
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    // Room at both ends for the markers and for labels centred under them.
    const edge = r + 4;
    const left = pad + edge;
    const right = width - pad - edge;
    // A fine domain (steps of 10 on a 0–100 range) wastes little width on a small negative part;
    // tick labels are fewer (steps of 20 or 50).
    const x = scaleLinear([lo, hi === lo ? lo + 1 : hi], [left, right]).nice(10);
    const ticks = x.ticks(width < 480 ? 4 : 6);
    const zeroX = x.domain()[0]! < 0 ? round1(x(0)) : undefined;
    const rowTops: number[] = [];
    const bands: { top: number; bottom: number }[] = [];

    for (const { s, index } of panel.series) {
      const unit = panel.unit;
      const shapes: Shape[] = [];
      const top = y;
      rowTops.push(top);
      const label = makeText(ctx, { text: s.label, x: pad, top, size: type.base, maxWidth: width - 2 * pad, bold: true });
      shapes.push(label);
      const verdict = getChangeVerdict(s);
      const changeText = describeChange(s, unit, locale);
      const change = makeText(ctx, { text: changeText, x: pad, top: top + textHeight(label), size: type.base, maxWidth: width - 2 * pad, bold: true, tone: verdict.tone === 'neutral' ? 'text' : verdict.tone });
      shapes.push(change);
      const bandTop = top + textHeight(label) + textHeight(change) + 2;
      const bandHeight = Math.round(type.base * 2.4);
      const midY = round1(bandTop + bandHeight / 2);
      bands.push({ top: bandTop, bottom: bandTop + bandHeight });
      for (const t of ticks) {
        const gx = round1(x(t));
        shapes.push({ kind: 'line', x1: gx, y1: bandTop, x2: gx, y2: bandTop + bandHeight, tone: t === 0 ? 'zero' : 'grid', strokeWidth: t === 0 ? 2 : 1 });
      }
      const bx = round1(x(s.before.value));
      const ax = round1(x(s.after.value));
      const dir = Math.sign(ax - bx);
      if (Math.abs(ax - bx) > 2 * r + 2) {
        shapes.push({ kind: 'line', x1: round1(bx + dir * (r + 1)), y1: midY, x2: round1(ax - dir * (r + 3)), y2: midY, tone: verdict.tone, strokeWidth: 2.5, arrow: true });
      }
      // Markers that would cover each other are set apart vertically, so both shapes stay visible.
      const apart = Math.abs(ax - bx) < 2 * r + 2 ? r * 0.9 : 0;
      shapes.push({ kind: 'symbol', x: bx, y: round1(midY - apart), r, symbol: 'ring', tone: 'text' });
      shapes.push({ kind: 'symbol', x: ax, y: round1(midY + apart), r, symbol: verdict.symbol, tone: verdict.tone });

      // Labels under the markers: value (bold) and the point's own label (時点), pushed apart
      // when they would overlap, and kept inside the drawing.
      const labelTop = bandTop + bandHeight + 2;
      const make = (value: number, when: string, at: number): TextShape[] => {
        const v = makeText(ctx, { text: formatChangeValue(value, unit, locale), x: at, top: labelTop, size: type.base, maxWidth: width, bold: true, anchor: 'middle' });
        const t = makeText(ctx, { text: when, x: at, top: labelTop + textHeight(v), size: type.small, maxWidth: Math.max(80, (width - 2 * pad) / 2 - 8), tone: 'muted', anchor: 'middle' });
        return [v, t];
      };
      const before = make(s.before.value, s.before.label, bx);
      const after = make(s.after.value, s.after.label, ax);
      const half = (group: TextShape[]) => Math.max(...group.map((g) => g.width)) / 2;
      let cb = bx;
      let ca = ax;
      const [first, second] = bx <= ax ? ([before, after] as const) : ([after, before] as const);
      let c1 = Math.min(cb, ca);
      let c2 = Math.max(cb, ca);
      const need = half(first) + half(second) + 12;
      if (c2 - c1 < need) {
        const mid = (c1 + c2) / 2;
        c1 = mid - need / 2;
        c2 = mid + need / 2;
      }
      const minC1 = pad + half(first);
      const maxC2 = width - pad - half(second);
      if (c1 < minC1) {
        c2 += minC1 - c1;
        c1 = minC1;
      }
      if (c2 > maxC2) {
        c1 -= c2 - maxC2;
        c2 = maxC2;
      }
      c1 = Math.max(c1, minC1);
      if (bx <= ax) [cb, ca] = [c1, c2];
      else [ca, cb] = [c1, c2];
      for (const g of before) g.x = round1(cb);
      for (const g of after) g.x = round1(ca);
      shapes.push(...before, ...after);
      const labelsHeight = Math.max(textHeight(before[0]!) + textHeight(before[1]!), textHeight(after[0]!) + textHeight(after[1]!));
      const bottom = labelTop + labelsHeight;
      // Spoken, so words rather than an arrow: 「平成24年9月 43.5%から平成28年9月 93.1%へ」.
      const beforeText = `${s.before.label} ${formatChangeValue(s.before.value, unit, locale)}`;
      const afterText = `${s.after.label} ${formatChangeValue(s.after.value, unit, locale)}`;
      const description = `${s.label}: ${w.fromTo(beforeText, afterText)}${w.sep}${changeText}`;
      marks.push({
        id: `series-${index}`,
        seriesIndex: index,
        label: s.label,
        description,
        box: { x: pad - 4, y: top - 2, width: width - 2 * pad + 8, height: bottom - top + 4 },
        shapes,
      });
      statements.push(`${s.label}: ${changeText}`);
      y = bottom + rowGap;
    }

    const axisTop = y - rowGap + 4;
    axes.push({
      y: round1(axisTop + type.small),
      x1: left,
      x2: right,
      gridTop: axisTop - 4,
      gridBottom: axisTop,
      ticks: ticks.map((t) => ({ value: t, x: round1(x(t)), label: formatChangeValue(t, panel.unit, locale) })),
      tickSize: type.small,
      ...(zeroX === undefined ? {} : { zeroX }),
      scale: 'linear',
    });
    y = axisTop + type.small * type.lineHeight + rowGap;
  }

  // A key to the marker shapes, so that shape alone tells before from after and better from worse.
  const keyItems: { symbol: SymbolKind; tone: Tone; text: string }[] = [{ symbol: 'ring', tone: 'text', text: locale === 'ja' ? '前' : 'before' }];
  const kinds = new Set(doc.series.map((s) => getChangeVerdict(s).kind));
  if (kinds.has('improved')) keyItems.push({ symbol: 'circle', tone: 'improved', text: locale === 'ja' ? '後（改善）' : 'after (improved)' });
  if (kinds.has('worsened')) keyItems.push({ symbol: 'cross', tone: 'worsened', text: locale === 'ja' ? '後（悪化）' : 'after (worsened)' });
  if (kinds.has('increase') || kinds.has('decrease') || kinds.has('unchanged')) keyItems.push({ symbol: 'diamond', tone: 'neutral', text: locale === 'ja' ? '後' : 'after' });
  let kx = pad + r;
  let ky = y - rowGap + 8 + type.small * 0.7;
  for (const item of keyItems) {
    const tw = ctx.widthOf(item.text, type.small);
    if (kx + 2 * r + 6 + tw > width - pad && kx > pad + r) {
      kx = pad + r;
      ky += type.small * type.lineHeight + 4;
    }
    annotations.push({ kind: 'symbol', x: round1(kx), y: round1(ky), r: Math.round(r * 0.8), symbol: item.symbol, tone: item.tone });
    annotations.push(makeText(ctx, { text: item.text, x: round1(kx + r + 6), top: ky - (type.small * type.lineHeight) / 2, size: type.small, maxWidth: width, tone: 'text' }));
    kx += r + 6 + tw + 20;
  }
  const height = Math.ceil(ky + type.small + pad);
  return { chart: 'change', width, height, fontSize: type.base, marks, axes, annotations, statements };
}
