import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tells its host when the fonts it measured with may have changed: once when
 * `document.fonts.ready` resolves after the host connects, then whenever a font finishes
 * loading later (`loadingdone`, a web font requested late), and when the host's computed
 * font family changes between updates (a class or custom property set on the page).
 * Nothing on the server, or without the CSS Font Loading API.
 */
export class FontController implements ReactiveController {
  private family?: string;
  private connected = false;
  /** The animation frame in which the family is read after an update (0: none asked for). */
  private frame = 0;
  private readonly onLoadingDone = () => this.onChange();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || typeof document === 'undefined' || !document.fonts) return;
    this.connected = true;
    const fonts = document.fonts;
    // Already settled (the usual case after the first page load): nothing to wait for.
    if (fonts.status === 'loading') void fonts.ready.then(() => this.connected && this.onChange());
    fonts.addEventListener('loadingdone', this.onLoadingDone);
  }

  hostDisconnected(): void {
    // Connected only in a browser with the Font Loading API (hostConnected): nothing to undo otherwise.
    if (!this.connected) return;
    this.connected = false;
    cancelAnimationFrame(this.frame); // 0 (none asked for) cancels nothing
    this.frame = 0;
    document.fonts.removeEventListener('loadingdone', this.onLoadingDone);
  }

  /**
   * The family the first update measured with, read before its DOM changes (reading a computed
   * style after them forces a style pass over everything the update changed).
   */
  hostUpdate(): void {
    if (this.family === undefined) this.read();
  }

  /**
   * Later updates: the family is read in the next animation frame, where the browser brings the
   * style up to date for that frame anyway, not during the update. Read at the start of an update
   * it forced a style pass of its own whenever style was out of date then, as it is while a glide
   * runs (0.3–0.5 ms of an expand or collapse of the org chart started mid-glide: its ~30 moving
   * parts restyled at the new time, then again with the update's changes).
   */
  hostUpdated(): void {
    // Connected only in a browser with the Font Loading API (hostConnected), which has requestAnimationFrame.
    if (this.connected)
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.read();
      });
  }

  private read(): void {
    if (!this.connected || typeof getComputedStyle !== 'function') return;
    const family = getComputedStyle(this.host).fontFamily;
    if (this.family !== undefined && family !== this.family) this.onChange();
    this.family = family;
  }
}
