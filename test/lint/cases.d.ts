/** A seed data set: `data` is a URL under the repo root, or `generate:N`. */
export interface LintSeed {
  name: string;
  tag: string;
  data: string;
  /** Attributes of the element (`mode`, `supplementary`, `lang`…), as a story sets them. */
  attrs?: Readonly<Record<string, string>>;
}
/** A width the lint runs at; a slide also fixes the height, the viewport and 18 px text. */
export interface LintWidth {
  name: string;
  width: number;
  height?: number;
  viewport: { width: number; height: number };
  minFontPx: number;
  slide: boolean;
}
export declare const LINT_SEEDS: readonly LintSeed[];
export declare const LINT_WIDTHS: readonly LintWidth[];
