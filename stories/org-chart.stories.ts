import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import governance from '../data/governance.json';
import partnership from '../data/partnership-council.json';
import { THEMES } from '../src/kit/element/policy-chart-element.js';
import { LOCALES } from '../src/data/types.js';
import { ORG_ORIENTATIONS } from '../src/charts/org/layout/index.js';
import { generateOrganization } from '../test/fixtures/generate-organization.js';
import '../src/define.js';
import longLabels from './data/long-labels.json';
import orgErrors from './data/org-errors.json';
import { ARG_DESCRIPTIONS, chartSnippet, sourceFrom } from './snippet.js';

interface Args {
  data: unknown;
  lang: (typeof LOCALES)[number];
  theme: (typeof THEMES)[number];
  orientation: (typeof ORG_ORIENTATIONS)[number];
  collapsedDepth?: number;
  search: string;
  searchable: boolean;
  width: number;
  showTable: boolean;
  /** `--policy-font-size` in px (box text follows it); unset: 14. */
  fontSize?: number;
}

const meta: Meta<Args> = {
  title: 'Charts/Org chart',
  component: 'policy-org-chart',
  tags: ['autodocs'],
  argTypes: {
    // The object control's tree opens only the top level: bodies, items and series start collapsed.
    data: { control: 'object', description: ARG_DESCRIPTIONS.data },
    lang: { control: 'inline-radio', options: LOCALES, description: `${ARG_DESCRIPTIONS.lang} Here it is set on a wrapper, as a page would.` },
    theme: { control: 'inline-radio', options: THEMES, description: ARG_DESCRIPTIONS.theme },
    orientation: { control: 'inline-radio', options: ORG_ORIENTATIONS, description: 'Attribute `orientation`: `auto` (default: top-down, compact with leaves hung in columns, left-right when the height is fixed, or one indented column, whichever fits the width), `top-down`, `compact` or `left-right`. These stories leave it `auto` unless they say otherwise.' },
    collapsedDepth: {
      control: { type: 'number', min: 0, max: 12 },
      description: 'Attribute `collapsed-depth`: bodies at this depth (0 = roots) and deeper start collapsed. Unset: chosen so that a large organisation first shows about 80 bodies.',
    },
    search: { control: 'text', description: 'Attribute `search`: text to find in names, aliases, role titles, holders and notes; matches are expanded to and highlighted.' },
    width: { control: { type: 'range', min: 320, max: 1600, step: 10 }, description: ARG_DESCRIPTIONS.width },
    showTable: { control: 'boolean', description: ARG_DESCRIPTIONS.showTable },
    fontSize: {
      control: { type: 'number', min: 10, max: 28 },
      description: 'Story control: sets `--policy-font-size` on the element, in px (unset: 14). Names are drawn at 7/6 of it; the chart fits to the width down to 6/7, then pans.',
      table: { category: 'story controls' },
    },
  },
  parameters: {
    docs: {
      source: sourceFrom((args) =>
        chartSnippet({
          tag: 'policy-org-chart',
          data: args.data,
          attributes: {
            theme: args.theme === 'light' ? undefined : (args.theme as string),
            orientation: args.orientation === 'auto' ? undefined : (args.orientation as string),
            'collapsed-depth': args.collapsedDepth as number | undefined,
            search: args.search as string,
            searchable: args.searchable as boolean,
            'show-table': args.showTable as boolean,
          },
          width: args.width as number,
          wrapperLang: args.lang as string,
          style: args.fontSize ? `--policy-font-size: ${args.fontSize as number}px` : undefined,
          dark: args.theme === 'dark',
        }),
      ),
    },
  },
  args: { lang: 'ja', theme: 'light', orientation: 'auto', search: '', searchable: true, width: 1200, showTable: false },
  render: ({ data, lang, theme, orientation, collapsedDepth, search, searchable, width, showTable, fontSize }) => html`
    <div lang=${lang} style=${`max-width:${width}px;${theme === 'dark' ? 'background:#16181c;padding:8px' : ''}`}>
      <policy-org-chart
        .data=${data}
        theme=${theme}
        orientation=${orientation}
        collapsed-depth=${collapsedDepth ?? nothing}
        .search=${search}
        ?searchable=${searchable}
        ?show-table=${showTable}
        style=${fontSize ? `--policy-font-size:${fontSize}px` : nothing}
      ></policy-org-chart>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * 健康・医療戦略関係の推進体制 (seeds/000, slide 1): lanes, AMED beside the headquarters (連携), 共同事務局 and 所管 links.
 * The arrangement is the one that fits the canvas, drawn whole at full size (the page scrolls); should
 * the docs canvas still be narrower than the drawing, the story shows it whole, as 「全体を表示」 does.
 */
export const Governance: Story = {
  args: { data: governance },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement, viewMode }) => {
    if (viewMode !== 'docs') return;
    const chart = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('policy-org-chart');
    await customElements.whenDefined('policy-org-chart');
    await chart?.updateComplete;
    chart?.shadowRoot?.querySelector<HTMLButtonElement>('button[data-zoom="fit"]')?.click();
  },
};

/** For a slide: `--policy-font-size: 18px` makes names 21 px and role lines and notes 18 px; the arrangement that fits the width at that type, drawn whole. */
export const GovernanceLargeType: Story = { args: { data: governance, fontSize: 18 } };

/** The same structure left to right. */
export const GovernanceLeftRight: Story = { args: { data: governance, orientation: 'left-right' } };

/** On a phone: one indented column at full size, drawn whole (the page scrolls); zoom in with +/− or a pinch, then pan. */
export const GovernanceNarrow: Story = { args: { data: governance, width: 360 } };

/** 国際医薬パートナーシップ推進会議: 20 members and 43 observers as counts that open the details panel. */
export const PartnershipCouncil: Story = { args: { data: partnership } };

/** Searching an observer company expands the path to the council and highlights it. */
export const SearchObserver: Story = { args: { data: partnership, search: '武田薬品', collapsedDepth: 1 } };

/**
 * A generated 2,000-body organisation: starts collapsed below a depth that fits; expand with → or the ⊕ buttons.
 * A collapsed box with more than 3 links into its folded bodies shows their count (連携等 N) instead of the lines;
 * pressing it lists them in the details panel.
 */
export const Generated2000: Story = {
  args: { data: generateOrganization({ bodies: 2000, seed: 7 }) },
  parameters: {
    docs: {
      source: {
        // The story's bodies come from a seeded generator (far too long to inline); the snippet builds as many in the page.
        code: `<div lang="ja" style="max-width: 1200px">
  <policy-org-chart id="generated" searchable></policy-org-chart>
</div>
<script type="module">
  // 2,000 bodies of sample data: six children per body, with 40 連携 links across the tree.
  const bodies = [{ id: 'b0', name: '推進本部', kind: 'headquarters' }];
  for (let i = 1; i < 2000; i++) {
    bodies.push({ id: \`b\${i}\`, name: \`組織\${i}\`, parent: \`b\${Math.floor((i - 1) / 6)}\`, kind: i < 7 ? 'council' : 'office' });
  }
  const links = Array.from({ length: 40 }, (_, k) => ({ from: \`b\${k * 7 + 1}\`, to: \`b\${k * 11 + 300}\`, type: 'cooperation' }));
  document.getElementById('generated').data = { type: 'organization', title: '2,000組織の推進体制（サンプル）', bodies, links };
</script>`,
      },
    },
  },
};

