import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { parseEffect } from '../../src/data/effect.js';
import { summarizeEffect } from '../../src/data/effect-summary.js';
import { parseOrganization } from '../../src/data/organization.js';
import { readDelimited } from '../../src/data/table/delimited.js';
import { readEffectTable } from '../../src/data/table/effect-table.js';
import { readTableFile } from '../../src/data/table/file.js';
import { readOrganizationTable } from '../../src/data/table/organization-table.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { effectRows, linkRows, organizationRows, readSeed } from '../fixtures/seed-tables.js';

const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
function ok<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) assert.fail(JSON.stringify(result.issues, null, 1));
  return result.value;
}

const governance = readSeed('governance.json');
const seedOrg = ok(parseOrganization(governance));
const egfr = readSeed('effects/egfr-response.json');
const seedEffect = ok(parseEffect(egfr));

describe('readOrganizationTable: the seed organisation', () => {
  it('reads data/tables/governance.csv and governance-links.csv into the seed bodies, lanes and links', () => {
    const doc = ok(
      readOrganizationTable(readDelimited(bytes('data/tables/governance.csv')), {
        links: readDelimited(bytes('data/tables/governance-links.csv')),
      }),
    );
    assert.deepEqual(doc.bodies, seedOrg.bodies);
    assert.deepEqual(doc.lanes, seedOrg.lanes);
    assert.deepEqual(doc.links, seedOrg.links);
  });

  it('reads an XLSX with a 組織 sheet and a リンク sheet, Japanese 種別 and 種類, parents by name, 親 merged', async () => {
    const workbook = new ExcelJS.Workbook();
    const bodies = workbook.addWorksheet('組織');
    const ja: Record<string, string> = { headquarters: '本部', council: '協議会', taskforce: 'タスクフォース', 'working-group': 'WG', agency: '法人', office: '室', ministry: '省' };
    const nameOf = new Map((governance.bodies as { id: string; name: string }[]).map((b) => [b.id, b.name]));
    for (const [i, row] of organizationRows(governance).entries()) {
      // 親 by name, 種別 in Japanese.
      bodies.addRow(i === 0 ? row : row.map((cell, c) => (c === 1 ? (nameOf.get(cell) ?? cell) : c === 3 ? (ja[cell] ?? cell) : cell) || null));
    }
    // The two working groups share a parent: merge their 親 cells as a sheet would.
    const wgRows: number[] = [];
    bodies.eachRow((row, n) => {
      if (String(row.getCell(1).value).endsWith('-wg')) wgRows.push(n);
    });
    bodies.getCell(wgRows[1]!, 2).value = null;
    bodies.mergeCells(wgRows[0]!, 2, wgRows[1]!, 2);
    const links = workbook.addWorksheet('リンク');
    const typeJa: Record<string, string> = { cooperation: '連携', 'joint-secretariat': '共同事務局', jurisdiction: '所管' };
    for (const [i, row] of linkRows(governance).entries()) links.addRow(i === 0 ? row : [row[0], row[1], typeJa[row[2]!] ?? row[2], row[3]]);
    const result = await readTableFile(new Uint8Array(await workbook.xlsx.writeBuffer()), { file: '体制.xlsx' });
    const doc = ok(result) as OrganizationDocument;
    assert.equal(doc.type, 'organization');
    assert.deepEqual(doc.bodies, seedOrg.bodies);
    assert.deepEqual(doc.links, seedOrg.links);
  });

  it('reads the Shift_JIS CSVs, and an XLSX saved by LibreOffice Calc (committed fixture) with the links CSV', async () => {
    const sjis = ok(
      readOrganizationTable(readDelimited(bytes('test/fixtures/tables/governance.sjis.csv')), {
        links: readDelimited(bytes('test/fixtures/tables/governance-links.sjis.csv')),
      }),
    );
    assert.deepEqual([sjis.bodies, sjis.lanes, sjis.links], [seedOrg.bodies, seedOrg.lanes, seedOrg.links]);
    const xlsx = ok(
      await readTableFile(bytes('test/fixtures/tables/governance.libreoffice.xlsx'), {
        file: 'governance.xlsx',
        links: { bytes: bytes('data/tables/governance-links.csv') },
      }),
    ) as OrganizationDocument;
    assert.deepEqual([xlsx.bodies, xlsx.lanes, xlsx.links], [seedOrg.bodies, seedOrg.lanes, seedOrg.links]);
  });

  it('splits holders at 、 and keeps 「・」 inside a name', () => {
    const doc = ok(readOrganizationTable([['名称', '役職'], ['本部', '副本部長：内閣官房長官、健康・医療戦略担当大臣\n本部員：その他国務大臣']]));
    assert.deepEqual(doc.bodies[0]!.roles, [
      { title: '副本部長', holders: ['内閣官房長官', '健康・医療戦略担当大臣'] },
      { title: '本部員', holders: ['その他国務大臣'] },
    ]);
  });
});

describe('readEffectTable: an effect chart', () => {
  it('reads data/tables/egfr-response.csv (a row per group, a row per category under it) into the seed series and summary', () => {
    const doc = ok(readEffectTable(readDelimited(bytes('data/tables/egfr-response.csv'))));
    assert.equal(doc.chart, 'proportions');
    assert.deepEqual(doc.series, seedEffect.series);
    assert.deepEqual(summarizeEffect(doc, { locale: 'ja' }).facts, summarizeEffect(seedEffect, { locale: 'ja' }).facts);
  });

  it('reads an XLSX with percentages as Excel stores them (0.764 shown as 76.4%) and the group cell merged over its categories', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('奏効率');
    for (const [i, row] of effectRows(egfr).entries()) {
      const r = ws.addRow(row.map((cell) => (i > 0 && cell.endsWith('%') ? Number(cell.slice(0, -1)) / 100 : cell || null)));
      r.getCell(3).numFmt = '0.0%';
    }
    ws.mergeCells(2, 1, 5, 1);
    ws.mergeCells(6, 1, 9, 1);
    const result = await readTableFile(new Uint8Array(await workbook.xlsx.writeBuffer()), { file: '奏効率.xlsx' });
    const doc = ok(result);
    assert.equal(doc.type, 'effect');
    assert.deepEqual(doc.type === 'effect' && doc.series, seedEffect.series);
  });

  it('reads a Shift_JIS CSV and an XLSX saved by LibreOffice Calc (which stores 76.4% as a percent number)', async () => {
    const sjis = ok(readEffectTable(readDelimited(bytes('test/fixtures/tables/egfr-response.sjis.csv'))));
    assert.deepEqual(sjis.series, seedEffect.series);
    const xlsx = ok(await readTableFile(bytes('test/fixtures/tables/egfr-response.libreoffice.xlsx'), { file: 'egfr-response.xlsx' }));
    assert.equal(xlsx.type, 'effect');
    assert.deepEqual(xlsx.type === 'effect' && xlsx.series, seedEffect.series);
  });

  it('reads a change table with △ for minus', () => {
    const doc = ok(readEffectTable([['系列', '前', '前の値', '後', '後の値', '単位'], ['一次売差', '平成24年度', '△2.4', '平成28年度', '▲3.1', '%']]));
    assert.equal(doc.chart, 'change');
    assert.deepEqual(doc.chart === 'change' && doc.series.map((s) => [s.before.value, s.after.value]), [[-2.4, -3.1]]);
  });
});
