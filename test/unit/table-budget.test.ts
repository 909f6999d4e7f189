import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { readBudgetTable } from '../../src/data/table/budget-table.js';
import { decodeTableText, parseDelimited, readDelimited } from '../../src/data/table/delimited.js';
import { readTableFile } from '../../src/data/table/file.js';
import { readWorkbook } from '../../src/data/table/xlsx.js';
import type { BudgetDocument } from '../../src/data/types.js';
import { budgetRows, readSeed } from '../fixtures/seed-tables.js';

const OKU = 100_000_000;
const seedJson = readSeed('pharma-budget.json');
const seedParsed = parseBudget(seedJson);
if (!seedParsed.ok) throw new Error('seed does not parse');
const seed = seedParsed.value;
const seedSummary = summarizeBudget(seed);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));

/** The table's document has the seed's items (every field, every path) and the seed's summary. */
function assertSameAsSeed(doc: BudgetDocument): void {
  assert.deepEqual(doc.items, seed.items);
  const summary = summarizeBudget(doc);
  assert.deepEqual(summary.totals, seedSummary.totals);
  assert.equal(summary.totals.amount.counted, 82.2 * OKU);
  assert.equal(summary.totals.supplementary.counted, 7.3 * OKU);
  assert.deepEqual(
    [...summary.items.values()].map((s) => [s.id, s.amount.counted, s.supplementary.counted]),
    [...seedSummary.items.values()].map((s) => [s.id, s.amount.counted, s.supplementary.counted]),
  );
}

function ok<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) assert.fail(JSON.stringify(result.issues, null, 1));
  return result.value;
}

