/**
 * Parses an effect document (`"type": "effect"`, see DATA-FORMAT.md) from unknown input into an
 * `EffectDocument`, reporting every problem with its JSON path.
 *
 * `editorNotes` (an array of strings, on the document and on each series) say how the source
 * was read; they are kept for the table and never drawn on the chart.
 *
 * Decisions (documented here and in data/schema/effect.schema.json):
 * - A share (proportions) is a number in 0..1 or a percentage string (`"76.4%"`, `"76.4％"`).
 *   A number above 1 is an error: `76.4` is not read as a percentage, the data must say so.
 * - A change series' values are numbers in the series' `unit`. A string with `%`
 *   (`"−2.4%"`, `"-3.1%"`, `"93.1％"`) is read as a number in % units, so `"43.5%"` is 43.5
 *   with unit `%`, not 0.435. The series unit is its own `unit`, else the document's `unit`,
 *   else `%` when its values were written with `%`. A `%` string in a series whose unit is
 *   something else is an error. Minus may be written `-`, `−` (U+2212), `▲` or `△`.
 * - A magnitude chart is drawn on a log scale when its largest value is over 100 times its
 *   smallest (`shouldUseLog`). A value of 0 or below has no place on a log scale, so it is an
 *   error whenever the positive values span more than 100 times; otherwise (linear scale) it
 *   is allowed.
 * - `derived` (proportions and magnitude series) must be true or false: a value worked out
 *   from the source rather than stated by it.
 * - `comparisons` (proportions only): `"first"`, `"pairwise"` or a list of pairs, each two
 *   groups named by label (exactly one group with that label) or by index in `series`.
 * - `derived` on a change point (`before`, `after`) must be true or false, as on a series.
 * - `n` must be a positive whole number. Categories whose known shares sum to over 1 are an
 *   error; categories without a value share the unknown remainder (never invented).
 */
import { joinPath, type ParseResult } from './issues.js';
import { parseSafely } from './guard.js';
import { checkDocumentType, describeValue, isRecord, IssueCollector, readMeta } from './read.js';
import { LOG_RATIO_THRESHOLD } from './stats.js';
import {
  EFFECT_BETTER,
  EFFECT_CHARTS,
  EFFECT_COMPARISONS,
  type ChangePoint,
  type ComparisonPair,
  type ProportionComparisons,
  type ChangeSeries,
  type EffectDocument,
  type MagnitudeSeries,
  type ProportionCategory,
  type ProportionSeries,
} from './types.js';

/** Top-level keys the effect parser reads (besides the shared meta keys). */
const DOCUMENT_KEYS = ['chart', 'measure', 'unit', 'notes', 'editorNotes', 'series', 'comparisons'] as const;

/** Tolerance for sums of shares written with one decimal of a percent (float noise only). */
const SUM_TOLERANCE = 1e-9;

/** A number with an optional `%`, as written on a slide; `undefined` when unreadable. */
interface WrittenNumber {
  value: number;
  percent: boolean;
}

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%)?$/;

/**
 * Reads `"−2.4%"`, `"93.1％"`, `"1,000"`, `"▲3.1%"`, `"0.764"`. Full-width digits and signs are
 * accepted (NFKC); U+2212, ▲ and △ mean minus. Returns undefined when it is not a number.
 */
export function readWrittenNumber(input: string): WrittenNumber | undefined {
  const s = input
    .normalize('NFKC')
    .trim()
    .replace(/^[\u2212\u2012\u2013\u2014\u2015\u30fc▲△]/, '-')
    .replace(/\s+/g, '');
  const m = NUMBER_TEXT.exec(s);
  if (!m) return undefined;
  const [, signText = '', whole, fraction = '', percent] = m;
  if (whole === undefined && fraction === '') return undefined;
  const value = Number(`${signText}${(whole ?? '0').replace(/,/g, '')}${fraction}`);
  if (!Number.isFinite(value)) return undefined;
  return { value: Object.is(value, -0) ? 0 : value, percent: percent !== undefined };
}

/** `percent` points to a fraction exactly as written: `76.4` → 0.764 (not 0.7640000000000001). */
function percentToShare(value: number): number {
  return Number((value / 100).toPrecision(12));
}

/**
 * Reads an effect document. Never throws: on any problem it returns `{ ok: false, issues }`
 * with every issue found, each with the JSON path of the offending value
 * (`series[0].categories[2].value`). Unknown keys are kept in `extra` (top level) or ignored.
 */
export function parseEffect(input: unknown): ParseResult<EffectDocument> {
  return parseSafely(input, readEffectDocument);
}

