/**
 * Parses an organisation document (`"type": "organization"`, see DATA-FORMAT.md) from unknown
 * input into an `OrganizationDocument`, reporting every problem with its JSON path.
 */
import { joinPath, type ParseResult } from './issues.js';
import { parseSafely } from './guard.js';
import { checkDocumentType, IdRegistry, isRecord, IssueCollector, readMeta } from './read.js';
import {
  BODY_KINDS,
  LINK_TYPES,
  type Body,
  type Lane,
  type OrganizationDocument,
  type OrgLink,
  type Role,
} from './types.js';

/**
 * Bodies nested deeper than this (a top-level body is at depth 1) are reported (`too-deep`, at
 * the first body past the limit, naming it): real organisations are a dozen levels deep, and
 * the limit keeps every walk over the tree (layout, table, search, focus, the CLI) far from
 * the depth at which a recursive walk would exhaust the stack.
 */
export const MAX_ORG_DEPTH = 64;

/** Top-level keys the organisation parser reads (besides the shared meta keys). */
const DOCUMENT_KEYS = ['lanes', 'bodies', 'links', 'editorNotes'] as const;

/**
 * Reads an organisation document. Never throws: on any problem it returns `{ ok: false,
 * issues }` with every issue found (not only the first), each with the JSON path of the
 * offending value, e.g. `bodies[3].parent`.
 *
 * Checks: the `type`, required `id`/`name` strings, `kind` and `links[].type` from their
 * allowed lists (`kind` defaults to `other`, a link's `type` to `other`), roles and their
 * holders, aliases, notes, editor's notes (`editorNotes`, document and body), duplicate ids (bodies and lanes separately), a `parent`, `lane` or
 * link end naming no body/lane, a body that is its own parent, a link from a body to itself,
 * cycles through `parent` (one issue per cycle naming every id on it in order), and bodies
 * nested deeper than `MAX_ORG_DEPTH`.
 * Unknown top-level keys are kept in `extra`; unknown keys on bodies, lanes, roles and links
 * are ignored.
 */
export function parseOrganization(input: unknown): ParseResult<OrganizationDocument> {
  return parseSafely(input, readOrganizationDocument);
}

/** {@link parseOrganization} on input already copied into plain data (./snapshot.ts); may throw on a bug. */
export function readOrganizationDocument(input: unknown): ParseResult<OrganizationDocument> {
  const issues = new IssueCollector();
  if (!isRecord(input)) {
    issues.add('not-object', '');
    return { ok: false, issues: issues.issues };
  }

  checkDocumentType(input, 'organization', issues);
  const meta = readMeta(input, DOCUMENT_KEYS, issues);
  const editorNotes = issues.stringArray(input, 'editorNotes', '');

  const lanes = readLanes(input, issues);
  const laneIds = new Set(lanes.map((l) => l.id));

  const bodiesRaw = issues.array(input, 'bodies', '', true);
  if (Array.isArray(input.bodies) && bodiesRaw.length === 0) issues.add('empty', 'bodies');
  const bodyIds = new IdRegistry<Body>(issues);
  const bodies: Body[] = [];
  // A repeated id is reported and left out of the tree, but its own fields are still checked.
  const read: Body[] = [];
  bodiesRaw.forEach((raw, i) => {
    const body = readBody(raw, joinPath('bodies', i), issues);
    if (!body) return;
    read.push(body);
    if (bodyIds.register(body.id, body)) bodies.push(body);
  });

  const byId = bodyIds.byId;
  for (const body of read) {
    if (body.parent !== undefined) {
      const at = joinPath(body.path, 'parent');
      if (body.parent === body.id) issues.add('self-parent', at, { id: body.id });
      else if (!byId.has(body.parent)) issues.add('unknown-parent', at, { id: body.id, parent: body.parent });
    }
    if (body.lane !== undefined && !laneIds.has(body.lane)) {
      issues.add('unknown-lane', joinPath(body.path, 'lane'), { id: body.id, lane: body.lane });
    }
  }
  findCycles(bodies, byId, issues);
  checkDepth(bodies, byId, issues);

  const links = readLinks(input, byId, issues);

  if (!issues.ok) return { ok: false, issues: issues.issues };
  return { ok: true, value: { ...meta, type: 'organization', editorNotes, lanes, bodies, links } };
}

function readLanes(input: Record<string, unknown>, issues: IssueCollector): Lane[] {
  const ids = new IdRegistry<Lane>(issues);
  const lanes: Lane[] = [];
  issues.array(input, 'lanes', '').forEach((raw, i) => {
    const path = joinPath('lanes', i);
    if (!isRecord(raw)) {
      issues.add('not-object', path);
      return;
    }
    const id = issues.requiredString(raw, 'id', path);
    const name = issues.requiredString(raw, 'name', path);
    // A lane without a usable name still exists for its bodies (its issue is already there).
    if (id === undefined) return;
    const lane: Lane = { id, name: name ?? '', path };
    if (ids.register(id, lane)) lanes.push(lane);
  });
  return lanes;
}

