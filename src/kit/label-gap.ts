/**
 * The room between a line's label and the drawn lines it does not name, shared by the code that
 * places labels on lines (the org chart's link labels, charts/org/layout/link-labels.ts) and the
 * layout lint that checks them (test/lint/line-lint.ts, `label-off-line`).
 *
 * The placer keeps the label's chip (the filled box behind its text) this far from the other
 * line's stroke; the lint measures from the letters, taken no wider than the chip (whatever font
 * draws them, they stand within it). So a spot the placer takes is one the lint accepts, in any font.
 */

/** The least room (px) between a label and the stroke of a line it does not name: closer, a reader may take it for that line's label. */
export const LABEL_OTHER_LINE_GAP = 5;