/** {@link parseEffect} on input already copied into plain data (./snapshot.ts); may throw on a bug. */
export function readEffectDocument(input: unknown): ParseResult<EffectDocument> {
  const issues = new IssueCollector();
  if (!isRecord(input)) {
    issues.add('not-object', '');
    return { ok: false, issues: issues.issues };
  }
  checkDocumentType(input, 'effect', issues);
  const meta = readMeta(input, DOCUMENT_KEYS, issues);
  const measure = issues.optionalString(input, 'measure', '');
  const unit = issues.optionalString(input, 'unit', '');
  const notes = readNotes(input, issues);
  const editorNotes = issues.stringArray(input, 'editorNotes', '');

  const chart = readChart(input, issues);
  const rawSeries = issues.array(input, 'series', '', true);
  if (Array.isArray(input.series) && rawSeries.length === 0) issues.add('empty', 'series');

  const base = {
    ...meta,
    type: 'effect' as const,
    ...(measure !== undefined ? { measure } : {}),
    ...(unit !== undefined ? { unit } : {}),
    notes,
    ...(editorNotes.length > 0 ? { editorNotes } : {}),
  };

  let doc: EffectDocument | undefined;
  const comparisons = readComparisons(input, chart, rawSeries, issues);
  if (chart === 'proportions') {
    doc = { ...base, chart, series: readAll(rawSeries, issues, readProportion), ...(comparisons !== undefined ? { comparisons } : {}) };
  } else if (chart === 'change') {
    doc = { ...base, chart, series: readAll(rawSeries, issues, (raw, path, c) => readChange(raw, path, c, unit)) };
  } else if (chart === 'magnitude') {
    const series = readAll(rawSeries, issues, readMagnitude);
    checkLogScale(series, issues);
    doc = { ...base, chart, series };
  } else {
    // Unknown chart: still report what is wrong with the series in every chart's terms
    // would be noise; each series is at least checked for a label.
    rawSeries.forEach((raw, i) => {
      const path = joinPath('series', i);
      if (!isRecord(raw)) issues.add('not-object', path);
      else issues.requiredString(raw, 'label', path);
    });
  }

  if (!issues.ok || doc === undefined) return { ok: false, issues: issues.issues };
  return { ok: true, value: doc };
}

function readChart(input: Record<string, unknown>, issues: IssueCollector) {
  const chart = input.chart;
  if (chart === undefined || chart === null) {
    issues.add('missing', 'chart', { key: 'chart' });
    return undefined;
  }
  if (typeof chart === 'string' && (EFFECT_CHARTS as readonly string[]).includes(chart)) {
    return chart as (typeof EFFECT_CHARTS)[number];
  }
  issues.add('effect-chart-unknown', 'chart', { value: describeValue(chart), allowed: EFFECT_CHARTS.join(', ') });
  return undefined;
}

/** `notes`: an array of strings; a single string is one note. */
function readNotes(input: Record<string, unknown>, issues: IssueCollector): string[] {
  if (typeof input.notes === 'string') return [input.notes];
  return issues.stringArray(input, 'notes', '');
}

function readAll<T>(
  raws: unknown[],
  issues: IssueCollector,
  read: (raw: Record<string, unknown>, path: string, issues: IssueCollector) => T | undefined,
): T[] {
  const out: T[] = [];
  raws.forEach((raw, i) => {
    const path = joinPath('series', i);
    if (!isRecord(raw)) {
      issues.add('not-object', path);
      return;
    }
    const editorNotes = issues.stringArray(raw, 'editorNotes', path);
    const item = read(raw, path, issues);
    if (item !== undefined) out.push(editorNotes.length > 0 ? { ...item, editorNotes } : item);
  });
  return out;
}

// ----------------------------------------------------------------- comparisons

/**
 * `comparisons`: which differences a proportions chart states with three or more groups.
 * `"first"` or `"pairwise"`, or a list of pairs `[a, b]` (difference a − b), each group named by
 * its label or its index in `series`. Any other chart: an issue (it would be ignored).
 */
