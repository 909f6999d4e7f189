/**
 * Event delegation helpers: the elements listen once on their drawing and find what was hit
 * from the event's composed path and the `data-*` attributes the templates write.
 */

/**
 * The item with `role` the event happened in (within the listening element): its `data-id`,
 * and the `data-action` of the nearest part of it that has one (a toggle button inside a box).
 * Undefined outside any such item.
 */
export function closestData(event: Event, role: string): { id?: string; action?: string } | undefined {
  let action: string | undefined;
  for (const t of event.composedPath()) {
    if (t === event.currentTarget) break;
    if (!(t instanceof Element)) continue;
    action ??= t.getAttribute('data-action') ?? undefined;
    if (t.getAttribute('role') === role) return { id: t.getAttribute('data-id') ?? undefined, ...(action ? { action } : {}) };
  }
  return undefined;
}
