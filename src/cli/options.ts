/**
 * The one option parser of the `policy-charts` commands (`render`, `import`, and `npm run svg`,
 * which is `render --fonts none`): node:util's parseArgs with the checks every command shares,
 * and one kind of error for a bad command line (the caller prints it with its usage, exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';

/** A bad command line: printed with the command's usage; exit code 2. */
export class UsageError extends Error {}

/** Whether `error` is a bad command line (ours, or one node:util's parseArgs threw). */
export function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || Boolean((error as { code?: string } | undefined)?.code?.startsWith('ERR_PARSE_ARGS'));
}

/** Options every command takes. */
const COMMON_OPTIONS = {
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Parses a command's arguments: its own options plus `-o/--output`, `--lang` and `-h/--help`.
 * Throws a {@link UsageError} (or parseArgs' own error) for unknown options or a wrong count of
 * positionals (`min`..`max`).
 */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  positionals: { min: number; max: number },
) {
  const parsed = parseArgs({ args: [...args], allowPositionals: true, options: { ...COMMON_OPTIONS, ...options } });
  const count = parsed.positionals.length;
  const help = (parsed.values as { help?: boolean }).help === true;
  if (!help && (count < positionals.min || count > positionals.max)) throw new UsageError('');
  return parsed;
}

/** A value from a fixed list, or undefined when not given. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

/** A number in [min, max], or undefined when not given. */
export function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number between ${min} and ${max} (got ${value})`);
  return n;
}

/** `--lang`: a locale, or undefined (the document's own language). */
export function localeOption(value: string | undefined): Locale | undefined {
  return value === undefined ? undefined : toLocale(value);
}

/** The message printed for a bad command line: what is wrong (when known), then the usage. */
export function usageMessage(error: Error, usage: string): string {
  return `${error.message ? `${error.message}\n` : ''}${usage}\n`;
}
