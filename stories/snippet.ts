/**
 * "Show code" for every story: the HTML a reader pastes into a page that loads the one-file
 * bundle. A seed document is referenced with `src="data/…"` (the files this Storybook serves,
 * and the package's data folder); any other document is written inline as a child
 * `<script type="application/json">`. Options become attributes, a story's width a wrapper.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import distribution from '../data/effects/distribution.json';
import egfrEn from '../data/effects/egfr-response.en.json';
import egfr from '../data/effects/egfr-response.json';
import genomeCost from '../data/effects/genome-cost.json';
import genomeTime from '../data/effects/genome-time.json';
import intervalExample from '../data/effects/interval-example.json';
import midnetScale from '../data/effects/midnet-scale.json';
import sakigake from '../data/effects/sakigake.json';
import governance from '../data/governance.json';
import midnetBudget from '../data/midnet-budget.json';
import partnership from '../data/partnership-council.json';
import pharma from '../data/pharma-budget.json';

/** Seed documents by their JSON text, to their path in this Storybook (and the package). */
const SEEDS = new Map<string, string>(
  (
    [
      [governance, 'data/governance.json'],
      [partnership, 'data/partnership-council.json'],
      [pharma, 'data/pharma-budget.json'],
      [midnetBudget, 'data/midnet-budget.json'],
      [distribution, 'data/effects/distribution.json'],
      [egfr, 'data/effects/egfr-response.json'],
      [egfrEn, 'data/effects/egfr-response.en.json'],
      [genomeCost, 'data/effects/genome-cost.json'],
      [genomeTime, 'data/effects/genome-time.json'],
      [intervalExample, 'data/effects/interval-example.json'],
      [midnetScale, 'data/effects/midnet-scale.json'],
      [sakigake, 'data/effects/sakigake.json'],
    ] as const
  ).map(([doc, path]) => [JSON.stringify(doc), path]),
);

/** An attribute value: a string or number is written, `true` is a bare attribute, anything else is left out. */
export type SnippetValue = string | number | boolean | undefined | null;

/** Options of {@link chartSnippet}. */
export interface ChartSnippetOptions {
  tag: string;
  data: unknown;
  /** Attributes in the order they are written; defaults are left out by the caller. */
  attributes: Readonly<Record<string, SnippetValue>>;
  /** Wrapper `max-width` in px; none when absent. */
  width?: number;
  /** Wrapper `lang`, for charts that take their language from an ancestor. */
  wrapperLang?: string;
  /** Inline style of the element, e.g. `--policy-font-size: 18px`. */
  style?: string;
  /** Wrapper background for the dark theme (the page behind a dark chart). */
  dark?: boolean;
}

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The paste-able HTML of one chart. */
export function chartSnippet(options: ChartSnippetOptions): string {
  const { tag, data, attributes, width, wrapperLang, style, dark } = options;
  const text = data === undefined ? undefined : JSON.stringify(data);
  const seed = text === undefined ? undefined : SEEDS.get(text);
  const all: Record<string, SnippetValue> = { ...(seed ? { src: seed } : {}), ...attributes };
  const attrs = Object.entries(all)
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([k, v]) => (v === true ? k : `${k}="${escapeAttribute(String(v))}"`));
  if (style) attrs.push(`style="${escapeAttribute(style)}"`);
  const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
  // `<` escaped: a label can never end the script element.
  const inline =
    !seed && text !== undefined
      ? `\n  <script type="application/json">\n${JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/^/gm, '    ')}\n  </script>\n`
      : '';
  const element = `${open}${inline}</${tag}>`;
  const wrapperStyle = [width ? `max-width: ${width}px` : '', dark ? 'background: #16181c; padding: 16px' : ''].filter(Boolean).join('; ');
  if (!wrapperStyle && !wrapperLang) return element;
  const wrapperAttrs = [wrapperLang ? `lang="${wrapperLang}"` : '', wrapperStyle ? `style="${wrapperStyle}"` : ''].filter(Boolean).join(' ');
  return `<div ${wrapperAttrs}>\n  ${element.replace(/\n/g, '\n  ')}\n</div>`;
}

/** `parameters.docs.source` for a stories file: its snippet from the story's args. */
export function sourceFrom(snippet: (args: Record<string, unknown>, context: StoryContext) => string) {
  return {
    language: 'html',
    // A story with its own `docs.source.code` (generated data) keeps it.
    transform: (_code: string, context: StoryContext) =>
      (context.parameters as { docs?: { source?: { code?: string } } }).docs?.source?.code ?? snippet(context.args as Record<string, unknown>, context),
  };
}

/** Descriptions of the story controls the three charts share. */
export const ARG_DESCRIPTIONS = {
  data: 'The chart document (JSON), as the `data` property (no attribute: pages use `src=` or an inline `<script type="application/json">`, as "Show code" writes). Shown collapsed: open a branch to read it, or the pencil to edit it as JSON.',
  lang: 'Language of the chart\'s words and messages: `ja` (default) or `en`. Attribute `lang`; when absent, taken from the nearest ancestor with `lang`. Labels stay as the data writes them.',
  theme: 'Attribute `theme`: `light` (default), `dark`, or `auto` (follows the system). Custom properties set on the element win over both.',
  width: 'Story control: the `max-width` of a wrapper around the chart, in px. The chart fits its container\'s width; narrow it to see the phone layout.',
  height: 'Attribute `height`: the drawing\'s height in CSS px. Unset: the height the chart needs at its width.',
  showTable: 'Attribute `show-table`: opens the table alternative (every datum, the same figures as the drawing). Readers toggle it with the 表で見る button.',
} as const;
