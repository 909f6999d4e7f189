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
  private readonly onLoadingDone = () => this.changed();

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
    if (fonts.status === 'loading') void fonts.ready.then(() => this.connected && this.changed());
    fonts.addEventListener('loadingdone', this.onLoadingDone);
  }

  hostDisconnected(): void {
    this.connected = false;
    if (!isServer && typeof document !== 'undefined') document.fonts?.removeEventListener('loadingdone', this.onLoadingDone);
  }

  /**
   * Before the update's DOM changes, not after them: reading a computed style then forces a
   * style pass over everything the update changed (on a large org chart, much of an
   * expand/collapse's time), while the host's own font family is the same either way.
   */
  hostUpdate(): void {
    if (!this.connected || typeof getComputedStyle !== 'function') return;
    const family = getComputedStyle(this.host).fontFamily;
    if (this.family !== undefined && family !== this.family) this.changed();
    this.family = family;
  }

  private changed(): void {
    this.onChange();
  }
}
