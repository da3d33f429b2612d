import { sql, type Kysely } from 'kysely';
import { isoDate, monthsAfter } from '../../../src-shared/dates';
import type { ApiParsedInput, RecordPage, RecordRow, RecycledRecord } from '../../../src-shared/handlers';
import { describeIssues } from '../../../src-shared/errors';
import { columnFields, fieldDef, registerDef, registers, yearFilterLabel } from '../../../src-shared/registers';
import type { EntryData, RecordData, RegisterDef, RegisterKey } from '../../../src-shared/registers';
import { describeRecord, findConversion, type Conversion } from '../../../src-shared/links';
import { recordSchema } from '../../../src-shared/registers/schema';
import type { LedgerDatabase, RegisterRow, RegisterTableName } from '../db/schema';
import { UserError } from '../errors';
import { behaviours } from './behaviour';
import { childRows, fromColumns, partyFromRow, searchText, toColumns } from './codec';
import { indexRecord, indexRecords, planSearch, reindexStored, unindexRecord } from './searchIndex';

type Db = Kysely<LedgerDatabase>;
type ListQuery = ApiParsedInput<'registers.list'>;

const REGISTRAR_FIELD = 'registered_by';
const tableOf = (def: RegisterDef) => def.table as RegisterTableName;
const now = () => new Date().toISOString();

export function parseRecord(def: RegisterDef, input: unknown): RecordData {
  const parsed = recordSchema(def).safeParse(input);
  if (!parsed.success) throw UserError.from(describeIssues(parsed.error, def));
  return parsed.data;
}

/**
 * A search counts its matches only this far past the page being read. Confirming a common word on every candidate
 * (宅基地 is in 4 of 10 records of ten years) would cost more than the page itself; the pager grows as the clerk reads on.
 */
export const SEARCH_COUNT_CAP = 1000;

export async function listRecords(db: Db, query: ListQuery, today: string): Promise<RecordPage> {
  const def = registerDef(query.register);
  const sortKey = query.sort ?? def.defaultSort.key;
  if (sortKey !== 'id' && !columnFields(def).some((f) => f.key === sortKey)) {
    throw new UserError(`不能按“${sortKey}”排序`);
  }
  const order = query.order ?? (query.sort ? 'asc' : def.defaultSort.order);
  const inOrder = <Q extends OrderableQuery<Q>>(selected: Q): Q =>
    listOrder(def, sortKey).reduce((ordered, key) => ordered.orderBy(sql.ref(key), order), selected);

  const q = query.q?.toLowerCase();
  const search = q
    ? await planSearch(db, def, q, async (like) => {
        // The share of the first rows in list order holding the word; all of them when the list is that short.
        const first = inOrder(filteredList(db, def, query, 'walk').select('search_text')).limit(DENSITY_PROBE_ROWS);
        const probed = await db
          .selectFrom(first.as('first'))
          .select((eb) => [eb.fn.countAll<number>().as('rows'), sql<number>`coalesce(sum(${like}), 0)`.as('hits')])
          .executeTakeFirstOrThrow();
        return Number(probed.rows) < DENSITY_PROBE_ROWS ? 1 : Number(probed.hits) / Number(probed.rows);
      })
    : null;
  // With few search candidates, stop SQLite walking the date index and fetch the candidates by id.
  let base = filteredList(db, def, query, search?.fewCandidates ? 'byId' : 'walk');
  if (search) base = base.where(search.condition);

  const unfiltered = query.year === undefined && query.month === undefined && !Object.keys(query.filters ?? {}).length;
  const indexTotal = unfiltered ? (search?.exactTotal ?? null) : null;
  let total: number;
  let totalCapped = false;
  if (indexTotal !== null) total = indexTotal;
  else if (search) {
    const cap = (query.page - 1) * query.pageSize + SEARCH_COUNT_CAP;
    const matched = base
      .select(sql<number>`1`.as('one'))
      .limit(cap + 1)
      .as('matched');
    const counted = await db
      .selectFrom(matched)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    totalCapped = Number(counted.n) > cap;
    total = Math.min(Number(counted.n), cap);
  } else total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await inOrder(base.selectAll())
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows: await withChildren(db, def, rows, today), total, totalCapped };
}

