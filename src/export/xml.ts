/**
 * XML 1.0 cannot hold most C0 control characters, U+FFFE, U+FFFF or lone surrogates, not even
 * escaped; a serializer writes them anyway and the file no longer opens. Parsers already
 * remove them from the data (src/data/snapshot.ts); this is the last line before a file.
 */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** `text` without the characters XML 1.0 does not allow (tab, LF and CR stay). */
export function toValidXml(text: string): string {
  return text.replace(NOT_XML, '');
}
