import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgDataTable } from '../../src/charts/org/table.js';
import { parseOrganization } from '../../src/data/organization.js';
import { dataTableRows } from '../../src/kit/data-table.js';
// English layouts and names need the English words (loaded on first use in the browser).
import '../../src/words-en.js';

const parsed = parseOrganization({
  type: 'organization',
  title: '体制',
  lanes: [{ id: 'l', name: '政府' }],
  bodies: [
    { id: 'r', name: '本部', kind: 'headquarters', lane: 'l', roles: [{ title: '本部長', holders: ['内閣総理大臣'] }] },
    { id: 'a', name: '甲会議', parent: 'r', aliases: ['甲'], notes: ['注'], editorNotes: ['読み取り'] },
  ],
  links: [{ from: 'a', to: 'r', type: 'cooperation' }],
});

describe('orgDataTable', () => {
  it("gives one row per body with its parent, lane, roles, aliases, links, notes and editor's notes", () => {
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    const table = orgDataTable({ doc: parsed.value, locale: 'ja' });
    assert.equal(table.caption, '体制');
    assert.deepEqual(table.header, ['id', '名称', '種別', '上位組織id', 'レーン', '役職と構成員', '別名', '連携等', '注記', '編集注記']);
    assert.equal(table.rows.length, 2);
    const [r, a] = table.rows;
    assert.deepEqual([r![0], r![1], r![3], r![4], r![5]], ['r', '本部', '', '政府', '本部長：内閣総理大臣']);
    assert.deepEqual([a![0], a![3], a![6], a![8], a![9]], ['a', 'r', '甲', '注', '読み取り']);
    assert.equal(r![9], '');
    assert.match(String(a![7]), /→ 本部$/);
    assert.match(String(r![7]), /← 甲会議$/);
  });

  it('is what the CSV export writes, the header first', () => {
    assert.ok(parsed.ok);
    const table = orgDataTable({ doc: parsed.value, locale: 'en' });
    const rows = dataTableRows(table);
    assert.deepEqual(rows[0], ['id', 'name', 'kind', 'parent id', 'lane', 'roles and holders', 'aliases', 'links', 'notes', "editor's notes"]);
    assert.equal(rows.length, 3);
    // English headers; the data's Japanese words joined the Japanese way (not 「本部長: 内閣総理大臣」).
    assert.equal(rows[1]![5], '本部長：内閣総理大臣');
  });
});
