import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures the host's content box with a ResizeObserver and asks for an update when it
 * changes, so that layout happens in `willUpdate` with a known size (measure, then draw).
 */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w !== this.width || h !== this.height) {
        this.width = w;
        this.height = h;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
