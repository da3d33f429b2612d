import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../src-main/core';
import type { ApiInput, ApiMethod, ApiOutput } from '../../src-shared/handlers';
import { invokeAsAdmin } from '../support/session';

/** A real ledger in a fresh temp folder, closed and removed after the test. */
export interface TestLedger {
  core: Core;
  dir: string;
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  fail(method: ApiMethod, input: unknown): Promise<{ message: string; fields?: Record<string, string> }>;
}

const open: TestLedger[] = [];

afterEach(async () => {
  for (const ledger of open.splice(0)) {
    await ledger.core.close();
    fs.rmSync(ledger.dir, { recursive: true, force: true });
  }
});

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-test-'));
}

/** `today` as a function lets a test move the clerk's day forward while the ledger stays open. */
export function openTestLedger(options: { today?: string | (() => string) } = {}): TestLedger {
  const dir = tempDir();
  const { today } = options;
  const core = createCore(dir, {
    log: () => {},
    ...(today ? { today: typeof today === 'string' ? () => today : today } : {}),
  });
  const ledger: TestLedger = {
    core,
    dir,
    async call(method, input) {
      const result = await invokeAsAdmin(core, method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value as ApiOutput<typeof method>;
    },
    async fail(method, input) {
      const result = await invokeAsAdmin(core, method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
  };
  open.push(ledger);
  return ledger;
}

/** The office most tests need: one township committee (short name 东), one village committee, two staff. */
export async function seedSettings(ledger: TestLedger) {
  return ledger.call('settings.save', {
    officeName: '东河镇司法所',
    county: '如东县',
    township: '东河镇',
    committees: [
      { name: '东河镇人民调解委员会', shortName: '东', kind: '乡镇调委会', active: true },
      { name: '新桥村人民调解委员会', shortName: '新桥', kind: '村调委会', active: true },
    ],
    staff: [
      { name: '王晓红', position: '所长', active: true },
      { name: '李明', position: '科员', active: true },
    ],
  });
}
