/**
 * `layoutEffect`: lays out any effect document by its `chart` kind. Pure; runs in Node.
 */
import type { EffectDocument } from '../../../data/types.js';
import type { EffectLayoutOptions } from './common.js';
import { layoutChange } from './change.js';
import { layoutMagnitude } from './magnitude.js';
import { layoutProportions } from './proportions.js';
import type { EffectLayout } from './shapes.js';

/** Lays out an effect document for a width: proportions, change or magnitude. */
export function layoutEffect(options: EffectLayoutOptions<EffectDocument>): EffectLayout {
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