/** Long names: wrapped at phrase boundaries, at most three lines, then an ellipsis (full text in the name, details and text). */
export const LongLabels: Story = { args: { data: longLabels } };

/**
 * Collapsed below the headquarters' children: the 共同事務局 lines of the two offices and 経済産業省
 * into the ICT and healthcare councils end on the collapsed 推進会議 with a hollow ○ end, so no typed
 * link disappears; expand 推進会議 and they reach their councils.
 */
export const LinksIntoCollapsed: Story = { args: { data: governance, collapsedDepth: 1 } };

/** English UI (lang="en" on a wrapper): kind badges, legend, controls and messages in English; the data stays Japanese. */
export const English: Story = { args: { data: governance, lang: 'en' } };

/** theme="dark". */
export const Dark: Story = { args: { data: governance, theme: 'dark' } };

/**
 * Forced colours (Windows High Contrast). Emulate in Chrome DevTools: ⋮ → More tools →
 * Rendering → "Emulate CSS media feature forced-colors: active". Boxes, lines and text use
 * system colours; link types stay distinct by line style, 所管 keeps its arrowhead (CanvasText), search
 * matches get a thick Highlight frame.
 */
export const ForcedColors: Story = { args: { data: governance, search: 'ゲノム' } };

// The error documents are in stories/data/org-errors.json, which the layout lint (test/lint/cases.js) reads too.

/** Error: two bodies share the id `a` (the message names both). */
export const ErrorDuplicateId: Story = { args: { data: orgErrors.ErrorDuplicateId } };

/** Error: a cycle through `parent` (a → b → a). */
export const ErrorCycle: Story = { args: { data: orgErrors.ErrorCycle } };

/** Error: a parent that does not exist. */
export const ErrorUnknownParent: Story = { args: { data: orgErrors.ErrorUnknownParent } };

/** Error: a lane that does not exist. */
export const ErrorUnknownLane: Story = { args: { data: orgErrors.ErrorUnknownLane } };

/** Error: a body without a name and with an unknown kind (each with its JSON path). */
export const ErrorMissingName: Story = { args: { data: orgErrors.ErrorMissingName } };

/** Error: not an organisation document at all (no bodies array). */
export const ErrorNotOrganization: Story = { args: { data: orgErrors.ErrorNotOrganization } };

/** Error: a link end that does not exist. */
export const ErrorUnknownLinkEnd: Story = { args: { data: orgErrors.ErrorUnknownLinkEnd } };
