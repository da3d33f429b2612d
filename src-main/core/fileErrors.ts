import fs from 'node:fs';
import path from 'node:path';
import { formatSize } from '../../src-shared/sizes';

// Disk trouble named as the clerk can act on it (a full disk, a read-only or locked folder), instead of one sentence
// for every failure. Node's errors carry errno names (ENOSPC …), better-sqlite3's carry SQLite's (SQLITE_FULL …).

/**
 * Bytes free to this user on the disk holding `folder` (or, when it does not exist yet, the nearest folder above it
 * that does: where it would be made), or null when the system will not say.
 */
export function freeBytes(folder: string): number | null {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    try {
      const stats = fs.statfsSync(dir);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT' || path.dirname(dir) === dir) return null;
    }
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Free space as a clause: （还剩 12 MB）, or nothing when it cannot be read. */
function remaining(folder: string): string {
  const free = freeBytes(folder);
  return free === null ? '' : `（还剩 ${formatSize(free)}）`;
}

const CLEAR_SPACE = '请清理磁盘或换一个位置后重试。';

/**
 * Why a file operation in `folder` failed, as one Chinese sentence naming the folder; null when the error is not a
 * disk or permission problem (the caller then says what it says for any other failure). `place` is what the clerk
 * calls the folder: the data folder, the backups folder, the folder chosen for 备份到….
 */
export function describeFileError(error: unknown, folder: string, place = '数据文件夹'): string | null {
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL'))
    return `磁盘空间不足${remaining(folder)}：${folder}。${CLEAR_SPACE}`;
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY'))
    return `${place}只读：${folder}。请把它移到可以写入的磁盘，或取消只读属性后重试。`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN')
    return `没有权限写入${place}：${folder}。请检查该文件夹的权限（或是否被其他程序占用）后重试。`;
  if (code === 'EBUSY') return `文件正被其他程序占用：${folder}。请关闭占用它的程序后重试。`;
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR'))
    return `读写磁盘出错：${folder}。磁盘可能已损坏或被拔出，请检查后重试。`;
  if (code === 'ENOTDIR') return `这个位置不是文件夹：${folder}（路径中有同名的文件）。请换一个位置后重试。`;
  return null;
}

/** A copy of `needed` bytes will not fit: said before anything is written. */
export function describeShortage(free: number, needed: number, folder: string): string {
  return `磁盘空间不足（还剩 ${formatSize(free)}，备份需要约 ${formatSize(needed)}）：${folder}。${CLEAR_SPACE}`;
}

/**
 * Why `folder` (or, if it does not exist yet, the folder it would be made in) cannot be written, asked of the system
 * itself; null when it can. SQLite says only "unable to open" (SQLITE_CANTOPEN) whether the disk is read-only or the
 * folder another user's, and Node's recursive mkdir answers ENOENT on a read-only disk.
 */
function writeProblem(folder: string): unknown {
  let existing = path.resolve(folder);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    if (!fs.statSync(existing).isDirectory()) return Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    fs.accessSync(existing, fs.constants.W_OK);
    return null;
  } catch (error) {
    return error;
  }
}

/** As describeFileError, for the data folder at start: what the system says about writing there comes first. */
export function describeFolderFailure(error: unknown, folder: string): string | null {
  return describeFileError(writeProblem(folder) ?? error, folder);
}
