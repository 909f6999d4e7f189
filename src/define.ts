/**
 * `policy-charts/define`: registers every element. Safe to import twice.
 */
import { defineElement } from './kit/element/define-element.js';
import { PolicyEffectChart } from './charts/effect/policy-effect-chart.js';
import { PolicyBudgetTreemap } from './charts/budget/policy-budget-treemap.js';
import { PolicyOrgChart } from './charts/org/policy-org-chart.js';

/** Registers every policy-charts element that is not registered yet. */
export function defineAll(): void {
  defineElement('policy-effect-chart', PolicyEffectChart);
  defineElement('policy-budget-treemap', PolicyBudgetTreemap);
  defineElement('policy-org-chart', PolicyOrgChart);
}

defineAll();
