/**
 * Option checking, once and the same way in every element (Plot's `keyword`): a value outside
 * the allowed list (or a number out of range) falls back to the default with one warning per
 * element, option and value. Every warning starts with `policy-charts: unknown` (grep for it).
 */

const warned = new Set<string>();

function warnOnce(message: string, warn: (message: string) => void): void {
  if (warned.has(message)) return;
  warned.add(message);
  warn(message);
}

/** Options of {@link keyword}. */
export interface KeywordOptions<T extends string> {
  /** Where the value came from, for the warning: `policy-budget-treemap mode`. */
  name: string;
  allowed: readonly T[];
  fallback: NoInfer<T>;
  /** Receives the warning (default `console.warn`); each distinct warning is given once. */
  warn?: (message: string) => void;
}

/** `value` when it is one of `allowed`, else `fallback` (with one warning); `undefined` and `null` fall back silently. */
export function keyword<T extends string>(value: unknown, options: KeywordOptions<T>): T {
  const { name, allowed, fallback, warn = console.warn } = options;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value !== undefined && value !== null) {
    warnOnce(`policy-charts: unknown ${name} "${String(value)}" (allowed: ${allowed.join(', ')}); using "${fallback}"`, warn);
  }
  return fallback;
}

/** Options of {@link numberOption}. */
export interface NumberOptionOptions {
  /** Where the value came from, for the warning: `policy-budget-treemap min-cell-area`. */
  name: string;
  /** Smallest allowed value (inclusive). */
  min: number;
  /** What the caller uses instead, in words for the warning (`the default`). */
  fallback: string;
  warn?: (message: string) => void;
}

/**
 * `value` when it is a finite number of at least `min`; otherwise undefined (the caller's
 * default), with one warning. `undefined` and `null` (not set) are undefined without one.
 */
export function numberOption(value: unknown, options: NumberOptionOptions): number | undefined {
  const { name, min, fallback, warn = console.warn } = options;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value;
  warnOnce(`policy-charts: unknown ${name} "${String(value)}" (allowed: a number of at least ${min}); using ${fallback}`, warn);
  return undefined;
}
