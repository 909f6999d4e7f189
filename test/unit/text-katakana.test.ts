// Issue 8: katakana (and Latin) compounds in real labels break between the words the segmenter
// finds, never inside one when the box has room for each word; 「ファンドタスクフォース」 reads
// ファンド / タスクフォース, not ファンドタスク / フォース.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { wrapOrgLabel } from '../../src/charts/org/layout/box-text.js';
import { createApproxMeasure, NO_LINE_END, NO_LINE_START, wrapText } from '../../src/kit/text.js';

const measure = createApproxMeasure(14);
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const KATAKANA_RUN = /[\u30A1-\u30FA\u30FC-\u30FF]{4,}/u;

/** Every string in the seed data (data/*.json and data/effects/*.json) with a run of 4 katakana or more. */
function katakanaLabels(): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (KATAKANA_RUN.test(v) && v.length <= 80) found.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const dir of ['data', 'data/effects']) {
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  }
  return [...found].sort();
}

/** Offsets in `text` where a segmenter word starts or ends. */
function wordEdges(text: string): Set<number> {
  const edges = new Set<number>();
  for (const s of segmenter.segment(text)) {
    edges.add(s.index);
    edges.add(s.index + s.segment.length);
  }
  return edges;
}

/**
 * The segmenter's words that are katakana or Latin (the ones a line must not end inside), each
 * with the brackets and punctuation kinsoku keeps with it (イメージ」）。).
 */
function wordsOf(text: string): string[] {
  const segments = Array.from(segmenter.segment(text), (s) => s.segment);
  const out: string[] = [];
  segments.forEach((w, i) => {
    if (!/^[\u30A1-\u30FA\u30FC-\u30FFA-Za-z0-9]+$/u.test(w)) return;
    let whole = w;
    for (let k = i + 1; k < segments.length && NO_LINE_START.has(segments[k]![0]!); k++) whole += segments[k];
    for (let k = i - 1; k >= 0 && NO_LINE_END.has(segments[k]!.slice(-1)); k--) whole = segments[k] + whole;
    out.push(whole);
  });
  return out;
}

/** Offsets in `text` where `lines` break (lines joined give the text, spaces at breaks aside). */
function breakOffsets(text: string, lines: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at = text.indexOf(line, at) + line.length;
    while (text[at] === ' ') at++;
    out.push(at);
  }
  return out;
}

const labels = katakanaLabels();

