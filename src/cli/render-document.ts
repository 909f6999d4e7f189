/**
 * Renders a chart document to a standalone SVG string in Node, with the same pure layouts and
 * stateless templates the elements use, through @lit-labs/ssr. Text is measured with
 * {@link createApproxMeasure} (no canvas in Node), so line breaks can differ slightly from the
 * browser's.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { CSSResult, html, type TemplateResult } from 'lit';
import { baseStyles } from '../components/base/base.styles.js';
import { summarizeBudget } from '../data/budget-summary.js';
import { summarizeEffect } from '../data/effect-summary.js';
import type { Issue } from '../data/issues.js';
import { parseChartData } from '../data/parse.js';
import { isRecord } from '../data/read.js';
import {
  LINK_TYPES,
  type BudgetDocument,
  type ChartDocument,
  type EffectDocument,
  type Locale,
  type OrganizationDocument,
} from '../data/types.js';
import { describeOrgBodies } from '../a11y/org-describe.js';
import { buildTreemapTable } from '../a11y/treemap-table.js';
import { ORG_UI } from '../a11y/org-strings.js';
import { layoutOrgChart } from '../layout/org-chart.js';
import { formatOrgLinkType, renderOrgChartSvg, renderOrgLegendSample } from '../render/org-chart.js';
import { orgChartStyles } from '../components/org-chart/policy-org-chart.styles.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { MEASURE_SIZE } from '../layout/effect-common.js';
import { layoutEffect } from '../layout/effect-chart.js';
import { createApproxMeasure } from '../layout/text.js';
import { layoutTreemap, TREEMAP_FONT_SIZE } from '../layout/treemap.js';
import { renderTreemapSvg } from '../render/budget-treemap.js';
import { budgetTreemapStyles } from '../components/budget-treemap/budget-treemap.styles.js';
import { effectChartStyles, renderEffectChart } from '../render/effect-chart.js';
import { tokens } from '../theme/tokens.js';
import {
  finishStandaloneSVG,
  resolveStandaloneCSS,
  resolveToken,
  STANDALONE_FRAME_CSS,
  STANDALONE_MARGIN,
  STANDALONE_FRAME_CLASS,
  selectRules,
  type StandaloneTheme,
} from './standalone.js';

/** Options of {@link renderDocumentSVG}. */
export interface RenderDocumentSVGOptions {
  /** The parsed JSON of a chart document. */
  input: unknown;
  /** Width of the file in px, margins included (default 800). */
  width?: number;
  /** Locale of the chart's words; default: the document's `lang`, else ja. */
  locale?: Locale;
  theme?: StandaloneTheme;
  /** Paint the theme's background behind the drawing (default true). */
  background?: boolean;
}

/** The result of {@link renderDocumentSVG}: the SVG, or localised issue lines. */
export type RenderDocumentSVGResult =
  | { ok: true; svg: string; type: ChartDocument['type']; warnings?: Issue[] }
  | { ok: false; issues: Issue[]; messages: string[] };

/** The shared element styles that apply inside a drawing (`svg`, `svg text`): the text colour and font. */
const BASE_SVG_CSS = selectRules({
  cssText: baseStyles.map((sheet) => (sheet instanceof CSSResult ? sheet.cssText : '')).join('\n'),
  match: (prelude) => /^svg\b/.test(prelude),
});

interface Drawing {
  template: TemplateResult;
  cssTexts: string[];
  title?: string;
  /** Text drawn above the chart, as the element shows it above its drawing. */
  header: string[];
  /** Footnotes and the source, drawn under the chart. */
  footer: string[];
  legend?: Array<{ sample: TemplateResult; label: string }>;
}

const SHORTENED_HEADING: Readonly<Record<Locale, string>> = {
  ja: '図中で省略した記載（全文）',
  en: 'Text shortened in the chart, in full',
};

const SOURCE_LABEL: Readonly<Record<Locale, string>> = { ja: '出典：', en: 'Source: ' };

