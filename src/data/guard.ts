/**
 * The "never throws" contract of the public parsers, in one place: the input is first copied
 * into plain data (./snapshot.ts), and anything that still throws is reported as an
 * `internal-error` issue (a bug in this library), never as a problem with the JSON.
 */
import { createIssue, type ParseResult } from './issues.js';
import { snapshotInput } from './snapshot.js';

/** Text of a caught exception for an `internal-error` issue. */
export function faultDetail(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return 'unknown';
  }
}

/** Runs `parse` on a plain-data copy of `input`; never throws. */
export function parseSafely<T>(input: unknown, parse: (input: unknown) => ParseResult<T>): ParseResult<T> {
  try {
    const snapshot = snapshotInput(input);
    const result = parse(snapshot.value);
    const warnings = snapshot.warnings.length > 0 ? { warnings: snapshot.warnings } : {};
    if (snapshot.issues.length > 0) {
      return { ok: false, issues: [...snapshot.issues, ...(result.ok ? [] : result.issues)], ...warnings };
    }
    return { ...result, ...warnings };
  } catch (error) {
    return { ok: false, issues: [createIssue('internal-error', '', { detail: faultDetail(error) })] };
  }
}
