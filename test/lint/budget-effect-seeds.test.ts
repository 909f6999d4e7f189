// The layout lint on the budget treemap and effect chart seeds (issue 9), in `npm test`: every
// effect and treemap seed at 360, 800, 1280 px and on a 1920×1080 slide (the treemap fits the
// slide: with preset="slide" and height, the drawing takes what the header and notes leave).
import { describeLayoutLint } from './lint-suite.js';

describeLayoutLint({
  title: 'layout lint on the budget and effect seeds',
  include: (name) => name.startsWith('treemap/') || name.startsWith('effect/'),
  timeout: 120_000,
});
