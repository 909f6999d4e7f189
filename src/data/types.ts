/**
 * The validated shapes of the three JSON formats (../shared/DATA-FORMAT.md).
 *
 * Parsers turn `unknown` input into these. Every amount is in yen, as an exact integer number
 * (49.1億円 is 4_910_000_000). Every validated object carries `path`, the JSON path of the
 * object in the input (`items[2].children[0]`), so that later messages can name it.
 */

/** Allowed values of an organisation body's `kind`. */
export const BODY_KINDS = [
  'headquarters',
  'council',
  'taskforce',
  'working-group',
  'agency',
  'office',
  'ministry',
  'company',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Allowed values of an organisation link's `type`. */
export const LINK_TYPES = ['cooperation', 'joint-secretariat', 'jurisdiction', 'advice', 'other'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Units an amount may be written in; every amount is converted to yen. */
export const BUDGET_UNITS = ['円', '千円', '百万円', '億円', '兆円'] as const;
export type BudgetUnit = (typeof BUDGET_UNITS)[number];

/** Yen per unit. */
export const YEN_PER_UNIT: Readonly<Record<BudgetUnit, number>> = {
  円: 1,
  千円: 1_000,
  百万円: 1_000_000,
  億円: 100_000_000,
  兆円: 1_000_000_000_000,
};

/** Allowed values of an effect document's `chart`. */
export const EFFECT_CHARTS = ['proportions', 'change', 'magnitude'] as const;
export type EffectChartKind = (typeof EFFECT_CHARTS)[number];

/** Allowed values of a change series' `better`: which direction is an improvement. */
export const EFFECT_BETTER = ['higher', 'lower'] as const;
export type EffectBetter = (typeof EFFECT_BETTER)[number];

/** The chart types, the `type` key of every document. */
export const CHART_TYPES = ['organization', 'budget', 'effect'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** Locales the library has messages for. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Keys every document may carry. Unknown keys are kept in `extra` and otherwise ignored. */
export interface DocumentMeta {
  title?: string;
  description?: string;
  /** Free text: where the figures come from (a slide, a page). */
  source?: string;
  /** BCP 47 language of the labels, e.g. `ja`. */
  lang?: string;
  /** Keys the parser does not know, kept as they were. */
  extra: Record<string, unknown>;
}

// ---------------------------------------------------------------- organization

export interface Role {
  title: string;
  holders: string[];
}

export interface Lane {
  id: string;
  name: string;
  path: string;
}

export interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  parent?: string;
  lane?: string;
  aliases: string[];
  /** What the source itself says about the body (※ notes on the slide); drawn on its box. */
  notes: string[];
  /**
   * How the source was read (an inferred lane, a line the slide does not settle): kept and
   * shown in the text alternative, the table and the details, never drawn on the box nor searched.
   */
  editorNotes: string[];
  roles: Role[];
  source?: string;
  path: string;
}

export interface OrgLink {
  from: string;
  to: string;
  type: LinkType;
  label?: string;
  path: string;
}

export interface OrganizationDocument extends DocumentMeta {
  type: 'organization';
  /** How the source as a whole was read (see {@link Body.editorNotes}); never drawn on the chart. */
  editorNotes: string[];
  lanes: Lane[];
  bodies: Body[];
  links: OrgLink[];
}

// ---------------------------------------------------------------------- budget

export interface PartOf {
  /** The larger program's amount in yen, when the slide gives it (13.5億円の内数). */
  amount?: number;
  /** The larger program's name, when given. */
  of?: string;
}

export interface BudgetItem {
  id: string;
  name: string;
  /** The initial amount in yen, as declared. Absent for 内数 items and undeclared parents. */
  amount?: number;
  /** 補正: supplementary money in yen, beside the initial amount, never inside it. */
  supplementary?: number;
  /** 前年度: last year's amount in yen. */
  previous?: number;
  /** 再掲: the id of the item where this amount is counted. */
  relistOf?: string;
  /** 内数: an unknown share of a larger amount. */
  partOf?: PartOf;
  /** Free text shown with the item (e.g. the slide's wording). */
  note?: string;
  /** How the source was read (for editors): shown in the table, never drawn on the chart. */
  editorNotes?: string[];
  source?: string;
  children: BudgetItem[];
  path: string;
}

export interface BudgetDocument extends DocumentMeta {
  type: 'budget';
  fiscalYear?: string;
  /** The unit numbers in the input were written in; amounts here are already in yen. */
  unit: BudgetUnit;
  /** How the source was read (for editors): shown with the table, never drawn on the chart. */
  editorNotes?: string[];
  items: BudgetItem[];
}

// ---------------------------------------------------------------------- effect

export interface ProportionCategory {
  label: string;
  /** Share in 0..1; absent when the source does not give it (drawn as unknown). */
  value?: number;
  path: string;
}

export interface ProportionSeries {
  label: string;
  /** How the source was read (for editors): shown in the table, never drawn on the chart. */
  editorNotes?: string[];
  /** Share in 0..1. */
  value: number;
  /** Sample size: when given, a 95% Wilson interval is drawn. */
  n?: number;
  /**
   * The value is not stated by the source but worked out from it (「通常の半分」 → 12ヶ月):
   * drawn as a dashed bar and said to be derived (算出値) in the label, table and accessible name.
   */
  derived?: boolean;
  categories: ProportionCategory[];
  path: string;
}

export interface ChangePoint {
  label: string;
  value: number;
  /**
   * The value is not stated by the source but worked out from it: drawn as a hollow marker
   * with a dashed outline and said to be derived (算出値) in the label, table and accessible name.
   */
  derived?: boolean;
}

export interface ChangeSeries {
  label: string;
  /** How the source was read (for editors): shown in the table, never drawn on the chart. */
  editorNotes?: string[];
  before: ChangePoint;
  after: ChangePoint;
  unit?: string;
  better?: EffectBetter;
  path: string;
}

export interface MagnitudeSeries {
  label: string;
  /** How the source was read (for editors): shown in the table, never drawn on the chart. */
  editorNotes?: string[];
  value: number;
  /** A label shown as given instead of the formatted value (13年間). */
  display?: string;
  /**
   * The value is not stated by the source but worked out from it (「通常の半分の6ヶ月」 →
   * 12ヶ月): drawn hollow (a ring, a dashed bar) and said to be derived (算出値) in the label,
   * table and accessible name.
   */
  derived?: boolean;
  path: string;
}

interface EffectBase extends DocumentMeta {
  type: 'effect';
  measure?: string;
  unit?: string;
  /** Footnotes shown under the chart (※). */
  notes: string[];
  /** How the source was read (for editors): shown with the table, never drawn on the chart. */
  editorNotes?: string[];
}

/** Two groups compared: `a − b`, the ratio `a / b`, Newcombe's interval when both have `n`. */
export interface ComparisonPair {
  /** Index of the first group in `series`. */
  a: number;
  /** Index of the second group in `series`. */
  b: number;
  /** JSON path of the pair in the input (`comparisons[1]`). */
  path: string;
}

/** Allowed words of a proportions document's `comparisons`. */
export const EFFECT_COMPARISONS = ['first', 'pairwise'] as const;

/**
 * Which differences a proportions chart states with three or more groups: each group against
 * the first (`first`, the default), every pair (`pairwise`), or the pairs listed.
 */
export type ProportionComparisons = (typeof EFFECT_COMPARISONS)[number] | ComparisonPair[];

export interface ProportionsDocument extends EffectBase {
  chart: 'proportions';
  series: ProportionSeries[];
  /** The differences stated with three or more groups (absent: each against the first). */
  comparisons?: ProportionComparisons;
}

export interface ChangeDocument extends EffectBase {
  chart: 'change';
  series: ChangeSeries[];
}

export interface MagnitudeDocument extends EffectBase {
  chart: 'magnitude';
  series: MagnitudeSeries[];
}

export type EffectDocument = ProportionsDocument | ChangeDocument | MagnitudeDocument;

export type ChartDocument = OrganizationDocument | BudgetDocument | EffectDocument;
