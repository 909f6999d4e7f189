/**
 * Words for the effect chart's marks: the accessible name of each bar or dumbbell, worded from
 * the document's series (the layout carries shapes and which series each mark draws). Pure.
 *
 * - proportions: `EGFR変異あり: 奏効率 76.4%、95%信頼区間 69.2%〜87.7%、n=55、…` with each
 *   category's share, the unknown split, and (three or more groups) the difference from the first;
 * - change: `一次売差: 平成24年度 −2.4%から平成28年度 −3.1%へ、−0.7ポイント（悪化）`, a derived
 *   point marked 算出値;
 * - magnitude: `2003年: 約30億ドル（3,000,000,000ドル）`, and whether the value is derived.
 *
 * And the comparisons a chart states, one sentence each (the slide notes of a deck).
 */
import { DERIVED, summarizeEffect } from '../../data/effect-summary.js';
import type { ChangeDocument, EffectDocument, Locale, MagnitudeDocument, ProportionsDocument } from '../../data/types.js';
import { formatPercent } from '../../format/number.js';
import { formatNumber } from '../../format/counts.js';
import { describeChange, formatChangePoint, unitOf } from './layout/change.js';
import { formatMagnitude } from './layout/magnitude.js';
import {
  againstLines,
  comparePairs,
  compareProportions,
  compareWithFirst,
  describeAgainstFirst,
  describeComparison,
  describePair,
  getSeriesInterval,
  splitProportion,
} from './layout/proportions.js';
import type { EffectLayout } from './layout/shapes.js';
import { EFFECT_NAMES, PROPORTIONS_WORDS } from './words.js';

/** What a bar of a proportions chart says: value, interval and n, each category, the difference from the first group. */
function describeProportion(doc: ProportionsDocument, index: number, locale: Locale): string {
  const series = doc.series[index]!;
  const w = PROPORTIONS_WORDS[locale];
  const W = EFFECT_NAMES[locale];
  const pct = (v: number) => formatPercent(v, { locale });
  const measure = doc.measure ? `${doc.measure} ` : '';
  const parts = [`${series.label}: ${measure}${pct(series.value)}${series.derived ? DERIVED[locale] : ''}`];
  const interval = getSeriesInterval(series);
  if (interval && series.n !== undefined) parts.push(`${w.ci(pct(interval.lower), pct(interval.upper))}${W.listSep}${w.n(formatNumber(series.n, { locale }))}`);
  if (series.categories.length > 0) {
    for (const segment of splitProportion(series, locale)) {
      const share = pct(segment.end - segment.start);
      parts.push(segment.kind === 'unknown' ? `${w.unknownOf(segment.label)} ${w.total(share)}` : `${segment.label} ${share}`);
    }
  }
  // Three or more groups: the comparison with the first, as drawn under the bar; then each
  // pair asked for (`comparisons`) that the group is in, as listed under the axis.
  const vsFirst = compareWithFirst(doc).find((c) => c.index === index);
  if (vsFirst) parts.push(...againstLines(doc.series[0]!.label, vsFirst, locale));
  for (const pair of comparePairs(doc)) if (pair.a === index || pair.b === index) parts.push(describePair(doc, pair, locale));
  return parts.join(W.sep);
}

/** What a dumbbell of a change chart says: from before to after, then the change and its verdict. */
function describeChangeSeries(doc: ChangeDocument, index: number, locale: Locale): string {
  const s = doc.series[index]!;
  const W = EFFECT_NAMES[locale];
  const unit = unitOf(s, doc);
  const point = (side: 'before' | 'after') => `${s[side].label} ${formatChangePoint(s, side, unit, locale)}`;
  const before = point('before');
  const after = point('after');
  return `${s.label}: ${W.fromTo(before, after)}${W.sep}${describeChange(s, unit, locale)}`;
}

/** What a mark of a magnitude chart says: the value as the source writes it, the number, and whether it is derived. */
function describeMagnitudeSeries(doc: MagnitudeDocument, index: number, locale: Locale): string {
  const s = doc.series[index]!;
  const W = EFFECT_NAMES[locale];
  const numeric = formatMagnitude(s.value, doc.unit, locale);
  const spoken = s.display && s.display !== numeric ? W.shownAs(s.display, numeric) : numeric;
  return `${s.label}: ${spoken}${s.derived ? W.derived : ''}`;
}

/** The accessible name of the mark of series `index`. */
export function describeEffectSeries(options: { doc: EffectDocument; index: number; locale: Locale }): string {
  const { doc, index, locale } = options;
  switch (doc.chart) {
    case 'proportions':
      return describeProportion(doc, index, locale);
    case 'change':
      return describeChangeSeries(doc, index, locale);
    case 'magnitude':
      return describeMagnitudeSeries(doc, index, locale);
  }
}

/** Accessible names of every mark of a layout, by mark id (`series-0`). */
export function describeEffectMarks(options: { doc: EffectDocument; layout: EffectLayout; locale: Locale }): Map<string, string> {
  const { doc, layout, locale } = options;
  return new Map(layout.marks.map((mark) => [mark.id, describeEffectSeries({ doc, index: mark.seriesIndex, locale })]));
}

/** A proportions chart's comparisons: each pair asked for, each group against the first (three or more groups), or the difference of two groups. */
function stateProportions(doc: ProportionsDocument, locale: Locale): string[] {
  const first = doc.series[0]?.label ?? '';
  const statements = comparePairs(doc).map((pair) => describePair(doc, pair, locale));
  for (const c of compareWithFirst(doc)) statements.push(`${doc.series[c.index]!.label}: ${describeAgainstFirst(first, c, locale)}`);
  const comparison = compareProportions(doc);
  if (comparison && doc.series.length === 2) statements.push(`${first} − ${doc.series[1]!.label}: ${describeComparison(comparison, locale)}`);
  return statements;
}

/**
 * The comparisons the chart states, one sentence each, as drawn (the slide notes of a deck):
 * proportions `群A − 群B: 差 +20.0ポイント（1.3倍）…`; change `一次売差: −0.7ポイント（悪化）` per
 * series; magnitude the comparison of its values (`2016年は2003年の約300万分の1`).
 */
export function describeEffectStatements(options: { doc: EffectDocument; locale: Locale }): string[] {
  const { doc, locale } = options;
  switch (doc.chart) {
    case 'proportions':
      return stateProportions(doc, locale);
    case 'change':
      return doc.series.map((s) => `${s.label}: ${describeChange(s, unitOf(s, doc), locale)}`);
    case 'magnitude': {
      const facts = summarizeEffect(doc, { locale }).facts;
      const statement = facts.chart === 'magnitude' ? facts.comparison?.statement : undefined;
      return statement ? [statement] : [];
    }
  }
}
