/**
 * When a chart element lays out: once per change of what the layout depends on (document, size,
 * locale, the chart's layout properties), summed up in a key. A throw from the layout is routed:
 * a missing global (a browser API absent here) is the environment's fault, anything else is a
 * layout bug, still shown to the reader (the figure keeps its title, table and source).
 */
export class LayoutSchedule {
  private key = '';

  /** Makes the next {@link run} lay out, whatever its key (a new document, new fonts). */
  invalidate(): void {
    this.key = '';
  }

  /** Calls `layout` when `key` differs from the last run's. */
  run(key: string, layout: () => void, on: { environment(api: string, error: unknown): void; failed(detail: string): void }): void {
    if (key === this.key) return;
    this.key = key;
    try {
      layout();
    } catch (error) {
      if (error instanceof ReferenceError) on.environment(error.message.split(' ')[0] ?? 'unknown', error);
      else {
        console.error(error);
        on.failed(String(error));
      }
    }
  }
}
