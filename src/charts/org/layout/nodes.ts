/**
 * Phase 4 of the org chart layout: the drawn bodies as {@link OrgNodeLayout}s, in pre-order,
 * with their positions, ARIA positions and expand state.
 */
import type { Body, OrganizationDocument } from '../../../data/types.js';
import { indexOrganization } from '../tree-index.js';
import type { OrgPositions, OrgTreeItem } from './position.js';
import type { OrgBoxContent, OrgNodeLayout } from './types.js';

/** One node per visible body, in `order`. */
export function createOrgNodes(options: {
  doc: OrganizationDocument;
  order: readonly Body[];
  roots: readonly OrgTreeItem[];
  positions: OrgPositions;
  collapsed: ReadonlySet<string>;
}): { nodes: OrgNodeLayout[]; byId: Map<string, OrgNodeLayout> } {
  const { doc, order, roots, positions, collapsed } = options;
  const index = indexOrganization(doc);
  const contentOf = new Map<string, OrgBoxContent>();
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop()!;
    contentOf.set(item.body.id, item.content);
    stack.push(...item.children);
  }
  const nodes: OrgNodeLayout[] = [];
  const byId = new Map<string, OrgNodeLayout>();
  for (const body of order) {
    const at = positions.at.get(body.id)!;
    const kids = index.children.get(body.id) ?? [];
    const [posinset, setsize] = index.position.get(body.id) ?? [1, 1];
    // Object.assign, not spread syntax: `{ ...content, id, … }` takes V8 ~10× longer per node
    // (a fully expanded 10,000-body chart spent a third of a second here).
    const node: OrgNodeLayout = Object.assign({}, contentOf.get(body.id)!, {
      id: body.id,
      body,
      x: at.x,
      y: at.y,
      depth: index.depth.get(body.id) ?? 0,
      childIds: collapsed.has(body.id) ? [] : kids.map((k) => k.id),
      childCount: kids.length,
      expanded: !collapsed.has(body.id) && kids.length > 0,
      posinset,
      setsize,
      folded: [],
    } satisfies Omit<OrgNodeLayout, keyof OrgBoxContent>);
    if (body.parent !== undefined && index.byId.has(body.parent)) node.parentId = body.parent;
    nodes.push(node);
    byId.set(body.id, node);
  }
  return { nodes, byId };
}
