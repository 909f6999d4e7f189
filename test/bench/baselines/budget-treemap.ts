/**
 * The plain-d3 baseline for `<policy-budget-treemap>`: the typical d3 squarified treemap.
 * `d3.hierarchy` over `items[].children`, `.sum()` of the leaves' amounts, `d3.treemap` with
 * `treemapSquarify`, and d3-selection drawing EVERY leaf as `<g>` + `<rect>` + `<text>` (name),
 * coloured by top-level item with a `scaleOrdinal`.
 *
 * Amounts are read with the project's `parseAmount` (a plain page would need some reader for
 * `49.1億円`); 再掲 and 内数 are not understood, as in any plain treemap: a re-listed leaf is
 * summed again, a part-of leaf has no `amount` and sums to 0.
 *
 * Drill-down follows the usual "zoomable treemap": lay the chosen item out over the whole
 * area again and re-join its leaves by id (the others exit).
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { scaleOrdinal } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { parseAmount } from '../../../src/data/amount.js';
import { BUDGET_UNITS, type BudgetUnit } from '../../../src/data/types.js';

/** The few keys of a budget item the baseline reads. */
export interface RawItem {
  id?: string;
  name?: string;
  amount?: unknown;
  children?: RawItem[];
}

type Node = HierarchyRectangularNode<RawItem>;

/** A drawn baseline treemap, kept for `drillBudgetTreemap`. */
export interface TreemapState {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  root: Node;
  layout: (node: Node) => Node;
  /** A new hierarchy from raw items (d3's treemap lays out only a hierarchy's root, depth 0). */
  build: (data: RawItem) => Node;
  colour: (key: string) => string;
}

const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

/** Draws every leaf of `doc.items` into `container` as a plain d3 squarified treemap. */
export function drawBudgetTreemap(options: {
  doc: { unit?: unknown; items: RawItem[] };
  container: HTMLElement;
  width: number;
  height: number;
}): TreemapState {
  const { doc, width, height } = options;
  const unit: BudgetUnit = (BUDGET_UNITS as readonly unknown[]).includes(doc.unit) ? (doc.unit as BudgetUnit) : '円';
  const value = (d: RawItem): number => {
    if (d.children?.length || d.amount === undefined) return 0;
    const r = parseAmount(d.amount, { unit, path: '' });
    return r.ok && !r.value.partOf ? r.value.yen : 0;
  };
  const build = (data: RawItem): Node =>
    hierarchy<RawItem>(data, (d) => d.children)
      .sum(value)
      .sort((a, b) => b.value! - a.value!) as Node;
  const root = build({ id: '\u0000root', name: '', children: doc.items });
  const layout = treemap<RawItem>().tile(treemapSquarify).size([width, height]).paddingInner(1).round(true);
  layout(root);
  const svg = select(options.container)
    .append('svg')
    .attr('class', 'baseline-treemap')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-family', 'Noto Sans CJK JP, sans-serif')
    .attr('font-size', 10);
  const colour = scaleOrdinal<string, string>().range(OKABE_ITO);
  const state: TreemapState = { svg, root, layout: (n) => layout(n), build, colour };
  draw(state, root);
  return state;
}

/** Drills into the item `id` (or back to the top with `id` undefined) and redraws. */
export function drillBudgetTreemap(options: { state: TreemapState; id: string | undefined }): void {
  const { state } = options;
  const found = options.id === undefined ? state.root : state.root.find((d) => d.data.id === options.id);
  if (!found) throw new Error(`unknown item: ${options.id}`);
  const focus = found === state.root ? found : state.build(found.data);
  state.layout(focus);
  draw(state, focus, found.depth);
}

function topKey(d: Node, focusDepth: number): string {
  let n = d;
  while (n.depth + focusDepth > 1 && n.parent) n = n.parent;
  return n.data.id ?? '';
}

function draw(state: TreemapState, node: Node, focusDepth = 0): void {
  const dx = node.x0;
  const dy = node.y0;
  state.svg
    .selectAll<SVGGElement, Node>('g')
    // Zero-valued leaves have no area (and squarify gives them NaN coordinates).
    .data(
      node.leaves().filter((d) => d.value! > 0),
      (d) => d.data.id ?? '',
    )
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('fill', (d) => state.colour(topKey(d, focusDepth)));
      g.append('text').attr('x', 3).attr('y', 12).text((d) => d.data.name ?? '');
      return g;
    })
    .attr('transform', (d) => `translate(${d.x0 - dx},${d.y0 - dy})`)
    .select('rect')
    .attr('width', (d) => d.x1 - d.x0)
    .attr('height', (d) => d.y1 - d.y0);
}
