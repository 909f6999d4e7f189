// Review R10-0-12: at 1280 px the pharma treemap drew 「臨床研究・治験の患者向け公開データベースの整備
// 1.0億円」 as a 10×560 px sliver with no label anywhere in the drawing. Every cell too thin for
// a label now has a letter (in the cell where it fits) and a line in the key under the drawing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTreemap } from '../../src/charts/budget/layout/index.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import '../../src/words-en.js';
import { loadBudgetSeed, parseBudgetFixture } from '../fixtures/budget-seeds.js';

const { doc, summary } = loadBudgetSeed('pharma-budget.json');
const measure = createApproxMeasure(12);

describe('the key of cells too thin for a label', () => {
  for (const width of [360, 800, 1280]) {
    it(`pharma at ${width} px: every cell of the drawing is named, by its label or in the key`, () => {
      const layout = layoutTreemap({ doc, summary, width, height: Math.round(width * 0.6), measure });
      const unnamed = layout.cells.filter((c) => !c.label && !c.container);
      assert.ok(unnamed.length > 0, 'some cell is a sliver');
      const key = layout.sliverKey;
      assert.ok(key, 'a key');
      // So is every mark drawn without its whole name (its chip keeps room for the letter).
      const marks = [...layout.cells.flatMap((c) => c.refs), ...layout.rootRefs].filter((r) => r.kind !== 'more' && !r.text.includes(r.name));
      // (The key also names cells whose label cuts their name and marks not drawn: budget-every-name.test.ts.)
      const keys = new Set(key.entries.map((e) => e.key));
      for (const c of [...unnamed, ...marks.filter((m) => m.keyed)]) assert.ok(keys.has(c.key), `${c.name} in the key`);
      for (const e of key.entries) {
        if (e.key.startsWith('owner:')) continue; // a line naming the owner of the lines under it
        if (!marks.some((m) => m.key === e.key) && !layout.cells.some((c) => c.key === e.key)) {
          assert.ok(e.key.startsWith('ref:') && !e.marker, `${e.lines.join('')}: a mark not drawn, its line alone`);
          continue;
        }
        const mark = marks.find((m) => m.key === e.key);
        if (mark && !mark.keyed) {
          // Its figure alone, no room for a letter: its line, without one.
          const text = e.lines.join('');
          assert.ok(!e.letter && !e.marker && text.includes(mark.name) && text.endsWith(mark.figure!), text);
          continue;
        }
        if (mark) {
          const text = e.lines.join('');
          assert.ok(text.startsWith(`${e.letter} `) && text.includes(mark.name) && text.endsWith(mark.figure!), text);
          assert.ok(e.marker && e.marker.x > mark.x && e.marker.x < mark.x + mark.keyed! + 6 && e.marker.y > mark.y && e.marker.y < mark.y + mark.height, `${e.letter} in the chip of ${mark.name}`);
          continue;
        }
        const cell = layout.cells.find((c) => c.key === e.key)!;
        const text = e.lines.join('');
        // A letter only where it is drawn in the cell; else the line alone, under the unlettered heading.
        assert.ok((e.letter ? text.startsWith(`${e.letter} `) && e.marker : !e.marker) && text.includes(cell.amountText), text);
        if (cell.kind === 'item') assert.ok(text.includes(cell.name), text);
        // A letter in the cell only where it fits inside it.
        if (e.marker) assert.ok(e.marker.x > cell.x && e.marker.x < cell.x + cell.width && e.marker.y < cell.y + cell.height, `${e.letter} in ${cell.name}`);
        // Under the drawing, inside the layout's height.
        assert.ok(e.y > layout.treemapHeight && e.y + (e.lines.length - 1) * key.lineHeight <= layout.height);
      }
    });
  }

  // Review R10-1-1: at 360 px the chip under 薬事規制改革… read only 「金額の記載なし」, naming no item.
  it('at 360 px every mark says which item it is: its whole name on the chip (wrapped), or its letter and the key', () => {
    for (const width of [360, 328]) {
      const layout = layoutTreemap({ doc, summary, width, height: Math.round(width * 1.2), measure });
      const marks = [...layout.cells.flatMap((c) => c.refs), ...layout.rootRefs].filter((r) => r.kind !== 'more');
      assert.ok(marks.length >= 3, `${marks.length} marks`);
      for (const mark of marks) {
        if (mark.text.includes(mark.name)) continue;
        const e = layout.sliverKey?.entries.find((x) => x.key === mark.key);
        assert.ok(mark.keyed && e?.marker, `${width} px: 「${mark.text}」 of ${mark.name} has its letter`);
        assert.ok(e.lines.join('').includes(mark.name), e.lines.join(''));
      }
      const approval = marks.find((m) => m.name.startsWith('「条件付き承認制度」'));
      assert.ok(approval, `${width} px: the 金額の記載なし mark of 薬事規制改革… is drawn`);
      const e = layout.sliverKey?.entries.find((x) => x.key === approval.key);
      const keyText = (e?.lines.join('') ?? '').replace(/\s/gu, '');
      assert.ok(approval.text.includes(approval.name) || keyText.includes(`：${approval.name}金額の記載なし`), `${width} px: 「${approval.text}」 / key 「${keyText}」`);
    }
  });

  it('a mark whose name is too long for its row wraps over the rows its pillar has (ＡＩ… 13.5億円の内数 at 360 px)', () => {
    const layout = layoutTreemap({ doc, summary, width: 360, height: 432, measure });
    const ai = layout.cells.flatMap((c) => c.refs).find((r) => r.key === 'ref:p1-ai');
    assert.ok(ai?.lines && ai.lines.length > 1, JSON.stringify(ai?.lines));
    assert.equal(ai.lines.join('').replace(/\s/gu, ''), 'ＡＩの活用による医薬品開発支援13.5億円の内数');
    const p1 = layout.cells.find((c) => c.key === 'p1')!;
    assert.ok(ai.y + ai.height <= p1.y + p1.height && ai.x + ai.width <= p1.x + p1.width + 0.5, 'inside its pillar');
  });

  // Review R11-8-1: the key lettered d, f, g and j at 1280 px (a 「+1件」 chip, a cut cell, two marks
  // not drawn) and f, b, c, d, j, m at 360 px, letters a reader looks for in the drawing and never finds.
  for (const width of [360, 1280]) {
    it(`pharma at ${width} px: every letter of the key is drawn in the treemap, in order; what carries none is listed under its own heading, without a letter`, () => {
      const layout = layoutTreemap({ doc, summary, width, height: width === 360 ? 432 : 620, measure });
      const key = layout.sliverKey!;
      const lettered = key.entries.filter((e) => e.letter);
      assert.deepEqual(lettered.map((e) => e.letter).join(''), 'abcdefghijklmnopqrstuvwxyz'.slice(0, lettered.length));
      for (const e of lettered) assert.ok(e.marker, `${e.letter} is drawn: ${e.lines.join('')}`);
      const rest = key.entries.filter((e) => !e.letter);
      assert.ok(rest.length > 0 && key.restTitle, 'some names are cut or left out (a 「+N件」 chip, a cut cell)');
      for (const e of rest) {
        assert.ok(!e.marker && !/^[a-z] /.test(e.lines[0]!), e.lines.join(''));
        assert.ok(e.y > key.restTitle.y, `${e.lines.join('')} under 「${key.restTitle.text}」`);
      }
      if (key.title) for (const e of lettered) assert.ok(e.y > key.title.y && e.y < key.restTitle.y, `${e.letter} in the lettered section`);
    });
  }

  it('the 10 px sliver at 1280 px: 「a 臨床研究・治験の患者向け公開データベースの整備 1.0億円（1.2%）」 with its letter in it', () => {
    const layout = layoutTreemap({ doc, summary, width: 1280, height: 620, measure });
    const e = layout.sliverKey?.entries.find((x) => x.lines.join('').includes('臨床研究・治験の患者向け公開データベースの整備'));
    assert.ok(e, 'named in the key');
    assert.equal(e.lines.join(''), `${e.letter} 臨床研究・治験の患者向け公開データベースの整備 1.0億円（1.2%）`);
    assert.ok(e.marker, 'its letter is drawn in it');
  });

  // Review R12-7-1: 柱7 has no amount, so it is a chip under the drawing, 「医療用医薬品の流通改善への一層の
  // 対応 金額の記載なし」; its only item 「流通改善ガイドラインの策定」 was on neither the drawing nor the key.
  // A chip has no area to show what it holds: the key lists it under its owner, without a letter.
  for (const [locale, line] of [
    ['ja', '・医療用医薬品の流通改善への一層の対応：流通改善ガイドラインの策定 金額の記載なし'],
    ['en', '• 医療用医薬品の流通改善への一層の対応: 流通改善ガイドラインの策定 no amount given'],
  ] as const) {
    for (const width of [360, 800, 1280]) {
      it(`${locale} at ${width} px: the item inside 柱7's chip has its line in the key, 「${line}」`, () => {
        const layout = layoutTreemap({ doc, summary, width, height: Math.round(width * 0.6), measure, locale });
        const chip = layout.rootRefs.find((r) => r.id === 'p7');
        assert.ok(chip && chip.text.includes(chip.name), '柱7 drawn whole as a chip under the treemap');
        const key = layout.sliverKey!;
        const e = key.entries.find((x) => x.key === 'ref:p7-guideline');
        assert.ok(e, 'in the key');
        // (A line wrapped where a space stood loses that space: compare without them.)
        assert.equal(e.lines.join('').replace(/\s/gu, ''), line.replace(/\s/gu, ''), e.lines.join('|'));
        assert.ok(!e.letter && !e.marker && key.restTitle && e.y > key.restTitle.y, 'under 「図で名前が切れる・省かれる項目」, no letter');
        assert.ok(e.y + (e.lines.length - 1) * key.lineHeight <= layout.height, 'inside the picture');
      });
    }
  }

  it('marks of the strip under the treemap behind its 「+N件」 chip, and what each holds, are in the key', () => {
    const items = Array.from({ length: 14 }, (_, i) => ({
      id: `z${i}`,
      name: `金額のない柱${i + 1}`,
      children: [{ id: `z${i}-a`, name: `柱${i + 1}の施策` }],
    }));
    const small = parseBudgetFixture({ type: 'budget', title: 't', unit: '億円', items: [{ id: 'm', name: '金額のある柱', amount: '10億円' }, ...items] });
    const layout = layoutTreemap({ doc: small.doc, summary: small.summary, width: 360, height: 200, measure });
    assert.ok(layout.rootRefsHidden > 0, `${layout.rootRefsHidden} marks behind the strip's 「+N件」`);
    const text = (layout.sliverKey?.entries ?? []).map((e) => e.lines.join('')).join('\n');
    for (let i = 0; i < 14; i++) {
      const drawn = layout.rootRefs.some((r) => r.id === `z${i}` && r.text.includes(r.name));
      assert.ok(drawn || text.includes(`金額のない柱${i + 1} 金額の記載なし`), `柱${i + 1} drawn or in the key`);
      assert.ok(text.includes(`金額のない柱${i + 1}：柱${i + 1}の施策 金額の記載なし`), `柱${i + 1}の施策 in the key:\n${text}`);
    }
  });

  // On a slide the key keeps to the slide's rule (7 lines of more than 8); its last line counted the rest as
  // 「区画」 (cells) though most of them are items with no area (chips): 「ほか5区画（表に記載）」.
  for (const [locale, more] of [['ja', (n: number) => `ほか${n}件（表に記載）`], ['en', (n: number) => `and ${n} more (in the table)`]] as const) {
    it(`${locale} on a slide: the key's last line counts what it leaves out, items and cells alike: 「${more(5)}」`, () => {
      const opts = { doc, summary, width: 1888, height: 600, measure, fontSize: 18, locale };
      const page = layoutTreemap(opts).sliverKey!;
      const slide = layoutTreemap({ ...opts, slide: true }).sliverKey!;
      const shown = new Set(slide.entries.map((e) => e.key));
      const left = page.entries.filter((e) => !shown.has(e.key) && !e.key.startsWith('owner:'));
      assert.ok(left.some((e) => e.key.startsWith('ref:')), 'a chip among those left out');
      assert.equal(slide.entries.at(-1)!.lines.join(''), more(left.length));
    });
  }

  // Fresh look (s14 key): with 補正 shown, at 360 px 最適使用推進等… is the lettered cell 「a」 with a hatched
  // part, and its key line said 「2.5億円（3.0%）」 only: its 補正 1.8億円 was nowhere on the picture. And the
  // English key wrote the share in Japanese brackets, 「¥0.1 billion（1.2%）」.
  it('a keyed cell\'s line gives every figure its label would: share, 補正 (in the locale\'s brackets)', () => {
    let withSupp = 0;
    for (const locale of ['ja', 'en'] as const) {
      for (const width of [360, 800, 1280]) {
        const layout = layoutTreemap({ doc, summary, width, height: Math.round(width * 0.6), measure, locale, supplementary: 'with-supplementary' });
        for (const e of layout.sliverKey?.entries ?? []) {
          const cell = layout.cells.find((c) => c.key === e.key);
          if (!cell) continue;
          const text = e.lines.join('').replace(/\s/gu, '');
          const share = locale === 'ja' ? `${cell.amountText}（${cell.shareText}）` : `${cell.amountText} (${cell.shareText})`;
          assert.ok(text.includes(share.replace(/\s/gu, '')), `${locale} ${width}: 「${e.lines.join('')}」 gives 「${share}」`);
          if (cell.supplementaryText) {
            withSupp++;
            assert.ok(text.includes(cell.supplementaryText.replace(/\s/gu, '')), `${locale} ${width}: 「${e.lines.join('')}」 gives 「${cell.supplementaryText}」`);
          }
        }
      }
    }
    assert.ok(withSupp > 0, 'some keyed cell has 補正');
  });
});
