/**
 * The organisation chart drawn for a file (SVG, PNG, the slide's picture): every body expanded,
 * what a box shortens written out under the chart. Kept apart from the element's model so the
 * elements never carry file-only code.
 */
import { LINK_TYPES, type Locale, type OrganizationDocument } from '../../data/types.js';
import { frameText, type FileModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { describeOrgBodies } from './describe.js';
import { layoutOrgChart } from './layout/index.js';
import { listOrgLegend } from './legend.js';
import { renderOrgChartSvg, renderOrgLegendSample } from './render.js';
import { orgChartStyles } from './styles.js';
import { ORG_UI } from './words.js';

const SHORTENED_HEADING: Readonly<Record<Locale, string>> = {
  ja: '図中で省略した記載（全文）',
  en: 'Text shortened in the chart, in full',
};

/** Draws organisation documents for files. */
export const orgFile: FileModel<OrganizationDocument> = {
  type: 'organization',
  drawFile({ doc, width, locale, fontSize, height }) {
    const ui = ORG_UI[locale];
    // Everything expanded: a file cannot be clicked open.
    const lay = (d: OrganizationDocument) => layoutOrgChart({ doc: d, width, height, measure: createApproxMeasure(14), measureSize: 14, fontSize, locale });
    let layout = lay(doc);
    // Too tall for the page (a slide): the boxes keep kind, name and aliases; roles and notes
    // are written out under the chart (and in a deck's notes), as text a box shortens is.
    const lean = height !== undefined && layout.bounds.height > height && doc.bodies.some((b) => b.roles.length > 0 || b.notes.length > 0);
    if (lean) layout = lay({ ...doc, bodies: doc.bodies.map((body) => ({ ...body, roles: [], notes: [] })) });
    const { width: naturalWidth, height: naturalHeight } = layout.bounds;
    // Wider than asked (many roots side by side): scale down to fit rather than crop.
    const k = Math.min(1, width / naturalWidth);
    const view = { k, tx: 0, ty: 0, width: Math.ceil(naturalWidth * k), height: Math.ceil(naturalHeight * k) };
    const names = describeOrgBodies({ doc, locale });
    // The legend in the order of the types (the element lists them in the order the data uses them).
    const types = LINK_TYPES.filter((type) => doc.links.some((link) => link.type === type));
    // A file has no details panel: what a box shortens (an ellipsis, a count of holders) is
    // written out in full under the chart, so that every datum reaches the reader.
    const bodies = new Map(doc.bodies.map((body) => [body.id, body]));
    const shortened = layout.nodes
      .map((node) => ({ node, body: bodies.get(node.id) ?? node.body }))
      .filter(({ node, body }) => node.truncated || node.counts.length > 0 || (lean && (body.roles.length > 0 || body.notes.length > 0)))
      .map(({ body }) => body);
    const full = shortened.flatMap((body) => [
      `■ ${body.aliases.length ? `${body.name}（${body.aliases.join(ui.listSep)}）` : body.name}`,
      ...body.roles.map((role) => `${role.title}${ui.colon}${role.holders.join(ui.listSep)}`),
      ...body.notes,
    ]);
    const notes = full.length ? [SHORTENED_HEADING[locale], ...full] : [];
    return {
      template: renderOrgChartSvg({ layout, view, locale, names, label: doc.title ?? ui.tree }),
      cssTexts: [orgChartStyles.cssText],
      title: doc.title,
      legend: listOrgLegend({ doc, layout, locale, types }).map(({ key, label }) => ({ sample: renderOrgLegendSample(key), label })),
      ...frameText(doc, locale, { details: notes }),
    };
  }
};
