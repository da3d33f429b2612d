import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_FOLDER } from './backup/service';

// The ledger holds the names, ID numbers, addresses and disputes of the office's parties. On a PC several accounts
// share (Linux, macOS), only the clerk's own account may read it, its backups or the documents made from it: new files
// and folders are made owner-only by the process umask (set by the entry points before the data folder is made), and
// a data folder an older version left readable by all (0755 with 0644 files) is closed at start.
//
// At start only the data folder, the folders in it and the files the ledger and its backups are kept in are changed,
// not every document ever generated: a folder others cannot enter already keeps them from every file inside (they
// cannot reach a path through it), and 文书 grows by thousands of files.
//
// Windows: umask and chmod do nothing there (only the read-only flag); %APPDATA% is the user's own by its ACL.

/** New files 0600, new folders 0700. */
export const OWNER_ONLY_UMASK = 0o077;

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/** For the entry points (web.ts, the desktop shell), first thing: what this process makes is the owner's. */
export function makeNewFilesPrivate(): void {
  if (process.platform !== 'win32') process.umask(OWNER_ONLY_UMASK);
}

/** Closes one file or folder to others, if it is not already; a file system without modes (a FAT USB stick) is left. */
function restrict(target: string, mode: number): void {
  try {
    const stat = fs.lstatSync(target);
    if (stat.isSymbolicLink() || (stat.mode & 0o777 & ~mode) === 0) return;
    fs.chmodSync(target, stat.mode & mode);
  } catch {
    // Not ours to change (another owner, FAT): the folder's own mode is what keeps others out.
  }
}

/** The data folder and every folder directly in it to 0700; the files directly in it and in 备份 to 0600. */
export function closeDataFolder(dataDir: string): void {
  if (process.platform === 'win32') return;
  restrict(dataDir, PRIVATE_FOLDER);
  for (const folder of [dataDir, path.join(dataDir, BACKUP_FOLDER)]) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const target = path.join(folder, entry.name);
      if (entry.isDirectory()) restrict(target, PRIVATE_FOLDER);
      else if (entry.isFile()) restrict(target, PRIVATE_FILE);
    }
  }
}
