/**
 * CSV and TSV as Japanese offices write them: UTF-8 with or without a byte order mark, or
 * Shift_JIS (what Excel in Japan still saves as 「CSV（コンマ区切り）」).
 */
import type { SheetTable } from './sheet.js';

/** Which encoding {@link decodeTableText} found. */
export type TextEncodingName = 'utf-8' | 'shift_jis';

/**
 * Bytes to text: a UTF-8 byte order mark, or bytes that are valid UTF-8, are read as UTF-8;
 * anything else as Shift_JIS (Windows-31J, as `TextDecoder('shift_jis')` reads it).
 */
export function decodeTableText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** Options of {@link parseDelimited}. */
export interface ParseDelimitedOptions {
  /** `,` or a tab; by default a tab when the file name ends in .tsv or the first line has tabs and no commas. */
  delimiter?: ',' | '\t';
  /** The file name shown in messages. */
  file?: string;
}

/** Text of a CSV or TSV file to a sheet of text cells (a leading byte order mark is dropped). */
export function parseDelimited(text: string, options: ParseDelimitedOptions = {}): SheetTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const tab =
    options.delimiter === '\t' ||
    (options.delimiter === undefined &&
      (/\.tsv$/i.test(options.file ?? '') || (firstLine.includes('\t') && !firstLine.includes(','))));
  const rows = parseDelimitedRows(body, tab ? '\t' : ',');
  const sheet: SheetTable = { rows };
  if (options.file) sheet.file = options.file;
  return sheet;
}

/** Bytes of a CSV or TSV file to a sheet, decoding UTF-8 or Shift_JIS. */
export function readDelimited(bytes: Uint8Array, options: ParseDelimitedOptions = {}): SheetTable {
  return parseDelimited(decodeTableText(bytes).text, options);
}

/**
 * Rows of RFC 4180 text: fields split at `delimiter`, records at CRLF, LF or CR; a quoted field
 * may hold delimiters, line breaks and doubled quotes. d3-dsv's `parseRows` (ISC licence,
 * Mike Bostock) ported as it is, so it gives the same rows (a test checks this on random text),
 * without the formatting half of d3-dsv: the one-file bundle reads CSV for `src=` and must stay
 * within its size budget.
 */
export function parseDelimitedRows(text: string, delimiter: ',' | '\t'): string[][] {
  const QUOTE = 34;
  const NEWLINE = 10;
  const RETURN = 13;
  const DELIMITER = delimiter.charCodeAt(0);
  const EOL = {};
  const EOF = {};
  const rows: string[][] = [];
  let N = text.length;
  let I = 0;
  let eof = N <= 0;
  let eol = false;
  // Strip the trailing newline.
  if (text.charCodeAt(N - 1) === NEWLINE) --N;
  if (text.charCodeAt(N - 1) === RETURN) --N;

  const token = (): string | typeof EOL => {
    if (eof) return EOF;
    if (eol) return ((eol = false), EOL);
    const j = I;
    let i: number;
    let c: number;
    if (text.charCodeAt(j) === QUOTE) {
      while ((I++ < N && text.charCodeAt(I) !== QUOTE) || text.charCodeAt(++I) === QUOTE);
      if ((i = I) >= N) eof = true;
      else if ((c = text.charCodeAt(I++)) === NEWLINE) eol = true;
      else if (c === RETURN) {
        eol = true;
        if (text.charCodeAt(I) === NEWLINE) ++I;
      }
      return text.slice(j + 1, i - 1).replace(/""/g, '"');
    }
    while (I < N) {
      if ((c = text.charCodeAt((i = I++))) === NEWLINE) eol = true;
      else if (c === RETURN) {
        eol = true;
        if (text.charCodeAt(I) === NEWLINE) ++I;
      } else if (c !== DELIMITER) continue;
      return text.slice(j, i);
    }
    return ((eof = true), text.slice(j, N));
  };

  let t: string | typeof EOL;
  while ((t = token()) !== EOF) {
    const row: string[] = [];
    while (t !== EOL && t !== EOF) {
      row.push(t as string);
      t = token();
    }
    rows.push(row);
  }
  return rows;
}
