// Words tables whose English half loads on first use (kit/locale-table.ts, docs/size.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasEnglish, localeTable, provideEnglish } from '../../src/kit/locale-table.js';

test('a table reads its Japanese words at once and its English words once provided', () => {
  const table = localeTable({ close: '閉じる' });
  assert.equal(table.ja.close, '閉じる');
  assert.throws(() => table.en, /English words not loaded/);
  assert.equal(hasEnglish(table), false);
  provideEnglish(table, { close: 'Close' });
  assert.equal(hasEnglish(table), true);
  assert.equal(table.en.close, 'Close');
  assert.deepEqual(Object.keys(table), ['ja', 'en']);
});

test('the charts\' English words are complete once src/words-en.ts is loaded', async () => {
  const { ORG_UI, ORG_KIND_LABELS } = await import('../../src/charts/org/words.js');
  const { BUDGET_UI, BUDGET_NAMES } = await import('../../src/charts/budget/words.js');
  const { TREEMAP_TEXT } = await import('../../src/charts/budget/layout/words.js');
  const { ELEMENT_UI } = await import('../../src/kit/element/words.js');
  const effect = await import('../../src/charts/effect/words.js');
  await import('../../src/words-en.js');
  const tables = [ORG_UI, ORG_KIND_LABELS, BUDGET_UI, BUDGET_NAMES, TREEMAP_TEXT, ELEMENT_UI, effect.EFFECT_UI, effect.PROPORTIONS_WORDS, effect.CHANGE_WORDS, effect.MAGNITUDE_WORDS, effect.EFFECT_NAMES, effect.EFFECT_COMPARE_WORDS];
  for (const table of tables) {
    assert.deepEqual(Object.keys(table.en).sort(), Object.keys(table.ja).sort());
  }
});

test('`policy-charts` itself lays out in English and draws a flat budget of a few items as bars, with nothing to load first', async () => {
  const api = await import('../../src/index.js');
  const parsed = api.parseBudget({ type: 'budget', title: 'T', unit: '億円', items: [{ id: 'a', name: 'A', amount: 3 }, { id: 'b', name: 'B', amount: 1 }] });
  assert.ok(parsed.ok);
  const doc = parsed.value;
  const layout = api.layoutTreemap({ doc, summary: api.summarizeBudget(doc), width: 800, height: 400, measure: (t: string) => t.length * 7, locale: 'en' });
  assert.equal(layout.form, 'bars');
  assert.match(layout.totalText, /^Total /);
});
