/**
 * An expand or collapse keeps the arrangement of the rows it does not need to change: the next
 * layout of the same chart is given how the last one arranged its boxes (the arrangement choice
 * of arrange.ts and, per parent, which children stand in which column), and lays out only that,
 * while it still fits the container. Siblings stay in their columns, a parent keeps its column
 * count and the drawing its width, so that the chart does not re-flow when one body opens (and
 * the choice among candidates, most of a layout's time, is not made again).
 *
 * The arrangement is chosen afresh (no hint) on a first layout (so a server-rendered drawing and
 * its hydration agree), for another width, height, orientation, font, locale or document, after
 * 「全体を表示」, and when the kept one no longer fits. Pure.
 */
import type { MeasureText } from '../../../kit/text.js';
import type { OrgArrangementChoice } from './arrange.js';
import type { OrgSlot, OrgSlotPlan, OrgTreeItem } from './position.js';

/** A slot of a kept row: the children's ids, in order, and whether they stand in a column. */
export interface OrgKeptSlot {
  readonly ids: readonly string[];
  readonly column: boolean;
}

/** How one layout arranged its boxes, for the next layout of the same chart to keep (an expand or collapse). */
export interface OrgKeptArrangement {
  /** What the arrangement was chosen for (width, height, orientation, sizes, locale): kept only for the same. */
  readonly key: string;
  /** The text measure it was made with (a new font measures anew). */
  readonly measure: MeasureText;
  /** The arrangement laid out (arrange.ts), as the chooser made it. */
  readonly choice: Readonly<OrgArrangementChoice>;
  /** Per parent body id (null: the roots' row), its children's slots, where a column plan set them (columns.ts). */
  readonly slots: ReadonlyMap<string | null, readonly OrgKeptSlot[]>;
  /** This layout kept an earlier one's arrangement (rather than choosing it afresh). */
  readonly reused: boolean;
}

/** What an arrangement depends on besides the drawn bodies: a kept one is used only for the same. */
export function orgKeepKey(options: { width: number; height?: number; orientation?: string; fontSize?: number; measureSize?: number; locale?: string; boxWidth?: number; listHolders?: number }): string {
  const { width, height, orientation = 'auto', fontSize, measureSize, locale, boxWidth, listHolders } = options;
  return JSON.stringify([width, height ?? null, orientation, fontSize ?? null, measureSize ?? null, locale ?? null, boxWidth ?? null, listHolders ?? null]);
}

/** A column plan (per tree item) by body id, to keep. */
export function keepOrgSlots(plan: OrgSlotPlan | undefined): Map<string | null, OrgKeptSlot[]> {
  const kept = new Map<string | null, OrgKeptSlot[]>();
  for (const [item, slots] of plan ?? []) kept.set(item === null ? null : item.body.id, slots.map((s) => ({ ids: s.items.map((c) => c.body.id), column: s.column })));
  return kept;
}

/**
 * The kept slots of `parent`'s row (null: the roots'), made of this layout's `children`; undefined
 * when none were kept or the row's children are not the same bodies in the same order.
 */
export function keptOrgSlots(kept: OrgKeptArrangement['slots'] | undefined, parent: OrgTreeItem | null, children: readonly OrgTreeItem[]): OrgSlot[] | undefined {
  const slots = kept?.get(parent === null ? null : parent.body.id);
  if (!slots) return undefined;
  let i = 0;
  const out: OrgSlot[] = [];
  for (const slot of slots) {
    const items: OrgTreeItem[] = [];
    for (const id of slot.ids) {
      const child = children[i++];
      if (child?.body.id !== id) return undefined;
      items.push(child);
    }
    if (!items.length) return undefined;
    out.push({ items, column: slot.column });
  }
  return i === children.length ? out : undefined;
}

/** Every field of an arrangement choice (a field added there and not here fails to compile). */
const CHOICE_FIELDS: Record<keyof OrgArrangementChoice, true> = {
  arrangement: true,
  slim: true,
  wrap: true,
  hang: true,
  beside: true,
  splitHeavy: true,
  rows: true,
  columnWidth: true,
  wideEm: true,
  wideLevels: true,
  boxEm: true,
  satelliteRow: true,
  over: true,
  planRoom: true,
};

/** The arrangement choice among an arrangement's options (arrange.ts `arrangeOrgTree`). */
export function pickOrgChoice(options: OrgArrangementChoice): OrgArrangementChoice {
  const choice: Record<string, unknown> = {};
  for (const field of Object.keys(CHOICE_FIELDS) as (keyof OrgArrangementChoice)[]) if (options[field] !== undefined) choice[field] = options[field];
  return choice as unknown as OrgArrangementChoice;
}
