/**
 * CSV and TSV as Japanese offices write them: UTF-8 with or without a byte order mark, or
 * Shift_JIS (what Excel in Japan still saves as 「CSV（コンマ区切り）」).
 */
import { dsvFormat } from 'd3-dsv';
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
 * may hold delimiters, line breaks and doubled quotes (d3-dsv's parser).
 */
export function parseDelimitedRows(text: string, delimiter: ',' | '\t'): string[][] {
  return (delimiter === '\t' ? tsv : csv).parseRows(text);
}

const csv = dsvFormat(',');
const tsv = dsvFormat('\t');
