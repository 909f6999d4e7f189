/**
 * The text alternative of the org chart: the whole hierarchy as nested lists, every body with
 * its kind, aliases, lane, roles (every holder), notes, editor's notes, typed links and source,
 * then the document's editor's notes. Reached by the
 * element's visible toggle; also usable on its own (server rendering).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Body, Locale, OrganizationDocument } from '../../data/types.js';
import { indexOrganization } from './tree-index.js';
import { formatShortName, listBodyLinks } from './describe.js';
import { ORG_KIND_LABELS, ORG_UI, formatOrgLinkLabel, formatOrgRole, joinOrgWords } from './words.js';

/** The nested list of every body of `doc`, in drawing order. */
export function renderOrgList(options: { doc: OrganizationDocument; locale: Locale }): TemplateResult {
  const { doc, locale } = options;
  const ui = ORG_UI[locale];
  const index = indexOrganization(doc);
  const lanes = new Map(doc.lanes.map((l) => [l.id, l.name]));
  const item = (body: Body): TemplateResult => {
    const kids = index.children.get(body.id) ?? [];
    const links = listBodyLinks({ doc, id: body.id });
    return html`<li>
      <span class="list-name">${body.name}</span>${locale === 'ja' ? `（${ORG_KIND_LABELS.ja[body.kind]}）` : ` (${ORG_KIND_LABELS.en[body.kind]})`}
      ${body.aliases.length ? html`<br /><span>${ui.aliases}${ui.colon}${joinOrgWords(body.aliases, ui)}</span>` : nothing}
      ${body.lane && lanes.has(body.lane) ? html`<br /><span>${ui.lane}${ui.colon}${lanes.get(body.lane)}</span>` : nothing}
      ${body.roles.map((r) => html`<br /><span>${formatOrgRole(r, ui)}</span>`)}
      ${body.notes.map((n) => html`<br /><span>${n}</span>`)}
      ${body.editorNotes.length
        ? html`<br /><span class="list-editor-notes">${ui.editorNotes}${ui.colon}${joinOrgWords(body.editorNotes, ui)}</span>`
        : nothing}
      ${links.map(
        ({ link, other, outgoing }) =>
          html`<br /><span>${formatOrgLinkLabel(link, locale)}${ui.colon}${outgoing ? '→ ' : '← '}${formatShortName(other)}</span>`,
      )}
      ${body.source ? html`<br /><span class="list-source">${ui.source}${ui.colon}${body.source}</span>` : nothing}
      ${kids.length ? html`<ul>${kids.map(item)}</ul>` : nothing}
    </li>`;
  };
  return html`<ul class="org-list" lang=${doc.lang ?? locale}>${index.roots.map(item)}</ul>
    ${doc.editorNotes.length
      ? html`<section class="list-editor-notes" lang=${doc.lang ?? locale}>
          <p>${ui.editorNotes}</p>
          <ul>${doc.editorNotes.map((n) => html`<li>${n}</li>`)}</ul>
        </section>`
      : nothing}`;
}
