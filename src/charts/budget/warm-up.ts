/**
 * The treemap's part of a fresh tab's idle start-up work (kit/element/warm-up.ts): its pure code
 * (reading, summing, laying out and wording a budget) run once on a small made-up budget, so that
 * the first real chart does not run that code for the first time in the tab (interpreted, without
 * type feedback: about half of a 1,000-leaf first layout's time in a fresh tab). Nothing it makes
 * is kept but the canvas measure's widths of its own strings.
 */
import { render } from 'lit';
import { DEFAULT_FONT_FAMILY } from '../../theme/font-family.js';
import { createCanvasMeasure } from '../../kit/measure.js';
import type { WarmUpSteps } from '../../kit/element/warm-up.js';
import type { BudgetSummary } from '../../data/budget-summary.js';
import type { BudgetDocument } from '../../data/types.js';
import { budgetChart, summaryOf } from './index.js';
import { resolveForm } from './layout/form.js';
import { TREEMAP_FONT_SIZE } from './layout/metrics.js';
import type { TreemapLayout } from './layout/types.js';

/** A small budget with what real ones have: two levels, 補正, 前年度, 再掲, 内数, amounts as numbers and as text. */
export function sampleBudget(): unknown {
  const items = [];
  for (let i = 1; i < 7; i++) {
    const children = [];
    for (let j = 1; j < 5; j++) {
      children.push({
        id: `w${i}-${j}`,
        name: `見本${i}の小項目${j}による例示の事業`,
        amount: (i * 31 + j * 7) / 10,
        previous: (i * 29 + j * 10) / 10,
        ...(j === 2 ? { supplementary: `${j}.${i}億円` } : {}),
      });
    }
    if (i === 3) children.push({ id: 'w3-r', name: '見本の再掲', amount: 3.8, relistOf: 'w1-1' });
    if (i === 4) children.push({ id: 'w4-p', name: '見本の内数', partOf: { amount: 1.5, of: '見本の大きな事業' } });
    items.push({ id: `w${i}`, name: `見本の項目その${i}（仮称）`, ...(i % 2 ? {} : { amount: `${i * 20}.5億円` }), children });
  }
  return { type: 'budget', lang: 'ja', title: '見本', unit: '億円', items };
}

/** What the steps pass on: the sample read and summed, then laid out. */
let sample: { doc: BudgetDocument; summary: BudgetSummary; layout?: TreemapLayout; names?: ReadonlyMap<string, string> } | undefined;

/** Lays the sample out and words it at `width`. */
function layOut(width: number): void {
  if (!sample) return;
  const { doc, summary } = sample;
  resolveForm('auto', summary);
  const measure = createCanvasMeasure(`${TREEMAP_FONT_SIZE}px ${DEFAULT_FONT_FAMILY}`);
  sample.layout = budgetChart.layout({ doc, summary, width, height: width * 0.6, measure, locale: 'ja', minCellArea: 784 });
  sample.names = budgetChart.describe({ doc, layout: sample.layout, locale: 'ja' });
}

/** Draws the last layout into an element that is never in the page: Lit prepares the templates, no style or layout. */
function draw(): void {
  if (sample?.layout && sample.names) render(budgetChart.render({ layout: sample.layout, locale: 'ja', label: '見本', names: sample.names }), document.createElement('div'));
}

/**
 * The steps (each about 3–25 ms in a fresh tab; kit/element/warm-up.ts runs them in idle periods):
 * read and sum {@link sampleBudget}, then lay it out and draw it at a phone's width and at a page's
 * (code run twice is further along V8's tiers than code run once).
 */
export const TREEMAP_WARM_UP: WarmUpSteps = [
  () => {
    const parsed = budgetChart.parse(sampleBudget());
    if (parsed.ok) sample = { doc: parsed.value, summary: summaryOf(parsed.value) };
  },
  () => layOut(360),
  draw,
  () => layOut(800),
  () => {
    draw();
    sample = undefined;
  },
];
