import { BACKUP_RETENTION, type BackupEntry, type BackupKind } from '../../../src-shared/backups';
import { todayIso } from '../../../src-shared/dates';

// Which backups to keep: the newest good copy of each of the last 7 days and of each of the last 12 months; beyond
// those, the newest safety copies (so 撤销恢复 always has its copy), the newest copies a clerk made on purpose
// (a same-day start-up copy must not push them out), whatever the caller is about to use, and copies still being
// checked.

export const KEEP_DAYS = BACKUP_RETENTION.days;
export const KEEP_MONTHS = BACKUP_RETENTION.months;
const KEEP_NEWEST: Partial<Record<BackupKind, number>> = BACKUP_RETENTION.newestOf;

/** The clerk's calendar day of an instant, in this PC's time zone. */
export function localDay(iso: string): string {
  return todayIso(new Date(iso));
}

function newestPer(entries: BackupEntry[], key: (entry: BackupEntry) => string, limit: number): BackupEntry[] {
  const seen = new Map<string, BackupEntry>();
  for (const entry of entries) {
    if (seen.size < limit && !seen.has(key(entry))) seen.set(key(entry), entry);
  }
  return [...seen.values()];
}

/**
 * Splits `entries` into those to keep and those to delete. The newest entry is always kept, even a failed one, so its
 * failure stays visible.
 */
export function planRotation(
  entries: BackupEntry[],
  protect: readonly string[] = [],
): { keep: BackupEntry[]; remove: BackupEntry[] } {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const good = newestFirst.filter((entry) => entry.verification.ok);
  const kept = new Set<string>(protect);
  if (newestFirst[0]) kept.add(newestFirst[0].file);
  // A copy still being checked is neither good nor failed yet: it stays, and is weighed once its check is done.
  for (const entry of newestFirst) if (entry.verification.pending) kept.add(entry.file);
  for (const entry of newestPer(good, (e) => localDay(e.createdAt), KEEP_DAYS)) kept.add(entry.file);
  for (const entry of newestPer(good, (e) => localDay(e.createdAt).slice(0, 7), KEEP_MONTHS)) kept.add(entry.file);
  for (const [kind, count] of Object.entries(KEEP_NEWEST)) {
    for (const entry of good.filter((e) => e.kind === kind).slice(0, count)) kept.add(entry.file);
  }
  return {
    keep: newestFirst.filter((entry) => kept.has(entry.file)),
    remove: newestFirst.filter((entry) => !kept.has(entry.file)),
  };
}
