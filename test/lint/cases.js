// The seed data sets, the stories and the widths the layout lint runs on, shared by
// test/lint/run.mjs (Node) and the browser tests (org-seeds, budget-effect-seeds and stories.test.ts).

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

/**
 * @typedef {{
 *   story: string,
 *   name: string,
 *   tag: string,
 *   data: string,
 *   attrs?: Readonly<Record<string, string>>,
 *   style?: string,
 *   widths?: readonly string[],
 *   why?: string,
 *   slideBox?: { width: number, height: number },
 *   forcedColors?: boolean,
 *   status?: 'ready' | 'error',
 * }} LintStory
 */

/** Every width's name, for a story drawn at all of them. */
const ALL = Object.freeze(['360', '800', '1280', 'slide']);
/** The org stories' controls as the story sets them: the search box is on (`searchable: true`). */
const ORG = Object.freeze({ searchable: '' });
/** An error story: the message in part="error" at a phone's and a page's width (the lint sees no drawing). */
const ERROR_WIDTHS = Object.freeze(['360', '1280']);
// The lint reads drawings (SVG); on an error story it checks that the message shows (status
// "error") and that nothing is drawn cut or outside.
const ERROR_WHY = 'an error message, not a drawing: a phone and a desktop page';
/** The slide the "For slides" stories draw: 1920×1080 less 48 px above and below and 64 px at the sides. */
const SLIDE_BOX = Object.freeze({ width: 1792, height: 984 });

/**
 * Every story of stories/*.stories.ts (`story`: file stem and export name) with its data and the
 * attributes its args set, at the widths the story is meant for (`widths`, default all four; a
 * shorter list says why in `why`). `data` as in LINT_SEEDS; data only stories use is in
 * stories/data/*.json (a `#key` picks one document of a file of several). `style`: the element's
 * inline style; `slideBox`: the chart's size on the slide when the story's slide is not the
 * lint's 1888×1048; `forcedColors`: drawn with forced colours (test/lint/run.mjs emulates them;
 * the browser test cannot, and lints the same layout in normal colours); `status`: `error` for
 * an error story. Every story needs a case (test/unit/lint-stories.test.ts).
 * @type {readonly LintStory[]}
 */
