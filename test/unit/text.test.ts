import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createApproxMeasure, NO_LINE_END, NO_LINE_START, splitKeep, wrapText, type WrapTextOptions } from '../../src/kit/text.js';

// 10px font: CJK 10px, ASCII letters/digits 6px, space 3px, '.' 4px. 50px = five CJK characters.
const measure = createApproxMeasure(10);

function wrap(text: string, maxWidth: number, extra: Partial<WrapTextOptions> = {}) {
  const result = wrapText({ text, maxWidth, measure, ...extra });
  for (const line of result.lines) {
    assert.ok(measure(line) <= maxWidth, `「${line}」 is ${measure(line)}px, wider than ${maxWidth}px`);
    assert.ok(!NO_LINE_START.has(line[0] ?? ''), `「${line}」 starts with a closing character`);
    assert.ok(!NO_LINE_END.has(line[line.length - 1] ?? ''), `「${line}」 ends with an opening bracket`);
  }
  return result;
}

describe('createApproxMeasure', () => {
  it('estimates widths by character class', () => {
    assert.equal(measure('健康'), 20);
    assert.equal(measure('ＡＩ'), 20);
    assert.equal(measure('AI'), 12);
    assert.equal(measure('a b'), 15);
  });
});

describe('wrapText', () => {
  it('breaks Japanese between words, keeping punctuation and brackets in place (kinsoku)', () => {
    const text = '健康・医療戦略推進本部（本部長：内閣総理大臣）、健康・医療戦略推進会議';
    const { lines, truncated } = wrap(text, 50);
    // Not 戦略推進本 / 部（本部 / 長：内閣総 (breaks inside words when word breaks exist).
    assert.deepEqual(lines, ['健康・医療', '戦略推進', '本部', '（本部長：', '内閣総理', '大臣）、', '健康・医療', '戦略推進', '会議']);
    assert.equal(truncated, false);
    assert.equal(lines.join(''), text);
  });

  it('keeps an opening bracket with what follows and a closing one with what precedes', () => {
    assert.deepEqual(wrap('（アジア健康構想推進会議）', 50).lines, ['（アジア', '健康構想', '推進会議）']);
    assert.deepEqual(wrap('「（アジア健康構想推進会議）」', 40).lines, ['「（アジ', 'ア健康', '構想推進', '会議）」']);
  });

  it('keeps small kana and ー off the start of a line', () => {
    // Without kinsoku: ゲノムネ / ットワー / ク.
    assert.deepEqual(wrap('ゲノムネットワーク', 40).lines, ['ゲノム', 'ネット', 'ワーク']);
  });

  it('keeps full-width Latin words whole in mixed text', () => {
    // Particles (の, による) stay with the word before them; the break comes after them.
    assert.deepEqual(wrap('ＡＩの活用による医薬品開発支援', 50).lines, ['ＡＩの', '活用による', '医薬品開発', '支援']);
    assert.deepEqual(wrap('ＡＩの活用による医薬品開発支援', 25).lines, ['ＡＩ', 'の', '活用', 'によ', 'る', '医薬', '品', '開発', '支援']);
  });

  it('breaks English at spaces', () => {
    const { lines } = wrap('Headquarters for Healthcare Policy', 120, { locale: 'en' });
    assert.deepEqual(lines, ['Headquarters for', 'Healthcare Policy']);
  });

  it('keeps a punctuation mark with its word', () => {
    // "Research" is 48px, "Research," 52px: at 50px the comma may not start a line, so a
    // letter goes with it; "development" (66px) alone is too wide and breaks by grapheme.
    assert.deepEqual(wrap('Research, development', 50, { locale: 'en' }).lines, ['Researc-', 'h,', 'develop-', 'ment']);
    assert.deepEqual(wrap('Research, development', 70, { locale: 'en' }).lines, ['Research,', 'development']);
  });

  it('breaks a word wider than the box by grapheme, with a hyphen that fits', () => {
    assert.deepEqual(wrap('Pharmaceuticals', 40, { locale: 'en' }).lines, ['Pharma-', 'ceutic-', 'als']);
  });

  it('keeps a number with its unit', () => {
    assert.deepEqual(wrap('合計49.1億円', 50).lines, ['合計', '49.1億円']);
  });

  it('keeps a named phrase whole: breaks before 「うち再掲 18.0億円」, not inside it (issue 9)', () => {
    const text = '18.4億円（うち再掲 18.0億円 → 計上 0.4億円）';
    const keep = ['うち再掲 18.0億円', '計上 0.4億円'];
    // Without the phrases (and the parentheses) the line breaks between 再掲 and its amount, and between 計上 and its.
    const bare = '18.4億円 うち再掲 18.0億円 → 計上 0.4億円';
    assert.deepEqual(wrap(bare, 100).lines, ['18.4億円 うち再掲', '18.0億円 → 計上', '0.4億円']);
    assert.deepEqual(wrap(bare, 100, { keep }).lines, ['18.4億円', 'うち再掲 18.0億円 →', '計上 0.4億円']);
    // In a short parenthesis the line breaks before it even without the phrases.
    assert.deepEqual(wrap(text, 100).lines, ['18.4億円', '（うち再掲 18.0億円', '→ 計上 0.4億円）']);
    assert.deepEqual(wrap(text, 100, { keep }).lines, ['18.4億円', '（うち再掲 18.0億円', '→ 計上 0.4億円）']);
    // The short parenthesis goes to the next line whole where it can; starting the line, it breaks between the phrases.
    assert.deepEqual(wrap(text, 150, { keep }).lines, ['18.4億円', '（うち再掲 18.0億円 →', '計上 0.4億円）']);
    // A phrase wider than the box alone (with the 」 or ） that must follow it) breaks as any text: at its
    // spaces, never inside a number nor between a number and its unit.
    const narrow = wrap(text, 60, { keep });
    assert.deepEqual(narrow.lines, ['18.4億円', '（うち再掲', '18.0億円 →', '計上', '0.4億円）']);
    assert.equal(narrow.truncated, false);
  });

  it('breaks before a short parenthesis rather than inside it, while the line has another place to break', () => {
    const text = '18.4億円（うち再掲 18.0億円 → 計上 0.4億円）';
    // Was 「18.4億円（うち再掲 18.0億円 → 計上 / 0.4億円）」.
    assert.deepEqual(wrap(text, 150).lines, ['18.4億円', '（うち再掲 18.0億円 → 計上', '0.4億円）']);
    // It fits after the break: on one line.
    assert.deepEqual(wrap(`研究開発の推進${text}`, 200).lines, ['研究開発の推進18.4億円', '（うち再掲 18.0億円 → 計上 0.4億円）']);
    // A long parenthesis (more than 32 characters) breaks inside as any text.
    const long = `医薬品の開発（${'ゲノム医療の実現に向けた研究開発の推進'.repeat(2)}）`;
    assert.equal(wrap(long, 150).lines[0], '医薬品の開発（ゲノム医療の');
  });

  it('never parts a number from its unit to fit the lines (18.0 / 億円): the text is cut with … instead', () => {
    // Was 「再掲 18.0 / 億円の事業 / を実施」.
    const three = wrap('再掲 18.0億円の事業を実施', 50, { maxLines: 3 });
    assert.deepEqual(three.lines, ['再掲', '18.0億円', 'の事業を…']);
    assert.equal(three.truncated, true);
    // Where nothing better than a cut inside a katakana word is left, the number and its unit part first.
    assert.deepEqual(wrap('差 20.0ポイント', 50).lines, ['差', '20.0', 'ポイント']);
  });

  it('cuts text into runs at the kept phrases for HTML, in order and whole', () => {
    const text = '記載額の計 118.5億円 − うち再掲 36.3億円 = 計上額 82.2億円';
    const runs = splitKeep(text, ['記載額の計 118.5億円', 'うち再掲 36.3億円', '計上額 82.2億円', '']);
    assert.deepEqual(runs, [
      { text: '記載額の計 118.5億円', keep: true },
      { text: ' − ', keep: false },
      { text: 'うち再掲 36.3億円', keep: true },
      { text: ' = ', keep: false },
      { text: '計上額 82.2億円', keep: true },
    ]);
    assert.equal(runs.map((r) => r.text).join(''), text);
    assert.deepEqual(splitKeep('abc', ['x']), [{ text: 'abc', keep: false }]);
  });

  it('honours explicit newlines', () => {
    assert.deepEqual(wrap('AMED\n日本医療研究開発機構', 100).lines, ['AMED', '日本医療研究開発機構']);
    assert.deepEqual(wrap('', 100).lines, []);
  });

  it('truncates to maxLines with an ellipsis that fits', () => {
    const result = wrap('国立研究開発法人日本医療研究開発機構', 50, { maxLines: 2 });
    assert.deepEqual(result, { lines: ['国立研究', '開発法人…'], truncated: true });
    const en = wrap('Headquarters for Healthcare Policy', 120, { maxLines: 1, locale: 'en' });
    assert.deepEqual(en, { lines: ['Headquarters for…'], truncated: true });
    assert.deepEqual(wrap('健康', 50, { maxLines: 1 }), { lines: ['健康'], truncated: false });
  });

  it('gives a grapheme wider than the box a line of its own', () => {
    const { lines } = wrapText({ text: '本部', maxWidth: 5, measure });
    assert.deepEqual(lines, ['本', '部']);
  });
});

