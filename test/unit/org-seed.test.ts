import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseOrganization } from '../../src/data/organization.js';
import { BODY_KINDS, LINK_TYPES, type Body, type OrganizationDocument } from '../../src/data/types.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const seedText = readFileSync(new URL('../fixtures/seeds/000_afb416bfba5a667d.txt', import.meta.url), 'utf8');
const seedLines = new Set(seedText.split('\n'));
/** The seed without any white space: the extraction breaks lines inside names. */
const seedCompact = seedText.replace(/\s+/g, '');

const schema = readJson('data/schema/organization.schema.json') as object;
const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);

function parsed(path: string): OrganizationDocument {
  const r = parseOrganization(readJson(path));
  if (!r.ok) assert.fail(`${path}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

const byId = (doc: OrganizationDocument) => new Map(doc.bodies.map((b) => [b.id, b]));
const holdersOf = (body: Body | undefined, title: string) => body?.roles.find((r) => r.title === title)?.holders;
const countBy = <T>(items: readonly T[], key: (t: T) => string | undefined) => {
  const out: Record<string, number> = {};
  for (const t of items) {
    const k = key(t) ?? '(none)';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

describe('data/schema/organization.schema.json', () => {
  for (const path of ['data/governance.json', 'data/partnership-council.json']) {
    it(`accepts ${path}, which the parser also accepts`, () => {
      const input = readJson(path);
      assert.equal(validate(input), true, JSON.stringify(validate.errors));
      assert.equal(parseOrganization(input).ok, true);
    });
  }

  it('allows exactly the kinds and link types of src/data/types.ts', () => {
    const defs = (schema as { $defs: Record<string, { properties: Record<string, { enum?: string[] }> }> }).$defs;
    assert.deepEqual(defs.body?.properties.kind?.enum, [...BODY_KINDS]);
    assert.deepEqual(defs.link?.properties.type?.enum, [...LINK_TYPES]);
  });

  it('accepts a generated document of 2,000 bodies', () => {
    assert.equal(validate(generateOrganization({ bodies: 2000, seed: 7 })), true, JSON.stringify(validate.errors));
  });

  const ok = { id: 'a', name: 'A' };
  const rejectedByBoth: Array<[string, unknown]> = [
    ['a document that is not an object', []],
    ['a missing type', { bodies: [ok] }],
    ['another chart type', { type: 'budget', bodies: [ok] }],
    ['missing bodies', { type: 'organization' }],
    ['an empty bodies list', { type: 'organization', bodies: [] }],
    ['a body without id', { type: 'organization', bodies: [{ name: 'A' }] }],
    ['a blank name', { type: 'organization', bodies: [{ id: 'a', name: '  ' }] }],
    ['a numeric id', { type: 'organization', bodies: [{ id: 1, name: 'A' }] }],
    ['an unknown kind', { type: 'organization', bodies: [{ ...ok, kind: 'committee' }] }],
    ['aliases as a string', { type: 'organization', bodies: [{ ...ok, aliases: 'AMED' }] }],
    ['a role without title', { type: 'organization', bodies: [{ ...ok, roles: [{ holders: [] }] }] }],
    ['holders that are not strings', { type: 'organization', bodies: [{ ...ok, roles: [{ title: 'T', holders: [1] }] }] }],
    ['a lane without name', { type: 'organization', lanes: [{ id: 'x' }], bodies: [ok] }],
    ['a link without to', { type: 'organization', bodies: [ok], links: [{ from: 'a' }] }],
    ['an unknown link type', { type: 'organization', bodies: [ok, { id: 'b', name: 'B' }], links: [{ from: 'a', to: 'b', type: 'command' }] }],
  ];
  for (const [what, input] of rejectedByBoth) {
    it(`rejects ${what}, as the parser does`, () => {
      assert.equal(validate(input), false);
      assert.equal(parseOrganization(input).ok, false);
    });
  }

  it('accepts unknown keys, as the parser does', () => {
    const input = { type: 'organization', version: 2, bodies: [{ ...ok, colour: 'red' }], links: [] };
    assert.equal(validate(input), true);
    assert.equal(parseOrganization(input).ok, true);
  });

  it('leaves cross-references to the parser (schema-valid, parser-invalid)', () => {
    const input = { type: 'organization', bodies: [{ ...ok, parent: 'ghost' }] };
    assert.equal(validate(input), true);
    assert.equal(parseOrganization(input).ok, false);
  });
});

describe('data/governance.json (seeds/000 slide 1)', () => {
  const doc = parsed('data/governance.json');
  const bodies = byId(doc);

  it('has the 18 bodies read off the slide and the modelling', () => {
    // 本部, 推進会議, 5 協議会, 2 タスクフォース, 2 ワーキンググループ, AMED,
    // 2 offices of the joint secretariats, 4 ministries of 所管.
    assert.equal(doc.bodies.length, 18);
    assert.deepEqual(countBy(doc.bodies, (b) => b.kind), {
      headquarters: 1,
      council: 6,
      taskforce: 2,
      'working-group': 2,
      agency: 1,
      office: 2,
      ministry: 4,
    });
  });

  it('gives the headquarters and the council their roles and holders as on the slide', () => {
    const hq = bodies.get('hq');
    assert.equal(hq?.name, '健康・医療戦略推進本部');
    assert.equal(hq?.parent, undefined);
    assert.deepEqual(holdersOf(hq, '本部長'), ['内閣総理大臣']);
    assert.deepEqual(holdersOf(hq, '副本部長'), ['内閣官房長官', '健康・医療戦略担当大臣']);
    assert.deepEqual(holdersOf(hq, '本部員'), ['その他国務大臣']);
    const council = bodies.get('council');
    assert.equal(council?.name, '健康・医療戦略推進会議');
    assert.equal(council?.parent, 'hq');
    assert.deepEqual(
      council?.roles.map((r) => [r.title, r.holders.length]),
      [
        ['議長', 1],
        ['議長代行', 1],
        ['副議長', 2],
        ['構成員', 1],
      ],
    );
    assert.deepEqual(holdersOf(council, '副議長'), ['健康・医療戦略担当大臣を補佐する内閣府大臣政務官', '内閣総理大臣補佐官（健康・医療戦略室長）']);
  });

  it('puts seven bodies under the council and two working groups under 医療国際展開タスクフォース', () => {
    const under = (id: string) => doc.bodies.filter((b) => b.parent === id).map((b) => b.name);
    assert.deepEqual(under('council').sort(), [
      '健康・医療戦略ファンドタスクフォース',
      '医療国際展開タスクフォース',
      'ゲノム医療実現推進協議会',
      '創薬支援ネットワーク協議会',
      '次世代ヘルスケア産業協議会',
      '次世代医療ＩＣＴ基盤協議会',
      '次世代医療機器開発推進協議会',
    ].sort());
    const tf = doc.bodies.find((b) => b.name === '医療国際展開タスクフォース')!;
    const wgs = doc.bodies.filter((b) => b.parent === tf.id);
    assert.deepEqual(
      wgs.map((b) => [b.name, b.aliases]),
      [
        ['アジア健康構想ワーキンググループ', ['アジア健康構想推進会議']],
        ['国際医薬パートナーシップワーキンググループ', ['国際医薬パートナーシップ推進会議']],
      ],
    );
  });

  it('has the three lanes of the slide and the R&D councils in 研究開発', () => {
    assert.deepEqual(
      doc.lanes.map((l) => l.name),
      ['研究開発', 'ＩＣＴ', '市場開拓'],
    );
    const laneName = new Map(doc.lanes.map((l) => [l.id, l.name]));
    const inLane = (name: string) =>
      doc.bodies
        .filter((b) => b.lane !== undefined && laneName.get(b.lane) === name)
        .map((b) => b.name)
        .sort();
    assert.deepEqual(inLane('研究開発'), ['ゲノム医療実現推進協議会', '創薬支援ネットワーク協議会', '次世代医療機器開発推進協議会'].sort());
    assert.deepEqual(inLane('ＩＣＴ'), ['次世代医療ＩＣＴ基盤協議会']);
    assert.deepEqual(inLane('市場開拓').length, 5);
    // The lane of the task forces is a reading, not on the slide: the editor's notes say so, and
    // the notes (drawn on the box) do not.
    for (const b of doc.bodies.filter((x) => x.kind === 'taskforce')) {
      assert.match(b.editorNotes.join(''), /レーンは推定/);
      assert.deepEqual(b.notes, []);
    }
  });

  it('has AMED as a separate root with its aliases and budget role, joined by 連携', () => {
    const amed = bodies.get('amed');
    assert.equal(amed?.name, '国立研究開発法人日本医療研究開発機構');
    assert.equal(amed?.kind, 'agency');
    assert.equal(amed?.parent, undefined);
    assert.ok(amed?.aliases.includes('AMED'));
    assert.ok(amed?.notes.includes('医療分野の研究開発関連予算の総合的な予算要求配分調整 等'));
    // The 所管 links are a reading of the slide: the editor's notes say so; the box keeps the slide's words.
    assert.match(amed?.editorNotes.join('') ?? '', /所管.*解釈/);
    assert.deepEqual(amed?.notes, ['医療分野の研究開発関連予算の総合的な予算要求配分調整 等']);
    assert.deepEqual(
      doc.links.filter((l) => l.type === 'cooperation').map((l) => [l.from, l.to, l.label]),
      [['hq', 'amed', '連携']],
    );
  });

  it('has 9 links: 1 連携, 4 共同事務局, 4 所管', () => {
    assert.deepEqual(countBy(doc.links, (l) => l.type), { cooperation: 1, 'joint-secretariat': 4, jurisdiction: 4 });
    const name = (id: string) => bodies.get(id)?.name;
    const secretariats = doc.links
      .filter((l) => l.type === 'joint-secretariat')
      .map((l) => `${name(l.from)}→${name(l.to)}`)
      .sort();
    assert.deepEqual(secretariats, [
      'ＩＴ総合戦略室→次世代医療ＩＣＴ基盤協議会',
      '健康・医療戦略室→次世代ヘルスケア産業協議会',
      '健康・医療戦略室→次世代医療ＩＣＴ基盤協議会',
      '経済産業省→次世代ヘルスケア産業協議会',
    ].sort());
    const jurisdiction = doc.links.filter((l) => l.type === 'jurisdiction');
    assert.deepEqual(jurisdiction.map((l) => bodies.get(l.from)?.aliases[0] ?? name(l.from)), ['内閣府', '文科省', '厚労省', '経産省']);
  });

  it('names the slide as the source of every body', () => {
    for (const b of doc.bodies) assert.equal(b.source, 'スライド1「健康・医療戦略関係の推進体制」', b.id);
  });

  it('invents no name: every body has its name or an alias in the seed text, and every holder and note is there', () => {
    for (const b of doc.bodies) {
      const written = [b.name, ...b.aliases].some((n) => seedCompact.includes(n.replace(/\s+/g, '')));
      assert.ok(written, `${b.id}: ${b.name}`);
      for (const a of b.aliases) assert.ok(seedCompact.includes(a.replace(/\s+/g, '')), a);
      for (const r of b.roles) {
        assert.ok(seedCompact.includes(r.title), r.title);
        for (const h of r.holders) assert.ok(seedCompact.includes(h.replace(/\s+/g, '')), h);
      }
    }
    for (const n of [...bodies.get('ict-platform')!.notes, ...bodies.get('healthcare')!.notes]) assert.ok(seedLines.has(n), n);
  });
});

/** The page (1-based) of the seed a line is on: each page of the extraction starts with a space. */
function seedPageOf(text: string): number {
  let page = 0;
  for (const line of seedText.split('\n')) {
    if (line.startsWith(' ')) page += 1;
    if (line.includes(text)) return page;
  }
  return -1;
}

describe('data/partnership-council.json (seeds/000, 国際医薬パートナーシップ推進会議)', () => {
  const doc = parsed('data/partnership-council.json');
  const council = doc.bodies.find((b) => b.name === '国際医薬パートナーシップ推進会議');

  it('names the slide it comes from: the fourth page of the extraction', () => {
    assert.equal(seedPageOf('健康・医療戦略関係の推進体制'), 1);
    assert.equal(seedPageOf('国際医薬パートナーシップ推進会議の構成員、オブザーバー'), 4);
    assert.equal(seedPageOf('ヤマトロジスティクス（株）'), 4);
    for (const b of doc.bodies) assert.equal(b.source, 'スライド4「国際医薬パートナーシップ推進会議の構成員、オブザーバー」');
  });

  it('places the council under 本部 → 医療国際展開タスクフォース beside the アジア健康構想ワーキンググループ', () => {
    assert.equal(doc.bodies.length, 4);
    const bodies = byId(doc);
    const chain: string[] = [];
    for (let b = council; b; b = b.parent ? bodies.get(b.parent) : undefined) chain.push(b.name);
    assert.deepEqual(chain, ['国際医薬パートナーシップ推進会議', '医療国際展開タスクフォース', '健康・医療戦略推進本部']);
    const siblings = doc.bodies.filter((b) => b.parent === council?.parent && b !== council);
    assert.deepEqual(
      siblings.map((b) => [b.name, b.aliases]),
      [['アジア健康構想ワーキンググループ', ['アジア健康構想推進会議']]],
    );
  });

  it('has the chair, 17 member organisations and 3 named individuals, 43 observers', () => {
    assert.deepEqual(holdersOf(council, '議長'), ['内閣官房健康・医療戦略室長']);
    const members = holdersOf(council, '構成メンバー') ?? [];
    assert.equal(members.length, 20);
    assert.deepEqual(members.slice(0, 3), ['外務省経済局長', '外務省国際協力局長', '外務省地球規模課題審議官']);
    assert.equal(members[16], '（一社）日本ジェネリック医薬品・バイオシミラー学会');
    assert.deepEqual(members.slice(17), [
      '在日ベトナム人協会 トランゴックフック会長',
      'テルモ（株） 松村啓史 顧問',
      '（国研）国立がん研究センター 藤原康弘 執行役員',
    ]);
    const observers = holdersOf(council, 'オブザーバー') ?? [];
    assert.equal(observers.length, 43);
    assert.equal(new Set(observers).size, 43, 'no observer twice');
    assert.equal(observers[0], 'アクティブファーマ（株）');
    assert.equal(observers[17], '大正製薬（株）');
    assert.equal(observers[18], '高田製薬（株）');
    assert.equal(observers[42], 'ヤマトロジスティクス（株）');
    for (const o of ['MIMS Pte Ltd.', 'Meiji Seikaファルマ（株）', 'パナソニック ヘルスケア（株）', '（株）ＮＴＴデータ経営研究所']) {
      assert.ok(observers.includes(o), o);
    }
  });

  it('keeps every holder exactly as a line of the seed, and the two notes', () => {
    for (const role of council?.roles ?? []) {
      for (const h of role.holders) {
        assert.ok(seedLines.has(h) || seedLines.has(`${role.title} ${h}`), `${role.title}: ${h}`);
      }
    }
    assert.deepEqual(council?.notes, ['（上記以外の企業等も参加可）', '（外務省地域関連部署は課題に応じて参加）']);
    assert.ok(seedLines.has('（上記以外の企業等も参加可）'));
    assert.ok(seedCompact.includes('（外務省地域関連部署は課題に応じて参加）'));
  });
});
