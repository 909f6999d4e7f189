/**
 * Words the organisation chart shows or speaks, in Japanese and English: body kinds, link
 * types and the element's own controls. Kept apart from the element so that the layout, the
 * server-rendered templates and the text alternative all say the same thing. The CSV's table
 * headers are in table-words.ts (loaded with the table code).
 */
import type { BodyKind, LinkType, Locale } from '../../data/types.js';
import { localeTable } from '../../kit/locale-table.js';

/** Short labels for a body's `kind`, shown as the badge on its box. */
export const ORG_KIND_LABELS = localeTable<Readonly<Record<BodyKind, string>>>({
  headquarters: '本部',
  council: '会議',
  taskforce: 'タスクフォース',
  'working-group': 'ワーキンググループ',
  agency: '法人・機関',
  office: '事務局・室',
  ministry: '府省',
  company: '企業',
  other: 'その他',
});

/**
 * Shorter badges for kinds whose label may not fit a narrow box (a phone's column): drawn instead
 * of {@link ORG_KIND_LABELS} only where that does not fit; the box's accessible name and its
 * tooltip keep the full word.
 */
export const ORG_KIND_SHORT = localeTable<Readonly<Partial<Record<BodyKind, string>>>>({
  taskforce: 'TF',
  'working-group': 'WG',
});

/** Names of the typed (non-tree) links, used when a link has no `label` and in the legend. */
export const ORG_LINK_LABELS: Readonly<Record<Locale, Readonly<Record<LinkType, string>>>> = {
  ja: {
    cooperation: '連携',
    'joint-secretariat': '共同事務局',
    jurisdiction: '所管',
    advice: '助言',
    other: '関連',
  },
  en: {
    cooperation: 'Cooperation',
    'joint-secretariat': 'Joint secretariat',
    jurisdiction: 'Jurisdiction',
    advice: 'Advice',
    other: 'Related',
  },
};

/**
 * Shorter forms of the link types' names, drawn on a line where the whole word does not fit
 * beside it (「Cooperation」 on a 75 px line between two boxes); the legend and the label's
 * tooltip keep the whole word. Japanese names are short enough.
 */
export const ORG_LINK_SHORT_LABELS: Readonly<Record<Locale, Readonly<Partial<Record<LinkType, string>>>>> = {
  ja: {},
  en: {
    cooperation: 'Coop.',
    'joint-secretariat': 'Joint sec.',
    jurisdiction: 'Juris.',
  },
};

/**
 * The words a link is shown with: its `label`, except that a label which is only its type's
 * name in one of our locales (「連携」, "Jurisdiction") is shown in the chart's locale, like the
 * legend; any other label is the data's own text and stays as written.
 */
export function formatOrgLinkLabel(link: { type: LinkType; label?: string }, locale: Locale): string {
  const label = link.label?.trim();
  if (!label) return ORG_LINK_LABELS[locale][link.type];
  const typeWord = Object.values(ORG_LINK_LABELS).some((words) => words[link.type].toLowerCase() === label.toLowerCase());
  return typeWord ? ORG_LINK_LABELS[locale][link.type] : link.label!;
}

