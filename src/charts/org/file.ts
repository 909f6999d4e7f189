/**
 * The organisation chart drawn for a file (SVG, PNG, the slide's picture): every body expanded,
 * what a box shortens written out under the chart. Kept apart from the element's model so the
 * elements never carry file-only code.
 */
import { LINK_TYPES, type Body, type Locale, type OrganizationDocument } from '../../data/types.js';
import { frameText, type FileModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { describeOrgBodies } from './describe.js';
import { layoutOrgChart } from './layout/index.js';
import { fitOrgSlide, listHiddenBodies } from './slide.js';
import { indexOrganization } from './tree-index.js';
import { listOrgLegend } from './legend.js';
import { renderOrgChartSvg, renderOrgLegendSample } from './render.js';
import { orgChartStyles } from './styles.js';
import { formatOrgRole, joinOrgWords, ORG_UI } from './words.js';

const SHORTENED_HEADING: Readonly<Record<Locale, string>> = {
  ja: '図中で省略した記載（全文）',
  en: 'Text shortened in the chart, in full',
};

/** Words of the file's notes list. */
const ORG_FILE_WORDS: Readonly<Record<Locale, { under: (parent: string) => string }>> = {
  ja: { under: (parent) => `${parent}の下` },
  en: { under: (parent) => `under ${parent}` },
};

/** Draws organisation documents for files. */
export const orgFile: FileModel<OrganizationDocument> = {
  type: 'organization',
  drawFile({ doc, width, locale, fontSize, height, measureAt }) {
    const ui = ORG_UI[locale];
    // Measured at 14 px and drawn at the font size, as the element does (in the file's font when the caller knows it).
    const options = { doc, width, measure: measureAt?.(14) ?? createApproxMeasure(14), measureSize: 14, locale, file: true };
    // A page (a slide): the richest drawing that fits it with text of 18 px or more (whole boxes,
    // then boxes without roles and notes, then an overview of the upper levels; slide.ts).
    // Otherwise everything expanded at the given size: a file cannot be clicked open.
    const fit = height === undefined ? undefined : fitOrgSlide({ ...options, height, fontSize: fontSize ?? 20 });
    const layout = fit?.layout ?? layoutOrgChart({ ...options, fontSize });
    const lean = fit?.lean ?? false;
    const { width: naturalWidth, height: naturalHeight } = layout.bounds;
    // Wider than asked (many roots side by side): scale down to fit rather than crop.
    const k = Math.min(1, width / naturalWidth);
    const view = { k, tx: 0, ty: 0, width: Math.ceil(naturalWidth * k), height: Math.ceil(naturalHeight * k) };
    const names = describeOrgBodies({ doc, locale });
    // The legend in the order of the types (the element lists them in the order the data uses them).
    const types = LINK_TYPES.filter((type) => doc.links.some((link) => link.type === type));
    // A file has no details panel: what a box shortens (an ellipsis, a count of holders, the roles
    // and notes a slide leaves off) and the bodies an overview leaves out are written out in full
    // under the chart (a slide's deck keeps them in the notes), so that every datum reaches the reader.
    const hidden = new Set(fit?.depth === undefined ? [] : listHiddenBodies({ doc, layout }).map((body) => body.id));
    const shortened = indexOrganization(doc).order.filter((body) => {
      const node = layout.byId.get(body.id);
      if (!node) return hidden.has(body.id);
      return node.truncated || node.counts.length > 0 || (lean && (body.roles.length > 0 || body.notes.length > 0));
    });
    const parentName = (body: Body) => (body.parent === undefined ? undefined : doc.bodies.find((b) => b.id === body.parent)?.name);
    const full = shortened.flatMap((body) => [
      `■ ${body.aliases.length ? `${body.name}（${joinOrgWords(body.aliases, ui)}）` : body.name}${hidden.has(body.id) && parentName(body) ? `${ui.colon}${ORG_FILE_WORDS[locale].under(parentName(body)!)}` : ''}`,
      ...body.roles.map((role) => formatOrgRole(role, ui)),
      ...body.notes,
    ]);
    const notes = full.length ? [SHORTENED_HEADING[locale], ...full] : [];
    return {
      template: renderOrgChartSvg({ layout, view, locale, names, label: doc.title ?? ui.tree, file: true }),
      cssTexts: [orgChartStyles.cssText],
      title: doc.title,
      legend: listOrgLegend({ doc, layout, locale, types, file: true }).map(({ key, label }) => ({ sample: renderOrgLegendSample(key), label })),
      ...frameText(doc, locale, { details: notes }),
    };
  }
};
