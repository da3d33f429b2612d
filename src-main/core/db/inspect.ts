import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { registers, type RegisterKey } from '../../../src-shared/registers';

// Whole-database checks that sit below the repositories: they read any ledger file (a backup, a suspect original)
// by table name, not through the typed schema.

/** `PRAGMA integrity_check` (thorough) or `quick_check` (start-up): "ok", or the first problems SQLite found. */
export function checkIntegrity(sqlite: Database.Database, quick = false): { ok: boolean; detail: string } {
  const rows = sqlite.pragma(`${quick ? 'quick_check' : 'integrity_check'}(20)`) as Record<string, string>[];
  return integrityResult(rows.map((row) => String(Object.values(row)[0])));
}

/** What the check's lines say: a single "ok", or the problems it listed. */
export function integrityResult(lines: readonly string[]): { ok: boolean; detail: string } {
  const ok = lines.length === 1 && lines[0] === 'ok';
  return { ok, detail: ok ? 'ok' : lines.join('\n').slice(0, 1000) };
}

function tableNames(sqlite: Database.Database): Set<string> {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  return new Set((rows as { name: string }[]).map((row) => row.name));
}

/** Records per book, leaving out those in 回收站; a book whose table the file lacks (an older version) is left out. */
export function countRecords(sqlite: Database.Database): Partial<Record<RegisterKey, number>> {
  const present = tableNames(sqlite);
  const counts: Partial<Record<RegisterKey, number>> = {};
  for (const def of registers) {
    if (!present.has(def.table)) continue;
    const row = sqlite.prepare(`SELECT count(*) AS n FROM "${def.table}" WHERE deleted_at IS NULL`).get() as {
      n: number;
    };
    counts[def.key] = row.n;
  }
  return counts;
}

/**
 * A digest of every row of every table, in a fixed order: equal digests mean equal content. `skip`: by table, the
 * columns left out, or 'all' of it.
 */
export function contentChecksum(
  sqlite: Database.Database,
  skip: Readonly<Record<string, readonly string[] | 'all'>> = {},
): string {
  const hash = createHash('sha256');
  for (const table of [...tableNames(sqlite)].sort()) {
    const skipped = skip[table] ?? [];
    if (skipped === 'all') continue;
    hash.update(`\u0000table ${table}\u0000`);
    const columns = (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((name) => !skipped.includes(name));
    const list = columns.map((name) => `"${name}"`).join(', ');
    // By every column, not rowid: the search index's FTS5 shadow tables are WITHOUT ROWID.
    const order = columns.map((_, i) => i + 1).join(', ');
    const rows = sqlite.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${order}`).raw(true).all() as unknown[][];
    for (const row of rows) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)),
      );
    }
  }
  hash.update(`user_version ${String(sqlite.pragma('user_version', { simple: true }))}`);
  return hash.digest('hex');
}
