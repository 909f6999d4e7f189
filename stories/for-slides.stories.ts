import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import egfr from '../data/effects/egfr-response.json';
import governance from '../data/governance.json';
import budget from '../data/pharma-budget.json';
import '../src/define.js';

interface Args {
  tag: 'policy-org-chart' | 'policy-budget-treemap' | 'policy-effect-chart';
  data: unknown;
  /** The seed's path in the repository, for the commands. */
  file: string;
}

/** The commands that make the same chart a slide file: PowerPoint, PNG and SVG. */
function commands(file: string): string {
  const name = file.replace(/^.*\//, '').replace(/\.json$/, '');
  return [
    `npx policy-charts render ${file} -o ${name}.pptx`,
    `npx policy-charts render ${file} -o ${name}.png --slide 16:9 --scale 2`,
    `npx policy-charts render ${file} -o ${name}.svg --slide 16:9`,
  ].join('\n');
}

const meta: Meta<Args> = {
  title: 'For slides/Slide preset (16:9)',
  // Not one component: the "For slides" docs page (stories/docs/slides.mdx) documents these, so no API autodocs page.
  tags: ['!autodocs'],
  argTypes: { tag: { control: false }, data: { control: false }, file: { control: false } },
  parameters: { layout: 'padded' },
  // A 1920×1080 slide shown at half size: the chart lays out for the full slide width (its size
  // is measured before the scale) and draws with preset="slide" (20 px type, nothing under 18 px);
  // height="984" is the whole chart's on a slide (1,080 less the slide's margins): the drawing
  // gets what the title, legend and source leave, and nothing runs off the slide.
  render: ({ tag, data, file }) => html`
    <div style="width:960px;height:540px;overflow:hidden;border:1px solid #767676">
      <div style="width:1920px;height:1080px;box-sizing:border-box;padding:48px 64px;transform:scale(0.5);transform-origin:0 0;background:#fff">
        ${tag === 'policy-org-chart'
          ? html`<policy-org-chart preset="slide" height="984" .data=${data}></policy-org-chart>`
          : tag === 'policy-budget-treemap'
            ? html`<policy-budget-treemap preset="slide" height="984" .data=${data}></policy-budget-treemap>`
            : html`<policy-effect-chart preset="slide" height="984" .data=${data}></policy-effect-chart>`}
      </div>
    </div>
    <p>The same chart as a slide file (PowerPoint with editable shapes, or a picture), from a terminal:</p>
    <pre><code>${commands(file)}</code></pre>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** 健康・医療戦略関係の推進体制: boxes and connectors; in the .pptx the connectors stay attached when a box moves. */
export const OrgChart: Story = { args: { tag: 'policy-org-chart', data: governance, file: 'data/governance.json' } };

/** 医薬品産業強化総合戦略: the treemap as native rectangles with text in the .pptx. */
export const BudgetTreemap: Story = { args: { tag: 'policy-budget-treemap', data: budget, file: 'data/pharma-budget.json' } };

/** EGFR response rates: the effect chart's bars, labels and annotation as shapes in the .pptx. */
export const EffectChart: Story = { args: { tag: 'policy-effect-chart', data: egfr, file: 'data/effects/egfr-response.json' } };
