/**
 * The tooltip of the org chart: the full text of a box whose text is cut off (…), or whose kind
 * badge shows its short word (「WG」: the tooltip names the kind in full), shown under
 * the box while the pointer is on it or while it has keyboard focus. A stateless template,
 * placed first from the layout and the view (the server's rendering); in the browser the element
 * then moves it beside the box inside the chart's window and the browser's (floatBeside). Hidden from assistive technology:
 * the treeitem's accessible name already says all of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../kit/css-props.js';
import type { Viewport } from '../../kit/viewport.js';
import { ORG_MAX_LISTED_HOLDERS, type OrgNodeLayout } from './layout/index.js';
import { formatOrgRole, joinOrgWords, type OrgUiStrings } from './words.js';

/** Options of {@link renderOrgTooltip}. */
export interface RenderOrgTooltipOptions {
  /** The box the tooltip explains; nothing is drawn unless its text is cut off. */
  node: OrgNodeLayout | undefined;
  view: Viewport;
  ui: OrgUiStrings;
  /** Language of the data's text. */
  lang?: string;
}

/** The tooltip (`class="tooltip"`) of a box with shortened text or kind badge; nothing otherwise. */
export function renderOrgTooltip({ node, view, ui, lang }: RenderOrgTooltipOptions): TemplateResult | typeof nothing {
  if (!node || (!node.truncated && !node.badge.full)) return nothing;
  const { k, tx, ty, width } = view;
  const x0 = node.x * k + tx;
  const x1 = (node.x + node.width) * k + tx;
  const top = Math.round((node.y + node.height) * k + ty + 14 * k);
  // Anchor on the side with more room, so the tip stays inside the viewport.
  const side = x0 + x1 > width ? { right: `${Math.round(Math.max(4, width - x1))}px` } : { left: `${Math.round(Math.max(4, x0))}px` };
  const body = node.body;
  return html`<div class="tooltip" aria-hidden="true" style=${cssProps({ top: `${top}px`, ...side })} lang=${lang ?? nothing}>
    <p class="tip-name">${body.name}</p>
    ${node.badge.full ? html`<p>${node.badge.full}</p>` : nothing}
    ${body.aliases.length ? html`<p>（${joinOrgWords(body.aliases, ui)}）</p>` : nothing}
    ${body.roles.map((r) =>
      r.holders.length > ORG_MAX_LISTED_HOLDERS ? nothing : html`<p>${formatOrgRole(r, ui)}</p>`,
    )}
    ${body.notes.map((n) => html`<p>${n}</p>`)}
  </div>`;
}