/** Rows read in list order to tell whether a search word is common enough to find by reading rows (planSearch). */
const DENSITY_PROBE_ROWS = 200;

type OrderableQuery<Q> = { orderBy(ref: ReturnType<typeof sql.ref>, order: 'asc' | 'desc'): Q };

/**
 * A book's live records narrowed by the list's year, month and filters. `byId`: keep SQLite from walking the date
 * index through `deleted_at` (the unary `+`), so it fetches a search's few candidates by id instead.
 */
function filteredList(db: Db, def: RegisterDef, query: ListQuery, plan: 'walk' | 'byId') {
  let base = db
    .selectFrom(tableOf(def))
    .where(plan === 'byId' ? sql<boolean>`+deleted_at IS NULL` : sql<boolean>`deleted_at IS NULL`);
  if (query.year !== undefined) {
    const { from, to } = query.month
      ? monthBounds(query.year, query.month)
      : { from: isoDate(query.year, 1, 1), to: isoDate(query.year + 1, 1, 1) };
    base = base.where(def.dateField, '>=', from).where(def.dateField, '<', to);
  } else if (query.month !== undefined) {
    base = base.where(sql<string>`substr(${sql.ref(def.dateField)}, 6, 2)`, '=', String(query.month).padStart(2, '0'));
  }
  for (const [key, value] of Object.entries(query.filters ?? {})) {
    const field = fieldDef(def, key);
    if (!field?.filter) throw new UserError(`不能按“${field?.label ?? key}”筛选`);
    if (field.options && !field.options.some((o) => o.value === String(value))) {
      throw new UserError(`${field.label}“${String(value).slice(0, 20)}”不在可选范围内`);
    }
    if (field.type === 'date') {
      const year = Number(value);
      if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new UserError(`${yearFilterLabel(field)}无效`);
      base = base.where(key, '>=', isoDate(year, 1, 1)).where(key, '<', isoDate(year + 1, 1, 1));
    } else if (field.type === 'multiselect') base = base.where(key, 'like', `%${JSON.stringify(String(value))}%`);
    else if (field.type === 'committee') base = base.where(key, '=', Number(value));
    else base = base.where(key, '=', String(value));
  }
  return base;
}

/**
 * The ORDER BY of a list sorted by `sortKey`: records with equal values by the book's date, then by id so pages never
 * overlap. Each sortable column has an index of (deleted_at, column, date) (migrations 0009, 0010) matching it.
 */
export function listOrder(def: RegisterDef, sortKey: string): string[] {
  return [...new Set([sortKey, ...(sortKey === 'id' ? [] : [def.dateField]), 'id'])];
}

export async function getRecord(db: Db, register: RegisterKey, id: number, today: string): Promise<RecordRow> {
  const def = registerDef(register);
  const row = await db.selectFrom(tableOf(def)).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new UserError(`${def.title}中没有这条记录（编号 ${id}）`);
  const [record] = await withChildren(db, def, [row], today);
  return record!;
}

/** Every live record of a book with its child lists: what a document of the whole book (a year's 登记表) reads. */
export async function liveRecords(db: Db, register: RegisterKey, today: string): Promise<RecordRow[]> {
  const def = registerDef(register);
  const rows = await db.selectFrom(tableOf(def)).selectAll().where('deleted_at', 'is', null).orderBy('id').execute();
  return withChildren(db, def, rows, today);
}

/** The record's data with what its register works out for itself (behaviour.ts `fills`). */
async function filledIn(db: Db, register: RegisterKey, data: RecordData): Promise<RecordData> {
  const fills = behaviours[register].fills;
  return fills ? fills(db, data) : data;
}

/** The logged-in user is 登记人 unless the clerk named someone else; an edit that leaves it blank keeps the first one. */
function fillRegistrar(def: RegisterDef, data: RecordData, registrar: string | null | undefined): void {
  if (registrar && def.fields.some((f) => f.key === REGISTRAR_FIELD) && !data[REGISTRAR_FIELD])
    data[REGISTRAR_FIELD] = registrar;
}

