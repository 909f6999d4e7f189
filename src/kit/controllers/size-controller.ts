import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures the host's content box with a ResizeObserver and asks for an update when it
 * changes, so that layout happens in `willUpdate` with a known size (measure, then draw).
 */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private frame: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // Measure once now, so the first layout already has the real width (the observer's first
    // report comes a frame later, and its update is deferred: see below).
    const now = Math.round(this.host.getBoundingClientRect().width);
    if (now > 0) this.width = now;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const w = Math.round(box.width);
      this.height = Math.round(box.height);
      // Layout follows the width; the height follows the drawing. Updating on a height change
      // alone would re-render every chart once more after each of its own updates.
      if (w !== this.width) {
        this.width = w;
        // Update in a later task, not inside the observer callback: a chart whose height
        // follows its width would otherwise resize the host during the same observation
        // ("ResizeObserver loop completed with undelivered notifications").
        if (this.frame === undefined) {
          this.frame = setTimeout(() => {
            this.frame = undefined;
            this.host.requestUpdate();
          });
        }
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) clearTimeout(this.frame);
    this.frame = undefined;
  }
}
