import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RESTORE_STAGING } from '../../src-main/core/backup/restoreStaging';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { checkIntegrity } from '../../src-main/core/db/inspect';
import { call, dataFolder, meeting, newCore, startedCore } from './backupSupport';
import { seededRandom } from './prng';

const JITI = fileURLToPath(new URL('../../node_modules/.bin/jiti', import.meta.url));
const RESTORER = fileURLToPath(new URL('./crash/restorer.ts', import.meta.url));

// A restore killed at a random moment: the child restores a backup of a ledger of a few thousand records (so staging,
// the safety copy and the swap each take measurable time) and is killed somewhere between start and finish. Reopened,
// the ledger must be intact and either the old one with its whole log, or the restored one with that log carried and
// the restore line after it — never a mix, never an entry lost — and no staged or half-written copy may be left.

const RESTORE_TRIALS = 12;
const RESTORE_SEED = 20261202;
const LIVE_RECORDS = 3000;
const BACKUP_RECORDS = 2000;

interface LedgerState {
  records: number;
  log: unknown[];
}

function stateOf(sqlite: Database.Database): LedgerState {
  const { n } = sqlite.prepare('SELECT count(*) AS n FROM study_meeting WHERE deleted_at IS NULL').get() as {
    n: number;
  };
  return { records: n, log: sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() };
}

/** When to kill the restorer: so long after it is ready, or after its safety copy is whole (the swap is next). */
type KillAt = { afterReadyMs: number } | { afterSafetyCopyMs: number } | null;

/** A finished 恢复前 copy in the folder: the restore has staged, checked and copied, and now swaps. */
function safetyCopyDone(dir: string): boolean {
  const folder = path.join(dir, BACKUP_FOLDER);
  return fs.readdirSync(folder).some((file) => file.endsWith('-pre-restore.sqlite3'));
}

/**
 * Runs the restorer and kills it as `killAt` says (null: lets it finish). Resolves with how long it ran after it was
 * ready, how long after its safety copy was whole, and whether it had finished.
 */
function runRestorer(
  dir: string,
  file: string,
  killAt: KillAt,
): Promise<{ ms: number; swapMs: number | null; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(JITI, [RESTORER, dir, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let readyAt = 0;
    let copiedAt: number | null = null;
    let finished = false;
    let watch: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      const end = Date.now();
      if (signal === 'SIGKILL' || (code === 0 && finished))
        resolve({ ms: end - readyAt, swapMs: copiedAt === null ? null : end - copiedAt, finished });
      else reject(new Error(`restorer exited (${code ?? signal}): ${stderr}`));
    });
    const kill = (delay: number) => setTimeout(() => child.kill('SIGKILL'), delay);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        readyAt = Date.now();
        watch = setInterval(() => {
          if (copiedAt !== null || !safetyCopyDone(dir)) return;
          copiedAt = Date.now();
          if (killAt && 'afterSafetyCopyMs' in killAt) kill(killAt.afterSafetyCopyMs);
        }, 2);
        if (killAt && 'afterReadyMs' in killAt) kill(killAt.afterReadyMs);
      }
      if (line === 'restored') finished = true;
    });
  });
}

describe('crash safety of a restore', () => {
  it(
    `leaves the old ledger or the whole restored one through ${RESTORE_TRIALS} SIGKILLs during a restore`,
    { timeout: 900_000 },
    async () => {
      // One ledger, copied for every trial: a backup at 2000 records, then 1000 more.
      const template = dataFolder();
      const core = newCore(template);
      for (let i = 1; i <= LIVE_RECORDS; i++) {
        const record = meeting(`恢复崩溃测试-${i}`);
        const data = { ...(record.data as Record<string, unknown>), content: '记录内容'.repeat(200) };
        await call(core, 'registers.create', { ...record, data });
        if (i === BACKUP_RECORDS) await call(core, 'backups.create', {});
      }
      await core.backups.settled();
      const [backup] = core.backups.list();
      const live = stateOf(core.ledger.sqlite);
      await core.close();
      const size = fs.statSync(path.join(template, DATABASE_FILE)).size;

      // The restore left to finish, to time it and to know the restored state.
      const trialDir = () => {
        const dir = dataFolder();
        fs.cpSync(template, dir, { recursive: true });
        return dir;
      };
      const whole = trialDir();
      const { ms, swapMs } = await runRestorer(whole, backup!.file, null);
      const restoredCore = await startedCore(whole);
      const restored = stateOf(restoredCore.ledger.sqlite);
      await restoredCore.close();
      expect(restored.records).toBe(BACKUP_RECORDS);
      expect(restored.log.slice(0, -1)).toEqual(live.log);
      expect(restored.log.at(-1)).toMatchObject({ action: 'backup', summary: `从备份 ${backup!.file} 恢复` });

      const random = seededRandom(RESTORE_SEED);
      const outcomes: string[] = [];
      for (let trial = 1; trial <= RESTORE_TRIALS; trial++) {
        const dir = trialDir();
        // Half the kills anywhere in the restore (mostly staging and the safety copy, the long parts); half aimed at
        // the swap itself, once the safety copy is whole.
        const killAt: KillAt =
          trial % 2 === 1
            ? { afterReadyMs: Math.floor(random() * ms) }
            : { afterSafetyCopyMs: Math.floor(random() * (swapMs ?? 0) * 1.2) };
        const { finished } = await runRestorer(dir, backup!.file, killAt);
        const raw = new Database(path.join(dir, DATABASE_FILE));
        expect(checkIntegrity(raw), `trial ${trial}`).toEqual({ ok: true, detail: 'ok' });
        raw.close();
        const reopened = await startedCore(dir);
        expect(reopened.status().mode, `trial ${trial}`).toBe('normal');
        const state = stateOf(reopened.ledger.sqlite);
        const isOld = state.records === LIVE_RECORDS;
        expect(state.records, `trial ${trial}: neither the old nor the restored ledger`).toBe(
          isOld ? LIVE_RECORDS : BACKUP_RECORDS,
        );
        if (isOld) expect(state.log, `trial ${trial}: the old ledger's log`).toEqual(live.log);
        else {
          expect(state.log.slice(0, -1), `trial ${trial}: the carried log`).toEqual(live.log);
          expect(state.log.at(-1), `trial ${trial}: the restore line`).toMatchObject({
            summary: `从备份 ${backup!.file} 恢复`,
          });
        }
        // The next open removed what the killed restore had half written.
        expect(fs.existsSync(path.join(dir, RESTORE_STAGING)), `trial ${trial}`).toBe(false);
        expect(fs.readdirSync(path.join(dir, BACKUP_FOLDER)).filter((f) => f.includes('.partial'))).toEqual([]);
        await reopened.close();
        const when =
          'afterReadyMs' in killAt
            ? `开始后 ${killAt.afterReadyMs} ms`
            : `安全备份写完后 ${killAt.afterSafetyCopyMs} ms`;
        outcomes.push(
          `第 ${trial} 次：${when}${finished ? '（已完成）' : ''}，重开后是${isOld ? '原台账' : '恢复后的台账'}`,
        );
      }
      console.log(
        `恢复崩溃测试（种子 ${RESTORE_SEED}）：台账 ${(size / 1048576).toFixed(1)} MB，${LIVE_RECORDS} 条记录、` +
          `${live.log.length} 条日志；完整恢复用时 ${ms} ms，其中安全备份写完后 ${swapMs} ms\n${outcomes.join('\n')}`,
      );
    },
  );
});
