import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `PRAGMA quick_check` reads the whole file: 2 s for ten years of an office's records and 13–16 s for a county's
// (npm run bench, group 打开), before the window could open, at every start. A file the app itself closed cleanly last
// time, and that nobody has touched since, needs no such check: so a clean close leaves a note of the file as it left
// it, and the next start checks the whole file only when there is no note or the file differs from it (a power cut,
// a crash, a file copied in, an older version put back, the folder moved to another place or PC). The note is taken
// away as the ledger opens, before anything is written, so a session that ends in a crash leaves none.
//
// Damage that comes from the disk itself while the app is closed is not caught at start any more; the start-up copy is
// then checked in full (integrity_check) within a minute, and a failed check leaves no note, so the next start
// checks the file itself and offers the backups if it is damaged.

interface Note {
  /** Where and on which computer: a data folder copied to another PC (or place) is checked there once. */
  place: string;
  size: number;
  mtimeMs: number;
  /** The first 100 bytes: SQLite's header, with its page count and the change counter. */
  header: string;
}

const noteFile = (file: string) => `${file}.closed`;

function describeFile(file: string): Note | null {
  try {
    const stat = fs.statSync(file);
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(100);
      fs.readSync(fd, header, 0, 100, 0);
      return {
        place: `${os.hostname()}:${path.resolve(file)}`,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        header: createHash('sha256').update(header).digest('hex'),
      };
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** After the ledger's connection is closed: notes the file as the app left it. */
export function noteCleanClose(file: string): void {
  const note = describeFile(file);
  // A log still beside the file (another connection was open) means the file alone is not the whole ledger.
  if (!note || fs.existsSync(`${file}-wal`)) return;
  try {
    fs.writeFileSync(noteFile(file), JSON.stringify(note));
  } catch {
    // Without the note the next start checks the whole file: slower, never wrong. Closing must not fail for it.
  }
}

/** Before opening: whether the file is exactly as a clean close left it. The note is used up either way. */
export function takeCleanClose(file: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(noteFile(file), 'utf8');
  } catch {
    return false;
  }
  fs.rmSync(noteFile(file), { force: true });
  let noted: Partial<Note>;
  try {
    noted = JSON.parse(text) as Partial<Note>;
  } catch {
    return false;
  }
  const now = describeFile(file);
  const wal = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  return (
    now !== null &&
    wal === 0 &&
    now.place === noted.place &&
    now.size === noted.size &&
    sameMoment(now.mtimeMs, Number(noted.mtimeMs)) &&
    now.header === noted.header
  );
}

/** Within a millisecond: finer than that, file systems and copying tools round a time differently. */
function sameMoment(a: number, b: number): boolean {
  return Math.abs(a - b) < 1;
}
