import fs from 'node:fs';
import { beforeAll } from 'vitest';
import { createCore, type Core } from '../../src-main/core';
import { readSettings } from '../../src-main/core/settings';
import type { Settings } from '../../src-shared/settings';
import { tempDir } from './helpers';
import { createReportFixtures } from './reportFixtures';

/** One ledger holding the report fixtures for a whole test file (built once: it is a month of records). */
export function useReportLedger(): { core: () => Core; settings: () => Settings } {
  let core: Core | undefined;
  let settings: Settings | undefined;
  beforeAll(async () => {
    const dir = tempDir();
    core = createCore(dir, { log: () => {} });
    await createReportFixtures(core);
    settings = await readSettings(core.ledger.db);
    return async () => {
      await core?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  });
  return {
    core: () => core ?? raise('the report ledger is not open yet'),
    settings: () => settings ?? raise('the report ledger is not open yet'),
  };
}

function raise(message: string): never {
  throw new Error(message);
}
