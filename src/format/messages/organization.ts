import type { MessageTable } from './types.js';

const q = (v: unknown) => `「${String(v)}」`;

/**
 * The ids of a cycle, closed back to the first (`a → b → c → a`). A very long cycle keeps its
 * first and last ids and the count, so that a message stays readable (the issue keeps all).
 */
function closedCycle(ids: unknown, first: unknown, count: string): string {
  const list = String(ids).split(' → ');
  if (list.length <= 20) return `${String(ids)} → ${String(first)}`;
  return `${list.slice(0, 5).join(' → ')} → … → ${list.slice(-2).join(' → ')} → ${String(first)}${count}`;
}

/** Messages for issues raised by the organization parser (`parseOrganization`). */
export const organizationMessages: MessageTable = {
  'unknown-parent': {
    ja: (p) => `組織${q(p.id)}の親${q(p.parent)}が見つかりません`,
    en: (p) => `the parent "${p.parent}" of body "${p.id}" does not exist`,
  },
  'self-parent': {
    ja: (p) => `組織${q(p.id)}が自分自身を親にしています`,
    en: (p) => `body "${p.id}" is its own parent`,
  },
  cycle: {
    ja: (p) => `親子関係が循環しています（${closedCycle(p.ids, p.id, `、${p.length}組織`)}）`,
    en: (p) => `the parents form a cycle (${closedCycle(p.ids, p.id, `, ${p.length} bodies`)})`,
  },
  'unknown-lane': {
    ja: (p) => `組織${q(p.id)}のレーン${q(p.lane)}が見つかりません`,
    en: (p) => `the lane "${p.lane}" of body "${p.id}" does not exist`,
  },
  'unknown-link-end': {
    ja: (p) => `つながりの${p.end === 'from' ? '始点' : '終点'}${q(p.id)}が見つかりません`,
    en: (p) => `the link ${p.end === 'from' ? 'source' : 'target'} "${p.id}" does not exist`,
  },
  'self-link': {
    ja: (p) => `組織${q(p.id)}から自分自身へのつながりです`,
    en: (p) => `the link goes from body "${p.id}" to itself`,
  },
};
