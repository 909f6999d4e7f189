import type { MeasureText } from '../text.js';

/** A reading of the host's font: the size text is drawn at and how to measure it. */
export interface TextFont {
  /** Size of the drawn text in px. */
  readonly size: number;
  /** Names the measure: a reading with the same key keeps the measure made before (undefined: always a new one). */
  readonly key?: string;
  /** Makes the measure for this font. */
  readonly make: () => MeasureText;
}

/**
 * The text measure a chart lays out with and the size it draws text at, read from the host's
 * font by `read` (getComputedStyle forces a style pass over the drawing, so the host says when:
 * `update()` reads again, `ensure(key)` only when nothing or another key is held). `reset()`
 * (fonts changed) drops the measure; the next `measure` reads again.
 */
export class TextMeasureController {
  /** Size of the drawn text in px, from the last reading. */
  size: number;
  private current?: MeasureText;
  private key?: string;

  constructor(
    private readonly read: () => TextFont,
    size: number,
  ) {
    this.size = size;
  }

  /** Whether a measure is held (none before the first reading and after `reset`). */
  get ready(): boolean {
    return this.current !== undefined;
  }

  /** The measure to lay out with; read first when none is held. */
  get measure(): MeasureText {
    if (!this.current) this.update();
    return this.current!;
  }

  /** Reads the font: the size always, a new measure only when none is held or the key changed. */
  update(): void {
    const font = this.read();
    if (!this.current || font.key === undefined || font.key !== this.key) {
      this.key = font.key;
      this.current = font.make();
    }
    this.size = font.size;
  }

  /** Reads the font only when no measure is held or the held one has another key. */
  ensure(key: string): void {
    if (this.current && this.key === key) return;
    this.update();
  }

  /** Drops the measure (the fonts changed): the next `measure` or `update()` makes a new one. */
  reset(): void {
    this.current = undefined;
    this.key = undefined;
  }
}
