import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from './schema';

// Kept results (首页's reminders, its counts) learn what was written from TEMP tables that temporary triggers on this
// connection write: whatever made the write, and rolled back with it. Nothing of this reaches the database file.

type Db = Kysely<LedgerDatabase>;

/** A temporary trigger running `body` after each `event` on a table of the ledger. */
export function tempTrigger(name: string, event: 'INSERT' | 'UPDATE' | 'DELETE', table: string, body: string): string {
  return `CREATE TEMP TRIGGER ${name}_${event.toLowerCase()} AFTER ${event} ON main.${table} BEGIN ${body}; END`;
}

/**
 * Runs `statements` (the TEMP table `table` and the triggers writing it) unless that table is on this connection
 * already; true if it just ran them (on the first call, or again after the transaction that ran them rolled back).
 */
export async function ensureTempTable(db: Db, table: string, statements: () => readonly string[]): Promise<boolean> {
  const exists = await sql<{ n: number }>`SELECT count(*) AS n FROM temp.sqlite_master WHERE name = ${table}`.execute(
    db,
  );
  if (Number(exists.rows[0]?.n) > 0) return false;
  for (const statement of statements()) await sql.raw(statement).execute(db);
  return true;
}
