import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backupKinds, type BackupEntry } from '../../../src-shared/backups';
import { registerKeys } from '../../../src-shared/registers';

// The list of backups with their verification lives in a JSON file beside them, not in the database: restoring an
// old database must not also roll back the record of which backups exist.

export const MANIFEST_FILE = 'manifest.json';

/** What writeManifest writes before its rename: left behind only by a process killed in between. */
export const MANIFEST_LEFTOVER = /^manifest\.json\.\d+\.tmp$/;

const entrySchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  kind: z.enum(backupKinds),
  size: z.number(),
  counts: z.partialRecord(z.enum(registerKeys), z.number()),
  verification: z.object({
    ok: z.boolean(),
    pending: z.boolean().optional(),
    detail: z.string(),
    checkedAt: z.string(),
  }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
// Still version 1: `sha256` only adds to an entry. This version reads entries written before it (no hash: checked by
// integrity_check alone, as they always were), and an older version reading this file ignores the field. A change an
// older version would misread is what takes a new version number.
const manifestSchema = z.object({ version: z.literal(1), backups: z.array(entrySchema) });

/**
 * The entries whose file still exists, newest first; an unreadable manifest reads as empty rather than stopping the
 * app.
 */
export function readManifest(folder: string): BackupEntry[] {
  let parsed: z.infer<typeof manifestSchema>;
  try {
    parsed = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_FILE), 'utf8')));
  } catch {
    return [];
  }
  return parsed.backups
    .filter((entry) => fs.existsSync(path.join(folder, entry.file)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Write-then-rename, with fsync, so a power cut leaves either the old manifest or the new one, never half of one. */
export function writeManifest(folder: string, backups: BackupEntry[]): void {
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, MANIFEST_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify({ version: 1, backups }, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}
