/**
 * Every chart's PowerPoint drawer (src/charts/<chart>/pptx.ts), beside {@link CHART_MODELS}: kept
 * apart from the chart models because only the PowerPoint writer uses them, and it is loaded on
 * first use (src/export/load-pptx.ts), so the elements never carry slide code.
 */
import type { ChartDocument } from '../data/types.js';
import type { SlideModel } from '../export/pptx-kit.js';
import { budgetSlide } from './budget/pptx.js';
import { effectSlide } from './effect/pptx.js';
import { orgSlide } from './org/pptx.js';

/** The slide drawers of every chart, one per document `type`. */
export const SLIDE_MODELS = [orgSlide, budgetSlide, effectSlide] as const;

/** The slide drawer of documents of `type` (every type has one). */
export function slideModelFor(type: ChartDocument['type']): SlideModel<ChartDocument> {
  const model = SLIDE_MODELS.find((m) => m.type === type);
  if (!model) throw new Error(`no slide model for type: ${type}`);
  // A model is only handed documents of its own type (parseChartData dispatches on `type`).
  return model as unknown as SlideModel<ChartDocument>;
}
