import type { Issue } from '../../data/issues.js';
import type { Locale } from '../../data/types.js';
import type { MessageTable } from './types.js';

/** The issue's message from `tables`, without its path, in the given locale. */
export function formatIssueMessageFrom(tables: MessageTable, issue: Issue, locale: Locale): string {
  const message = Object.hasOwn(tables, issue.code) ? tables[issue.code] : undefined;
  if (!message) return locale === 'ja' ? `不明な問題（${issue.code}）` : `unknown issue (${issue.code})`;
  return message[locale](issue.params);
}

/** `items[2].amount: 「49.1億」を金額として読めません`: the path, then the message from `tables`. */
export function formatIssueFrom(tables: MessageTable, issue: Issue, locale: Locale): string {
  const text = formatIssueMessageFrom(tables, issue, locale);
  return issue.path ? `${issue.path}: ${text}` : text;
}
