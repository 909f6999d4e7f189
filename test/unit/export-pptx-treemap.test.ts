import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import JSZip from 'jszip';
import { renderPPTX } from '../../src/export/pptx.js';
import '../../src/words-en.js';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));

async function slideOf(input: unknown) {
  const result = await renderPPTX({ input });
  assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
  const zip = await JSZip.loadAsync(result.pptx);
  return zip.file('ppt/slides/slide1.xml')!.async('string');
}

/** The text of the shape named `name`, a line a paragraph, and its box (EMU). */
function shape(xml: string, name: string) {
  const body = new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${name}"[\\s\\S]*?</p:sp>`).exec(xml)?.[0] ?? '';
  const lines = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')).filter(Boolean);
  const off = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(body);
  return { lines, box: off ? { y: Number(off[2]), h: Number(off[4]) } : undefined };
}

test('the treemap slide shows the header: the total with the year, how it reconciles, every top-level item with its figure', async () => {
  const xml = await slideOf(load('pharma-budget'));
  const { lines } = shape(xml, 'header');
  assert.equal(lines[0], '平成30年度 合計 82.2億円（再掲・内数を除く）');
  assert.ok(lines.some((l) => l.startsWith('記載額の計')), lines.join('\n'));
  for (let n = 1; n <= 7; n++) assert.ok(lines.some((l) => l.startsWith(`${n}. `)), `item ${n}`);
  assert.ok(lines.some((l) => l.startsWith('1. 日本発のシーズが生まれる研究開発環境の改善 49.1億円')));
});

test('treemap-slide-list: a top-level list of more than 8 items is folded on the slide (the rest in the notes), and the cells stay on the slide', async () => {
  const items = Array.from({ length: 14 }, (_, i) => ({ id: `i${i}`, name: `施策${i + 1}の推進`, amount: `${i + 1}.0億円` }));
  const xml = await slideOf({ type: 'budget', lang: 'ja', title: '多い項目', fiscalYear: '令和元年度', unit: '億円', items });
  const header = shape(xml, 'header');
  const listed = header.lines.filter((l) => /^\d+\. /.test(l));
  assert.equal(listed.length, 7, header.lines.join('\n'));
  assert.equal(header.lines[header.lines.length - 1], 'ほか7項目（ノートに記載）');
  // Nothing runs off the slide (7.5 in high): the header and every cell end above its bottom.
  const bottom = 7.5 * 914400;
  assert.ok(header.box && header.box.y + header.box.h < bottom);
  for (const m of xml.matchAll(/name="cell [^"]*"[\s\S]*?<a:off x="\d+" y="(\d+)"\/><a:ext cx="\d+" cy="(\d+)"\/>/g)) assert.ok(Number(m[1]) + Number(m[2]) <= bottom, 'cell inside the slide');
});

// R12-7-1 in the deck: 柱7 has no amount, so it is a chip under the cells; its only item 「流通改善ガイドラインの
// 策定」 was on neither the slide nor its notes (the notes listed every cell, not the marks under them).
test('the treemap slide\'s notes name the marks under the cells and what each holds', async () => {
  for (const [lang, line] of [
    ['ja', '医療用医薬品の流通改善への一層の対応、金額の記載なし、流通改善ガイドラインの策定（金額の記載なし）'],
    ['en', '医療用医薬品の流通改善への一層の対応, no amount given, 流通改善ガイドラインの策定 (no amount given)'],
  ] as const) {
    const result = await renderPPTX({ input: load('pharma-budget'), ...(lang === 'en' ? { locale: lang } : {}) });
    assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
    const zip = await JSZip.loadAsync(result.pptx);
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    const text = [...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n');
    assert.ok(text.includes(line), `${lang}: 「${line}」 in the notes:\n${text}`);
  }
});
