/**
 * Every chart's {@link ChartModel}. Code that works for any chart (the CLI, exports) loops over
 * this list; a new chart is a new folder and one entry here.
 */
import type { BudgetDocument, ChartDocument, EffectDocument, OrganizationDocument } from '../data/types.js';
import type { ChartModel } from '../kit/chart-model.js';
import { budgetChart } from './budget/index.js';
import { effectChart } from './effect/index.js';
import { orgChart } from './org/index.js';

/** The model of any one chart. */
export type AnyChartModel = ChartModel<OrganizationDocument> | ChartModel<BudgetDocument> | ChartModel<EffectDocument>;

/** The models of every chart, one per document `type`. */
export const CHART_MODELS: readonly AnyChartModel[] = [orgChart, budgetChart, effectChart];

/** The model that draws documents of `type` (every type has one). */
export function chartModelFor(type: ChartDocument['type']): ChartModel<ChartDocument> {
  const model = CHART_MODELS.find((m) => m.type === type);
  if (!model) throw new Error(`no chart model for type: ${type}`);
  // A model is only handed documents of its own type (parseChartData dispatches on `type`).
  return model as ChartModel<ChartDocument>;
}
