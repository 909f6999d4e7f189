/**
 * A markdown-it plugin: a fenced block whose info string is `policy-chart` becomes the chart's
 * element with server-rendered content (see {@link renderStaticChart}), the way a `mermaid`
 * fence becomes a diagram.
 *
 *     import MarkdownIt from 'markdown-it';
 *     import { policyChartsMarkdownIt } from 'policy-charts/markdown';
 *     const md = new MarkdownIt({ html: true }).use(policyChartsMarkdownIt, { locale: 'ja' });
 *
 * Other fences are left to the renderer that was there before. Bad JSON or bad data renders a
 * visible error block in the chosen language; rendering never throws.
 */
import type { MarkdownIt } from 'markdown-it';
import { renderStaticChart, type RenderStaticChartOptions } from './static-chart.js';

/** The info string that marks a chart fence. */
export const POLICY_CHART_FENCE = 'policy-chart';

/** Options of both Markdown plugins: every option of {@link renderStaticChart} but the source. */
export type PolicyChartMarkdownOptions = Omit<RenderStaticChartOptions, 'source'>;

/** Whether a fence's info string names a chart (`policy-chart`, optionally followed by words). */
export function isPolicyChartFence(info: string | null | undefined): boolean {
  return (info ?? '').trim().split(/\s+/)[0] === POLICY_CHART_FENCE;
}

/** Registers the `policy-chart` fence on a markdown-it instance. */
export function policyChartsMarkdownIt(md: MarkdownIt, options: PolicyChartMarkdownOptions = {}): void {
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, mdOptions, env, self) => {
    const token = tokens[idx]!;
    if (isPolicyChartFence(token.info)) return `${renderStaticChart({ ...options, source: token.content }).html}\n`;
    return previous ? previous(tokens, idx, mdOptions, env, self) : self.renderToken(tokens, idx, mdOptions);
  };
}
