/** The effect chart (割合・変化・規模) as a {@link ChartModel}. */
import { parseEffect } from '../../data/effect.js';
import { summarizeEffect } from '../../data/effect-summary.js';
import type { EffectDocument } from '../../data/types.js';
import { frameText, type ChartModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { MEASURE_SIZE } from './layout/common.js';
import { layoutEffect } from './layout/index.js';
import { effectChartStyles, renderEffectChart } from './render.js';

/** The effect chart's model: parse, size and draw outside the element. */
export const effectChart: ChartModel<EffectDocument> = {
  type: 'effect',
  tag: 'policy-effect-chart',
  parse: parseEffect,
  // Effect charts take the height their marks need.
  defaultHeight: () => undefined,
  drawFile({ doc, width, locale }) {
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
      cssTexts: [effectChartStyles.cssText],
      title: doc.title ?? doc.measure,
      ...frameText(doc, locale, { header: [summary], notes: doc.notes }),
    };
  },
};
