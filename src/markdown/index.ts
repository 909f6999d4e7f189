/**
 * Charts in Markdown, for documentation authors: a markdown-it plugin and a remark plugin that
 * turn a ```` ```policy-chart ```` JSON fence into the element with server-rendered markup, and
 * the renderer they share. Node only.
 */
export { policyChartsMarkdownIt, isPolicyChartFence, POLICY_CHART_FENCE, type PolicyChartMarkdownOptions } from './markdown-it.js';
export { remarkPolicyCharts } from './remark.js';
export { renderStaticChart, escapeHtml, CHART_TAGS, STATIC_CLASSES, type RenderStaticChartOptions, type RenderStaticChartResult } from './static-chart.js';
