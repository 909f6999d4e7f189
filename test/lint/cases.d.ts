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
/** A story of stories/*.stories.ts as the lint draws it. */
export interface LintStory extends LintSeed {
  /** `<file stem>:<export>`, e.g. `org-chart:GovernanceLeftRight`. */
  story: string;
  /** Inline style of the element (`--policy-font-size: 18px`). */
  style?: string;
  /** Names of LINT_WIDTHS the story is meant for (all four unless `why` says otherwise). */
  widths: readonly string[];
  /** Why the story is linted at fewer widths. */
  why?: string;
  /** The chart's size on the slide when the story's slide differs from the lint's 1888 × 1048. */
  slideBox?: { width: number; height: number };
  /** Drawn with forced colours (emulated by test/lint/run.mjs). */
  forcedColors?: boolean;
  /** `error` for an error story (the message, no drawing). */
  status?: 'ready' | 'error';
}
export declare const LINT_STORIES: readonly LintStory[];
