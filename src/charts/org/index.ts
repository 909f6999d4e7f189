/** The organisation chart as a {@link ChartModel}. */
import { parseOrganization } from '../../data/organization.js';
import { LINK_TYPES, type Locale, type OrganizationDocument } from '../../data/types.js';
import { frameText, type ChartModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { describeOrgBodies } from './describe.js';
import { layoutOrgChart } from './layout/index.js';
import { formatOrgLinkType, renderOrgChartSvg, renderOrgLegendSample } from './render.js';
import { orgChartStyles } from './styles.js';
import { ORG_UI } from './words.js';

const SHORTENED_HEADING: Readonly<Record<Locale, string>> = {
  ja: '図中で省略した記載（全文）',
  en: 'Text shortened in the chart, in full',
};

/** The organisation chart's model: parse, size and draw outside the element. */
export const orgChart: ChartModel<OrganizationDocument> = {
  type: 'organization',
  tag: 'policy-org-chart',
  parse: parseOrganization,
  // The tree takes the height it needs (the element pans beyond its own maximum).
  defaultHeight: () => undefined,
  drawFile({ doc, width, locale }) {
    const ui = ORG_UI[locale];
    // Everything expanded: a file cannot be clicked open.
    const layout = layoutOrgChart({ doc, width, measure: createApproxMeasure(14), measureSize: 14, locale });
    const { width: naturalWidth, height: naturalHeight } = layout.bounds;
    // Wider than asked (many roots side by side): scale down to fit rather than crop.
    const k = Math.min(1, width / naturalWidth);
    const view = { k, tx: 0, ty: 0, width: Math.ceil(naturalWidth * k), height: Math.ceil(naturalHeight * k) };
    const names = describeOrgBodies({ doc, locale });
    const types = LINK_TYPES.filter((type) => doc.links.some((link) => link.type === type));
    // A file has no details panel: what a box shortens (an ellipsis, a count of holders) is
    // written out in full under the chart, so that every datum reaches the reader.
    const shortened = layout.nodes.filter((node) => node.truncated || node.counts.length > 0).map((node) => node.body);
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
      legend: [
        { sample: renderOrgLegendSample('tree'), label: ui.treeEdge },
        ...types.map((type) => ({ sample: renderOrgLegendSample(type), label: formatOrgLinkType(type, locale) })),
      ],
      ...frameText(doc, locale, { notes }),
    };
  },
};
