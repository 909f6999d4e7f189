/**
 * The org chart's tree interaction: which body is active (roving tabindex), selected, shown in
 * the details panel or under the pointer, and the handlers that change it (click, focus,
 * pointer, keyboard). What a key or click asks for is decided by the pure functions of
 * state.ts; this controller carries it out (focus, zoom, events) and asks the host to update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrganizationDocument } from '../../data/types.js';
import { PolicyNodeSelectEvent } from '../../events/node-select.js';
import { PolicyNodeToggleEvent } from '../../events/node-toggle.js';
import type { PanZoomController } from '../../kit/controllers/pan-zoom-controller.js';
import type { RovingFocusController } from '../../kit/controllers/roving-focus-controller.js';
import { closestData } from '../../kit/events.js';
import { HeldCalls } from '../../kit/held-calls.js';
import { copyBody } from './describe.js';
import type { OrgChartLayout } from './layout/index.js';
import { orgLazy } from './index.js';
import type { TypeAheadState } from './keys.js';
import { toggleBody } from './state.js';
import { indexOrganization } from './tree-index.js';

/** What the controller needs of its element. */
export interface OrgTreeOptions {
  doc: () => OrganizationDocument | undefined;
  layout: () => OrgChartLayout | undefined;
  collapsed: () => ReadonlySet<string>;
  expand: (id: string) => void;
  collapse: (id: string) => void;
  zoom: PanZoomController;
  roving: () => RovingFocusController;
  /** Lays the view out again (after 「全体を表示」). */
  fit: () => void;
  /** The reader pointed at a body or moved focus to it (it may be opened next: layout-controller.ts `layOutAheadFor`). */
  intend?: (id: string) => void;
}

/** Keys the tree may take (with the printable characters), kept from the page while the keyboard code loads. */
const TREE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter']);

/** The active, selected, detailed and hovered bodies, and the handlers that change them. */
export class OrgTreeController implements ReactiveController {
  activeId?: string;
  selectedId?: string;
  /** The body shown in the details panel. */
  detailsId?: string;
  /** The body under the pointer (its tooltip shows when its text is cut off). */
  hoveredId?: string;
  /** Whether keyboard focus is inside the tree (the active body's tooltip shows then). */
  treeFocused = false;
  /** Escape hides the tooltip until focus or the pointer moves to another body (WCAG 1.4.13). */
  tipDismissed = false;
  /** The last focus came from a click or tap: show the selection, not the keyboard ring. */
  pointerFocus = false;
  /**
   * The focused body matched `:focus-visible` when focus came in (or a key was pressed since):
   * the keyboard ring shows (a class on the viewport, not a `:has()` rule, which made the browser
   * restyle the tree on every expand or collapse).
   */
  focusVisible = false;
  /** Typed text so far (keys.ts). */
  typeAhead: TypeAheadState = { text: '', at: 0 };
  /** Keys pressed before the keyboard code arrived (onKeydown). */
  /** Keys pressed before the keyboard code arrived, handled in order when it does. */
  private readonly keys = new HeldCalls(orgLazy);

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: OrgTreeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** After each update, the badges' one Tab stop follows the active body (see {@link rovingBadges}). */
  hostUpdated(): void {
    this.rovingBadges();
  }

  /** What {@link rovingBadges} last set the stop for. */
  private badgeStopFor?: { layout: OrgChartLayout | undefined; active: string | undefined };

  /** The end badges' buttons (render.ts, `data-action="goto"`), in the drawing's order. */
  private badges(): Element[] {
    return [...(this.host.shadowRoot?.querySelectorAll('.link-badges [data-action="goto"]') ?? [])];
  }

  /**
   * The badges are one Tab stop, not one each (governance at 360 px has 10): a roving tabindex,
   * whose stop is the first badge of the active body's box (Tab from a box goes to its badges),
   * else the drawing's first. Arrow keys move among them, Enter goes, Escape returns to the box
   * ({@link onBadgeKey}).
   */
  private rovingBadges(stop?: Element): void {
    const layout = this.options.layout();
    if (!stop && this.badgeStopFor?.layout === layout && this.badgeStopFor?.active === this.activeId) return;
    this.badgeStopFor = { layout, active: this.activeId };
    const all = this.badges();
    const at = stop ?? all.find((b) => b.getAttribute('data-box') === this.activeId) ?? all[0];
    for (const b of all) b.setAttribute('tabindex', b === at ? '0' : '-1');
  }

