/**
 * Number formatting for labels, tooltips and tables, the way Japanese ministry slides write
 * figures (`49.1億円`, `4億5,632万円`, `+48.9ポイント`) and the way English readers expect them
 * (`¥4.91 billion`). Pure, Node-safe; Intl formatters are cached (./intl-cache.ts). Amounts in
 * yen and shares here; counts, points, ratios, plain numbers and fractions in ./counts.ts (the
 * treemap's page loads only these: a module is loaded whole).
 *
 * Negative numbers always carry the true minus sign U+2212 (`−2.4%`), never a hyphen-minus.
 * A value that rounds to zero carries no sign. No formatter ever prints `NaN`, `Infinity`, `∞`
 * or e-notation: a value that is not finite is written {@link NOT_A_NUMBER}.
 */
import { YEN_PER_UNIT, type BudgetUnit, type Locale } from '../data/types.js';
import { getNumberFormat } from './intl-cache.js';

/** The true minus sign used for every negative display value. */
export const MINUS_SIGN = '\u2212';

/** What every formatter writes for a value that is not a finite number (NaN, ±Infinity). */
export const NOT_A_NUMBER = '—';

/** Below this share (0.0001%), a percentage reads 「0.0001%未満」 / `<0.0001%`. */
const TINY_SHARE = 1e-6;

/**
 * `value × 10^places`, shifted in decimal (via the shortest exponent form), not multiplied as
 * a float: 0.0245 → 2.45, not 2.4499999; 1.5e-8 → 1.5e-6 (never a string such as `1.5e-8e2`).
 */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

const OKU = 100_000_000;
export const MAN = 10_000;
const CHO = 1_000_000_000_000;

/**
 * Formats `value` (≥ 0) with between `min` and `max` fraction digits and locale grouping.
 * @internal Shared with ./counts.ts.
 */
export function plain(value: number, locale: Locale, min: number, max = min): string {
  // Intl throws a RangeError outside 0–100 digits; a caller's count worked out from data
  // (such as the decimals of 1e-300) must not reach it.
  const lo = Number.isFinite(min) ? Math.min(20, Math.max(0, Math.round(min))) : 0;
  const hi = Number.isFinite(max) ? Math.min(20, Math.max(lo, Math.round(max))) : lo;
  const fast = decimalText(value, lo, hi);
  if (fast !== undefined) return fast;
  // Thousands of labels per layout: the formatter by (locale, lo, hi) without building a key string.
  const slot = (locale === 'ja' ? 0 : 441) + lo * 21 + hi;
  let format = plainFormats[slot];
  if (!format) plainFormats[slot] = format = getNumberFormat(locale, { minimumFractionDigits: lo, maximumFractionDigits: hi });
  return format.format(value);
}

/** `plain`'s formatters by locale and fraction digits (0–20 each). */
const plainFormats: Array<Intl.NumberFormat | undefined> = [];

/**
 * What `Intl.NumberFormat` writes for a number ≥ 0 in ja-JP and en-US (the same there: `,` every
 * three digits, `.` before the fraction) with `lo` to `hi` fraction digits, worked out from the
 * number's shortest decimal form as ICU does (rounding half up: 1.005 → 1.01, 0.05 → 0.1), without
 * an Intl formatter: the first one a page builds takes a few ms of a first drawing. Undefined
 * for what the shortest form writes with an exponent (below 10^-6, from 10^21), left to Intl.
 */
