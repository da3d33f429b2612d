import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from '../db/schema';

// 首页's counts of every book and its twelve-month charts read the whole ledger: 50 ms on a county's (npm run bench,
// issue 7), on every visit, though mostly nothing has changed since the last one. They are kept until a row changes.
//
// SQLite's total_changes() counts the rows this connection has inserted, updated or deleted, and this connection is
// the only writer: the instance lock keeps other processes out, backups only read, and a restore opens a new
// connection, which gets new kept figures. A figure is kept only by a call that writes nothing (each call is one
// transaction, so what it read was committed); a write rolled back later still counts, and merely costs working the
// figures out again.

type Db = Kysely<LedgerDatabase>;

export class KeptFigures {
  private changes = -1;
  private readonly kept = new Map<string, unknown>();

  /** The figure `key` (which must name everything it depends on besides the ledger), worked out by `work` if not kept. */
  async get<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
    const changes = await totalChanges(db);
    if (changes !== this.changes) {
      this.kept.clear();
      this.changes = changes;
    }
    if (this.kept.has(key)) return this.kept.get(key) as T;
    const value = await work();
    // Kept only if working it out wrote nothing either.
    if ((await totalChanges(db)) === changes) this.kept.set(key, value);
    return value;
  }
}

async function totalChanges(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT total_changes() AS n`.execute(db);
  return Number(rows[0]!.n);
}

const figures = new WeakMap<Db, KeptFigures>();

/** The kept figures of one open ledger. */
export function keptFiguresFor(ledger: Db): KeptFigures {
  let kept = figures.get(ledger);
  if (!kept) figures.set(ledger, (kept = new KeptFigures()));
  return kept;
}
