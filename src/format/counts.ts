/**
 * Number formatting of the effect chart's figures: counts of things (`400万人`), differences in
 * percentage points (`+48.9ポイント`), ratios (`2.8倍`), plain numbers and fractions (`300万分の1`),
 * the same way as ./number.ts (the true minus sign U+2212; never `NaN`, `Infinity` or
 * e-notation). Apart from ./number.ts so that a page that formats only amounts and shares (the
 * treemap) does not load them. Pure, Node-safe.
 */
import type { Locale } from '../data/types.js';
import { composeMan, EN_SCALES, isMultiple, MAN, NOT_A_NUMBER, plain, sign, type FormatDigitsOptions } from './number.js';

/** Below this ratio, a ratio reads 「0.0001倍未満」 / `<0.0001×`. */
const TINY_RATIO = 1e-4;

/** Options of {@link formatPoints}. */
export interface FormatPointsOptions extends FormatDigitsOptions {
  /** Show `+` on positive values (default true): a change is read as a direction. */
  signed?: boolean;
}

/** Formats a difference in percentage points: `48.9` → ja `+48.9ポイント`, en `+48.9 pts`; `−0.7` → `−0.7ポイント`. */
export function formatPoints(points: number, options: FormatPointsOptions): string {
  const { locale, digits = 1, signed = true } = options;
  if (!Number.isFinite(points)) return NOT_A_NUMBER;
  const number = plain(Math.abs(points), locale, digits);
  const shown = sign(points < 0, number, signed);
  return locale === 'ja' ? `${shown}ポイント` : `${shown} pts`;
}

/**
 * Formats a ratio: `2.778` → ja `2.8倍`, en `2.8×`. A ratio that is not 0 but below 0.0001
 * reads `0.0001倍未満` (en `<0.0001×`); one that would round to 0 gets up to four decimals.
 */
export function formatRatio(ratio: number, options: FormatDigitsOptions): string {
  const { locale, digits = 1 } = options;
  if (!Number.isFinite(ratio)) return NOT_A_NUMBER;
  const abs = Math.abs(ratio);
  if (abs > 0 && abs < TINY_RATIO) return locale === 'ja' ? '0.0001倍未満' : '<0.0001×';
  if (abs > 0 && abs < 0.5 * 10 ** -digits) {
    const shown = sign(ratio < 0, plain(abs, locale, digits, Math.min(4, 1 - Math.floor(Math.log10(abs)))));
    return locale === 'ja' ? `${shown}倍` : `${shown}×`;
  }
  const shown = sign(ratio < 0, plain(Math.abs(ratio), locale, digits));
  return locale === 'ja' ? `${shown}倍` : `${shown}×`;
}

/** Options of {@link formatCount}. */
export interface FormatCountOptions {
  locale: Locale;
  /** A counter word or unit placed after the number: ja `人` → `400万人`; en `people` → `4 million people`. */
  unit?: string;
}

/**
 * Formats a count of things. ja uses 万/億/兆 when the count is a whole number of 万:
 * `4_000_000` → `400万`, `200_000_000` → `2億`, `123_450_000` → `1億2,345万`, `23` → `23`;
 * otherwise grouped digits (`12,345`). en uses million/billion/trillion when exact to three
 * decimals: `4 million`, `200 million`, `1.5 million`, `23`.
 */
export function formatCount(n: number, options: FormatCountOptions): string {
  const { locale, unit } = options;
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  const abs = Math.abs(n);
  let shown: string | undefined;
  if (locale === 'ja') {
    if (abs >= MAN && Number.isInteger(abs) && abs % MAN === 0) shown = composeMan(abs / MAN, locale);
  } else {
    for (const [scale, word] of EN_SCALES) {
      if (abs >= scale) {
        if (isMultiple(abs, scale / 1000)) shown = `${plain(abs / scale, locale, 0, 3)}${word}`;
        break;
      }
    }
  }
  shown ??= plain(abs, locale, 0, 3);
  shown = sign(n < 0, shown);
  if (!unit) return shown;
  return locale === 'ja' ? `${shown}${unit}` : `${shown} ${unit}`;
}

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  locale: Locale;
  /** Fixed fraction digits; by default up to 3, trailing zeros dropped. */
  digits?: number;
}

/** Formats a plain number with grouping and the true minus: `-1234.5` → `−1,234.5`. */
export function formatNumber(n: number, options: FormatNumberOptions): string {
  const { locale, digits } = options;
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  const shown = digits === undefined ? plain(Math.abs(n), locale, 0, 3) : plain(Math.abs(n), locale, digits);
  return sign(n < 0, shown);
}

/** Options of {@link formatFraction}. */
export interface FormatFractionOptions {
  locale: Locale;
}

/**
 * Formats "one in `factor`", for how many times smaller something became:
 * `3_000_000` → ja `300万分の1`, en `1/3,000,000`.
 */
export function formatFraction(factor: number, options: FormatFractionOptions): string {
  const { locale } = options;
  return locale === 'ja'
    ? `${formatCount(factor, { locale })}分の1`
    : `1/${formatNumber(factor, { locale })}`;
}
