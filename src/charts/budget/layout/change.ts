/**
 * Change mode (`mode="change"`): cells coloured by the direction and size of the change on the
 * previous year, on a diverging scale (blue for an increase, orange for a decrease, three steps
 * each), with a key drawn under the chart (change-key.ts, loaded on first use: later.ts). Print and forced colours get a pattern per tone
 * (render.ts), so the tone never rests on colour alone. Pure.
 */
import type { BudgetChange } from '../../../data/budget-summary.js';
import type { Rect } from './types.js';

/** Direction of a change: up, down, the same, or no previous-year figure to compare with. */
export const CHANGE_DIRECTIONS = ['up', 'down', 'same', 'none'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** A cell's tone in change mode: `down-3` … `same` … `up-3`, or `none`. */
export type ChangeTone = 'down-3' | 'down-2' | 'down-1' | 'same' | 'up-1' | 'up-2' | 'up-3' | 'none';

/** Every tone, in the key's order (largest decrease first, no previous figure last). */
export const CHANGE_TONES: readonly ChangeTone[] = ['down-3', 'down-2', 'down-1', 'same', 'up-1', 'up-2', 'up-3', 'none'];

/** Upper bounds of the first two steps, as a share of the previous year's figure (5%, 20%). */
export const CHANGE_STEPS = [0.05, 0.2] as const;

/** The tone of a change: its direction, and its size relative to the previous figure in three steps. */
export function changeToneOf(change: BudgetChange | undefined): ChangeTone {
  if (!change) return 'none';
  if (change.difference === 0) return 'same';
  const dir = change.difference > 0 ? 'up' : 'down';
  // With no previous money, any amount is the largest step.
  const rel = change.previous > 0 ? Math.abs(change.difference) / change.previous : Infinity;
  const step = rel < CHANGE_STEPS[0] ? 1 : rel < CHANGE_STEPS[1] ? 2 : 3;
  return `${dir}-${step}` as ChangeTone;
}

/** One swatch of the change key. */
export interface ChangeKeySwatch extends Rect {
  readonly tone: ChangeTone;
  /** The words beside it (`▲20%以上`, `前年度の記載なし`). */
  readonly text: string;
  /** Where the text's baseline starts. */
  readonly textX: number;
  readonly textY: number;
}

/** The change key drawn under the chart. */
export interface ChangeKey extends Rect {
  readonly title: string;
  readonly titleX: number;
  readonly titleY: number;
  readonly swatches: readonly ChangeKeySwatch[];
}
