// Type-checked in a fresh project that installed the packed tarball (.ci/consumer-test.mjs).
// Every tag through HTMLElementTagNameMap, every event through GlobalEventHandlersEventMap, and
// what must not compile (the @ts-expect-error lines fail the check if the types get looser).
import type {} from 'policy-charts/define';
import { PolicyOrgChart, type PolicyNodeSelectEvent } from 'policy-charts/org-chart';
import type { PolicyBudgetTreemap, TreemapMode } from 'policy-charts/budget-treemap';
import { defineEffectChart, PolicyEffectChart } from 'policy-charts/define/effect-chart';
import { parseBudget, formatYen } from 'policy-charts/data';

const org: PolicyOrgChart | null = document.querySelector('policy-org-chart');
const treemap: PolicyBudgetTreemap = document.createElement('policy-budget-treemap');
const effect: PolicyEffectChart | null = document.querySelector('policy-effect-chart');
defineEffectChart();

org?.addEventListener('policy-node-select', (e: PolicyNodeSelectEvent) => {
  const id: string = e.detail.id;
  console.log(id, e.detail.body.name);
});
org?.addEventListener('policy-node-toggle', (e) => {
  const expanded: boolean = e.detail.expanded;
  console.log(expanded);
});
treemap.addEventListener('policy-cell-select', (e) => console.log(e.detail.ids.join('/')));
treemap.addEventListener('policy-drill', (e) => console.log(e.detail.ids.length));
effect?.addEventListener('policy-mark-select', (e) => {
  const index: number = e.detail.index;
  console.log(index, e.detail.label);
});
for (const el of [org, treemap, effect]) {
  el?.addEventListener('policy-data-error', (e) => console.log(e.detail.messages.join('\n')));
}
const mode: TreemapMode = 'change';
treemap.mode = mode;
if (org) org.orientation = 'left-right';

const parsed = parseBudget({ type: 'budget', items: [] });
if (parsed.ok) console.log(formatYen(0, { locale: 'ja' }));

const wrong = document.querySelector('policy-org-charts');
// @ts-expect-error a tag that does not exist is a plain Element, not a chart
console.log(wrong?.orientation);
org?.addEventListener('policy-node-select', (e) => {
  // @ts-expect-error the detail of policy-node-select has no index
  console.log(e.detail.index);
});
// @ts-expect-error orientation is a list of literal values
if (org) org.orientation = 'diagonal';
