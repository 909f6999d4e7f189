/**
 * `layoutProportions`: one horizontal bar per group on a 0–100% axis. Pure; runs in Node.
 *
 * - The value is written on the bar; with `n`, a 95% Wilson interval is drawn as a whisker.
 * - Categories split the bar; the share the data does not give is one hatched "unknown" part,
 *   labelled with the names of the categories it holds (不変・増悪: 内訳不明), never spread
 *   over them.
 * - With two groups, the difference is drawn as a span between the bars and stated in points
 *   and as a ratio, with Newcombe's interval when both groups have `n`.
 * - With three or more, each group's difference from the first is stated under its bar; with
 *   `comparisons: "pairwise"` or a list of pairs, those differences are listed under the axis
 *   instead (each also in both groups' accessible names).
 */
import { scaleLinear } from '../../../kit/scale.js';
import type { Locale, ProportionSeries, ProportionsDocument } from '../../../data/types.js';
import { newcombeDifference, wilsonInterval, type Interval } from '../../../data/stats.js';
import { DERIVED } from '../../../data/effect-summary.js';
import { formatPercent } from '../../../format/number.js';
import { formatPoints, formatRatio, formatNumber } from '../../../format/counts.js';
import {
  finishLayout,
  makeMark,
  makeText,
  round1,
  startLayout,
  textHeight,
  type EffectLayoutOptions,
  type LayoutStart,
} from './common.js';
import type { AxisLayout, EffectLayout, EffectMark, Shape } from './shapes.js';
import { EFFECT_COMPARE_WORDS, PROPORTIONS_WORDS as WORDS } from '../words.js';

/** A share the data does not split (1 − the named categories' shares), below this, is not drawn. */
const UNKNOWN_EPSILON = 0.0005;


/** One part of a bar: a named category with its share, or the unknown remainder. */
export interface ProportionSegment {
  /** The category's label, or the labels of the categories whose split is unknown. */
  label: string;
  /** `known`: a category with a value; `unknown`: the share the data does not split. */
  kind: 'known' | 'unknown';
  start: number;
  end: number;
  /** Index of the category in the series (known segments only). */
  categoryIndex?: number;
}

/**
 * Splits a series' bar: named categories with values in their order, then the remainder as
 * one unknown part (holding the categories without values). No categories: the value alone.
 */
export function splitProportion(series: ProportionSeries, locale: Locale): ProportionSegment[] {
  if (series.categories.length === 0) return [{ label: series.label, kind: 'known', start: 0, end: series.value }];
  const segments: ProportionSegment[] = [];
  let at = 0;
  series.categories.forEach((category, categoryIndex) => {
    if (category.value === undefined) return;
    segments.push({ label: category.label, kind: 'known', start: at, end: at + category.value, categoryIndex });
    at += category.value;
  });
  const rest = 1 - at;
  if (rest > UNKNOWN_EPSILON) {
    const names = series.categories.filter((c) => c.value === undefined).map((c) => c.label);
    segments.push({
      label: names.length ? names.join(WORDS[locale].listSep) : WORDS[locale].unknown,
      kind: 'unknown',
      start: at,
      end: 1,
    });
  }
  return segments;
}

/** The 95% Wilson interval of a series, when it has `n`. */
export function getSeriesInterval(series: ProportionSeries): Interval | undefined {
  return series.n === undefined ? undefined : wilsonInterval({ share: series.value, n: series.n });
}

/** The comparison of the first two groups: difference, ratio and (with both `n`) its interval. */
export interface ProportionComparison {
  /** first − second, as a share. */
  difference: number;
  /** higher / lower; undefined when the lower is 0. */
  ratio?: number;
  interval?: Interval;
}

