import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { checkIntegrity } from '../../src-main/core/db/inspect';
import { call, dataFolder, meeting, newCore, startedCore } from './backupSupport';
import { seededRandom } from './prng';

function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

// Power cut / task-manager kill: a child saves records in a loop and acknowledges each committed save; we SIGKILL it
// at a random moment — sometimes before it has opened the database, mostly between and during saves. Every reopen
// must pass integrity_check and hold every acknowledged record.

const TRIALS = 24;
const SEED = 20260521;
const JITI = fileURLToPath(new URL('../../node_modules/.bin/jiti', import.meta.url));
const WRITER = fileURLToPath(new URL('./crash/writer.ts', import.meta.url));
const SAVER = fileURLToPath(new URL('./crash/saver.ts', import.meta.url));

interface Trial {
  acknowledged: number;
  killedAfter: string;
}

/** Runs the writer until `killAt` acknowledgements (-1: while it is still starting), waits `delayMs`, kills it. */
function killWriter(dir: string, killAt: number, delayMs: number): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(JITI, [WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = 0;
    let stderr = '';
    let killing = false;
    const kill = (what: string) => {
      if (killing) return;
      killing = true;
      setTimeout(() => {
        child.kill('SIGKILL');
        resolve({ acknowledged, killedAfter: what });
      }, delayMs);
    };
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code ?? signal}): ${stderr}`));
    });
    if (killAt < 0) kill(`启动后 ${delayMs}ms`);
    createInterface({ input: child.stdout }).on('line', (line) => {
      // An acknowledgement printed before the kill landed still counts: the save it reports was committed.
      const match = /^ack (\d+)$/.exec(line);
      if (match) acknowledged = Number(match[1]);
      if (!killing && killAt >= 0 && acknowledged >= killAt && (killAt > 0 || line === 'ready')) {
        kill(`第 ${acknowledged} 条确认后 ${delayMs}ms`);
      }
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged record through ${TRIALS} SIGKILLs at random moments`, { timeout: 300_000 }, async () => {
    const random = seededRandom(SEED);
    const report: string[] = [];
    let total = 0;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const dir = dataFolder();
      // One trial in six kills during start-up (opening, migrating); the rest after 0–80 saves.
      const killAt = random() < 1 / 6 ? -1 : Math.floor(random() * 80);
      // Start-up kills spread over the time the child takes to load, open and migrate the database.
      const delayMs = Math.floor(random() * (killAt < 0 ? 600 : 25));
      const { acknowledged, killedAfter } = await killWriter(dir, killAt, delayMs);

      const raw = new Database(path.join(dir, DATABASE_FILE));
      expect(checkIntegrity(raw), `trial ${trial}`).toEqual({ ok: true, detail: 'ok' });
      raw.close();
      const core = newCore(dir);
      // Read every row (the list API pages at 200), through the core's reopened connection.
      const rows = core.ledger.sqlite.prepare('SELECT topic FROM study_meeting WHERE deleted_at IS NULL').all() as {
        topic: string;
      }[];
      const saved = new Set(rows.map((row) => row.topic));
      const missing = Array.from({ length: acknowledged }, (_, i) => `崩溃测试-${i + 1}`).filter((t) => !saved.has(t));
      expect(missing, `trial ${trial}: acknowledged records lost`).toEqual([]);
      await core.close();
      total += acknowledged;
      report.push(
        `第 ${trial} 次：${killedAfter}，已确认 ${acknowledged} 条，重开后有 ${saved.size} 条，完整性检查通过`,
      );
    }
    console.log(
      `崩溃测试（种子 ${SEED}）：${TRIALS} 次 SIGKILL，共确认 ${total} 条记录，全部在重开后找到\n${report.join('\n')}`,
    );
    expect(total).toBeGreaterThan(0);
  });
});

const SAVE_TRIALS = 6;
const SAVE_SEED = 20261202;
/** Copies in progress when the process dies: a copy's own half-written file and journal, a manifest's next version. */
const LEFTOVER = /\.partial(-journal)?$|^manifest\.json\.\d+\.tmp$/;

interface SaveTrial {
  /** The copy the child had begun and not finished ("3 target"), or null when it was between copies or starting. */
  during: string | null;
  saved: number;
}

