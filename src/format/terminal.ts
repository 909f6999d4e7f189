/**
 * Text for a terminal: control characters other than line feed and tab (C0, DEL, C1, among
 * them ESC and CSI, which start escape sequences) and bidirectional overrides are written as
 * `\u{1b}`-style escapes, so a value quoted from a document can neither recolour, move the
 * cursor, retitle the window nor reorder what the reader sees.
 */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with terminal control characters escaped (see the module comment). */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
