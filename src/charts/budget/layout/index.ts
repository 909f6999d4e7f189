/**
 * The budget treemap layout: from a validated budget, its summary and a size to positioned
 * cells, labels, reference marks and breadcrumbs. Pure (no DOM, no Lit): runs and is tested
 * in Node; the element and the SSR renderer only draw what this returns.
 *
 * Area is counted (new) money (`summarizeBudget`): 再掲 and 内数 items take no area and add to
 * no total; 補正 money is drawn beside the initial amount as a hatched adjoining area when
 * asked, never inside the initial total. Cells too small to see are gathered into one
 * "他N件" / "N others" cell per parent, reachable by drill-down.
 *
 * One phase per file: metrics (type sizes) → view (what is shown) → tile (squarify) → refs
 * (the strip under the view) → cell (figures, labels) → top-items → focus (crumbs, notes).
 */
import { formatPercent } from '../../../format/number.js';
import { resolveForm } from './form.js';
import { makeCell, nodeHeader } from './cell.js';
import { headerBand, type ContainerHeader } from './cell-label.js';
import type { ChangeTone } from './change.js';
import { chartAmountFormat } from './format.js';
import { describeFocus, joinMismatches, makeCrumbs } from './focus.js';
import { laterCode } from './later.js';
import { scaleMeasure, treemapMetrics } from './metrics.js';
import { makeRef, placeRefs } from './refs.js';
import { tileView, type TileViewOptions } from './tile.js';
import { describeSupplementary } from './supplementary.js';
import { foldTopItems, listTopItems } from './top-items.js';
import { keySlivers } from './sliver-key.js';
import type { LayoutTreemapOptions, TreemapContext, TreemapLayout } from './types.js';
import { buildView, isEveryLeaf } from './view.js';
import { TREEMAP_TEXT } from './words.js';

/** Most rows of reference marks a container keeps at its bottom (a long name wrapped over several). */
const MAX_REF_ROWS = 6;

export * from './types.js';
export { TREEMAP_MODES, TREEMAP_SUPPLEMENTARY, type TreemapMode, type TreemapSupplementary } from './view.js';
export { TREEMAP_FONT_SIZE, TREEMAP_HEADER, TREEMAP_REF_ROW } from './metrics.js';
export { TREEMAP_TEXT } from './words.js';
export { compactYen, formatChange, chartAmountFormat, chooseAmountUnit, amountPhrases, figurePhrases, type AmountFormat, type AmountUnit } from './format.js';
export { makeCrumbs, canDrillInto } from './focus.js';
export type { CellLabel } from './labels.js';
export { TREEMAP_FORMS, BARS_AUTO_MAX_ITEMS, resolveForm, type TreemapForm } from './form.js';
export { CHANGE_TONES, changeToneOf, type ChangeTone, type ChangeKey } from './change.js';

/** What every phase of one layout shares (the words, type metrics and formats of `options`). */
export function treemapContext(options: LayoutTreemapOptions): TreemapContext {
  const { summary, supplementary = 'initial', mode = 'amount', locale = 'ja' } = options;
  const metrics = treemapMetrics(options.fontSize);
  return {
    summary, locale, T: TREEMAP_TEXT[locale], metrics, measure: scaleMeasure(options.measure, metrics),
    withSupp: supplementary === 'with-supplementary', mode, total: summary.totals.amount.counted,
    yen: chartAmountFormat(summary, locale), pct: (v) => formatPercent(v, { locale }),
  };
}

/**
 * Lays out one view of a budget treemap: the focus's children (level 1) and theirs (level 2),
 * squarified by counted money; references, labels, breadcrumbs and the header totals.
 * Throws only on a broken invariant (an unknown focus id is the caller's bug).
 */
