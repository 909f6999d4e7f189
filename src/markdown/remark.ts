/**
 * A remark (unified) plugin: a fenced code block whose language is `policy-chart` becomes an
 * `html` node holding the chart's element with server-rendered content (see
 * {@link renderStaticChart}).
 *
 *     import { remark } from 'remark';
 *     import { remarkPolicyCharts } from 'policy-charts/markdown';
 *     const file = await remark().use(remarkPolicyCharts, { locale: 'ja' }).process(text);
 *
 * With remark-rehype, pass `allowDangerousHtml: true` (and rehype-raw or rehype-stringify's
 * `allowDangerousHtml`) so that the raw HTML reaches the page. Bad JSON or bad data gives a
 * visible error block; the transform never throws.
 */
import type { Code, Html, Nodes, Root } from 'mdast';
import { isPolicyChartFence, type PolicyChartMarkdownOptions } from './markdown-it.js';
import { renderStaticChart } from './static-chart.js';

/** Replaces every `policy-chart` code node under `node` in place. */
function transform(node: Nodes, options: PolicyChartMarkdownOptions): void {
  if (!('children' in node)) return;
  node.children.forEach((child, i) => {
    if (child.type === 'code' && isPolicyChartFence([child.lang, child.meta].filter(Boolean).join(' '))) {
      const html: Html = { type: 'html', value: renderStaticChart({ ...options, source: (child as Code).value }).html };
      if (child.position) html.position = child.position;
      (node.children as Nodes[])[i] = html;
    } else transform(child, options);
  });
}

/** The remark plugin: `remark().use(remarkPolicyCharts, options)`. */
export function remarkPolicyCharts(options: PolicyChartMarkdownOptions = {}): (tree: Root) => void {
  return (tree) => transform(tree, options);
}
