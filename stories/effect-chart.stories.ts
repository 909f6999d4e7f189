import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import distribution from '../data/effects/distribution.json';
import egfr from '../data/effects/egfr-response.json';
import egfrEn from '../data/effects/egfr-response.en.json';
import genomeCost from '../data/effects/genome-cost.json';
import genomeTime from '../data/effects/genome-time.json';
import intervalExample from '../data/effects/interval-example.json';
import midnet from '../data/effects/midnet-scale.json';
import pairwiseExample from '../data/effects/pairwise-example.json';
import sakigake from '../data/effects/sakigake.json';
// Illustrations (not government figures), also linted at every width (test/lint/cases.js).
import derivedChangePoint from './data/derived-change-point.json';
import listedComparisons from './data/listed-comparisons.json';
import threeGroups from './data/three-groups.json';
import { THEMES } from '../src/kit/element/policy-chart-element.js';
import { LOCALES } from '../src/data/types.js';
import '../src/define.js';
import effectErrors from './data/effect-errors.json';
import { ARG_DESCRIPTIONS, chartSnippet, sourceFrom } from './snippet.js';

interface Args {
  data: unknown;
  lang: (typeof LOCALES)[number];
  theme: (typeof THEMES)[number];
  width: number;
  showTable: boolean;
  height?: number;
  preset?: 'page' | 'slide';
}