/** Compares the first two groups. */
export function compareProportions(doc: ProportionsDocument): ProportionComparison | undefined {
  const [a, b] = doc.series;
  if (!a || !b) return undefined;
  const hi = Math.max(a.value, b.value);
  const lo = Math.min(a.value, b.value);
  const interval =
    a.n !== undefined && b.n !== undefined
      ? newcombeDifference({ p1: a.value, n1: a.n, p2: b.value, n2: b.n })
      : undefined;
  return {
    difference: a.value - b.value,
    ratio: lo > 0 ? hi / lo : undefined,
    interval: interval ? { lower: interval.lower, upper: interval.upper } : undefined,
  };
}

/** One group (from the second on) against the first: `difference` is group − first. */
export interface GroupComparison extends ProportionComparison {
  /** Index of the group compared with the first. */
  index: number;
}

/**
 * With three or more groups, every comparison the data supports: each group from the second on
 * against the first (group − first, the ratio group / first, Newcombe's interval when both
 * have `n`). Two groups: see {@link compareProportions}. Fewer than three: empty.
 */
export function compareWithFirst(doc: ProportionsDocument): GroupComparison[] {
  const [first, ...rest] = doc.series;
  if (!first || rest.length < 2 || (doc.comparisons ?? 'first') !== 'first') return [];
  return rest.map((group, i) => {
    const interval =
      group.n !== undefined && first.n !== undefined ? newcombeDifference({ p1: group.value, n1: group.n, p2: first.value, n2: first.n }) : undefined;
    return {
      index: i + 1,
      difference: group.value - first.value,
      ...(first.value > 0 ? { ratio: group.value / first.value } : {}),
      ...(interval ? { interval: { lower: interval.lower, upper: interval.upper } } : {}),
    };
  });
}

/** Two groups compared on request (`comparisons`): `difference` is a − b, the ratio a / b. */
export interface PairComparison extends ProportionComparison {
  /** Index of the first group named. */
  a: number;
  /** Index of the second group named. */
  b: number;
}

/**
 * With three or more groups and `comparisons` set to `"pairwise"` (every pair, earlier − later)
 * or to a list of pairs: each pair's difference a − b, the ratio a / b and Newcombe's interval
 * when both groups have `n`. Each group against the first (the default): see
 * {@link compareWithFirst}; here empty.
 */
export function comparePairs(doc: ProportionsDocument): PairComparison[] {
  const { series, comparisons } = doc;
  if (series.length < 3 || comparisons === undefined || comparisons === 'first') return [];
  const pairs =
    comparisons === 'pairwise'
      ? series.flatMap((_, a) => series.flatMap((__, b) => (a < b ? [{ a, b }] : [])))
      : comparisons.map(({ a, b }) => ({ a, b }));
  return pairs.flatMap(({ a, b }) => {
    const x = series[a];
    const y = series[b];
    if (!x || !y) return [];
    const interval = x.n !== undefined && y.n !== undefined ? newcombeDifference({ p1: x.value, n1: x.n, p2: y.value, n2: y.n }) : undefined;
    return [
      {
        a,
        b,
        difference: Number((x.value - y.value).toPrecision(12)),
        ...(y.value > 0 ? { ratio: x.value / y.value } : {}),
        ...(interval ? { interval: { lower: interval.lower, upper: interval.upper } } : {}),
      },
    ];
  });
}

/** A pair in words: `群A − 群B：+15.0ポイント（1.3倍）, then its interval`. */
export function describePair(doc: ProportionsDocument, pair: PairComparison, locale: Locale): string {
  const a = doc.series[pair.a]?.label ?? '';
  const b = doc.series[pair.b]?.label ?? '';
  return EFFECT_COMPARE_WORDS[locale].pair(a, b, describeGroupDifference({ ...pair, index: pair.a }, locale));
}

/** A group against the first: `変異検索なしとの差 −48.9ポイント（0.36倍）`, en `vs A: −48.9 pts (0.36×)`, with its interval. */
export function describeAgainstFirst(firstLabel: string, comparison: GroupComparison, locale: Locale): string {
  return `${WORDS[locale].against(firstLabel)} ${describeGroupDifference(comparison, locale)}`;
}

