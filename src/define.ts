/**
 * `policy-charts/define`: registers every element. Safe to import twice.
 */
import { defineElement } from './components/base/define-element.js';
import { PolicyEffectChart } from './components/effect-chart/policy-effect-chart.js';
import { PolicyBudgetTreemap } from './components/budget-treemap/policy-budget-treemap.js';
import { PolicyOrgChart } from './components/org-chart/policy-org-chart.js';

/** Registers every policy-charts element that is not registered yet. */
export function defineAll(): void {
  defineElement('policy-effect-chart', PolicyEffectChart);
  defineElement('policy-budget-treemap', PolicyBudgetTreemap);
  defineElement('policy-org-chart', PolicyOrgChart);
}

defineAll();
