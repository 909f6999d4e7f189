/**
 * Small readers shared by the parsers: each reads one field of a plain object and, when it is
 * wrong, pushes an issue with the field's path instead of throwing.
 */
import { createIssue, joinPath, type Issue } from './issues.js';
import { CHART_TYPES, type ChartType, type DocumentMeta } from './types.js';

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues while a parser walks the input. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  add(code: string, path: string, params: Issue['params'] = {}): void {
    this.issues.push(createIssue(code, path, params));
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }

  /** A required non-empty string at `obj[key]`. */
  requiredString(obj: Record<string, unknown>, key: string, path: string): string | undefined {
    const value = obj[key];
    // The path is built only for an issue: most values are fine.
    if (typeof value === 'string' && value.trim() !== '') return value;
    const at = joinPath(path, key);
    if (value === undefined || value === null) this.add('missing', at, { key });
    else if (typeof value !== 'string') this.add('wrong-type', at, { expected: 'string' });
    else this.add('empty-string', at);
    return undefined;
  }

  /** An optional string at `obj[key]`; numbers are accepted as their text. */
  optionalString(obj: Record<string, unknown>, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') {
      this.add('wrong-type', joinPath(path, key), { expected: 'string' });
      return undefined;
    }
    return value;
  }

  /** An optional array of strings at `obj[key]`; `[]` when absent. */
  stringArray(obj: Record<string, unknown>, key: string, path: string): string[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.add('not-array', joinPath(path, key));
      return [];
    }
    const out: string[] = [];
    value.forEach((v, i) => {
      if (typeof v === 'string') out.push(v);
      else this.add('wrong-type', joinPath(joinPath(path, key), i), { expected: 'string' });
    });
    return out;
  }

  /** An optional array at `obj[key]`; `[]` when absent (with an issue when not an array). */
  array(obj: Record<string, unknown>, key: string, path: string, required = false): unknown[] {
    const value = obj[key];
    if (Array.isArray(value)) return value;
    if (value === undefined || value === null) {
      if (required) this.add('missing', joinPath(path, key), { key });
      return [];
    }
    this.add('not-array', joinPath(path, key));
    return [];
  }

  /** An optional value from a fixed list (`as const` array). */
  oneOf<T extends string>(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    allowed: readonly T[],
  ): T | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add('unknown-value', joinPath(path, key), { value: describeValue(value), allowed: allowed.join(', ') });
    return undefined;
  }
}

/** Keys of `DocumentMeta` that are read by `readMeta`. */
const META_KEYS = ['title', 'description', 'source', 'lang'] as const;

/**
 * Reads the keys every document may carry, and keeps unknown keys (those not in `known`) in
 * `extra`, as the format promises.
 */
