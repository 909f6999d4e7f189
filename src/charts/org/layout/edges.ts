/**
 * Phase 5 of the org chart layout: the tree connectors. A spread child hangs from an elbow
 * 16 px under its parent; a hung child from a line running down the parent's left side at half
 * the indent, entering the child's left edge near its top; a leaf in a column (compact) from
 * the parent's elbow down the column's line.
 */
import { ORG_HANG_INDENT } from './box.js';
import type { Point } from './route.js';
import type { OrgAxis, OrgEdgeLayout, OrgNodeLayout } from './types.js';

/** Elbow depth below (or beside) the parent. */
export const ORG_ELBOW = 16;

/** One connector per drawn child. `hung`: parents whose children hang in a column. */
export function connectOrgTree(options: {
  nodes: readonly OrgNodeLayout[];
  byId: ReadonlyMap<string, OrgNodeLayout>;
  axis: OrgAxis;
  hung: ReadonlySet<string>;
  /** Leaves in a column under their parent's elbow: id → x of the column's line. */
  columns?: ReadonlyMap<string, number>;
  /** How far hung children stand in (box.ts `orgHangIndent`; default ORG_HANG_INDENT); their connector runs down at half of it. */
  indent?: number;
}): OrgEdgeLayout[] {
  const { nodes, byId, axis, hung, columns, indent = ORG_HANG_INDENT } = options;
  const edges: OrgEdgeLayout[] = [];
  for (const n of nodes) {
    if (!n.parentId) continue;
    const p = byId.get(n.parentId)!;
    let points: Point[];
    if (hung.has(p.id)) {
      const x = p.x + indent / 2;
      const y = Math.round(n.y + Math.min(n.height / 2, 24));
      // Four points (the middle one twice) so the CSS path keeps the M L L L shape it animates.
      points = [[x, p.y + p.height], [x, y], [x, y], [n.x, y]];
      edges.push({ id: `${p.id}>${n.id}`, from: p.id, to: n.id, points });
      continue;
    }
    const line = columns?.get(n.id);
    if (line !== undefined && axis === 'top-down') {
      // Parent → elbow → across to the column's line → down → into the leaf's left edge.
      const px = Math.round(p.x + p.width / 2);
      const elbow = p.y + p.height + ORG_ELBOW;
      const y = Math.round(n.y + Math.min(n.height / 2, 24));
      points = [[px, p.y + p.height], [px, elbow], [line, elbow], [line, y], [n.x, y]];
    } else if (axis === 'top-down') {
      const px = Math.round(p.x + p.width / 2);
      const cx = Math.round(n.x + n.width / 2);
      const elbow = p.y + p.height + ORG_ELBOW;
      points = [[px, p.y + p.height], [px, elbow], [cx, elbow], [cx, n.y]];
    } else {
      const py = Math.round(p.y + p.height / 2);
      const cy = Math.round(n.y + n.height / 2);
      const elbow = p.x + p.width + ORG_ELBOW;
      points = [[p.x + p.width, py], [elbow, py], [elbow, cy], [n.x, cy]];
    }
    edges.push({ id: `${p.id}>${n.id}`, from: p.id, to: n.id, points: points.filter((pt, i) => i === 0 || pt[0] !== points[i - 1]![0] || pt[1] !== points[i - 1]![1]) });
  }
  return edges;
}
