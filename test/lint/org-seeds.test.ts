// The layout lint on the org chart cases (issue 8), in `npm test`: the governance chart, the
// partnership council, a generated 200-body chart and the flare-like wide tree at 360, 800 and
// 1280 px and on a 1920×1080 slide. Cases listed in PENDING still have findings; each is named
// with what is left, so that the list only shrinks (see README, "The org chart at each width").
import { describeLayoutLint } from './lint-suite.js';

/** Cases that still have findings: name@width → what is left. */
const PENDING = new Map<string, string>([
  // Typed-line rules (test/lint/line-lint.ts, s8-lint) on main 2f29193, owner in brackets; review-live S8-1-n.
  ['org/generated-200@800', '[route] 2 lines into collapsed subtrees across 2 and 4 column lines (6: out of a box nested two levels in a hung column a line crosses each ancestor\'s line; 認知症対策サブWG\'s 所管 line across both middle columns stays a line, its box holding two badges already) (s12-g200: the lines past 1,600 px and those across 3+ column lines drawn as end badges) (S8-1-4)'],
  ['org/generated-200@1280', '[route] 2 lines into collapsed subtrees across 2 column lines each (4: into a box nested in its column, across its ancestors\' lines; 医療ＩＣＴ基盤推進会議 → 統合的臨床研究・治験検討会議 could go round the wide box on the right for 19 px more) (s12-g200: the lines past 1,600 px and those across 3+ column lines drawn as end badges, 2 px more between hung columns) (s10 gen)'],
]);

describeLayoutLint({ title: 'layout lint on the org chart cases', include: (name) => name.startsWith('org/'), pending: PENDING, timeout: 120_000 });
