import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { startWebServer } from '../../src-main/web';
import type { SavedCopy } from '../../src-shared/backups';
import { formatSize } from '../../src-shared/sizes';
import { adminSession, TEST_ADMIN } from '../support/session';
import { tempDir } from './helpers';

// 备份到… in the browser version with a ledger larger than any JavaScript string can hold (512 MiB): the copy is
// made and checked on the server, and the browser downloads the file itself through a one-time link, streamed. Before,
// the whole copy travelled as base64 inside the API's JSON answer and failed above about 400 MB.

const MiB = 1024 * 1024;
/** Rows of 1 MiB of random bytes: the ledger ends up well over 512 MiB. */
const FILLER_ROWS = 530;

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A real ledger (every migration, an administrator) with a table of random bytes beside the books. */
function bigLedger(): string {
  const dir = tempDir();
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  // Written before the app opens it, in one transaction under a rollback journal: each byte goes to disk once.
  const raw = new Database(path.join(dir, DATABASE_FILE));
  raw.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL)');
  const insert = raw.prepare('INSERT INTO filler (bytes) VALUES (?)');
  raw.transaction(() => {
    for (let row = 0; row < FILLER_ROWS; row++) insert.run(randomBytes(MiB));
  })();
  raw.close();
  return dir;
}

/** The highest resident memory of this process (server and client both) while `work` runs. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = await work();
    return { result, before, peak: Math.max(peak, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

/** GETs `url` as a browser's download does, hashing the bytes as they come and keeping none of them. */
function download(
  url: string,
): Promise<{ status: number; bytes: number; sha256: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const hash = createHash('sha256');
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          bytes += chunk.length;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, bytes, sha256: hash.digest('hex'), headers: res.headers }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

describe('备份到… in the browser version', () => {
  it(
    'downloads a ledger over 512 MiB whole, streamed from the checked copy, with little memory',
    { timeout: 120_000 },
    async () => {
      const dir = bigLedger();
      // Migrated and given its administrator by the app, then closed cleanly: the server starts without re-reading it.
      const setup = createCore(dir, { log: () => {} });
      adminSession(setup);
      await setup.close();
      const ledgerSize = fs.statSync(path.join(dir, DATABASE_FILE)).size;
      expect(ledgerSize).toBeGreaterThan(512 * MiB);

      process.env['LEDGER_DATA_DIR'] = dir;
      const server = await startWebServer(['--no-open', '--port', '0']);
      cleanup.push(async () => {
        await server.close();
        delete process.env['LEDGER_DATA_DIR'];
      });
      const { origin } = new URL(server.url);
      const token = new URL(server.url).hash.replace('#token=', '');
      const post = async (method: string, body: unknown, session = '') =>
        (await (
          await fetch(`${origin}/api/${method}`, {
            method: 'POST',
            headers: { 'x-ledger-token': token, 'x-ledger-session': session },
            body: JSON.stringify(body),
          })
        ).json()) as { ok: boolean; value: unknown; session?: string; error?: { message: string } };
      const login = await post('auth.login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
      expect(login.ok).toBe(true);

      const saving = await peakRss(() => post('backups.saveAs', {}, login.session));
      expect(saving.result.error).toBeUndefined();
      const saved = saving.result.value as SavedCopy;
      expect(saved.downloadUrl).toMatch(/^\/download\/[0-9a-f]{64}$/);
      // The kept copy passed the backup check (integrity_check) and was hashed as it was read.
      const kept = fs.statSync(saved.savedPath).size;
      expect(saved.size).toBe(kept);
      expect(kept).toBeGreaterThan(512 * MiB);

      const downloading = await peakRss(() => download(`${origin}${saved.downloadUrl}`));
      const got = downloading.result;
      expect(got.status).toBe(200);
      expect(got.headers['content-length']).toBe(String(kept));
      expect(got.bytes).toBe(kept);
      expect(got.sha256).toBe(saved.sha256);
      // The copy holds the whole ledger, filler and all.
      const copy = new Database(saved.savedPath, { readonly: true });
      expect(copy.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: FILLER_ROWS });
      copy.close();

      const growth = downloading.peak - downloading.before;
      console.log(
        `备份到…（网页版）：台账 ${formatSize(ledgerSize)}，副本 ${formatSize(kept)}；` +
          `写出并检查时进程内存峰值 ${formatSize(saving.peak)}（开始时 ${formatSize(saving.before)}），` +
          `下载时峰值 ${formatSize(downloading.peak)}（开始时 ${formatSize(downloading.before)}，增长 ${formatSize(Math.max(growth, 0))}）`,
      );
      // Streamed: the download holds a few buffers at a time, never the file. (The measure is this whole process,
      // the downloading side included, whose spent buffers wait for the garbage collector: tens of MB, not hundreds.)
      expect(growth).toBeLessThan(kept / 4);
      expect(downloading.peak).toBeLessThan(kept);
      expect(saving.peak - saving.before).toBeLessThan(128 * MiB);
    },
  );
});
