/**
 * Line breaking for labels drawn in SVG (which does not wrap text by itself), with Japanese
 * rules. Every place where a line may break gets a rank, and a line breaks at the best-ranked
 * place that keeps it within the box (the latest of those):
 *
 * 0. a space; after 、。・ and the like; a change of script (漢字 ↔ カタカナ, Latin ↔ Japanese);
 *    after a particle (の, に, による); an `Intl.Segmenter` word boundary between kanji or kana
 *    (ファンド|タスク, ゲノム|ネットワーク); after a hyphen or slash between Latin letters;
 * 1. inside a kanji word, before a particle or okurigana (which belong to the word before),
 *    before a one-kanji suffix (協議|会) or after a one-kanji prefix (副|大臣);
 * 2. between the words of a katakana compound (タスク|フォース: a boundary the segmenter finds
 *    in 「ファンドタスクフォース」 but not in 「タスクフォース」 alone), or between the known words
 *    inside one segmenter word (ワーキング|グループ);
 * 3. at a segmenter boundary it gives among words it does not know (バイオ|シ|ミラー), which are
 *    joined into one word;
 * 4. anywhere else inside a katakana word (ヘルスケ|ア), the last resort before `…`; a cut one
 *    character from a word's edge (パートナーシッ|プ) only when nothing else fits.
 *
 * A line breaks inside a short parenthesis (「（うち再掲 18.0億円 → 計上 0.4億円）」, up to
 * {@link SHORT_PARENS} characters) only when it has no other place to break (the parenthesis
 * starts the line): before it, at whatever rank, rather than inside; a number is parted from the
 * unit after it (18.0億円, 23病院) only where the line has no better place than inside a katakana
 * word (20.0 / ポイント rather than 20.0ポイ / ント), never to fit `maxLines`.
 *
 * and kinsoku shori keeps closing brackets, punctuation, small kana and ー off the start of a
 * line and opening brackets off its end. A Latin word (TimeScale, 「1-1」) is never broken
 * unless it alone is wider than the box; then it is cut by grapheme with a hyphen.
 *
 * A caller may also name phrases to keep whole (`keep`: 「うち再掲 18.0億円」): a line breaks
 * before such a phrase, never inside it, unless the phrase alone is wider than the box (then it
 * breaks as any text). HTML
 * text follows the same rule through {@link splitKeep} (each kept phrase in a no-wrap span).
 *
 * Pure and Node-safe: widths come from a `MeasureText` function (canvas in the browser,
 * the font files' metrics or {@link createApproxMeasure} in Node).
 */
import type { Locale } from '../data/types.js';

/** Width in px of `text` set in one fixed font. */
export type MeasureText = (text: string) => number;

/** Characters that may not start a line (closing brackets, punctuation, small kana, ー). */
export const NO_LINE_START = new Set(
  Array.from('、。，．・：；？！）］｝〕〉》」』】ゝゞーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%％…‥'),
);

/** Characters that may not end a line (opening brackets). */
export const NO_LINE_END = new Set(Array.from('（［｛〔〈《「『【([{'));

/** Words after which a Japanese line may break even before more hiragana (の, による). */
const PARTICLES = new Set([
  'の', 'に', 'は', 'が', 'を', 'と', 'で', 'へ', 'も', 'や', 'か', 'から', 'まで', 'より', 'など', 'にて',
  'による', 'に関する', 'における', 'について', 'として', 'ため', 'ための', 'および', '及び', '並びに', 'または', '又は',
]);

const ELLIPSIS = '…';
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3134F}]/u;
const SPACE = /^\s+$/u;
/** Full-width letters and digits (ＡＩ, ２９) measure like CJK but break like Latin words. */
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const DIGIT = /[0-9\uFF10-\uFF19]/u;

/** Options of {@link wrapText}. */
export interface WrapTextOptions {
  text: string;
  /** Width of the box in px. */
  maxWidth: number;
  measure: MeasureText;
  /** Lines allowed; beyond it the last line ends in `…`. Default: no limit. */
  maxLines?: number;
  /** Locale used for word segmentation (default ja). */
  locale?: Locale;
  /** Phrases never broken inside (every occurrence in `text`), unless one alone is wider than the box. */
  keep?: readonly string[];
  /**
   * A line ends at a stronger break (、 ： ・ a change of script) rather than at a later one
   * between two kanji words (厚生|労働) when that keeps most of the line and adds no line: role
   * titles and names in org boxes (「…政務官、 / 厚生労働省医政局長」). Default false.
   */
  phrases?: boolean;
  /**
   * Whether the last line of a text cut to `maxLines` ends in `…` (default true). False leaves it
   * as wrapped, without the work of cutting it to fit `…`: for a caller that only asks whether the
   * text fits in so many lines, or that cuts the last line itself.
   */
  ellipsis?: boolean;
}

