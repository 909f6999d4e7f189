/**
 * Progressive rendering of a long table (tens of thousands of rows): the first chunks at once,
 * the rest a few chunks per later task, so that the page stays responsive. The template builds
 * each chunk once (`guard`) and CSS `content-visibility` lays out only what is scrolled to.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link ProgressiveRowsController}. */
export interface ProgressiveRowsOptions {
  /** Rows per chunk. */
  chunk: number;
  /** Chunks rendered at once. */
  first: number;
  /** Chunks added per later task. */
  step: number;
  /** Whether the rows are still wanted (the table is shown); checked before each later step. */
  active: () => boolean;
}

/** Splits rows into chunks and tells how many are rendered so far. */
export class ProgressiveRowsController<TRow> implements ReactiveController {
  /** The rows, in chunks. */
  chunks: (readonly TRow[])[] = [];
  /** How many chunks are rendered (the rest follow in later tasks). */
  shown = 0;
  private source?: readonly TRow[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ProgressiveRowsOptions,
  ) {
    host.addController(this);
  }

  /**
   * Takes `rows` (a new list starts over; the same list keeps its progress). `all`: render every
   * chunk now (server rendering and hydration must have the whole table). Schedules the next
   * chunks when some are still missing.
   */
  use(rows: readonly TRow[], all: boolean): void {
    if (rows !== this.source) {
      this.source = rows;
      this.chunks = [];
      for (let i = 0; i < rows.length; i += this.options.chunk) this.chunks.push(rows.slice(i, i + this.options.chunk));
      this.shown = all ? this.chunks.length : Math.min(this.chunks.length, this.options.first);
    }
    if (this.shown < this.chunks.length) this.schedule();
  }

  /** Whether some chunks are still to come. */
  get busy(): boolean {
    return this.shown < this.chunks.length;
  }

  /** Rows rendered so far. */
  get shownRows(): number {
    return Math.min(this.source?.length ?? 0, this.shown * this.options.chunk);
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.options.active()) return;
      this.shown = Math.min(this.chunks.length, this.shown + this.options.step);
      this.host.requestUpdate();
    }, 0);
  }
}
