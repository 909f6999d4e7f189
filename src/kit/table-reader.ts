/**
 * The table reader as the elements load it (with a dynamic import, only for `src="….csv"` and
 * the like): the reader, and every issue message, since a table's document may report issues of
 * any chart and of the table itself (src/format/messages/registry.ts).
 */
import { readDelimitedDocument as readTable } from '../data/table/guess.js';
import { allMessages } from '../format/messages/index.js';
import { addMessages } from '../format/messages/registry.js';

/** {@link readTable}, with every message loaded first. */
export function readDelimitedDocument(...args: Parameters<typeof readTable>): ReturnType<typeof readTable> {
  addMessages(allMessages);
  return readTable(...args);
}