describe('wrapText: where Japanese and Latin text may break (issues 8 and 9)', () => {
  const words = ['ヘルスケア', 'パートナーシップ', 'ネットワーク', 'ワーキンググループ', 'TimeScale', 'Property', 'DirtySprite'];

  it('never breaks inside a katakana or Latin word when another break exists', () => {
    const texts = [
      'ヘルスケア産業推進ワーキンググループ',
      '日英ヘルスケアパートナーシップ推進会議',
      'ゲノム医療ネットワーク構築事業',
      'データヘルス改革推進本部ワーキンググループ',
      'TimeScaleとPropertyとDirtySpriteの改修',
      'TimeScale Property DirtySprite',
      'アジア健康構想・ヘルスケアパートナーシップ',
    ];
    for (const text of texts) {
      // Every width at which the longest of these words still fits on a line of its own.
      for (let width = 90; width <= 200; width += 5) {
        const { lines } = wrap(text, width);
        assert.equal(lines.join('').replace(/\s/gu, ''), text.replace(/\s/gu, ''));
        for (const word of words) {
          if (!text.includes(word) || measure(word) > width) continue;
          assert.ok(lines.some((line) => line.includes(word)), `${word} is broken at ${width}px: ${lines.join(' / ')}`);
        }
      }
    }
  });

  it('breaks at script changes, after ・ and after particles', () => {
    assert.deepEqual(wrap('ヘルスケア産業推進ワーキンググループ', 100).lines, ['ヘルスケア産業推進', 'ワーキンググループ']);
    // ワーキンググループ alone is wider than 60px: only then is it broken, between its words (not ワーキンググ / ループ).
    assert.deepEqual(wrap('ヘルスケア産業推進ワーキンググループ', 60).lines, ['ヘルスケア', '産業推進', 'ワーキング', 'グループ']);
    assert.deepEqual(wrap('健康・医療戦略', 40).lines, ['健康・', '医療戦略']);
    assert.deepEqual(wrap('医療分野の研究開発に関する総合戦略', 80).lines, ['医療分野の研究', '開発に関する総合', '戦略']);
    assert.deepEqual(wrap('TimeScaleDBの性能', 90).lines, ['TimeScaleDBの', '性能']);
  });

  it('keeps 1-1 and a word with its trailing punctuation together', () => {
    assert.deepEqual(wrap('施策 1-1 医療', 30).lines, ['施策', '1-1', '医療']);
    assert.deepEqual(wrap('施策1-1の概要', 40).lines, ['施策', '1-1の', '概要']);
    assert.deepEqual(wrap('co-operation and/or', 60, { locale: 'en' }).lines, ['co-', 'operation', 'and/or']);
  });

  it('breaks a katakana word only when it alone is wider than the box, without a hyphen', () => {
    const { lines } = wrap('ワーキンググループ', 60);
    assert.ok(lines.length > 1);
    assert.ok(lines.every((line) => !line.endsWith('-')));
    assert.equal(lines.join(''), 'ワーキンググループ');
  });

  it('ends in … only when the lines run out, keeping kinsoku', () => {
    const r = wrap('日英ヘルスケアパートナーシップ推進会議', 90, { maxLines: 2 });
    assert.equal(r.truncated, true);
    assert.deepEqual(r.lines, ['日英ヘルスケア', 'パートナーシップ…']);
  });

  it('never loses or reorders characters, and every line fits (fast-check)', () => {
    const alphabet = [...'あいのにはアーッルグプ漢字医療・、。「」（）AbcDe1 -/é'];
    const text = fc.array(fc.constantFrom(...alphabet, 'ヘルスケア', 'TimeScale', '\n', '😀'), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 30, max: 200 }), fc.constantFrom<'ja' | 'en'>('ja', 'en'), (t, maxWidth, locale) => {
        const { lines } = wrapText({ text: t, maxWidth, measure, locale });
        for (const line of lines) assert.ok(measure(line) <= maxWidth, `「${line}」 (${measure(line)}px) in ${maxWidth}px`);
        // Spaces at breaks and added hyphens aside, the lines are the text.
        const strip = (s: string) => s.replace(/[\s-]/gu, '');
        assert.equal(strip(lines.join('')), strip(t));
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  it('remembers the segmenting of a label: wrapping it again at other widths gives the same lines as a first wrap', (t) => {
    // Speed is reported, not asserted (no timed assertions): the bench covers it.
    const labels = Array.from({ length: 500 }, (_, i) => `ヘルスケア産業推進ワーキンググループ第${i}分科会・TimeScale検討チーム`);
    const first = labels.map((text) => wrapText({ text, maxWidth: 100, measure }).lines);
    const start = performance.now();
    for (let round = 0; round < 20; round++) for (const text of labels) wrapText({ text, maxWidth: 100 + round, measure });
    t.diagnostic(`10,000 wraps of segmented labels: ${Math.round(performance.now() - start)} ms`);
    assert.deepEqual(labels.map((text) => wrapText({ text, maxWidth: 100, measure }).lines), first);
    assert.deepEqual(first[7], ['ヘルスケア産業推進', 'ワーキンググループ第', '7分科会・TimeScale', '検討チーム']);
  });
});
