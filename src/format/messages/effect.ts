import type { MessageTable } from './types.js';

/** Messages for issues raised by the effect parser. */
export const effectMessages: MessageTable = {};
