import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Issue } from '../../src/data/issues.js';
import { MAX_ORG_DEPTH, parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { formatIssue } from '../../src/format/messages/index.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

/** The issues of a parse that must fail. */
function issuesOf(input: unknown): Issue[] {
  const r = parseOrganization(input);
  assert.equal(r.ok, false, 'expected the parse to fail');
  return r.ok ? [] : r.issues;
}

/** The document of a parse that must succeed. */
function docOf(input: unknown): OrganizationDocument {
  const r = parseOrganization(input);
  if (!r.ok) assert.fail(`unexpected issues: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** `code@path` of every issue, for compact comparisons. */
const brief = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.path}`);

const doc = (bodies: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'organization', bodies, ...extra });

describe('parseOrganization: valid documents', () => {
  it('reads the example of DATA-FORMAT.md', () => {
    const d = docOf({
      type: 'organization',
      title: '健康・医療戦略関係の推進体制',
      lanes: [{ id: 'rd', name: '研究開発' }],
      bodies: [
        {
          id: 'hq',
          name: '健康・医療戦略推進本部',
          kind: 'headquarters',
          roles: [{ title: '本部長', holders: ['内閣総理大臣'] }],
        },
        { id: 'council', name: '健康・医療戦略推進会議', parent: 'hq', kind: 'council' },
        { id: 'genome', name: 'ゲノム医療実現推進協議会', parent: 'council', lane: 'rd', aliases: [], notes: [] },
        { id: 'amed', name: '国立研究開発法人日本医療研究開発機構', aliases: ['AMED'], kind: 'agency' },
      ],
      links: [{ from: 'hq', to: 'amed', type: 'cooperation', label: '連携' }],
    });
    assert.equal(d.type, 'organization');
    assert.equal(d.title, '健康・医療戦略関係の推進体制');
    assert.deepEqual(d.lanes, [{ id: 'rd', name: '研究開発', path: 'lanes[0]' }]);
    assert.deepEqual(d.bodies[0], {
      id: 'hq',
      name: '健康・医療戦略推進本部',
      kind: 'headquarters',
      aliases: [],
      notes: [],
      roles: [{ title: '本部長', holders: ['内閣総理大臣'] }],
      path: 'bodies[0]',
    });
    assert.equal(d.bodies[2]!.parent, 'council');
    assert.equal(d.bodies[2]!.lane, 'rd');
    assert.equal(d.bodies[2]!.kind, 'other', 'kind defaults to other');
    assert.deepEqual(d.bodies[3]!.aliases, ['AMED']);
    assert.deepEqual(d.links, [{ from: 'hq', to: 'amed', type: 'cooperation', label: '連携', path: 'links[0]' }]);
    assert.deepEqual(d.extra, {});
  });

  it('accepts a forest, no lanes and no links', () => {
    const d = docOf(doc([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]));
    assert.deepEqual(
      d.bodies.map((b) => b.parent),
      [undefined, undefined],
    );
    assert.deepEqual(d.lanes, []);
    assert.deepEqual(d.links, []);
  });

  it('keeps unknown top-level keys in extra and ignores unknown keys on bodies', () => {
    const d = docOf(
      doc([{ id: 'a', name: 'A', colour: 'red', source: 'seeds/000' }], {
        version: 3,
        meta: { by: 'someone' },
        lang: 'ja',
        source: 'seeds/000',
      }),
    );
    assert.deepEqual(d.extra, { version: 3, meta: { by: 'someone' } });
    assert.equal(d.lang, 'ja');
    assert.equal(d.source, 'seeds/000');
    assert.equal(d.bodies[0]!.source, 'seeds/000');
    assert.equal('colour' in d.bodies[0]!, false);
  });

  it('treats ids such as __proto__ and constructor as plain ids', () => {
    const d = docOf(doc([{ id: '__proto__', name: 'x', parent: 'constructor' }, { id: 'constructor', name: 'y' }]));
    assert.equal(d.bodies[0]!.parent, 'constructor');
    assert.deepEqual(brief(issuesOf(doc([{ id: 'a', name: 'A', parent: 'toString' }]))), ['unknown-parent@bodies[0].parent']);
  });

  it('defaults a link type to other and accepts every allowed kind and type', () => {
    const kinds = ['headquarters', 'council', 'taskforce', 'working-group', 'agency', 'office', 'ministry', 'company', 'other'];
    const types = ['cooperation', 'joint-secretariat', 'jurisdiction', 'advice', 'other'];
    const d = docOf(
      doc(
        kinds.map((kind, i) => ({ id: `b${i}`, name: kind, kind })),
        { links: [...types.map((type) => ({ from: 'b0', to: 'b1', type })), { from: 'b1', to: 'b2' }] },
      ),
    );
    assert.deepEqual(
      d.bodies.map((b) => b.kind),
      kinds,
    );
    assert.deepEqual(
      d.links.map((l) => l.type),
      [...types, 'other'],
    );
  });
});

describe('parseOrganization: errors', () => {
  it('reports a duplicate id naming the first occurrence', () => {
    const issues = issuesOf(doc([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'a', name: 'A2' }]));
    assert.deepEqual(issues, [{ code: 'duplicate-id', path: 'bodies[2].id', params: { id: 'a', first: 'bodies[0]' } }]);
  });

  it('still checks the fields of a body with a repeated id', () => {
    const issues = issuesOf(doc([{ id: 'a', name: 'A' }, { id: 'a', name: 'A2', parent: 'ghost' }]));
    assert.deepEqual(brief(issues), ['duplicate-id@bodies[1].id', 'unknown-parent@bodies[1].parent']);
  });

  it('gives one issue for one mistake: a body or lane without a name is still there for references', () => {
    const issues = issuesOf(
      doc([{ id: 'a', lane: 'rd' }, { id: 'b', name: 'B', parent: 'a', lane: 'rd' }], {
        lanes: [{ id: 'rd', name: '' }],
        links: [{ from: 'b', to: 'a' }],
      }),
    );
    assert.deepEqual(brief(issues), ['empty-string@lanes[0].name', 'missing@bodies[0].name']);
  });

  it('reports a duplicate lane id', () => {
    const issues = issuesOf(doc([{ id: 'a', name: 'A' }], { lanes: [{ id: 'x', name: 'X' }, { id: 'x', name: 'Y' }] }));
    assert.deepEqual(issues, [{ code: 'duplicate-id', path: 'lanes[1].id', params: { id: 'x', first: 'lanes[0]' } }]);
  });

  it('reports an unknown parent with the body id and the parent', () => {
    const issues = issuesOf(
      doc([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }, { id: 'd', name: 'D', parent: 'nope' }]),
    );
    assert.deepEqual(issues, [{ code: 'unknown-parent', path: 'bodies[3].parent', params: { id: 'd', parent: 'nope' } }]);
  });

  it('reports an unknown lane', () => {
    const issues = issuesOf(doc([{ id: 'a', name: 'A', lane: 'ict' }], { lanes: [{ id: 'rd', name: '研究開発' }] }));
    assert.deepEqual(issues, [{ code: 'unknown-lane', path: 'bodies[0].lane', params: { id: 'a', lane: 'ict' } }]);
  });

  it('reports unknown link ends, from and to, each at its own path', () => {
    const issues = issuesOf(
      doc([{ id: 'a', name: 'A' }], {
        links: [
          { from: 'a', to: 'zz', type: 'cooperation' },
          { from: 'yy', to: 'a', type: 'advice' },
        ],
      }),
    );
    assert.deepEqual(issues, [
      { code: 'unknown-link-end', path: 'links[0].to', params: { end: 'to', id: 'zz' } },
      { code: 'unknown-link-end', path: 'links[1].from', params: { end: 'from', id: 'yy' } },
    ]);
  });

  it('reports a self-parent (and not also as a cycle)', () => {
    const issues = issuesOf(doc([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', parent: 'b' }]));
    assert.deepEqual(issues, [{ code: 'self-parent', path: 'bodies[1].parent', params: { id: 'b' } }]);
  });

  it('reports a cycle once, naming every id on it in parent order from the first in the document', () => {
    // c → d → e → c, reached first through the tail x → c.
    const issues = issuesOf(
      doc([
        { id: 'root', name: 'R' },
        { id: 'x', name: 'X', parent: 'd' },
        { id: 'e', name: 'E', parent: 'c' },
        { id: 'c', name: 'C', parent: 'd' },
        { id: 'd', name: 'D', parent: 'e' },
      ]),
    );
    assert.deepEqual(issues, [{ code: 'cycle', path: 'bodies[2].parent', params: { id: 'e', ids: 'e → c → d', length: 3 } }]);
  });

  it('reports two separate cycles and a two-body cycle', () => {
    const issues = issuesOf(
      doc([
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
        { id: 'p', name: 'P', parent: 'q' },
        { id: 'q', name: 'Q', parent: 'r' },
        { id: 'r', name: 'R', parent: 'p' },
      ]),
    );
    assert.deepEqual(issues, [
      { code: 'cycle', path: 'bodies[0].parent', params: { id: 'a', ids: 'a → b', length: 2 } },
      { code: 'cycle', path: 'bodies[2].parent', params: { id: 'p', ids: 'p → q → r', length: 3 } },
    ]);
  });

  it('walks long parent chains without recursion: a 10,000-body chain is one too-deep issue, a 10,000-body cycle is one issue', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, name: `N${i}`, ...(i > 0 ? { parent: `n${i - 1}` } : {}) }));
    assert.deepEqual(issuesOf(doc(chain)), [{ code: 'too-deep', path: 'bodies[64]', params: { id: 'n64', max: MAX_ORG_DEPTH } }]);
    const ring = chain.map((b, i) => ({ ...b, parent: `n${(i + 1) % 10_000}` }));
    const issues = issuesOf(doc(ring));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, 'cycle');
    assert.equal(issues[0]!.path, 'bodies[0].parent');
    assert.equal(issues[0]!.params.length, 10_000);
    assert.ok(String(issues[0]!.params.ids).startsWith('n0 → n1 → n2'));
    assert.equal(
      formatIssue(issues[0]!, 'ja'),
      'bodies[0].parent: 親子関係が循環しています（n0 → n1 → n2 → n3 → n4 → … → n9998 → n9999 → n0、10000組織）',
    );
    assert.equal(
      formatIssue(issues[0]!, 'en'),
      'bodies[0].parent: the parents form a cycle (n0 → n1 → n2 → n3 → n4 → … → n9998 → n9999 → n0, 10000 bodies)',
    );
  });

  it(`accepts bodies ${MAX_ORG_DEPTH} levels deep and reports the first body deeper, by path and id, in ja and en`, () => {
    // Listed deepest first, so the depth is not found by reading in order.
    const chain = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: `N${i}`, ...(i > 0 ? { parent: `n${i - 1}` } : {}) })).reverse();
    assert.equal(docOf(doc(chain(MAX_ORG_DEPTH))).bodies.length, MAX_ORG_DEPTH);
    const issues = issuesOf(doc([...chain(MAX_ORG_DEPTH + 1), { id: 'side', name: 'S', parent: 'n3' }]));
    assert.deepEqual(issues, [{ code: 'too-deep', path: 'bodies[0]', params: { id: `n${MAX_ORG_DEPTH}`, max: MAX_ORG_DEPTH } }]);
    assert.equal(formatIssue(issues[0]!, 'ja'), `bodies[0]: 組織「n${MAX_ORG_DEPTH}」の入れ子が深すぎます（${MAX_ORG_DEPTH}階層まで）`);
    assert.equal(formatIssue(issues[0]!, 'en'), `bodies[0]: body "n${MAX_ORG_DEPTH}" is nested too deeply (at most ${MAX_ORG_DEPTH} levels)`);
  });

  it('reports a link from a body to itself', () => {
    const issues = issuesOf(doc([{ id: 'a', name: 'A' }], { links: [{ from: 'a', to: 'a', type: 'other' }] }));
    assert.deepEqual(issues, [{ code: 'self-link', path: 'links[0]', params: { id: 'a' } }]);
  });

  it('reports disallowed kind and link type values', () => {
    const issues = issuesOf(
      doc([{ id: 'a', name: 'A', kind: 'committee' }, { id: 'b', name: 'B' }], { links: [{ from: 'a', to: 'b', type: 'command' }] }),
    );
    assert.deepEqual(brief(issues), ['unknown-value@bodies[0].kind', 'unknown-value@links[0].type']);
    assert.equal(issues[0]!.params.value, 'committee');
    assert.equal(issues[0]!.params.allowed, 'headquarters, council, taskforce, working-group, agency, office, ministry, company, other');
  });

  it('reports the wrong type of document', () => {
    assert.deepEqual(issuesOf({ bodies: [{ id: 'a', name: 'A' }] }), [{ code: 'missing', path: 'type', params: { key: 'type' } }]);
    assert.deepEqual(issuesOf({ type: 'budget', bodies: [{ id: 'a', name: 'A' }] }), [
      { code: 'wrong-chart', path: 'type', params: { expected: 'organization', value: 'budget' } },
    ]);
    assert.deepEqual(issuesOf({ type: 'orgchart', bodies: [{ id: 'a', name: 'A' }] }), [
      { code: 'unknown-type', path: 'type', params: { value: 'orgchart' } },
    ]);
  });

  it('reports missing, empty and wrong-typed fields with their paths', () => {
    const issues = issuesOf(
      doc(
        [
          { name: 'no id' },
          { id: 'b', name: '' },
          { id: 7, name: 'numeric id' },
          { id: 'd', name: 'D', parent: 5, lane: '', aliases: 'AMED', notes: ['ok', 3] },
          { id: 'e', name: 'E', roles: [{ holders: ['x'] }, 'chair', { title: '議長', holders: [1] }, { title: 'T', holders: {} }] },
          { id: 'f', name: ['F'], source: {} },
        ],
        { links: [{ from: 'd' }, 42], lanes: [{ id: 'x' }] },
      ),
    );
    assert.deepEqual(brief(issues), [
      'missing@lanes[0].name',
      'missing@bodies[0].id',
      'empty-string@bodies[1].name',
      'wrong-type@bodies[2].id',
      'wrong-type@bodies[3].parent',
      'empty-string@bodies[3].lane',
      'not-array@bodies[3].aliases',
      'wrong-type@bodies[3].notes[1]',
      'missing@bodies[4].roles[0].title',
      'not-object@bodies[4].roles[1]',
      'wrong-type@bodies[4].roles[2].holders[0]',
      'not-array@bodies[4].roles[3].holders',
      'wrong-type@bodies[5].name',
      'wrong-type@bodies[5].source',
      'missing@links[0].to',
      'not-object@links[1]',
    ]);
  });

  it('reports all issues, not just the first', () => {
    const issues = issuesOf(
      doc(
        [
          { id: 'a', name: 'A', parent: 'ghost', lane: 'nolane' },
          { id: 'a', name: 'again' },
          { id: 'b', name: 'B', parent: 'b' },
          { id: 'c', name: 'C', parent: 'd' },
          { id: 'd', name: 'D', parent: 'c', kind: 'boss' },
        ],
        { lanes: [], links: [{ from: 'a', to: 'nobody', type: 'cooperation' }] },
      ),
    );
    assert.deepEqual(brief(issues), [
      'duplicate-id@bodies[1].id',
      'unknown-value@bodies[4].kind',
      'unknown-parent@bodies[0].parent',
      'unknown-lane@bodies[0].lane',
      'self-parent@bodies[2].parent',
      'cycle@bodies[3].parent',
      'unknown-link-end@links[0].to',
    ]);
  });

  it('reports an empty bodies list and missing bodies', () => {
    assert.deepEqual(brief(issuesOf({ type: 'organization', bodies: [] })), ['empty@bodies']);
    assert.deepEqual(brief(issuesOf({ type: 'organization' })), ['missing@bodies']);
  });
});