export function readMeta(
  obj: Record<string, unknown>,
  known: readonly string[],
  issues: IssueCollector,
): DocumentMeta {
  const meta: DocumentMeta = { extra: {} };
  for (const key of META_KEYS) {
    const v = issues.optionalString(obj, key, '');
    if (v !== undefined) meta[key] = v;
  }
  const knownSet = new Set<string>([...META_KEYS, 'type', ...known]);
  for (const [k, v] of Object.entries(obj)) {
    // defineProperty keeps an own `__proto__` key as a key (assignment would set the prototype).
    if (!knownSet.has(k)) Object.defineProperty(meta.extra, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return meta;
}

/**
 * Records ids, each with what it names, and reports a `duplicate-id` issue for each repeat,
 * naming the first occurrence. One map serves as the parser's id lookup too (no second map of
 * the same ids: hashing 50,000 ids twice was a visible share of a parse).
 */
export class IdRegistry<T extends { readonly path: string }> {
  private readonly first = new Map<string, T>();

  constructor(private readonly issues: IssueCollector) {}

  /** Registers `value` under `id`; false (with an issue at `value.path`) when the id was seen before. */
  register(id: string, value: T): boolean {
    const seen = this.first.get(id);
    if (seen !== undefined) {
      this.issues.add('duplicate-id', joinPath(value.path, 'id'), { id, first: seen.path });
      return false;
    }
    this.first.set(id, value);
    return true;
  }

  has(id: string): boolean {
    return this.first.has(id);
  }

  /** The first value registered under `id`. */
  get(id: string): T | undefined {
    return this.first.get(id);
  }

  /** Every first occurrence by id, in the order registered. */
  get byId(): ReadonlyMap<string, T> {
    return this.first;
  }
}

/** Longest description {@link describeValue} gives (longer text ends in `…`). */
const DESCRIBE_MAX = 200;

/** One primitive as JSON would write it (strings quoted when `quote`). */
function describePrimitive(value: unknown, quote: boolean): string {
  switch (typeof value) {
    case 'string':
      return quote ? JSON.stringify(value.length > DESCRIBE_MAX ? value.slice(0, DESCRIBE_MAX) : value) : value;
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.description === undefined ? 'Symbol()' : `Symbol(${value.description})`;
    case 'function':
      return 'function';
    case 'undefined':
      return 'undefined';
    default:
      return String(value);
  }
}

/**
 * Any value as short text for a message, JSON-like (`{"a":[1,2]}`), cut to about 200
 * characters with `…`. Never throws and never recurses: nesting of any depth, cycles, BigInt,
 * symbols, null-prototype objects, proxies and throwing getters are all described.
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value !== 'object' || value === null) {
      const text = describePrimitive(value, false);
      return text.length > DESCRIBE_MAX ? `${text.slice(0, DESCRIBE_MAX)}…` : text;
    }
    let out = '';
    // A stack of what is still to be written: literal text, or a value.
    const todo: Array<{ text: string } | { value: unknown }> = [{ value }];
    while (todo.length > 0 && out.length <= DESCRIBE_MAX) {
      const next = todo.pop()!;
      if ('text' in next) {
        out += next.text;
        continue;
      }
      const v = next.value;
      if (typeof v !== 'object' || v === null) {
        out += v === null ? 'null' : describePrimitive(v, true);
        continue;
      }
      const parts: Array<{ text: string } | { value: unknown }> = [];
      if (Array.isArray(v)) {
        // Only as many elements as can be shown are looked at.
        const n = Math.min(v.length, DESCRIBE_MAX);
        for (let i = 0; i < n; i++) {
          if (i > 0) parts.push({ text: ',' });
          parts.push({ value: v[i] });
        }
        if (n < v.length) parts.push({ text: ',…' });
        out += '[';
        todo.push({ text: ']' });
      } else {
        const keys = Object.keys(v).slice(0, DESCRIBE_MAX);
        keys.forEach((k, i) => {
          parts.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(k)}:` });
          let item: unknown;
          try {
            item = (v as Record<string, unknown>)[k];
          } catch {
            item = undefined;
          }
          parts.push({ value: item });
        });
        out += '{';
        todo.push({ text: '}' });
      }
      for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]!);
    }
    return out.length > DESCRIBE_MAX || todo.length > 0 ? `${out.slice(0, DESCRIBE_MAX)}…` : out;
  } catch {
    return typeof value === 'object' ? 'object' : typeof value;
  }
}

/**
 * Checks the document's `type` against the one a parser reads: `missing`, `wrong-chart` (another
 * known type: the data is for another element) or `unknown-type`, at path `type`.
 */
export function checkDocumentType(input: Record<string, unknown>, expected: ChartType, issues: IssueCollector): void {
  const type = input.type;
  if (type === expected) return;
  if (type === undefined || type === null) issues.add('missing', 'type', { key: 'type' });
  else if (typeof type === 'string' && (CHART_TYPES as readonly string[]).includes(type)) {
    issues.add('wrong-chart', 'type', { expected, value: type });
  } else issues.add('unknown-type', 'type', { value: describeValue(type) });
}
