/**
 * `policy-charts/define/budget-treemap`: registers `<policy-budget-treemap>` (and nothing else). Safe to import twice.
 */
import { defineElement } from '../kit/element/define-element.js';
import { PolicyBudgetTreemap } from '../budget-treemap.js';

export * from '../budget-treemap.js';

/** Registers `<policy-budget-treemap>` unless it is registered already. */
export function defineBudgetTreemap(): void {
  defineElement('policy-budget-treemap', PolicyBudgetTreemap);
}

defineBudgetTreemap();

declare global {
  interface HTMLElementTagNameMap {
    'policy-budget-treemap': PolicyBudgetTreemap;
  }
}
