/** The budget treemap's toolbar: the 補正 and year-on-year switches. */
import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { TreemapMode, TreemapSupplementary } from './layout/index.js';
import type { BudgetUiWords } from './words.js';

/** What the switches show and what choosing one does. */
export interface TreemapToolbarOptions {
  summary: BudgetSummary;
  ui: BudgetUiWords;
  supplementary: TreemapSupplementary;
  mode: TreemapMode;
  onSupplementary: (value: TreemapSupplementary) => void;
  onMode: (value: TreemapMode) => void;
}

export function renderTreemapToolbar(o: TreemapToolbarOptions): TemplateResult {
  const { summary, ui } = o;
  const onSwitch = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const supp = button.dataset.supplementary;
    const mode = button.dataset.mode;
    if (supp === 'initial' || supp === 'with-supplementary') o.onSupplementary(supp);
    if (mode === 'amount' || mode === 'change') o.onMode(mode);
  };
  const supp = summary.hasSupplementary
    ? html`<div class="switch" role="group" aria-label=${ui.suppGroup}>
        <span class="switch-label" aria-hidden="true">${ui.suppGroup}</span>
        <button type="button" data-supplementary="initial" aria-pressed=${o.supplementary === 'initial' ? 'true' : 'false'} @click=${onSwitch}>
          ${ui.initial}
        </button>
        <button
          type="button"
          data-supplementary="with-supplementary"
          aria-pressed=${o.supplementary === 'with-supplementary' ? 'true' : 'false'}
          @click=${onSwitch}
        >
          ${ui.withSupp}
        </button>
      </div>`
    : nothing;
  const mode = summary.hasPrevious
    ? html`<div class="switch" role="group" aria-label=${ui.modeGroup}>
        <span class="switch-label" aria-hidden="true">${ui.modeGroup}</span>
        <button type="button" data-mode="amount" aria-pressed=${o.mode === 'amount' ? 'true' : 'false'} @click=${onSwitch}>${ui.amount}</button>
        <button type="button" data-mode="change" aria-pressed=${o.mode === 'change' ? 'true' : 'false'} @click=${onSwitch}>${ui.change}</button>
      </div>`
    : nothing;
  return html`${supp}${mode}`;
}
