// The org chart's interaction state in Node: collapsing, toggling, search, the roving tabindex
// after a layout, and what each key asks for (tree moves, type-ahead, zoom).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { keepActive, movingParts, revealBody, setCollapsed, toggleBody } from '../../src/charts/org/state.js';
import { searchBodies } from '../../src/charts/org/search.js';
import { orgKeyAction, TYPE_AHEAD_MS, type OrgKeyItem } from '../../src/charts/org/keys.js';

function parse(input: unknown): OrganizationDocument {
  const result = parseOrganization(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

// hq ─ council ─ wg
//    └ office
// agency (root)
const doc = parse({
  type: 'organization',
  bodies: [
    { id: 'hq', name: '戦略本部', kind: 'headquarters' },
    { id: 'council', name: '推進会議', kind: 'council', parent: 'hq', roles: [{ title: '議長', holders: ['山田太郎'] }] },
    { id: 'wg', name: '作業部会', kind: 'working-group', parent: 'council' },
    { id: 'office', name: '事務局', kind: 'office', parent: 'hq' },
    { id: 'agency', name: 'AMED機構', kind: 'agency', aliases: ['AMED'] },
  ],
});

const item = (id: string, name: string, rest: Partial<OrgKeyItem> = {}): OrgKeyItem => ({ id, childIds: [], childCount: 0, expanded: false, body: { name, aliases: [] }, ...rest });
// Drawn with council collapsed.
const items: OrgKeyItem[] = [
  item('hq', '戦略本部', { childIds: ['council', 'office'], childCount: 2, expanded: true }),
  item('council', '推進会議', { parentId: 'hq', childCount: 1 }),
  item('office', '事務局', { parentId: 'hq' }),
  item('agency', 'AMED機構', { body: { name: 'AMED機構', aliases: ['AMED'] } }),
];
const key = (k: string, timeStamp = 0, mods: { ctrlKey?: boolean } = {}) => ({ key: k, timeStamp, ...mods });
const fresh = { text: '', at: -Infinity };

describe('setCollapsed', () => {
  it('collapses and expands in place, and says whether anything changed', () => {
    const set = new Set(['council']);
    assert.equal(setCollapsed(set, ['council'], true), false);
    assert.equal(setCollapsed(set, ['hq', 'council'], false), true);
    assert.deepEqual([...set], []);
  });
});

describe('toggleBody', () => {
  it('expands a collapsed body and collapses an expanded one', () => {
    assert.equal(toggleBody({ doc, collapsed: new Set(['council']), id: 'council' }), true);
    assert.equal(toggleBody({ doc, collapsed: new Set(), id: 'council' }), false);
  });

  it('does nothing for a leaf, or when the body is already as asked', () => {
    assert.equal(toggleBody({ doc, collapsed: new Set(), id: 'wg' }), undefined);
    assert.equal(toggleBody({ doc, collapsed: new Set(), id: 'council', expand: true }), undefined);
    assert.equal(toggleBody({ doc, collapsed: new Set(['council']), id: 'council', expand: false }), undefined);
  });
});

describe('revealBody and searchBodies', () => {
  it('reveals a body by expanding it and every ancestor', () => {
    assert.deepEqual(revealBody({ doc, id: 'wg' }).sort(), ['council', 'hq', 'wg']);
  });

  it('finds matches in names and role holders, and the ancestors that must open to show them', () => {
    const found = searchBodies({ doc, query: '山田' });
    assert.deepEqual([...found.matches], ['council']);
    assert.deepEqual(found.reveal, ['hq']);
    assert.deepEqual([...searchBodies({ doc, query: '作業' }).reveal].sort(), ['council', 'hq']);
    assert.equal(searchBodies({ doc, query: '' }).matches.size, 0);
  });
});

describe('keepActive', () => {
  it('keeps a drawn body, moves a hidden one to its nearest drawn ancestor, else takes the first', () => {
    const drawn = new Set(['hq', 'council', 'office', 'agency']);
    assert.equal(keepActive({ doc, active: 'office', drawn, first: 'hq' }), 'office');
    assert.equal(keepActive({ doc, active: 'wg', drawn, first: 'hq' }), 'council');
    assert.equal(keepActive({ doc, active: undefined, drawn, first: 'hq' }), 'hq');
  });
});

describe('orgKeyAction', () => {
  it('moves, expands and selects as the tree pattern says', () => {
    assert.deepEqual(orgKeyAction({ items, active: 'hq', event: key('ArrowDown'), typeAhead: fresh }).action, { kind: 'focus', id: 'council' });
    assert.deepEqual(orgKeyAction({ items, active: 'council', event: key('ArrowRight'), typeAhead: fresh }).action, { kind: 'expand', ids: ['council'] });
    assert.deepEqual(orgKeyAction({ items, active: 'hq', event: key('ArrowLeft'), typeAhead: fresh }).action, { kind: 'collapse', id: 'hq' });
    assert.deepEqual(orgKeyAction({ items, active: 'office', event: key('Enter'), typeAhead: fresh }).action, { kind: 'select', id: 'office' });
  });

  it('zooms with + and −, shows the whole chart with 0, and leaves ctrl+0 to the browser', () => {
    assert.deepEqual(orgKeyAction({ items, active: 'hq', event: key('+'), typeAhead: fresh }).action, { kind: 'zoom', factor: 1.25 });
    assert.deepEqual(orgKeyAction({ items, active: undefined, event: key('-'), typeAhead: fresh }).action, { kind: 'zoom', factor: 0.8 });
    assert.deepEqual(orgKeyAction({ items, active: 'hq', event: key('0'), typeAhead: fresh }).action, { kind: 'whole' });
    assert.equal(orgKeyAction({ items, active: 'hq', event: key('0', 0, { ctrlKey: true }), typeAhead: fresh }).action, undefined);
  });

  it('asks to dismiss the tooltip on Escape, and ignores keys outside the tree', () => {
    assert.deepEqual(orgKeyAction({ items, active: undefined, event: key('Escape'), typeAhead: fresh }).action, { kind: 'dismiss' });
    assert.equal(orgKeyAction({ items, active: undefined, event: key('ArrowDown'), typeAhead: fresh }).action, undefined);
  });

  it('type-ahead goes to the next name or alias with the typed start, adding keys typed in quick succession', () => {
    const first = orgKeyAction({ items, active: 'hq', event: key('事', 1000), typeAhead: fresh });
    assert.deepEqual(first.action, { kind: 'focus', id: 'office' });
    assert.deepEqual(first.typeAhead, { text: '事', at: 1000 });
    const alias = orgKeyAction({ items, active: 'hq', event: key('a', 2000), typeAhead: first.typeAhead });
    assert.deepEqual(alias.action, { kind: 'focus', id: 'agency' });
    const more = orgKeyAction({ items, active: 'agency', event: key('m', 2000 + TYPE_AHEAD_MS - 1), typeAhead: alias.typeAhead });
    assert.equal(more.typeAhead.text, 'am');
    assert.deepEqual(more.action, { kind: 'focus', id: 'agency' });
    const later = orgKeyAction({ items, active: 'agency', event: key('m', 5000), typeAhead: more.typeAhead });
    assert.equal(later.typeAhead.text, 'm');
    assert.equal(later.action, undefined);
  });
});

describe('movingParts', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });
  const layout = (nodes: ReturnType<typeof box>[], edges: { id: string; points: number[][] }[]) => ({ byId: new Map(nodes.map((n) => [n.id, n])), nodes, edges });
  it('names the boxes and connectors that moved, and the connectors that moved whole with their offset back', () => {
    const before = layout(
      [box('a', 0, 0), box('b', 0, 100), box('c', 200, 0)],
      [
        { id: 'a>b', points: [[10, 40], [10, 120], [20, 120]] },
        { id: 'b>x', points: [[10, 140], [10, 180], [20, 180]] },
        { id: 'c>y', points: [[210, 40], [210, 80]] },
      ],
    );
    const after = layout(
      [box('a', 0, 0), box('b', 0, 300), box('c', 200, 0)],
      [
        { id: 'a>b', points: [[10, 40], [10, 320], [20, 320]] },
        { id: 'b>x', points: [[10, 340], [10, 380], [20, 380]] },
        { id: 'c>y', points: [[210, 40], [210, 80]] },
      ],
    );
    const moved = movingParts(before, after);
    assert.deepEqual([...moved.boxes], ['b']);
    assert.deepEqual([...moved.edges], ['a>b', 'b>x']);
    assert.deepEqual([...(moved.shifts ?? [])], [['b>x', [0, -200]]], 'only the connector moved whole, back 200 px up');
    assert.deepEqual([...(moved.from ?? [])], [['b', [0, 100]]], "the moved box's old place (its texts glide from there)");
  });
});
