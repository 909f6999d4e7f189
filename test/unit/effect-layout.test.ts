import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildEffectTable } from '../../src/charts/effect/table.js';
import { parseEffect } from '../../src/data/effect.js';
import { summarizeEffect } from '../../src/data/effect-summary.js';
import type { ChangeSeries, EffectDocument, Locale, ProportionsDocument } from '../../src/data/types.js';
import { describeChange, getChange, getChangeVerdict } from '../../src/charts/effect/layout/change.js';
import { layoutEffect } from '../../src/charts/effect/layout/index.js';
import { MEASURE_SIZE } from '../../src/charts/effect/layout/common.js';
import { compareProportions, describeComparison, splitProportion } from '../../src/charts/effect/layout/proportions.js';
import { boxesOverlap, getTextBox, type AxisLayout, type Box, type EffectLayout, type EffectMark, type RectShape, type TextShape } from '../../src/charts/effect/layout/shapes.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { renderEffectChart } from '../../src/charts/effect/render.js';
import { describeEffectMarks, describeEffectStatements } from '../../src/charts/effect/describe.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
// English layouts and names need the English words (loaded on first use in the browser).
import '../../src/words-en.js';

const DIR = new URL('../../data/effects/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

function load(name: string): EffectDocument {
  const result = parseEffect(JSON.parse(readFileSync(new URL(name, DIR), 'utf8')));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function parse(input: unknown): EffectDocument {
  const result = parseEffect(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const measure = createApproxMeasure(MEASURE_SIZE);
const lay = (doc: EffectDocument, width: number, locale: Locale = 'ja', fontSize?: number) =>
  layoutEffect({ doc, width, measure, locale, ...(fontSize !== undefined ? { fontSize } : {}) });
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
/** The accessible name of mark `i` (describe.ts). */
const nameOf = (doc: EffectDocument, layout: EffectLayout, i: number, locale: Locale = 'ja') =>
  describeEffectMarks({ doc, layout, locale }).get(layout.marks[i]!.id) ?? '';

/** Every text box the layout draws: in marks, annotations and on the axes (tick labels too). */
function textBoxes(layout: EffectLayout): { text: string; box: Box }[] {
  const texts: TextShape[] = [
    ...layout.marks.flatMap((m) => m.shapes),
    ...layout.annotations,
    ...layout.axes.flatMap((a) => (a.title ? [a.title] : [])),
  ].filter((s): s is TextShape => s.kind === 'text' && s.lines.some((l) => l !== ''));
  const boxes = texts.map((t) => ({ text: t.lines.join('/'), box: getTextBox(t) }));
  for (const axis of layout.axes) {
    for (const tick of axis.ticks) {
      const width = (measure(tick.label) * axis.tickSize) / MEASURE_SIZE;
      boxes.push({ text: `tick ${tick.label}`, box: { x: tick.anchor === 'start' ? tick.x : tick.x - width / 2, y: axis.y - axis.tickSize * 0.8, width, height: axis.tickSize } });
    }
  }
  return boxes;
}

/** The size of every text the layout draws, tick labels included. */
function textSizes(layout: EffectLayout): number[] {
  const texts = [...layout.marks.flatMap((m) => m.shapes), ...layout.annotations, ...layout.axes.flatMap((a) => (a.title ? [a.title] : []))];
  const sizes = texts.filter((s): s is TextShape => s.kind === 'text' && s.lines.some((l) => l !== '')).map((t) => t.size);
  for (const axis of layout.axes) if (axis.ticks.length > 0) sizes.push(axis.tickSize);
  return sizes;
}

describe('splitProportion', () => {
  it('keeps the share the data does not split as one unknown part, named by its categories', () => {
    const doc = load('egfr-response.json') as ProportionsDocument;
    const [withMutation] = doc.series;
    const parts = splitProportion(withMutation!, 'ja');
    assert.equal(parts.length, 2);
    assert.deepEqual({ ...parts[0], end: r4(parts[0]!.end) }, { label: '奏効', kind: 'known', start: 0, end: 0.764, categoryIndex: 0 });
    assert.equal(parts[1]!.kind, 'unknown');
    assert.equal(parts[1]!.label, '不変・増悪');
    assert.equal(r4(parts[1]!.start), 0.764);
    assert.equal(parts[1]!.end, 1);
    assert.equal(splitProportion(withMutation!, 'en')[1]!.label, '不変, 増悪');
  });

  it('calls a remainder with every category valued "内訳不明", and draws none when they sum to 1', () => {
    const base = { type: 'effect', chart: 'proportions' };
    const partial = parse({ ...base, series: [{ label: 'A', value: 0.5, categories: [{ label: 'x', value: 0.5 }, { label: 'y', value: 0.3 }] }] }) as ProportionsDocument;
    const parts = splitProportion(partial.series[0]!, 'ja');
    assert.deepEqual(parts.map((p) => [p.label, p.kind]), [['x', 'known'], ['y', 'known'], ['内訳不明', 'unknown']]);
    assert.equal(r4(parts[2]!.end - parts[2]!.start), 0.2);
    const whole = parse({ ...base, series: [{ label: 'A', value: 0.5, categories: [{ label: 'x', value: 0.5 }, { label: 'y', value: 0.5 }] }] }) as ProportionsDocument;
    assert.deepEqual(splitProportion(whole.series[0]!, 'ja').map((p) => p.kind), ['known', 'known']);
  });
});

describe('layoutProportions', () => {
  it('marks the value on a split bar when no part ends at it, and says so in words', () => {
    const doc = parse({
      type: 'effect',
      chart: 'proportions',
      measure: '病勢制御率',
      series: [{ label: '群B', value: 0.45, categories: [{ label: '奏効', value: 0.2 }, { label: '不変' }, { label: '増悪' }] }],
    });
    const layout = lay(doc, 1000);
    const shapes = layout.marks[0]!.shapes;
    const axis = layout.axes[0]!;
    const x45 = axis.x1 + (axis.x2 - axis.x1) * 0.45;
    const line = shapes.find((s) => s.kind === 'line' && s.strokeWidth === 3);
    assert.ok(line && line.kind === 'line' && Math.abs(line.x1 - x45) < 0.1 && line.x1 === line.x2, 'a thick vertical line at 45%');
    const texts = shapes.filter((s): s is TextShape => s.kind === 'text').map((t) => t.lines.join(''));
    assert.ok(texts.includes('太線＝病勢制御率 45.0%'), texts.join(' | '));
    // Without the mismatch (EGFR: 奏効 ends at the value) there is no such line.
    assert.ok(!lay(load('egfr-response.json'), 1000).marks[0]!.shapes.some((s) => s.kind === 'line' && s.strokeWidth === 3));
  });
});

describe('compareProportions', () => {
  it('EGFR: 76.4% vs 27.5% is +48.9 points and 2.8 times, without an interval (no n)', () => {
    const doc = load('egfr-response.json') as ProportionsDocument;
    const c = compareProportions(doc)!;
    assert.equal(r4(c.difference), 0.489);
    assert.equal(r4(c.ratio!), 2.7782);
    assert.equal(c.interval, undefined);
    assert.equal(describeComparison(c, 'ja'), '差 +48.9ポイント（2.8倍）');
    assert.equal(describeComparison(c, 'en'), 'Difference +48.9 pts (2.8×)');
  });

  it("states Newcombe's worked example 56/70 − 48/80: 0.2000 (0.0524 to 0.3339)", () => {
    const doc = load('interval-example.json') as ProportionsDocument;
    const c = compareProportions(doc)!;
    assert.equal(r4(c.difference), 0.2);
    assert.equal(r4(c.interval!.lower), 0.0524);
    assert.equal(r4(c.interval!.upper), 0.3339);
    assert.equal(describeComparison(c, 'ja'), '差 +20.0ポイント（1.3倍）\u300095%信頼区間 5.2〜33.4ポイント');
  });

  it('reads each bar with its Wilson interval (56/70: 0.6918 to 0.8770, Newcombe 1998b)', () => {
    const doc = load('interval-example.json');
    const layout = lay(doc, 640);
    assert.match(nameOf(doc, layout, 0), /69\.2%〜87\.7%/);
    assert.match(nameOf(doc, layout, 1), /49\.0%〜70\.0%/);
  });
});

describe('change', () => {
  const series = (before: number, after: number, better?: 'higher' | 'lower'): ChangeSeries => ({
    label: 's',
    before: { label: 'a', value: before },
    after: { label: 'b', value: after },
    unit: '%',
    ...(better ? { better } : {}),
    path: 'series[0]',
  });

  it('computes differences without float noise', () => {
    assert.equal(getChange(series(43.5, 93.1)).difference, 49.6);
    assert.equal(getChange(series(-2.4, -3.1)).difference, -0.7);
  });

  it('says whether a change is better in words and in marker shape', () => {
    assert.equal(describeChange(series(43.5, 93.1, 'higher'), '%', 'ja'), '+49.6ポイント（改善）');
    assert.equal(describeChange(series(-2.4, -3.1, 'higher'), '%', 'ja'), '\u22120.7ポイント（悪化）');
    assert.equal(describeChange(series(10, 8, 'lower'), '%', 'en'), '\u22122 pts (improved)');
    assert.equal(describeChange(series(10, 12), '%', 'ja'), '+2ポイント（増加）');
    assert.equal(getChangeVerdict(series(43.5, 93.1, 'higher')).symbol, 'circle');
    assert.equal(getChangeVerdict(series(-2.4, -3.1, 'higher')).symbol, 'cross');
    assert.equal(getChangeVerdict(series(10, 12)).symbol, 'diamond');
  });

  it('gives each series its own axis, never one scale for % and counts', () => {
    const doc = parse({
      type: 'effect',
      chart: 'change',
      series: [
        { label: '妥結率', unit: '%', before: { label: 'H24', value: 43.5 }, after: { label: 'H28', value: 93.1 }, better: 'higher' },
        { label: '指定品目', unit: '品目', before: { label: 'H27', value: 0 }, after: { label: 'H29', value: 10 } },
      ],
    });
    const layout = lay(doc, 800);
    assert.equal(layout.axes.length, 2);
    assert.ok(layout.axes[0]!.ticks.every((t) => t.label.endsWith('%')));
    assert.ok(layout.axes[1]!.ticks.every((t) => t.label.endsWith('品目')));
    const last = layout.axes[1]!.ticks[layout.axes[1]!.ticks.length - 1]!.value;
    assert.ok(last >= 10 && last <= 12, `the count axis ends just past 10: ${last}`);
    assert.match(nameOf(doc, layout, 1), /\+10品目（増加）$/);
    assert.equal(findTextProblem(layout), '');
  });

  it('fits each measure its own axis: 一次売差 −2.4% → −3.1% is not piled on the zero of a 0–100% axis', () => {
    const doc = load('distribution.json');
    const layout = lay(doc, 800);
    assert.equal(layout.axes.length, 4, 'one axis per series');
    const [share, margin, hospitals] = layout.axes as [AxisLayout, AxisLayout, AxisLayout];
    // 妥結率 43.5 → 93.1 starts at zero (the values are within their own difference of it).
    assert.equal(share.ticks[0]!.value, 0);
    assert.equal(share.ticks[share.ticks.length - 1]!.value, 100);
    // 一次売差: a few points wide, ending at zero, which is marked.
    const values = margin.ticks.map((t) => t.value);
    assert.ok(Math.min(...values) >= -10 && Math.max(...values) === 0, `一次売差 axis ${values}`);
    assert.equal(margin.zeroX, margin.ticks.find((t) => t.value === 0)!.x);
    const markers = (i: number) => layout.marks[i]!.shapes.filter((s) => s.kind === 'symbol').map((s) => (s as { x: number }).x);
    const [b1, a1] = markers(1) as [number, number];
    assert.ok(Math.abs(b1 - a1) >= 40, `the two 一次売差 markers are apart: ${Math.abs(b1 - a1)} px`);
    // 単品単価取引: an axis around 57.7–61.4 without zero, at least 10 points wide (not stretched).
    const h = hospitals.ticks.map((t) => t.value);
    assert.ok(Math.min(...h) > 40 && Math.min(...h) <= 57.7 && Math.max(...h) >= 61.4, `単品単価取引 axis ${h}`);
    assert.ok(Math.max(...h) - Math.min(...h) >= 10);
    assert.equal(hospitals.zeroX, undefined);
    assert.match(nameOf(doc, layout, 1), /^一次売差: 平成24年度 −2\.4%から平成28年度 −3\.1%へ、−0\.7ポイント（悪化）$/);
    assert.equal(findTextProblem(layout), '');
  });

  it('keeps rows compact: four dumbbells fit a 1920×1080 slide at the slide type size', () => {
    const layout = lay(load('distribution.json'), 1888, 'ja', 20);
    // The drawing leaves room on the slide for the title, summary and notes around it.
    assert.ok(layout.height <= 600, `drawing ${layout.height} px tall`);
    assert.equal(findTextProblem(layout), '');
    const page = lay(load('distribution.json'), 800);
    assert.ok(page.height <= 450, `page drawing ${page.height} px tall`);
    // A phone: each time beside its value on one line (same baseline), rows closer; 575 px before.
    const phone = lay(load('distribution.json'), 360);
    assert.ok(phone.height <= 500, `phone drawing ${phone.height} px tall`);
    for (const mark of phone.marks) {
      const value = mark.shapes.find((s) => s.kind === 'text' && /^[−\d.]+%$/.test(s.lines[0]!) && s.bold) as TextShape;
      const time = mark.shapes.find((s) => s.kind === 'text' && /^平成/.test(s.lines[0]!)) as TextShape;
      assert.equal(time.y, value.y, `${mark.label}: the time on the value's line`);
      assert.ok(Math.min(...phone.axes.map((a) => a.tickSize)) >= 12 && time.size >= 12);
    }
    assert.equal(findTextProblem(phone), '');
  });

  it('lays out again for a fixed height instead of scaling: same type, tighter rows, nothing overlapping', () => {
    const doc = load('distribution.json');
    const natural = lay(doc, 800);
    const fitted = layoutEffect({ doc, width: 800, measure, locale: 'ja', height: natural.height - 40 });
    assert.equal(fitted.height, natural.height - 40);
    assert.ok(fitted.marks[3]!.box.y < natural.marks[3]!.box.y - 20, 'the rows moved up');
    assert.deepEqual([...new Set(textSizes(fitted))].sort(), [...new Set(textSizes(natural))].sort());
    assert.equal(findTextProblem(fitted), '');
    // Taller than needed: the gaps between rows take the room (same type, nothing overlapping),
    // so no large empty area is left under the marks; the drawing is as tall as asked.
    const roomy = layoutEffect({ doc, width: 800, measure, locale: 'ja', height: natural.height + 200 });
    assert.equal(roomy.height, natural.height + 200);
    const span = (l: typeof natural) => l.marks[3]!.box.y - l.marks[0]!.box.y;
    assert.ok(span(roomy) > span(natural) + 40, `rows spread: ${span(natural)} → ${span(roomy)}`);
    assert.deepEqual([...new Set(textSizes(roomy))].sort(), [...new Set(textSizes(natural))].sort());
    assert.equal(findTextProblem(roomy), '');
    // Far taller: gaps at most three times their size, the rest split above and below (centred).
    const tall = layoutEffect({ doc, width: 800, measure, locale: 'ja', height: natural.height + 2000 });
    assert.equal(tall.height, natural.height + 2000);
    const above = tall.marks[0]!.box.y;
    const lastBox = tall.marks[3]!.box;
    const keyBottom = Math.max(...tall.annotations.map((a) => (a.kind === 'line' ? Math.max(a.y1, a.y2) : a.y)));
    const below = tall.height - Math.max(lastBox.y + lastBox.height, keyBottom);
    assert.ok(above > 500 && below > 500 && Math.abs(above - below) < 60, `centred: ${above} px above, ${below} px below`);
    assert.ok(span(tall) < 3.2 * span(natural), `gaps at most about three times: ${span(natural)} → ${span(tall)}`);
    assert.equal(findTextProblem(tall), '');
    // Too small to fit even with the tightest rows: as tight as it gets, taller than asked
    // (the renderer scales that down as a last resort).
    const tiny = layoutEffect({ doc, width: 800, measure, locale: 'ja', height: 100 });
    assert.ok(tiny.height > 100 && tiny.height < fitted.height);
  });
});

describe('three or more proportion groups', () => {
  const doc = parse({
    type: 'effect',
    chart: 'proportions',
    measure: '奏効率',
    series: [
      { label: '群A', value: '60%', n: 100 },
      { label: '群B', value: '45%', n: 100 },
      { label: '群C', value: '72%' },
    ],
  });

  it('states each group against the first in the drawing, the marks\' names, the statements and the table', () => {
    const layout = lay(doc, 800);
    const drawn = (i: number) => layout.marks[i]!.shapes.flatMap((s) => (s.kind === 'text' ? s.lines : [])).join('');
    assert.doesNotMatch(drawn(0), /との差/);
    assert.match(drawn(1), /群Aとの差 −15\.0ポイント（0\.75倍）/);
    assert.match(drawn(1), /95%信頼区間/, 'both have n: the interval of the difference');
    assert.match(drawn(2), /群Aとの差 \+12\.0ポイント（1\.2倍）/);
    assert.doesNotMatch(drawn(2), /信頼区間 [−+]/, 'group C has no n: no interval for its difference');
    assert.match(nameOf(doc, layout, 1), /群Aとの差 −15\.0ポイント/);
    assert.match(nameOf(doc, layout, 2), /群Aとの差 \+12\.0ポイント/);
    const statements = describeEffectStatements({ doc, locale: 'ja' });
    assert.equal(statements.length, 2);
    assert.match(statements[0]!, /^群B: 群Aとの差 −15\.0ポイント/);
    assert.match(statements[1]!, /^群C: 群Aとの差 \+12\.0ポイント/);
    const table = buildEffectTable({ doc, locale: 'ja' });
    assert.equal(table.columns[table.columns.length - 1], '群Aとの差');
    assert.deepEqual(table.rows.map((r) => r.cells[r.cells.length - 1]!.text.split('\u3000')[0]), ['—', '−15.0ポイント（0.75倍）', '+12.0ポイント（1.2倍）']);
    assert.equal(findTextProblem(layout), '');
    assert.equal(findTextProblem(lay(doc, 360)), '');
  });

  it('says every comparison with the first in the summary sentence', () => {
    const summary = summarizeEffect(doc, { locale: 'ja' }).sentence;
    assert.match(summary, /群Aと比べ、群Bは15\.0ポイント低く、群Cは12\.0ポイント高い。/);
    assert.match(summarizeEffect(doc, { locale: 'en' }).sentence, /Compared with 群A, 群B is 15\.0 points lower, 群C is 12\.0 points higher\./);
  });
});

describe('derived values (算出値)', () => {
  it('draws the 先駆け 12ヶ月, worked out from 「通常の半分」, as a dashed unfilled bar and says so in the label, name and table', () => {
    const doc = load('sakigake.json');
    const layout = lay(doc, 800);
    const [derived, stated] = layout.marks as [EffectMark, EffectMark];
    const bar = (m: EffectMark) => m.shapes.find((s) => s.kind === 'rect') as RectShape;
    assert.equal(bar(derived).dash, '6 4');
    assert.deepEqual(bar(derived).fill, { type: 'track' });
    assert.equal(bar(stated).dash, undefined);
    assert.deepEqual(bar(stated).fill, { type: 'series', index: 0 });
    const drawn = (m: EffectMark) => m.shapes.flatMap((s) => (s.kind === 'text' ? s.lines : [])).join(' ');
    assert.match(drawn(derived), /12ヶ月（算出値）/);
    assert.doesNotMatch(drawn(stated), /算出値/);
    assert.match(nameOf(doc, layout, 0), /^通常の審査: 12ヶ月.*算出値/);
    assert.doesNotMatch(nameOf(doc, layout, 1), /算出値/);
    // The key says what the dashed bar means.
    assert.ok(layout.annotations.some((a) => a.kind === 'text' && a.lines.join('').startsWith('破線の棒＝算出値')));
    const table = buildEffectTable({ doc, locale: 'ja' });
    assert.equal(table.columns[table.columns.length - 1], '数値の根拠');
    assert.match(table.rows[0]!.cells[table.rows[0]!.cells.length - 1]!.text, /^算出値/);
    assert.equal(table.rows[1]!.cells[table.rows[1]!.cells.length - 1]!.text, '資料の数値');
    assert.equal(findTextProblem(layout), '');
  });

  it('draws a derived value on a log scale as a hollow ring; a derived share as a dashed bar', () => {
    const log = parse({ type: 'effect', chart: 'magnitude', unit: 'ドル', series: [{ label: 'A', value: 3e9, derived: true }, { label: 'B', value: 1000 }] });
    const layout = lay(log, 800, 'en');
    const dot = (m: EffectMark) => m.shapes.find((s) => s.kind === 'symbol') as { symbol: string };
    assert.equal(dot(layout.marks[0]!).symbol, 'ring');
    assert.equal(dot(layout.marks[1]!).symbol, 'circle');
    assert.match(nameOf(log, layout, 0, 'en'), /\(derived: not stated in the source/);
    const shares = parse({ type: 'effect', chart: 'proportions', series: [{ label: 'A', value: '40%', derived: true }, { label: 'B', value: '20%' }] });
    const p = lay(shares, 800);
    assert.equal((p.marks[0]!.shapes.find((s) => s.kind === 'rect' && s.fill.type === 'track' && s.dash) as RectShape).dash, '6 4');
    assert.match(nameOf(shares, p, 0), /40\.0%（算出値）/);
    assert.equal(buildEffectTable({ doc: shares, locale: 'ja' }).rows[0]!.cells[0]!.text, '40.0%（算出値）');
  });

  it('refuses a derived flag that is not true or false, naming its path', () => {
    const result = parseEffect({ type: 'effect', chart: 'magnitude', series: [{ label: 'A', value: 1, derived: 'yes' }] });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((i) => [i.code, i.path]), [['wrong-type', 'series[0].derived']]);
  });
});

describe('magnitude', () => {
  it('uses a log scale with decade ticks, and states 「2016年は2003年の約300万分の1」 for 30億ドル → 約1000ドル, in words, not with an arrow', () => {
    const layout = lay(load('genome-cost.json'), 1000);
    const axis = layout.axes[0]!;
    assert.equal(axis.scale, 'log');
    const values = axis.ticks.map((t) => t.value);
    assert.deepEqual(values, [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
    assert.deepEqual(axis.ticks.map((t) => t.label), ['1,000', '1万', '10万', '100万', '1,000万', '1億', '10億', '100億']);
    // Decades are equally spaced on a log scale.
    const gaps = axis.ticks.slice(1).map((t, i) => Math.round(t.x - axis.ticks[i]!.x));
    assert.ok(gaps.every((g) => Math.abs(g - gaps[0]!) <= 1), `equal gaps: ${gaps}`);
    assert.deepEqual(describeEffectStatements({ doc: load('genome-cost.json'), locale: 'ja' }), ['2016年は2003年の約300万分の1']);
    assert.match(axis.title!.lines.join(''), /対数目盛/);
  });

  it('shows display labels as given', () => {
    const layout = lay(load('genome-time.json'), 1000);
    const texts = layout.marks.flatMap((m) => m.shapes).filter((s): s is TextShape => s.kind === 'text').map((t) => t.lines.join(''));
    assert.ok(texts.includes('13年間'));
    assert.ok(texts.includes('1週間'));
  });

  it('stays linear from zero when the largest is at most 100 times the smallest', () => {
    const layout = lay(load('midnet-scale.json'), 1000);
    assert.equal(layout.axes[0]!.scale, 'linear');
    assert.equal(layout.axes[0]!.ticks[0]!.value, 0);
  });
});

describe('every data set fits a 360 px phone and a wide slide without overlaps', () => {
  for (const file of FILES) {
    for (const [width, fontSize] of [[360, 14], [1000, 14], [1600, 14], [1888, 20]] as const) {
      for (const locale of ['ja', 'en'] as const) {
        it(`${file} at ${width} px with ${fontSize} px type (${locale})`, () => {
          const layout = lay(load(file), width, locale, fontSize);
          const boxes = textBoxes(layout);
          for (const { text, box } of boxes) {
            assert.ok(box.x >= -0.5 && box.x + box.width <= width + 0.5, `${text} inside 0..${width}: ${box.x}..${box.x + box.width}`);
            assert.ok(box.y >= 0 && box.y + box.height <= layout.height + 0.5, `${text} inside the height`);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              assert.ok(!boxesOverlap(boxes[i]!.box, boxes[j]!.box), `"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
            }
          }
          // Type comes from the font size, never from the width.
          assert.equal(layout.fontSize, fontSize);
          const sizes = textSizes(layout);
          assert.ok(Math.min(...sizes) >= (fontSize === 20 ? 18 : 12), `smallest type ${Math.min(...sizes)} px`);
          assert.ok(Math.max(...sizes) <= Math.round(fontSize * 1.15), `largest type ${Math.max(...sizes)} px`);
          assert.equal(layout.marks.length, load(file).series.length);
        });
      }
    }
  }
});

/** The first overlap or overflow among a layout's texts, or '' when there is none. */
function findTextProblem(layout: EffectLayout): string {
  const boxes = textBoxes(layout);
  for (const { text, box } of boxes) {
    if (box.x < -0.5 || box.x + box.width > layout.width + 0.5 || box.y + box.height > layout.height + 0.5) return `${text} outside`;
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!.box, boxes[j]!.box)) return `${boxes[i]!.text} × ${boxes[j]!.text}`;
  }
  return '';
}

describe('no text overlaps over a sweep of awkward values', () => {
  it('proportions: shares from 0 to 1, with and without n, with categories', () => {
    const shares = [0, 0.01, 0.05, 0.5, 0.95, 0.999, 1];
    const problems: string[] = [];
    for (const a of shares) {
      for (const b of shares) {
        for (const n of [undefined, 10, 1000]) {
          for (const kind of ['plain', 'one-known', 'two-known'] as const) {
            const series = [a, b].map((value, i) => ({
              label: i ? '変異検索なし' : 'EGFR変異あり',
              value,
              ...(n ? { n } : {}),
              ...(kind === 'one-known' ? { categories: [{ label: '奏効', value }, { label: '不変' }, { label: '増悪' }] } : {}),
              ...(kind === 'two-known' ? { categories: [{ label: '奏効', value: value / 2 }, { label: '不変', value: value / 2 }, { label: '増悪' }] } : {}),
            }));
            const doc = parse({ type: 'effect', chart: 'proportions', measure: '奏効率', series });
            for (const width of [360, 1000]) {
              const problem = findTextProblem(lay(doc, width));
              if (problem) problems.push(`${a} ${b} n=${n} ${kind} ${width}px: ${problem}`);
            }
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('change: equal, close, far and negative values', () => {
    const pairs = [[0, 0], [50, 50.1], [-2.4, -3.1], [-80, 90], [0.1, 99.9], [99.9, 0.1], [-50, -49]];
    const problems: string[] = [];
    for (const [before, after] of pairs) {
      for (const better of [undefined, 'higher', 'lower'] as const) {
        const doc = parse({
          type: 'effect',
          chart: 'change',
          unit: '%',
          series: [{ label: '単品単価取引（200床以上の病院）', before: { label: '平成24年度', value: before }, after: { label: '平成28年度', value: after }, ...(better ? { better } : {}) }],
        });
        for (const width of [360, 1000]) {
          const problem = findTextProblem(lay(doc, width));
          if (problem) problems.push(`${before}→${after} ${better} ${width}px: ${problem}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('magnitude: spans from 1.5 times to a trillion times', () => {
    const problems: string[] = [];
    for (const [a, b] of [[2, 3], [1, 99], [7, 4748.25], [1000, 3e9], [1, 1e12], [5e11, 3]]) {
      const doc = parse({ type: 'effect', chart: 'magnitude', unit: 'ドル', series: [{ label: '2003年', value: a }, { label: '2016年', value: b }] });
      for (const width of [360, 1000]) {
        for (const locale of ['ja', 'en'] as const) {
          const problem = findTextProblem(lay(doc, width, locale));
          if (problem) problems.push(`${a}→${b} ${width}px ${locale}: ${problem}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('buildEffectTable', () => {
  it('lists every datum, categories without values as 不明', () => {
    const table = buildEffectTable({ doc: load('egfr-response.json'), locale: 'ja' });
    assert.deepEqual(table.columns, ['群', '奏効率', '奏効', '不変', '増悪', '内訳不明の計']);
    assert.deepEqual(
      table.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)]),
      [
        ['EGFR変異あり', '76.4%', '76.4%', '不明', '不明', '23.6%'],
        ['変異検索なし', '27.5%', '27.5%', '不明', '不明', '72.5%'],
      ],
    );
    const en = buildEffectTable({ doc: load('egfr-response.json'), locale: 'en' });
    assert.equal(en.rows[0]!.cells[2]!.text, 'unknown');
  });

  it('gives a change table before, after and the change', () => {
    const table = buildEffectTable({ doc: load('distribution.json'), locale: 'ja' });
    assert.deepEqual(
      [table.rows[0]!.header, ...table.rows[0]!.cells.map((c) => c.text)],
      ['妥結率', '平成24年9月', '43.5%', '平成28年9月', '93.1%', '+49.6ポイント（改善）'],
    );
  });
});

describe('renderEffectChart on a server (@lit-labs/ssr)', () => {
  it('renders every mark with its spoken value, and the summary as the description', () => {
    const doc = load('distribution.json');
    const layout = lay(doc, 800);
    const names = describeEffectMarks({ doc, layout, locale: 'ja' });
    const out = collectResultSync(
      render(renderEffectChart({ layout, name: '流通', summary: '妥結率は改善した。', idPrefix: 'e1', marksLabel: 'データ', names, activeIndex: 0 })),
    );
    assert.match(out, /role="group"/);
    assert.match(out, /aria-describedby="e1-desc"/);
    assert.match(out, /<desc id="e1-desc"><!--lit-part-->妥結率は改善した。/);
    for (const name of names.values()) assert.ok(out.includes(`aria-label="${name}"`), name);
    assert.equal(names.size, layout.marks.length);
    assert.equal(out.match(/tabindex="0"/g)?.length, 1);
  });
});

describe('comparisons on request (three or more groups)', () => {
  const groups = [
    { label: '群A', value: '80%', n: 70 },
    { label: '群B', value: '60%', n: 80 },
    { label: '群C', value: '45%' },
  ];
  const doc = (comparisons: unknown) => parse({ type: 'effect', chart: 'proportions', measure: '割合', comparisons, series: groups });
  const texts = (layout: EffectLayout) => layout.annotations.flatMap((s) => (s.kind === 'text' ? [s.lines.join('')] : []));

  it('pairwise: every pair stated (a − b, ratio, Newcombe interval with both n) in the drawing, the names, the statements and the table', () => {
    const pairwise = doc('pairwise');
    const layout = lay(pairwise, 800);
    const drawn = texts(layout);
    assert.ok(drawn.includes('群A − 群B：+20.0ポイント（1.3倍）'), drawn.join(' | '));
    // Newcombe's method 10 for 56/70 − 48/80: 5.2 to 33.4 points (Newcombe 1998, example (a)).
    assert.ok(drawn.includes('95%信頼区間 5.2〜33.4ポイント'), drawn.join(' | '));
    assert.ok(drawn.includes('群A − 群C：+35.0ポイント（1.8倍）'));
    assert.ok(drawn.includes('群B − 群C：+15.0ポイント（1.3倍）'));
    // Group C has no n: no interval for its pairs; nothing is stated against the first under the bars.
    assert.equal(drawn.filter((t) => t.startsWith('95%信頼区間')).length, 1);
    assert.ok(!layout.marks.some((m) => m.shapes.some((s) => s.kind === 'text' && s.lines.join('').includes('との差'))));
    assert.equal(describeEffectStatements({ doc: pairwise, locale: 'ja' }).length, 3);
    // Each group's accessible name says the pairs it is in.
    assert.match(nameOf(pairwise, layout, 0), /群A − 群B：\+20\.0ポイント.*群A − 群C：\+35\.0ポイント/);
    assert.match(nameOf(pairwise, layout, 2), /群A − 群C.*群B − 群C/);
    assert.doesNotMatch(nameOf(pairwise, layout, 2), /群A − 群B/);
    const table = buildEffectTable({ doc: pairwise, locale: 'ja' });
    assert.ok(!table.columns.includes('群Aとの差'));
    assert.deepEqual(table.notes.map((n) => n.split('：')[0]), ['群A − 群B', '群A − 群C', '群B − 群C']);
    assert.match(table.notes[0]!, /95%信頼区間 5\.2〜33\.4ポイント/);
    for (const width of [360, 800, 1280]) assert.equal(findTextProblem(lay(pairwise, width)), '', `${width}`);
    assert.equal(findTextProblem(lay(pairwise, 800, 'en')), '');
    assert.ok(texts(lay(pairwise, 800, 'en')).includes('群A − 群B: +20.0 pts (1.3×)'));
  });

  it('a list of pairs: only those, in the order and direction given', () => {
    const listed = doc([['群C', '群B'], [0, 2]]);
    const layout = lay(listed, 800);
    assert.deepEqual(describeEffectStatements({ doc: listed, locale: 'ja' }).map((s) => s.split('：')[0]), ['群C − 群B', '群A − 群C']);
    assert.ok(texts(layout).includes('群C − 群B：−15.0ポイント（0.75倍）'));
    assert.match(summarizeEffect(listed, { locale: 'ja' }).sentence, /群Cは群Bより15\.0ポイント低く、群Aは群Cより35\.0ポイント高い。$/);
    assert.match(summarizeEffect(listed, { locale: 'en' }).sentence, /群C is 15\.0 points lower than 群B, 群A is 35\.0 points higher than 群C\.$/);
  });

  it('"first" is the default: each group against the first, under its bar', () => {
    const first = describeEffectStatements({ doc: doc('first'), locale: 'ja' });
    assert.equal(first.length, 2);
    assert.deepEqual(first, describeEffectStatements({ doc: doc(undefined), locale: 'ja' }));
    assert.deepEqual(texts(lay(doc('first'), 800)), texts(lay(doc(undefined), 800)));
  });
});

describe('derived change points (算出値)', () => {
  const doc = parse({
    type: 'effect',
    chart: 'change',
    series: [
      { label: '妥結率', better: 'higher', before: { label: '平成24年9月', value: '43.5%', derived: true }, after: { label: '平成28年9月', value: '93.1%' } },
      { label: '一次売差', better: 'higher', before: { label: '平成24年度', value: '−2.4%' }, after: { label: '平成28年度', value: '−3.1%', derived: true } },
    ],
  });

  it('draws a derived point hollow with a dashed outline and says so in its label, the name, the key and the table', () => {
    const layout = lay(doc, 800);
    const symbols = (m: EffectMark) => m.shapes.filter((s) => s.kind === 'symbol') as Array<{ symbol: string; hollow?: boolean; dash?: string }>;
    const [before0, after0] = symbols(layout.marks[0]!);
    const [before1, ring1, after1] = symbols(layout.marks[1]!);
    assert.ok(before0!.dash && before0!.hollow, 'derived before: dashed ring');
    assert.equal(after0!.dash, undefined);
    assert.equal(after0!.hollow, undefined, 'a stated improvement stays a filled circle');
    assert.equal(before1!.dash, undefined);
    // A derived cross: hollow, with a solid outline (dashes would break it), inside a dashed ring.
    assert.ok(ring1!.symbol === 'ring' && ring1!.dash, 'derived after: a dashed ring around the marker');
    assert.ok(after1!.hollow && after1!.dash === undefined, 'the worsening cross drawn hollow');
    assert.equal(after1!.symbol, 'cross', 'the shape still says worsened');
    const drawn = (m: EffectMark) => m.shapes.flatMap((s) => (s.kind === 'text' ? s.lines : [])).join(' ');
    assert.match(drawn(layout.marks[0]!), /43\.5%（算出値）/);
    assert.doesNotMatch(drawn(layout.marks[0]!), /93\.1%（算出値）/);
    assert.match(nameOf(doc, layout, 0), /平成24年9月 43\.5%（算出値）から平成28年9月 93\.1%へ/);
    assert.match(nameOf(doc, layout, 1), /平成28年度 −3\.1%（算出値）へ/);
    assert.ok(layout.annotations.some((a) => a.kind === 'text' && a.lines.join('').startsWith('破線の丸・白抜きの印＝算出値')));
    assert.ok(layout.annotations.some((a) => a.kind === 'symbol' && a.dash !== undefined));
    const table = buildEffectTable({ doc, locale: 'ja' });
    assert.deepEqual(table.rows.map((r) => [r.cells[1]!.text, r.cells[3]!.text]), [
      ['43.5%（算出値）', '93.1%'],
      ['−2.4%', '−3.1%（算出値）'],
    ]);
    assert.match(summarizeEffect(doc, { locale: 'ja' }).sentence, /妥結率は43\.5%（平成24年9月・算出値）から93\.1%（平成28年9月）へ/);
    assert.match(nameOf(doc, lay(doc, 800, 'en'), 0, 'en'), /43\.5% \(derived\)/);
    for (const width of [360, 800, 1280]) assert.equal(findTextProblem(lay(doc, width)), '', `${width}`);
  });

  it('renders the derived marker unfilled with a dashed stroke', () => {
    const svgText = collectResultSync(render(renderEffectChart({ layout: lay(doc, 800), name: 'x', summary: 'y', idPrefix: 'p', marksLabel: 'データ', names: new Map() })));
    assert.match(svgText, /<path[^>]*class="symbol ring stroke-text"[^>]*stroke-dasharray="3 2"/);
    assert.match(svgText, /<path[^>]*class="symbol ring stroke-worsened"[^>]*stroke-dasharray="3 2"/);
    assert.match(svgText, /<path\s*class="symbol ring stroke-worsened"\s*d="M[^"]*L[^"]*"\s*>/, 'the hollow cross: unfilled, not dashed');
  });
});

describe('axis labels at the edge', () => {
  it('starts the 0% label at its tick at 360 px (centred, it would be cut by the narrow padding), centred when there is room', () => {
    const doc = load('egfr-response.json');
    const zero = (width: number) => lay(doc, width).axes[0]!.ticks.find((t) => t.value === 0)!;
    assert.equal(zero(360).anchor, 'start');
    assert.equal(zero(800).anchor, undefined);
    // The bars keep the full width at 360: 奏効 27.5% still fits inside its bar.
    const inside = lay(doc, 360).marks[1]!.shapes.find((s) => s.kind === 'text' && s.lines.join('') === '奏効 27.5%') as TextShape | undefined;
    assert.ok(inside && inside.tone === 'on-fill', 'the value is written on the bar');
  });
});

describe('grid lines and labels', () => {
  it('no grid line of a row crosses a text of that row, in any seed at 360, 800 and 1280 px', () => {
    for (const file of FILES) {
      for (const width of [360, 800, 1280]) {
        for (const mark of lay(load(file), width).marks) {
          const boxes = mark.shapes.flatMap((s) => (s.kind === 'text' ? [{ text: s.lines.join(''), box: getTextBox(s) }] : []));
          mark.shapes.forEach((line, at) => {
            if (line.kind !== 'line' || line.tone !== 'grid' || line.x1 !== line.x2) return;
            // Hidden under a filled bar drawn after it: not seen.
            const covered = mark.shapes.slice(at + 1).some((r) => r.kind === 'rect' && r.fill.type === 'series' && line.x1 > r.x && line.x1 < r.x + r.width);
            if (covered) return;
            const hit = boxes.find(({ box }) => line.x1 > box.x + 1 && line.x1 < box.x + box.width - 1 && Math.max(line.y1, line.y2) > box.y + 1 && Math.min(line.y1, line.y2) < box.y + box.height - 1);
            assert.equal(hit, undefined, `${file} at ${width}: a grid line at x=${line.x1} crosses 「${hit?.text}」`);
          });
        }
      }
    }
  });
});

describe('file drawing on a slide page', () => {
  it('fits the drawing to the height the page leaves (spread and centred, not left short)', async () => {
    const { effectFile } = await import('../../src/charts/effect/file.js');
    const drawing = effectFile.drawFile({ doc: load('sakigake.json'), width: 1856, locale: 'ja', fontSize: 20, height: 800 });
    const markup = collectResultSync(render(drawing.template));
    assert.match(markup, /<svg[^>]*\sheight="800"/);
    assert.match(markup, /viewBox="0 0 1856 800"/, 'laid out for the height, not scaled');
  });
});