/** Description first; notes and the source last: what the element shows around its drawing. */
function frameText(doc: ChartDocument, locale: Locale, extra: { header?: string[]; notes?: string[] } = {}) {
  const header = [doc.description, ...(extra.header ?? [])].filter((t): t is string => Boolean(t));
  const footer = [...(extra.notes ?? []), ...(doc.source ? [SOURCE_LABEL[locale] + doc.source] : [])];
  return { header, footer };
}

function drawEffect(doc: EffectDocument, width: number, locale: Locale): Drawing {
  const layout = layoutEffect({ doc, width, measure: createApproxMeasure(MEASURE_SIZE), locale });
  const summary = summarizeEffect(doc, { locale }).sentence;
  return {
    template: renderEffectChart({
      layout,
      name: doc.title ?? doc.measure ?? '',
      summary,
      idPrefix: 'policy-effect',
      marksLabel: locale === 'ja' ? 'データ' : 'Data',
    }),
    cssTexts: [tokens.cssText, effectChartStyles.cssText],
    title: doc.title ?? doc.measure,
    ...frameText(doc, locale, { header: [summary], notes: doc.notes }),
  };
}

/** Longest item list written under a treemap; beyond it the file says where the list is. */
const MAX_LISTED_ITEMS = 300;

const BUDGET_WORDS = {
  ja: {
    heading: '全項目（記載額）',
    colon: '：',
    sep: '、',
    noAmount: '金額の記載なし',
    supplementary: (a: string) => `補正 ${a}`,
    previous: (a: string) => `前年度 ${a}`,
    tooMany: (n: number) => `全${n}項目の一覧は、グラフの表またはデータをご覧ください。`,
    hatch: '斜線：補正（当初とは別枠）',
    refs: '再掲（↪）・内数（◇）：面積なし、元の項目で計上',
    others: '他N件：小さい項目をまとめた区画（下の一覧に全項目）',
    mismatch: '▲印：記載額と内訳の計が一致しない項目',
  },
  en: {
    heading: 'Every item (as declared)',
    colon: ': ',
    sep: ', ',
    noAmount: 'no amount given',
    supplementary: (a: string) => `supplementary ${a}`,
    previous: (a: string) => `previous year ${a}`,
    tooMany: (n: number) => `The list of all ${n} items is in the chart's table or the data.`,
    hatch: 'Hatched: supplementary budget (separate from the initial budget)',
    refs: 'Re-listed (↪) and part-of (◇) items: no area, counted at the original',
    others: 'N others: small items grouped (every item is listed below)',
    mismatch: 'Warning mark: declared amount differs from the sum of its items',
  },
} as const;

/** Drawing height of a treemap for a width: the element's default (wide: 0.55 of the width). */
function treemapHeight(width: number): number {
  if (width >= 640) return Math.round(Math.min(640, Math.max(360, width * 0.55)));
  return Math.round(Math.min(560, Math.max(320, width * 1.25)));
}

function drawBudget(doc: BudgetDocument, width: number, locale: Locale): Drawing {
  const summary = summarizeBudget(doc);
  const approx = createApproxMeasure(TREEMAP_FONT_SIZE);
  const layout = layoutTreemap({
    doc,
    summary,
    width,
    height: treemapHeight(width),
    // Bold names: the same headroom the element gives its canvas measure.
    measure: (text: string) => approx(text) * 1.06,
    locale,
  });
  const title = doc.title ?? (locale === 'ja' ? '予算' : 'Budget');
  // A file cannot drill into a cell or show a tooltip: list every item's figures under it.
  const words = BUDGET_WORDS[locale];
  const { rows } = buildTreemapTable({ summary, locale, caption: title });
  const list =
    rows.length > MAX_LISTED_ITEMS
      ? [words.tooMany(rows.length)]
      : [
          words.heading,
          ...rows.map((row) => {
            const declared = row.declared === '—' ? '' : row.declared;
            const amount = declared && row.status ? `${declared}（${row.status}）` : declared || row.status || words.noAmount;
            const figures = [amount, row.supplementary && words.supplementary(row.supplementary), row.previous && words.previous(row.previous)];
            return `${row.number} ${row.name}${words.colon}${figures.filter(Boolean).join(words.sep)}`;
          }),
        ];
  const legend: string[] = [];
  if (layout.cells.some((c) => c.supplementary > 0)) legend.push(words.hatch);
  if (layout.rootRefs.length > 0 || layout.cells.some((c) => c.refs.length > 0)) legend.push(words.refs);
  if (layout.cells.some((c) => c.kind === 'others')) legend.push(words.others);
  if (layout.cells.some((c) => c.mismatch)) legend.push(words.mismatch);
  return {
    template: html`${renderTreemapSvg({ layout, locale, label: title, idPrefix: 'policy-budget-' })}`,
    cssTexts: [tokens.cssText, budgetTreemapStyles.cssText],
    title: doc.title,
    ...frameText(doc, locale, {
      header: [[doc.fiscalYear, layout.totalText].filter(Boolean).join(' '), ...(layout.supplementaryTotalText ? [layout.supplementaryTotalText] : [])],
      notes: [...legend, ...list],
    }),
  };
}