/** Strings of the element's controls and spoken descriptions. */
export const ORG_UI = localeTable({
  tree: '組織図',
  treeEdge: '上下関係（組織の階層）',
  legend: '線の種類',
  showList: 'テキストで見る',
  hideList: 'テキストを隠す',
  search: '組織・役職・構成員を検索',
  matches: (n: number) => (n === 0 ? '一致する組織はありません' : `${n}件の組織が一致しました`),
  match: '検索に一致',
  zoomIn: '拡大',
  zoomOut: '縮小',
  fit: '全体を表示',
  expandAll: 'すべて展開',
  collapseAll: 'すべて折りたたむ',
  count: (n: number) => `${n}件`,
  times: (n: number) => `（${n}件）`,
  intoCollapsed: '折りたたまれた組織への関係（○の端）',
  foldedBadge: (n: number) => `連携等 ${n}`,
  /** The badge standing for one end of a line too long to follow: its type and which way the other end lies. */
  linkStub: (label: string, way: string, other?: string) => `${label} ${way}${other ? ` ${other}` : ''}`,
  /** The head of a one-column end badge: the link, the way to the other end, how many lines it stands for; `inside`: its end is a body hidden in the box's collapsed subtree. */
  linkBadge: (label: string, way: string, n: number, inside = false) => `${inside ? '配下：' : ''}${label} ${way}${n > 1 ? `×${n}` : ''}`,
  /** On a one-column end badge, the other end when it stands for a body hidden in that box's collapsed subtree. */
  linkBadgeInsideOf: (name: string) => `${name}の配下`,
  /** A one-column end badge's name for assistive technology: activating it goes to the other end. */
  linkBadgeGo: (label: string, other: string) => `${label}：${other}へ移動`,
  /** In the details panel, after such a link. */
  linkNotDrawn: '（線は省略し、両端の箱にバッジで表示）',
  /** Its tooltip: the body at the other end too. */
  linkStubTitle: (label: string, other: string, way: string) => `${label}：${other}（${way}、線は省略）`,
  /**
   * The legend entry of the folded-link chips; `numbered`: some chip carries the numbers of the badges whose ends it counts;
   * `press`: the chip can be pressed (not in a file).
   */
  foldedLegend: (numbered = false, press = true) =>
    `折りたたまれた配下の組織との関係の数${numbered ? `と、線を省いた関係の番号「連携等 N ①」（相手の箱に同じ番号${press ? '。押すと一覧' : ''}）` : press ? '（押すと一覧）' : ''}`,
  /**
   * The legend entry of a link type drawn as badges: what its chip in a box says. `numbered`:
   * some pair carries a number; `bare`: some badge has the number in place of its arrow (a
   * narrow box); `folded`: some end is counted on its box's folded-link chip instead; `press`: a badge
   * can be pressed (not in a file: SVG, PNG, print).
   */
  badgeLegend: (label: string, numbered = false, bare = false, folded = false, press = true) =>
    `${label}：線は省略し、両端の箱に「${label} ↓ 相手の名称」${numbered ? `か同じ番号「${label} ↓①」` : ''}${bare ? `（狭い箱では矢印を省いて「${label}①」）` : ''}${folded ? `、折りたたまれた端は「連携等 N ①」` : ''}${press ? '（押すと相手へ）' : ''}`,
  foldedName: (n: number) => `折りたたまれた配下の組織との関係 ${n}件（詳細に一覧）`,
  foldedLinks: '配下の組織の関係',
  dragHint: 'ドラッグまたはスクロールで移動できます',
  fullText: '全文',
  children: (n: number) => `配下 ${n}`,
  details: '詳細',
  close: '閉じる',
  kind: '種別',
  aliases: '別名',
  parent: '上位組織',
  lane: '分野',
  roles: '役職・構成員',
  notes: '注記',
  editorNotes: '編集注記（資料の読み取り方）',
  links: '関係',
  source: '出典',
  collapsed: '折りたたみ中',
  hiddenEnd: '（折りたたまれた組織）',
  hint: '上下の矢印キーで移動、左右の矢印キーで開閉、Enterで詳細を表示、Escで詳細を閉じる、＋と−で拡大縮小。箱の中の関係のバッジへはTab、バッジの間は矢印キー、Enterで相手の組織へ、Escで箱へ戻る。',
  listSep: '、',
  colon: '：',
});

/** Kana, kanji and the full-width forms: a word written in Japanese. */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** A locale's separators between the data's own words (ORG_UI or the table's words). */
export interface OrgSeparators {
  colon: string;
  listSep: string;
}

/**
 * The separator after `word` (a role's title) before what it introduces: the locale's, or 「：」
 * after a Japanese word in any locale (「本部長：内閣総理大臣」 in an English chart too).
 */
export function orgColonAfter(word: string, seps: OrgSeparators): string {
  return JAPANESE_SCRIPT.test(word) ? ORG_UI.ja.colon : seps.colon;
}

/**
 * The data's own words (holders, aliases, notes) joined into one run: with 「、」 when any of
 * them is Japanese, whatever the chart's language (「内閣官房長官、健康・医療戦略担当大臣」), else
 * with the locale's separator (「AMED, Japan Agency…」 in English).
 */
export function joinOrgWords(words: readonly string[], seps: OrgSeparators): string {
  return words.join(orgListSep(words, seps));
}

/** The separator {@link joinOrgWords} puts between `words`. */
export function orgListSep(words: readonly string[], seps: OrgSeparators): string {
  return words.some((w) => JAPANESE_SCRIPT.test(w)) ? ORG_UI.ja.listSep : seps.listSep;
}

/** A role as one run of text, 「本部長：内閣総理大臣」; `holders` in place of the holders' names (a count, 「20件」). */
export function formatOrgRole(role: { title: string; holders: readonly string[] }, seps: OrgSeparators, holders?: string): string {
  return `${role.title}${orgColonAfter(role.title, seps)}${holders ?? joinOrgWords(role.holders, seps)}`;
}

/** The UI strings of one locale. */
export type OrgUiStrings = (typeof ORG_UI)[Locale];
