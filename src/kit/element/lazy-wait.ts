/**
 * An update that renders code loaded on first use (kit/lazy-part.ts: the table, a tooltip) waits
 * for it, so nothing shows half-drawn and `updateComplete` waits too. On the server the parts are
 * loaded before rendering (src/ssr/render-element.ts), so nothing waits there.
 */
import { isServer } from 'lit';
import type { LazyPart } from '../lazy-part.js';

/** The parts among `parts` not loaded yet (none on the server). */
export function missingParts(parts: readonly LazyPart<unknown>[]): LazyPart<unknown>[] {
  return isServer ? [] : parts.filter((part) => part.value === undefined);
}

/**
 * Runs `update` now when nothing is `missing`, else once it is loaded. A part that fails to load
 * (offline, blocked) is logged and the update runs anyway: the part is tried again on the next one.
 */
export function afterParts(missing: readonly LazyPart<unknown>[], update: () => void | Promise<unknown>): void | Promise<unknown> {
  if (missing.length === 0) return update();
  return Promise.all(missing.map((part) => part.load())).then(
    () => update(),
    (error: unknown) => {
      console.error(error);
      return update();
    },
  );
}
