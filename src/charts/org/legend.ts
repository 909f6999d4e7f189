/**
 * The legend of the org chart: one entry per line style the drawing uses (the tree, each typed
 * link present, lines into collapsed bodies, folded-relation badges). Its entries are pure
 * data (the model's `legend`); the element and the file drawing add the samples.
 */
import { html, type TemplateResult } from 'lit';
import type { LegendEntry } from '../../kit/chart-model.js';
import type { LinkType, Locale, OrganizationDocument } from '../../data/types.js';
import type { OrgChartLayout } from './layout/index.js';
import { renderOrgLegendSample } from './render.js';
import { formatOrgLinkLabel, ORG_LINK_LABELS, ORG_UI } from './words.js';

/** A legend entry of the org chart: the key is the sample drawn. */
export interface OrgLegendEntry extends LegendEntry {
  key: OrgLegendKey;
}

/** What a legend sample draws: the tree's line, a typed line, a typed link drawn as badges (`badge:` and its type), a line into a collapsed body, a folded-relation count. */
export type OrgLegendKey = LinkType | `badge:${LinkType}` | 'tree' | 'into-collapsed' | 'folded';

/** Options of {@link listOrgLegend}. */
export interface ListOrgLegendOptions {
  doc: OrganizationDocument;
  layout: OrgChartLayout;
  locale: Locale;
  /** The link types to list, in order; default: those of the document, in order of first use. */
  types?: readonly LinkType[];
  /** A file's legend (SVG, PNG, print): nothing in it can be pressed, so no entry says so. */
  file?: boolean;
}

/** Each link type's name in the legend, per document and locale (found once: 10,000 bodies have thousands of links, and the legend is listed again on every expand or collapse). */
const typeNames = new WeakMap<OrganizationDocument, Map<string, string>>();

/**
 * The word a link type's lines and badges show: where every link of the type carries one same
 * label of its own (the generated data's 「関連」), that word; else the type's name.
 */
function linkTypeName(doc: OrganizationDocument, type: LinkType, locale: Locale): string {
  let names = typeNames.get(doc);
  if (!names) typeNames.set(doc, (names = new Map()));
  const key = `${locale} ${type}`;
  let name = names.get(key);
  if (name === undefined) {
    const words = new Set(doc.links.filter((l) => l.type === type).map((l) => formatOrgLinkLabel(l, locale)));
    names.set(key, (name = words.size === 1 ? [...words][0]! : ORG_LINK_LABELS[locale][type]));
  }
  return name;
}

/** The entries of the legend: the tree, each link type, and the marks of collapsed bodies the layout draws. */
export function listOrgLegend({ doc, layout, locale, types, file = false }: ListOrgLegendOptions): OrgLegendEntry[] {
  const ui = ORG_UI[locale];
  const entries: OrgLegendEntry[] = [{ key: 'tree', label: ui.treeEdge }];
  // Each link type as the drawing shows it: a line sample where a line of it is drawn, a badge
  // sample where one is drawn as badges in its boxes (a line too long to follow; the one column
  // at 360 px draws every 連携 and 共同事務局 so). A type the layout does not draw at all (every
  // link inside a collapsed box) keeps its line sample: that is how an expand shows it.
  const shown = (type: LinkType) => layout.links.filter((l) => l.type === type);
  for (const type of types ?? new Set(doc.links.map((l) => l.type))) {
    const links = shown(type);
    const name = linkTypeName(doc, type, locale);
    if (!links.length || links.some((l) => !l.stubs)) entries.push({ key: type, label: name });
    // What its badges show, each form the legend names only where one is drawn: a pair's number,
    // a number in place of the arrow (a compact badge, 「所管⑦」), an end counted on its box's
    // folded-link chip (「連携等 3 ⑤⑥⑦」).
    const ends = links.flatMap((l) => (l.stubs ? [l.stubs.from, l.stubs.to] : []));
    if (ends.length) {
      const bare = ends.some((s) => s.mark && !s.folded && !/[↓↑←→]/u.test(s.text));
      entries.push({ key: `badge:${type}`, label: ui.badgeLegend(name, ends.some((s) => s.mark), bare, ends.some((s) => s.folded), !file) });
    }
  }
  // Its ○ end is on a drawn line only (a badge says 「配下：」 in words).
  if (layout.links.some((l) => !l.stubs && (l.collapsedFrom || l.collapsedTo))) entries.push({ key: 'into-collapsed', label: ui.intoCollapsed });
  if (layout.nodes.some((n) => n.foldedBadge)) entries.push({ key: 'folded', label: ui.foldedLegend(layout.links.some((l) => l.stubs?.from.folded ? !!l.stubs.from.mark : !!l.stubs?.to.folded && !!l.stubs.to.mark), !file) });
  return entries;
}

/** The legend list (`part="legend"`): each entry (of {@link listOrgLegend}) with its sample. */
export function renderOrgLegend({ entries, locale }: { entries: readonly LegendEntry[]; locale: Locale }): TemplateResult {
  return html`<ul part="legend" aria-label=${ORG_UI[locale].legend}>
    ${entries.map((e) => html`<li>${renderOrgLegendSample(e.key as OrgLegendKey)}${e.label}</li>`)}
  </ul>`;
}
