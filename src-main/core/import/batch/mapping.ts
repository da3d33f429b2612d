import type { Kysely } from 'kysely';
import type { RegisterKey } from '../../../../src-shared/registers';
import type { LedgerDatabase } from '../../db/schema';

// The column mapping a clerk confirmed for a book (column label → field key, '' for 不导入), offered again for the
// next file of the same book: an office's sheets of one book look alike year after year.

type Db = Kysely<LedgerDatabase>;
export type ColumnMapping = Record<string, string>;

export async function readImportMapping(db: Db, register: RegisterKey): Promise<ColumnMapping | null> {
  const row = await db
    .selectFrom('import_mapping')
    .select('mapping')
    .where('register', '=', register)
    .executeTakeFirst();
  if (!row) return null;
  const parsed: unknown = JSON.parse(row.mapping);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export async function saveImportMapping(db: Db, register: RegisterKey, mapping: ColumnMapping): Promise<ColumnMapping> {
  const values = { mapping: JSON.stringify(mapping), saved_at: new Date().toISOString() };
  await db
    .insertInto('import_mapping')
    .values({ register, ...values })
    .onConflict((oc) => oc.column('register').doUpdateSet(values))
    .execute();
  return mapping;
}
