import fs from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';

// One running program per data folder — the desktop app and `npm run web` alike — so two programs never write the
// same ledger or restore a backup under each other. The lock is a file holding the owner's process id; a file left
// by a program that died (power cut, kill) is taken over.

export const LOCK_FILE = 'ledger.lock';

export interface DataLock {
  release(): void;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(file: string): number | null {
  try {
    const { pid } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' ? pid : null;
  } catch {
    return null;
  }
}

export function acquireDataLock(dataDir: string, pid = process.pid): DataLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' fails if the file exists, so of two programs starting at once only one gets it.
      fs.writeFileSync(file, JSON.stringify({ pid, startedAt: new Date().toISOString() }), { flag: 'wx' });
      return {
        release: () => {
          if (ownerOf(file) === pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(file);
      if (owner !== null && isRunning(owner)) {
        throw new UserError(
          `这个数据文件夹正由另一个司法所电子台账程序使用（进程号 ${owner}）：${dataDir}。` +
            '同一份台账同时只能由一个程序打开，请切换到已打开的窗口。',
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new UserError(`无法锁定数据文件夹：${dataDir}，请稍后再试`);
}