function decimalText(value: number, lo: number, hi: number): string | undefined {
  if (!(value >= 0) || !Number.isFinite(value) || Object.is(value, -0)) return undefined;
  const shortest = String(value);
  if (shortest.includes('e')) return undefined;
  const point = shortest.indexOf('.');
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? '' : shortest.slice(point + 1);
  if (fraction.length > hi) {
    const up = fraction.charCodeAt(hi) >= 0x35; // the first digit dropped is 5 or more
    fraction = fraction.slice(0, hi);
    if (up) {
      // Add one in the last place kept, carrying through 9s into the whole part.
      const digits = Array.from(whole + fraction, Number);
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === 9) digits[i--] = 0;
      if (i >= 0) digits[i]!++;
      else digits.unshift(1);
      const joined = digits.join('');
      whole = joined.slice(0, joined.length - hi);
      fraction = joined.slice(joined.length - hi);
    }
  }
  let end = fraction.length;
  while (end > lo && fraction.charCodeAt(end - 1) === 0x30) end--;
  fraction = fraction.slice(0, end).padEnd(lo, '0');
  let grouped = whole;
  for (let at = whole.length - 3; at > 0; at -= 3) grouped = `${grouped.slice(0, at)},${grouped.slice(at)}`;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * Prefixes U+2212 when `negative` and the shown digits are not all zero.
 * @internal Shared with ./counts.ts.
 */
export function sign(negative: boolean, shown: string, plus = false): string {
  const nonZero = /[1-9]/.test(shown);
  if (negative && nonZero) return MINUS_SIGN + shown;
  if (plus && nonZero) return '+' + shown;
  return shown;
}

/**
 * True when `value` is a whole multiple of `step` (tolerant of float noise).
 * @internal Shared with ./counts.ts.
 */
export function isMultiple(value: number, step: number): boolean {
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/**
 * Writes a whole number of 万 (`man`) with 兆/億/万 parts, zero parts left out:
 * 123_450_000_0 万 → `1兆2,345億`. Returns '' for 0.
 * @internal Shared with ./counts.ts.
 */
export function composeMan(man: number, locale: Locale): string {
  const cho = Math.floor(man / 100_000_000);
  const oku = Math.floor((man % 100_000_000) / 10_000);
  const rest = man % 10_000;
  let text = '';
  if (cho > 0) text += `${plain(cho, locale, 0)}兆`;
  if (oku > 0) text += `${plain(oku, locale, 0)}億`;
  if (rest > 0) text += `${plain(rest, locale, 0)}万`;
  return text;
}

/** Fraction digits needed to show `value` exactly, capped: keeps about six significant digits. */
function exactDigits(value: number, cap: number, significant = 6): number {
  const intDigits = value >= 1 ? Math.floor(Math.log10(value)) + 1 : 1;
  return Math.max(0, Math.min(cap, significant - intDigits));
}

const EN_UNIT_WORDS: Readonly<Record<BudgetUnit, string>> = {
  円: '',
  千円: ' thousand',
  百万円: ' million',
  億円: ' hundred million',
  兆円: ' trillion',
};

/** @internal Shared with ./counts.ts. */
export const EN_SCALES = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
] as const;

/** Options of {@link formatYen}. */
export interface FormatYenOptions {
  locale: Locale;
  /** The unit to write the amount in; `'auto'` (default) chooses like a ministry slide. */
  unit?: BudgetUnit | 'auto';
  /**
   * Fraction digits. ja auto: digits of an 億円 figure (default 1: `20.0億円`). With a unit:
   * fixed digits (default: exact, up to 4; 億円 at least 1). en auto: fixed digits of the
   * million/billion/trillion figure (default: exact, up to 4).
   */
  digits?: number;
}

function formatYenJaAuto(abs: number, locale: Locale, digits: number): string {
  if (abs >= CHO) return composeMan(Math.round(abs / MAN), locale) + '円';
  const step = OKU / 10 ** digits;
  // Slides write whole tenths of 億 as 億円 with one decimal, down to 0.1億円 (0.3億円).
  if (abs >= step && isMultiple(abs, step)) return `${plain(abs / OKU, locale, digits)}億円`;
  const man = Math.round(abs / MAN);
  if (man >= 10_000) return composeMan(man, locale) + '円';
  if (man >= 1) return `${plain(man, locale, 0)}万円`;
  return `${plain(Math.round(abs), locale, 0)}円`;
}

/**
 * An amount in yen as a number of `scale` (1e6, 1e9, 1e12) with every digit down to the 万円, as
 * the Japanese figures keep them (`4.5632億円`): `456_320_000` in billions → `0.45632`,
 * `4_941_234_500_000` in trillions → `4.9412345`, `4_940_000_000_000` → `4.94`. Nothing a slide
 * declared is rounded away by the English scale words.
 */
