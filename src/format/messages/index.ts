import type { Issue } from '../../data/issues.js';
import type { Locale } from '../../data/types.js';
import { budgetMessages } from './budget.js';
import { commonMessages } from './common.js';
import { effectMessages } from './effect.js';
import { organizationMessages } from './organization.js';
import { tableMessages } from './table.js';
import type { MessageTable } from './types.js';

export type { Message, MessageTable } from './types.js';

const tables: MessageTable = {
  ...commonMessages,
  ...organizationMessages,
  ...budgetMessages,
  ...effectMessages,
  ...tableMessages,
};

/** Whether a message exists for this issue code. */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(tables, code);
}

/** The issue's message without its path, in the given locale. */
export function formatIssueMessage(issue: Issue, locale: Locale): string {
  const message = tables[issue.code];
  if (!message) return locale === 'ja' ? `不明な問題（${issue.code}）` : `unknown issue (${issue.code})`;
  return message[locale](issue.params);
}

/** `items[2].amount: 「49.1億」を金額として読めません`: the path, then the localised message. */
export function formatIssue(issue: Issue, locale: Locale): string {
  const text = formatIssueMessage(issue, locale);
  return issue.path ? `${issue.path}: ${text}` : text;
}
