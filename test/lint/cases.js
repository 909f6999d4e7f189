// The seed data sets and widths the layout lint runs on, shared by test/lint/run.mjs (Node) and
// test/lint/seeds.lint-test.ts (the browser test that is not yet in `npm test`).

/** @typedef {{ name: string, tag: string, data: string, attrs?: Readonly<Record<string, string>> }} LintSeed */
/** @typedef {{ name: string, width: number, viewport: { width: number, height: number }, height?: number, minFontPx: number, slide: boolean }} LintWidth */

/**
 * Every seed data set, by chart. `data` is a URL under the repo root, or `generate:N` for a
 * generated organisation of N bodies (test/fixtures/generate-organization.ts), or `flare` for the
 * flare-like wide tree (test/fixtures/flare-like.ts), or `budget:leaves=8,seed=11,unit=兆円,depth=3`
 * for a generated budget (test/fixtures/generate-budget.ts). `attrs`: attributes of the element,
 * as a story sets them (the budget stories' cases: 補正, change mode, a form, English, dark).
 * @type {readonly LintSeed[]}
 */
export const LINT_SEEDS = Object.freeze([
  { name: 'org/governance', tag: 'policy-org-chart', data: '/data/governance.json' },
  { name: 'org/partnership-council', tag: 'policy-org-chart', data: '/data/partnership-council.json' },
  { name: 'org/generated-200', tag: 'policy-org-chart', data: 'generate:200' },
  { name: 'org/flare-like', tag: 'policy-org-chart', data: 'flare' },
  { name: 'treemap/pharma-budget', tag: 'policy-budget-treemap', data: '/data/pharma-budget.json' },
  { name: 'treemap/midnet-budget', tag: 'policy-budget-treemap', data: '/data/midnet-budget.json' },
  // The budget stories (stories/budget-treemap.stories.ts) beyond the seeds as they are.
  { name: 'treemap/pharma-budget+supplementary', tag: 'policy-budget-treemap', data: '/data/pharma-budget.json', attrs: { supplementary: 'with-supplementary' } },
  { name: 'treemap/pharma-budget+en', tag: 'policy-budget-treemap', data: '/data/pharma-budget.json', attrs: { lang: 'en' } },
  { name: 'treemap/pharma-budget+dark', tag: 'policy-budget-treemap', data: '/data/pharma-budget.json', attrs: { theme: 'dark' } },
  { name: 'treemap/midnet-budget+change', tag: 'policy-budget-treemap', data: '/data/midnet-budget.json', attrs: { mode: 'change' } },
  { name: 'treemap/midnet-budget+treemap', tag: 'policy-budget-treemap', data: '/data/midnet-budget.json', attrs: { form: 'treemap' } },
  { name: 'treemap/generated-budget-national', tag: 'policy-budget-treemap', data: 'budget:leaves=8,seed=11,unit=兆円,depth=3' },
  // The EveryLeaf story's form (min-cell-area 0: every level drawn), on 2,000 leaves so four widths stay quick.
  { name: 'treemap/generated-every-leaf', tag: 'policy-budget-treemap', data: 'budget:leaves=2000,seed=7', attrs: { 'min-cell-area': '0' } },
  ...[
    'distribution',
    'egfr-response',
    'egfr-response.en',
    'genome-cost',
    'genome-time',
    'interval-example',
    'midnet-scale',
    'pairwise-example',
    'sakigake',
  ].map((f) => ({ name: `effect/${f}`, tag: 'policy-effect-chart', data: `/data/effects/${f}.json` })),
  // The effect stories beyond the seeds: the illustrations (stories/data), dark, English UI over Japanese labels.
  ...['three-groups', 'listed-comparisons', 'derived-change-point'].map((f) => ({ name: `effect/story-${f}`, tag: 'policy-effect-chart', data: `/stories/data/${f}.json` })),
  { name: 'effect/distribution+dark', tag: 'policy-effect-chart', data: '/data/effects/distribution.json', attrs: { theme: 'dark' } },
  { name: 'effect/egfr-response+en-ui', tag: 'policy-effect-chart', data: '/data/effects/egfr-response.json', attrs: { lang: 'en' } },
  // The governance chart with the English UI: link labels ("Joint secretariat") 2–3× as long as the Japanese ones.
  { name: 'org/governance+en', tag: 'policy-org-chart', data: '/data/governance.json', attrs: { lang: 'en' } },
  // The org arrangement of hanging leaves in several columns: the flare-like packages in the fixed compact orientation at every width.
  { name: 'org/flare-like+compact', tag: 'policy-org-chart', data: 'flare', attrs: { orientation: 'compact' } },
]);

/**
 * The widths: a phone, a narrow column, a desktop page, and a 1920×1080 slide (the chart given
 * the slide's size less a 16 px margin, `preset="slide"`, text at least 18 px, nothing outside the slide).
 * @type {readonly LintWidth[]}
 */
export const LINT_WIDTHS = Object.freeze([
  { name: '360', width: 360, viewport: { width: 392, height: 800 }, minFontPx: 12, slide: false },
  { name: '800', width: 800, viewport: { width: 832, height: 800 }, minFontPx: 12, slide: false },
  { name: '1280', width: 1280, viewport: { width: 1312, height: 800 }, minFontPx: 12, slide: false },
  { name: 'slide', width: 1888, height: 1048, viewport: { width: 1920, height: 1080 }, minFontPx: 18, slide: true },
]);
