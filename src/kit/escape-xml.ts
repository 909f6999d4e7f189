/** `text` safe inside XML/SVG markup and attribute values: `<`, `>`, `&` and `"` escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
