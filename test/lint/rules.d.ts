/** The names of the layout lint's rules. */
export declare const LINT_RULES: readonly [
  'text-overflow',
  'text-truncated',
  'text-clipped',
  'content-outside',
  'text-overlap',
  'label-over-shape',
  'text-too-small',
  'lane-mismatch',
  'lane-split',
  'line-crossing',
  'line-parallel',
  'line-too-long',
  'label-off-line',
];
