/**
 * Option checking, once and the same way in every element (Plot's `keyword`): a value outside
 * the allowed list falls back to the default with one warning per element, option and value.
 * Every warning starts with `policy-charts: unknown` (grep for it).
 */

const warned = new Set<string>();

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
    const message = `policy-charts: unknown ${name} "${String(value)}" (allowed: ${allowed.join(', ')}); using "${fallback}"`;
    if (!warned.has(message)) {
      warned.add(message);
      warn(message);
    }
  }
  return fallback;
}
