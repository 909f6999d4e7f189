/**
 * The budget treemap's English words (words.ts, layout/words.ts and the shared element's),
 * loaded on first use: by the element before it draws in English (the model's `english` part),
 * statically by Node callers (src/words-en.ts). A Japanese page never loads them (docs/size.md).
 */
import { provideEnglish } from '../../kit/locale-table.js';
import '../../kit/element/words-en.js';
import { pc, TREEMAP_TEXT, type Tone } from './layout/words.js';
import { BUDGET_NAMES, BUDGET_UI } from './words.js';

provideEnglish(BUDGET_UI, {
  treeLabel: (title: string) => `${title}: budget treemap (area is new money)`,
  untitled: 'Budget',
  crumbs: 'Level shown',
  topItems: 'Every item (as declared)',
  suppGroup: 'Supplementary',
  initial: 'Initial only',
  withSupp: 'With supplementary',
  modeGroup: 'Show',
  amount: 'Amount',
  change: 'Change on previous year',
  view: (name: string, amount: string, share: string) => `Showing: ${name} ${amount} (${share} of total)`,
  ofTotal: (amount: string, share: string) => `${amount} (${share} of total)`,
  legendHatch: 'Hatched: supplementary budget (separate from the initial budget)',
  legendWarn: 'Declared amount differs from the sum of its items',
  legendRef: 'Re-listed (↪) and part-of (◇) items: no area, counted at the original',
  legendOthers: 'N others: small items grouped (select to show them)',
  legendChange: 'Change on previous year: + increase, − decrease (deeper colour, larger change)',
  tableCaption: (title: string) => `${title} (every item)`,
  keys: 'Arrow keys move, Enter opens, Escape goes back',
  tableProgress: (n: number, total: number) => `Building the table (${n.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows)`,
});

provideEnglish(BUDGET_NAMES, {
  sep: ', ',
  shareOf: (p: string) => `${p} of total`,
  othersDesc: (n: number) => `${n} smaller items grouped together`,
  drill: 'select to show its items',
  inside: (name: string, figure: string) => `${name} (${figure})`,
  moreDesc: (n: number) => `${n} more items without area (re-listed, part-of…), select to show them`,
  moreInTable: (n: number) => `${n} more items without area (re-listed, part-of…), listed in the table`,
});

provideEnglish(TREEMAP_TEXT, {
  total: (a: string) => `Total ${a} (excluding re-listed and part-of items)`,
  reconcile: (d: string, r: string, c: string, rest: string) =>
    `Declared items add up to ${d} − re-listed ${r}${rest ? ` − ${rest}` : ''} = counted ${c}`,
  reconcileRest: (a: string) => `declared figures differing from their items ${a}`,
  topRelist: (r: string, c: string) => `of which re-listed ${r} → counted ${c}`,
  topItemsFolded: (n: number) => `All ${n} items as declared`,
  topItemsMore: (n: number) => `${n} more items as declared`,
  topItemsSlideMore: (n: number) => `and ${n} more (also in the table)`,
  notStated: 'no amount given',
  supplementaryTotal: (a: string) => `Supplementary ${a} (separate from the initial budget)`,
  others: (n: number) => `${n} others`,
  unitemised: 'Not itemised',
  supplementary: 'Supplementary (not itemised)',
  budget: 'Whole budget',
  supp: (a: string) => `supplementary ${a}`,
  relist: (a: string) => `re-listed ${a}`,
  partOf: (a: string) => `part of ${a}`,
  partOfUnknown: 'part of a larger amount',
  zero: (a: string) => `${a}`,
  noFigure: 'no amount given',
  more: (n: number) => `+${n} more`,
  relistOf: (name: string) => `re-listed (counted at: ${name})`,
  partlyRelisted: (g: string, r: string) => `partly re-listed (of the declared ${g}, ${r} is counted elsewhere)`,
  mismatch: (d: string, c: string) => `declared ${d} differs from its items' sum ${c}`,
  suppMismatch: (d: string, c: string) => `declared supplementary ${d} differs from its items' supplementary sum ${c}`,
  change: (a: string) => `${a} on previous year`,
  noChange: 'same as previous year',
  noPrevious: 'no previous-year figure',
  sep: ', ',
  changeKeyTitle: 'Change on previous year',
  changeTone: (tone: Tone, [a, b]: readonly [number, number]) =>
    ({
      'down-3': `\u2212${pc(b)} or more`,
      'down-2': `\u2212${pc(a)} to ${pc(b)}`,
      'down-1': `\u2212 under ${pc(a)}`,
      same: 'no change',
      'up-1': `+ under ${pc(a)}`,
      'up-2': `+${pc(a)} to ${pc(b)}`,
      'up-3': `+${pc(b)} or more`,
      none: 'no previous-year figure',
    })[tone],
  suppDrawn: (a: string) => `Supplementary ${a} (sum of the hatched areas; separate from the initial budget)`,
  suppDisagree: (declared: string, drawn: string, items: string) =>
    `The declared supplementary figures add up to ${declared}, the hatched areas (their items' supplementary) to ${drawn}. ${items}`,
  suppDisagreeItem: (name: string, d: string, c: string) => `"${name}" declares supplementary ${d}; its items add up to ${c}`,
  andMore: (n: number) => `and ${n} more`,
  sliverKeyTitle: 'Cells and marks too small to name',
  sliverKeyRestTitle: 'Names cut short or left out of the drawing',
  sliverKeyBullet: '• ',
  sliverOf: (parent: string, name: string) => `${parent}: ${name}`,
  sliverKeyMore: (n: number) => `and ${n} more (in the table)`,
  sentenceEnd: '.',
});

