/**
 * The one-sentence summary of an effect document, for screen readers (the chart's accessible
 * description) and for anyone who wants the figures stated: what is compared, by how much, and
 * (for a change with `better`) whether it improved. Also the facts the sentence is built from,
 * so the element and its table state the same numbers.
 *
 * Pure, Node-safe. Numbers are written with src/format/number.ts (true minus U+2212).
 *
 * - proportions, two groups: 「EGFR変異ありの奏効率は76.4%で、変異検索なしの27.5%より
 *   48.9ポイント高い（2.8倍）。」: the first group against the second, in data order. With `n`
 *   on both, the 95% interval of the difference (Newcombe) is added. Other counts: each group's
 *   share, then the highest and lowest.
 * - change: per series, 「妥結率は43.5%（平成24年9月）から93.1%（平成28年9月）へ49.6ポイント
 *   上昇し、改善した。」; with `better` the direction is judged (改善/悪化), without it not.
 *   Differences of values in `%` are in points (ポイント).
 * - magnitude: the first against the second (or the largest against the smallest), as a
 *   fraction when it is smaller (300万分の1) and as a ratio when larger (50倍).
 */
import { maxIndex, minIndex } from './extent.js';
import { formatPercent } from '../format/number.js';
import { formatCount, formatFraction, formatNumber, formatPoints, formatRatio } from '../format/counts.js';
import { newcombeDifference, shouldUseLog, wilsonInterval, type DifferenceInterval, type Interval } from './stats.js';
import type {
  ChangeDocument,
  ChangeSeries,
  EffectBetter,
  EffectDocument,
  Locale,
  MagnitudeDocument,
  MagnitudeSeries,
  ProportionsDocument,
} from './types.js';

/** One proportions group as summarised. */
export interface ProportionFact {
  label: string;
  /** Share in 0..1. */
  share: number;
  /** The share as shown (`76.4%`). */
  text: string;
  n?: number;
  /** 95% Wilson interval, when `n` is given. */
  interval?: Interval;
  /** The share the categories leave unknown (categories without a value), 0..1; 0 when all known. */
  unknownShare: number;
}

/** Two proportions groups compared: `first` minus `second`. */
export interface ProportionComparison {
  first: string;
  second: string;
  /** Difference in percentage points (`48.9`). */
  points: number;
  /** `first / second`; absent when `second` is 0. */
  ratio?: number;
  /** 95% Newcombe interval of the difference in points, when both groups give `n`. */
  interval?: { lower: number; upper: number };
}

/** One change series as summarised. */
export interface ChangeFact {
  label: string;
  before: number;
  after: number;
  /** `after − before`, rounded to the precision the values are written with. */
  delta: number;
  unit?: string;
  /** Whether the difference is in percentage points (the unit is `%`). */
  inPoints: boolean;
  direction: 'up' | 'down' | 'same';
  better?: EffectBetter;
  /** With `better`: whether the change is an improvement (`undefined` without `better` or when unchanged). */
  improved?: boolean;
  /** Values and difference as shown: `43.5%`, `93.1%`, `+49.6ポイント`. */
  beforeText: string;
  afterText: string;
  deltaText: string;
}

/** A magnitude comparison: `to` against `from`. */
export interface MagnitudeFact {
  from: { label: string; value: number; text: string };
  to: { label: string; value: number; text: string };
  /** `to.value / from.value`. */
  ratio: number;
  /** `300万分の1` or `50倍` (ja), `1/3,000,000` or `50×` (en); 2 significant figures, 約 when rounded. */
  factorText: string;
  /**
   * The comparison in words, never an arrow: 「2016年は2003年の約680分の1」, en `2016年 is about
   * 1/680 of 2003年`; empty without a factor.
   */
  statement: string;
  scale: 'log' | 'linear';
}

/** The facts behind a summary, by chart. */
export type EffectFacts =
  | { chart: 'proportions'; groups: ProportionFact[]; comparison?: ProportionComparison }
  | { chart: 'change'; series: ChangeFact[] }
  | { chart: 'magnitude'; comparison?: MagnitudeFact; scale: 'log' | 'linear' };

/** A summary: one sentence (or one per change series) and its facts. */
export interface EffectSummary {
  sentence: string;
  facts: EffectFacts;
}

/** Options of {@link summarizeEffect}. */
export interface SummarizeEffectOptions {
  locale: Locale;
}

/**
 * Summarises a parsed effect document in one sentence in the given locale, with the facts it
 * states. Labels are used as written in the data (a Japanese label stays Japanese in an English
 * sentence: the data, not the library, would need to translate it).
 */
