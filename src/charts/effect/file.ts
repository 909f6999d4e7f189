/**
 * The effect chart drawn for a file (SVG, PNG, the slide's picture), with its summary above it
 * (on a page: a slide keeps it in the drawing's description only).
 * Kept apart from the element's model so the elements never carry file-only code.
 */
import { summarizeEffect } from '../../data/effect-summary.js';
import type { EffectDocument } from '../../data/types.js';
import { frameText, type FileModel } from '../../kit/chart-model.js';
import { createApproxMeasure } from '../../kit/text.js';
import { describeEffectMarks } from './describe.js';
import { MEASURE_SIZE } from './layout/common.js';
import { layoutEffect } from './layout/index.js';
import { effectChartStyles, renderEffectChart } from './render.js';
import { EFFECT_UI } from './words.js';

/** Draws effect documents for files. */
export const effectFile: FileModel<EffectDocument> = {
  type: 'effect',
  drawFile({ doc, width, locale, fontSize, height }) {
    // On a slide page the drawing is fitted to the height left (rows tighter, or spread and
    // centred when there is room: layoutEffect's rule), never scaled.
    const layout = layoutEffect({ doc, width, measure: createApproxMeasure(MEASURE_SIZE), locale, fontSize, ...(height === undefined ? {} : { height }) });
    const summary = summarizeEffect(doc, { locale }).sentence;
    return {
      template: renderEffectChart({
        layout,
        name: doc.title ?? doc.measure ?? '',
        summary,
        idPrefix: 'policy-effect',
        marksLabel: EFFECT_UI[locale].marks,
        names: describeEffectMarks({ doc, layout, locale }),
      }),
      cssTexts: [effectChartStyles.cssText],
      title: doc.title ?? doc.measure,
      // On a slide page (a height) the sentence is left to the drawing's description: the slide
      // shows the figures themselves, and a paragraph repeating them is not slide text.
      ...frameText(doc, locale, { header: height === undefined ? [summary] : [], notes: doc.notes }),
    };
  }
};