/** The record a new one is turned from (registers.create's `derivedFrom`). */
export interface RecordRef {
  register: RegisterKey;
  id: number;
}

export async function createRecord(
  db: Db,
  register: RegisterKey,
  input: unknown,
  today: string,
  derivedFrom?: RecordRef,
  registrar?: string,
): Promise<RecordRow> {
  const def = registerDef(register);
  const data = await filledIn(db, register, parseRecord(def, input));
  fillRegistrar(def, data, registrar);
  await checkReferences(db, def, data);
  const source = derivedFrom ? await derivationSource(db, derivedFrom, register, today) : null;
  const generated = (await behaviours[register].generated?.(db, data, null)) ?? {};
  if (source && def.fields.some((f) => f.key === 'source_ref' && f.generated)) {
    generated['source_ref'] = describeRecord(source.record.register, source.record.data);
  }
  const id = await insertRecord(db, def, data, generated);
  const created = await getRecord(db, register, id, today);
  if (source?.conversion.link)
    await writeBackLink(db, source.record, source.conversion.link, created, source.conversion.marks);
  return created;
}

/** A row of an import: its data as the book's schema answered it, and the generated columns the import settled. */
export interface ImportedRow {
  data: RecordData;
  /** An old case's 卷号, or the one the import numbered in order of 受理日期: instead of the book's own. */
  given?: RegisterRow;
}

/**
 * The create path of an import (core/import/batch), for many records in one transaction: 登记人 filled, committees
 * checked, generated columns, search index and child lists as for a typed record; the index and the child lists of
 * all of them written a few hundred rows a statement, and nothing read back. The rows were validated by the book's
 * schema (import/batch/rows.ts) before any is written. A row refused here is refused through `refuse` (which names
 * it). Answers each record's id and data as stored.
 */
export async function importRecords(
  db: Db,
  register: RegisterKey,
  rows: readonly ImportedRow[],
  registrar: string,
  refuse: (index: number, error: UserError) => UserError,
): Promise<{ id: number; data: RecordData }[]> {
  const def = registerDef(register);
  const created: { id: number; data: RecordData }[] = [];
  const indexed: { id: number; text: string }[] = [];
  const children: ReturnType<typeof childRows>[] = [];
  for (const [index, { data, given }] of rows.entries()) {
    let generated: RegisterRow;
    try {
      fillRegistrar(def, data, registrar);
      await checkReferences(db, def, data);
      generated = given ?? (await behaviours[register].generated?.(db, data, null)) ?? {};
    } catch (error) {
      throw error instanceof UserError ? refuse(index, error) : error;
    }
    const text = searchText(def, { ...data, ...generated });
    const id = await insertRow(db, def, data, generated, text);
    indexed.push({ id, text });
    children.push(childRows(def, id, data));
    created.push({ id, data: { ...data, ...fromColumns(def, { ...toColumns(def, data), ...generated }) } });
  }
  await indexRecords(db, def, indexed);
  await insertInChunks(
    db,
    'record_entry',
    children.flatMap((c) => c.entries),
  );
  await insertInChunks(
    db,
    'party',
    children.flatMap((c) => c.parties),
  );
  return created;
}

/** Child rows a few hundred a statement: fifteen columns each stay far below SQLite's limit of bound values. */
async function insertInChunks<T extends 'party' | 'record_entry'>(
  db: Db,
  table: T,
  rows: readonly Omit<LedgerDatabase[T], 'id'>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHILD_ROWS_PER_INSERT) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHILD_ROWS_PER_INSERT) as never)
      .execute();
  }
}

const CHILD_ROWS_PER_INSERT = 500;

/** A new record's row, search index and child lists. */
async function insertRecord(db: Db, def: RegisterDef, data: RecordData, generated: RegisterRow): Promise<number> {
  const text = searchText(def, { ...data, ...generated });
  const id = await insertRow(db, def, data, generated, text);
  await indexRecord(db, def, id, text);
  await writeChildren(db, def, id, data);
  return id;
}