function readBody(raw: unknown, path: string, issues: IssueCollector): Body | undefined {
  if (!isRecord(raw)) {
    issues.add('not-object', path);
    return undefined;
  }
  const id = issues.requiredString(raw, 'id', path);
  const name = issues.requiredString(raw, 'name', path);
  const kind = issues.oneOf(raw, 'kind', path, BODY_KINDS) ?? 'other';
  const parent = optionalId(raw, 'parent', path, issues);
  const lane = optionalId(raw, 'lane', path, issues);
  const aliases = issues.stringArray(raw, 'aliases', path);
  const notes = issues.stringArray(raw, 'notes', path);
  const editorNotes = issues.stringArray(raw, 'editorNotes', path);
  const source = issues.optionalString(raw, 'source', path);
  const roles = readRoles(raw, path, issues);
  if (id === undefined) return undefined;
  // A body without a usable name still exists for its children and links, so that one mistake
  // gives one issue; the document is not returned while there are issues.
  const body: Body = { id, name: name ?? '', kind, aliases, notes, editorNotes, roles, path };
  if (parent !== undefined) body.parent = parent;
  if (lane !== undefined) body.lane = lane;
  if (source !== undefined) body.source = source;
  return body;
}

/** An optional reference to an id: absent is fine, present must be a non-empty string. */
function optionalId(obj: Record<string, unknown>, key: string, path: string, issues: IssueCollector): string | undefined {
  if (obj[key] === undefined || obj[key] === null) return undefined;
  return issues.requiredString(obj, key, path);
}

function readRoles(raw: Record<string, unknown>, path: string, issues: IssueCollector): Role[] {
  const roles: Role[] = [];
  const at = joinPath(path, 'roles');
  issues.array(raw, 'roles', path).forEach((r, j) => {
    const rolePath = joinPath(at, j);
    if (!isRecord(r)) {
      issues.add('not-object', rolePath);
      return;
    }
    const title = issues.requiredString(r, 'title', rolePath);
    const holders = issues.stringArray(r, 'holders', rolePath);
    if (title !== undefined) roles.push({ title, holders });
  });
  return roles;
}

function readLinks(input: Record<string, unknown>, byId: ReadonlyMap<string, Body>, issues: IssueCollector): OrgLink[] {
  const links: OrgLink[] = [];
  issues.array(input, 'links', '').forEach((raw, i) => {
    const path = joinPath('links', i);
    if (!isRecord(raw)) {
      issues.add('not-object', path);
      return;
    }
    const from = issues.requiredString(raw, 'from', path);
    const to = issues.requiredString(raw, 'to', path);
    const type = issues.oneOf(raw, 'type', path, LINK_TYPES) ?? 'other';
    const label = issues.optionalString(raw, 'label', path);
    for (const [end, id] of [['from', from], ['to', to]] as const) {
      if (id !== undefined && !byId.has(id)) issues.add('unknown-link-end', joinPath(path, end), { end, id });
    }
    if (from === undefined || to === undefined) return;
    if (from === to) issues.add('self-link', path, { id: from });
    const link: OrgLink = { from, to, type, path };
    if (label !== undefined) link.label = label;
    links.push(link);
  });
  return links;
}

/**
 * Reports each cycle through `parent` once: `ids` lists the bodies on it in parent order,
 * starting from the one that comes first in the document; the path is that body's `parent`.
 * Self-parents are reported separately and skipped here.
 */
function findCycles(bodies: readonly Body[], byId: ReadonlyMap<string, Body>, issues: IssueCollector): void {
  // 0 = unvisited, 1 = on the current walk, 2 = done.
  const state = new Map<string, 1 | 2>();
  // Document order, needed only to report a cycle (built then, not for every parse).
  let order: Map<string, number> | undefined;
  const walk: Body[] = [];
  for (const start of bodies) {
    if (state.has(start.id)) continue;
    walk.length = 0;
    let current: Body | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 1);
      walk.push(current);
      const parentId: string | undefined = current.parent;
      current = parentId !== undefined && parentId !== current.id ? byId.get(parentId) : undefined;
    }
    if (current && state.get(current.id) === 1) {
      const cycle = walk.slice(walk.indexOf(current));
      order ??= new Map(bodies.map((b, i) => [b.id, i]));
      let first = 0;
      cycle.forEach((b, k) => {
        if (order!.get(b.id)! < order!.get(cycle[first]!.id)!) first = k;
      });
      const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
      const head = ordered[0]!;
      issues.add('cycle', joinPath(head.path, 'parent'), {
        id: head.id,
        ids: ordered.map((b) => b.id).join(' → '),
        length: ordered.length,
      });
    }
    for (const b of walk) state.set(b.id, 2);
  }
}

/**
 * Reports each body at depth `MAX_ORG_DEPTH + 1` (`too-deep`, at its path): it and everything
 * below it are too deep. Iterative, with depths memoised, so linear in the number of bodies;
 * bodies on a cycle (reported by `findCycles`) are skipped.
 */
function checkDepth(bodies: readonly Body[], byId: ReadonlyMap<string, Body>, issues: IssueCollector): void {
  const depth = new Map<string, number>();
  // Reused for every start: most climbs are one body long (parents come first).
  const chain: Body[] = [];
  const onChain = new Set<string>();
  for (const start of bodies) {
    if (depth.has(start.id)) continue;
    // Climb to a body of known depth (or a root), then number the bodies on the way down.
    chain.length = 0;
    onChain.clear();
    let current: Body | undefined = start;
    let base = 0;
    while (current) {
      const known = depth.get(current.id);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (onChain.has(current.id)) {
        base = Number.NaN; // a cycle: no depth
        break;
      }
      chain.push(current);
      onChain.add(current.id);
      current = current.parent !== undefined && current.parent !== current.id ? byId.get(current.parent) : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const body = chain[i]!;
      const d = base + (chain.length - i);
      depth.set(body.id, d);
      if (d === MAX_ORG_DEPTH + 1) issues.add('too-deep', body.path, { id: body.id, max: MAX_ORG_DEPTH });
    }
  }
}
