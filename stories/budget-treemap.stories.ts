import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import midnet from '../data/midnet-budget.json';
import pharma from '../data/pharma-budget.json';
import { THEMES } from '../src/kit/element/policy-chart-element.js';
import { LOCALES } from '../src/data/types.js';
import { TREEMAP_FORMS, TREEMAP_MODES, TREEMAP_SUPPLEMENTARY } from '../src/charts/budget/layout/index.js';
import { generateBudget } from '../test/fixtures/generate-budget.js';
import '../src/define.js';
import budgetErrors from './data/budget-errors.json';
import { ARG_DESCRIPTIONS, chartSnippet, sourceFrom } from './snippet.js';

interface Args {
  data: unknown;
  lang: (typeof LOCALES)[number];
  theme: (typeof THEMES)[number];
  supplementary: (typeof TREEMAP_SUPPLEMENTARY)[number];
  mode: (typeof TREEMAP_MODES)[number];
  form: (typeof TREEMAP_FORMS)[number];
  minCellArea?: number;
  width: number;
  height?: number;
  showTable: boolean;
}

const meta: Meta<Args> = {
  title: 'Charts/Budget treemap',
  component: 'policy-budget-treemap',
  tags: ['autodocs'],
  argTypes: {
    // The object control's tree opens only the top level: bodies, items and series start collapsed.
    data: { control: 'object', description: ARG_DESCRIPTIONS.data },
    lang: { control: 'inline-radio', options: LOCALES, description: ARG_DESCRIPTIONS.lang },
    theme: { control: 'inline-radio', options: THEMES, description: ARG_DESCRIPTIONS.theme },
    supplementary: {
      control: 'inline-radio',
      options: TREEMAP_SUPPLEMENTARY,
      description: 'Attribute `supplementary`: `initial` (default) shows initial amounts only; `with-supplementary` draws 補正 hatched beside them.',
    },
    mode: {
      control: 'inline-radio',
      options: TREEMAP_MODES,
      description: 'Attribute `mode`: `amount` (default), or `change`: cells coloured by the change on the previous year where items have `previous`.',
    },
    form: {
      control: 'inline-radio',
      options: TREEMAP_FORMS,
      description: 'Attribute `form`: `auto` (default: bars for a flat budget of at most five items, otherwise the treemap), `treemap` or `bars`.',
    },
    minCellArea: {
      control: { type: 'number', min: 0, step: 100 },
      description:
        'Attribute `min-cell-area` (px²): cells smaller than this are gathered into one 他N件 cell per parent (default 784, i.e. 28×28; two levels shown). `0` gathers nothing and draws every item at every level, down to every leaf: nested cells keep a header band where there is room; with thousands of cells the small ones are drawn together and named by the keyboard, the tooltip and the table.',
    },
    width: { control: { type: 'range', min: 320, max: 1600, step: 10 }, description: ARG_DESCRIPTIONS.width },
    height: { control: { type: 'number', min: 120, max: 1600 }, description: ARG_DESCRIPTIONS.height },
    showTable: { control: 'boolean', description: ARG_DESCRIPTIONS.showTable },
  },
  parameters: {
    docs: {
      source: sourceFrom((args) =>
        chartSnippet({
          tag: 'policy-budget-treemap',
          data: args.data,
          attributes: {
            lang: args.lang as string,
            theme: args.theme === 'light' ? undefined : (args.theme as string),
            supplementary: args.supplementary === 'initial' ? undefined : (args.supplementary as string),
            mode: args.mode === 'amount' ? undefined : (args.mode as string),
            form: args.form === 'auto' ? undefined : (args.form as string),
            'min-cell-area': args.minCellArea as number | undefined,
            height: args.height as number | undefined,
            'show-table': args.showTable as boolean,
          },
          width: args.width as number,
          dark: args.theme === 'dark',
        }),
      ),
    },
  },
  args: { lang: 'ja', theme: 'light', supplementary: 'initial', mode: 'amount', form: 'auto', width: 1000, showTable: false },
  render: (args, context) => {
    const data = (context.loaded as { data?: unknown } | undefined)?.data ?? args.data;
    return html`
      <div style=${`max-width:${args.width}px`}>
        <policy-budget-treemap
          .data=${data}
          lang=${args.lang}
          theme=${args.theme}
          supplementary=${args.supplementary}
          mode=${args.mode}
          form=${args.form}
          min-cell-area=${ifDefined(args.minCellArea as number | undefined)}
          height=${ifDefined(args.height)}
          ?show-table=${args.showTable}
        ></policy-budget-treemap>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The seed: 医薬品産業強化総合戦略 平成30年度予算案. The header total (82.2億円) counts every yen
 * once: the 18.0億円 PMDA figure listed again under pillars 3 and 5 (再掲) and the 13.5億円の内数
 * take no area; pillar 3's declared 18.4億円 against its items' 18.3億円 is flagged.
 */
export const Seed: Story = { args: { data: pharma } };

/** The seed with 補正 (平成29年度補正) hatched beside the initial amounts, never inside the total. */
export const WithSupplementary: Story = { args: { data: pharma, supplementary: 'with-supplementary' } };

/** A 360 px phone. Drill down with Enter or a click on a pillar; Escape, Backspace or the breadcrumbs go back. */
export const Phone: Story = { args: { data: pharma, width: 360 } };

/** MID-NET year on year: 456,320千円 against 633,676千円 the year before (▲ is the slides' minus). */
export const MidnetYearOnYear: Story = { args: { data: midnet, mode: 'change' } };

/** MID-NET's two items as a treemap, for comparison with the bars `form="auto"` chooses. */
export const MidnetAsTreemap: Story = { args: { data: midnet, form: 'treemap' } };

/**
 * A generated budget whose data is written in 兆円 (0.00491 for 49.1億円): the chart reads the unit and
 * writes 億円 as the slides do (about 96.8億円; sample data, not a real budget).
 */
export const NationalScale: Story = {
  args: { data: generateBudget({ leaves: 8, seed: 11, unit: '兆円', depth: 3 }) },
};

/**
 * The "Show code" of a story whose leaves come from a seeded generator: a snippet that builds as
 * many leaves in the page (`measures` × 100 items, in 百万円; sample data, not a real budget).
 */
function generatedBudgetSource(options: { id: string; measures: number; title: string; attrs?: string }): { docs: { source: { code: string } } } {
  const { id, measures, title, attrs = '' } = options;
  const leaves = (measures * 100).toLocaleString('en-US');
  return {
    docs: {
      source: {
        code: `<div style="max-width: 1000px">
  <policy-budget-treemap id="${id}" lang="ja"${attrs}></policy-budget-treemap>
</div>
<script type="module">
  // ${leaves} leaves of sample data (not a real budget): ${measures} measures of 100 items each, in 百万円.
  const items = Array.from({ length: ${measures} }, (_, i) => ({
    id: \`m\${i}\`,
    name: \`施策\${i + 1}\`,
    children: Array.from({ length: 100 }, (_, j) => ({ id: \`m\${i}-\${j}\`, name: \`事業\${i + 1}-\${j + 1}\`, amount: ((i * 37 + j * 11) % 97) + 1 })),
  }));
  document.getElementById('${id}').data = { type: 'budget', title: '${title}', unit: '百万円', items };
</script>`,
      },
    },
  };
}

/**
 * A generated budget of 50,000 leaves (sample data). Cells too small to see are gathered into
 * one 他N件 cell per parent; drill into it to see them. The table lists all 50,000.
 */
export const FiftyThousandLeaves: Story = {
  loaders: [async () => ({ data: generateBudget({ leaves: 50_000, seed: 7 }) })],
  parameters: generatedBudgetSource({ id: 'fifty-thousand', measures: 500, title: '5万事業の予算（サンプル）' }),
};

/**
 * Every leaf of a generated budget of 10,000 leaves (sample data), with `min-cell-area="0"`:
 * nothing gathered, every level drawn; pillars and measures keep their header bands, the small
 * cells are drawn together. Arrow keys reach every cell; the tooltip and the table name each.
 */
export const EveryLeaf: Story = {
  loaders: [async () => ({ data: generateBudget({ leaves: 10_000, seed: 7 }) })],
  args: { minCellArea: 0 },
  parameters: generatedBudgetSource({ id: 'every-leaf', measures: 100, title: '1万事業の予算（サンプル）', attrs: ' min-cell-area="0"' }),
};

/** English labels and messages (item names stay as the data writes them). */
export const English: Story = { args: { data: pharma, lang: 'en', showTable: true } };

/** Dark theme. */
export const Dark: Story = {
  args: { data: pharma, theme: 'dark' },
  render: (args, context) => html`<div style="background:#16181c;padding:16px">${meta.render!(args, context)}</div>`,
};

/** The table alternative, open: every item, re-listed and part-of ones included. */
export const Table: Story = { args: { data: pharma, showTable: true } };

/**
 * Forced colours (Windows High Contrast). Storybook cannot switch the mode itself: open
 * DevTools → Rendering → "Emulate CSS media feature forced-colors: active". Pillars keep
 * their own patterns, 補正 stays hatched, marks and outlines use system colours.
 */
export const ForcedColors: Story = { args: { data: pharma, supplementary: 'with-supplementary' } };

// The error documents are in stories/data/budget-errors.json, which the layout lint (test/lint/cases.js) reads too.

/** Error: a negative amount. */
export const ErrorNegativeAmount: Story = { args: { data: budgetErrors.ErrorNegativeAmount } };

/** Error: an amount that cannot be read (`49.1億` without 円). */
export const ErrorUnreadableAmount: Story = { args: { data: budgetErrors.ErrorUnreadableAmount } };

/** Error: `relistOf` names an item that does not exist. */
export const ErrorUnknownRelistOf: Story = { args: { data: budgetErrors.ErrorUnknownRelistOf } };

/** Error: items re-list each other in a cycle. */
export const ErrorRelistCycle: Story = { args: { data: budgetErrors.ErrorRelistCycle } };

/** Error: one item both re-listed (再掲) and part of another amount (内数). */
export const ErrorRelistWithPartOf: Story = { args: { data: budgetErrors.ErrorRelistWithPartOf } };