/** The result of {@link wrapText}. */
export interface WrappedText {
  lines: string[];
  /** True when text was cut to fit `maxLines`. */
  truncated: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();
function getSegmenter(locale: string, granularity: 'grapheme' | 'word'): Intl.Segmenter {
  const key = `${locale}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/**
 * Builds the word segmenter the line breaking uses for `locale` and segments a line with it, so
 * that the first chart's layout finds ICU started (a fresh tab's first `Intl` object and the first
 * Japanese word segmentation take 15–20 ms of CPU). Nothing else changes: the same segmenter is used.
 */
export function prepareLineBreaking(locale: Locale = 'ja'): void {
  for (const _ of getSegmenter(locale, 'word').segment('予算の概要について')) void _;
}

/** How a grapheme behaves at a line break. */
const enum Kind {
  Space,
  /** Latin, digits, full-width ＡＩ, other alphabets: words broken only at spaces and hyphens. */
  Word,
  /** ASCII and other non-CJK punctuation and symbols: part of the word next to it. */
  Mark,
  Hiragana,
  Katakana,
  Kanji,
  /** CJK punctuation and brackets (、。・「」（）): a break is allowed beside them (kinsoku aside). */
  CjkMark,
}

const HIRAGANA = /^[\u3041-\u309F]/u;
const KATAKANA = /^[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const KANJI = /^[\u2E80-\u2FFF\u3005-\u3007\u3021-\u3029\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const LETTER = /^\p{L}$/u;

/** Kinds of the one-unit graphemes met so far, by UTF-16 unit (+1; 0: not yet worked out): labels repeat their characters. */
const unitKinds = new Uint8Array(0x10000);

function kindOf(g: string): Kind {
  if (g.length !== 1) return kindByPattern(g);
  const code = g.charCodeAt(0);
  const known = unitKinds[code]!;
  if (known !== 0) return known - 1;
  const kind = kindByPattern(g);
  unitKinds[code] = kind + 1;
  return kind;
}

function kindByPattern(g: string): Kind {
  if (SPACE.test(g)) return Kind.Space;
  if (HIRAGANA.test(g)) return Kind.Hiragana;
  if (KATAKANA.test(g)) return Kind.Katakana;
  if (KANJI.test(g)) return Kind.Kanji;
  if (FULLWIDTH_ALNUM.test(g) || LETTER_OR_DIGIT.test(g)) return Kind.Word;
  return CJK.test(g) ? Kind.CjkMark : Kind.Mark;
}

/** Single kanji that lead the word after them (副大臣, 第2, 本会議) rather than close the one before. */
const KANJI_PREFIXES = new Set(Array.from('副各諸新第総前元旧同本非未'));

/** Whether a grapheme is CJK for line breaking (breakable on either side). */
function isCjk(kind: Kind): boolean {
  return kind >= Kind.Hiragana;
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0) ?? 0);
}

function lastChar(s: string): string {
  const chars = Array.from(s);
  return chars[chars.length - 1] ?? '';
}

/**
 * Text is segmented in chunks of about this many UTF-16 units: iterating an `Intl.Segmenter`
 * over one long string is quadratic in Node 20, so a 64k-character label took seconds; in
 * chunks the work is linear in the length.
 */
const CHUNK = 256;

/** Whether a chunk may end before `text[i]`: not inside a surrogate pair, a combining sequence or a ZWJ sequence. */
function isChunkEdge(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  const joins = /\p{M}/u.test(text[i]!) || code === 0x200c || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f);
  return !joins && text.charCodeAt(i - 1) !== 0x200d;
}

/** `text` in pieces of about {@link CHUNK} units, cut after a space where there is one nearby. */
function* chunksOf(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let end = start + CHUNK;
    // Only within this chunk (lastIndexOf from `end` would scan back to the start of the text).
    const space = text.slice(start + CHUNK / 2, end).lastIndexOf(' ');
    if (space >= 0) end = start + CHUNK / 2 + space + 1;
    else while (end > start + 1 && !isChunkEdge(text, end)) end--;
    yield text.slice(start, end);
    start = end;
  }
  if (start < text.length || text === '') yield text.slice(start);
}

/**
 * What can join characters into one grapheme: characters beyond the BMP (emoji and their
 * modifiers, flags, tags) and lone surrogates, combining and spacing marks, format
 * characters (joiners, prepended marks), variation selectors, Hangul jamo, CR (of CR LF), the
 * half-width (semi-)voiced marks and U+0D4E. Text without any (most labels) has one grapheme per
 * unit, and needs no `Intl.Segmenter` (slow to build in a fresh tab) to be split into them.
 */
const JOINING = /[\p{M}\p{Cf}\u{10000}-\u{10FFFF}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\r\u0D4E]|[\uFE00-\uFE0F]|[\uD800-\uDFFF]|\uFF9E|\uFF9F/u;

/** The graphemes of `chunk` (one chunk: {@link CHUNK} units or so): its units when nothing joins them, else the segmenter's. */
function graphemesIn(chunk: string, locale: Locale): Iterable<string> {
  if (!JOINING.test(chunk)) return chunk;
  return Array.from(getSegmenter(locale, 'grapheme').segment(chunk), (s) => s.segment);
}

/** The graphemes of `text`, segmented chunk by chunk. */
function* graphemesOf(text: string, locale: Locale): Generator<string> {
  for (const chunk of chunksOf(text)) yield* graphemesIn(chunk, locale);
}

/**
 * The graphemes of `text` (user-perceived characters: 🇯🇵, が as か + ゛), split without an
 * `Intl.Segmenter` where nothing in it joins units (see {@link JOINING}).
 */
export function splitGraphemes(text: string, locale: Locale = 'ja'): string[] {
  return JOINING.test(text) ? Array.from(graphemesOf(text, locale)) : Array.from(text);
}

/** No break at all between two graphemes. */
const NEVER = Infinity;
/** Rank of a break forced inside a run longer than `maxUnit` (nothing is better or worse), or one character from a katakana word's edge. */
const FORCED = 5;

/**
 * The rank of a line break between grapheme `prev` and grapheme `next` (0 best, see the file
 * comment), or {@link NEVER}. `words`: the `Intl.Segmenter` words that end with `prev` and
 * start with `next`, when a word boundary lies between them.
 */
function breakRank(prev: string, next: string, words: { before: string; after: string } | undefined): number {
  const p = kindOf(prev);
  const n = kindOf(next);
  if (n === Kind.Space) return NEVER;
  if (NO_LINE_START.has(firstChar(next)) || NO_LINE_END.has(lastChar(prev))) return NEVER;
  if (p === Kind.Space) return 0;
  // Keep a number with the unit after it (49.1億円, 23病院) unless they do not fit on a line
  // together (20.0 / ポイント, rather than 20.0ポイ / ント): see FIGURE_UNIT.
  if (DIGIT.test(lastChar(prev)) && (n === Kind.Kanji || n === Kind.Katakana || n === Kind.Hiragana)) return FIGURE_UNIT;
  if (!isCjk(p) && !isCjk(n)) {
    // Inside a Latin word (TimeScale, 1-1, e.g): only after a hyphen or slash before a letter (co-operation, and/or).
    return /^[-/‐–]$/u.test(prev) && LETTER.test(firstChar(next)) ? 0 : NEVER;
  }
  if (p === Kind.CjkMark || n === Kind.CjkMark) return 0;
  if (!words) return p === Kind.Katakana && n === Kind.Katakana ? 2 : 1;
  // Particles and okurigana belong to the word before them; a break may follow a particle.
  if (n === Kind.Hiragana) return p === Kind.Hiragana && PARTICLES.has(words.before) ? 0 : 1;
  // A one-kanji word is a suffix of the word before (協議|会, 内閣|府) or a prefix of the word
  // after (副|大臣): keep it with that word if possible; between the two (内閣府|副大臣) is a good place.
  if (p === Kind.Kanji && n === Kind.Kanji) {
    const suffix = (words.after.length === 1 && !KANJI_PREFIXES.has(words.after)) || KANJI_TITLES.has(words.after);
    const prefix = words.before.length === 1 && KANJI_PREFIXES.has(words.before);
    if (suffix || prefix) return 1;
    // After a ministry's or agency's name (厚生労働省|医政局長): a phrase ends there.
    if (MINISTRY_ENDS.has(lastChar(words.before))) return 0;
    // Between two kanji words (厚生|労働): a phrase goes on past it (厚生労働省), so a break
    // after 、 ： or a change of script not far before it reads better (see `wrapWith`).
    return WEAK;
  }
  return 0;
}

/**
 * Rank of a break between two kanji words the segmenter finds (厚生|労働, 医療|実現): as good as
 * any between words (rank 0) when choosing how far a line runs, but one at a stronger boundary
 * (、 ： （ a space, a change of script, a particle) is taken instead when its line is not much
 * shorter ({@link STRONG_SHARE}).
 */
const WEAK = 0.5;
/** A line may end at a stronger boundary than a {@link WEAK} one after it when it keeps this share of that line's width. */
const STRONG_SHARE = 0.6;

/** Titles that close the name of their office or post (医政|局長, 官房|長官, 大臣|政務官): kept with it, like a one-kanji suffix. */
const KANJI_TITLES = new Set(['局長', '部長', '課長', '室長', '所長', '次長', '院長', '会長', '班長', '長官', '審議官', '政務官']);

/**
 * Rank of a break between a number and its unit (18.0|億円): worse than any break between words
 * or inside a kanji word, better than one inside a katakana word (20.0 / ポイント, not 20.0ポイ /
 * ント); and never counted as a good one to fit `maxLines` (`chooseBreak`), so a line never ends
 * 「18.0」 while it has another place to break.
 */
const FIGURE_UNIT = 3.5;

/** Rank of a break between the words of a katakana compound (タスク|フォース, ワーキング|グループ). */
const KANA_COMPOUND = 2;
/** Rank of a break at a boundary the segmenter gives among unknown katakana (バイオ|シ|ミラー), joined into one word. */
const KANA_GUESS = 3;
/** Rank of a break anywhere else inside a katakana word (ヘルスケ|ア). */
const INSIDE_KANA = 4;

const KATAKANA_CHAR = /[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;

/**
 * Katakana words common in the names of public bodies, found inside one segmenter word: a
 * compound the segmenter keeps whole (ワーキンググループ) breaks between them (ワーキング /
 * グループ) before anywhere else (ワーキンググ / ループ).
 */
const KATAKANA_PARTS = [
  'ワーキング', 'グループ', 'タスク', 'フォース', 'パートナー', 'シップ', 'ネット', 'ワーク', 'ヘルス', 'ケア', 'プラット', 'フォーム',
  'プロジェクト', 'イノベーション', 'センター', 'デジタル', 'データ', 'システム', 'サービス', 'チーム', 'サブ', 'コンソーシアム', 'ファンド',
  'ホールディングス', 'トレーニング', 'ベンチャー', 'バイオ', 'グローバル', 'メディカル', 'クリニカル', 'ジャパン',
].sort((a, b) => b.length - a.length);

/**
 * Katakana words made of {@link KATAKANA_PARTS} that are one word (partnership, not partner +
 * ship; network; platform): no break between their parts comes before one anywhere else inside
 * a word. Found first (longest match), so パートナーシップ / 検討 breaks after the word, and a box
 * too narrow for the word cuts it as any word ({@link INSIDE_KANA}).
 */
const KATAKANA_WHOLE = ['ネットワーク', 'プラットフォーム', 'パートナーシップ', 'リーダーシップ', 'メンバーシップ', 'オーナーシップ', 'スポンサーシップ', 'フェローシップ', 'インターンシップ'];
const KATAKANA_KNOWN = [...KATAKANA_PARTS, ...KATAKANA_WHOLE].sort((a, b) => b.length - a.length);

interface KanaPiece {
  text: string;
  /** Made of segments of one character, which the segmenter gives for what it does not know (フォー|ス, ア|ル|フ|レ|ッ|サ). */
  frag: boolean;
}

/** `pieces` with each pair for which `glue(before, after, i)` holds joined (left to right, joined pieces are fragments). */
function glued(pieces: KanaPiece[], glue: (a: KanaPiece, b: KanaPiece, i: number) => boolean): KanaPiece[] {
  const out: KanaPiece[] = [];
  pieces.forEach((p, i) => {
    const last = out[out.length - 1];
    if (last && glue(last, p, i)) out[out.length - 1] = { text: last.text + p.text, frag: true };
    else out.push(p);
  });
  return out;
}

const kanaCache = new Map<string, ReadonlyMap<number, number>>();
const KANA_CACHE_LIMIT = 20_000;

/**
 * Where a run of katakana (no ・ inside) may break, by offset in the run, with the rank: the
 * segmenter's word boundaries, except those it gives for words it does not know (single
 * characters: ファンド|タスク|フォー|ス, バイオ|シ|ミラー, ア|ル|フ|レ|ッ|サ|ホールディングス), whose
 * pieces are joined (フォース, バイオシミラー, アルフレッサ); a boundary the segmenter does not
 * find in the two words alone (タスク|フォース) is inside a compound ({@link KANA_COMPOUND}),
 * as are the boundaries between {@link KATAKANA_PARTS} inside one word. Offsets not in the map
 * are inside a word ({@link INSIDE_KANA}).
 */
function katakanaBreaks(run: string, locale: Locale): ReadonlyMap<number, number> {
  const key = `${locale}|${run}`;
  const hit = kanaCache.get(key);
  if (hit) return hit;
  const segmenter = getSegmenter(locale, 'word');
  const length = (p: KanaPiece) => Array.from(p.text).length;
  let pieces: KanaPiece[] = Array.from(segmenter.segment(run), (s) => ({ text: s.segment, frag: Array.from(s.segment).length === 1 }));
  const guesses: number[] = [];
  for (let i = 1, at = 0; i < pieces.length; i++) guesses.push((at += pieces[i - 1]!.text.length));
  // Single characters in a row are one unknown word (アルフレッサ).
  pieces = glued(pieces, (a, b) => a.frag && b.frag);
  // A lone single character joins the words on both sides (バイオ|シ|ミラー → バイオシミラー, フォー|ス → フォース).
  const lone = pieces.map((p) => p.frag && length(p) === 1);
  pieces = glued(pieces, (_a, _b, i) => lone[i - 1]! || lone[i]!);
  // A word of one or two characters beside an unknown one is part of it (シミ|ック → シミック).
  pieces = glued(pieces, (a, b) => (a.frag && !b.frag && length(b) <= 2) || (b.frag && !a.frag && length(a) <= 2));
  pieces = glued(pieces, (a, b) => a.frag && b.frag);
  const breaks = new Map<number, number>();
  let at = 0;
  pieces.forEach((p, i) => {
    if (i > 0) {
      const pair = pieces[i - 1]!.text + p.text;
      const alone = Array.from(segmenter.segment(pair)).length === 1;
      breaks.set(at, alone ? KANA_COMPOUND : 0);
    }
    // Known words inside a piece the segmenter keeps whole.
    let inner = 0;
    let head = 0;
    while (inner < p.text.length) {
      const rest = p.text.slice(inner);
      const word = KATAKANA_KNOWN.find((w) => rest.startsWith(w));
      if (word) {
        if (inner > 0 && inner - head >= 2) breaks.set(at + inner, KANA_COMPOUND);
        inner += word.length;
        head = inner;
        if (inner < p.text.length && p.text.length - inner >= 2 && !NO_LINE_START.has(p.text[inner]!)) breaks.set(at + inner, KANA_COMPOUND);
      } else inner++;
    }
    at += p.text.length;
  });
  const edges = [0, ...[...breaks.keys()].sort((a, b) => a - b), run.length];
  // The segmenter's boundaries inside joined unknown words come before other cuts there.
  for (const at of guesses) if (!breaks.has(at)) breaks.set(at, KANA_GUESS);
  // A word cut by width keeps two characters or more on each side (パートナーシッ / プ is worse
  // than パートナー / シップ): a cut one character from a word's edge ranks as a forced cut.
  for (let k = 1; k < edges.length; k++) {
    const [from, to] = [edges[k - 1]!, edges[k]!];
    if (to - from < 2) continue;
    if (!breaks.has(from + 1)) breaks.set(from + 1, FORCED);
    if (!breaks.has(to - 1)) breaks.set(to - 1, FORCED);
  }
  if (kanaCache.size >= KANA_CACHE_LIMIT) kanaCache.clear();
  kanaCache.set(key, breaks);
  return breaks;
}

/** Per offset in `chunk` that lies inside a run of katakana, the rank of a break there (see {@link katakanaBreaks}). */
function katakanaBreaksIn(chunk: string, locale: Locale): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of chunk.matchAll(/[\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]{2,}/gu)) {
    for (const [offset, rank] of katakanaBreaks(m[0], locale)) out.set(m.index + offset, rank);
  }
  return out;
}

/** Last characters of a ministry's or agency's name (厚生労働省, 消費者庁): a break after them ends a phrase. */
const MINISTRY_ENDS = new Set(['省', '庁']);

/** One-kanji words that close an office's name (労働|省, 内閣|府, 医政|局): never the start of a word the segmenter does not know. */
const OFFICE_SUFFIXES = new Set(Array.from('省府庁局部課室所院会団署'));

/**
 * `words` (segmenter words by offset) with runs of one-kanji words joined into one word, as the
 * segmenter gives a word it does not know (医|政 in 厚生労働省医政局長: 医政): a break then falls
 * before the run (厚生労働省 / 医政局長), not after its first character as after a suffix.
 * A run starts at neither a prefix (副) nor an office's suffix (省), which belong to their neighbours.
 */
function joinKanjiFragments(words: Map<number, string>): void {
  let run: number | undefined;
  for (const [at, word] of words) {
    const single = word.length === 1 && KANJI.test(word);
    if (run !== undefined && single && !KANJI_PREFIXES.has(word)) {
      words.set(run, words.get(run)! + word);
      words.delete(at);
      continue;
    }
    run = single && !KANJI_PREFIXES.has(word) && !OFFICE_SUFFIXES.has(word) ? at : undefined;
  }
}

/**
 * Posts whose names the segmenter cuts into words (内閣|総理|大臣, 担当|大臣): breaks between their
 * words rank {@link NAME_INSIDE}: 「…政務官、 / 内閣総理大臣補佐官」, not 「…政務官、内閣 / 総理大臣補佐官」.
 */
const KANJI_POSTS = ['内閣総理大臣補佐官', '内閣総理大臣', '内閣官房長官', '大臣政務官', '担当大臣'];

/**
 * Rank of a break between the words of one name (文部|科学|省, 国際|協力|局長, 内閣|総理|大臣): worse
 * than any break between words, better than one inside a word (文部科学省 / 研究振興局長; where the
 * name alone is wider than the line, 内閣総理 / 大臣 rather than 内閣総理大 / 臣).
 */
const NAME_INSIDE = 0.75;

/**
 * Rank of a break inside the name of a role's holder (議長：健康・|医療|戦略担当大臣): after its ・
 * or between two of its kanji words, worse than a break after the title (議長：|) and better than
 * one inside a ministry's name; taken only where it saves a line ({@link wrapTextRanked}).
 */
const HOLDER_INSIDE = 0.6;

/**
 * Offsets (starts of words in `words`) that lie inside one name: a post of {@link KANJI_POSTS},
 * or up to {@link NAME_WORDS} kanji words closed by a word of {@link NAME_ENDS} (a word ending in
 * 省 or 庁 closes a name of its own: 外務省 / 国際協力局長).
 */
function findNameBoundaries(words: ReadonlyMap<number, string>): Set<number> {
  const inner = new Set<number>();
  const list = [...words];
  for (let i = 0; i < list.length; i++) {
    for (const post of KANJI_POSTS) {
      let whole = list[i]![1];
      let j = i + 1;
      while (j < list.length && whole.length < post.length && post.startsWith(whole + list[j]![1])) whole += list[j++]![1];
      if (whole !== post || j === i + 1) continue;
      for (let k = i + 1; k < j; k++) inner.add(list[k]![0]);
      break;
    }
  }
  let names: number[] = [];
  let end = -1;
  for (const [at, word] of list) {
    const kanji = Array.from(word).every((c) => KANJI.test(c));
    if (kanji && NAME_ENDS.has(word) && names.length > 0 && at === end) {
      for (const k of names.slice(-NAME_WORDS).slice(1)) inner.add(k);
      inner.add(at);
      names = [];
    } else if (!kanji || MINISTRY_ENDS.has(lastChar(word))) names = [];
    else names = at === end ? [...names, at] : [at];
    end = at + word.length;
  }
  return inner;
}

/** Words that end the name of a ministry, an agency or a bureau, joined with the kanji words before them. */
const NAME_ENDS = new Set(['省', '庁', '局', '局長']);
/** Kanji words joined before a {@link NAME_ENDS} word, at most (経済|産業|省: two). */
const NAME_WORDS = 3;

/** A parenthesis of at most this many UTF-16 units, brackets included, is short: a line breaks before it rather than inside. */
const SHORT_PARENS = 32;

/**
 * The short parentheses of `paragraph` (（…） or (…), {@link SHORT_PARENS} units at most), as
 * sorted [start, end) ranges of offsets; a break at an offset strictly inside one is marked (`Unit.parens`).
 */
function shortParens(paragraph: string): [number, number][] {
  if (!/[(（]/u.test(paragraph)) return [];
  const open: number[] = [];
  const found: [number, number][] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '（' || c === '(') open.push(i);
    else if ((c === '）' || c === ')') && open.length > 0) {
      const start = open.pop()!;
      if (i + 1 - start <= SHORT_PARENS) found.push([start, i + 1]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Whether `offset` lies strictly inside one of `ranges`. */
function insideRanges(ranges: readonly [number, number][], offset: number): boolean {
  for (const [start, end] of ranges) {
    if (start >= offset) return false;
    if (offset < end) return true;
  }
  return false;
}

/** A run of graphemes with no break inside, and the rank of the break before it. */
export interface Unit {
  text: string;
  rank: number;
  /** The break before it lies inside a short parenthesis: taken only when the line has no other. */
  parens?: boolean;
}

/**
 * Splits a paragraph (no '\n') into units: runs of graphemes between which no break is
 * allowed. Trailing spaces stay on the unit before them. Lazy, so that a caller that has
 * enough lines stops the segmenting. A unit is cut at `maxUnit` UTF-16 units: longer than
 * that, it could not be drawn whole anyway.
 */
function* splitUnits(paragraph: string, locale: Locale, maxUnit = Infinity): Generator<Unit> {
  const wordSegmenter = getSegmenter(locale, 'word');
  let current = '';
  let rank = 0;
  /** Whether the break before `current` lies inside a short parenthesis. */
  let inParens = false;
  let prev: string | undefined;
  /** The word `prev` belongs to (a chunk starts a new word). */
  let word = '';
  const parens = shortParens(paragraph);
  /** The end of a role's title that starts the paragraph (「議長：」), or 0. */
  const role = ROLE_TITLE.exec(paragraph)?.[0].length ?? 0;
  /** The end of the kanji (and ・) name after that title: the holder's name. */
  let holderEnd = role;
  if (role > 0) while (holderEnd < paragraph.length && (KANJI.test(paragraph[holderEnd]!) || paragraph[holderEnd] === '・')) holderEnd++;
  /** Offset of the chunk in the paragraph. */
  let base = 0;
  for (const chunk of chunksOf(paragraph)) {
    const words = new Map<number, string>();
    for (const s of wordSegmenter.segment(chunk)) words.set(s.index, s.segment);
    joinKanjiFragments(words);
    const inner = findNameBoundaries(words);
    const kana = KATAKANA_CHAR.test(chunk) ? katakanaBreaksIn(chunk, locale) : undefined;
    let offset = 0;
    for (const g of graphemesIn(chunk, locale)) {
      const before = word;
      const starting = words.get(offset);
      if (starting !== undefined) word = starting;
      if (prev !== undefined) {
        let r = current.length >= maxUnit ? FORCED : breakRank(prev, g, starting === undefined ? undefined : { before, after: starting });
        if (kana && r !== NEVER && r !== FORCED && kindOf(prev) === Kind.Katakana && kindOf(g) === Kind.Katakana) r = kana.get(offset) ?? INSIDE_KANA;
        if (starting !== undefined && r !== NEVER && r !== FORCED && inner.has(offset)) r = NAME_INSIDE;
        // After a role's title, the holder's name (議長：健康・医療戦略担当大臣) is one name: a break
        // between its words, or after its ・, is inside it.
        if (base + offset > role && base + offset < holderEnd && (r === WEAK || (r === 0 && prev === '・'))) r = HOLDER_INSIDE;
        if (r !== NEVER) {
          yield inParens ? { text: current, rank, parens: true } : { text: current, rank };
          current = '';
          rank = r;
          inParens = parens.length > 0 && insideRanges(parens, base + offset);
        }
      }
      current += g;
      offset += g.length;
      prev = g;
    }
    base += chunk.length;
  }
  if (current) yield inParens ? { text: current, rank, parens: true } : { text: current, rank };
}

/** Units of short paragraphs, per locale: labels repeat, and a chart wraps each at several widths. */
const unitCache = new Map<string, readonly Unit[]>();
const UNIT_CACHE_LIMIT = 20_000;

/**
 * {@link splitUnits}, remembered for paragraphs of one chunk or less (segmenting is most of
 * the time of wrapping a label). `maxUnit` cuts nothing in a paragraph no longer than it, so
 * such paragraphs share one entry whatever the width.
 */
function unitsOf(paragraph: string, locale: Locale, maxUnit: number): Iterable<Unit> {
  if (paragraph.length > CHUNK) return splitUnits(paragraph, locale, maxUnit);
  const key = paragraph.length <= maxUnit ? `${locale}|${paragraph}` : `${locale}|${maxUnit}|${paragraph}`;
  let units = unitCache.get(key);
  if (!units) {
    units = [...splitUnits(paragraph, locale, maxUnit)];
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    unitCache.set(key, units);
  }
  return units;
}

/**
 * The places where a paragraph (no '\n') may break: its runs of graphemes with no break inside,
 * each with the rank of the break before it (see the file comment; {@link BREAK_RANKS} names the
 * in-between ones). For callers that choose among the breaks themselves (box-text.ts balances
 * an org box's lines). The runs joined give `paragraph` back.
 */
export function breakRuns(paragraph: string, locale: Locale = 'ja'): readonly Unit[] {
  if (paragraph.length > CHUNK) return [...splitUnits(paragraph, locale)];
  return unitsOf(paragraph, locale, Infinity) as readonly Unit[];
}

/** The ranks {@link breakRuns} gives that lie between the whole numbers of the file comment. */
export const BREAK_RANKS = { weak: WEAK, holderInside: HOLDER_INSIDE, nameInside: NAME_INSIDE, forced: FORCED } as const;

/** Without trailing white space (native: a `/\s+$/` regex is quadratic on long runs of spaces). */
function trimEnd(s: string): string {
  return s.trimEnd();
}

/**
 * Breaks one unit that is wider than `maxWidth` by grapheme, keeping kinsoku where it can and
 * ending a piece cut between two letters with a hyphen; stops once it has `limit` full lines
 * (the rest could not be drawn).
 */
function breakUnit(unit: string, maxWidth: number, measure: MeasureText, locale: Locale, limit: number): string[] {
  const out: string[] = [];
  let line: string[] = [];
  for (const g of graphemesOf(unit, locale)) {
    if (out.length > limit) break;
    if (line.length > 0 && measure(trimEnd(line.join('') + g)) > maxWidth) {
      const carry: string[] = [];
      // Carry one grapheme over rather than start the next line with a forbidden character.
      if (line.length > 1 && (NO_LINE_START.has(firstChar(g)) || NO_LINE_END.has(lastChar(line[line.length - 1]!)))) {
        carry.unshift(line.pop()!);
      }
      // A piece cut between two letters ends with a hyphen, which must fit too.
      while (line.length > 1 && needsHyphen(line[line.length - 1]!, carry[0] ?? g) && measure(line.join('') + '-') > maxWidth) {
        carry.unshift(line.pop()!);
      }
      out.push(line.join('') + (needsHyphen(line[line.length - 1]!, carry[0] ?? g) ? '-' : ''));
      line = carry;
    }
    line.push(g);
  }
  if (line.length) out.push(line.join(''));
  return out;
}

/** Whether a word cut between graphemes `before` and `after` gets a hyphen: between two letters of an alphabet. */
function needsHyphen(before: string, after: string): boolean {
  return LETTER.test(lastChar(before)) && LETTER.test(firstChar(after)) && kindOf(before) === Kind.Word && kindOf(after) === Kind.Word;
}

/**
 * Cuts `line + more` so that it fits with `…` after it, dropping trailing spaces and opening
 * brackets. Within `more` (the text that did not fit), a Latin word is dropped whole rather
 * than cut (Headquarters for… not Headquarters for He…); Japanese is cut anywhere.
 */
function ellipsize(line: string, more: string, maxWidth: number, measure: MeasureText, locale: Locale): string {
  const graphemes = Array.from(graphemesOf(line + more, locale));
  const own = Array.from(graphemesOf(line, locale)).length;
  let dropped: string | undefined;
  for (;;) {
    while (graphemes.length > 0 && (SPACE.test(graphemes[graphemes.length - 1]!) || NO_LINE_END.has(graphemes[graphemes.length - 1]!))) {
      dropped = graphemes.pop();
    }
    const end = graphemes[graphemes.length - 1];
    const insideWord = graphemes.length > own && end !== undefined && dropped !== undefined && kindOf(end) === Kind.Word && kindOf(dropped) === Kind.Word;
    if (!insideWord) {
      const candidate = graphemes.join('') + ELLIPSIS;
      if (graphemes.length === 0 || measure(candidate) <= maxWidth) return candidate;
    }
    dropped = graphemes.pop();
  }
}

/**
 * Where the `keep` phrases occur in `text`: sorted, non-overlapping [start, end) ranges (a
 * phrase overlapping an earlier one is skipped). Empty phrases are ignored.
 */
export function keepRanges(text: string, keep: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const phrase of keep) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) found.push([at, at + phrase.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of found) if (out.length === 0 || r[0] >= out[out.length - 1]![1]) out.push(r);
  return out;
}

/** A run of text: a phrase kept whole (`keep`), or the text between such phrases. */
export interface TextRun {
  text: string;
  keep: boolean;
}

/**
 * `text` cut into runs at the `keep` phrases, in order, so that HTML can draw each kept phrase
 * unbroken (`white-space: nowrap`) and let the text between them break as usual: the same
 * rule as {@link wrapText}'s `keep`. The runs joined give `text` back.
 * @example splitKeep('18.4億円（うち再掲 18.0億円）', ['うち再掲 18.0億円'])
 *   // [{ text: '18.4億円（', keep: false }, { text: 'うち再掲 18.0億円', keep: true }, { text: '）', keep: false }]
 */
export function splitKeep(text: string, keep: readonly string[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const [start, end] of keepRanges(text, keep)) {
    if (start > at) runs.push({ text: text.slice(at, start), keep: false });
    runs.push({ text: text.slice(start, end), keep: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}

/** Where the unit of a kept phrase ending at `end` ends: after the marks that may not start a line (」）。). */
function keptEnd(text: string, end: number): number {
  while (end < text.length && NO_LINE_START.has(text[end]!)) end++;
  return end;
}

/** `units` with those that start inside a kept range joined to the unit before them. */
function* joinKept(units: Iterable<Unit>, ranges: readonly [number, number][]): Generator<Unit> {
  let offset = 0;
  let r = 0;
  let held: Unit | undefined;
  for (const unit of units) {
    while (r < ranges.length && ranges[r]![1] <= offset) r++;
    const inside = r < ranges.length && ranges[r]![0] < offset;
    if (held && inside) held = { ...held, text: held.text + unit.text };
    else {
      if (held) yield held;
      held = unit;
    }
    offset += unit.text.length;
  }
  if (held) yield held;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (a single grapheme wider than the box
 * still gets a line of its own). Explicit '\n' starts a new line; empty text gives no lines.
 * With `maxLines`, extra lines are dropped and the last kept line ends in `…` and fits.
 *
 * Breaks come at the best-ranked places (see the file comment). When that would not fit the
 * text into `maxLines`, breaks inside kanji words, then inside katakana words, count as good
 * ones, so that `…` appears only when the text cannot fit even so.
 *
 * @example wrapText({ text: '健康・医療戦略推進本部', maxWidth: 80, measure: createApproxMeasure(16) })
 */
export function wrapText(options: WrapTextOptions): WrappedText {
  const { lines, truncated } = wrapTextRanked(options);
  return { lines, truncated };
}

/** What {@link wrapTextRanked} returns: the wrapped text and how good its worst break is. */
export interface RankedWrap extends WrappedText {
  /**
   * The rank of the worst line break used (see the file comment): 0 when every break falls
   * between words, 1 inside a kanji word, 2 between the words of a katakana compound, 3 and 4
   * inside a katakana word, 5 a word cut by width; -1 with no break.
   */
  worst: number;
  /** The ranks of all the line breaks used, added up (a wrap with one break between kanji words costs 0.5, with three 1.5). */
  cost: number;
}

/** {@link wrapText}, also saying how good its worst break is (to compare wraps at several widths). */
export function wrapTextRanked(options: WrapTextOptions): RankedWrap {
  const wrap = wrapRanked(options);
  if (wrap.lines.length < 2 || !ROLE_TITLE.test(options.text)) return wrap;
  // The holder's name after a role's title (議長：健康・医療戦略担当大臣) breaks inside only where
  // that saves a line: 「議長： / 健康・医療戦略担当大臣」 where a line holds the name, else
  // 「議長：健康・医療 / 戦略担当大臣」 rather than a third line.
  const loose = withEllipsis(wrapWith(options, HOLDER_INSIDE), options);
  return !loose.truncated && (wrap.truncated || loose.lines.length < wrap.lines.length) ? loose : wrap;
}

function wrapRanked(options: WrapTextOptions): RankedWrap {
  const strict = wrapWith(options, options.phrases ? 0 : WEAK);
  if (!strict.truncated && !strict.shortened) return withEllipsis(strict, options);
  // A line ended early at a stronger break (、 before 厚生|労働): kept unless running on to the
  // latest word break instead gives fewer lines (or keeps to `maxLines` without breaking inside words).
  const words = strict.shortened ? wrapWith(options, WEAK) : strict;
  if (!strict.truncated && strict.lines.length <= words.lines.length) return withEllipsis(strict, options);
  if (!words.truncated) return withEllipsis(words, options);
  // Only tolerances some break of the text has change anything (most labels have no katakana).
  const present = ranksIn(options.text, options.locale ?? 'ja');
  for (let tolerance = 1; tolerance <= INSIDE_KANA; tolerance++) {
    if (!(present & (1 << tolerance))) continue;
    const looser = wrapWith(options, tolerance);
    if (!looser.truncated) return withEllipsis(looser, options);
  }
  return withEllipsis(strict, options);
}

/** The ranks of the breaks `text` has, as bits (every bit for text too long to look at cheaply). */
function ranksIn(text: string, locale: Locale): number {
  let bits = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    if (paragraph.length > CHUNK) return ~0;
    for (const unit of unitsOf(paragraph, locale, Infinity)) bits |= 1 << Math.min(unit.rank, 30);
  }
  return bits;
}

/**
 * Where a full line breaks: before `units[at]` (`units.length`: before `next`, the unit that did
 * not fit). The best-ranked place, the latest of those; a {@link WEAK} one (厚生|労働) counts as
 * rank 0 there, but gives way to the latest stronger one (after 、) when that line keeps
 * {@link STRONG_SHARE} of its width: 「…政務官、 / 厚生労働省…」, not 「…政務官、厚生 / 労働省…」.
 */
function chooseBreak(units: readonly Unit[], next: Unit, tolerance: number, line: string, widthOf: (end: number) => number, shorten: { taken: boolean }): number {
  const unitAt = (k: number) => (k === units.length ? next : units[k]!);
  const rankAt = (k: number) => {
    const rank = unitAt(k).rank;
    return rank <= tolerance && rank !== FIGURE_UNIT ? 0 : rank;
  };
  // Breaks inside a short parenthesis only when the line has no other.
  let outside = false;
  for (let k = 1; k <= units.length && !outside; k++) outside = !unitAt(k).parens;
  const allowed = (k: number) => !outside || !unitAt(k).parens;
  let at = units.length;
  let best = Infinity;
  for (let k = units.length; k >= 1; k--) {
    if (!allowed(k)) continue;
    const rank = rankAt(k) <= WEAK ? 0 : rankAt(k);
    if (rank < best) {
      best = rank;
      at = k;
    }
  }
  if (best > 0 || rankAt(at) === 0) return at;
  let strong = at - 1;
  while (strong >= 1 && (rankAt(strong) !== 0 || !allowed(strong))) strong--;
  if (strong < 1) return at;
  let full = 0;
  let part = 0;
  for (let k = 0; k < at; k++) {
    full += units[k]!.text.length;
    if (k < strong) part += units[k]!.text.length;
  }
  if (widthOf(part) < STRONG_SHARE * widthOf(full)) return at;
  shorten.taken = true;
  return strong;
}

/** A role's title at the start of a paragraph or line: a few kanji or katakana and a full-width colon (議長：, 構成員：). */
const ROLE_TITLE = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,6}：/u;

/**
 * Widths measured per paragraph, by offsets (`from * PARAGRAPH_SPAN + to`, see
 * {@link paragraphWidths}): a label is wrapped at several widths (a box's lines balanced, the
 * arrangements tried), and each wrap measures the same slices of it again.
 */
const widthMemo = new WeakMap<MeasureText, Map<string, Map<number, number>>>();
/** Paragraphs whose widths are kept, per measure, before they are forgotten. */
const WIDTH_MEMO_LIMIT = 2_000;
/** Offsets within a paragraph are below this ({@link CHUNK} units at most: longer ones keep no widths). */
export const PARAGRAPH_SPAN = 1024;

/**
 * The widths measured so far of slices of `paragraph` with `measure`, by key `from *
 * PARAGRAPH_SPAN + to` for `paragraph.slice(from, to).trimEnd()`; callers may keep other slices
 * under keys of {@link PARAGRAPH_SPAN}² and above. Undefined for a paragraph longer than
 * {@link CHUNK} (such text is wrapped once, not at several widths).
 */
export function paragraphWidths(measure: MeasureText, paragraph: string): Map<number, number> | undefined {
  if (paragraph.length > CHUNK) return undefined;
  let perMeasure = widthMemo.get(measure);
  if (!perMeasure) widthMemo.set(measure, (perMeasure = new Map()));
  let widths = perMeasure.get(paragraph);
  if (!widths) {
    if (perMeasure.size >= WIDTH_MEMO_LIMIT) perMeasure.clear();
    perMeasure.set(paragraph, (widths = new Map()));
  }
  return widths;
}

const narrowestWidths = new WeakMap<MeasureText, number>();

/** The narrowest width a character has with `measure` (of . i l and a space), 0.5 px at least. */
function narrowestOf(measure: MeasureText): number {
  let width = narrowestWidths.get(measure);
  if (width === undefined) narrowestWidths.set(measure, (width = Math.max(0.5, Math.min(measure('.'), measure('i'), measure('l'), measure(' ')))));
  return width;
}

/** {@link wrapText}, with breaks of rank `tolerance` or better counted as rank 0. */
function wrapWith(options: WrapTextOptions, tolerance: number): RankedWrap & { shortened?: boolean; ending?: { raw: string; more: string } } {
  const { text, maxWidth, measure, maxLines = Infinity, locale = 'ja', keep = [] } = options;
  const lines: string[] = [];
  /** Per line, the text after it in the same paragraph, as far as it was wrapped (for the `…` line). */
  const rest: string[] = [];
  const raws: string[] = [];
  let paragraphLines = 0;
  let worst = -1;
  let cost = 0;
  /** Whether a line ended at a stronger break before a weak one (see `chooseBreak`). */
  const shorten = { taken: false };
  const push = (raw: string) => {
    for (let i = lines.length - paragraphLines; i < lines.length; i++) rest[i] += raw;
    lines.push(trimEnd(raw));
    raws.push(raw);
    rest.push('');
    paragraphLines++;
  };
  if (text === '') return { lines, truncated: false, worst, cost };

  // Past `maxLines + 1` lines nothing more can be drawn, so the work stops there: with the
  // chunked segmenting, time is linear in the input and bounded by what is shown.
  // With a line limit, no unit needs to be longer than the characters that many lines hold
  // at the narrowest width a character can have here (so a 1 MB word is not segmented whole).
  const narrowest = narrowestOf(measure);
  const maxUnit = Number.isFinite(maxLines) ? (maxLines + 2) * Math.ceil(Math.max(1, maxWidth) / narrowest + 1) : Infinity;
  // And no more text than those lines hold is segmented at all (a megabyte of spaces would
  // otherwise be segmented only to be dropped as trailing white space); a cut shows as `…`.
  const cap = Number.isFinite(maxUnit) ? maxUnit * (maxLines + 2) : Infinity;
  let source = text;
  let cut = false;
  if (source.length > cap) {
    const code = source.charCodeAt(cap - 1);
    source = source.slice(0, code >= 0xd800 && code <= 0xdbff ? cap - 1 : cap);
    cut = true;
  }
  paragraphs: for (const paragraph of source.split(/\r?\n/)) {
    paragraphLines = 0;
    let units: Unit[] = [];
    let line = '';
    // While `line` is `paragraph.slice(start, end)`, the width of `line + unit` is looked up by
    // those offsets in widths kept per paragraph (the same label is wrapped at several widths).
    const widths = paragraphWidths(measure, paragraph);
    let start = 0;
    let end = 0;
    let tracked = widths !== undefined;
    /** The width of `text`, which is `paragraph.slice(from, to)` while `tracked`, trimmed at its end. */
    const widthOf = (from: number, to: number, text: string): number => {
      if (!tracked) return measure(trimEnd(text));
      const key = from * PARAGRAPH_SPAN + to;
      let width = widths!.get(key);
      if (width === undefined) widths!.set(key, (width = measure(trimEnd(text))));
      return width;
    };
    const fits = (from: number, to: number, text: string): boolean => widthOf(from, to, text) <= maxWidth;
    /** The width of the first `length` units of `line`, trimmed at its end. */
    const lineWidth = (length: number): number => widthOf(start, start + length, line.slice(0, length));
    // A kept phrase wider than the box breaks at its own places (not cut by width: 1 / 8.0億円).
    const whole = keep.length > 0 ? keepRanges(paragraph, keep).filter(([a, b]) => measure(trimEnd(paragraph.slice(a, keptEnd(paragraph, b)))) <= maxWidth) : [];
    for (const unit of whole.length > 0 ? joinKept(unitsOf(paragraph, locale, maxUnit), whole) : unitsOf(paragraph, locale, maxUnit)) {
      if (lines.length > maxLines) break paragraphs;
      let candidate = line + unit.text;
      if (fits(start, end + unit.text.length, candidate)) {
        // Past `maxUnit` units a line only gains what has no width (trailing spaces): dropped,
        // so that a megabyte of spaces is not measured again and again.
        if (candidate.length <= maxUnit) {
          units.push(unit);
          line = candidate;
          end += unit.text.length;
        } else tracked = false;
        continue;
      }
      // The line is full: break at the best-ranked place in it, the latest of those (before
      // this unit counts too); what follows the break starts the next line.
      while (units.length > 0) {
        const at = chooseBreak(units, unit, tolerance, line, lineWidth, shorten);
        let cut = 0;
        for (let k = 0; k < at; k++) cut += units[k]!.text.length;
        if (trimEnd(line.slice(0, cut)) || lines.length > 0) {
          push(line.slice(0, cut));
          const rank = at < units.length ? units[at]!.rank : unit.rank;
          worst = Math.max(worst, rank);
          cost += rank;
        }
        units.splice(0, at);
        line = line.slice(cut);
        start += cut;
        candidate = line + unit.text;
        if (fits(start, end + unit.text.length, candidate)) break;
      }
      if (units.length > 0) {
        units.push(unit);
        line = candidate;
        end += unit.text.length;
      } else if (fits(end, end + unit.text.length, unit.text)) {
        units = [unit];
        line = unit.text;
        start = end;
        end += unit.text.length;
      } else {
        tracked = false;
        // A single word wider than the box.
        const pieces = breakUnit(unit.text, maxWidth, measure, locale, maxLines - lines.length);
        line = pieces.pop() ?? '';
        units = [{ text: line, rank: unit.rank }];
        for (const piece of pieces) push(piece);
        if (pieces.length > 0) {
          worst = FORCED;
          cost += FORCED * pieces.length;
        }
      }
    }
    if (lines.length > maxLines) break;
    push(line);
  }

  if (lines.length <= maxLines && !cut) return { lines, truncated: false, worst, cost, shortened: shorten.taken };
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  // The `…` line is filled with what follows it (its own paragraph only): see `withEllipsis`.
  return { lines: kept, truncated: true, worst, cost, ending: { raw: raws[last] ?? kept[last]!, more: (rest[last] ?? '').slice(0, 4 * kept[last]!.length + 8) } };
}

/**
 * `wrap` with its last line cut to fit `…` when it was cut to `maxLines` (and `ellipsis` is not
 * false): done once, for the wrap {@link wrapTextRanked} returns, not for each it tries.
 */
function withEllipsis(wrap: RankedWrap & { ending?: { raw: string; more: string } }, options: WrapTextOptions): RankedWrap {
  const { ending, lines, truncated, worst, cost } = wrap;
  if (!ending || options.ellipsis === false) return { lines, truncated, worst, cost };
  const out = [...lines];
  out[out.length - 1] = ellipsize(ending.raw, ending.more, options.maxWidth, options.measure, options.locale ?? 'ja');
  return { lines: out, truncated, worst, cost };
}

/**
 * A Node-side width estimate for one font size: CJK and full-width characters 1em, ASCII
 * letters and digits 0.6em, space 0.3em, other ASCII punctuation 0.4em. Used by unit tests and
 * the SVG CLI, where no canvas exists.
 */
export function createApproxMeasure(fontSizePx: number): MeasureText {
  // Widths in em per character, worked out once: the CLI measures every line many times.
  const ems = new Map<string, number>();
  const emOf = (ch: string): number => {
    let em = ems.get(ch);
    if (em !== undefined) return em;
    if (ch === ' ') em = 0.3;
    else if (/[A-Za-z0-9]/.test(ch)) em = 0.6;
    else if (/[\x21-\x7E]/.test(ch)) em = 0.4;
    else if (/[\uFF61-\uFF9F]/.test(ch)) em = 0.5; // half-width katakana
    else if (CJK.test(ch) || ch === ELLIPSIS || ch === '—' || ch === '―') em = 1;
    else if (/\s/u.test(ch)) em = 0.3;
    else em = 0.6;
    if (ems.size < 10_000) ems.set(ch, em);
    return em;
  };
  return (text: string): number => {
    let em = 0;
    for (const ch of text) em += emOf(ch);
    return em * fontSizePx;
  };
}
