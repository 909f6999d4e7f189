/**
 * `policy-charts/define/effect-chart`: registers `<policy-effect-chart>` (and nothing else). Safe to import twice.
 */
import { defineElement } from '../kit/element/define-element.js';
import { PolicyEffectChart } from '../effect-chart.js';

export * from '../effect-chart.js';

/** Registers `<policy-effect-chart>` unless it is registered already. */
export function defineEffectChart(): void {
  defineElement('policy-effect-chart', PolicyEffectChart);
}

defineEffectChart();

declare global {
  interface HTMLElementTagNameMap {
    'policy-effect-chart': PolicyEffectChart;
  }
}
