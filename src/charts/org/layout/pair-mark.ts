/**
 * The number that pairs the two end badges of a line drawn as badges (link-labels.ts), and the
 * ring it is drawn in. The number is text (「所管 ↑⑦」 in the layout's texts, tooltips and the
 * legend); drawn, it is its plain digits at the badge's type size inside a ring of its own: a
 * circled glyph (⑦) draws its digit at under half the type size (about 5 px at 12 px, R13-7-1).
 */

/**
 * The mark of the n-th pair: ①–⑳, ㉑–㊿, then (51), (52)…
 */
export function orgPairMark(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

/** A pair mark at the end of a text (see {@link orgPairMark}). */
export const ORG_PAIR_MARK_AT_END = /(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|\(\d+\))$/u;

/** The number a pair mark stands for, in plain digits. */
export function orgPairDigits(mark: string): string {
  const c = mark.codePointAt(0)!;
  if (c >= 0x2460 && c <= 0x2473) return String(c - 0x2460 + 1);
  if (c >= 0x3251 && c <= 0x325f) return String(c - 0x3251 + 21);
  if (c >= 0x32b1 && c <= 0x32bf) return String(c - 0x32b1 + 36);
  return mark.replace(/\D/gu, '');
}

/** Room (px) between a badge's text and the ring of its number. */
export const ORG_PAIR_RING_GAP = 1;

/** Room (px) between two rings in one chip (「連携等 3 ⑤⑥⑦」): touching rings read as a chain (R14-4-1). */
export const ORG_PAIR_RINGS_GAP = 3;

/**
 * The ring a pair mark is drawn in at type size `size` (px): 1 em tall and, round one digit
 * (bold, about 0.6 em wide), 0.8 em wide, as wide as the circled glyph it stands for (a compact
 * badge, 「所管⑦」, keeps its width); wider round more digits. Its digits are drawn at that size.
 */
export function orgPairRing(mark: string, size: number): { digits: string; width: number; height: number } {
  const digits = orgPairDigits(mark);
  return { digits, width: Math.ceil(size * (0.6 * digits.length + 0.2)), height: Math.round(size) };
}
