import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Damage of the kind the start-up check does not see: one entry of `index` no longer matches its row (the key text
 * `marker` changed in its last byte), as a bad sector or a hand with a hex editor leaves it. `PRAGMA quick_check`
 * does not compare indexes with their tables; `integrity_check` (the backups' check) does. Reads work on: the rows
 * themselves are intact. The ledger must be closed, with no -wal beside it.
 */
export function damageIndexEntry(file: string, index: string, marker: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let pages: number[];
  let pageSize: number;
  try {
    pageSize = db.pragma('page_size', { simple: true }) as number;
    pages = (db.prepare('SELECT pageno FROM dbstat WHERE name = ?').all(index) as { pageno: number }[]).map(
      (row) => row.pageno,
    );
  } finally {
    db.close();
  }
  const bytes = fs.readFileSync(file);
  const needle = Buffer.from(marker, 'utf8');
  for (const page of pages) {
    const start = (page - 1) * pageSize;
    const at = bytes.subarray(start, start + pageSize).indexOf(needle);
    if (at < 0) continue;
    const last = start + at + needle.length - 1;
    bytes.writeUInt8((bytes.readUInt8(last) + 1) & 0xff, last);
    fs.writeFileSync(file, bytes);
    return;
  }
  throw new Error(`${marker} not found in the pages of ${index}`);
}
