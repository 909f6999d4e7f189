/**
 * The legend of the treemap: what hatching, the ≠ mark, reference marks, grouped cells and the
 * change labels mean, each only when the view shows it. Its entries are pure data (the model's
 * `legend`); the element adds the samples.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../data/types.js';
import type { LegendEntry } from '../../kit/chart-model.js';
import type { TreemapLayout } from './layout/index.js';
import { BUDGET_UI } from './words.js';

/** Which legend entries a layout needs (the file drawing and the element agree on them). */
export function listTreemapLegend(layout: TreemapLayout): { hatch: boolean; mismatch: boolean; refs: boolean; others: boolean; change: boolean } {
  return {
    hatch: layout.cells.some((c) => c.supplementary > 0),
    mismatch: layout.cells.some((c) => c.mismatch !== undefined),
    refs: layout.rootRefs.length > 0 || layout.cells.some((c) => c.refs.length > 0),
    others: layout.cells.some((c) => c.kind === 'others'),
    change: layout.cells.some((c) => c.changeText !== undefined),
  };
}

/** The legend's entries for a layout, in the element's words. */
export function listBudgetLegend({ layout, locale }: { layout: TreemapLayout; locale: Locale }): LegendEntry[] {
  const ui = BUDGET_UI[locale];
  const has = listTreemapLegend(layout);
  const words = { hatch: ui.legendHatch, mismatch: ui.legendWarn, refs: ui.legendRef, others: ui.legendOthers, change: ui.legendChange };
  return (Object.keys(words) as (keyof typeof words)[]).filter((key) => has[key]).map((key) => ({ key, label: words[key] }));
}

/** The legend list (`part="legend"`); nothing without entries. `idPrefix` names the hatch pattern of the drawing. */
export function renderTreemapLegend(options: { entries: readonly LegendEntry[]; idPrefix: string }): TemplateResult | typeof nothing {
  const { entries, idPrefix: p } = options;
  if (entries.length === 0) return nothing;
  return html`<ul class="legend" part="legend">
    ${entries.map((e) =>
      e.key === 'hatch'
        ? html`<li>
            <svg width="18" height="14" aria-hidden="true" class="key-hatch">
              <rect class="bg" x="0.5" y="0.5" width="17" height="13"></rect>
              <rect x="0.5" y="0.5" width="17" height="13" fill=${`url(#${p}hatch)`}></rect>
            </svg>
            ${e.label}
          </li>`
        : e.key === 'mismatch'
          ? html`<li>
              <svg width="14" height="14" aria-hidden="true" class="key-warn"><circle cx="7" cy="7" r="7"></circle><path d="M3.5 5.2h7M3.5 8.8h7M8.8 2.8L5.2 11.2"></path></svg>${e.label}
            </li>`
          : html`<li>${e.label}</li>`,
    )}
  </ul>`;
}
