/**
 * The org chart's data as one {@link DataTable}: a row per body, every fact included. CSV is
 * derived from it (kit/data-table).
 */
import type { Locale, OrganizationDocument } from '../../data/types.js';
import type { DataTable } from '../../kit/data-table.js';
import { ORG_TABLE_WORDS } from './table-words.js';
import { formatOrgLinkLabel, formatOrgRole, joinOrgWords, ORG_KIND_LABELS } from './words.js';

/**
 * One row per body: its place in the tree, roles with every holder, aliases, typed links,
 * notes and editor's notes. The document's own editor's notes are not a body's: the text
 * alternative lists them under the tree.
 */
export function orgDataTable({ doc, locale }: { doc: OrganizationDocument; locale: Locale }): DataTable {
  const w = ORG_TABLE_WORDS[locale];
  const kinds = ORG_KIND_LABELS[locale];
  const lanes = new Map(doc.lanes.map((lane) => [lane.id, lane.name]));
  const names = new Map(doc.bodies.map((body) => [body.id, body.name]));
  const links = new Map<string, string[]>();
  for (const link of doc.links) {
    const text = `${formatOrgLinkLabel(link, locale)}: `;
    links.set(link.from, [...(links.get(link.from) ?? []), `${text}→ ${names.get(link.to) ?? link.to}`]);
    links.set(link.to, [...(links.get(link.to) ?? []), `${text}← ${names.get(link.from) ?? link.from}`]);
  }
  return {
    caption: doc.title,
    header: w.columns,
    rows: doc.bodies.map((body) => [
      body.id,
      body.name,
      kinds[body.kind],
      body.parent ?? '',
      body.lane ? (lanes.get(body.lane) ?? body.lane) : '',
      body.roles.map((role) => formatOrgRole(role, w)).join('\n'),
      joinOrgWords(body.aliases, w),
      (links.get(body.id) ?? []).join('\n'),
      body.notes.join('\n'),
      body.editorNotes.join('\n'),
    ]),
  };
}
