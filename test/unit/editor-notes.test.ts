/**
 * `editorNotes`: how the source was read, kept as data. Parsed on budget and effect documents
 * (document, item and series level), listed in the table alternatives, never drawn.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildTreemapTable } from '../../src/charts/budget/table.js';
import { buildEffectTable } from '../../src/charts/effect/table.js';
import { renderDocumentSVG } from '../../src/cli/render-document.js';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { parseEffect } from '../../src/data/effect.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));
function ok<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) assert.fail(JSON.stringify(result.issues));
  return result.value;
}

describe('editorNotes in budget documents', () => {
  it('reads them on the document and on items, and reports a note that is not a string', () => {
    const doc = ok(
      parseBudget({
        type: 'budget',
        editorNotes: ['金額は見出しの順に対応させた。'],
        items: [{ id: 'a', name: 'A', amount: 1, editorNotes: ['推定'], children: [{ id: 'b', name: 'B', amount: 1 }] }],
      }),
    );
    assert.deepEqual(doc.editorNotes, ['金額は見出しの順に対応させた。']);
    assert.deepEqual(doc.items[0]!.editorNotes, ['推定']);
    assert.equal(doc.items[0]!.children[0]!.editorNotes, undefined);
    assert.deepEqual(doc.extra, {});
    const bad = parseBudget({ type: 'budget', items: [{ id: 'a', name: 'A', editorNotes: [1] }] });
    assert.ok(!bad.ok);
    assert.deepEqual(bad.issues.map((i) => `${i.code}@${i.path}`), ['wrong-type@items[0].editorNotes[0]']);
  });

  it('lists the seed’s notes in the table, marked 編集注, and keeps what the slide says in 備考', () => {
    const doc = ok(parseBudget(read('pharma-budget.json')));
    const table = buildTreemapTable({ summary: summarizeBudget(doc), locale: 'ja', caption: 'c', editorNotes: doc.editorNotes ?? [] });
    const p5 = table.rows.find((r) => r.id === 'p5-harmonisation')!;
    assert.equal(p5.notes, '1.3億円。［編集注］スライド下部の2つの金額（1.3億円、18.0億円（再掲））を見出しの順に対応させた。');
    assert.match(table.editorNotes[0]!, /^［編集注］柱の金額は「主な改訂内容」スライドの表記のまま/);
  });

  it('never draws them on the chart', () => {
    const input = read('pharma-budget.json');
    const result = renderDocumentSVG({ input, width: 800 });
    assert.ok(result.ok);
    assert.match(result.svg, /医薬品産業強化総合戦略/);
    assert.doesNotMatch(result.svg, /見出しの順に対応させた|表記のまま|編集注/);
  });
});

describe('the budget table says what is unknown and leaves out empty columns', () => {
  it('shows 記載なし (not 0円 / 0.0%) for items with no amount, and no 前年度 columns when no item has one', () => {
    const doc = ok(parseBudget(read('pharma-budget.json')));
    const table = buildTreemapTable({ summary: summarizeBudget(doc), locale: 'ja', caption: 'c' });
    assert.deepEqual(table.columns, ['番号', '項目', '区分', '記載額', '計上額（重複除く）', '全体比', '補正', '備考']);
    const p7 = table.rows.find((r) => r.id === 'p7')!;
    assert.deepEqual(p7.cells.slice(3, 6), ['—', '記載なし', '—']);
    assert.equal(table.totalRow.length, table.columns.length);
    const midnet = ok(parseBudget(read('midnet-budget.json')));
    const withPrevious = buildTreemapTable({ summary: summarizeBudget(midnet), locale: 'ja', caption: 'c' });
    assert.ok(withPrevious.columns.includes('前年度') && withPrevious.columns.includes('前年度比'));
  });
});

describe('editorNotes in effect documents', () => {
  it('reads them on the document and on series, lists them under the table, never draws them', () => {
    const doc = ok(
      parseEffect({
        type: 'effect',
        chart: 'magnitude',
        editorNotes: ['日数に換算した。'],
        series: [
          { label: 'A', value: 10, editorNotes: ['値は推定。'] },
          { label: 'B', value: 5 },
        ],
      }),
    );
    assert.deepEqual(doc.editorNotes, ['日数に換算した。']);
    assert.deepEqual(doc.series[0]!.editorNotes, ['値は推定。']);
    const table = buildEffectTable({ doc, locale: 'ja' });
    // The stated comparison first, as drawn; then the editor's notes.
    assert.deepEqual(table.notes, ['BはAの2分の1', '［編集注］日数に換算した。', '［編集注］A：値は推定。']);
  });

  it('keeps the reading of the distribution slide as editor notes, not as the chart’s text', () => {
    const input = read('effects/distribution.json');
    const doc = ok(parseEffect(input));
    assert.equal(doc.extra.provenance, undefined);
    assert.match(doc.editorNotes!.join(''), /進んでいない状況にある」と述べていることから/);
    const result = renderDocumentSVG({ input, width: 800 });
    assert.ok(result.ok);
    assert.doesNotMatch(result.svg, /と読んだ|と解した/);
  });
});