export const LINT_STORIES = Object.freeze([
  // stories/org-chart.stories.ts (the story's wrapper is 1,200 px wide; the lint's widths stand in for it).
  { story: 'org-chart:Governance', data: '/data/governance.json', attrs: ORG },
  { story: 'org-chart:GovernanceLargeType', data: '/data/governance.json', attrs: ORG, style: '--policy-font-size: 18px', widths: ['1280', 'slide'], why: 'type for a projected page or a slide (names 21 px): a desktop page and the slide' },
  { story: 'org-chart:GovernanceLeftRight', data: '/data/governance.json', attrs: { ...ORG, orientation: 'left-right' }, widths: ['1280', 'slide'], why: 'levels side by side need a wide page: on a phone or an 800 px column a reader gets the auto arrangement (the Governance story)' },
  { story: 'org-chart:GovernanceNarrow', data: '/data/governance.json', attrs: ORG, widths: ['360'], why: 'the phone story (360 px)' },
  { story: 'org-chart:PartnershipCouncil', data: '/data/partnership-council.json', attrs: ORG },
  { story: 'org-chart:SearchObserver', data: '/data/partnership-council.json', attrs: { ...ORG, search: '武田薬品', 'collapsed-depth': '1' } },
  { story: 'org-chart:Generated2000', data: 'generate:2000,seed=7', attrs: ORG },
  { story: 'org-chart:LongLabels', data: '/stories/data/long-labels.json', attrs: ORG },
  { story: 'org-chart:LinksIntoCollapsed', data: '/data/governance.json', attrs: { ...ORG, 'collapsed-depth': '1' } },
  { story: 'org-chart:English', data: '/data/governance.json', attrs: { ...ORG, lang: 'en' } },
  { story: 'org-chart:Dark', data: '/data/governance.json', attrs: { ...ORG, theme: 'dark' }, widths: ['1280'], why: 'the theme changes colours, not the arrangement (the Governance story lints every width): the story\'s desktop width' },
  { story: 'org-chart:ForcedColors', data: '/data/governance.json', attrs: { ...ORG, search: 'ゲノム' }, forcedColors: true, widths: ['1280'], why: 'forced colours change paint, not the arrangement: the story\'s desktop width' },
  ...['ErrorDuplicateId', 'ErrorCycle', 'ErrorUnknownParent', 'ErrorUnknownLane', 'ErrorMissingName', 'ErrorNotOrganization', 'ErrorUnknownLinkEnd'].map((k) => ({
    story: `org-chart:${k}`, data: `/stories/data/org-errors.json#${k}`, attrs: ORG, status: /** @type {const} */ ('error'), widths: ERROR_WIDTHS, why: ERROR_WHY,
  })),

  // stories/budget-treemap.stories.ts (a 1,000 px wrapper).
  { story: 'budget-treemap:Seed', data: '/data/pharma-budget.json' },
  { story: 'budget-treemap:WithSupplementary', data: '/data/pharma-budget.json', attrs: { supplementary: 'with-supplementary' } },
  { story: 'budget-treemap:Phone', data: '/data/pharma-budget.json', widths: ['360'], why: 'the phone story (360 px)' },
  { story: 'budget-treemap:MidnetYearOnYear', data: '/data/midnet-budget.json', attrs: { mode: 'change' } },
  { story: 'budget-treemap:MidnetAsTreemap', data: '/data/midnet-budget.json', attrs: { form: 'treemap' } },
  { story: 'budget-treemap:NationalScale', data: 'budget:leaves=8,seed=11,unit=兆円,depth=3' },
  // About 2 s a width each (making and drawing the leaves; the lint itself takes under 0.4 s).
  { story: 'budget-treemap:FiftyThousandLeaves', data: 'budget:leaves=50000,seed=7' },
  { story: 'budget-treemap:EveryLeaf', data: 'budget:leaves=10000,seed=7', attrs: { 'min-cell-area': '0' } },
  { story: 'budget-treemap:English', data: '/data/pharma-budget.json', attrs: { lang: 'en', 'show-table': '' } },
  { story: 'budget-treemap:Dark', data: '/data/pharma-budget.json', attrs: { theme: 'dark' }, widths: ['1280'], why: 'the theme changes colours, not the arrangement (the Seed story lints every width): the story\'s desktop width' },
  { story: 'budget-treemap:Table', data: '/data/pharma-budget.json', attrs: { 'show-table': '' }, widths: ['360', '1280'], why: 'the open table under the Seed story\'s drawing: a phone and a desktop page' },
  { story: 'budget-treemap:ForcedColors', data: '/data/pharma-budget.json', attrs: { supplementary: 'with-supplementary' }, forcedColors: true, widths: ['1280'], why: 'forced colours change paint, not the arrangement: the story\'s desktop width' },
  ...['ErrorNegativeAmount', 'ErrorUnreadableAmount', 'ErrorUnknownRelistOf', 'ErrorRelistCycle', 'ErrorRelistWithPartOf'].map((k) => ({
    story: `budget-treemap:${k}`, data: `/stories/data/budget-errors.json#${k}`, status: /** @type {const} */ ('error'), widths: ERROR_WIDTHS, why: ERROR_WHY,
  })),

  // stories/effect-chart.stories.ts (a 900 px wrapper).
  { story: 'effect-chart:EgfrResponse', data: '/data/effects/egfr-response.json' },
  { story: 'effect-chart:IntervalExample', data: '/data/effects/interval-example.json' },
  { story: 'effect-chart:Distribution', data: '/data/effects/distribution.json' },
  { story: 'effect-chart:GenomeCost', data: '/data/effects/genome-cost.json' },
  { story: 'effect-chart:GenomeTime', data: '/data/effects/genome-time.json' },
  { story: 'effect-chart:MidnetScale', data: '/data/effects/midnet-scale.json' },
  { story: 'effect-chart:Sakigake', data: '/data/effects/sakigake.json' },
  { story: 'effect-chart:ThreeGroups', data: '/stories/data/three-groups.json' },
  { story: 'effect-chart:PairwiseComparisons', data: '/data/effects/pairwise-example.json' },
  { story: 'effect-chart:ListedComparisons', data: '/stories/data/listed-comparisons.json' },
  { story: 'effect-chart:DerivedChangePoint', data: '/stories/data/derived-change-point.json' },
  { story: 'effect-chart:SlideTallHeight', data: '/data/effects/sakigake.json', widths: ['slide'], why: 'the slide story (1888 × 1048, preset="slide")' },
  { story: 'effect-chart:Phone', data: '/data/effects/distribution.json', widths: ['360'], why: 'the phone story (360 px)' },
  { story: 'effect-chart:English', data: '/data/effects/egfr-response.en.json', attrs: { lang: 'en', 'show-table': '' } },
  { story: 'effect-chart:EnglishUiJapaneseLabels', data: '/data/effects/egfr-response.json', attrs: { lang: 'en' } },
  { story: 'effect-chart:Dark', data: '/data/effects/distribution.json', attrs: { theme: 'dark' }, widths: ['1280'], why: 'the theme changes colours, not the arrangement (the Distribution story lints every width): a desktop page' },
  { story: 'effect-chart:Table', data: '/data/effects/egfr-response.json', attrs: { 'show-table': '' }, widths: ['360', '1280'], why: 'the open table under the EgfrResponse story\'s drawing: a phone and a desktop page' },
  { story: 'effect-chart:ForcedColors', data: '/data/effects/egfr-response.json', forcedColors: true, widths: ['1280'], why: 'forced colours change paint, not the arrangement: a desktop page' },
  ...['ErrorShareOutOfRange', 'ErrorNotPositiveN', 'ErrorCategoriesOver100', 'ErrorNonPositiveOnLogScale', 'ErrorChangeMissingSide'].map((k) => ({
    story: `effect-chart:${k}`, data: `/stories/data/effect-errors.json#${k}`, status: /** @type {const} */ ('error'), widths: ERROR_WIDTHS, why: ERROR_WHY,
  })),

  // stories/for-slides.stories.ts: a 1920×1080 slide with the chart at 1792 × 984 (preset="slide", height="984").
  ...[
    ['OrgChart', 'policy-org-chart', '/data/governance.json'],
    ['BudgetTreemap', 'policy-budget-treemap', '/data/pharma-budget.json'],
    ['EffectChart', 'policy-effect-chart', '/data/effects/egfr-response.json'],
  ].map(([k, tag, data]) => ({ story: `for-slides:${k}`, tag, data, widths: ['slide'], slideBox: SLIDE_BOX, why: 'a slide story: the chart on a 1920×1080 slide' })),
].map((c) => {
  const [file, name] = c.story.split(':');
  const chart = { 'org-chart': 'org', 'budget-treemap': 'treemap', 'effect-chart': 'effect', 'for-slides': 'slides' }[file];
  const tag = c.tag ?? { 'org-chart': 'policy-org-chart', 'budget-treemap': 'policy-budget-treemap', 'effect-chart': 'policy-effect-chart' }[file];
  return Object.freeze({ ...c, name: `story/${chart}/${name}`, tag, widths: c.widths ?? ALL });
}));
