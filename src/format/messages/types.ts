import type { IssueParams } from '../../data/issues.js';
import type { Locale } from '../../data/types.js';

/** A message in every supported locale. */
export type Message = Record<Locale, (params: IssueParams) => string>;

/** Messages by issue code. */
export type MessageTable = Record<string, Message>;