describe('parseOrganization: junk input never throws', () => {
  const junk: unknown[] = [
    null,
    undefined,
    0,
    42,
    Number.NaN,
    '',
    'organization',
    true,
    [],
    [1, 2, 3],
    [{ type: 'organization' }],
    {},
    { type: 'organization', bodies: null },
    { type: 'organization', bodies: 'a,b' },
    { type: 'organization', bodies: { a: { name: 'A' } } },
    { type: 'organization', bodies: [null, 1, 'x', [], [[]], { id: {}, name: [] }] },
    { type: 'organization', bodies: [{ id: 'a', name: 'A', roles: 'all' }], lanes: 'rd', links: {} },
    { type: 'organization', bodies: [{ id: 'a', name: 'A', roles: [null, [], { title: {}, holders: [[], null] }] }] },
    { type: 'organization', bodies: [{ id: 'a', name: 'A', kind: { k: 1 }, parent: [], lane: {} }], lanes: [null, 3, { id: [] }] },
    { type: 'organization', bodies: [{ id: 'a', name: 'A' }], links: [null, { from: {}, to: [], type: 5, label: {} }] },
    { type: 5, title: {}, description: [], source: 1, lang: null, bodies: [{ id: 'toString', name: 'x', parent: '__proto__' }] },
  ];
  for (const input of junk) {
    it(`returns issues for ${JSON.stringify(input) ?? String(input)}`, () => {
      const r = parseOrganization(input);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.ok(r.issues.length > 0);
        for (const issue of r.issues) {
          assert.equal(typeof issue.code, 'string');
          assert.equal(typeof issue.path, 'string');
          // Every issue has a real message in both locales.
          assert.doesNotMatch(formatIssue(issue, 'ja'), /不明な問題/);
          assert.doesNotMatch(formatIssue(issue, 'en'), /unknown issue/);
        }
      }
    });
  }

  it('names a non-object document at the root path', () => {
    assert.deepEqual(issuesOf(null), [{ code: 'not-object', path: '', params: {} }]);
    assert.deepEqual(issuesOf([1]), [{ code: 'not-object', path: '', params: {} }]);
  });
});

