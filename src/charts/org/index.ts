/** The organisation chart as a {@link ChartModel}. */
import { parseOrganization } from '../../data/organization.js';
import type { OrganizationDocument } from '../../data/types.js';
import type { ChartModel } from '../../kit/chart-model.js';
import { describeOrgBodies } from './describe.js';
import { layoutOrgChart, type LayoutOrgChartOptions, type OrgChartLayout } from './layout/index.js';
import { listOrgLegend } from './legend.js';
import { renderOrgChartSvg, type RenderOrgChartOptions } from './render.js';
import { lazyPart } from '../../kit/lazy-part.js';
import { ORG_UI, type OrgUiStrings } from './words.js';

/** The parts loaded on first use (lazy.ts: the table alternative and the CSV, the tooltip and the details panel; docs/size.md). */
export const orgLazy = lazyPart(() => import('./lazy.js'));

/** The organisation chart's model: parse, size and draw outside the element. */
export const orgChart: ChartModel<OrganizationDocument, LayoutOrgChartOptions, OrgChartLayout, RenderOrgChartOptions, OrgUiStrings> = {
  type: 'organization',
  tag: 'policy-org-chart',
  parse: parseOrganization,
  layout: layoutOrgChart,
  describe: ({ doc, locale }) => describeOrgBodies({ doc, locale }),
  tableCode: orgLazy,
  legend: listOrgLegend,
  render: renderOrgChartSvg,
  words: ORG_UI,
  english: lazyPart(() => import('./words-en.js')),
  // The tree takes the height it needs (the element pans beyond its own maximum).
  defaultHeight: () => undefined,
};