/** The drawn lines of a comparison with the first group: the difference, then its interval (describe.ts names the bar with them too). */
export function againstLines(firstLabel: string, comparison: GroupComparison, locale: Locale): string[] {
  const { interval, ...rest } = comparison;
  const head = describeAgainstFirst(firstLabel, rest, locale);
  return interval ? [head, describeDifferenceInterval(interval, locale)] : [head];
}

/** The difference from the first group without naming it: `−48.9ポイント（0.36倍）`, with its interval. */
export function describeGroupDifference(comparison: GroupComparison, locale: Locale): string {
  let text = formatPoints(toPoints(comparison.difference), { locale });
  if (comparison.ratio !== undefined) {
    const ratio = formatRatio(comparison.ratio, { locale, digits: comparison.ratio < 1 ? 2 : 1 });
    text += locale === 'ja' ? `（${ratio}）` : ` (${ratio})`;
  }
  if (comparison.interval) text += `${WORDS[locale].sep}${describeDifferenceInterval(comparison.interval, locale)}`;
  return text;
}

/** A share as points (0.489 → 48.9), through a decimal string so 0.489 does not become 48.900000001. */
function toPoints(share: number): number {
  return Number(`${share}e2`);
}

/** The difference with its ratio: `差 +48.9ポイント（2.8倍）`, en `Difference +48.9 pts (2.8×)`. */
export function describeDifference(comparison: ProportionComparison, locale: Locale): string {
  const text = `${WORDS[locale].difference} ${formatPoints(toPoints(comparison.difference), { locale })}`;
  if (comparison.ratio === undefined) return text;
  const ratio = formatRatio(comparison.ratio, { locale });
  return locale === 'ja' ? `${text}（${ratio}）` : `${text} (${ratio})`;
}

/** The difference's 95% interval: `95%信頼区間 37.5〜58.3ポイント`, en `95% CI 37.5 to 58.3 pts`. */
export function describeDifferenceInterval(interval: Interval, locale: Locale): string {
  const signed = interval.lower < 0;
  const lo = formatPoints(toPoints(interval.lower), { locale, signed }).replace(/ポイント$| pts$/, '');
  const hi = formatPoints(toPoints(interval.upper), { locale, signed });
  return WORDS[locale].ci(lo, hi);
}

/** The whole stated comparison, difference, ratio and interval, in one line. */
export function describeComparison(comparison: ProportionComparison, locale: Locale): string {
  const text = describeDifference(comparison, locale);
  if (!comparison.interval) return text;
  return `${text}${WORDS[locale].sep}${describeDifferenceInterval(comparison.interval, locale)}`;
}

interface RowContext {
  start: LayoutStart;
  width: number;
  locale: Locale;
  x: (v: number) => number;
  left: number;
  right: number;
  gridTicks: number[];
}

