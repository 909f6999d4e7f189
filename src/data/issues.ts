/**
 * Problems found in input data. Parsers never throw: they return `{ ok: false, issues }`.
 * An issue is plain data; `formatIssue` (src/format/messages) turns it into a localised line.
 */

/** Parameters of an issue message: plain values only, so issues serialise as JSON. */
export type IssueParams = Record<string, string | number>;

/** One problem with the input, at a JSON path such as `items[2].amount`. */
export interface Issue {
  /** A short, greppable code, e.g. `amount-unreadable`, `duplicate-id`, `cycle`. */
  code: string;
  /** JSON path of the offending value; `''` for the whole document. */
  path: string;
  params: IssueParams;
}

/**
 * The result of every parser. `warnings` (present only when there are some) are problems that
 * were repaired on the way in, such as control characters removed from text: the document is
 * still drawn.
 */
export type ParseResult<T> =
  | { ok: true; value: T; warnings?: Issue[] }
  | { ok: false; issues: Issue[]; warnings?: Issue[] };

/** Makes an issue. */
export function createIssue(code: string, path: string, params: IssueParams = {}): Issue {
  return { code, path, params };
}

/** Joins a JSON path and a key or index: `joinPath('items', 2)` is `items[2]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base ? `${base}.${key}` : key;
}
