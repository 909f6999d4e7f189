import type { MessageTable } from './types.js';

/** Messages for issues raised by the budget parser. */
export const budgetMessages: MessageTable = {};