/** Lays out one group's label, bar, whisker and segment labels, starting at `top`. */
function layoutRow(
  doc: ProportionsDocument,
  series: ProportionSeries,
  index: number,
  top: number,
  rc: RowContext,
  against?: string[],
): { mark: EffectMark; bottom: number; barY: number; barHeight: number } {
  const { start, locale, x, left, right } = rc;
  const { ctx, type } = start;
  const w = WORDS[locale];
  const shapes: Shape[] = [];
  const plotWidth = right - left;
  const labelText = series.n === undefined ? series.label : `${series.label}${locale === 'ja' ? '（' : ' ('}${w.n(formatNumber(series.n, { locale }))}${locale === 'ja' ? '）' : ')'}`;
  const label = makeText(ctx, { text: labelText, x: left, top, size: type.base, maxWidth: plotWidth, bold: true });
  shapes.push(label);
  const barY = top + textHeight(label) + 4;
  const barHeight = Math.max(Math.round(type.base * 1.5), Math.round(type.base * 2.2 * start.band));
  const midY = barY + barHeight / 2;
  const interval = getSeriesInterval(series);
  const segments = splitProportion(series, locale);
  const pct = (v: number) => formatPercent(v, { locale });

  // The whole (0–100%) as an outlined track, so every bar is read against the same total.
  shapes.push({ kind: 'rect', x: x(0), y: barY, width: x(1) - x(0), height: barHeight, fill: { type: 'track' }, outline: true });
  for (const tick of rc.gridTicks) {
    const gx = round1(x(tick));
    shapes.push({ kind: 'line', x1: gx, y1: barY, x2: gx, y2: barY + barHeight, tone: 'grid', strokeWidth: 1 });
  }
  const knownBelow: string[] = [];
  let unknownBelow = '';
  const whiskerLo = interval ? x(interval.lower) : Infinity;
  for (const segment of segments) {
    const sx = x(segment.start);
    const sw = x(segment.end) - sx;
    // A derived share is an unfilled bar with a dashed outline.
    const derived = series.derived && segment.kind === 'known';
    const fill = segment.kind === 'unknown' ? ({ type: 'unknown' } as const) : derived ? ({ type: 'track' } as const) : ({ type: 'series', index: segment.categoryIndex ?? 0 } as const);
    shapes.push({ kind: 'rect', x: round1(sx), y: barY, width: round1(sw), height: barHeight, fill, outline: true, ...(derived ? { dash: '6 4' } : {}) });
    const share = pct(segment.end - segment.start);
    if (segment.kind === 'unknown') {
      unknownBelow = `${w.unknownOf(segment.label)} ${w.total(share)}`;
      continue;
    }
    const text = `${series.categories.length ? `${segment.label} ${share}` : share}${series.derived ? DERIVED[locale] : ''}`;
    const textWidth = ctx.widthOf(text, type.base, true);
    const smallWidth = ctx.widthOf(text, type.small, true);
    // Inside the part, left-aligned, when it fits and clears the whisker (at the small size if need be).
    const limit = Math.min(sx + sw, whiskerLo) - 6;
    const insideSize = sx + 8 + textWidth <= limit ? type.base : sx + 6 + smallWidth <= limit ? type.small : undefined;
    if (insideSize !== undefined) {
      const inset = insideSize === type.base ? 8 : 6;
      const width = insideSize === type.base ? textWidth : smallWidth;
      shapes.push(makeText(ctx, { text, x: sx + inset, top: midY - (insideSize * type.lineHeight) / 2, size: insideSize, maxWidth: width + 1, bold: true, tone: series.derived ? 'text' : 'on-fill' }));
    } else if (series.categories.length === 0) {
      // A short bar: the value goes right of the bar and its whisker.
      const after = Math.max(sx + sw, interval ? x(interval.upper) : 0) + 8;
      const fitsRight = after + textWidth <= right;
      shapes.push(
        makeText(ctx, {
          text,
          x: fitsRight ? after : left + 4,
          top: fitsRight ? midY - (type.base * type.lineHeight) / 2 : barY + barHeight + 2,
          size: type.base,
          maxWidth: textWidth + 1,
          bold: true,
        }),
      );
    } else {
      knownBelow.push(text);
    }
  }
  // With categories, the group's value is marked on the bar when no part ends at it
  // (e.g. 奏効率 counted over two named categories), so the drawing shows every stated figure.
  if (series.categories.length && series.value > UNKNOWN_EPSILON && !segments.some((seg) => Math.abs(seg.end - series.value) < UNKNOWN_EPSILON)) {
    const vx = round1(x(series.value));
    shapes.push({ kind: 'line', x1: vx, y1: barY - 3, x2: vx, y2: barY + barHeight + 3, tone: 'text', strokeWidth: 3 });
    knownBelow.unshift(w.valueLine(doc.measure ?? w.value, pct(series.value)));
  }
  if (interval) {
    const cap = barHeight * 0.3;
    const x1 = round1(x(interval.lower));
    const x2 = round1(x(interval.upper));
    shapes.push({ kind: 'line', x1, y1: midY, x2, y2: midY, tone: 'text', strokeWidth: 2 });
    shapes.push({ kind: 'line', x1, y1: midY - cap, x2: x1, y2: midY + cap, tone: 'text', strokeWidth: 2 });
    shapes.push({ kind: 'line', x1: x2, y1: midY - cap, x2, y2: midY + cap, tone: 'text', strokeWidth: 2 });
  }
  let bottom = barY + barHeight;
  const lastText = shapes[shapes.length - 1];
  if (lastText && lastText.kind === 'text' && lastText.y > bottom) bottom = lastText.y + type.base * 0.4;
  if (knownBelow.length) {
    const note = makeText(ctx, { text: knownBelow.join(w.sep), x: left, top: bottom + 4, size: type.small, maxWidth: right - left, tone: 'text' });
    shapes.push(note);
    bottom += 4 + textHeight(note);
  }
  if (unknownBelow) {
    // The hatched swatch before the words ties them to the hatched part of the bar.
    const swatch = Math.round(type.small * 0.9);
    const textLeft = left + swatch + 6;
    const note = makeText(ctx, { text: unknownBelow, x: textLeft, top: bottom + 4, size: type.small, maxWidth: right - textLeft, tone: 'text' });
    shapes.push({ kind: 'rect', x: left, y: round1(bottom + 4 + (note.lineHeight - swatch) / 2), width: swatch, height: swatch, fill: { type: 'unknown' }, outline: true });
    shapes.push(note);
    bottom += 4 + textHeight(note);
  }
  if (against) {
    // The comparison with the first group, under the bar (three or more groups): the
    // difference in bold, its interval on a line of its own.
    against.forEach((line, i) => {
      const note = makeText(ctx, { text: line, x: left, top: bottom + (i ? 0 : 4), size: i ? type.small : type.base, maxWidth: right - left, bold: i === 0, tone: 'text' });
      shapes.push(note);
      bottom += (i ? 0 : 4) + textHeight(note);
    });
  }
  const mark: EffectMark = makeMark(start, rc.width, { index, label: series.label, top, bottom, shapes });
  return { mark, bottom, barY, barHeight };
}

