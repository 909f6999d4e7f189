/**
 * The legend of the treemap: what hatching, the ▲ mark, reference marks, grouped cells and the
 * change labels mean, each only when the view shows it. A stateless template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TreemapLayout } from './layout/index.js';
import type { BudgetUiWords } from './words.js';

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

/** The legend list (`part="legend"`); nothing when the view needs none. `idPrefix` names the hatch pattern of the drawing. */
export function renderTreemapLegend(options: { layout: TreemapLayout; ui: BudgetUiWords; idPrefix: string }): TemplateResult | typeof nothing {
  const { ui, idPrefix: p } = options;
  const has = listTreemapLegend(options.layout);
  if (!has.hatch && !has.mismatch && !has.refs && !has.others && !has.change) return nothing;
  return html`<ul class="legend" part="legend">
    ${has.hatch
      ? html`<li>
          <svg width="18" height="14" aria-hidden="true" class="key-hatch">
            <rect class="bg" x="0.5" y="0.5" width="17" height="13"></rect>
            <rect x="0.5" y="0.5" width="17" height="13" fill=${`url(#${p}hatch)`}></rect>
          </svg>
          ${ui.legendHatch}
        </li>`
      : nothing}
    ${has.mismatch
      ? html`<li>
          <svg width="14" height="13" aria-hidden="true" class="key-warn"><path d="M7 0L14 12.5H0Z"></path></svg>${ui.legendWarn}
        </li>`
      : nothing}
    ${has.refs ? html`<li>${ui.legendRef}</li>` : nothing}
    ${has.others ? html`<li>${ui.legendOthers}</li>` : nothing}
    ${has.change ? html`<li>${ui.legendChange}</li>` : nothing}
  </ul>`;
}