export function summarizeEffect(doc: EffectDocument, options: SummarizeEffectOptions): EffectSummary {
  const { locale } = options;
  switch (doc.chart) {
    case 'proportions':
      return summarizeProportions(doc, locale);
    case 'change':
      return summarizeChange(doc, locale);
    case 'magnitude':
      return summarizeMagnitude(doc, locale);
  }
}

// ------------------------------------------------------------------- helpers

/** Rounds float noise away: 93.1 − 43.5 → 49.6 at the written precision. */
function roundTo(value: number, digits: number): number {
  const r = Number(value.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** Decimal places a number is written with (`43.5` → 1), capped at 3. */
function decimalsOf(value: number): number {
  const s = String(Math.abs(value));
  if (/e/i.test(s)) return 3;
  return Math.min(3, s.split('.')[1]?.length ?? 0);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A ratio with the digits it needs: 50 → `50倍`, 2.778 → `2.8倍` (en `50×`, `2.8×`). */
function ratioText(ratio: number, locale: Locale): string {
  const digits = Number.isInteger(roundTo(ratio, 1)) && ratio >= 10 ? 0 : 1;
  return formatRatio(ratio, { locale, digits });
}

/** A ratio for an English sentence: `2.8 times`. */
function timesText(ratio: number): string {
  const digits = Number.isInteger(roundTo(ratio, 1)) && ratio >= 10 ? 0 : 1;
  return `${formatNumber(ratio, { locale: 'en', digits })} times`;
}

/** Rounds to `digits` significant figures (678.3 → 680, 2.778 → 2.8, 3,000,000 stays). */
export function roundSignificant(value: number, digits = 2): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const power = Math.floor(Math.log10(Math.abs(value))) + 1 - digits;
  // Divide by a power of ten written exactly (10 ** -1 is not 0.1 exactly).
  return power >= 0 ? Math.round(value / 10 ** power) * 10 ** power : Math.round(value * 10 ** -power) / 10 ** -power;
}

/** Words that say a displayed value is approximate (約1000ドル, 400万人規模, about 2 million). */
const APPROXIMATE = /約|程度|規模|およそ|ほぼ|\babout\b|\bapprox|~|〜/i;

/**
 * A magnitude factor to what two values support: two significant figures (13年間 vs 1週間 is
 * 678.3 → 「約680分の1」), 約 / about when that rounds or when either value is approximate.
 */
function factorText(ratio: number, approximate: boolean, locale: Locale): string {
  const factor = ratio < 1 ? 1 / ratio : ratio;
  const rounded = roundSignificant(factor, 2);
  const approx = approximate || Math.abs(rounded - factor) > 1e-9 * factor;
  const text = ratio < 1 ? formatFraction(rounded, { locale }) : formatRatio(rounded, { locale, digits: Number.isInteger(rounded) ? 0 : 1 });
  if (!approx) return text;
  return locale === 'ja' ? `約${text}` : `about ${text}`;
}

/** Points for a sentence: ja `48.9ポイント`, en `48.9 points`. */
function pointsText(points: number, locale: Locale, digits = 1): string {
  if (locale === 'ja') return formatPoints(Math.abs(points), { locale, digits, signed: false });
  return `${formatNumber(Math.abs(points), { locale, digits })} ${roundTo(Math.abs(points), digits) === 1 ? 'point' : 'points'}`;
}

// --------------------------------------------------------------- proportions

function proportionFact(series: ProportionsDocument['series'][number], locale: Locale): ProportionFact {
  const known = series.categories.reduce((sum, c) => sum + (c.value ?? 0), 0);
  const anyUnknown = series.categories.some((c) => c.value === undefined);
  return {
    label: series.label,
    share: series.value,
    text: `${formatPercent(series.value, { locale })}${series.derived ? DERIVED[locale] : ''}`,
    ...(series.n !== undefined ? { n: series.n, interval: wilsonInterval({ share: series.value, n: series.n }) } : {}),
    unknownShare: anyUnknown ? Math.max(0, roundTo(1 - known, 12)) : 0,
  };
}

function summarizeProportions(doc: ProportionsDocument, locale: Locale): EffectSummary {
  const groups = doc.series.map((s) => proportionFact(s, locale));
  const measure = doc.measure;
  const [a, b] = groups;
  if (!a) return { sentence: '', facts: { chart: 'proportions', groups } };

  if (groups.length === 1 || !b) {
    const sentence =
      locale === 'ja'
        ? `${a.label}${measure ? `の${measure}` : ''}は${a.text}。`
        : `${capitalise(measure ? `${measure} for ${a.label}` : a.label)} is ${a.text}.`;
    return { sentence, facts: { chart: 'proportions', groups } };
  }

  if (groups.length > 2) {
    const sorted = [...groups].sort((x, y) => y.share - x.share);
    const hi = sorted[0]!;
    const lo = sorted[sorted.length - 1]!;
    const points = roundTo((hi.share - lo.share) * 100, 1);
    const list = groups.map((g) => (locale === 'ja' ? `${g.label}${g.text}` : `${g.label} ${g.text}`));
    // Every group against the first (the comparisons the chart draws), then highest and lowest.
    const [first, ...rest] = groups;
    const pairs = requestedPairs(doc);
    if (pairs.length) {
      // The pairs the document asks for (`comparisons`), as the chart lists them.
      const said = pairs.map(([i, j]) => {
        const x = groups[i]!;
        const y = groups[j]!;
        const diff = roundTo((x.share - y.share) * 100, 1);
        if (locale === 'ja') return diff === 0 ? `${x.label}と${y.label}は同じ` : `${x.label}は${y.label}より${pointsText(diff, locale)}${diff > 0 ? '高く' : '低く'}`;
        return diff === 0 ? `${x.label} is the same as ${y.label}` : `${x.label} is ${pointsText(diff, locale)} ${diff > 0 ? 'higher' : 'lower'} than ${y.label}`;
      });
      const sentence =
        locale === 'ja'
          ? `${measure ? `${measure}は` : ''}${list.join('、')}。${said.join('、').replace(/く$/, 'い')}。`
          : `${measure ? `${capitalise(measure)}: ` : ''}${list.join(', ')}. ${capitalise(said.join(', '))}.`;
      return { sentence, facts: { chart: 'proportions', groups } };
    }
    const against = rest.map((g) => {
      const diff = roundTo((g.share - first!.share) * 100, 1);
      if (locale === 'ja') return diff === 0 ? `${g.label}は同じ` : `${g.label}は${pointsText(diff, locale)}${diff > 0 ? '高く' : '低く'}`;
      return diff === 0 ? `${g.label} is the same` : `${g.label} is ${pointsText(diff, locale)} ${diff > 0 ? 'higher' : 'lower'}`;
    });
    const sentence =
      locale === 'ja'
        ? `${measure ? `${measure}は` : ''}${list.join('、')}。${first!.label}と比べ、${against.join('、').replace(/く$/, 'い')}。最も高い${hi.label}は最も低い${lo.label}より${pointsText(points, locale)}高い。`
        : `${measure ? `${capitalise(measure)}: ` : ''}${list.join(', ')}. Compared with ${first!.label}, ${against.join(', ')}. The highest, ${hi.label}, is ${pointsText(points, locale)} above the lowest, ${lo.label}.`;
    return { sentence, facts: { chart: 'proportions', groups } };
  }

  const points = roundTo((a.share - b.share) * 100, 10);
  const comparison: ProportionComparison = {
    first: a.label,
    second: b.label,
    points,
    ...(b.share > 0 ? { ratio: a.share / b.share } : {}),
  };
  let interval: DifferenceInterval | undefined;
  if (a.n !== undefined && b.n !== undefined) {
    interval = newcombeDifference({ p1: a.share, n1: a.n, p2: b.share, n2: b.n });
    comparison.interval = { lower: interval.lower * 100, upper: interval.upper * 100 };
  }

  let sentence: string;
  const ratio =
    comparison.ratio !== undefined && points !== 0
      ? locale === 'ja'
        ? ratioText(comparison.ratio, locale)
        : `${timesText(comparison.ratio)} as high`
      : undefined;
  const ci = comparison.interval;
  if (locale === 'ja') {
    const head = `${a.label}${measure ? `の${measure}` : ''}は${a.text}で、${b.label}の${b.text}`;
    if (roundTo(points, 1) === 0) sentence = `${head}と同じ`;
    else sentence = `${head}より${pointsText(points, locale)}${points > 0 ? '高い' : '低い'}${ratio ? `（${ratio}）` : ''}`;
    if (ci) sentence += `。差の95%信頼区間は${signedPoints(ci.lower, locale)}〜${signedPoints(ci.upper, locale)}`;
    sentence += '。';
  } else {
    const head = `${capitalise(measure ? `${measure} for ${a.label}` : a.label)} is ${a.text}`;
    if (roundTo(points, 1) === 0) sentence = `${head}, the same as ${b.text} for ${b.label}`;
    else {
      sentence = `${head}, ${pointsText(points, locale)} ${points > 0 ? 'higher' : 'lower'} than ${b.text} for ${b.label}${
        ratio ? ` (${ratio})` : ''
      }`;
    }
    if (ci) sentence += `; 95% confidence interval of the difference ${signedPoints(ci.lower, locale)} to ${signedPoints(ci.upper, locale)}`;
    sentence += '.';
  }
  return { sentence, facts: { chart: 'proportions', groups, comparison } };
}

/**
 * The pairs of groups a proportions document asks to compare (`comparisons`: every pair, or
 * those listed), as index pairs [a, b] (a − b); empty for the default (each against the first)
 * and for fewer than three groups.
 */
function requestedPairs(doc: ProportionsDocument): Array<[number, number]> {
  const { series, comparisons } = doc;
  if (series.length < 3 || comparisons === undefined || comparisons === 'first') return [];
  if (comparisons === 'pairwise') return series.flatMap((_, a) => series.flatMap((__, b): Array<[number, number]> => (a < b ? [[a, b]] : [])));
  return comparisons.map(({ a, b }): [number, number] => [a, b]);
}

/** A signed difference in points for interval ends: `+5.2ポイント`, `−3.8 pts`. */
function signedPoints(points: number, locale: Locale): string {
  return formatPoints(points, { locale, digits: 1 });
}

// -------------------------------------------------------------------- change

/** A value in its unit: `43.5%`, `−2.4%`, ja `12ヶ月`, en `12 months`-style `12 ヶ月`. */
function valueText(value: number, unit: string | undefined, digits: number, locale: Locale): string {
  const number = formatNumber(value, { locale, digits });
  if (!unit) return number;
  if (unit === '%' || locale === 'ja') return `${number}${unit}`;
  return `${number} ${unit}`;
}

function changeFact(series: ChangeSeries, locale: Locale): ChangeFact {
  const digits = Math.max(decimalsOf(series.before.value), decimalsOf(series.after.value));
  const delta = roundTo(series.after.value - series.before.value, digits);
  const inPoints = series.unit === '%';
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const improved =
    series.better === undefined || direction === 'same' ? undefined : (direction === 'up') === (series.better === 'higher');
  let deltaText: string;
  if (inPoints) deltaText = formatPoints(delta, { locale, digits });
  else {
    const signed = formatNumber(delta, { locale, digits });
    deltaText = valueText(delta, series.unit, digits, locale).replace(signed, delta > 0 ? `+${signed}` : signed);
  }
  return {
    label: series.label,
    before: series.before.value,
    after: series.after.value,
    delta,
    ...(series.unit !== undefined ? { unit: series.unit } : {}),
    inPoints,
    direction,
    ...(series.better !== undefined ? { better: series.better } : {}),
    ...(improved !== undefined ? { improved } : {}),
    beforeText: valueText(series.before.value, series.unit, digits, locale),
    afterText: valueText(series.after.value, series.unit, digits, locale),
    deltaText,
  };
}

function changeSentence(series: ChangeSeries, fact: ChangeFact, locale: Locale): string {
  const digits = Math.max(decimalsOf(fact.before), decimalsOf(fact.after));
  const size = fact.inPoints
    ? pointsText(fact.delta, locale, digits)
    : valueText(Math.abs(fact.delta), fact.unit, digits, locale);
  // A derived point (worked out, not stated) is said to be so beside its time.
  const when = (point: ChangeSeries['before']) => (point.derived ? (locale === 'ja' ? `${point.label}・算出値` : `${point.label}, derived`) : point.label);
  if (locale === 'ja') {
    const from = `${fact.beforeText}（${when(series.before)}）`;
    const to = `${fact.afterText}（${when(series.after)}）`;
    if (fact.direction === 'same') return `${fact.label}は${from}から${to}まで変わらない。`;
    const rising = fact.inPoints || fact.unit === undefined ? ['上昇', '低下'] : ['増加', '減少'];
    const verb = fact.direction === 'up' ? rising[0] : rising[1];
    const judgement = fact.improved === undefined ? '' : fact.improved ? '、改善した' : '、悪化した';
    return `${fact.label}は${from}から${to}へ${size}${verb}し${judgement || 'た'}。`;
  }
  const from = `${fact.beforeText} (${when(series.before)})`;
  const to = `${fact.afterText} (${when(series.after)})`;
  if (fact.direction === 'same') return `${capitalise(fact.label)} stayed at ${fact.afterText} from ${series.before.label} to ${series.after.label}.`;
  const verb = fact.direction === 'up' ? 'rose' : 'fell';
  const judgement = fact.improved === undefined ? '' : fact.improved ? ', an improvement' : ', a worsening';
  return `${capitalise(fact.label)} ${verb} from ${from} to ${to}, ${fact.direction === 'up' ? 'up' : 'down'} ${size}${judgement}.`;
}

function summarizeChange(doc: ChangeDocument, locale: Locale): EffectSummary {
  const facts = doc.series.map((s) => changeFact(s, locale));
  const sentences = doc.series.map((s, i) => changeSentence(s, facts[i]!, locale));
  return { sentence: sentences.join(locale === 'ja' ? '' : ' '), facts: { chart: 'change', series: facts } };
}

// ----------------------------------------------------------------- magnitude

/** A magnitude value as shown: its `display` or the formatted count, with 「（算出値）」 when derived. */
export function magnitudeText(series: MagnitudeSeries, unit: string | undefined, locale: Locale): string {
  const text = series.display ?? formatCount(series.value, { locale, ...(unit !== undefined ? { unit } : {}) });
  return series.derived ? `${text}${DERIVED[locale]}` : text;
}

/** Said after a value the source does not state but that was worked out from it. */
export const DERIVED = { ja: '（算出値）', en: ' (derived)' } as const;

function summarizeMagnitude(doc: MagnitudeDocument, locale: Locale): EffectSummary {
  const scale = shouldUseLog({ values: doc.series.map((s) => s.value) }) ? 'log' : 'linear';
  const measure = doc.measure;
  const texts = doc.series.map((s) => magnitudeText(s, doc.unit, locale));
  let fromIndex = 0;
  let toIndex = 1;
  if (doc.series.length > 2) {
    // Largest against smallest.
    const values = doc.series.map((s) => s.value);
    fromIndex = maxIndex(values);
    toIndex = minIndex(values);
  }
  const from = doc.series[fromIndex];
  const to = doc.series[toIndex];
  if (!from) return { sentence: '', facts: { chart: 'magnitude', scale } };
  if (!to) {
    const sentence =
      locale === 'ja'
        ? `${measure ? `${measure}は、` : ''}${from.label}が${texts[fromIndex]}。`
        : `${measure ? `${capitalise(measure)}: ` : ''}${from.label}, ${texts[fromIndex]}.`;
    return { sentence, facts: { chart: 'magnitude', scale } };
  }

  const fromText = texts[fromIndex]!;
  const toText = texts[toIndex]!;
  const ratio = from.value !== 0 ? to.value / from.value : Number.NaN;
  const approximate = [from, to].some((s) => s.display !== undefined && APPROXIMATE.test(s.display));
  const factor = Number.isFinite(ratio) && ratio > 0 && ratio !== 1 ? factorText(ratio, approximate, locale) : '';

  let sentence: string;
  if (locale === 'ja') {
    sentence = `${measure ? `${measure}は、` : ''}${from.label}が${fromText}、${to.label}が${toText}`;
    if (factor) sentence += `で、${to.label}は${from.label}の${factor}`;
    sentence += '。';
  } else {
    sentence = `${measure ? `${capitalise(measure)}: ` : ''}${from.label} ${fromText}, ${to.label} ${toText}`;
    if (factor) sentence += `; ${statementText(from.label, to.label, ratio, factor, locale)}`;
    sentence += '.';
  }
  const comparison: MagnitudeFact = {
    from: { label: from.label, value: from.value, text: fromText },
    to: { label: to.label, value: to.value, text: toText },
    ratio,
    factorText: factor,
    statement: factor ? statementText(from.label, to.label, ratio, factor, locale) : '',
    scale,
  };
  return { sentence, facts: { chart: 'magnitude', comparison, scale } };
}

/** `to` compared with `from` in words: ja 「BはAの50倍」, en `B is 50 times A` / `B is about 1/680 of A`. */
function statementText(fromLabel: string, toLabel: string, ratio: number, factor: string, locale: Locale): string {
  if (locale === 'ja') return `${toLabel}は${fromLabel}の${factor}`;
  if (ratio < 1) return `${toLabel} is ${factor} of ${fromLabel}`;
  return `${toLabel} is ${factor.replace(/×$/, ' times')} ${fromLabel}`;
}