/** Lays out a proportions chart for a width. */
export function layoutProportions(options: EffectLayoutOptions<ProportionsDocument>): EffectLayout {
  const { doc, width, locale } = options;
  const start = startLayout(options);
  const { ctx, type, pad, spacing, marks, annotations } = start;
  const left = pad;
  // Room on the right for the last tick label (100%) to sit centred on its tick.
  const right = width - pad - Math.ceil(ctx.widthOf('100%', type.small) / 2);
  const x = scaleLinear([0, 1], [left, right]);
  const gridTicks = width < 480 ? [0.25, 0.5, 0.75] : [0.2, 0.4, 0.6, 0.8];
  const rc: RowContext = { start, width, locale, x, left, right, gridTicks };
  const comparison = compareProportions(doc);
  const against = compareWithFirst(doc);
  const pairs = comparePairs(doc);
  const rowGap = Math.round(type.base * 0.9 * spacing);
  let y = pad;
  let lastBarBottom = y;

  doc.series.forEach((series, index) => {
    const vsFirst = against.find((c) => c.index === index);
    const row = layoutRow(doc, series, index, y, rc, vsFirst ? againstLines(doc.series[0]!.label, vsFirst, locale) : undefined);
    marks.push(row.mark);
    lastBarBottom = row.barY + row.barHeight;
    y = row.bottom + rowGap;
    if (index === 0 && doc.series.length === 2 && comparison) {
      // The difference as a length on the same axis, between the two bars.
      const [a, b] = doc.series as [ProportionSeries, ProportionSeries];
      const x1 = round1(x(Math.min(a.value, b.value)));
      const x2 = round1(x(Math.max(a.value, b.value)));
      const text = describeDifference(comparison, locale);
      const tw = ctx.widthOf(text, type.base, true);
      const tx = Math.min(Math.max((x1 + x2) / 2, left + tw / 2), right - tw / 2);
      const label = makeText(ctx, { text, x: round1(tx), top: y - rowGap / 2, size: type.base, maxWidth: right - left, anchor: 'middle', bold: true });
      const lineY = round1(y - rowGap / 2 + textHeight(label) + 6);
      annotations.push(label);
      annotations.push({ kind: 'line', x1, y1: lineY, x2, y2: lineY, tone: 'text', strokeWidth: 1.5 });
      for (const ex of [x1, x2]) annotations.push({ kind: 'line', x1: ex, y1: lineY - 5, x2: ex, y2: lineY + 5, tone: 'text', strokeWidth: 1.5 });
      let spanBottom = lineY + 6;
      if (comparison.interval) {
        const ciText = describeDifferenceInterval(comparison.interval, locale);
        const cw = ctx.widthOf(ciText, type.small);
        const cx = Math.min(Math.max((x1 + x2) / 2, left + cw / 2), right - cw / 2);
        const ci = makeText(ctx, { text: ciText, x: round1(cx), top: lineY + 6, size: type.small, maxWidth: right - left, anchor: 'middle', tone: 'text' });
        annotations.push(ci);
        spanBottom += textHeight(ci);
      }
      y = spanBottom + 4 + rowGap / 2;
    }
  });

  const tickValues = [0, ...gridTicks, 1];
  // Grid lines are drawn inside each bar's empty track (see layoutRow), not across the labels.
  const axisTop = Math.max(y - rowGap, lastBarBottom) + 4;
  const axis: AxisLayout = {
    y: round1(axisTop + 4 + type.small),
    x1: left,
    x2: right,
    gridTop: axisTop,
    gridBottom: axisTop + 4,
    // The 0% label starts at its tick when centring it would cut it at the edge (narrow padding).
    ticks: tickValues.map((value) => {
      const label = formatPercent(value, { locale, digits: 0 });
      const cut = value === 0 && x(0) - ctx.widthOf(label, type.small) / 2 < 2;
      return { value, x: round1(x(value)), label, ...(cut ? { anchor: 'start' as const } : {}) };
    }),
    tickSize: type.small,
    scale: 'linear',
  };
  let bottom = axisTop + 4 + type.small * type.lineHeight;
  if (doc.measure) {
    const title = makeText(ctx, { text: doc.measure, x: left, top: bottom, size: type.small, maxWidth: right - left, tone: 'muted' });
    axis.title = title;
    bottom += textHeight(title);
  }
  if (pairs.length) {
    // The pairs asked for, under the axis: a heading, then each difference (bold) with its
    // interval on a line of its own.
    const heading = makeText(ctx, { text: EFFECT_COMPARE_WORDS[locale].heading, x: left, top: bottom + 8, size: type.small, maxWidth: right - left, tone: 'muted' });
    annotations.push(heading);
    bottom += 8 + textHeight(heading);
    pairs.forEach((pair) => {
      const { interval, ...rest } = pair;
      const head = makeText(ctx, { text: describePair(doc, rest, locale), x: left, top: bottom + 4, size: type.base, maxWidth: right - left, bold: true });
      annotations.push(head);
      bottom += 4 + textHeight(head);
      if (interval) {
        const ci = makeText(ctx, { text: describeDifferenceInterval(interval, locale), x: left, top: bottom, size: type.small, maxWidth: right - left });
        annotations.push(ci);
        bottom += textHeight(ci);
      }
    });
  }
  return finishLayout('proportions', width, bottom + pad, start, [axis]);
}
