/**
 * Words for the bodies of an org chart: the accessible name of each box (name, kind, roles,
 * typed links: 「連携: AMED」) and a plain copy of a body for event details. Pure.
 */
import type { Body, Locale, OrganizationDocument, OrgLink } from '../../data/types.js';
import { ORG_MAX_LISTED_HOLDERS } from './layout/index.js';
import { indexOrganization } from './tree-index.js';
import { ORG_KIND_LABELS, ORG_UI, formatOrgLinkLabel, formatOrgRole, joinOrgWords } from './words.js';

/** The short name of a body for mentions: its first alias when that is shorter (AMED), else its name. */
export function formatShortName(body: Body): string {
  const alias = body.aliases[0];
  return alias && alias.length < body.name.length ? alias : body.name;
}

/** The typed links touching a body, each with the body at the other end. */
export function listBodyLinks(options: { doc: OrganizationDocument; id: string }): Array<{ link: OrgLink; other: Body; outgoing: boolean }> {
  const index = indexOrganization(options.doc);
  const out: Array<{ link: OrgLink; other: Body; outgoing: boolean }> = [];
  // The index lists each body's links once per document: no pass over every link per body.
  for (const link of index.links.get(options.id) ?? []) {
    const outgoing = link.from === options.id;
    const other = index.byId.get(outgoing ? link.to : link.from);
    if (other && other.id !== options.id) out.push({ link, other, outgoing });
  }
  return out;
}

/**
 * The accessible name of a body's box: 「健康・医療戦略推進本部、本部。本部長：内閣総理大臣。連携: AMED」.
 * Holder lists longer than the box shows are given as a count (the details panel lists them).
 */
export function describeOrgBody(options: { doc: OrganizationDocument; body: Body; locale: Locale; matched?: boolean }): string {
  const { doc, body, locale, matched } = options;
  const ui = ORG_UI[locale];
  const stop = locale === 'ja' ? '。' : '. ';
  const parts: string[] = [`${body.name}${locale === 'ja' ? '、' : ', '}${ORG_KIND_LABELS[locale][body.kind]}`];
  if (body.aliases.length) parts.push(`${ui.aliases}${ui.colon}${joinOrgWords(body.aliases, ui)}`);
  for (const role of body.roles) {
    parts.push(formatOrgRole(role, ui, role.holders.length > ORG_MAX_LISTED_HOLDERS ? ui.count(role.holders.length) : undefined));
  }
  const links = listBodyLinks({ doc, id: body.id });
  if (links.length) {
    parts.push(links.map(({ link, other }) => `${formatOrgLinkLabel(link, locale)}: ${formatShortName(other)}`).join(ui.listSep));
  }
  if (matched) parts.push(ui.match);
  return parts.join(stop).trim();
}

/** Accessible names of every body, by id. */
export function describeOrgBodies(options: { doc: OrganizationDocument; locale: Locale; matches?: ReadonlySet<string> }): Map<string, string> {
  const { doc, locale, matches } = options;
  const out = new Map<string, string>();
  for (const body of indexOrganization(doc).order) out.set(body.id, describeOrgBody({ doc, body, locale, matched: matches?.has(body.id) ?? false }));
  return out;
}

/** A plain copy of a body for event details (no shared arrays, no `path`-only internals hidden). */
export function copyBody(body: Body): Body {
  return {
    ...body,
    aliases: [...body.aliases],
    notes: [...body.notes],
    roles: body.roles.map((r) => ({ title: r.title, holders: [...r.holders] })),
  };
}

/** Names every body of `layout` that `names` does not hold yet (names are kept across expand and collapse). */
export function nameDrawnBodies(names: Map<string, string>, options: { doc: OrganizationDocument; nodes: readonly { id: string; body: Body }[]; locale: Locale; matches: ReadonlySet<string> }): void {
  const { doc, locale, matches } = options;
  for (const node of options.nodes) {
    if (!names.has(node.id)) names.set(node.id, describeOrgBody({ doc, body: node.body, locale, matched: matches.has(node.id) }));
  }
}
