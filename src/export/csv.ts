/**
 * CSV of table rows (pure; a module of its own so that a chart's `toCSV()` does not load the
 * rest of the export code, which the elements load on the first export).
 */

/** Options of {@link toCSV}. */
export interface ToCSVOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads Japanese text correctly (default false). */
  bom?: boolean;
}

/** One CSV cell: strings as given, finite numbers in plain digits (no grouping), others empty. */
function csvField(value: string | number | null | undefined): string {
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  // A label such as "=HYPERLINK(…)" must stay text in a spreadsheet (CSV injection).
  // A line feed first counts too: some spreadsheets skip it and read the `=` after it.
  else text = /^[=+\-@\t\r\n]/.test(value ?? '') ? `'${value}` : (value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180): fields with a comma, a double quote or a line break are
 * quoted and quotes doubled; records end with CRLF. Numbers are written unformatted
 * (`4910000000`) so spreadsheets read them as numbers.
 */
export function toCSV(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, options: ToCSVOptions = {}): string {
  const body = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return (options.bom ? '\uFEFF' : '') + body;
}
