/**
 * Parses a budget document (`"type": "budget"`, see DATA-FORMAT.md) from unknown input into a
 * `BudgetDocument` with every amount in exact yen, reporting every problem with its JSON path.
 */
import { parseAmount } from './amount.js';
import { joinPath, type Issue, type ParseResult } from './issues.js';
import { parseSafely } from './guard.js';
import { checkDocumentType, describeValue, IdRegistry, isRecord, IssueCollector, readMeta } from './read.js';
import { BUDGET_UNITS, type BudgetDocument, type BudgetItem, type BudgetUnit, type PartOf } from './types.js';

/** Top-level keys the budget parser reads (besides the shared meta keys). */
const DOCUMENT_KEYS = ['fiscalYear', 'unit', 'items', 'editorNotes'] as const;

/**
 * Items nested deeper than this are reported (`too-deep`) instead of read: real budgets are a
 * few levels deep, and the limit keeps hostile input from exhausting the stack.
 */
export const MAX_BUDGET_DEPTH = 64;

/**
 * Reads a budget document. Never throws: on any problem it returns `{ ok: false, issues }`
 * with every issue found (not only the first), in document order, each with the JSON path of
 * the offending value, e.g. `items[2].children[0].amount`.
 *
 * Reads `unit` (one of `BUDGET_UNITS`, default `円`), `fiscalYear`, and `items` (required,
 * not empty), each item with `id` and `name` (required strings), `amount`, `supplementary`,
 * `previous` (numbers in the document unit or strings as slides write them: `49.1億円`,
 * `456,320千円`), `relistOf` (再掲: an item id), `partOf` (内数: `{ amount?, of? }`, `true`,
 * or the larger amount itself), `note`, `editorNotes` (how the source was read: strings),
 * `source` and `children`. The document may carry `editorNotes` too. An `amount` written
 * `13.5億円の内数` makes the item `partOf: { amount: 13.5億円 }` with no amount of its own.
 *
 * Reports: a wrong `type`; an unknown unit; missing/empty ids and names; duplicate ids;
 * unreadable or negative amounts (zero is valid), amounts that are not whole yen or exceed
 * `Number.MAX_SAFE_INTEGER` yen, or figures of one measure that together do (`total-too-large`,
 * so that every total is exact); 内数 wording on `supplementary`/`previous`;
 * `partOf` together with an amount of the item's own, or with a different amount in `amount`;
 * `relistOf` naming no item, the item itself, one of its ancestors or descendants, or a 内数
 * item (or an item inside one); `relistOf` together with `partOf`; cycles of re-listing (A
 * re-lists B re-lists A); `children` that is not an array; nesting deeper than
 * `MAX_BUDGET_DEPTH`.
 * Unknown top-level keys are kept in `extra`; unknown keys on items are ignored.
 */
export function parseBudget(input: unknown): ParseResult<BudgetDocument> {
  return parseSafely(input, readBudgetDocument);
}

/** {@link parseBudget} on input already copied into plain data (./snapshot.ts); may throw on a bug. */
export function readBudgetDocument(input: unknown): ParseResult<BudgetDocument> {
  const issues = new IssueCollector();
  if (!isRecord(input)) {
    issues.add('not-object', '');
    return { ok: false, issues: issues.issues };
  }

  checkDocumentType(input, 'budget', issues);
  const meta = readMeta(input, DOCUMENT_KEYS, issues);
  const fiscalYear = issues.optionalString(input, 'fiscalYear', '');
  const unit = readUnit(input, issues);
  const editorNotes = issues.stringArray(input, 'editorNotes', '');

  const rawItems = issues.array(input, 'items', '', true);
  if (Array.isArray(input.items) && rawItems.length === 0) issues.add('empty', 'items');

  const reader = new ItemReader(unit, issues);
  const items: BudgetItem[] = [];
  rawItems.forEach((raw, i) => {
    const item = reader.read(raw, joinPath('items', i), 1);
    if (item) items.push(item);
  });
  reader.checkRelisting();
  reader.checkTotals();

  if (!issues.ok) return { ok: false, issues: sortByDocumentOrder(issues.issues) };
  const doc: BudgetDocument = { ...meta, type: 'budget', unit, items };
  if (fiscalYear !== undefined) doc.fiscalYear = fiscalYear;
  if (editorNotes.length > 0) doc.editorNotes = editorNotes;
  return { ok: true, value: doc };
}

