/**
 * An organisation from a table with one row per body (a 名簿 or 体制 sheet) and an optional table
 * of links, read into the JSON organisation document and validated by `parseOrganization`.
 */
import type { Issue } from '../issues.js';
import { parseOrganization } from '../organization.js';
import { BODY_KINDS, LINK_TYPES, type OrganizationDocument } from '../types.js';
import type { TableMeta, TableResult } from './budget-table.js';
import { matchHeader, type ColumnSpec, type FoundColumn } from './header.js';
import { CellMap, isBlankRow, locateIssues, readAbove, sortByCell } from './locate.js';
import { cellIssue, cellText, fillMerged, toSheet, type CellValue, type SheetTable, type TableInput } from './sheet.js';

/** The columns of an organisation table and the headers each is known by. */
export const ORGANIZATION_COLUMNS = {
  id: { names: ['id', 'コード', '番号', '組織id'] },
  parent: { names: ['parent', 'parent id', '親', '親id', '上位', '上位組織'] },
  name: { names: ['name', '名称', '組織', '組織名', '会議体', '会議体名'] },
  kind: { names: ['kind', '種別', '種類', '区分'] },
  laneId: { names: ['lane id', 'レーンid'] },
  lane: { names: ['lane', 'レーン', '分野'] },
  roles: { names: ['roles', 'role', '役職', '構成'], repeat: true },
  aliases: { names: ['aliases', 'alias', '別名', '略称'] },
  notes: { names: ['notes', 'note', '注記', '備考'], repeat: true },
  editorNotes: { names: ['editor notes', "editor's notes", '編集注記'], repeat: true },
  source: { names: ['source', '出典'] },
} as const satisfies Record<string, ColumnSpec>;
type OrgColumn = keyof typeof ORGANIZATION_COLUMNS;

/** The columns of a links table. */
export const LINK_COLUMNS = {
  from: { names: ['from', '元', '起点', 'から'] },
  to: { names: ['to', '先', '終点', 'へ'] },
  type: { names: ['type', '種類', '種別', '関係'] },
  label: { names: ['label', 'ラベル', '表示', '文言'] },
} as const satisfies Record<string, ColumnSpec>;
type LinkColumn = keyof typeof LINK_COLUMNS;

/** Japanese names of body kinds, as sheets write them. */
const KIND_WORDS: Readonly<Record<string, (typeof BODY_KINDS)[number]>> = {
  本部: 'headquarters',
  会議: 'council',
  推進会議: 'council',
  協議会: 'council',
  審議会: 'council',
  タスクフォース: 'taskforce',
  tf: 'taskforce',
  ワーキンググループ: 'working-group',
  wg: 'working-group',
  法人: 'agency',
  機関: 'agency',
  独立行政法人: 'agency',
  国立研究開発法人: 'agency',
  室: 'office',
  事務局: 'office',
  府省: 'ministry',
  省: 'ministry',
  省庁: 'ministry',
  企業: 'company',
  会社: 'company',
  その他: 'other',
};

/** Japanese names of link types, as sheets (and slides) write them. */
const LINK_WORDS: Readonly<Record<string, (typeof LINK_TYPES)[number]>> = {
  連携: 'cooperation',
  共同事務局: 'joint-secretariat',
  所管: 'jurisdiction',
  助言: 'advice',
  その他: 'other',
};

/** Options of {@link readOrganizationTable}. */
export interface ReadOrganizationTableOptions extends TableMeta {
  /** The links (from, to, type, label), from another sheet or file. */
  links?: TableInput;
}

/**
 * Reads an organisation table: one row per body, columns found by header
 * (`ORGANIZATION_COLUMNS`: ID, 親, 名称, 種別, レーン, 役職, 別名, 注記, 編集注記, 出典, in Japanese or
 * English). 親 and link ends name a body by id or by a unique name. 種別 and link 種類 may be
 * the JSON words or Japanese (本部, 協議会, 連携, 共同事務局, 所管…). A 役職 cell holds one role
 * a line, 「役職：氏名、氏名」 (holders split at 、 or a comma; 「・」 stays inside a name such as
 * 健康・医療戦略担当大臣); 別名 one a line or split at 、; 注記 and 編集注記 (editor's notes) one a line. Lanes are made from
 * レーン (their names) and レーンID (their ids, else the name is the id), in order of first use.
 * Never throws; every issue names its cell.
 */