const meta: Meta<Args> = {
  title: 'Charts/Effect chart',
  component: 'policy-effect-chart',
  tags: ['autodocs'],
  argTypes: {
    // The object control's tree opens only the top level: bodies, items and series start collapsed.
    data: { control: 'object', description: ARG_DESCRIPTIONS.data },
    lang: { control: 'inline-radio', options: LOCALES, description: ARG_DESCRIPTIONS.lang },
    theme: { control: 'inline-radio', options: THEMES, description: ARG_DESCRIPTIONS.theme },
    width: { control: { type: 'range', min: 320, max: 1600, step: 10 }, description: ARG_DESCRIPTIONS.width },
    showTable: { control: 'boolean', description: ARG_DESCRIPTIONS.showTable },
    height: { control: { type: 'number', min: 120, max: 1600 }, description: ARG_DESCRIPTIONS.height },
    preset: {
      control: 'inline-radio',
      options: ['page', 'slide'],
      description: 'Attribute `preset`: `slide` draws slide-sized type (20 px); with `height`, the whole chart (title, summary, drawing, notes) fits that height.',
    },
  },
  parameters: {
    docs: {
      source: sourceFrom((args) =>
        chartSnippet({
          tag: 'policy-effect-chart',
          data: args.data,
          attributes: {
            lang: args.lang as string,
            theme: args.theme === 'light' ? undefined : (args.theme as string),
            preset: args.preset === 'slide' ? 'slide' : undefined,
            height: args.height as number | undefined,
            'show-table': args.showTable as boolean,
          },
          width: args.width as number,
          dark: args.theme === 'dark',
        }),
      ),
    },
  },
  args: { lang: 'ja', theme: 'light', width: 900, showTable: false },
  render: ({ data, lang, theme, width, showTable, height, preset }) => html`
    <div style=${`max-width:${width}px`}>
      <policy-effect-chart .data=${data} lang=${lang} theme=${theme} preset=${ifDefined(preset)} height=${ifDefined(height)} ?show-table=${showTable}></policy-effect-chart>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** EGFR: response rate 76.4% vs 27.5%; 不変・増悪 are not given, so they are drawn as one hatched unknown share. */
export const EgfrResponse: Story = { args: { data: egfr } };

/** An interval example with `n`: Wilson whiskers per bar and Newcombe's interval for the difference. */
export const IntervalExample: Story = { args: { data: intervalExample } };

/** Drug distribution: before → after dumbbells, a negative measure across zero, improvement by shape and words. */
export const Distribution: Story = { args: { data: distribution } };

/** Whole-genome sequencing cost: 30億ドル → 1,000ドル on a log scale with decade ticks; 「2016年は2003年の約300万分の1」 (約: the slide says 約1000ドル). */
export const GenomeCost: Story = { args: { data: genomeCost } };

/** Whole-genome sequencing time: `display` labels (13年間, 1週間) shown as given. */
export const GenomeTime: Story = { args: { data: genomeTime } };

/** MID-NET vs Sentinel: 50 times, small enough for a linear scale from zero. */
export const MidnetScale: Story = { args: { data: midnet } };

/** 先駆け審査: 6 months, half the usual time; the usual 12 months is worked out from 「通常の半分」 (`derived`), so it is a dashed bar marked 算出値. */
export const Sakigake: Story = { args: { data: sakigake } };

/** Three groups (an illustration, not government figures): each group is compared with the first under its bar, in the summary and in the table. */
export const ThreeGroups: Story = {
  args: {
    data: threeGroups,
  },
};

/** Three groups with `comparisons: "pairwise"` (an illustration): every pair listed under the axis with Newcombe's interval, in both groups' names, the summary and the table notes. */
export const PairwiseComparisons: Story = { args: { data: pairwiseExample } };

/** Listed pairs (an illustration): `comparisons: [["群C", "群A"], ["群B", "群C"]]` states only those two differences, in that direction. */
export const ListedComparisons: Story = {
  args: {
    data: listedComparisons,
  },
};

/** A derived change point (an illustration): the before value is worked out, not stated, so its ring is dashed and it reads 算出値. */
export const DerivedChangePoint: Story = {
  args: {
    data: derivedChangePoint,
  },
};

/** A slide with a fixed height: the whole chart fits 1048 px; two bars are spread and centred rather than left at the top. */
export const SlideTallHeight: Story = { args: { data: sakigake, width: 1888, preset: 'slide', height: 1048 } };

/** A 360 px phone. */
export const Phone: Story = { args: { data: distribution, width: 360 } };

/** English UI, summary and table, with the English-labelled EGFR set. */
export const English: Story = { args: { data: egfrEn, lang: 'en', showTable: true } };

/** English UI over Japanese labels: the element's own `lang="en"` wins over the data's `lang`; labels stay as the data writes them. */
export const EnglishUiJapaneseLabels: Story = { args: { data: egfr, lang: 'en' } };

/** Dark theme. */
export const Dark: Story = {
  args: { data: distribution, theme: 'dark' },
  render: (args) => html`<div style="background:#16181c;padding:16px">${meta.render!(args, {} as never)}</div>`,
};

/** The table alternative, open. */
export const Table: Story = { args: { data: egfr, showTable: true } };

/**
 * Forced colours (Windows High Contrast). Storybook cannot switch the mode itself: open
 * DevTools → Rendering → "Emulate CSS media feature forced-colors: active". Bars become
 * outlined, the unknown share stays hatched and markers keep their shapes.
 */
export const ForcedColors: Story = { args: { data: egfr } };

// The error documents are in stories/data/effect-errors.json, which the layout lint (test/lint/cases.js) reads too.

/** Error: a share outside 0..1 (76.4 written without %). */
export const ErrorShareOutOfRange: Story = { args: { data: effectErrors.ErrorShareOutOfRange } };

/** Error: `n` is not a positive whole number. */
export const ErrorNotPositiveN: Story = { args: { data: effectErrors.ErrorNotPositiveN } };

/** Error: categories adding up to over 100%. */
export const ErrorCategoriesOver100: Story = { args: { data: effectErrors.ErrorCategoriesOver100 } };

/** Error: a value of 0 where a log scale is needed. */
export const ErrorNonPositiveOnLogScale: Story = { args: { data: effectErrors.ErrorNonPositiveOnLogScale } };

/** Error: a change series without its `after` side. */
export const ErrorChangeMissingSide: Story = { args: { data: effectErrors.ErrorChangeMissingSide } };
