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
import { copyBody } from './describe.js';
import type { OrgChartLayout } from './layout/index.js';
import { orgKeyAction, toggleBody, type TypeAheadState } from './state.js';
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
}

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
  private typeAhead: TypeAheadState = { text: '', at: 0 };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: OrgTreeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

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

  onClick = (event: MouseEvent): void => {
    if (this.options.zoom.takeClick()) return;
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
    if (id !== this.activeId) {
      this.activeId = id;
      this.tipDismissed = false;
    }
    this.host.requestUpdate();
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Element) || next.getAttribute('role') !== 'treeitem') {
      this.treeFocused = false;
      this.host.requestUpdate();
    }
  };

  onPointerOver = (event: PointerEvent): void => {
    // Over the tooltip itself, keep it (it may be read or selected: WCAG 1.4.13 hoverable).
    for (const t of event.composedPath()) if (t instanceof Element && t.classList.contains('tooltip')) return;
    const id = closestData(event, 'treeitem')?.id;
    if (id !== this.hoveredId) {
      this.hoveredId = id;
      if (id) this.tipDismissed = false;
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

  onKeydown = (event: KeyboardEvent): void => {
    const layout = this.options.layout();
    if (!layout) return;
    if (this.pointerFocus) this.host.requestUpdate();
    this.pointerFocus = false;
    const id = closestData(event, 'treeitem')?.id;
    const active = id && layout.byId.has(id) ? id : undefined;
    const { action, typeAhead } = orgKeyAction({ items: layout.nodes, active, event, typeAhead: this.typeAhead });
    this.typeAhead = typeAhead;
    if (!action) return;
    const zoom = this.options.zoom;
    if (action.kind === 'dismiss') {
      if (!this.tipDismissed && (this.hoveredId ?? id)) {
        this.tipDismissed = true;
        event.preventDefault();
        this.host.requestUpdate();
      }
      return;
    }
    event.preventDefault();
    if (action.kind === 'zoom' || action.kind === 'whole') {
      if (action.kind === 'whole') zoom.showWhole(this.options.fit);
      else zoom.zoomCentre(action.factor);
      if (this.activeId) zoom.panIntoView(layout.byId.get(this.activeId));
      return;
    }
    if (action.kind === 'focus') {
      this.activeId = action.id;
      zoom.panIntoView(layout.byId.get(action.id));
    } else if (action.kind === 'expand') for (const s of action.ids) this.toggle(s, true, true);
    else if (action.kind === 'collapse') this.toggle(action.id, true, false);
    else if (action.kind === 'toggle') this.toggle(action.id, true);
    else this.select(action.id, true);
    this.options.roving().request();
  };
}