/** A new record's own row, without its index and child lists. */
async function insertRow(
  db: Db,
  def: RegisterDef,
  data: RecordData,
  generated: RegisterRow,
  text: string,
): Promise<number> {
  const stamp = now();
  const inserted = await db
    .insertInto(tableOf(def))
    .values({
      ...toColumns(def, data),
      ...generated,
      search_text: text,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted['id']);
}

/** The live source record of a conversion, and the conversion itself; a pair not in src-shared/links.ts is refused. */
export async function derivationSource(
  db: Db,
  from: RecordRef,
  to: RegisterKey,
  today: string,
): Promise<{ conversion: Conversion; record: RecordRow }> {
  const conversion = findConversion(from.register, to);
  if (!conversion) throw new UserError(`${registerDef(from.register).title}的记录不能转为${registerDef(to).title}`);
  await liveRow(db, registerDef(from.register), from.id);
  return { conversion, record: await getRecord(db, from.register, from.id, today) };
}

/** source[link.field] = created[link.value] (卷号), and the conversion's marks, in the create's own transaction. */
async function writeBackLink(
  db: Db,
  source: RecordRow,
  link: NonNullable<Conversion['link']>,
  created: RecordRow,
  marks: Conversion['marks'] = {},
): Promise<void> {
  const def = registerDef(source.register);
  const value = created.data[link.value] ?? null;
  const data = { ...source.data, ...marks, [link.field]: value };
  const text = searchText(def, data);
  await db
    .updateTable(tableOf(def))
    .set({ ...marks, [link.field]: value as string | null, search_text: text, updated_at: now() })
    .where('id', '=', source.id)
    .execute();
  await indexRecord(db, def, source.id, text);
}

export async function updateRecord(
  db: Db,
  register: RegisterKey,
  id: number,
  input: unknown,
  today: string,
  editor?: string,
): Promise<RecordRow> {
  const def = registerDef(register);
  const existing = await liveRow(db, def, id);
  const data = await filledIn(db, register, parseRecord(def, input));
  fillRegistrar(def, data, (existing[REGISTRAR_FIELD] as string | null) || editor);
  await checkReferences(db, def, data);
  const generated = (await behaviours[register].generated?.(db, data, existing)) ?? {};
  const kept = Object.fromEntries(def.fields.filter((f) => f.generated).map((f) => [f.key, existing[f.key] ?? null]));
  const text = searchText(def, { ...data, ...kept, ...generated });
  // Only the columns that changed: SQLite then leaves alone the indexes of the others, and a save writes (and syncs)
  // a handful of pages instead of one in every index of the book.
  const columns: RegisterRow = { ...toColumns(def, data), ...generated, search_text: text };
  const changed = Object.fromEntries(Object.entries(columns).filter(([key, value]) => existing[key] !== value));
  await db
    .updateTable(tableOf(def))
    .set({ ...changed, updated_at: now() })
    .where('id', '=', id)
    .execute();
  if ('search_text' in changed) await indexRecord(db, def, id, text);
  await replaceChildren(db, def, id, data);
  return getRecord(db, register, id, today);
}

/** Rewrites a record's parties and child lists, each only if it differs from what is stored. */
async function replaceChildren(db: Db, def: RegisterDef, recordId: number, data: RecordData): Promise<void> {
  const { entries, parties } = childRows(def, recordId, data);
  await replaceChildList(db, def, recordId, { table: 'record_entry', group: 'kind' }, entries);
  await replaceChildList(db, def, recordId, { table: 'party', group: 'role' }, parties);
}

type ChildList = { table: 'record_entry'; group: 'kind' } | { table: 'party'; group: 'role' };

async function replaceChildList(
  db: Db,
  def: RegisterDef,
  recordId: number,
  { table, group }: ChildList,
  fresh: readonly Record<string, unknown>[],
): Promise<void> {
  const stored = await db
    .selectFrom(table)
    .selectAll()
    .where('register', '=', def.key)
    .where('record_id', '=', recordId)
    .orderBy(group)
    .orderBy('seq')
    .execute();
  const inStoredOrder = [...fresh].sort((a, b) => {
    const x = String(a[group]);
    const y = String(b[group]);
    return x < y ? -1 : x > y ? 1 : Number(a['seq']) - Number(b['seq']);
  });
  if (sameRows(stored, inStoredOrder)) return;
  await db.deleteFrom(table).where('register', '=', def.key).where('record_id', '=', recordId).execute();
  if (fresh.length > 0)
    await db
      .insertInto(table)
      .values(fresh as never)
      .execute();
}

/** Whether the stored rows hold exactly the new rows' values, in order (a stored row's id is its own). */
function sameRows(stored: readonly object[], fresh: readonly object[]): boolean {
  if (stored.length !== fresh.length) return false;
  return fresh.every((row, i) => {
    const kept = stored[i] as Record<string, unknown>;
    const keys = new Set([...Object.keys(kept).filter((key) => key !== 'id'), ...Object.keys(row)]);
    return [...keys].every((key) => (kept[key] ?? null) === ((row as Record<string, unknown>)[key] ?? null));
  });
}

/** Moves a record to 回收站; nothing is ever hard-deleted from the UI. */
export async function deleteRecord(db: Db, register: RegisterKey, id: number): Promise<{ id: number }> {
  const def = registerDef(register);
  await liveRow(db, def, id);
  await db.updateTable(tableOf(def)).set({ deleted_at: now() }).where('id', '=', id).execute();
  await unindexRecord(db, def, id);
  return { id };
}

export async function restoreRecord(db: Db, register: RegisterKey, id: number, today: string): Promise<RecordRow> {
  const def = registerDef(register);
  const result = await db
    .updateTable(tableOf(def))
    .set({ deleted_at: null, updated_at: now() })
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new UserError('回收站中没有这条记录，可能已经恢复');
  await reindexStored(db, def, id);
  return getRecord(db, register, id, today);
}

/** 永久删除 (administrator only): a record already in 回收站 leaves the database with its parties and child lists. */
export async function purgeRecord(db: Db, register: RegisterKey, id: number): Promise<{ id: number }> {
  const def = registerDef(register);
  const result = await db
    .deleteFrom(tableOf(def))
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new UserError('回收站中没有这条记录，只能永久删除已移到回收站的记录');
  await db.deleteFrom('party').where('register', '=', def.key).where('record_id', '=', id).execute();
  await db.deleteFrom('record_entry').where('register', '=', def.key).where('record_id', '=', id).execute();
  return { id };
}

export async function listRecycled(db: Db): Promise<RecycledRecord[]> {
  const items: RecycledRecord[] = [];
  for (const def of registers) {
    const rows = await db
      .selectFrom(tableOf(def))
      .select([
        'id',
        'deleted_at',
        sql.ref<string | null>(def.dateField).as('date'),
        sql.ref<string | null>(def.summaryField).as('summary'),
      ])
      .where('deleted_at', 'is not', null)
      .orderBy('deleted_at', 'desc')
      .limit(1000)
      .execute();
    for (const row of rows) {
      items.push({
        register: def.key,
        id: Number(row.id),
        summary: String(row.summary ?? '').slice(0, 60),
        date: row.date === null ? null : String(row.date),
        deletedAt: String(row.deleted_at),
      });
    }
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** Records filed in a month, in its year, and in all, for every book (首页). */
export async function countBooks(db: Db, year: number, month: number) {
  const { from: monthFrom, to: monthTo } = monthBounds(year, month);
  const counts = [];
  for (const def of registers) {
    const date = sql.ref<string>(def.dateField);
    const live = sql`FROM ${sql.table(tableOf(def))} WHERE deleted_at IS NULL`;
    // Three counts rather than one pass summing comparisons: the month and year are ranges of the date index, and
    // the total is SQLite's quickest count over the smallest index (a third of the time on ten years of records).
    const counted = await sql<{ total: number; month: number; year: number }>`SELECT
        (SELECT count(*) ${live}) AS total,
        (SELECT count(*) ${live} AND ${date} >= ${monthFrom} AND ${date} < ${monthTo}) AS month,
        (SELECT count(*) ${live} AND ${date} >= ${`${year}-01-01`} AND ${date} < ${`${year + 1}-01-01`}) AS year`.execute(
      db,
    );
    const row = counted.rows[0]!;
    counts.push({ register: def.key, total: Number(row.total), month: Number(row.month), year: Number(row.year) });
  }
  return counts;
}

async function liveRow(db: Db, def: RegisterDef, id: number): Promise<RegisterRow> {
  const row = await db
    .selectFrom(tableOf(def))
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new UserError(`${def.title}中没有这条记录（编号 ${id}），或已移到回收站`);
  return row;
}

async function checkReferences(db: Db, def: RegisterDef, data: RecordData): Promise<void> {
  for (const field of def.fields) {
    const value = data[field.key];
    if (field.type !== 'committee' || typeof value !== 'number') continue;
    const found = await db.selectFrom('committee').select('id').where('id', '=', value).executeTakeFirst();
    if (!found) throw new UserError(`${field.label}不存在，请在“设置”中添加`, { [field.key]: `${field.label}不存在` });
  }
}

/** Party blocks into party, child lists into record_entry. */
async function writeChildren(db: Db, def: RegisterDef, recordId: number, data: RecordData): Promise<void> {
  const { entries, parties } = childRows(def, recordId, data);
  if (entries.length > 0) await db.insertInto('record_entry').values(entries).execute();
  if (parties.length > 0) await db.insertInto('party').values(parties).execute();
}

async function withChildren(db: Db, def: RegisterDef, rows: RegisterRow[], today: string): Promise<RecordRow[]> {
  const partyFields = def.fields.filter((f) => f.type === 'parties');
  const entryFields = def.fields.filter((f) => f.type === 'entries');
  const ids = rows.map((r) => Number(r['id']));
  const entries =
    entryFields.length > 0 && ids.length > 0
      ? await db
          .selectFrom('record_entry')
          .selectAll()
          .where('register', '=', def.key)
          .where('record_id', 'in', ids)
          .orderBy('record_id')
          .orderBy('kind')
          .orderBy('seq')
          .execute()
      : [];
  const parties =
    partyFields.length > 0 && ids.length > 0
      ? await db
          .selectFrom('party')
          .selectAll()
          .where('register', '=', def.key)
          .where('record_id', 'in', ids)
          .orderBy('record_id')
          .orderBy('role')
          .orderBy('seq')
          .execute()
      : [];
  const partiesOf = groupBy(parties, (p) => p.record_id);
  const entriesOf = groupBy(entries, (e) => e.record_id);
  return rows.map((row) => {
    const id = Number(row['id']);
    const data = fromColumns(def, row);
    const [ownParties, ownEntries] = [partiesOf.get(id) ?? [], entriesOf.get(id) ?? []];
    for (const field of partyFields) {
      data[field.key] = ownParties.filter((p) => p.role === field.party?.role).map(partyFromRow);
    }
    for (const field of entryFields) {
      data[field.key] = ownEntries
        .filter((e) => e.kind === field.entry?.kind)
        .map((e) => JSON.parse(e.data) as EntryData);
    }
    const computed = Object.fromEntries((def.computed ?? []).map((c) => [c.key, c.compute(data, today)]));
    return {
      id,
      register: def.key,
      data,
      computed,
      createdAt: String(row['created_at']),
      updatedAt: String(row['updated_at']),
      deletedAt: row['deleted_at'] === null ? null : String(row['deleted_at']),
    };
  });
}

/** A month's first day and the next month's: its records are dated from the one and before the other. */
function monthBounds(year: number, month: number): { from: string; to: string } {
  const next = monthsAfter(year, month, 1);
  return { from: isoDate(year, month, 1), to: isoDate(next.year, next.month, 1) };
}

/** Items by record, each group in the items' order (a page's child rows by record, not a scan of all per record). */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
