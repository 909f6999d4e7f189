/**
 * Interval arithmetic and scale helpers for effect charts. Pure functions, no DOM.
 *
 * - `wilsonInterval`: the Wilson score interval for one proportion (Newcombe 1998a, method 3:
 *   "Two-sided confidence intervals for the single proportion", Stat Med 17:857-872).
 * - `newcombeDifference`: the hybrid score interval for the difference of two independent
 *   proportions (Newcombe 1998b, method 10: "Interval estimation for the difference between
 *   independent proportions", Stat Med 17:873-890).
 * - `logTicks`, `shouldUseLog`: decade ticks and the log-or-linear decision of magnitude charts.
 *
 * These take already validated numbers: a share outside 0..1 or a non-positive `n` is a
 * programmer's error here (the parser reports it to users), so they throw a `RangeError`.
 */
import { max, min } from './extent.js';

/** The standard normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959964;

/** A closed interval `[lower, upper]`. */
export interface Interval {
  lower: number;
  upper: number;
}

/** A difference of two proportions with its interval. */
export interface DifferenceInterval extends Interval {
  /** `p1 - p2`. */
  difference: number;
}

/** Options of `wilsonInterval`: give `share` or `successes` (with `n`). */
export interface WilsonOptions {
  /** Number of successes, `0..n` (need not be a whole number when derived from a share). */
  successes?: number;
  /** Observed share in 0..1; wins over `successes` when both are given. */
  share?: number;
  /** Sample size, > 0. */
  n: number;
  /** Normal quantile; 1.959964 (95%) by default. */
  z?: number;
}

function assertSample(share: number, n: number, z: number): void {
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError(`stats: n must be > 0 (got ${n})`);
  if (!(Number.isFinite(share) && share >= 0 && share <= 1)) {
    throw new RangeError(`stats: share must be in 0..1 (got ${share})`);
  }
  if (!(Number.isFinite(z) && z > 0)) throw new RangeError(`stats: z must be > 0 (got ${z})`);
}

/**
 * The Wilson score interval (without continuity correction) for a proportion:
 * `(p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)`. 81/263 gives 0.2553–0.3662 and 0/20
 * gives 0–0.1611 (Newcombe 1998a, Table I). The limits never leave 0..1; a share of 0 has a
 * lower limit of exactly 0 and a share of 1 an upper limit of exactly 1.
 */
export function wilsonInterval(options: WilsonOptions): Interval {
  const { n, z = Z_95 } = options;
  const share = options.share ?? (options.successes === undefined ? Number.NaN : options.successes / n);
  assertSample(share, n, z);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return {
    lower: share === 0 ? 0 : Math.max(0, centre - half),
    upper: share === 1 ? 1 : Math.min(1, centre + half),
  };
}

/** Options of `newcombeDifference`: two observed shares and their sample sizes. */
export interface NewcombeOptions {
  /** First group's share in 0..1. */
  p1: number;
  /** First group's sample size. */
  n1: number;
  /** Second group's share in 0..1. */
  p2: number;
  /** Second group's sample size. */
  n2: number;
  /** Normal quantile; 1.959964 (95%) by default. */
  z?: number;
}

/**
 * Newcombe's hybrid score interval for `p1 − p2` (method 10): with Wilson intervals
 * `(l1, u1)` and `(l2, u2)`, the limits are `d − √((p1−l1)² + (u2−p2)²)` and
 * `d + √((u1−p1)² + (p2−l2)²)`. 56/70 − 48/80 gives 0.2000 (0.0524 to 0.3339).
 */
export function newcombeDifference(options: NewcombeOptions): DifferenceInterval {
  const { p1, n1, p2, n2, z = Z_95 } = options;
  const a = wilsonInterval({ share: p1, n: n1, z });
  const b = wilsonInterval({ share: p2, n: n2, z });
  const difference = p1 - p2;
  return {
    difference,
    lower: Math.max(-1, difference - Math.hypot(p1 - a.lower, b.upper - p2)),
    upper: Math.min(1, difference + Math.hypot(a.upper - p1, p2 - b.lower)),
  };
}

/** `10^k` written exactly (`1e-3` rather than `10 ** -3`, which is 0.0010000000000000002). */
function decade(k: number): number {
  return Number(`1e${k}`);
}

/** The largest `k` with `10^k <= value`, exact at powers of ten. */
function floorLog10(value: number): number {
  let k = Math.floor(Math.log10(value));
  if (decade(k + 1) <= value) k += 1;
  if (decade(k) > value) k -= 1;
  return k;
}

/**
 * Decade ticks for a log axis: every power of ten from the decade at or below `min` to the
 * decade at or above `max` (`{min: 7, max: 4748}` → 1, 10, 100, 1000, 10000). Exact values
 * (1000, not 999.9999999999999). Both ends must be > 0 and `min <= max`.
 */
export function logTicks(options: { min: number; max: number }): number[] {
  const { min, max } = options;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min > 0 && max >= min)) {
    throw new RangeError(`logTicks: need 0 < min <= max (got ${min}, ${max})`);
  }
  const first = floorLog10(min);
  const lastFloor = floorLog10(max);
  const last = decade(lastFloor) === max ? lastFloor : lastFloor + 1;
  const ticks: number[] = [];
  for (let k = first; k <= last; k += 1) ticks.push(decade(k));
  return ticks;
}

/** The ratio above which a magnitude chart uses a log scale. */
export const LOG_RATIO_THRESHOLD = 100;

/**
 * Whether values should be compared on a log scale: every value is finite and > 0 and the
 * largest is more than 100 times the smallest (30億ドル vs 1,000ドル: yes; 2億人 vs 400万人,
 * 50 times: no). Fewer than two values: no.
 */
export function shouldUseLog(options: { values: readonly number[] }): boolean {
  const { values } = options;
  if (values.length < 2) return false;
  if (!values.every((v) => Number.isFinite(v) && v > 0)) return false;
  return max(values)! / min(values)! > LOG_RATIO_THRESHOLD;
}
