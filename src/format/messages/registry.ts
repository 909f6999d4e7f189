/**
 * The messages an element has loaded: the common ones, those of the charts defined on the page
 * (each element module adds its own table) and, once a table file has been read, every table
 * (src/kit/table-reader.ts). So one chart alone does not carry the other charts' messages.
 * test/unit/message-coverage.test.ts checks that every code an element can report eagerly is
 * in the tables it adds.
 */
import type { Issue } from '../../data/issues.js';
import type { Locale } from '../../data/types.js';
import { commonMessages } from './common.js';
import { formatIssueFrom } from './format.js';
import type { MessageTable } from './types.js';

const loaded: MessageTable = { ...commonMessages };

/** Makes the messages of `tables` known to {@link formatLoadedIssue}. */
export function addMessages(...tables: MessageTable[]): void {
  Object.assign(loaded, ...tables);
}

/** {@link formatIssue} with the messages loaded so far. */
export function formatLoadedIssue(issue: Issue, locale: Locale): string {
  return formatIssueFrom(loaded, issue, locale);
}
