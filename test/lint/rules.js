// The rule names of the layout lint, for Node scripts (test/lint/layout-lint.ts has the same list).
export const LINT_RULES = Object.freeze([
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
]);
