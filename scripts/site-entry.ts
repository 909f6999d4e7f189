// The static site's one script: Lit's hydration support first (it must load before Lit), so the
// server-rendered charts are hydrated in place rather than drawn again, then every element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

// The server laid the charts out with Noto Sans JP's widths (their `data-policy-metrics` lists
// the characters): with those characters of the font loaded first, hydration keeps that layout
// (no second layout, no flash). A font that fails to load only costs one re-layout.
const charts = document.querySelectorAll('policy-org-chart, policy-budget-treemap, policy-effect-chart');
const text = Array.from(charts, (chart) => (chart.getAttribute('data-policy-metrics') ?? '').split(';')[1] ?? '').join('');
if (text) await document.fonts.load("400 14px 'Noto Sans JP'", text).catch(() => []);
await import('../src/define.js');
