import type { MessageTable } from './types.js';

const q = (v: unknown) => `「${String(v)}」`;

/** Messages for issues every format can raise, and for loading data. */
export const commonMessages: MessageTable = {
  'not-object': {
    ja: () => 'オブジェクトではありません',
    en: () => 'is not an object',
  },
  'not-array': {
    ja: () => '配列ではありません',
    en: () => 'is not an array',
  },
  missing: {
    ja: (p) => `${p.key ? `「${p.key}」が` : ''}ありません`,
    en: (p) => `${p.key ? `"${p.key}" is ` : 'is '}missing`,
  },
  'wrong-type': {
    ja: (p) =>
      `${p.expected === 'string' ? '文字列' : p.expected === 'number' ? '数値' : p.expected === 'boolean' ? '真偽値（true か false）' : p.expected}である必要があります`,
    en: (p) => (p.expected === 'boolean' ? 'must be true or false' : `must be a ${p.expected}`),
  },
  'empty-string': {
    ja: () => '空の文字列です',
    en: () => 'is an empty string',
  },
  'unknown-type': {
    ja: (p) => `図の種類${q(p.value)}は使えません（organization・budget・effect のいずれか）`,
    en: (p) => `unknown chart type "${p.value}" (expected organization, budget or effect)`,
  },
  'unknown-value': {
    ja: (p) => `${q(p.value)}は使えません（${p.allowed}）`,
    en: (p) => `"${p.value}" is not allowed (expected ${p.allowed})`,
  },
  'duplicate-id': {
    ja: (p) => `ID${q(p.id)}が重複しています（最初は ${p.first}）`,
    en: (p) => `duplicate id "${p.id}" (first at ${p.first})`,
  },
  'amount-unreadable': {
    ja: (p) => `${q(p.value)}を金額として読めません`,
    en: (p) => `cannot read "${p.value}" as an amount`,
  },
  'amount-negative': {
    ja: (p) => `金額${q(p.value)}が負の値です`,
    en: (p) => `amount "${p.value}" is negative`,
  },
  'unknown-unit': {
    ja: (p) => `単位${q(p.value)}は使えません（円・千円・百万円・億円・兆円）`,
    en: (p) => `unknown unit "${p.value}" (expected 円, 千円, 百万円, 億円 or 兆円)`,
  },
  empty: {
    ja: () => 'データがありません',
    en: () => 'no data',
  },
  'fetch-http': {
    ja: (p) => `${p.url} を読み込めません（HTTP ${p.status}）`,
    en: (p) => `cannot load ${p.url} (HTTP ${p.status})`,
  },
  'fetch-network': {
    ja: (p) => `${p.url} を読み込めません（ネットワークエラー）`,
    en: (p) => `cannot load ${p.url} (network error)`,
  },
  'json-invalid': {
    ja: (p) => `JSON として読めません: ${p.detail}`,
    en: (p) => `invalid JSON: ${p.detail}`,
  },
  'fetch-timeout': {
    ja: (p) => `${p.url} を読み込めません（${p.seconds}秒たっても応答がありません）`,
    en: (p) => `cannot load ${p.url} (no answer after ${p.seconds} s)`,
  },
  'fetch-charset': {
    ja: (p) => `${p.url} を読み込めません（文字コード${q(p.charset)}として読めません。UTF-8 で保存してください）`,
    en: (p) => `cannot load ${p.url} (cannot be read in the character set "${p.charset}"; save it as UTF-8)`,
  },
  'fetch-not-utf8': {
    ja: (p) => `${p.url} を読み込めません（UTF-8 ではありません。UTF-8 で保存するか、Content-Type の charset で文字コードを示してください）`,
    en: (p) => `cannot load ${p.url} (it is not UTF-8; save it as UTF-8 or name its character set in the Content-Type charset)`,
  },
  'value-unreadable': {
    ja: (p) => `値を読み出せません（${p.detail}）`,
    en: (p) => `the value cannot be read (${p.detail})`,
  },
  'text-control-removed': {
    ja: (p) => `表示できない制御文字を${p.count}文字取り除きました`,
    en: (p) => `${p.count} control character${p.count === 1 ? '' : 's'} that cannot be drawn removed`,
  },
  'internal-error': {
    ja: (p) => `内部エラーです（データではなくライブラリの不具合です。報告してください）: ${p.detail}`,
    en: (p) => `internal error (a bug in the library, not a problem with the data; please report it): ${p.detail}`,
  },
  'layout-failed': {
    ja: (p) => `図を配置できませんでした（${p.detail}）`,
    en: (p) => `the chart could not be laid out (${p.detail})`,
  },
  'wrong-chart': {
    ja: (p) => `この要素は「${p.expected}」の図を描きます（データは「${p.value}」）`,
    en: (p) => `this element draws "${p.expected}" documents (the data is "${p.value}")`,
  },
};
