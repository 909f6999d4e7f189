/**
 * The plain-d3 baseline for `<policy-org-chart>`: the typical d3 org chart. `d3.stratify` on
 * `bodies[].parent`, `d3.tree` with a fixed node size, and d3-selection drawing every body as
 * an SVG box (`<g>` + `<rect>` + `<text>` with the name) joined by `linkVertical` paths.
 * No wrapping, no lanes, no typed links, no accessibility: what a page gets from d3 alone.
 *
 * Collapse/expand follows Bostock's "collapsible tree": hide a node's children, run the
 * tree layout again on the whole hierarchy, and re-join the nodes and links by id.
 */
import { stratify, tree, type HierarchyNode, type HierarchyPointLink, type HierarchyPointNode } from 'd3-hierarchy';
import { select, type Selection } from 'd3-selection';
import { linkVertical } from 'd3-shape';

/** The few keys of an organisation body the baseline reads. */
export interface RawBody {
  id: string;
  name: string;
  parent?: string;
}

interface Row {
  id: string;
  name: string;
  parent: string | undefined;
}

type Node = HierarchyPointNode<Row> & { hiddenChildren?: HierarchyNode<Row>[] };

/** A drawn baseline tree, kept for `toggleOrgTree`. */
export interface OrgTreeState {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  root: Node;
  byId: Map<string, Node>;
}

const BOX_W = 160;
const BOX_H = 48;
const GAP_X = 16;
const GAP_Y = 40;
const ROOT_ID = '\u0000root';

const linkPath = linkVertical<HierarchyPointLink<Row>, HierarchyPointNode<Row>>()
  .x((d) => d.x)
  .y((d) => d.y);

/** Draws every body of `doc.bodies` into `container` as a plain d3 tree. */
export function drawOrgTree(options: { doc: { bodies: RawBody[] }; container: HTMLElement }): OrgTreeState {
  const rows: Row[] = [{ id: ROOT_ID, name: '', parent: undefined }];
  for (const b of options.doc.bodies) rows.push({ id: b.id, name: b.name, parent: b.parent ?? ROOT_ID });
  const hierarchy = stratify<Row>()
    .id((d) => d.id)
    .parentId((d) => d.parent)(rows);
  const svg = select(options.container).append('svg').attr('class', 'baseline-org');
  svg.append('g').attr('class', 'links').attr('fill', 'none').attr('stroke', '#888');
  svg.append('g').attr('class', 'nodes').attr('font-family', 'Noto Sans CJK JP, sans-serif').attr('font-size', 12);
  const root = hierarchy as Node;
  const byId = new Map<string, Node>();
  root.each((d) => byId.set(d.id!, d as Node));
  const state: OrgTreeState = { svg, root, byId };
  update(state);
  return state;
}

/** Collapses (or expands again) one body of a drawn baseline tree and redraws it. */
export function toggleOrgTree(options: { state: OrgTreeState; id: string }): void {
  const node = options.state.byId.get(options.id);
  if (!node) throw new Error(`unknown body: ${options.id}`);
  if (node.children) {
    node.hiddenChildren = node.children;
    node.children = undefined;
  } else if (node.hiddenChildren) {
    node.children = node.hiddenChildren as Node[];
    node.hiddenChildren = undefined;
  }
  update(options.state);
}

function update(state: OrgTreeState): void {
  const { svg, root } = state;
  tree<Row>()
    .nodeSize([BOX_W + GAP_X, BOX_H + GAP_Y])
    .separation(() => 1)(root);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  const nodes = root.descendants().filter((d) => d !== root) as Node[];
  for (const d of nodes) {
    if (d.x < x0) x0 = d.x;
    if (d.x > x1) x1 = d.x;
    if (d.y < y0) y0 = d.y;
    if (d.y > y1) y1 = d.y;
  }
  const width = x1 - x0 + BOX_W + 2;
  const height = y1 - y0 + BOX_H + 2;
  svg
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `${x0 - BOX_W / 2 - 1} ${y0 - BOX_H / 2 - 1} ${width} ${height}`);
  const links = root.links().filter((l) => l.source !== root);
  svg
    .select<SVGGElement>('g.links')
    .selectAll<SVGPathElement, HierarchyPointLink<Row>>('path')
    .data(links, (l) => l.target.id!)
    .join('path')
    .attr('d', linkPath);
  svg
    .select<SVGGElement>('g.nodes')
    .selectAll<SVGGElement, Node>('g')
    .data(nodes, (d) => d.id!)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect')
        .attr('x', -BOX_W / 2)
        .attr('y', -BOX_H / 2)
        .attr('width', BOX_W)
        .attr('height', BOX_H)
        .attr('rx', 4)
        .attr('fill', '#fff')
        .attr('stroke', '#555');
      g.append('text')
        .attr('text-anchor', 'middle')
        .attr('dy', '0.35em')
        .text((d) => d.data.name);
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
}
