import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { checkIntegrity } from '../../src-main/core/db/inspect';
import { dataFolder, newCore } from './backupSupport';
import { seededRandom } from './prng';

// Power cut / task-manager kill: a child saves records in a loop and acknowledges each committed save; we SIGKILL it
// at a random moment — sometimes before it has opened the database, mostly between and during saves. Every reopen
// must pass integrity_check and hold every acknowledged record.

const TRIALS = 24;
const SEED = 20260521;
const JITI = fileURLToPath(new URL('../../node_modules/.bin/jiti', import.meta.url));
const WRITER = fileURLToPath(new URL('./crash/writer.ts', import.meta.url));

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
