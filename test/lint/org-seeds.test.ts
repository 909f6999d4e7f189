// The layout lint on the org chart cases (issue 8), in `npm test`: the governance chart, the
// partnership council, a generated 200-body chart and the flare-like wide tree at 360, 800 and
// 1280 px and on a 1920×1080 slide. Cases listed in PENDING still have findings; each is named
// with what is left, so that the list only shrinks (see README, "The org chart at each width").
import { describeLayoutLint } from './lint-suite.js';

/** Cases that still have findings: name@width → what is left. */
const PENDING = new Map<string, string>([
  // Since the link labels touch their own line (route-cost.ts, links.ts): before, these labels
  // floated up to 80 px from their line, which the lint did not see.
  ['org/governance+en@800', '「Cooperation」 is wider than its 75 px line between the headquarters and AMED; it sits on the line across the headquarters\' frame edge'],
  ['org/governance+en@slide', 'one 「Jurisdiction」 label sits on two 所管 lines (its own and a neighbour\'s)'],
]);

describeLayoutLint({ title: 'layout lint on the org chart cases', include: (name) => name.startsWith('org/'), pending: PENDING, timeout: 120_000 });
