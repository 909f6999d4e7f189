import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { readBudgetTable } from '../../src/data/table/budget-table.js';
import { readEffectTable } from '../../src/data/table/effect-table.js';
import { readOrganizationTable } from '../../src/data/table/organization-table.js';
import type { CellValue, SheetTable } from '../../src/data/table/sheet.js';
import { readWorkbook } from '../../src/data/table/xlsx.js';
import type { Issue } from '../../src/data/issues.js';
import { formatIssue } from '../../src/format/messages/index.js';

const sheet = (rows: CellValue[][]): SheetTable => ({ file: '予算.xlsx', sheet: 'シート1', rows });
const budgetHeader = ['ID', '親', '名称', '金額', '補正', '再掲元', '内数'];
const good = ['a', '', '柱1', '10億円', '', '', ''];

function messages(result: { ok: true } | { ok: false; issues: Issue[] }, locale: 'ja' | 'en' = 'ja'): string[] {
  assert.ok(!result.ok, 'the sheet is read as broken');
  return result.issues.map((i) => formatIssue(i, locale));
}

describe('broken sheets: each message names the cell', () => {
  it('1. an amount that cannot be read (D7), in ja and en', () => {
    const rows = [budgetHeader, good, ['b', 'a', '施策1', '1億円'], ['c', 'a', '施策2', '2億円'], ['d', '', '柱2', '3億円'], ['e', '', '柱3', '4億円'], ['f', '', '柱4', '49.1億']];
    const r = readBudgetTable(sheet(rows));
    assert.deepEqual(messages(r), ['予算.xlsx シート1 D7: 「49.1億」を金額として読めません']);
    assert.deepEqual(messages(r, 'en'), ['予算.xlsx シート1 D7: cannot read "49.1億" as an amount']);
    assert.ok(!r.ok);
    assert.deepEqual([r.issues[0]!.params.row, r.issues[0]!.params.column, r.issues[0]!.params.jsonPath], [7, 'D', 'items[3].amount']);
  });

  it('2. a 親 that names no row (B3)', () => {
    assert.deepEqual(messages(readBudgetTable(sheet([budgetHeader, good, ['b', 'x', '施策', '1億円']]))), [
      '予算.xlsx シート1 B3: 親「x」というIDや名称の行がありません',
    ]);
  });

  it('3. a repeated ID (A3)', () => {
    assert.deepEqual(messages(readBudgetTable(sheet([budgetHeader, good, ['a', '', '柱2', '1億円']]))), [
      '予算.xlsx シート1 A3: ID「a」が重複しています（最初は items[0]）',
    ]);
  });

  it('4. parents that go round in a circle: once, at its first row (B2)', () => {
    const r = readBudgetTable(sheet([budgetHeader, ['a', 'b', '甲', '1億円'], ['b', 'a', '乙', '1億円']]));
    assert.deepEqual(messages(r), ['予算.xlsx シート1 B2: 親をたどると元の行に戻ります（a → b → a）']);
  });

  it('5. a 再掲元 that names no item (F3)', () => {
    const r = readBudgetTable(sheet([budgetHeader, good, ['b', '', '再掲', '10億円', '', 'zz', '']]));
    assert.ok(!r.ok);
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [['relist-unknown', '予算.xlsx シート1 F3']]);
  });

  it('6. 補正 written as 内数 (E2), and an empty 名称 (C3)', () => {
    const r = readBudgetTable(sheet([budgetHeader, ['a', '', '柱1', '10億円', '1億円の内数', '', ''], ['b', '', '', '1億円']]));
    assert.ok(!r.ok);
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [
      ['part-of-not-allowed', '予算.xlsx シート1 E2'],
      ['empty-string', '予算.xlsx シート1 C3'],
    ]);
  });

  it('7. a column the reader does not know is not dropped in silence (H1)', () => {
    const r = readBudgetTable(sheet([[...budgetHeader, '担当課'], [...good, '医政局']]));
    assert.deepEqual(messages(r), ['予算.xlsx シート1 H1: 見出し「担当課」の列は読めません（見出しを直すか、列を削除してください）']);
  });

  it('8. an organisation with an unknown 種別 (C3) and a 役職 cell without 「：」 (D2)', () => {
    const r = readOrganizationTable({
      file: '体制.csv',
      rows: [['ID', '名称', '種別', '役職'], ['hq', '本部', '本部', '本部長'], ['c', '会議', '委員会', '']],
    });
    assert.ok(!r.ok);
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [
      ['table-role-unreadable', '体制.csv D2'],
      ['unknown-value', '体制.csv C3'],
    ]);
  });

  it('9. a link to a body that does not exist, on the links sheet (B3 of リンク)', () => {
    const r = readOrganizationTable(
      { file: '体制.xlsx', sheet: '組織', rows: [['ID', '名称', '種別'], ['hq', '本部', '本部'], ['amed', 'AMED', '法人']] },
      { links: { file: '体制.xlsx', sheet: 'リンク', rows: [['元', '先', '種類'], ['hq', 'amed', '連携'], ['hq', 'PMDA', '連携']] } },
    );
    assert.deepEqual(messages(r), ['体制.xlsx リンク B3: つながりの終点「PMDA」が見つかりません']);
  });

  it('10. an effect share over 100% (C3) and a category with no group above it (B2)', () => {
    const r = readEffectTable({ file: '効果.csv', rows: [['系列', '内訳', '値'], ['', '奏効', '10%'], ['A群', '', '176.4%']] });
    assert.ok(!r.ok);
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [
      ['table-category-without-group', '効果.csv B2'],
      ['effect-share-range', '効果.csv C3'],
    ]);
  });

  it('11. an error value in a real workbook cell (#DIV/0! in D3 of シート1)', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('シート1');
    ws.addRow(['ID', '名称', '備考', '金額（億円）']);
    ws.addRow(['a', '甲', '', 1]);
    ws.addRow(['b', '乙', '', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    const book = await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), { file: '予算.xlsx' });
    assert.ok(book.ok);
    assert.deepEqual(messages(readBudgetTable(book.sheets[0]!)), ['予算.xlsx シート1 D3: 「#DIV/0!」を金額として読めません']);
  });

  it('12. no header row at all', () => {
    assert.deepEqual(messages(readBudgetTable(sheet([['1', '2'], ['3', '4']]))), [
      '予算.xlsx シート1 1行: 見出しの行が見つかりません（name・名称などの列と、もう1つ以上の既知の列が必要です）',
    ]);
  });

  it('13. more text above the header than a title (A2), not dropped in silence', () => {
    assert.deepEqual(messages(readBudgetTable(sheet([['予算表'], ['作成：会計課'], budgetHeader, good]))), [
      '予算.xlsx シート1 A2: 見出しの上の「作成：会計課」は読めません（表題は1つ、ほかは「（単位：千円）」のみ）',
    ]);
  });
});
