/** The effect chart (割合・変化・規模) as a {@link ChartModel}. */
import { parseEffect } from '../../data/effect.js';
import { summarizeEffect } from '../../data/effect-summary.js';
import type { EffectDocument } from '../../data/types.js';
import { frameText, type ChartModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { MEASURE_SIZE, type EffectLayoutOptions } from './layout/common.js';
import { layoutEffect } from './layout/index.js';
import type { EffectLayout } from './layout/shapes.js';
import { effectChartStyles, renderEffectChart, type RenderEffectChartOptions } from './render.js';
import { effectDataTable } from './table.js';
import { EFFECT_UI, type EffectUiWords } from './words.js';

/** The effect chart's model: parse, lay out, describe, table and draw, in and outside the element. */
export const effectChart: ChartModel<EffectDocument, EffectLayoutOptions<EffectDocument>, EffectLayout, RenderEffectChartOptions, EffectUiWords> = {
  type: 'effect',
  tag: 'policy-effect-chart',
  parse: parseEffect,
  layout: layoutEffect,
  // Each mark's name is worded with its figures in the layout.
  describe: ({ layout }) => new Map(layout.marks.map((mark) => [mark.id, mark.description])),
  table: effectDataTable,
  // Category keys and scale notes are drawn inside the SVG: nothing is listed beside it.
  legend: () => [],
  render: renderEffectChart,
  words: EFFECT_UI,
  // Effect charts take the height their marks need.
  defaultHeight: () => undefined,
  drawFile({ doc, width, locale, fontSize }) {
    const layout = layoutEffect({ doc, width, measure: createApproxMeasure(MEASURE_SIZE), locale, fontSize });
    const summary = summarizeEffect(doc, { locale }).sentence;
    return {
      template: renderEffectChart({
        layout,
        name: doc.title ?? doc.measure ?? '',
        summary,
        idPrefix: 'policy-effect',
        marksLabel: EFFECT_UI[locale].marks,
      }),
      cssTexts: [effectChartStyles.cssText],
      title: doc.title ?? doc.measure,
      ...frameText(doc, locale, { header: [summary], notes: doc.notes }),
    };
  },
};
