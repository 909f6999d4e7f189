/**
 * `policy-charts/define`: registers every element. Safe to import twice. To register one chart
 * only (and leave the others out of a bundle), import `policy-charts/define/<chart>` instead.
 */
import { defineBudgetTreemap } from './define/budget-treemap.js';
import { defineEffectChart } from './define/effect-chart.js';
import { defineOrgChart } from './define/org-chart.js';
import type { PolicyBudgetTreemap } from './budget-treemap.js';
import type { PolicyEffectChart } from './effect-chart.js';
import type { PolicyOrgChart } from './org-chart.js';

export { defineBudgetTreemap, defineEffectChart, defineOrgChart };

/** Registers every policy-charts element that is not registered yet. */
export function defineAll(): void {
  defineEffectChart();
  defineBudgetTreemap();
  defineOrgChart();
}

defineAll();

declare global {
  interface HTMLElementTagNameMap {
    'policy-org-chart': PolicyOrgChart;
    'policy-budget-treemap': PolicyBudgetTreemap;
    'policy-effect-chart': PolicyEffectChart;
  }
}
