import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeTreemap, describeTreemapCell, describeTreemapRef } from '../../src/charts/budget/describe.js';
import { buildTreemapTable } from '../../src/charts/budget/table.js';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import type { BudgetDocument } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { layoutTreemap, type LayoutTreemapOptions, type TreemapCell } from '../../src/charts/budget/layout/index.js';
import { renderTreemapSvg } from '../../src/charts/budget/render.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import { budgetLazy } from '../../src/charts/budget/index.js';
// English layouts and names need the English words (loaded on first use in the browser).
import '../../src/words-en.js';

// Change mode's key comes with the chart's lazy chunk (layout/later.ts).
await budgetLazy.load();

const measure = createApproxMeasure(12);

function load(file: string): BudgetDocument {
  const r = parseBudget(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function lay(doc: BudgetDocument, extra: Partial<LayoutTreemapOptions> = {}) {
  return layoutTreemap({ doc, summary: summarizeBudget(doc), width: 1000, height: 600, measure, ...extra });
}

const pharma = load('pharma-budget.json');
const cell = (cells: readonly TreemapCell[], key: string) => {
  const c = cells.find((x) => x.key === key);
  assert.ok(c, `no cell ${key}`);
  return c;
};
const area = (c: { width: number; height: number }) => c.width * c.height;

describe('layoutTreemap on the seed budget (医薬品産業強化総合戦略, slide 1 figures)', () => {
  // Counted by hand from the slides: 49.1 + 23.1 + (18.4 − 18.0 再掲) + (2.8 − 0.3 再掲)
  // + (19.3 − 18.0 再掲) + 5.8 = 82.2億円; 補正 4.2 + 1.3 + 1.8 = 7.3億円.
  it('states the total without 再掲 and 内数, and 補正 apart', () => {
    const initial = lay(pharma);
    assert.equal(initial.total, 8_220_000_000);
    assert.equal(initial.totalText, '合計 82.2億円（再掲・内数を除く）');
    assert.equal(initial.supplementaryTotalText, undefined);
    const withSupp = lay(pharma, { supplementary: 'with-supplementary' });
    assert.equal(withSupp.total, 8_220_000_000, '補正 is never folded into the initial total');
    // The header states what the hatched areas add up to (4.2 + 4.2 + 1.8), and the 7.3 the
    // pillars declare beside it in words, naming the pillar whose item carries more.
    assert.equal(withSupp.supplementaryTotalText, '補正 10.2億円（斜線の計、当初とは別枠）');
    assert.equal(
      withSupp.focusMismatch?.text,
      '補正の記載額の計 7.3億円 と斜線（内訳の補正）の計 10.2億円 が一致しません。「薬事規制改革等を通じたコスト低減と効率性向上」は補正 1.3億円 と記載、内訳の補正の計は 4.2億円。',
    );
  });

  it('makes the header\'s 補正 the sum of the hatched areas, at every width and focus', () => {
    const yenOf = (text: string | undefined) => {
      const m = /補正 ([\d.]+)億円/u.exec(text ?? '');
      assert.ok(m, text);
      return Math.round(Number(m[1]) * 1e8);
    };
    for (const width of [360, 800, 1280]) {
      for (const focusId of [undefined, 'p1', 'p2']) {
        const layout = lay(pharma, { width, supplementary: 'with-supplementary', ...(focusId ? { focusId } : {}) });
        const hatched = layout.cells.filter((c) => !c.container).reduce((sum, c) => sum + c.supplementary, 0);
        assert.equal(yenOf(layout.supplementaryTotalText), hatched, `${focusId ?? 'whole'} at ${width}`);
        // Every leaf with 補正 draws it: a hatched strip, or the whole cell for unallocated 補正.
        for (const c of layout.cells) if (!c.container && c.supplementary > 0) assert.ok(c.supplementaryRect || c.kind === 'supplementary', c.key);
      }
    }
    // Pillar 1 agrees with its items: no sentence.
    assert.equal(lay(pharma, { focusId: 'p1', supplementary: 'with-supplementary' }).focusMismatch, undefined);
    assert.match(lay(pharma, { focusId: 'p2', supplementary: 'with-supplementary' }).focusMismatch?.text ?? '', /補正の記載額の計 1\.3億円 と斜線（内訳の補正）の計 4\.2億円 が一致しません/u);
  });

  it('sizes pillars by counted money', () => {
    const { cells } = lay(pharma);
    const level1 = cells.filter((c) => c.level === 1);
    const drawn = level1.reduce((s, c) => s + area(c), 0);
    // p1 is 49.1 of 82.2 (59.7%); padding and rounding move it by well under 2 points.
    assert.ok(Math.abs(area(cell(cells, 'p1')) / drawn - 49.1 / 82.2) < 0.02);
    assert.ok(Math.abs(area(cell(cells, 'p2')) / drawn - 23.1 / 82.2) < 0.02);
    assert.equal(cell(cells, 'p1').amountText, '49.1億円');
    assert.equal(cell(cells, 'p1').shareText, '59.7%');
    // p3 declares 18.4億円, of which 18.0億円 is re-listed: 0.4億円 of new money.
    assert.equal(cell(cells, 'p3').counted, 40_000_000);
    assert.match(describeTreemapCell({ summary: summarizeBudget(pharma), locale: 'ja' }, cell(cells, 'p3')), /一部再掲（記載額 18\.4億円 のうち 18\.0億円 は他の項目で計上）/);
  });

  it('gives 再掲 and 内数 items no area, and lists them as marks in their parent', () => {
    const { cells } = lay(pharma);
    for (const id of ['p1-ai', 'p5-training', 'p4-biosimilar', 'p3-production-rules']) {
      assert.equal(cells.find((c) => c.id === id && c.kind === 'item'), undefined, `${id} has a cell`);
    }
    // p5 is small at this size: its mark is either drawn or counted in a "+1件" mark that opens p5.
    const mark = cell(cells, 'p5').refs[0];
    assert.ok(mark && (mark.id === 'p5-training' || (mark.kind === 'more' && mark.text === '+1件' && mark.drill?.id === 'p5')));
    const relist = lay(pharma, { focusId: 'p5' }).rootRefs.find((r) => r.id === 'p5-training');
    assert.ok(relist, 'p5-training is a mark when p5 is shown');
    assert.equal(relist.kind, 'relist');
    assert.equal(relist.originalId, 'p2-pmda');
    assert.match(relist.text, /再掲 18\.0億円$/);
    assert.match(describeTreemapRef({ summary: summarizeBudget(pharma), locale: 'ja' }, relist), /再掲（計上先: 規制改革のためのＰMDAの審査の質の向上）/);
    const partOf = cell(cells, 'p1').refs.find((r) => r.id === 'p1-ai');
    assert.ok(partOf);
    assert.match(partOf.text, /13\.5億円の内数$/);
  });

  it('flags a declared total that disagrees with its parts, with both figures', () => {
    const p3 = cell(lay(pharma).cells, 'p3');
    // 18.4億円 declared; children: 18.0 (再掲) + 0.3 = 18.3億円.
    assert.equal(p3.mismatch?.text, '記載額 18.4億円 と内訳の計 18.3億円 が一致しません');
    // Drilled into p3, the header says it too.
    const inside = lay(pharma, { focusId: 'p3' });
    assert.equal(inside.focusMismatch?.text, '記載額 18.4億円 と内訳の計 18.3億円 が一致しません');
    assert.deepEqual(inside.focusNotes, ['一部再掲（記載額 18.4億円 のうち 18.0億円 は他の項目で計上）']);
  });

  it('draws money a parent declares but does not break down as such', () => {
    const { cells } = lay(pharma);
    const rest = cell(cells, 'unitemised:p6');
    assert.equal(rest.kind, 'unitemised');
    assert.equal(rest.counted, 580_000_000);
    assert.equal(rest.name, '内訳の記載なし');
  });

  it('lists items without any figure, never dropping them', () => {
    const layout = lay(pharma);
    const p7 = layout.rootRefs.find((r) => r.id === 'p7');
    assert.ok(p7, 'p7 (no figure) is listed under the chart');
    assert.match(p7.text, /金額の記載なし$/);
  });

  it('hatches 補正 beside the initial amount, in proportion', () => {
    const genome = cell(lay(pharma, { focusId: 'p1', supplementary: 'with-supplementary' }).cells, 'p1-genome');
    assert.ok(genome.supplementaryRect);
    // 4.2 of 20.0 + 4.2: 17.4% of the cell; rounding to whole px moves it a little.
    assert.ok(Math.abs(area(genome.supplementaryRect) / area(genome) - 4.2 / 24.2) < 0.01);
    assert.equal(genome.supplementaryText, '補正 4.2億円');
    assert.equal(genome.counted, 2_000_000_000);
  });

  it('flags 補正 that disagrees with its items when 補正 is shown', () => {
    // Slide 1 gives pillar 2 補正 1.3億円; its item リアルワールドデータの利活用推進 carries 4.2億円.
    const p2 = (s: 'initial' | 'with-supplementary') => cell(lay(pharma, { supplementary: s }).cells, 'p2');
    assert.equal(p2('initial').mismatch, undefined);
    assert.equal(p2('with-supplementary').mismatch?.text, '補正の記載額 1.3億円 と内訳の補正の計 4.2億円 が一致しません');
  });

  it('drills into a pillar with breadcrumbs', () => {
    const layout = lay(pharma, { focusId: 'p1' });
    assert.deepEqual(
      layout.breadcrumbs.map((c) => c.name),
      ['予算全体', '日本発のシーズが生まれる研究開発環境の改善'],
    );
    assert.deepEqual(
      layout.cells.filter((c) => c.level === 1).map((c) => c.key),
      ['p1-database', 'p1-genome', 'p1-trial-registry'],
    );
    assert.deepEqual(layout.rootRefs.map((r) => r.id), ['p1-ai']);
  });

  it('keeps every label inside its cell', () => {
    for (const width of [1200, 360]) {
      const { cells } = lay(pharma, { width, height: width > 600 ? 640 : 450 });
      for (const c of cells) {
        if (!c.label) continue;
        const lines = c.label.lines;
        for (const line of lines) assert.ok(measure(line) <= c.width - 7, `${c.key}: 「${line}」 wider than ${c.width}`);
        const bottom = c.label.y + (lines.length - 1) * c.label.lineHeight;
        assert.ok(bottom <= c.y + (c.container ? 20 + (lines.length - 1) * c.label.lineHeight : c.height), `${c.key}: label below the cell`);
        // A wrapped header's band holds its lines: the items inside start below the last.
        for (const child of cells.filter((k) => k.parentKey === c.key)) assert.ok(child.y >= bottom + 3, `${child.key} under ${c.key}'s header`);
      }
    }
  });

  it('speaks English', () => {
    const layout = lay(pharma, { locale: 'en', supplementary: 'with-supplementary' });
    assert.equal(layout.totalText, 'Total ¥8.22 billion (excluding re-listed and part-of items)');
    assert.equal(layout.supplementaryTotalText, 'Supplementary ¥1.02 billion (sum of the hatched areas; separate from the initial budget)');
    // One scale for the chart (billion, from its largest amount), never ¥730 million beside ¥1.02 billion.
    assert.match(layout.focusMismatch?.text ?? '', /^The declared supplementary figures add up to ¥0\.73 billion, the hatched areas \(their items' supplementary\) to ¥1\.02 billion\. "/u);
  });
});

describe('buildTreemapTable on the seed budget', () => {
  const summary = summarizeBudget(pharma);
  const table = buildTreemapTable({ summary, locale: 'ja', caption: '医薬品産業強化総合戦略' });
  const row = (id: string) => table.rows.find((r) => r.id === id)!;

  it('lists every item, re-listed and part-of ones included, with the figures the cells give', () => {
    assert.equal(table.rows.length, 26);
    const { cells } = lay(pharma);
    for (const id of ['p1', 'p2', 'p3', 'p6']) {
      assert.equal(row(id).counted, cell(cells, id).amountText, id);
      assert.equal(row(id).share, cell(cells, id).shareText, id);
    }
    assert.deepEqual([row('p3').declared, row('p3').counted, row('p3').status], ['18.4億円', '0.4億円', '一部再掲']);
    assert.match(row('p3').notes, /当初: 記載額 18\.4億円 と内訳の計 18\.3億円 が一致しません/);
    assert.deepEqual([row('p5-training').counted, row('p5-training').status], ['0円', '再掲（計上先: 規制改革のためのＰMDAの審査の質の向上）']);
    assert.deepEqual([row('p1-ai').declared, row('p1-ai').status], ['—', '内数（13.5億円の内数）']);
    assert.equal(row('p1-genome').supplementary, '4.2億円');
    assert.equal(row('p1-genome').number, '1-1');
    assert.equal(table.totalRow[4], '82.2億円');
  });
});

describe('layoutTreemap, year on year (MID-NET)', () => {
  const midnet = load('midnet-budget.json');
  it('shows the change where items carry a previous amount', () => {
    const { cells, totalText } = lay(midnet, { mode: 'change' });
    // 456,320千円 + 0.7億円 = 5.2632億円: one unit for the whole chart (億円, as the 0.7億円 item).
    assert.equal(totalText, '合計 5.2632億円（再掲・内数を除く）');
    assert.equal(cell(cells, 'midnet').amountText, '4.5632億円');
    assert.equal(cell(cells, 'cin').amountText, '0.7億円');
    // 456,320 − 633,676 = −177,356千円: written with the slides' ▲ minus, in the same unit.
    assert.equal(cell(cells, 'midnet').changeText, '前年度比 ▲1.7736億円');
    assert.equal(cell(cells, 'cin').changeText, '前年度の記載なし', 'the slide gives no previous figure for CIN');
    assert.equal(cell(lay(midnet).cells, 'midnet').changeText, undefined, 'amount mode shows no change');
  });
});

describe('layoutTreemap with 50,000 leaves', () => {
  const raw = generateBudget({ leaves: 50_000, seed: 7 });
  const parsed = parseBudget(raw);
  if (!parsed.ok) throw new Error('generated budget does not parse');
  const doc = parsed.value;
  const summary = summarizeBudget(doc);

  it('draws only what can be seen, gathering the rest into labelled others cells', () => {
    const layout = layoutTreemap({ doc, summary, width: 1000, height: 600, measure });
    assert.ok(layout.cells.length < 1000, `${layout.cells.length} cells`);
    const others = layout.cells.filter((c) => c.kind === 'others');
    assert.ok(others.length > 0);
    for (const o of others) {
      assert.ok((o.othersCount ?? 0) >= 2);
      assert.equal(o.name, `他${o.othersCount}件`);
    }
    // Every counted yen of the budget is in some level-1 cell.
    const level1 = layout.cells.filter((c) => c.level === 1).reduce((s, c) => s + c.counted, 0);
    assert.equal(level1, summary.totals.amount.counted);
  });

  it('reaches gathered items by drilling into the others cell', () => {
    const layout = layoutTreemap({ doc, summary, width: 1000, height: 600, measure });
    const others = layout.cells.find((c) => c.kind === 'others' && c.level === 2)!;
    assert.ok(others.drill);
    const inner = layoutTreemap({ doc, summary, width: 1000, height: 600, measure, focusId: others.drill.id, focusOffset: others.drill.offset });
    const shown = inner.cells.filter((c) => c.level === 1).reduce((s, c) => s + c.counted, 0);
    assert.equal(shown, others.counted, 'the others view holds exactly the gathered money');
    assert.equal(inner.breadcrumbs.at(-1)!.name, others.name);
  });

  it('lists every item in the table', () => {
    const table = buildTreemapTable({ summary, locale: 'ja', caption: 't' });
    assert.equal(table.rows.length, summary.order.length);
    assert.ok(table.rows.length > 50_000);
  });
});

describe('renderTreemapSvg on the server (@lit-labs/ssr)', () => {
  it('renders the tree with names, labels and no DOM access', async () => {
    const layout = lay(pharma, { width: 800, height: 500 });
    const names = describeTreemap({ summary: summarizeBudget(pharma), layout, locale: 'ja' });
    const out = await collectResult(render(renderTreemapSvg({ layout, locale: 'ja', label: '医薬品産業強化総合戦略', names })));
    assert.match(out, /<svg[^>]*role="tree"/);
    assert.match(out, /role="treeitem"[^>]*data-key="p1"/);
    assert.ok(out.includes('aria-label="日本発のシーズが生まれる研究開発環境の改善、49.1億円、全体の59.7%'));
    assert.ok(out.includes('28.1億円（34.2%）'), 'a drawn label');
    assert.ok(!out.includes('<title'), 'no <title> bindings');
  });
});

describe('layoutTreemap type size', () => {
  const sizes = (l: ReturnType<typeof lay>) => [
    ...l.cells.flatMap((c) => (c.label ? [c.label.fontSize] : [])),
    ...(l.rootRefs.length > 0 || l.cells.some((c) => c.refs.length > 0) ? [l.fontSize] : []),
  ];
  it('draws labels and reference chips at the given size at every width, never under 12 px', () => {
    for (const width of [360, 800, 1280]) {
      const page = lay(pharma, { width });
      assert.equal(page.fontSize, 12);
      assert.deepEqual([...new Set(sizes(page))], [12], `${width} px`);
    }
    const slide = lay(pharma, { width: 1888, height: 700, fontSize: 18 });
    assert.deepEqual([...new Set(sizes(slide))], [18]);
    assert.equal(lay(pharma, { fontSize: 8 }).fontSize, 12);
  });

  it('makes reference rows taller with the type, so a chip holds its text', () => {
    const slide = lay(pharma, { width: 1888, height: 700, fontSize: 18 });
    for (const r of [...slide.rootRefs, ...slide.cells.flatMap((c) => c.refs)]) assert.ok(r.height >= 18 + 6, `${r.text}: ${r.height}`);
  });
});

describe('layoutTreemap reconciles with the slide', () => {
  it('states the declared sum, the re-listed amount and the counted total: 118.5 − 36.3 = 82.2億円', () => {
    const l = lay(pharma);
    assert.equal(l.reconcileText, '記載額の計 118.5億円 − うち再掲 36.3億円 = 計上額 82.2億円');
    assert.equal(lay(pharma, { focusId: 'p1' }).reconcileText, undefined);
  });

  it('lists every top-level item with its slide figure and its re-listed part, reachable one level down', () => {
    const l = lay(pharma);
    assert.deepEqual(
      l.topItems.map((t) => [t.number, t.declaredText, t.relistText ?? '', t.drill?.id ?? '']),
      [
        [1, '49.1億円', '', 'p1'],
        [2, '23.1億円', '', 'p2'],
        [3, '18.4億円', 'うち再掲 18.0億円 → 計上 0.4億円', 'p3'],
        [4, '2.8億円', 'うち再掲 0.3億円 → 計上 2.5億円', 'p4'],
        [5, '19.3億円', 'うち再掲 18.0億円 → 計上 1.3億円', 'p5'],
        [6, '5.8億円', '', 'p6'],
        [7, '金額の記載なし', '', 'p7'],
      ],
    );
    assert.deepEqual(lay(pharma, { focusId: 'p3' }).topItems, []);
  });
});
