/**
 * `layoutEffect`: lays out any effect document by its `chart` kind, fitted into `height` when
 * one is given (rows re-laid out tighter, never the drawing scaled). Pure; runs in Node.
 */
import type { EffectDocument } from '../../../data/types.js';
import { fitToHeight, type EffectLayoutOptions } from './common.js';
import { layoutChange } from './change.js';
import { layoutMagnitude } from './magnitude.js';
import { layoutProportions } from './proportions.js';
import type { EffectLayout } from './shapes.js';

/** Lays out an effect document for a width (and a fixed height): proportions, change or magnitude. */
export function layoutEffect(options: EffectLayoutOptions<EffectDocument>): EffectLayout {
  return fitToHeight((spacing) => layoutAt({ ...options, spacing }), options.height);
}

function layoutAt(options: EffectLayoutOptions<EffectDocument>): EffectLayout {
  const { doc } = options;
  switch (doc.chart) {
    case 'proportions':
      return layoutProportions({ ...options, doc });
    case 'change':
      return layoutChange({ ...options, doc });
    case 'magnitude':
      return layoutMagnitude({ ...options, doc });
  }
}
