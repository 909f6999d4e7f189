/**
 * The organisation chart's English words (words.ts and the shared element's), loaded on first
 * use: by the element before it draws in English (the model's `english` part), statically by
 * Node callers (src/words-en.ts). A Japanese page never loads them (docs/size.md). The link
 * types' names stay in words.ts in both languages: a label that is a type's name in either is
 * shown in the chart's language.
 */
import { provideEnglish } from '../../kit/locale-table.js';
import '../../kit/element/words-en.js';
import { ORG_KIND_LABELS, ORG_KIND_SHORT, ORG_UI } from './words.js';

provideEnglish(ORG_KIND_LABELS, {
  headquarters: 'Headquarters',
  council: 'Council',
  taskforce: 'Task force',
  'working-group': 'Working group',
  agency: 'Agency',
  office: 'Office',
  ministry: 'Ministry',
  company: 'Company',
  other: 'Other',
});

provideEnglish(ORG_KIND_SHORT, {
  taskforce: 'TF',
  'working-group': 'WG',
});

provideEnglish(ORG_UI, {
  tree: 'Organisation chart',
  treeEdge: 'Reports to (hierarchy)',
  legend: 'Line styles',
  showList: 'Show as text',
  hideList: 'Hide text',
  search: 'Search bodies, roles and members',
  matches: (n: number) => (n === 0 ? 'No body matches' : n === 1 ? '1 body matches' : `${n} bodies match`),
  match: 'search match',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to width',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  count: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  times: (n: number) => ` (${n})`,
  intoCollapsed: 'Relation into a collapsed body (○ end)',
  foldedBadge: (n: number) => `Relations ${n}`,
  linkStub: (label: string, way: string, other?: string) => `${label} ${way}${other ? ` ${other}` : ''}`,
  /** The head of a one-column end badge: the link, the way to the other end, how many lines it stands for. */
  linkBadge: (label: string, way: string, n: number, inside = false) => `${inside ? 'Inside: ' : ''}${label} ${way}${n > 1 ? `×${n}` : ''}`,
  linkBadgeInsideOf: (name: string) => `inside ${name}`,
  linkBadgeGo: (label: string, other: string) => `${label}: go to ${other}`,
  linkNotDrawn: ' (line not drawn: a badge on each box)',
  linkStubTitle: (label: string, other: string, way: string) => `${label}: ${other} (${way}, line not drawn)`,
  foldedLegend: (numbered = false, press = true) =>
    `Relations of the bodies folded inside${numbered ? `, and the numbers of those drawn as badges “Relations N ①” (the same number on the other box${press ? '; press to list them' : ''})` : press ? ' (press to list them)' : ''}`,
  badgeLegend: (label: string, numbered = false, bare = false, folded = false, press = true) =>
    `${label}: no line; in each box “${label} ↓ other body”${numbered ? ` or the same number “${label} ↓①”` : ''}${bare ? ` (in a narrow box without the arrow: “${label}①”)` : ''}${folded ? `; an end folded inside a box: its “Relations N ①”` : ''}${press ? ' (press to go there)' : ''}`,
  foldedName: (n: number) => `${n} ${n === 1 ? 'relation' : 'relations'} of bodies folded inside (listed in the details)`,
  foldedLinks: 'Relations of bodies inside',
  dragHint: 'Drag or scroll to move the chart',
  fullText: 'Full text',
  children: (n: number) => `${n} below`,
  details: 'Details',
  close: 'Close',
  kind: 'Kind',
  aliases: 'Also known as',
  parent: 'Reports to',
  lane: 'Area',
  roles: 'Roles and members',
  notes: 'Notes',
  editorNotes: "Editor's notes (how the source was read)",
  links: 'Relations',
  source: 'Source',
  collapsed: 'collapsed',
  hiddenEnd: ' (collapsed)',
  hint: 'Up and down arrows move, left and right arrows collapse and expand, Enter shows details, Esc closes them, + and − zoom. Tab reaches the relation badges in a box, arrows move among them, Enter goes to the body named, Esc returns to the box.',
  listSep: ', ',
  colon: ': ',
});