function readComparisons(
  input: Record<string, unknown>,
  chart: string | undefined,
  rawSeries: unknown[],
  issues: IssueCollector,
): ProportionComparisons | undefined {
  const value = input.comparisons;
  if (value === undefined || value === null) return undefined;
  if (chart !== undefined && chart !== 'proportions') {
    issues.add('effect-comparisons-chart', 'comparisons', { chart });
    return undefined;
  }
  if (typeof value === 'string') {
    if ((EFFECT_COMPARISONS as readonly string[]).includes(value)) return value as (typeof EFFECT_COMPARISONS)[number];
    issues.add('unknown-value', 'comparisons', { value: describeValue(value), allowed: [...EFFECT_COMPARISONS, '[[a, b], …]'].join(', ') });
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.add('effect-comparisons-invalid', 'comparisons', { value: describeValue(value) });
    return undefined;
  }
  if (value.length === 0) {
    issues.add('empty', 'comparisons');
    return undefined;
  }
  const labels = rawSeries.map((s) => (isRecord(s) && typeof s.label === 'string' ? s.label : undefined));
  const pairs: ComparisonPair[] = [];
  value.forEach((raw, i) => {
    const path = joinPath('comparisons', i);
    if (!Array.isArray(raw) || raw.length !== 2) {
      issues.add('effect-comparison-pair', path, { value: describeValue(raw) });
      return;
    }
    const [a, b] = raw.map((group, j) => readGroupRef(group, joinPath(path, j), labels, issues));
    if (a === undefined || b === undefined) return;
    if (a === b) {
      issues.add('effect-comparison-same', path, { value: labels[a] ?? a });
      return;
    }
    pairs.push({ a, b, path });
  });
  return pairs;
}

/** A group named in a comparison: its index in `series`, or its label (exactly one group with it). */
function readGroupRef(value: unknown, path: string, labels: (string | undefined)[], issues: IssueCollector): number | undefined {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value < labels.length) return value;
    issues.add('effect-comparison-index', path, { value, count: labels.length });
    return undefined;
  }
  if (typeof value === 'string') {
    const found = labels.flatMap((label, i) => (label === value ? [i] : []));
    if (found.length === 1) return found[0];
    issues.add(found.length ? 'effect-comparison-ambiguous' : 'effect-comparison-group', path, { value, count: found.length });
    return undefined;
  }
  issues.add('effect-comparison-group', path, { value: describeValue(value), count: 0 });
  return undefined;
}

// ----------------------------------------------------------------- proportions

/**
 * A share in 0..1: a number, or a percentage string `"76.4%"` (a string without `%`, such as
 * `"0.764"`, is refused: it is ambiguous). Pushes an issue and returns undefined when it is
 * unreadable or out of range.
 */
function readShare(value: unknown, path: string, issues: IssueCollector): number | undefined {
  let share: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) share = value;
  else if (typeof value === 'string') {
    const written = readWrittenNumber(value);
    if (written?.percent) share = percentToShare(written.value);
  }
  if (share === undefined) {
    issues.add('effect-share-unreadable', path, { value: describeValue(value) });
    return undefined;
  }
  if (share < 0 || share > 1) {
    // A bare number in (1, 100] was most likely meant as a percentage: say how to write it.
    const hint = typeof value === 'number' && value > 1 && value <= 100 ? `${value}%` : '';
    issues.add('effect-share-range', path, { value: describeValue(value), hint });
    return undefined;
  }
  return share;
}

function readProportion(raw: Record<string, unknown>, path: string, issues: IssueCollector): ProportionSeries | undefined {
  const label = issues.requiredString(raw, 'label', path);
  let value: number | undefined;
  if (raw.value === undefined || raw.value === null) issues.add('missing', joinPath(path, 'value'), { key: 'value' });
  else value = readShare(raw.value, joinPath(path, 'value'), issues);

  let n: number | undefined;
  if (raw.n !== undefined && raw.n !== null) {
    if (typeof raw.n === 'number' && Number.isInteger(raw.n) && raw.n > 0) n = raw.n;
    else issues.add('effect-n-invalid', joinPath(path, 'n'), { value: describeValue(raw.n) });
  }

  const categories: ProportionCategory[] = [];
  const categoriesPath = joinPath(path, 'categories');
  let ok = true;
  issues.array(raw, 'categories', path).forEach((c, j) => {
    const at = joinPath(categoriesPath, j);
    if (!isRecord(c)) {
      issues.add('not-object', at);
      ok = false;
      return;
    }
    const catLabel = issues.requiredString(c, 'label', at);
    let catValue: number | undefined;
    if (c.value !== undefined && c.value !== null) {
      catValue = readShare(c.value, joinPath(at, 'value'), issues);
      if (catValue === undefined) ok = false;
    }
    if (catLabel === undefined) {
      ok = false;
      return;
    }
    categories.push({ label: catLabel, ...(catValue !== undefined ? { value: catValue } : {}), path: at });
  });
  const known = categories.reduce((sum, c) => sum + (c.value ?? 0), 0);
  if (ok && known > 1 + SUM_TOLERANCE) {
    issues.add('effect-categories-sum', categoriesPath, { sum: Number((known * 100).toPrecision(12)) });
  }

  const derived = readDerived(raw, path, issues);
  if (label === undefined || value === undefined || !ok) return undefined;
  return { label, value, ...(n !== undefined ? { n } : {}), ...(derived ? { derived } : {}), categories, path };
}

// ---------------------------------------------------------------------- change

