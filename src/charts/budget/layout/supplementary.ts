/**
 * Supplementary mode (補正): the header states what the hatched areas add up to, and when that
 * differs from the declared 補正 (a child declares 4.2億円 under a pillar that declares 1.3億円),
 * says so in words, naming the items that disagree. Pure.
 */
import type { CellMismatch, TreemapCell, TreemapContext } from './types.js';

/** Items named in the sentence before `ほかN件`. */
const MAX_NAMED = 3;

/** The 補正 drawn in a view: the hatched parts of its leaf cells (containers hold no hatch of their own). */
export function drawnSupplementary(cells: readonly TreemapCell[]): number {
  let sum = 0;
  for (const c of cells) if (!c.container) sum += c.supplementary;
  return sum;
}

/**
 * The header's 補正 line and, when the hatched areas and the declared figures disagree, the
 * sentence that says so. `declared` is what the view's items declare (the budget's 補正 total
 * for the whole budget, the focus item's own for a drilled view).
 */
export function describeSupplementary(
  ctx: TreemapContext,
  options: { cells: readonly TreemapCell[]; declared: number; focusId: string | undefined },
): { text?: string; mismatch?: CellMismatch } {
  const { T, yen, summary } = ctx;
  if (!ctx.withSupp) return {};
  const drawn = drawnSupplementary(options.cells);
  if (drawn === options.declared) return options.declared > 0 ? { text: T.supplementaryTotal(yen(options.declared)) } : {};
  // The items inside the view whose declared 補正 differs from their items'.
  const inView = (id: string) => {
    if (options.focusId === undefined) return true;
    const s = summary.items.get(id);
    return Boolean(s && (s.id === options.focusId || s.ancestors.includes(options.focusId)));
  };
  const items = summary.mismatches.filter((m) => m.measure === 'supplementary' && inView(m.id));
  const named = items.slice(0, MAX_NAMED).map((m) => T.suppDisagreeItem(summary.items.get(m.id)?.name ?? m.id, yen(m.declared), yen(m.childrenGross)));
  if (items.length > MAX_NAMED) named.push(T.andMore(items.length - MAX_NAMED));
  const list = named.length > 0 ? `${named.join(T.sep)}${T.sentenceEnd}` : '';
  return {
    text: T.suppDrawn(yen(drawn)),
    mismatch: { declared: options.declared, childrenCounted: drawn, text: T.suppDisagree(yen(options.declared), yen(drawn), list) },
  };
}
