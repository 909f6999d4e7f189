import type { Issue } from '../../data/issues.js';
import type { Locale } from '../../data/types.js';
import { budgetMessages } from './budget.js';
import { commonMessages } from './common.js';
import { effectMessages } from './effect.js';
import { formatIssueFrom, formatIssueMessageFrom } from './format.js';
import { organizationMessages } from './organization.js';
import { tableMessages } from './table.js';
import type { MessageTable } from './types.js';

export type { Message, MessageTable } from './types.js';

/**
 * Every message: the CLI, the server renderer and the PowerPoint writer use these. The elements
 * load only the common messages and their own chart's (./registry.ts), and the rest with the
 * table reader.
 */
export const allMessages: MessageTable = {
  ...commonMessages,
  ...organizationMessages,
  ...budgetMessages,
  ...effectMessages,
  ...tableMessages,
};

/** Whether a message exists for this issue code. */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(allMessages, code);
}

/** The issue's message without its path, in the given locale. */
export function formatIssueMessage(issue: Issue, locale: Locale): string {
  return formatIssueMessageFrom(allMessages, issue, locale);
}

/** `items[2].amount: 「49.1億」を金額として読めません`: the path, then the localised message. */
export function formatIssue(issue: Issue, locale: Locale): string {
  return formatIssueFrom(allMessages, issue, locale);
}
