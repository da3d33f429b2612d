import type Database from 'better-sqlite3';
import type { RegisterDef } from '../../src-shared/registers';
import { listOrder } from '../../src-main/core/registers/repository';

// The plainest hand-written SQL returning what registers.list returns: the page of rows, the total, and the page's
// party and child-list rows. It skips our layers (zod, Kysely, decoding, the gram index) to show what they cost.

export interface PlainQuery {
  /** WHERE conditions after `deleted_at IS NULL`, with their parameters. */
  where: string[];
  params: unknown[];
  sort: string;
  order: 'asc' | 'desc';
  pageSize: number;
  /** Count at most this many (and say so), as registers.list does for a search with many matches. */
  countCap?: number;
}

export function plainList(
  sqlite: Database.Database,
  def: RegisterDef,
  query: PlainQuery,
): { rows: { id: number }[]; total: number; totalCapped: boolean } {
  const where = ['deleted_at IS NULL', ...query.where].join(' AND ');
  const rows = sqlite
    .prepare(
      `SELECT * FROM ${def.table} WHERE ${where} ORDER BY ${listOrder(def, query.sort)
        .map((key) => `${key} ${query.order}`)
        .join(', ')} LIMIT ${query.pageSize}`,
    )
    .all(...query.params) as { id: number }[];
  const matching = `SELECT 1 FROM ${def.table} WHERE ${where}${query.countCap === undefined ? '' : ` LIMIT ${query.countCap + 1}`}`;
  const counted = (sqlite.prepare(`SELECT count(*) AS n FROM (${matching})`).get(...query.params) as { n: number }).n;
  const cap = query.countCap ?? Infinity;
  const ids = rows.map((r) => r.id).join(',') || '0';
  if (def.fields.some((f) => f.type === 'parties')) {
    sqlite
      .prepare(`SELECT * FROM party WHERE register = ? AND record_id IN (${ids}) ORDER BY record_id, role, seq`)
      .all(def.key);
  }
  if (def.fields.some((f) => f.type === 'entries')) {
    sqlite
      .prepare(`SELECT * FROM record_entry WHERE register = ? AND record_id IN (${ids}) ORDER BY record_id, kind, seq`)
      .all(def.key);
  }
  return { rows, total: Math.min(counted, cap), totalCapped: counted > cap };
}

/** The plain search: a LIKE over every live record's search_text, as the search box did before the gram index. */
export function plainSearchCondition(q: string): { where: string; param: string } {
  return { where: `search_text LIKE ? ESCAPE '\\'`, param: `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}