/** The seed as a workbook the way a ministry sheet is kept: a title row, amounts as numbers under 「金額（億円）」, 親 merged over its children. */
async function seedWorkbook(): Promise<Uint8Array> {
  const rows = budgetRows(seedJson);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('予算');
  sheet.addRow([seedJson.title as string]);
  const header = rows[0]!.map((h) => (h === '金額' ? '金額（億円）' : h === '補正' ? '補正（億円）' : h));
  sheet.addRow(header);
  for (const row of rows.slice(1)) {
    sheet.addRow(row.map((cell, c) => ((c === 3 || c === 4) && cell.endsWith('億円') ? Number(cell.slice(0, -2)) : cell || null)));
  }
  // Merge runs of the same 親 (column B), clearing the covered cells as Excel does.
  let start = 3;
  for (let r = 4; r <= rows.length + 2; r++) {
    const same = (sheet.getCell(r, 2).value ?? '') === (sheet.getCell(start, 2).value ?? '') && r <= rows.length + 1;
    if (same) continue;
    if (r - 1 > start && sheet.getCell(start, 2).value) sheet.mergeCells(start, 2, r - 1, 2);
    start = r;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readBudgetTable: the seed budget from every kind of file', () => {
  it('reads data/tables/pharma-budget.csv (UTF-8 with BOM) into the seed document, 82.2億円 counted and 7.3億円 補正', () => {
    const file = bytes('data/tables/pharma-budget.csv');
    assert.deepEqual([...file.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assertSameAsSeed(ok(readBudgetTable(readDelimited(file, { file: 'pharma-budget.csv' }))));
  });

  it('reads the same CSV without a byte order mark', () => {
    const text = readFileSync(new URL('../../data/tables/pharma-budget.csv', import.meta.url), 'utf8').replace(/^\uFEFF/, '');
    assertSameAsSeed(ok(readBudgetTable(parseDelimited(text))));
  });

  it('reads a Shift_JIS CSV (as Excel in Japan saves it)', () => {
    const file = bytes('test/fixtures/tables/pharma-budget.sjis.csv');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(file));
    assert.equal(decodeTableText(file).encoding, 'shift_jis');
    assertSameAsSeed(ok(readBudgetTable(readDelimited(file))));
  });

  it('reads TSV, told by the tab in the header line', () => {
    // A cell holding a line break (編集注, one note per line) is quoted, as spreadsheets write it.
    const field = (c: string) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const tsv = budgetRows(seedJson).map((r) => r.map(field).join('\t')).join('\n');
    assertSameAsSeed(ok(readBudgetTable(parseDelimited(tsv))));
  });

  it('reads an XLSX made with exceljs: a title row, numbers under 「金額（億円）」, merged 親 cells', async () => {
    const book = await readWorkbook(await seedWorkbook(), { file: '予算.xlsx' });
    if (!book.ok) assert.fail(JSON.stringify(book.issues));
    const sheet = book.sheets[0]!;
    assert.equal(sheet.sheet, '予算');
    assert.ok(sheet.merges!.length >= 3, 'the test sheet has merged 親 cells');
    const doc = ok(readBudgetTable(sheet));
    assert.equal(doc.title, seedJson.title);
    assertSameAsSeed(doc);
  });

  it('reads an XLSX saved by LibreOffice Calc (committed fixture) through readTableFile, picking the budget reader from the headers', async () => {
    const result = await readTableFile(bytes('test/fixtures/tables/pharma-budget.libreoffice.xlsx'), { file: 'pharma-budget.xlsx' });
    const doc = ok(result);
    assert.equal(doc.type, 'budget');
    assertSameAsSeed(doc as BudgetDocument);
  });

  it('finds a sheet by name and reports a missing one with the names there are', async () => {
    const file = await seedWorkbook();
    assertSameAsSeed(ok(await readTableFile(file, { sheet: '予算' })) as BudgetDocument);
    const missing = await readTableFile(file, { file: '予算.xlsx', sheet: 'シート9' });
    assert.ok(!missing.ok);
    assert.deepEqual(missing.issues.map((i) => [i.code, i.path, i.params.sheets]), [['table-sheet-missing', '予算.xlsx', '予算']]);
  });
});

describe('readBudgetTable: cells as Japanese sheets write them', () => {
  const yen = (rows: (string | number | null)[][]) => {
    const doc = ok(readBudgetTable(rows));
    return doc.items.map((i) => [i.id, i.amount, i.supplementary, i.previous, i.partOf, i.relistOf]);
  };

  it('reads full-width digits, 456,320 under 「金額（千円）」 and 1兆円 as 内数', () => {
    assert.deepEqual(
      yen([
        ['名称', '金額（千円）', '前年度（千円）', '内数'],
        ['甲', '４５６，３２０', 400000, ''],
        ['乙', '', '', '1兆円'],
        ['丙', '', '', '運営費交付金の内数'],
      ]),
      [
        ['row2', 456_320_000, undefined, 400_000_000, undefined, undefined],
        ['row3', undefined, undefined, undefined, { amount: 1e12 }, undefined],
        ['row4', undefined, undefined, undefined, { of: '運営費交付金' }, undefined],
      ],
    );
  });

  it('reads △ as minus (so a negative amount is an issue at its cell, not a silent positive)', () => {
    const r = readBudgetTable({ file: '予算.csv', rows: [['名称', '金額（億円）'], ['甲', '△1.2']] });
    assert.ok(!r.ok);
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [['amount-negative', '予算.csv B2']]);
  });

  it('finds columns by header in any order, English headers too, and 再掲元 by name', () => {
    const doc = ok(
      readBudgetTable([
        ['note', 'amount', 'name', 'id', 'relist of', 'parent'],
        ['', '18.0億円', 'PMDA', 'a', '', ''],
        ['', '18.0億円', 'PMDA (再掲)', 'b', 'PMDA', 'c'],
        ['', '', 'Pillar 3', 'c', '', ''],
      ]),
    );
    assert.deepEqual(doc.items.map((i) => [i.id, i.children.map((c) => [c.id, c.relistOf])]), [['a', []], ['c', [['b', 'a']]]]);
    assert.equal(summarizeBudget(doc).totals.amount.counted, 18 * OKU);
  });

  it('takes 「（単位：千円）」 above the header as the unit of bare numbers, and the first text as the title', () => {
    const doc = ok(readBudgetTable([['令和6年度 予算'], ['', '', '（単位：千円）'], ['名称', '金額', '補正'], ['甲', 456320, '1,000']]));
    assert.equal(doc.title, '令和6年度 予算');
    assert.deepEqual([doc.items[0]!.amount, doc.items[0]!.supplementary], [456_320_000, 1_000_000]);
  });
});