describe('katakana compounds in the seed labels (issue 8)', () => {
  it('finds the katakana compounds of the seed data', () => {
    for (const name of ['健康・医療戦略ファンドタスクフォース', 'アジア健康構想ワーキンググループ', '国際医薬パートナーシップワーキンググループ']) {
      assert.ok(labels.includes(name), name);
    }
    assert.ok(labels.length >= 20, `${labels.length} labels`);
  });

  it('ends no line inside a katakana segmenter word when every such word fits on a line', () => {
    let checked = 0;
    for (const text of labels) {
      const edges = wordEdges(text);
      const widest = Math.max(...wordsOf(text).map((w) => measure(w)), 0);
      for (let width = Math.max(Math.ceil(widest), 42); width < measure(text); width += 7) {
        for (const lines of [wrapText({ text, maxWidth: width, measure }).lines, wrapOrgLabel({ text, maxWidth: width, measure }).lines]) {
          assert.equal(lines.join('').replace(/\s/gu, ''), text.replace(/\s/gu, ''));
          for (const at of breakOffsets(text, lines)) {
            const inKana = /[\u30A1-\u30FA\u30FC-\u30FF]/u.test(text[at - 1] ?? '') && /[\u30A1-\u30FA\u30FC-\u30FF]/u.test(text[at] ?? '');
            if (!inKana) continue;
            checked++;
            assert.ok(edges.has(at), `「${text}」 at ${width}px breaks inside a word: ${lines.join(' / ')}`);
          }
        }
      }
    }
    assert.ok(checked > 50, `only ${checked} katakana breaks checked`);
  });

  it('breaks 健康・医療戦略ファンドタスクフォース as ファンド / タスクフォース at every width that holds タスクフォース', () => {
    const text = '健康・医療戦略ファンドタスクフォース';
    for (let width = Math.ceil(measure('タスクフォース')); width < measure(text); width += 3) {
      for (const { lines } of [wrapText({ text, maxWidth: width, measure }), wrapOrgLabel({ text, maxWidth: width, measure, maxLines: 5 })]) {
        assert.ok(lines.includes('タスクフォース') || lines.some((l) => l.endsWith('ファンド')), `${width}px: ${lines.join(' / ')}`);
        assert.ok(!lines.some((l) => l.endsWith('ファンドタスク')), `${width}px: ${lines.join(' / ')}`);
      }
    }
    // 7 characters a line.
    assert.deepEqual(wrapText({ text, maxWidth: 100, measure }).lines, ['健康・医療戦略', 'ファンド', 'タスクフォース']);
  });

  it('cuts a katakana word wider than the line at its known words or leaves two characters or more on each side', () => {
    // 4 characters a line: ワーキング (5) and パートナーシップ (8) cannot stay whole.
    const { lines } = wrapText({ text: '国際医薬パートナーシップワーキンググループ', maxWidth: 60, measure });
    assert.deepEqual(lines, ['国際医薬', 'パート', 'ナー', 'シップ', 'ワーキ', 'ング', 'グループ']);
    for (const line of lines) assert.ok(!NO_LINE_START.has(line[0]!) && [...line].length >= 2, line);
    // The segmenter gives アルフレッサ as single characters: kept whole, broken before ホールディングス.
    assert.deepEqual(wrapText({ text: 'アルフレッサホールディングス', maxWidth: 120, measure }).lines, ['アルフレッサ', 'ホールディングス']);
  });

  it('uses … only when a single word cannot fit in the lines allowed', () => {
    const text = '国際医薬パートナーシップワーキンググループ';
    // Three lines of 9 characters hold it between words: no …
    const fits = wrapOrgLabel({ text, maxWidth: 130, measure, maxLines: 3 });
    assert.deepEqual(fits, { lines: ['国際医薬', 'パートナーシップ', 'ワーキンググループ'], truncated: false });
    // Three lines of 7 hold its 21 characters only by cutting inside words: cut, but no …
    const tight = wrapOrgLabel({ text, maxWidth: 100, measure, maxLines: 3 });
    assert.equal(tight.truncated, false);
    assert.equal(tight.lines.join(''), text);
    // Two lines of 9 cannot hold 21: the second ends in …, which fits.
    const cut = wrapOrgLabel({ text, maxWidth: 130, measure, maxLines: 2 });
    assert.equal(cut.truncated, true);
    assert.ok(cut.lines[1]!.endsWith('…') && measure(cut.lines[1]!) <= 130, cut.lines.join(' / '));
  });
});

describe('org box role lines keep an office and its title whole (issue 8, generated 200 at 1280 px)', () => {
  // The 15 em box at 1280 px: 194 px of 14 px text.
  const m14 = createApproxMeasure(14);
  it('breaks after 、 rather than inside 厚生労働省 or before 局長', () => {
    const wrap = (text: string) => wrapOrgLabel({ text, maxWidth: 194, measure: m14, maxLines: 5 }).lines;
    assert.deepEqual(wrap('事務局：内閣府副大臣、内閣府大臣政務官、厚生労働省医政局長'), ['事務局：内閣府副大臣、', '内閣府大臣政務官、', '厚生労働省医政局長']);
    // Also as the 155 px boxes at 800 px (139 px of text): 厚生労働省 and 医政局長 each whole on a line.
    for (const width of [139, 160, 194]) {
      for (const text of ['議長：厚生労働省医政局長、内閣府副大臣', '副議長：厚生労働省医政局長', '議長代行：内閣府副大臣、厚生労働省医政局長']) {
        const lines = wrapOrgLabel({ text, maxWidth: width, measure: m14, maxLines: 5 }).lines;
        assert.ok(lines.some((l) => l.includes('厚生労働省')) && lines.some((l) => l.includes('医政局長')), `${width}px: ${lines.join(' / ')}`);
      }
      // Ministries and bureaus the segmenter cuts into words (文部|科学|省, 国際|協力|局長) stay whole too.
      const lines = wrapOrgLabel({ text: '副議長：経済産業省商務・サービス審議官、外務省国際協力局長、文部科学省研究振興局長', maxWidth: width, measure: m14, maxLines: 40 }).lines;
      for (const name of ['経済産業省', '外務省', '国際協力局長', '文部科学省', '研究振興局長']) assert.ok(lines.some((l) => l.includes(name)), `${name} at ${width}px: ${lines.join(' / ')}`);
      // And posts (内閣|総理|大臣|補佐|官, 担当|大臣): the governance council's 副議長 (review R3-1, R3-2).
      const council = wrapOrgLabel({ text: '副議長：健康・医療戦略担当大臣を補佐する内閣府大臣政務官、内閣総理大臣補佐官（健康・医療戦略室長）', maxWidth: width, measure: m14, maxLines: 40 }).lines;
      for (const name of ['担当大臣', '大臣政務官', '内閣総理大臣補佐官']) assert.ok(council.some((l) => l.includes(name)), `${name} at ${width}px: ${council.join(' / ')}`);
    }
  });

  it('keeps パートナーシップ whole in a box that holds it (no 国際医薬 / パートナー / シップ検討)', () => {
    const m16 = createApproxMeasure(16);
    const lines = wrapOrgLabel({ text: '国際医薬パートナーシップ検討ワーキンググループ', maxWidth: 142, measure: m16, maxLines: 40 }).lines;
    assert.ok(lines.some((l) => l.includes('パートナーシップ')), lines.join(' / '));
  });
});

