/**
 * Every chart's file drawer (src/charts/<chart>/file.ts), beside {@link CHART_MODELS}: kept apart
 * from the chart models because only the CLI, the server-side renderers and the exports draw
 * files, so the elements never carry that code.
 */
import type { ChartDocument } from '../data/types.js';
import type { FileModel } from '../kit/chart-model.js';
import { budgetFile } from './budget/file.js';
import { effectFile } from './effect/file.js';
import { orgFile } from './org/file.js';

/** The file drawers of every chart, one per document `type`. */
export const FILE_MODELS = [orgFile, budgetFile, effectFile] as const;

/** The file drawer of documents of `type` (every type has one). */
export function fileModelFor(type: ChartDocument['type']): FileModel<ChartDocument> {
  const model = FILE_MODELS.find((m) => m.type === type);
  if (!model) throw new Error(`no file drawer for type: ${type}`);
  // A drawer is only handed documents of its own type (parseChartData dispatches on `type`).
  return model as unknown as FileModel<ChartDocument>;
}
