// One test group per phase of the treemap layout (src/charts/budget/layout/*), each called on
// its own with a context made the way layoutTreemap makes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { layoutBars } from '../../src/charts/budget/layout/bars.js';
import { resolveForm } from '../../src/charts/budget/layout/form.js';
import { cellLabel } from '../../src/charts/budget/layout/cell-label.js';
import { changeTextOf, makeCell, mismatchOf, supplementaryRectOf } from '../../src/charts/budget/layout/cell.js';
import { changeToneOf } from '../../src/charts/budget/layout/change.js';
import { layoutChangeKey } from '../../src/charts/budget/layout/change-key.js';
import { describeFocus, makeCrumbs } from '../../src/charts/budget/layout/focus.js';
import { amountFormat, amountPhrases, chartAmountFormat, chooseAmountUnit, figurePhrases } from '../../src/charts/budget/layout/format.js';
import { fitLine } from '../../src/charts/budget/layout/labels.js';
import { scaleMeasure, treemapMetrics } from '../../src/charts/budget/layout/metrics.js';
import { makeRef, placeRefs } from '../../src/charts/budget/layout/refs.js';
import { describeSupplementary } from '../../src/charts/budget/layout/supplementary.js';
import { tileView } from '../../src/charts/budget/layout/tile.js';
import { foldTopItems, listTopItems } from '../../src/charts/budget/layout/top-items.js';
import type { TreemapContext } from '../../src/charts/budget/layout/types.js';
import { buildView } from '../../src/charts/budget/layout/view.js';
import { TREEMAP_TEXT } from '../../src/charts/budget/layout/words.js';
import { summarizeBudget, type BudgetSummary } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import type { BudgetDocument, Locale } from '../../src/data/types.js';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { formatPercent } from '../../src/format/number.js';
import { createApproxMeasure } from '../../src/kit/text.js';