/** A number in the series unit, or a string (`"−2.4%"`); reports the `%` it carried. */
function readChangeValue(value: unknown, path: string, issues: IssueCollector): WrittenNumber | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { value, percent: false };
  if (typeof value === 'string') {
    const written = readWrittenNumber(value);
    if (written) return written;
  }
  if (value === undefined || value === null) issues.add('missing', path, { key: 'value' });
  else issues.add('effect-value-unreadable', path, { value: describeValue(value) });
  return undefined;
}

function readChange(
  raw: Record<string, unknown>,
  path: string,
  issues: IssueCollector,
  documentUnit: string | undefined,
): ChangeSeries | undefined {
  const label = issues.requiredString(raw, 'label', path);
  const ownUnit = issues.optionalString(raw, 'unit', path);
  const better = issues.oneOf(raw, 'better', path, EFFECT_BETTER);

  const sides: Array<{ point: ChangePoint; percent: boolean; path: string } | undefined> = (['before', 'after'] as const).map(
    (side) => {
      const at = joinPath(path, side);
      const v = raw[side];
      if (v === undefined || v === null) {
        issues.add('effect-change-side-missing', at, { side });
        return undefined;
      }
      if (!isRecord(v)) {
        issues.add('not-object', at);
        return undefined;
      }
      const sideLabel = issues.requiredString(v, 'label', at);
      const written = readChangeValue(v.value, joinPath(at, 'value'), issues);
      const derived = readDerived(v, at, issues);
      if (sideLabel === undefined || written === undefined) return undefined;
      const point: ChangePoint = { label: sideLabel, value: written.value, ...(derived ? { derived } : {}) };
      return { point, percent: written.percent, path: joinPath(at, 'value') };
    },
  );

  const anyPercent = sides.some((s) => s?.percent);
  const unit = ownUnit ?? documentUnit ?? (anyPercent ? '%' : undefined);
  let unitOk = true;
  if (unit !== undefined && unit !== '%') {
    for (const s of sides) {
      if (s?.percent) {
        issues.add('effect-unit-mismatch', s.path, { unit, written: '%' });
        unitOk = false;
      }
    }
  }

  const [before, after] = sides;
  if (label === undefined || before === undefined || after === undefined || !unitOk) return undefined;
  if (raw.better !== undefined && raw.better !== null && better === undefined) return undefined;
  return {
    label,
    before: before.point,
    after: after.point,
    ...(unit !== undefined ? { unit } : {}),
    ...(better !== undefined ? { better } : {}),
    path,
  };
}

// ------------------------------------------------------------------- magnitude

function readMagnitude(raw: Record<string, unknown>, path: string, issues: IssueCollector): MagnitudeSeries | undefined {
  const label = issues.requiredString(raw, 'label', path);
  const display = issues.optionalString(raw, 'display', path);
  const at = joinPath(path, 'value');
  let value: number | undefined;
  if (typeof raw.value === 'number' && Number.isFinite(raw.value)) value = raw.value;
  else if (typeof raw.value === 'string') {
    const written = readWrittenNumber(raw.value);
    if (written && !written.percent) value = written.value;
    else issues.add('effect-value-unreadable', at, { value: raw.value });
  } else if (raw.value === undefined || raw.value === null) issues.add('missing', at, { key: 'value' });
  else issues.add('effect-value-unreadable', at, { value: describeValue(raw.value) });
  const derived = readDerived(raw, path, issues);
  if (label === undefined || value === undefined) return undefined;
  return { label, value, ...(display !== undefined ? { display } : {}), ...(derived ? { derived } : {}), path };
}

/** `derived`: true when the value is worked out rather than stated by the source. */
function readDerived(raw: Record<string, unknown>, path: string, issues: IssueCollector): boolean {
  const value = raw.derived;
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  issues.add('wrong-type', joinPath(path, 'derived'), { expected: 'boolean' });
  return false;
}

/** Values ≤ 0 are errors when the positive values need a log scale (over 100 times apart). */
function checkLogScale(series: MagnitudeSeries[], issues: IssueCollector): void {
  // A loop, not Math.max(...values): spreading 100,000+ values overflows the stack.
  let count = 0;
  let max = 0;
  let min = Infinity;
  for (const s of series) {
    if (!(s.value > 0)) continue;
    count += 1;
    if (s.value > max) max = s.value;
    if (s.value < min) min = s.value;
  }
  if (count < 2) return;
  const ratio = max / min;
  if (ratio <= LOG_RATIO_THRESHOLD) return;
  for (const s of series) {
    if (s.value <= 0) {
      issues.add('effect-log-nonpositive', joinPath(s.path, 'value'), { value: s.value, ratio: Math.round(ratio) });
    }
  }
}
