/** The effect chart (割合・変化・規模) as a {@link ChartModel}. */
import { parseEffect } from '../../data/effect.js';
import type { EffectDocument } from '../../data/types.js';
import type { ChartModel } from '../../kit/chart-model.js';
import { describeEffectMarks } from './describe.js';
import type { EffectLayoutOptions } from './layout/common.js';
import { layoutEffect } from './layout/index.js';
import type { EffectLayout } from './layout/shapes.js';
import { renderEffectChart, type RenderEffectChartOptions } from './render.js';
import { lazyPart } from '../../kit/lazy-part.js';
import { EFFECT_UI, type EffectUiWords } from './words.js';

/** The parts loaded on first use (lazy.ts: the table alternative and the CSV; docs/size.md). */
export const effectLazy = lazyPart(() => import('./lazy.js'));

/** The effect chart's model: parse, lay out, describe, table and draw, in and outside the element. */
export const effectChart: ChartModel<EffectDocument, EffectLayoutOptions<EffectDocument>, EffectLayout, RenderEffectChartOptions, EffectUiWords> = {
  type: 'effect',
  tag: 'policy-effect-chart',
  parse: parseEffect,
  layout: layoutEffect,
  describe: describeEffectMarks,
  tableCode: effectLazy,
  // Category keys and scale notes are drawn inside the SVG: nothing is listed beside it.
  legend: () => [],
  render: renderEffectChart,
  words: EFFECT_UI,
  english: lazyPart(() => import('./words-en.js')),
  // Effect charts take the height their marks need.
  defaultHeight: () => undefined,

};