function parse(file: string): BudgetDocument {
  const r = parseBudget(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
function load(file: string): BudgetSummary {
  return summarizeBudget(parse(file));
}
const pharmaDoc = parse('pharma-budget.json');
const pharma = summarizeBudget(pharmaDoc);
const midnet = load('midnet-budget.json');
const measure = createApproxMeasure(12);

function context(summary: BudgetSummary, extra: Partial<TreemapContext> & { fontSize?: number; locale?: Locale } = {}): TreemapContext {
  const locale = extra.locale ?? 'ja';
  const metrics = treemapMetrics(extra.fontSize);
  return {
    summary,
    locale,
    T: TREEMAP_TEXT[locale],
    metrics,
    measure: scaleMeasure(measure, metrics),
    withSupp: false,
    mode: 'amount',
    total: summary.totals.amount.counted,
    yen: chartAmountFormat(summary, locale),
    pct: (v) => formatPercent(v, { locale }),
    ...extra,
  };
}

describe('phase metrics', () => {
  it('scales every text-bound size with the font size, never below 12 px', () => {
    assert.deepEqual([treemapMetrics(12).header, treemapMetrics(12).refRow, treemapMetrics(12).lineHeight], [20, 20, 15]);
    const slide = treemapMetrics(18);
    assert.deepEqual([slide.fontSize, slide.header, slide.refRow, slide.lineHeight], [18, 30, 30, 23]);
    assert.equal(treemapMetrics(9).fontSize, 12);
    assert.equal(scaleMeasure(measure, slide)('あ'), measure('あ') * 1.5);
  });
});

describe('phase tile', () => {
  it('squarifies the view into the rectangle, pillars by counted money, headers kept for containers', () => {
    const view = buildView({ summary: pharma, focus: {}, supplementary: 'initial', area: 1000 * 600, minCellArea: 784 });
    const nodes = tileView({ view, width: 1000, height: 600, metrics: treemapMetrics(12) });
    const p1 = nodes.find((n) => n.data.key === 'p1')!;
    assert.ok(nodes.filter((n) => n.depth === 1).every((n) => n.x0 >= 0 && n.x1 <= 1000 && n.y0 >= 0 && n.y1 <= 600));
    const child = nodes.find((n) => n.parent === p1)!;
    assert.ok(child.y0 >= p1.y0 + 20, 'a container keeps its header band');
    assert.ok(Math.abs(((p1.x1 - p1.x0) * (p1.y1 - p1.y0)) / 600_000 - 49.1 / 82.2) < 0.03);
  });
});

describe('phase refs', () => {
  it('makes a 再掲 mark that leads to its original, and places marks with a +N when out of room', () => {
    const ctx = context(pharma);
    const s = pharma.items.get('p5-training')!;
    const ref = makeRef(ctx, 'relist', s);
    assert.equal(ref.figure, '再掲 18.0億円');
    assert.equal(ref.originalId, 'p2-pmda');
    const many = Array.from({ length: 6 }, () => ref).map((r, i) => ({ ...r, key: `${r.key}${i}` }));
    const placed = placeRefs(ctx, many, { x: 0, y: 0, width: 300, height: 20 }, { id: 'p5' });
    assert.ok(placed.hidden > 0);
    const last = placed.refs.at(-1)!;
    assert.equal(last.kind, 'more');
    assert.equal(last.text, `+${placed.hidden}件`);
    assert.ok(placed.refs.every((r) => r.x + r.width <= 300));
  });
});

describe('phase cell', () => {
  it('states a mismatch, a change and a 補正 strip in proportion', () => {
    const withSupp = context(pharma, { withSupp: true });
    assert.equal(mismatchOf(context(pharma), pharma.items.get('p2')!), undefined);
    assert.match(mismatchOf(withSupp, pharma.items.get('p2')!)?.text ?? '', /補正の記載額 1\.3億円 と内訳の補正の計 4\.2億円/u);
    const change = context(midnet, { mode: 'change' });
    assert.equal(changeTextOf(change, 'item', midnet.items.get('midnet')!.change), '前年度比 ▲1.7736億円');
    assert.equal(changeTextOf(change, 'item', undefined), '前年度の記載なし');
    assert.deepEqual(supplementaryRectOf({ x: 0, y: 0, width: 100, height: 50 }, 25, 100), { x: 75, y: 0, width: 25, height: 50 });
    assert.deepEqual(supplementaryRectOf({ x: 0, y: 0, width: 50, height: 100 }, 25, 100), { x: 0, y: 75, width: 50, height: 25 });
  });

  it('makes a drawn cell with its figures, drill target and tone', () => {
    const ctx = context(midnet, { mode: 'change' });
    const view = buildView({ summary: midnet, focus: {}, supplementary: 'initial', area: 800 * 400, minCellArea: 784 });
    const cells = tileView({ view, width: 800, height: 400, metrics: ctx.metrics }).map((n) => makeCell(ctx, n));
    const m = cells.find((c) => c.key === 'midnet')!;
    assert.equal(m.changeTone, 'down-3');
    assert.equal(m.amountText, '4.5632億円');
    assert.equal(m.shareText, '86.7%');
    assert.equal(m.changeText, '前年度比 ▲1.7736億円');
  });

  it('wraps a container header where its height leaves room, the amount whole; cuts the name only on one line', () => {
    const ctx = context(pharma);
    const name = pharma.items.get('p4')!.name;
    const input = { kind: 'item' as const, container: true, name, amount: 250_000_000, shareText: '3.0%', extraFigures: [] };
    // 100 px high: room for a second line, so the whole name and amount show (issue 9: no … where there is room).
    const tall = cellLabel(ctx, { ...input, rect: { x: 0, y: 0, width: 150, height: 100 } });
    assert.ok(tall);
    assert.equal(tall.clipped, false);
    assert.ok(tall.lines.length > 1);
    assert.equal(tall.lines.join('').replaceAll('\u3000', ''), `${name}2.5億円`);
    assert.match(tall.lines.at(-1)!, /2\.5億円$/u);
    for (const line of tall.lines) assert.ok(measure(line) <= 141, `「${line}」 wider than the cell`);
    // 40 px high: one line only, the name cut before the whole amount; the full text is kept.
    const low = cellLabel(ctx, { ...input, rect: { x: 0, y: 0, width: 150, height: 40 } });
    assert.ok(low);
    assert.equal(low.lines.length, 1);
    assert.match(low.lines[0]!, /…\u30002\.5億円$/u);
    assert.ok(measure(low.lines[0]!) <= 142);
    assert.equal(low.fullText, `${name}\u30002.5億円`);
  });
});

describe('phase top-items and focus', () => {
  it('lists every pillar with its slide figure and reconciles 118.5 − 36.3 = 82.2億円', () => {
    const { topItems, reconcileText } = listTopItems(context(pharma));
    assert.equal(topItems.length, 7);
    assert.equal(topItems[2]!.relistText, 'うち再掲 18.0億円 → 計上 0.4億円');
    assert.equal(reconcileText, '記載額の計 118.5億円 − うち再掲 36.3億円 = 計上額 82.2億円');
  });

  it('gives the trail to the focus and its 一部再掲 note', () => {
    assert.deepEqual(makeCrumbs({ summary: pharma, focusId: 'p3', locale: 'ja' }).map((c) => c.name), ['予算全体', pharma.items.get('p3')!.name]);
    const focus = describeFocus(context(pharma), 'p3');
    assert.equal(focus.viewTotal, 40_000_000);
    assert.match(focus.focusNotes[0]!, /一部再掲/u);
  });
});

describe('phase supplementary', () => {
  it('states the hatched sum, and the declared sum beside it in words when they differ', () => {
    const ctx = context(pharma, { withSupp: true });
    const cells = [
      { container: false, supplementary: 420_000_000 },
      { container: true, supplementary: 130_000_000 },
      { container: false, supplementary: 420_000_000 },
      { container: false, supplementary: 180_000_000 },
    ] as never;
    const r = describeSupplementary(ctx, { cells, declared: 730_000_000, focusId: undefined });
    assert.equal(r.text, '補正 10.2億円（斜線の計、当初とは別枠）');
    assert.match(r.mismatch?.text ?? '', /^補正の記載額の計 7\.3億円 と斜線（内訳の補正）の計 10\.2億円 が一致しません。「薬事規制改革等/u);
    assert.deepEqual(describeSupplementary(ctx, { cells: [{ container: false, supplementary: 730_000_000 }] as never, declared: 730_000_000, focusId: undefined }), {
      text: '補正 7.3億円（当初とは別枠）',
    });
  });
});

describe('phase change', () => {
  it('tones a change by direction and size (5% and 20% steps), none without a previous figure', () => {
    const c = (previous: number, current: number) => ({ previous, current, difference: current - previous });
    assert.equal(changeToneOf(c(100, 103)), 'up-1');
    assert.equal(changeToneOf(c(100, 110)), 'up-2');
    assert.equal(changeToneOf(c(100, 150)), 'up-3');
    assert.equal(changeToneOf(c(100, 90)), 'down-2');
    assert.equal(changeToneOf(c(100, 100)), 'same');
    assert.equal(changeToneOf(undefined), 'none');
  });

  it('lays out a key of the tones shown, in scale order, inside the width', () => {
    const key = layoutChangeKey(context(midnet), { top: 100, width: 360, tones: new Set(['none', 'down-3', 'up-1'] as const) });
    assert.ok(key);
    assert.deepEqual(key.swatches.map((s) => s.text), ['▲20%以上', '+5%未満', '前年度の記載なし']);
    assert.ok(key.swatches.every((s) => s.textX + measure(s.text) <= 360 + 1));
  });
});

describe('phase format', () => {
  it('chooses one unit per chart from its amounts', () => {
    assert.equal(chooseAmountUnit(pharma, 'ja'), '億円-tenths');
    assert.equal(chooseAmountUnit(midnet, 'ja'), '億円');
    assert.equal(chooseAmountUnit(midnet, 'en'), 'million');
    assert.equal(amountFormat('万円', 'ja')(49_990_000), '4,999万円');
    assert.equal(amountFormat('億円', 'ja')(456_320_000), '4.5632億円');
    assert.equal(amountFormat('億円', 'ja')(70_000_000), '0.7億円');
    assert.equal(amountFormat('million', 'en')(70_000_000), '¥70 million');
  });

  it('cuts a line by character, keeping every one that fits', () => {
    const line = fitLine({ text: '日本発のシーズが生まれる研究開発環境の改善', width: 12 * 8, measure })!;
    assert.equal(line, '日本発のシーズ…');
    assert.equal(fitLine({ text: '短い', width: 100, measure }), '短い');
  });
});

describe('phase bars', () => {
  it('draws a flat budget of a few items as bars (auto), a nested one as a treemap', () => {
    assert.equal(resolveForm('auto', midnet), 'bars');
    assert.equal(resolveForm('auto', pharma), 'treemap');
    assert.equal(resolveForm('bars', pharma), 'bars');
  });

  it('gives each item a row, bars in proportion, names and figures inside the width', () => {
    const ctx = context(midnet);
    const { cells, height } = layoutBars(ctx, { focusId: undefined, width: 800 });
    assert.deepEqual(cells.map((c) => c.id), ['midnet', 'cin']);
    const [a, b] = cells as [(typeof cells)[0], (typeof cells)[0]];
    assert.ok(Math.abs(b.bar!.width / a.bar!.width - 0.7 / 4.5632) < 0.01);
    assert.equal(height, b.y + b.height);
    for (const c of cells) {
      assert.ok(c.figureLabel!.x + Math.max(...c.figureLabel!.lines.map((l) => measure(l))) <= 800);
      assert.ok(c.label!.lines.every((l) => measure(l) <= c.bar!.x));
    }
  });

  it('on a phone puts each name above its bar, so the bars use the width (issue 9: 75 px bars at 360)', () => {
    const ctx = context(midnet);
    const { cells } = layoutBars(ctx, { focusId: undefined, width: 360 });
    const [a, b] = cells as [(typeof cells)[0], (typeof cells)[0]];
    assert.equal(a.bar!.x, 0);
    assert.ok(a.bar!.width >= 180, `largest bar ${a.bar!.width} px`);
    assert.ok(Math.abs(b.bar!.width / a.bar!.width - 0.7 / 4.5632) < 0.01);
    for (const c of cells) {
      // The name's lines end above the bar; the figures fit after it.
      const nameBottom = c.label!.y + (c.label!.lines.length - 1) * c.label!.lineHeight;
      assert.ok(nameBottom <= c.bar!.y, `${c.id}: name over its bar`);
      assert.ok(c.label!.lines.every((l) => measure(l) <= 360));
      assert.ok(c.figureLabel!.x + Math.max(...c.figureLabel!.lines.map((l) => measure(l))) <= 360);
      assert.ok(c.bar!.y + c.bar!.height <= c.y + c.height);
    }
  });
});

describe('phase top-items: folding and kept phrases', () => {
  it('folds the list behind its count where most items would wrap (a phone), not on a page', () => {
    const ctx = context(pharma);
    const { topItems } = listTopItems(ctx);
    // Every pillar labelled in the drawing: the whole list folds behind its count.
    const labelled = topItems.map((t) => ({ level: 1 as const, id: t.id, label: {} as never }));
    assert.deepEqual(foldTopItems(ctx, topItems, 360, labelled), { summary: '全7項目の記載額（スライドの金額）', shown: [] });
    assert.equal(foldTopItems(ctx, topItems, 800), undefined);
    assert.equal(foldTopItems(ctx, topItems.slice(0, 3), 200), undefined);
  });

  it('keeps shown, above the fold, the items the drawing names nowhere (pillar 3 a sliver, pillar 7 no amount)', () => {
    const layout = layoutTreemap({ doc: pharmaDoc, summary: pharma, width: 360, height: 450, measure });
    assert.equal(layout.topItemsFolded, 'ほか5項目の記載額（スライドの金額）');
    assert.deepEqual(layout.topItemsUnfolded, ['p3', 'p7']);
    // Every other pillar has a labelled cell.
    for (const id of ['p1', 'p2', 'p4', 'p5', 'p6']) assert.ok(layout.cells.some((c) => c.level === 1 && c.id === id && c.label), id);
    assert.equal(layoutTreemap({ doc: pharmaDoc, summary: pharma, width: 800, height: 450, measure }).topItemsFolded, undefined);
  });

  it('names the amount phrases the header keeps whole', () => {
    const { topItems, reconcileKeep } = listTopItems(context(pharma));
    assert.deepEqual(topItems[2]!.relistKeep, ['うち再掲 18.0億円', '計上 0.4億円']);
    assert.deepEqual(reconcileKeep, ['記載額の計 118.5億円', 'うち再掲 36.3億円', '計上額 82.2億円']);
    assert.deepEqual(figurePhrases('of which re-listed ¥1.8 billion → counted ¥0.04 billion', ['¥1.8 billion', '¥0.04 billion']), ['re-listed ¥1.8 billion', 'counted ¥0.04 billion']);
    // Other header lines: every amount with the word before it.
    assert.deepEqual(amountPhrases('補正の記載額の計 7.3億円 と斜線（内訳の補正）の計 10.2億円 が一致しません。「薬事」は補正 1.3億円 と記載'), [
      '補正の記載額の計 7.3億円',
      '計 10.2億円',
      '補正 1.3億円',
    ]);
    assert.deepEqual(amountPhrases('「薬事規制改革等を通じたコスト低減と効率性向上」は補正 1.3億円 と記載'), ['補正 1.3億円']);
    // A long label is not held to its amount (it would not fit a phone's line): the amount alone.
    assert.deepEqual(amountPhrases('医薬品産業強化総合戦略の予算額 82.2億円'), ['82.2億円']);
    assert.deepEqual(amountPhrases('表示中: がんゲノム医療 20.0億円（全体の24.3%）、前年度比 ▲1.7736億円、5兆3,712億円'), ['がんゲノム医療 20.0億円', '前年度比 ▲1.7736億円', '5兆3,712億円']);
  });
});
