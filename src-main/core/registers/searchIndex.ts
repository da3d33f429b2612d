import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { RegisterDef } from '../../../src-shared/registers';
import type { LedgerDatabase } from '../db/schema';

// The search box matches `search_text LIKE '%q%'`. On ten years of records a LIKE scan is too slow, and SQLite's
// trigram tokenizer cannot serve the one- and two-character queries clerks type most (a surname, a given name). So
// each register has an FTS5 table over the record's one- and two-character grams: every query gram must be present,
// which narrows the rows to a few candidates, and LIKE on those candidates keeps the exact substring meaning.

type Db = Kysely<LedgerDatabase>;

/** Characters that form grams; everything else (punctuation, the \u001f field separator) breaks a run. */
const RUN = /[\p{L}\p{N}]+/gu;
/** Queries whose one token is exactly the substring: no LIKE check needed (no case folding can differ here). */
const EXACT_TOKEN = /^[\p{Script=Han}a-z0-9]{1,2}$/u;

/**
 * The FTS5 table holding a register's grams: migration 0009 made one for each of the ten registers it knew (its own
 * frozen copy of this name and of searchGrams); a register added later needs a migration of its own to make it.
 */
export function searchTableOf(def: RegisterDef): string {
  return `${def.table}_search`;
}

/** Digit strings (身份证号, phone numbers) also get four-digit grams: pairs of digits tell records apart poorly. */
const DIGITS = /[0-9]{4,}/g;
const DIGIT_GRAM = 4;

/** The FTS5 document of a record: every character and adjacent pair within a run, and every 4 digits in a row. */
export function searchGrams(searchText: string): string {
  const grams = new Set<string>();
  for (const run of searchText.match(RUN) ?? []) {
    const chars = [...run];
    chars.forEach((char, i) => {
      grams.add(char);
      if (i + 1 < chars.length) grams.add(char + chars[i + 1]);
    });
  }
  for (const digits of searchText.match(DIGITS) ?? []) digitGrams(digits).forEach((gram) => grams.add(gram));
  return [...grams].join(' ');
}

/**
 * The grams a substring must contain: a one-character run itself, a run of 4+ digits its four-digit grams, other
 * runs their adjacent pairs.
 */
function queryGrams(q: string): string[] {
  const grams = new Set<string>();
  for (const run of q.match(RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) grams.add(run);
    if (/^[0-9]+$/.test(run) && run.length >= DIGIT_GRAM) digitGrams(run).forEach((gram) => grams.add(gram));
    else for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

function digitGrams(digits: string): string[] {
  return Array.from({ length: digits.length - DIGIT_GRAM + 1 }, (_, i) => digits.slice(i, i + DIGIT_GRAM));
}

/** How a list applies the search box: its condition, and what the gram index already tells about the result. */
export interface SearchPlan {
  condition: RawBuilder<boolean>;
  /** Few candidates: look them up by id rather than walking the book's date index (see listRecords). */
  fewCandidates: boolean;
  /** The number of live records holding the query, when the index alone answers it exactly. */
  exactTotal: number | null;
}

/**
 * Up to this many candidates, fetching them by id beats walking the whole date index with a membership test; above
 * it, the walk in date order finds a page's 50 rows early. Without table statistics SQLite cannot tell the two apart.
 */
const FEW_CANDIDATES = 5_000;

/**
 * At least this share of the first rows in list order holding a word that the index cannot count exactly: reading
 * rows in order finds the page and the capped count (SEARCH_COUNT_CAP) within a few thousand rows, sooner than
 * gathering the index's tens of thousands of candidates (宅基地 is in 4 of 10 records of ten years).
 */
const DENSE_SHARE = 0.2;

/**
 * The search box's plan for a lower-cased query. `density` tells which share of the list's first rows satisfy a
 * condition; it is asked only for a query the index cannot answer alone.
 */
export async function planSearch(
  db: Db,
  def: RegisterDef,
  q: string,
  density: (condition: RawBuilder<boolean>) => Promise<number>,
): Promise<SearchPlan> {
  const like = sql<boolean>`search_text LIKE ${`%${escapeLike(q)}%`} ESCAPE '\\'`;
  const grams = queryGrams(q);
  const exact = EXACT_TOKEN.test(q);
  if (grams.length === 0 || (!exact && (await density(like)) >= DENSE_SHARE)) {
    return { condition: like, fewCandidates: false, exactTotal: null };
  }
  const table = sql.table(searchTableOf(def));
  const match = grams.map((gram) => `"${gram.replace(/"/g, '""')}"`).join(' ');
  const counted = await sql<{ n: number }>`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ${match}`.execute(
    db,
  );
  const candidates = Number(counted.rows[0]?.n ?? 0);
  const inIndex = sql<boolean>`id IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ${match})`;
  return {
    condition: exact ? inIndex : sql<boolean>`(${inIndex} AND ${like})`,
    fewCandidates: candidates <= FEW_CANDIDATES,
    exactTotal: exact ? candidates : null,
  };
}

/** Replaces a live record's grams; called in the transaction that writes its search_text. */
export async function indexRecord(db: Db, def: RegisterDef, id: number, searchText: string): Promise<void> {
  await unindexRecord(db, def, id);
  const table = sql.table(searchTableOf(def));
  await sql`INSERT INTO ${table} (rowid, grams) VALUES (${id}, ${searchGrams(searchText)})`.execute(db);
}

/** Indexes many records at once (an import): a few hundred a statement. */
export async function indexRecords(db: Db, def: RegisterDef, records: readonly { id: number; text: string }[]) {
  const table = sql.table(searchTableOf(def));
  for (let i = 0; i < records.length; i += RECORDS_PER_STATEMENT) {
    const chunk = records.slice(i, i + RECORDS_PER_STATEMENT);
    await sql`DELETE FROM ${table} WHERE rowid IN (${sql.join(chunk.map((r) => r.id))})`.execute(db);
    const values = chunk.map((r) => sql`(${r.id}, ${searchGrams(r.text)})`);
    await sql`INSERT INTO ${table} (rowid, grams) VALUES ${sql.join(values)}`.execute(db);
  }
}

const RECORDS_PER_STATEMENT = 500;

/** Drops a record's grams when it moves to 回收站 (restoring indexes it again). */
export async function unindexRecord(db: Db, def: RegisterDef, id: number): Promise<void> {
  await sql`DELETE FROM ${sql.table(searchTableOf(def))} WHERE rowid = ${id}`.execute(db);
}

/** Indexes a restored record from the search_text it kept. */
export async function reindexStored(db: Db, def: RegisterDef, id: number): Promise<void> {
  const row = await sql<{
    search_text: string;
  }>`SELECT search_text FROM ${sql.table(def.table)} WHERE id = ${id}`.execute(db);
  await indexRecord(db, def, id, row.rows[0]?.search_text ?? '');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
