import type { MessageTable } from './types.js';

/** Messages for issues raised by the organization parser. */
export const organizationMessages: MessageTable = {};