  /** A key on a badge: arrows, Home and End move among the badges; Escape returns to its box. Whether it was one of those. */
  private onBadgeKey(event: KeyboardEvent): boolean {
    const here = event.composedPath().find((t): t is Element => t instanceof Element && t.getAttribute('data-action') === 'goto');
    if (!here) return false;
    if (event.key === 'Escape') {
      const box = here.getAttribute('data-box');
      if (!box) return false;
      event.preventDefault();
      this.focus(box);
      this.host.requestUpdate();
      return true;
    }
    const all = this.badges();
    const i = all.indexOf(here);
    const next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined || i < 0) return false;
    event.preventDefault();
    const to = all[Math.max(0, Math.min(all.length - 1, next))]!;
    this.rovingBadges(to);
    (to as HTMLElement | SVGElement).focus();
    return true;
  }

  /** The body whose tooltip shows: the hovered one, else the focused one. */
  get tipId(): string | undefined {
    const id = this.hoveredId ?? (this.treeFocused ? this.activeId : undefined);
    return this.tipDismissed ? undefined : id;
  }

  /** A new document: nothing selected, the first root active. */
  reset(doc: OrganizationDocument): void {
    this.selectedId = undefined;
    this.detailsId = undefined;
    this.activeId = indexOrganization(doc).roots[0]?.id;
  }

  /** Makes `id` active and focuses it after the next update. */
  focus(id: string): void {
    this.activeId = id;
    this.options.roving().request();
  }

  /** Expands or collapses `id` (`expand`: which; default the other way); `fromUser` fires `policy-node-toggle`. */
  toggle(id: string, fromUser: boolean, expand?: boolean): void {
    const doc = this.options.doc();
    const expanded = doc ? toggleBody({ doc, collapsed: this.options.collapsed(), id, expand }) : undefined;
    if (!doc || expanded === undefined) return;
    if (expanded) this.options.expand(id);
    else this.options.collapse(id);
    if (fromUser) this.host.dispatchEvent(new PolicyNodeToggleEvent({ id, expanded, body: copyBody(indexOrganization(doc).byId.get(id)!) }));
  }

  /** Selects `id` and shows its details; `fromUser` fires `policy-node-select`. */
  select(id: string, fromUser: boolean): void {
    const doc = this.options.doc();
    const body = doc ? indexOrganization(doc).byId.get(id) : undefined;
    if (!body) return;
    this.selectedId = id;
    this.detailsId = id;
    this.host.requestUpdate();
    if (fromUser) this.host.dispatchEvent(new PolicyNodeSelectEvent({ id, body: copyBody(body) }));
  }

  closeDetails = (): void => {
    this.detailsId = undefined;
    if (this.activeId) this.options.roving().request();
    this.host.requestUpdate();
  };

  /** Moves focus to `id` and brings it into view (a one-column end badge's body, render.ts `renderEndBadge`). */
  goTo(id: string): void {
    const node = this.options.layout()?.byId.get(id);
    if (!node) return;
    this.focus(id);
    this.options.zoom.panIntoView(node);
  }

  onClick = (event: MouseEvent): void => {
    if (this.options.zoom.takeClick()) return;
    const badge = closestData(event, 'button');
    if (badge?.action === 'goto' && badge.id) return this.goTo(badge.id);
    const hit = closestData(event, 'treeitem');
    if (!hit?.id) return;
    this.focus(hit.id);
    if (hit.action === 'toggle') this.toggle(hit.id, true);
    else this.select(hit.id, true);
  };

  onFocusIn = (event: FocusEvent): void => {
    const id = closestData(event, 'treeitem')?.id;
    if (!id) return;
    this.treeFocused = true;
    this.focusVisible = event.target instanceof Element && event.target.matches(':focus-visible');
    if (id !== this.activeId) {
      this.activeId = id;
      this.tipDismissed = false;
      this.options.intend?.(id);
    }
    this.host.requestUpdate();
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || next.getAttribute('role') !== 'treeitem') {
      this.treeFocused = false;
      this.focusVisible = false;
      this.host.requestUpdate();
    }
  };

  onPointerOver = (event: PointerEvent): void => {
    // Over the tooltip itself, keep it (it may be read or selected: WCAG 1.4.13 hoverable).
    for (const t of event.composedPath()) if (t instanceof Element && t.classList.contains('tooltip')) return;
    const id = closestData(event, 'treeitem')?.id;
    if (id !== this.hoveredId) {
      this.hoveredId = id;
      if (id) {
        this.tipDismissed = false;
        this.options.intend?.(id);
      }
      this.host.requestUpdate();
    }
  };

  onPointerLeave = (): void => {
    if (this.hoveredId === undefined) return;
    this.hoveredId = undefined;
    this.host.requestUpdate();
  };

  onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    if (!this.pointerFocus) this.host.requestUpdate();
    this.pointerFocus = true;
    this.options.zoom.onPointerDown(event);
  };

  /**
   * A key on the tree: handled by keys.ts, which loads with the chart's lazy parts (preloaded
   * when focus comes in). A key pressed before they have arrived is held and handled, in order,
   * when they do; one the tree may take (a tree move, Space, Enter, a typed letter) does not
   * scroll the page or type meanwhile.
   */
  onKeydown = (event: KeyboardEvent): void => {
    if (!this.options.layout()) return;
    const badge = event.key === 'Enter' || event.key === ' ' ? closestData(event, 'button') : undefined;
    if (badge?.action === 'goto' && badge.id) {
      event.preventDefault();
      return this.goTo(badge.id);
    }
    if (this.onBadgeKey(event)) return;
    if (this.pointerFocus || (this.treeFocused && !this.focusVisible)) this.host.requestUpdate();
    this.pointerFocus = false;
    if (this.treeFocused) this.focusVisible = true;
    const { key, ctrlKey, metaKey, altKey, timeStamp } = event;
    const press = { key, ctrlKey, metaKey, altKey, timeStamp, id: closestData(event, 'treeitem')?.id };
    const code = orgLazy.value;
    if (code) return code.handleOrgKey(this, { ...press, preventDefault: () => event.preventDefault() });
    if (!ctrlKey && !metaKey && !altKey && (key.length === 1 || TREE_KEYS.has(key))) event.preventDefault();
    // A held key acts where the one before it left focus (the active body), as it would have.
    this.keys.run((loaded) => loaded.handleOrgKey(this, { ...press, id: press.id && this.activeId, preventDefault: () => undefined }));
    // The update waits for the code (the element's partsToRender), so updateComplete comes after the key's effect.
    this.host.requestUpdate();
  };

  /** Whether keys are held until the keyboard code arrives. */
  get holding(): boolean {
    return this.keys.holding;
  }
}
