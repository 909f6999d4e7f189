/**
 * The org chart's interaction state as pure functions: which bodies are collapsed, what a toggle
 * does, which body keeps the roving tabindex (what a search finds and reveals is search.ts',
 * what a key asks for keys.ts'). The element carries the results out (focus, events, layout);
 * these are tested in Node (test/unit/org-state.test.ts).
 */
import type { OrganizationDocument } from '../../data/types.js';
import { indexOrganization, listAncestors } from './tree-index.js';

/**
 * Marks `ids` collapsed (or expanded) in `collapsed`, in place: a toggle on a large
 * organisation costs no copy of the whole set. Returns whether anything changed (then the
 * chart is laid out again).
 */
export function setCollapsed(collapsed: Set<string>, ids: readonly string[], value: boolean): boolean {
  let changed = false;
  for (const id of ids) {
    if (collapsed.has(id) === value) continue;
    if (value) collapsed.add(id);
    else collapsed.delete(id);
    changed = true;
  }
  return changed;
}

/**
 * What toggling body `id` does: `true` expands it, `false` collapses it, undefined when nothing
 * changes (a body without children, or already in the state asked for by `expand`).
 */
export function toggleBody(options: { doc: OrganizationDocument; collapsed: ReadonlySet<string>; id: string; expand?: boolean }): boolean | undefined {
  const { doc, collapsed, id, expand } = options;
  if (!indexOrganization(doc).children.has(id)) return undefined;
  const expanded = expand ?? collapsed.has(id);
  return expanded === !collapsed.has(id) ? undefined : expanded;
}

/** The bodies expanded so that `id` shows: it and every ancestor. */
export function revealBody(options: { doc: OrganizationDocument; id: string }): string[] {
  return [options.id, ...listAncestors(options)];
}

/**
 * The body that keeps the roving tabindex after a layout: `active` while it is drawn, else its
 * nearest drawn ancestor, else the first drawn body.
 */
export function keepActive(options: { doc: OrganizationDocument; active?: string; drawn: ReadonlySet<string> | ReadonlyMap<string, unknown>; first?: string }): string | undefined {
  const { doc, active, drawn, first } = options;
  if (active && drawn.has(active)) return active;
  const ancestor = active ? listAncestors({ doc, id: active }).find((a) => drawn.has(a)) : undefined;
  return ancestor ?? first;
}

/** Bodies drawn in `next` that `previous` did not draw (they grow out of their parent); none on a first drawing. */
export function enteringBodies(previous: { byId: ReadonlyMap<string, unknown> } | undefined, next: { nodes: readonly { id: string }[] }): Set<string> {
  return new Set(previous ? next.nodes.filter((node) => !previous.byId.has(node.id)).map((node) => node.id) : []);
}

/** The boxes and tree connectors that moved (or changed size) from one layout to the next. */
export interface OrgMovingParts {
  /** Bodies drawn in both layouts whose box moved or changed size. */
  boxes: ReadonlySet<string>;
  /** Connectors (by id) drawn in both layouts whose path changed. */
  edges: ReadonlySet<string>;
  /**
   * Of those, the ones that moved whole (every point by the same offset, as inside a subtree that
   * moved): the offset back to their old place, px (x, y). They glide there by a transform; the
   * others, whose shape changed, are drawn anew and fade in.
   */
  shifts?: ReadonlyMap<string, readonly [number, number]>;
  /** Of the boxes, where each stood in the previous layout (x, y): its text glides from there (render.ts). */
  from?: ReadonlyMap<string, readonly [number, number]>;
}

type MovingLayout = {
  byId: ReadonlyMap<string, { x: number; y: number; width: number; height: number }>;
  nodes: readonly { id: string; x: number; y: number; width: number; height: number }[];
  edges: readonly { id: string; points: readonly (readonly number[])[] }[];
};

/**
 * What moved from `previous` to `next`: only these glide to their new places (the element's
 * styles give a transition to them alone, so that the browser does not restyle every box for
 * transitions that never run). None on a first drawing.
 */
export function movingParts(previous: MovingLayout | undefined, next: MovingLayout): OrgMovingParts {
  const boxes = new Set<string>();
  const edges = new Set<string>();
  const shifts = new Map<string, readonly [number, number]>();
  const from = new Map<string, readonly [number, number]>();
  if (!previous) return { boxes, edges, shifts, from };
  for (const node of next.nodes) {
    const was = previous.byId.get(node.id);
    if (was && (was.x !== node.x || was.y !== node.y || was.width !== node.width || was.height !== node.height)) {
      boxes.add(node.id);
      from.set(node.id, [was.x, was.y]);
    }
  }
  const before = new Map(previous.edges.map((e) => [e.id, e.points]));
  const samePoints = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) => a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]);
  for (const edge of next.edges) {
    const was = before.get(edge.id);
    if (!was || samePoints(was, edge.points)) continue;
    edges.add(edge.id);
    const dx = was[0]![0]! - edge.points[0]![0]!;
    const dy = was[0]![1]! - edge.points[0]![1]!;
    if (was.length === edge.points.length && edge.points.every((p, i) => was[i]![0] === p[0]! + dx && was[i]![1] === p[1]! + dy)) shifts.set(edge.id, [dx, dy]);
  }
  return { boxes, edges, shifts, from };
}
