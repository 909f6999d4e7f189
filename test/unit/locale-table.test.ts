// Words tables whose English half loads on first use (kit/locale-table.ts, docs/size.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeTable, provideEnglish } from '../../src/kit/locale-table.js';

test('a table reads its Japanese words at once and its English words once provided', () => {
  const table = localeTable({ close: '閉じる' });
  assert.equal(table.ja.close, '閉じる');
  assert.throws(() => table.en, /English words not loaded/);
  provideEnglish(table, { close: 'Close' });
  assert.equal(table.en.close, 'Close');
  assert.deepEqual(Object.keys(table), ['ja', 'en']);
});

test('the charts\' English words are complete once src/words-en.ts is loaded', async () => {
  const { ORG_UI, ORG_KIND_LABELS } = await import('../../src/charts/org/words.js');
  const { BUDGET_UI, BUDGET_NAMES } = await import('../../src/charts/budget/words.js');
  const { TREEMAP_TEXT } = await import('../../src/charts/budget/layout/words.js');
  const { ELEMENT_UI } = await import('../../src/kit/element/words.js');
  await import('../../src/words-en.js');
  for (const table of [ORG_UI, ORG_KIND_LABELS, BUDGET_UI, BUDGET_NAMES, TREEMAP_TEXT, ELEMENT_UI] as const) {
    assert.deepEqual(Object.keys(table.en).sort(), Object.keys(table.ja).sort());
  }
});
