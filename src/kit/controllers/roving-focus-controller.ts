/**
 * Roving tabindex focus (the WAI-ARIA pattern every chart's tree or marks use): one item has
 * tabindex=0, and after a keyboard move the element asks for it to take focus once the update
 * that moved the tabindex is rendered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link RovingFocusController}. */
export interface RovingFocusOptions {
  /** The item to focus now (undefined: none yet; the request waits). */
  target: () => HTMLElement | SVGElement | null | undefined;
  /**
   * Scroll the page the least needed to show it (`scrollIntoView` nearest) instead of the browser's
   * focus scroll; a function: the part of the item to show (a tree item's own box, not its subtree).
   */
  scroll?: boolean | ((item: HTMLElement | SVGElement) => Element);
}

/** Moves focus to the active item after the update that made it active. */
export class RovingFocusController implements ReactiveController {
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** Whether focus is to move after the next update. */
  get requested(): boolean {
    return this.pending;
  }

  /** Focus the active item after the next update (and ask for one). */
  request(): void {
    this.pending = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const el = this.options.target();
    if (el === undefined) return;
    this.pending = false;
    if (!el) return;
    if (this.options.scroll) {
      el.focus({ preventScroll: true });
      (typeof this.options.scroll === 'function' ? this.options.scroll(el) : el).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else el.focus();
  }
}