export function plainInScale(abs: number, scale: number, locale: Locale): string {
  const digits = Math.max(0, Math.round(Math.log10(scale / MAN)));
  const man = Math.round(abs / MAN);
  // Whole 万 as a decimal of the scale, in integers (exact, and no Intl formatter: ja-JP and en-US
  // write `,` and `.` alike); past the safe integers, Intl's rounding.
  if (!Number.isSafeInteger(man)) return plain((man * MAN) / scale, locale, 0, digits);
  const text = String(man).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, '');
  let grouped = whole;
  for (let at = whole.length - 3; at > 0; at -= 3) grouped = `${grouped.slice(0, at)},${grouped.slice(at)}`;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function formatYenEnAuto(abs: number, locale: Locale, digits: number | undefined): string {
  for (const [scale, word] of EN_SCALES) {
    if (abs >= scale) {
      const v = abs / scale;
      const shown = digits === undefined ? plainInScale(abs, scale, locale) : plain(v, locale, digits);
      return `¥${shown}${word}`;
    }
  }
  return `¥${digits === undefined ? plain(Math.round(abs), locale, 0) : plain(abs, locale, digits)}`;
}

/**
 * Formats an amount in yen for display.
 *
 * ja, automatic unit: `4_910_000_000` → `49.1億円`, `2_000_000_000` → `20.0億円`,
 * `456_320_000` → `4億5,632万円`, `1_234_500_000_000` → `1兆2,345億円`, `30_000_000` → `0.3億円`,
 * `49_990_000` → `4,999万円`, `1_000` → `1,000円`. Whole tenths of 億 are written in 億円 with one
 * decimal, as the slides do; other amounts of 1億 or more are composed of 兆/億/万 (rounded to
 * the 万); smaller ones in 万円, and under 1万 in yen.
 * With `unit`: `{ unit: '千円' }` → `456,320千円`.
 * en: `¥4.91 billion`, `¥456.32 million`, `¥1.2345 trillion`, `¥4.9412345 trillion`, `¥1,000`: every
 * digit down to the 万円 (see {@link plainInScale}).
 */
export function formatYen(yen: number, options: FormatYenOptions): string {
  const { locale, unit = 'auto', digits } = options;
  if (!Number.isFinite(yen)) return NOT_A_NUMBER;
  const abs = Math.abs(yen);
  let shown: string;
  if (unit === 'auto') {
    shown = locale === 'ja' ? formatYenJaAuto(abs, locale, digits ?? 1) : formatYenEnAuto(abs, locale, digits);
  } else {
    const v = abs / YEN_PER_UNIT[unit];
    const min = digits ?? (unit === '億円' ? 1 : 0);
    const max = digits ?? (unit === '円' ? 0 : exactDigits(v, 4, 15));
    const number = plain(v, locale, min, max);
    shown = locale === 'ja' ? `${number}${unit}` : `¥${number}${EN_UNIT_WORDS[unit]}`;
  }
  return sign(yen < 0, shown);
}

/** Options shared by the simple formatters. */
export interface FormatDigitsOptions {
  locale: Locale;
  /** Fraction digits (default 1). */
  digits?: number;
}

/**
 * Formats a share in 0..1 as a percentage: `0.764` → `76.4%`, `−0.024` → `−2.4%` (ja and en).
 * A share that is not 0 but below 0.0001% reads `0.0001%未満` (en `<0.0001%`).
 */
export function formatPercent(share: number, options: FormatDigitsOptions): string {
  const { locale, digits = 1 } = options;
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  const abs = Math.abs(share);
  if (abs > 0 && abs < TINY_SHARE) return locale === 'ja' ? '0.0001%未満' : '<0.0001%';
  // Scale in decimal, not `* 100`, so 0.0245 does not become 2.4499999.
  const percent = shiftDecimal(abs, 2);
  if (!Number.isFinite(percent)) return NOT_A_NUMBER;
  return sign(share < 0, `${plain(percent, locale, digits)}%`);
}