export function layoutTreemap(options: LayoutTreemapOptions): TreemapLayout {
  const { summary, width, focusId, focusOffset = 0, supplementary = 'initial', mode = 'amount', minCellArea = 28 * 28 } = options;
  const ctx = treemapContext(options);
  const { metrics, total, locale } = ctx;
  const form = resolveForm(options.form ?? 'auto', summary);
  const focus = { id: focusId, offset: focusOffset };
  const bars = form === 'bars' ? laterCode('layoutBars')(ctx, { focusId, width, ...(options.fillHeight ? { fill: options.height } : {}) }) : undefined;
  // Bars take the height their rows need (or fill it, `fillHeight`); the treemap fills the height it is given.
  const height = bars ? bars.height : options.height;
  const view = buildView({ summary, focus, supplementary, area: Math.max(1, width * height), minCellArea });
  // The focus's own 再掲/内数/zero children, in a strip under the treemap.
  const strip = view.refs.length === 0 ? undefined
    : placeRefs(ctx, view.refs.map((r) => makeRef(ctx, r.kind, r.item)), { x: 0, y: height + 4, width, height: metrics.rootRefRows * metrics.refRow }, focus);
  // A container's header wraps where its height leaves room: the band is sized to its lines.
  const headers = new Map<string, ContainerHeader>();
  const headerHeight: TileViewOptions['headerHeight'] = (node) => {
    const header = nodeHeader(ctx, node);
    if (header) headers.set(node.data.key, header);
    return headerBand(metrics, header?.lines.length ?? 1);
  };
  // More rows of marks where they show more than one row (more marks, or more of their names, a long one wrapped).
  const refRows: TileViewOptions['refRows'] = (node) => {
    const marks = node.data.refs.map((r) => makeRef(ctx, r.kind, r.item));
    const shown = (rows: number) => {
      const placed = placeRefs(ctx, marks, { x: 0, y: 0, width: node.x1 - node.x0 - 6, height: rows * metrics.refRow }, {});
      return (marks.length - placed.hidden) * 1000 + placed.refs.reduce((n, r) => n + (r.kind === 'more' ? 0 : r.text.length), 0);
    };
    // The fewest rows that show the most.
    let best = 1;
    for (let rows = 2, most = shown(1); rows <= MAX_REF_ROWS; rows++) {
      const score = shown(rows);
      if (score > most) [best, most] = [rows, score];
    }
    return best;
  };
  const everyLeaf = isEveryLeaf(minCellArea);
  const nodes = bars ? [] : tileView({ view, width, height, metrics, headerHeight, refRows, everyLeaf });
  const cells = bars ? bars.cells : everyLeaf ? laterCode('makeCells')(ctx, nodes, headers) : nodes.map((node) => makeCell(ctx, node, headers.get(node.data.key)));
  const listed = focusId === undefined && focusOffset === 0 ? listTopItems(ctx) : { topItems: [] };
  // Bars already name every item with its figure: the list above would say it twice.
  const whole = bars ? { ...listed, topItems: [] } : listed;
  // Folded on a phone, the list still shows the items the drawing names nowhere (a sliver, no amount).
  // On a slide, the slide's rule: the first 7 of a list longer than 8 (top-items.ts, as the deck).
  const folded = foldTopItems(ctx, whole.topItems, width, cells, options.slide === true);
  const suppTotal = summary.totals.supplementary.counted;
  const focusSummary = focusId === undefined ? undefined : summary.items.get(focusId);
  const supp = describeSupplementary(ctx, { cells, declared: focusSummary ? focusSummary.supplementary.counted : suppTotal, focusId });
  const { focusMismatch, ...focusInfo } = describeFocus(ctx, focusId);
  const mismatch = joinMismatches(ctx, focusMismatch, supp.mismatch);
  const drawnHeight = height + (strip ? 4 + strip.rows * metrics.refRow : 0);
  const tones = new Set(cells.flatMap((c): ChangeTone[] => (c.changeTone ? [c.changeTone] : [])));
  const changeKey = mode === 'change' ? laterCode('layoutChangeKey')(ctx, { top: drawnHeight + 6, width, tones }) : undefined;
  const keyTop = changeKey ? changeKey.y + changeKey.height : drawnHeight;
  // Cells too thin for a label: a letter in the cell, their names under the drawing (not with every leaf drawn: the table names those).
  const sliverKey = bars || everyLeaf || options.sliverKey === false ? undefined : keySlivers(ctx, cells, { top: keyTop + 6, width, slide: options.slide === true, rootRefs: strip?.refs ?? [], rootRefItems: view.refs.map((r) => ({ kind: r.kind, id: r.item.id })) });
  return {
    width, height: sliverKey ? sliverKey.y + sliverKey.height : keyTop, treemapHeight: height,
    cells, rootRefs: strip?.refs ?? [], rootRefsHidden: strip?.hidden ?? 0,
    breadcrumbs: makeCrumbs({ summary, focusId, offset: focusOffset, locale, supplementary }),
    total, supplementaryTotal: suppTotal,
    focus: { ...(focusId !== undefined ? { id: focusId } : {}), offset: focusOffset },
    supplementary, mode, form, fontSize: metrics.fontSize,
    ...whole,
    ...(folded ? { topItemsFolded: folded.summary, topItemsUnfolded: folded.shown } : {}),
    totalText: ctx.T.total(ctx.yen(total)),
    ...(supp.text ? { supplementaryTotalText: supp.text } : {}),
    gatheredCount: cells.reduce((n, c) => n + (c.kind === 'others' ? (c.othersCount ?? 0) : 0), 0),
    ...focusInfo,
    ...(mismatch ? { focusMismatch: mismatch } : {}),
    ...(changeKey ? { changeKey } : {}),
    ...(sliverKey ? { sliverKey } : {}),
  };
}