function drawOrganization(doc: OrganizationDocument, width: number, locale: Locale): Drawing {
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
    cssTexts: [tokens.cssText, orgChartStyles.cssText],
    title: doc.title,
    legend: [
      { sample: renderOrgLegendSample('tree'), label: ui.treeEdge },
      ...types.map((type) => ({ sample: renderOrgLegendSample(type), label: formatOrgLinkType(type, locale) })),
    ],
    ...frameText(doc, locale, { notes }),
  };
}

/** Draws a parsed document with its chart's layout and template. */
function drawDocument(doc: ChartDocument, width: number, locale: Locale): Drawing {
  switch (doc.type) {
    case 'organization':
      return drawOrganization(doc, width, locale);
    case 'budget':
      return drawBudget(doc, width, locale);
    case 'effect':
      return drawEffect(doc, width, locale);
  }
}

/** Lang of the document, when it is an object with a string `lang`. */
function documentLocale(input: unknown): Locale | undefined {
  return isRecord(input) && typeof input.lang === 'string' ? toLocale(input.lang) : undefined;
}

/**
 * Parses a chart document (dispatching on `type`) and renders it to a standalone SVG.
 * Bad input never throws: it returns the issues, with messages in the chosen locale.
 */
export function renderDocumentSVG(options: RenderDocumentSVGOptions): RenderDocumentSVGResult {
  const { input, width = 800, theme = 'light', background = true } = options;
  const locale = options.locale ?? documentLocale(input) ?? 'ja';
  const fail = (issues: Issue[]): RenderDocumentSVGResult => ({ ok: false, issues, messages: issues.map((i) => formatIssue(i, locale)) });

  const parsed = parseChartData(input);
  if (!parsed.ok) return fail(parsed.issues);
  // The file is `width` wide: the chart gets what the frame's margins leave.
  const drawing = drawDocument(parsed.value, width - 2 * STANDALONE_MARGIN, locale);

  const markup = collectResultSync(render(drawing.template));
  const [tokenCss, ...chartCss] = drawing.cssTexts;
  const cssTexts = [tokenCss!, BASE_SVG_CSS, ...chartCss, STANDALONE_FRAME_CSS];
  const css = resolveStandaloneCSS({ cssTexts, theme, hostSelector: `.${STANDALONE_FRAME_CLASS}` });
  const fill = background ? resolveToken({ cssTexts, name: '--_background', theme }) : undefined;
  const svg = finishStandaloneSVG({
    markup,
    css,
    background: fill,
    title: drawing.title,
    header: drawing.header,
    footer: drawing.footer,
    contentWidth: width - 2 * STANDALONE_MARGIN,
    legend: drawing.legend?.map(({ sample, label }) => ({ sample: collectResultSync(render(sample)), label })),
    locale,
  });
  return { ok: true, svg, type: parsed.value.type, ...(parsed.warnings ? { warnings: parsed.warnings } : {}) };
}
