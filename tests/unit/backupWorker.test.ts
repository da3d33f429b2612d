import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { copyInWorker, verifyInWorker } from '../../src-main/core/backup/worker';
import { tempDir } from './helpers';

// The backup worker runs from its TypeScript source here (no build): src-main/core/backup/worker.ts starts it through
// jiti. The desktop app hands it the Electron-ABI build of better-sqlite3 (nativeBinding); that path must reach it.

const NODE_BINDING = path.join(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build/Release/better_sqlite3.node',
);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function ledgerFile(): string {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'ledger.db');
  const db = new Database(file);
  db.exec(
    "CREATE TABLE petition (id INTEGER PRIMARY KEY, deleted_at TEXT); INSERT INTO petition VALUES (1, NULL), (2, 'x');",
  );
  db.close();
  return file;
}

describe('the backup worker', () => {
  it('copies and checks a ledger with the native binding it is given', async () => {
    const source = ledgerFile();
    const target = path.join(path.dirname(source), 'copy.db');
    await copyInWorker(source, target, NODE_BINDING);
    const { verification, counts } = await verifyInWorker(target, '2026-01-01T00:00:00.000Z', NODE_BINDING);
    expect(verification).toEqual({ ok: true, detail: 'ok', checkedAt: '2026-01-01T00:00:00.000Z' });
    expect(counts).toEqual({ petition: 1 });
  });

  it('fails, in Chinese, when the native binding it is given cannot load', async () => {
    const source = ledgerFile();
    const missing = path.join(path.dirname(source), 'no_such_binding.node');
    await expect(copyInWorker(source, path.join(path.dirname(source), 'copy.db'), missing)).rejects.toThrow(
      /^备份写出失败：.*no_such_binding\.node/,
    );
    const { verification } = await verifyInWorker(source, 'now', missing);
    expect(verification.ok).toBe(false);
    expect(verification.detail).toMatch(/^无法打开：.*no_such_binding\.node/);
  });
});
