/**
 * Copies unknown input into plain data before a parser reads it, so that reading never throws
 * and every string is fit to draw and to write into SVG:
 *
 * - getters that throw, revoked proxies and objects whose keys cannot be listed become a
 *   `value-unreadable` issue at their path (the value is left out);
 * - objects with a null prototype, class instances and proxies become plain objects (own
 *   enumerable string keys, in order; an own `__proto__` key stays an own key);
 * - text is normalised: U+000B (PowerPoint's soft line break), U+000C, U+2028, U+2029, CR and
 *   CRLF become `\n`; other C0 controls, U+FFFE, U+FFFF and lone surrogates (none of which XML
 *   can hold) are removed and reported as a `text-control-removed` warning at the string's path.
 *
 * The walk is iterative (any depth) and linear in the input's size; shared and cyclic
 * references are copied once and stay shared or cyclic.
 */
import { createIssue, joinPath, type Issue } from './issues.js';

/** The copy, and what was found on the way. */
export interface Snapshot {
  value: unknown;
  /** Values that could not be read (errors). */
  issues: Issue[];
  /** Text that was changed on the way in (warnings: the document is still drawn). */
  warnings: Issue[];
}

/** Characters that may need normalising: a fast test before the replacements. */
// Control characters are what these patterns are for.
/* eslint-disable no-control-regex */
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;
const LINE_BREAK = /\r\n?|[\u000B\u000C\u2028\u2029]/g;
/** With the `u` flag, `[\uD800-\uDFFF]` matches only lone surrogates (pairs are one code point). */
const REMOVED = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
/* eslint-enable no-control-regex */

/** Text normalised as described above, and how many characters were removed. */
export function normalizeText(text: string): { text: string; removed: number } {
  if (!SUSPECT.test(text) && !text.includes('\r')) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(LINE_BREAK, '\n').replace(REMOVED, () => {
    removed += 1;
    return '';
  });
  return { text: out, removed };
}

/** A place in the input: its parent's place and its key, so paths are built only when needed. */
interface Place {
  parent: Place | undefined;
  key: string | number;
}

/** The place `parent[key]`; the root (no key) has none. */
function placeOf(parent: Place | undefined, key: string | number | undefined): Place | undefined {
  return key === undefined ? undefined : { parent, key };
}

function pathOf(place: Place | undefined): string {
  const keys: Array<string | number> = [];
  for (let p = place; p; p = p.parent) keys.push(p.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) path = joinPath(path, keys[i]!);
  return path;
}

function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : typeof error;
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return 'error';
  }
}

/** Sets `obj[key] = value` as an own data property (an own `__proto__` key stays a key). */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Copies `input` into plain data (see the module comment). Never throws. */
export function snapshotInput(input: unknown): Snapshot {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const copies = new Map<object, unknown>();
  const work: Array<{ source: object; target: Record<string, unknown> | unknown[]; place: Place | undefined }> = [];

  /**
   * The copy of one value found at `parent[key]` (containers are queued, not walked here).
   * Its `Place` is made only when needed (a container's children, a warning), not per value.
   */
  const copy = (value: unknown, parent: Place | undefined, key: string | number | undefined): unknown => {
    if (typeof value === 'string') {
      const { text, removed } = normalizeText(value);
      if (removed > 0) warnings.push(createIssue('text-control-removed', pathOf(placeOf(parent, key)), { count: removed }));
      return text;
    }
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
    if (typeof value === 'function') return value;
    const seen = copies.get(value);
    if (seen !== undefined) return seen;
    const target: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    copies.set(value, target);
    work.push({ source: value, target, place: placeOf(parent, key) });
    return target;
  };

  const unreadable = (place: Place | undefined, error: unknown) =>
    issues.push(createIssue('value-unreadable', pathOf(place), { detail: errorText(error) }));

  let root: unknown;
  try {
    root = copy(input, undefined, undefined);
  } catch (error) {
    unreadable(undefined, error);
    return { value: undefined, issues, warnings };
  }
  while (work.length > 0) {
    const { source, target, place } = work.pop()!;
    try {
      if (Array.isArray(target)) {
        const array = source as unknown[];
        const length = array.length;
        for (let i = 0; i < length; i++) {
          try {
            target.push(copy(array[i], place, i));
          } catch (error) {
            target.push(undefined);
            unreadable(placeOf(place, i), error);
          }
        }
      } else {
        const object = source as Record<string, unknown>;
        const keys = Object.keys(object);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          try {
            setOwn(target, key, copy(object[key], place, key));
          } catch (error) {
            unreadable(placeOf(place, key), error);
          }
        }
      }
    } catch (error) {
      unreadable(place, error);
    }
  }
  return { value: root, issues, warnings };
}