describe('org box names keep their lines even: no short word alone on a line (issue 8, review R3-3)', () => {
  // The generated 200-body chart's names, in the name font (16 px bold) of boxes 150–200 px wide.
  const m16 = createApproxMeasure(16);
  const bold = (t: string) => m16(t) * 1.03;
  const names = ['官民連携創薬支援ワーキンググループ（医療国際展開及びアジア健康構想に関する作業部会を含む）', '統合的ゲノム医療検討ワーキンググループ（介護ロボット及び介護ロボットに関する有識者会合を含む）'];

  it('leaves no line that is one short word the next line\'s first word could join, and keeps アジア健康構想 whole', () => {
    for (const text of names) {
      for (let width = 135; width <= 200; width += 5) {
        const lines = wrapOrgLabel({ text, maxWidth: width, measure: bold, maxLines: 40 }).lines;
        assert.equal(lines.join(''), text);
        lines.slice(0, -1).forEach((line, i) => {
          const next = Array.from(new Intl.Segmenter('ja', { granularity: 'word' }).segment(lines[i + 1]!), (s) => s.segment)[0]!;
          const lone = bold(line) < 0.35 * width && bold(line + next) <= width;
          assert.ok(!lone, `「${line}」 alone at ${width}px: ${lines.join(' / ')}`);
        });
        if (text.includes('アジア')) assert.ok(lines.some((l) => l.includes('アジア健康構想')), `アジア健康構想 at ${width}px: ${lines.join(' / ')}`);
      }
    }
  });
});

describe('a role line breaks after its title rather than inside the holder\'s name (review R10-0-9)', () => {
  const m14 = createApproxMeasure(14);
  it('「議長： / 健康・医療戦略担当大臣」 where a line holds the name; inside it only to save a line', () => {
    // 推進会議 at 800 px drew 「議長：健康・ / 医療戦略担当大臣」 (the break after ・ splits the name).
    for (const width of [160, 180]) {
      assert.deepEqual(wrapOrgLabel({ text: '議長：健康・医療戦略担当大臣', maxWidth: width, measure: m14, maxLines: 5 }).lines, ['議長：', '健康・医療戦略担当大臣'], `${width}px`);
      assert.deepEqual(wrapText({ text: '議長：健康・医療戦略担当大臣', maxWidth: width, measure: m14 }).lines, ['議長：', '健康・医療戦略担当大臣'], `${width}px`);
    }
    assert.deepEqual(wrapOrgLabel({ text: '座長：健康・医療戦略室長', maxWidth: 150, measure: m14, maxLines: 5 }).lines, ['座長：', '健康・医療戦略室長']);
    // Where the name does not fit a line, no third line: the name breaks between its words (not after its ・).
    assert.deepEqual(wrapOrgLabel({ text: '議長：健康・医療戦略担当大臣', maxWidth: 120, measure: m14, maxLines: 5 }).lines, ['議長：健康・医療', '戦略担当大臣']);
    assert.deepEqual(wrapText({ text: '議長：健康・医療戦略担当大臣', maxWidth: 120, measure: m14 }).lines, ['議長：健康・医療', '戦略担当大臣']);
    // A name that is not a role's holder keeps its breaks: 健康・ / 医療戦略推進本部 as before.
    assert.deepEqual(wrapText({ text: '健康・医療戦略推進本部', maxWidth: 120, measure: m14 }).lines, ['健康・医療戦略', '推進本部']);
  });
});