export function readOrganizationTable(
  input: TableInput,
  options: ReadOrganizationTableOptions = {},
): TableResult<OrganizationDocument> {
  const sheet = toSheet(input);
  const header = matchHeader(sheet, sheet.rows, ORGANIZATION_COLUMNS, 'name');
  if (!header.ok) return { ok: false, issues: header.issues };
  const { row: headerRow, columns } = header.match;
  const col = (key: OrgColumn): FoundColumn | undefined => columns[key]?.[0];
  const merged = new Set((['parent', 'kind', 'lane', 'laneId'] as const).map((k) => col(k)?.index).filter((i) => i !== undefined));
  const rows = fillMerged(sheet, merged);
  const above = readAbove(sheet, rows, headerRow, { title: options.title });
  const issues: Issue[] = [...header.issues, ...above.issues];
  const cellMap = new CellMap(sheet);

  const data: { row: number; json: Record<string, unknown> }[] = [];
  const lanes = new Map<string, string>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const text = (column: FoundColumn | undefined) => cellText(cell(row, column));
    const path = `bodies[${data.length}]`;
    const json: Record<string, unknown> = { id: text(col('id')) || `row${r + 1}`, name: text(col('name')) };
    cellMap.set(path, r, col('id')?.index ?? col('name')?.index);
    for (const key of ['id', 'name', 'parent', 'kind', 'source'] as const) if (col(key)) cellMap.set(`${path}.${key}`, r, col(key)!.index);
    if (text(col('parent'))) json.parent = text(col('parent'));
    const kind = text(col('kind'));
    if (kind) json.kind = KIND_WORDS[kind.normalize('NFKC').toLowerCase()] ?? kind;
    const laneName = text(col('lane'));
    const laneId = text(col('laneId')) || laneName;
    if (laneId) {
      json.lane = laneId;
      if (!lanes.has(laneId)) lanes.set(laneId, laneName || laneId);
      cellMap.set(`${path}.lane`, r, (col('laneId') ?? col('lane'))!.index);
    }
    const roles: { title: string; holders: string[] }[] = [];
    let roleAt = 0;
    for (const column of columns.roles ?? []) {
      for (const line of lines(text(column))) {
        const m = /^([^:：]+)[:：](.+)$/.exec(line);
        const holders = m ? m[2]!.split(/[、,，;；]/).map((h) => h.trim()).filter((h) => h) : [];
        if (!m || holders.length === 0) {
          issues.push(cellIssue(sheet, 'table-role-unreadable', r, column.index, { value: line }));
          continue;
        }
        cellMap.set(`${path}.roles[${roleAt++}]`, r, column.index);
        roles.push({ title: m[1]!.trim(), holders });
      }
    }
    if (roles.length > 0) json.roles = roles;
    if (col('roles')) cellMap.set(`${path}.roles`, r, col('roles')!.index);
    const aliases = lines(text(col('aliases'))).flatMap((l) => l.split('、')).map((a) => a.trim()).filter((a) => a);
    if (aliases.length > 0) json.aliases = aliases;
    const notes = (columns.notes ?? []).flatMap((column) => lines(text(column)));
    if (notes.length > 0) json.notes = notes;
    const editorNotes = (columns.editorNotes ?? []).flatMap((column) => lines(text(column)));
    if (editorNotes.length > 0) json.editorNotes = editorNotes;
    if (text(col('source'))) json.source = text(col('source'));
    data.push({ row: r, json });
  }
  if (data.length === 0) issues.push(cellIssue(sheet, 'table-no-rows', headerRow, undefined));

  // 親 may name the parent by name: a unique name becomes its id.
  const ids = new Set(data.map((d) => String(d.json.id)));
  const names = uniqueNameMap(data.map((d) => d.json));
  for (const { json } of data) {
    const parent = json.parent;
    if (typeof parent === 'string' && !ids.has(parent) && names.has(parent)) json.parent = names.get(parent);
  }

  const json: Record<string, unknown> = { type: 'organization' };
  const title = options.title ?? above.title;
  if (title) json.title = title;
  for (const key of ['description', 'source', 'lang'] as const) if (options[key]) json[key] = options[key];
  if (lanes.size > 0) json.lanes = [...lanes].map(([id, name]) => ({ id, name }));
  json.bodies = data.map((d) => d.json);

  const maps = [{ prefix: 'bodies', map: cellMap }];
  if (options.links) {
    const links = readLinks(toSheet(options.links), ids, names);
    issues.push(...links.issues);
    json.links = links.links;
    maps.push({ prefix: 'links', map: links.cellMap });
  }

  const parsed = parseOrganization(json);
  if (!parsed.ok) issues.push(...locateIssues(parsed.issues, maps));
  if (issues.length > 0 || !parsed.ok) return { ok: false, issues: sortByCell(issues) };
  return { ok: true, value: parsed.value, json };
}

function readLinks(
  sheet: SheetTable,
  ids: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): { links: Record<string, unknown>[]; issues: Issue[]; cellMap: CellMap } {
  const cellMap = new CellMap(sheet);
  const header = matchHeader(sheet, sheet.rows, LINK_COLUMNS, 'from');
  if (!header.ok) return { links: [], issues: header.issues, cellMap };
  const { row: headerRow, columns } = header.match;
  const col = (key: LinkColumn): FoundColumn | undefined => columns[key]?.[0];
  const rows = fillMerged(sheet, new Set([col('from')?.index, col('type')?.index].filter((i) => i !== undefined)));
  const links: Record<string, unknown>[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const text = (key: LinkColumn) => cellText(cell(row, col(key)));
    const path = `links[${links.length}]`;
    cellMap.set(path, r, col('from')?.index);
    const link: Record<string, unknown> = {};
    for (const end of ['from', 'to'] as const) {
      const value = text(end);
      link[end] = ids.has(value) ? value : (names.get(value) ?? value);
      if (col(end)) cellMap.set(`${path}.${end}`, r, col(end)!.index);
    }
    const type = text('type') || (LINK_WORDS[text('label')] ? text('label') : '');
    if (type) link.type = LINK_WORDS[type] ?? type;
    if (col('type')) cellMap.set(`${path}.type`, r, col('type')!.index);
    if (text('label')) link.label = text('label');
    links.push(link);
  }
  return { links, issues: header.issues, cellMap };
}

function cell(row: CellValue[] | undefined, column: FoundColumn | undefined): CellValue {
  return column ? row?.[column.index] : undefined;
}

/** The lines of a cell (a line break inside a cell, as Alt+Enter writes it in Excel). */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l);
}

function uniqueNameMap(items: readonly Record<string, unknown>[]): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const item of items) {
    const name = String(item.name ?? '');
    if (name) seen.set(name, seen.has(name) ? null : String(item.id));
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
}