describe('organisation issue messages', () => {
  const cases: Array<[Issue, string, string]> = [
    [
      { code: 'unknown-parent', path: 'bodies[3].parent', params: { id: 'genome', parent: 'councl' } },
      'bodies[3].parent: 組織「genome」の親「councl」が見つかりません',
      'bodies[3].parent: the parent "councl" of body "genome" does not exist',
    ],
    [
      { code: 'self-parent', path: 'bodies[1].parent', params: { id: 'hq' } },
      'bodies[1].parent: 組織「hq」が自分自身を親にしています',
      'bodies[1].parent: body "hq" is its own parent',
    ],
    [
      { code: 'cycle', path: 'bodies[0].parent', params: { id: 'a', ids: 'a → b → c', length: 3 } },
      'bodies[0].parent: 親子関係が循環しています（a → b → c → a）',
      'bodies[0].parent: the parents form a cycle (a → b → c → a)',
    ],
    [
      { code: 'unknown-lane', path: 'bodies[2].lane', params: { id: 'genome', lane: 'ict' } },
      'bodies[2].lane: 組織「genome」のレーン「ict」が見つかりません',
      'bodies[2].lane: the lane "ict" of body "genome" does not exist',
    ],
    [
      { code: 'unknown-link-end', path: 'links[0].from', params: { end: 'from', id: 'amd' } },
      'links[0].from: つながりの始点「amd」が見つかりません',
      'links[0].from: the link source "amd" does not exist',
    ],
    [
      { code: 'unknown-link-end', path: 'links[0].to', params: { end: 'to', id: 'amd' } },
      'links[0].to: つながりの終点「amd」が見つかりません',
      'links[0].to: the link target "amd" does not exist',
    ],
    [
      { code: 'self-link', path: 'links[2]', params: { id: 'hq' } },
      'links[2]: 組織「hq」から自分自身へのつながりです',
      'links[2]: the link goes from body "hq" to itself',
    ],
  ];
  for (const [issue, ja, en] of cases) {
    it(`formats ${issue.code} (${issue.path}) in ja and en`, () => {
      assert.equal(formatIssue(issue, 'ja'), ja);
      assert.equal(formatIssue(issue, 'en'), en);
    });
  }

  it('formats the issues a real parse returns', () => {
    const [issue] = issuesOf(doc([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', parent: 'zz' }]));
    assert.equal(formatIssue(issue!, 'ja'), 'bodies[1].parent: 組織「b」の親「zz」が見つかりません');
  });
});

describe('generateOrganization (test fixture)', () => {
  it('makes a valid document of 2,000 bodies with lanes, links, roles, aliases and long names', () => {
    const d = docOf(generateOrganization({ bodies: 2000 }));
    assert.equal(d.bodies.length, 2000);
    assert.ok(d.lanes.length >= 3);
    assert.ok(d.links.length >= 100, `links: ${d.links.length}`);
    assert.ok(new Set(d.links.map((l) => l.type)).size >= 4);
    assert.ok(d.bodies.filter((b) => b.lane !== undefined).length > 1000);
    assert.ok(d.bodies.some((b) => b.aliases.length > 0));
    assert.ok(d.bodies.some((b) => b.roles.some((r) => r.holders.length >= 20)), 'a long holder list');
    assert.ok(d.bodies.some((b) => [...b.name].length >= 30), 'a long name');
    assert.ok(d.bodies.filter((b) => b.parent === undefined).length >= 2, 'a forest');
  });

  it('is deterministic for a seed and differs between seeds', () => {
    assert.deepEqual(generateOrganization({ bodies: 300, seed: 42 }), generateOrganization({ bodies: 300, seed: 42 }));
    assert.notDeepEqual(generateOrganization({ bodies: 300, seed: 42 }), generateOrganization({ bodies: 300, seed: 43 }));
  });

  it('keeps the tree within the given depth', () => {
    for (const depth of [1, 2, 5]) {
      const d = docOf(generateOrganization({ bodies: 500, seed: 3, depth }));
      const parentOf = new Map(d.bodies.map((b) => [b.id, b.parent]));
      let deepest = 0;
      for (const b of d.bodies) {
        let level = 0;
        for (let p = b.parent; p !== undefined; p = parentOf.get(p)) level += 1;
        deepest = Math.max(deepest, level);
      }
      assert.equal(deepest, depth);
    }
  });

  it('makes valid documents of 1 and 10,000 bodies', () => {
    assert.equal(docOf(generateOrganization({ bodies: 1 })).bodies.length, 1);
    assert.equal(docOf(generateOrganization({ bodies: 10_000, seed: 9 })).bodies.length, 10_000);
  });
});