/** Runs the 备份到… child, kills it `delayMs` after it is ready, and says which copy it was in the middle of. */
function killSaver(dir: string, target: string, delayMs: number): Promise<SaveTrial> {
  return new Promise((resolve, reject) => {
    const child = spawn(JITI, [SAVER, dir, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let during: string | null = null;
    let saved = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`saver exited by itself (${code ?? signal}): ${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, n, how] = line.split(' ');
      if (word === 'start') during = `${n} ${how}`;
      if (word === 'saved') {
        during = null;
        saved = Number(n);
      }
      if (word === 'ready')
        setTimeout(() => {
          child.kill('SIGKILL');
          resolve({ during, saved });
        }, delayMs);
    });
  });
}

/** A database file that opens, passes integrity_check and holds the ledger's `records` meetings. */
function expectWholeCopy(file: string, records: number, what: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(checkIntegrity(copy), what).toEqual({ ok: true, detail: 'ok' });
    expect(copy.prepare('SELECT count(*) AS n FROM study_meeting').get(), what).toEqual({ n: records });
  } finally {
    copy.close();
  }
}

describe('crash safety of 备份到…', () => {
  it(
    `leaves the ledger whole and no half copy under a copy's name through ${SAVE_TRIALS} SIGKILLs`,
    { timeout: 300_000 },
    async () => {
      const random = seededRandom(SAVE_SEED);
      const dir = dataFolder();
      const usb = path.join(dataFolder(), 'U盘');
      const target = path.join(usb, '台账备份.sqlite3');
      // 2,048 records: one made through the API, then doubled in SQL (quicker than thousands of calls).
      const setup = newCore(dir);
      await call(setup, 'registers.create', {
        ...meeting('崩溃备份'),
        data: { ...(meeting('崩溃备份').data as Record<string, unknown>), content: '记录内容'.repeat(100) },
      });
      const columns = (setup.ledger.sqlite.prepare('PRAGMA table_info(study_meeting)').all() as { name: string }[])
        .map((column) => `"${column.name}"`)
        .filter((name) => name !== '"id"')
        .join(', ');
      for (let i = 0; i < 11; i++)
        setup.ledger.sqlite.exec(`INSERT INTO study_meeting (${columns}) SELECT ${columns} FROM study_meeting`);
      const records = 2048;
      await setup.close();

      const report: string[] = [];
      for (let trial = 1; trial <= SAVE_TRIALS; trial++) {
        // Spread over the first two or three copies (each takes one to two seconds here: two workers start, the file
        // is written, read back and hashed, renamed, recorded), so kills land in every step of one.
        const delayMs = Math.floor(random() * 3500);
        const { during, saved } = await killSaver(dir, target, delayMs);
        const what = `trial ${trial} (${delayMs}ms, ${during ?? '两次备份之间'})`;

        // The ledger: untouched by a copy being made of it.
        expectWholeCopy(path.join(dir, DATABASE_FILE), records, `${what}: ledger`);
        // What the kill left, for the report: half copies, and whole copies the manifest did not list yet.
        const found: string[] = [];
        // The chosen file: absent or whole under its name; only a half copy's own names otherwise.
        for (const file of fs.existsSync(usb) ? fs.readdirSync(usb) : []) {
          if (file === path.basename(target)) expectWholeCopy(target, records, `${what}: ${file}`);
          else expect(file, what).toMatch(LEFTOVER);
          if (file !== path.basename(target)) found.push(`U盘/${file}`);
        }
        // 备份/: every copy under a copy's name is whole (a killed check is run again when the list is next read).
        const folder = path.join(dir, BACKUP_FOLDER);
        const manifest = path.join(folder, 'manifest.json');
        const listed = fs.existsSync(manifest) ? fs.readFileSync(manifest, 'utf8') : '';
        for (const file of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
          if (file.endsWith('.sqlite3')) expectWholeCopy(path.join(folder, file), records, `${what}: ${file}`);
          else if (file !== 'manifest.json') expect(file, what).toMatch(LEFTOVER);
          if (LEFTOVER.test(file)) found.push(`备份/${file}`);
          else if (file.endsWith('.sqlite3') && !listed.includes(file)) found.push(`备份/未列入清单的完整副本`);
        }

        // The next start and the next copy to the same place leave no leftovers, and every listed hash still holds.
        const core = await startedCore(dir);
        expect(
          fs.readdirSync(folder).filter((file) => LEFTOVER.test(file)),
          what,
        ).toEqual([]);
        await core.backups.saveTo(target);
        expect(fs.readdirSync(usb), what).toEqual([path.basename(target)]);
        await core.backups.settled();
        for (const entry of core.backups.list()) {
          expect(entry.verification.ok, `${what}: ${entry.file}`).toBe(true);
          if (entry.sha256)
            expect(sha256Of(path.join(folder, entry.file)), `${what}: ${entry.file}`).toBe(entry.sha256);
        }
        await core.close();
        report.push(
          `第 ${trial} 次：启动后 ${delayMs}ms 杀掉，正在做${during ? `第 ${during}` : '（两次之间）'}，此前完成 ${saved} 份；` +
            `留下 ${found.join('、') || '无'}；台账完好，重启并再备份后无残留`,
        );
      }
      console.log(`备份到…崩溃测试（种子 ${SAVE_SEED}）：${SAVE_TRIALS} 次 SIGKILL\n${report.join('\n')}`);
    },
  );
});
