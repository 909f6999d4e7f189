/**
 * The details panel of the org chart: every fact of the selected body (each role holder, its
 * links and the links folded inside it), in words. A stateless template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, OrganizationDocument, OrgLink } from '../../data/types.js';
import { formatShortName, listBodyLinks } from './describe.js';
import { indexOrganization } from './tree-index.js';
import { ORG_KIND_LABELS, ORG_UI, formatOrgLinkLabel, joinOrgWords } from './words.js';

/** Options of {@link renderOrgDetails}. */
export interface RenderOrgDetailsOptions {
  doc: OrganizationDocument;
  /** The body described. */
  id: string;
  locale: Locale;
  /** Links of the bodies folded inside this (collapsed) box: drawn as lines or counted on its badge. */
  folded: readonly OrgLink[];
  /** Called by the close button. */
  onClose: () => void;
  /** Links whose line is too long to follow and is drawn as badges at its ends (layout `stubs`): said so in the list. */
  stubbed?: ReadonlySet<OrgLink>;
}

/** The details panel (`part="details"`) of one body; nothing when there is no such body. */
export function renderOrgDetails({ doc, id, locale, folded, onClose, stubbed }: RenderOrgDetailsOptions): TemplateResult | typeof nothing {
  const body = indexOrganization(doc).byId.get(id);
  if (!body) return nothing;
  const ui = ORG_UI[locale];
  const index = indexOrganization(doc);
  const parent = body.parent ? index.byId.get(body.parent) : undefined;
  const lane = body.lane ? doc.lanes.find((l) => l.id === body.lane) : undefined;
  const links = listBodyLinks({ doc, id: body.id });
  // Links of the bodies folded inside this (collapsed) box: drawn as lines or counted on its badge.
  const short = (id: string) => {
    const b = index.byId.get(id);
    return b ? formatShortName(b) : id;
  };
  // Escape inside the panel closes it (focus goes back to the box, as the close button does).
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  // The data's text carries the data's language (so that Japanese names break between phrases in
  // an English chart too); the panel's own words follow the chart's.
  const lang = doc.lang ?? nothing;
  return html`<section part="details" aria-labelledby="details-title" @keydown=${onKeydown}>
    <div class="details-head">
      <h3 id="details-title" lang=${lang}>${body.name}</h3>
      <button type="button" @click=${onClose}>${ui.close}</button>
    </div>
    <dl>
      <dt>${ui.kind}</dt>
      <dd>${ORG_KIND_LABELS[locale][body.kind]}</dd>
      ${body.aliases.length ? html`<dt>${ui.aliases}</dt><dd lang=${lang}>${joinOrgWords(body.aliases, ui)}</dd>` : nothing}
      ${parent ? html`<dt>${ui.parent}</dt><dd lang=${lang}>${parent.name}</dd>` : nothing}
      ${lane ? html`<dt>${ui.lane}</dt><dd lang=${lang}>${lane.name}</dd>` : nothing}
      ${body.roles.map(
        (r) => html`<dt lang=${lang}>${r.title}</dt>
          <dd lang=${lang}>
            ${r.holders.length > 1
              ? html`<ul class="holders">${r.holders.map((h) => html`<li>${h}</li>`)}</ul>`
              : r.holders[0] ?? ''}
          </dd>`,
      )}
      ${body.notes.length ? html`<dt>${ui.notes}</dt><dd lang=${lang}>${body.notes.map((n) => html`<div>${n}</div>`)}</dd>` : nothing}
      ${body.editorNotes.length
        ? html`<dt>${ui.editorNotes}</dt><dd class="editor-notes" lang=${lang}>${body.editorNotes.map((n) => html`<div>${n}</div>`)}</dd>`
        : nothing}
      ${links.length
        ? html`<dt>${ui.links}</dt>
            <dd>
              ${links.map(
                ({ link, other, outgoing }) =>
                  html`<div>${formatOrgLinkLabel(link, locale)}${ui.colon}${outgoing ? '→ ' : '← '}<span lang=${lang}>${formatShortName(other)}</span>${stubbed?.has(link) ? ui.linkNotDrawn : ''}</div>`,
              )}
            </dd>`
        : nothing}
      ${folded.length
        ? html`<dt>${ui.foldedLinks}</dt>
            <dd>
              <ul class="folded-links">
                ${folded.map(
                  (link) => html`<li>${formatOrgLinkLabel(link, locale)}${ui.colon}<span lang=${lang}>${short(link.from)} → ${short(link.to)}</span></li>`,
                )}
              </ul>
            </dd>`
        : nothing}
      ${body.source ? html`<dt>${ui.source}</dt><dd lang=${lang}>${body.source}</dd>` : nothing}
    </dl>
  </section>`;
}
