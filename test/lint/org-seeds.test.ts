// The layout lint on the org chart cases (issue 8), in `npm test`: the governance chart, the
// partnership council, a generated 200-body chart and the flare-like wide tree at 360, 800 and
// 1280 px and on a 1920×1080 slide. Cases listed in PENDING still have findings; each is named
// with what is left, so that the list only shrinks (see README, "The org chart at each width").
import { describeLayoutLint } from './lint-suite.js';

/** Cases that still have findings: name@width → what is left. */
const PENDING = new Map<string, string>([
  ['org/governance@1280', 'three labels sit on a second parallel line (所管 into AMED, 共同事務局 from the offices); one straddles a band edge'],
  ['org/generated-200@360', 'one role line cut with … after 12 lines in a 112 px box'],
  ['org/governance@slide', 'too tall for 1048 px at 20 px type in any arrangement: shrunk under 18 px'],
  ['org/partnership-council@slide', 'taller than 1048 px at 20 px type: shrunk to fit'],
  ['org/generated-200@slide', '80 bodies at 20 px type do not fit one slide: shrunk under 18 px'],
  ['org/flare-like@slide', 'the column of ten packages is taller than 1048 px at 20 px type; folded badges over the column line'],
]);

describeLayoutLint({ title: 'layout lint on the org chart cases', include: (name) => name.startsWith('org/'), pending: PENDING, timeout: 120_000 });
