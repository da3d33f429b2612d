import { sql, type Kysely } from 'kysely';
import { registers } from '../../../src-shared/registers';
import type { LedgerDatabase } from '../db/schema';
import { ensureTempTable, tempTrigger } from '../db/tempTriggers';

// 首页's counts of every book and its twelve-month charts read the whole ledger: 50 ms on a county's (npm run bench,
// group 首页), on every visit, though mostly no record has changed since the last one. They are kept until one does.
//
// Temporary triggers on this connection count the writes to the books' tables, whatever made them: a form, a
// conversion, 回收站, an import. The count lives in a TEMP table, so it is part of each transaction and a write that
// rolls back takes its count with it. So only calls that write nothing may keep figures (home.summary, home.trends):
// figures read after a write that then rolled back would be kept under a count the next write reaches again. Nothing
// else writes this file: the instance lock keeps other programs out, backups only read, and a restore opens a new
// connection, which gets new kept figures.

type Db = Kysely<LedgerDatabase>;

const WRITES = 'book_writes';

export class KeptFigures {
  private writes = -1;
  private readonly kept = new Map<string, unknown>();

  /**
   * The figure `key` (which must name everything it depends on besides the books), worked out by `work` if not kept.
   */
  async get<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
    const { writes, counting } = await bookWrites(db);
    // Just set counting up (the first call, or again after the call that did it rolled back): nothing kept is known
    // good.
    if (counting || writes !== this.writes) {
      this.kept.clear();
      this.writes = writes;
    }
    if (this.kept.has(key)) return this.kept.get(key) as T;
    const value = await work();
    this.kept.set(key, value);
    return value;
  }
}

/** The writes to the books' tables on this connection since counting began; `counting`: it began just now. */
async function bookWrites(db: Db): Promise<{ writes: number; counting: boolean }> {
  const counting = await ensureTempTable(db, WRITES, () => [
    `CREATE TEMP TABLE ${WRITES} (n INTEGER NOT NULL)`,
    `INSERT INTO ${WRITES} VALUES (0)`,
    ...registers.flatMap(({ table }) =>
      (['INSERT', 'UPDATE', 'DELETE'] as const).map((event) =>
        tempTrigger(`${WRITES}_${table}`, event, table, `UPDATE ${WRITES} SET n = n + 1`),
      ),
    ),
  ]);
  const { rows } = await sql<{ n: number }>`SELECT n FROM ${sql.raw(WRITES)}`.execute(db);
  return { writes: Number(rows[0]!.n), counting };
}

const figures = new WeakMap<Db, KeptFigures>();

/** The kept figures of one open ledger. */
export function keptFiguresFor(ledger: Db): KeptFigures {
  let kept = figures.get(ledger);
  if (!kept) figures.set(ledger, (kept = new KeptFigures()));
  return kept;
}