/**
 * Issues in document order (the re-listing checks run after the walk): document-level keys
 * first, then by item position (`items[2]` before `items[2].children[0]` before `items[10]`);
 * the order found is kept within one item.
 */
function sortByDocumentOrder(list: Issue[]): Issue[] {
  const key = (path: string) => [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const keyed = list.map((issue, i) => ({ issue, i, k: key(issue.path) }));
  keyed.sort((a, b) => {
    const n = Math.min(a.k.length, b.k.length);
    for (let j = 0; j < n; j++) if (a.k[j] !== b.k[j]) return a.k[j]! - b.k[j]!;
    return a.k.length - b.k.length || a.i - b.i;
  });
  return keyed.map((x) => x.issue);
}

/** `unit`: one of `BUDGET_UNITS`; `円` when absent (and, after an issue, when unknown). */
function readUnit(input: Record<string, unknown>, issues: IssueCollector): BudgetUnit {
  const unit = input.unit;
  if (unit === undefined || unit === null) return '円';
  if (typeof unit === 'string' && (BUDGET_UNITS as readonly string[]).includes(unit)) return unit as BudgetUnit;
  issues.add('unknown-unit', 'unit', { value: describeValue(unit) });
  return '円';
}

/** An item as read, with what the cross-item checks need. */
interface ReadItem {
  item: BudgetItem;
  /** The item's JSON path (the registry names the first occurrence of a repeated id by it). */
  path: string;
  /** The enclosing item as read (undefined at the top): ancestors are walked only for a re-listing. */
  parent: ReadItem | undefined;
}

/** Whether some ancestor's id passes `test`. */
function someAncestor(read: ReadItem, test: (id: string) => boolean): boolean {
  for (let p = read.parent; p; p = p.parent) if (test(p.item.id)) return true;
  return false;
}

/** Whether `id` is the id of an ancestor of `read`. */
function hasAncestor(read: ReadItem, id: string): boolean {
  for (let p = read.parent; p; p = p.parent) if (p.item.id === id) return true;
  return false;
}

/** Reads items recursively and then checks what depends on all of them (re-listing). */
class ItemReader {
  /** First item for each id (and the duplicate-id check). */
  private readonly ids: IdRegistry<ReadItem>;
  /** Every item read, in document order (first occurrences and duplicates alike). */
  private readonly all: ReadItem[] = [];
  /** The items being read, innermost last (no copy per item: children link to their parent). */
  private readonly stack: ReadItem[] = [];

  constructor(
    private readonly unit: BudgetUnit,
    private readonly issues: IssueCollector,
  ) {
    this.ids = new IdRegistry(issues);
  }

  /** Reads the item at `path` (nesting level `depth`, 1 at the top); undefined when unusable. */
  read(raw: unknown, path: string, depth: number): BudgetItem | undefined {
    const { issues } = this;
    if (!isRecord(raw)) {
      issues.add('not-object', path);
      return undefined;
    }
    if (depth > MAX_BUDGET_DEPTH) {
      issues.add('too-deep', path, { max: MAX_BUDGET_DEPTH });
      return undefined;
    }
    const id = issues.requiredString(raw, 'id', path);
    const name = issues.requiredString(raw, 'name', path);
    const note = issues.optionalString(raw, 'note', path);
    const source = issues.optionalString(raw, 'source', path);
    const editorNotes = issues.stringArray(raw, 'editorNotes', path);
    const relistOf = issues.optionalString(raw, 'relistOf', path);

    const amount = this.amount(raw, 'amount', path, true);
    const supplementary = this.amount(raw, 'supplementary', path, false);
    const previous = this.amount(raw, 'previous', path, false);
    let partOf = this.partOf(raw, path);

    if (amount?.partOf) {
      const declared = partOf?.amount;
      if (declared !== undefined && declared !== amount.yen) {
        issues.add('part-of-conflict', joinPath(path, 'partOf'), { amount: amount.yen, partOf: declared });
      }
      partOf = { ...partOf, amount: declared ?? amount.yen };
    } else if (amount && partOf) {
      issues.add('part-of-with-amount', joinPath(path, 'amount'), { id: id ?? '' });
    }
    if (relistOf !== undefined && partOf) {
      issues.add('relist-with-part-of', joinPath(path, 'relistOf'), { id: id ?? '' });
    }

    // The item is registered before its children are read, so ids and the re-listing checks
    // see items in document order (a parent before its children).
    let read: ReadItem | undefined;
    if (id !== undefined) {
      // An item without a usable name (already reported) is still checked against the others
      // (duplicate ids, re-listing), so that every issue is found in one pass.
      const item: BudgetItem = { id, name: name ?? '', children: [], path };
      if (amount && !amount.partOf) item.amount = amount.yen;
      if (supplementary) item.supplementary = supplementary.yen;
      if (previous) item.previous = previous.yen;
      if (relistOf !== undefined) item.relistOf = relistOf;
      if (partOf) item.partOf = partOf;
      if (note !== undefined) item.note = note;
      if (editorNotes.length > 0) item.editorNotes = editorNotes;
      if (source !== undefined) item.source = source;
      read = { item, path, parent: this.stack[this.stack.length - 1] };
      this.all.push(read);
      this.ids.register(id, read);
      this.stack.push(read);
    }

    const rawChildren = issues.array(raw, 'children', path);
    const childrenPath = rawChildren.length > 0 ? joinPath(path, 'children') : '';
    rawChildren.forEach((rawChild, i) => {
      const child = this.read(rawChild, joinPath(childrenPath, i), depth + 1);
      if (child && read) read.item.children.push(child);
    });
    if (id !== undefined) this.stack.pop();
    return read?.item;
  }

  /**
   * An amount at `raw[key]`: exact yen, or an issue (unreadable, negative, or 内数 where 内数
   * is not allowed). Undefined when absent or wrong.
   */
  private amount(
    raw: Record<string, unknown>,
    key: string,
    path: string,
    allowPartOf: boolean,
  ): { yen: number; partOf: boolean } | undefined {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    const result = parseAmount(value, { unit: this.unit, path: '' });
    const yen = result.ok ? result.value.yen : Number.NaN;
    // The common case, checked before any path string is built.
    if (result.ok && yen >= 0 && yen <= Number.MAX_SAFE_INTEGER && Number.isInteger(yen) && (allowPartOf || !result.value.partOf)) {
      return result.value;
    }
    const at = joinPath(path, key);
    if (!result.ok) {
      this.issues.add(result.issue.code, at, result.issue.params);
      return undefined;
    }
    if (result.value.yen < 0) {
      this.issues.add('amount-negative', at, { value: describeValue(value) });
      return undefined;
    }
    if (result.value.yen > Number.MAX_SAFE_INTEGER) {
      // Beyond 2^53 yen (about 9,007兆円) sums are no longer exact.
      this.issues.add('amount-too-large', at, { value: describeValue(value) });
      return undefined;
    }
    if (!Number.isInteger(result.value.yen)) {
      this.issues.add('amount-fraction', at, { value: describeValue(value) });
      return undefined;
    }
    if (result.value.partOf && !allowPartOf) {
      this.issues.add('part-of-not-allowed', at, { key, value: describeValue(value) });
      return undefined;
    }
    return result.value;
  }

  /** `partOf`: `{ amount?, of? }`, `true` (a share of an unnamed, unsized amount) or an amount. */
  private partOf(raw: Record<string, unknown>, path: string): PartOf | undefined {
    const value = raw.partOf;
    if (value === undefined || value === null || value === false) return undefined;
    if (value === true) return {};
    const at = joinPath(path, 'partOf');
    if (typeof value === 'number' || typeof value === 'string') {
      const amount = this.amount(raw, 'partOf', path, true);
      return amount ? { amount: amount.yen } : {};
    }
    if (!isRecord(value)) {
      this.issues.add('wrong-type', at, { expected: 'object' });
      return {};
    }
    const partOf: PartOf = {};
    const amount = this.amount(value, 'amount', at, true);
    if (amount) partOf.amount = amount.yen;
    const of = this.issues.optionalString(value, 'of', at);
    if (of !== undefined) partOf.of = of;
    return partOf;
  }

  /**
   * Every amount is a safe integer, but a sum of them may not be: the summary adds declared
   * figures at every level, so when all the figures of one measure together pass 2^53 − 1 yen
   * (exact BigInt sum) no total could be trusted, and `total-too-large` is reported at `items`.
   */
  checkTotals(): void {
    for (const key of ['amount', 'supplementary', 'previous'] as const) {
      // Every figure is a safe non-negative integer, so a Number sum is exact while it stays
      // safe; only a sum past 2^53 − 1 is added again in BigInt, for the message's exact total.
      let total = 0;
      for (let i = 0; i < this.all.length; i++) {
        const value = this.all[i]!.item[key];
        if (value !== undefined) total += value;
      }
      if (total <= Number.MAX_SAFE_INTEGER) continue;
      let exact = 0n;
      for (const { item } of this.all) {
        const value = item[key];
        if (value !== undefined) exact += BigInt(value);
      }
      if (exact > BigInt(Number.MAX_SAFE_INTEGER)) this.issues.add('total-too-large', 'items', { key, total: exact.toString() });
    }
  }

  /** Checks every `relistOf`: target exists, is not the item, its kin or a 内数; no cycles. */
  checkRelisting(): void {
    const { issues } = this;
    const byId = this.ids.byId;
    const valid = new Map<string, string>();
    for (let i = 0; i < this.all.length; i++) {
      const read = this.all[i]!;
      const { item } = read;
      if (item.relistOf === undefined) continue;
      const at = joinPath(item.path, 'relistOf');
      const target = byId.get(item.relistOf);
      if (item.relistOf === item.id) issues.add('relist-self', at, { id: item.id });
      else if (!target) issues.add('relist-unknown', at, { id: item.id, relistOf: item.relistOf });
      else if (hasAncestor(read, item.relistOf) || hasAncestor(target, item.id)) {
        issues.add('relist-nested', at, { id: item.id, relistOf: item.relistOf });
      } else if (target.item.partOf || someAncestor(target, (id) => byId.get(id)?.item.partOf !== undefined)) {
        // A 内数 item (or anything inside one) counts no money, so re-listing it would drop
        // the amount from every total.
        issues.add('relist-part-of', at, { id: item.id, relistOf: item.relistOf });
      } else if (byId.get(item.id) === undefined || byId.get(item.id)?.item === item) {
        valid.set(item.id, item.relistOf);
      }
    }
    // Cycles: follow each chain of re-listing; report each cycle once, at its first item in
    // document order, naming every id on it.
    // `valid` holds the re-listing items in document order; most items re-list nothing.
    const done = new Set<string>();
    // Document order, needed only to report a cycle (built then, not for every parse).
    let order: Map<ReadItem, number> | undefined;
    for (const start of valid.keys()) {
      if (done.has(start)) continue;
      const chain: string[] = [];
      const onChain = new Set<string>();
      let current: string | undefined = start;
      while (current !== undefined && !done.has(current) && !onChain.has(current)) {
        chain.push(current);
        onChain.add(current);
        current = valid.get(current);
      }
      if (current !== undefined && onChain.has(current)) {
        const cycle = chain.slice(chain.indexOf(current));
        order ??= new Map(this.all.map((read, i) => [read, i]));
        const first = cycle.map((id) => byId.get(id)!).sort((a, b) => order!.get(a)! - order!.get(b)!)[0]!;
        const start = cycle.indexOf(first.item.id);
        const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
        issues.add('relist-cycle', joinPath(first.item.path, 'relistOf'), {
          id: first.item.id,
          ids: [...ordered, first.item.id].join(' → '),
        });
      }
      for (const id of chain) done.add(id);
    }
  }
}
