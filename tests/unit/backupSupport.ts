import fs from 'node:fs';
import { afterEach } from 'vitest';
import { createCore, openCore, type Core, type CoreOptions } from '../../src-main/core';
import type { ApiInput, ApiMethod, ApiOutput } from '../../src-shared/handlers';
import { invokeAsAdmin } from '../support/session';
import { tempDir } from './helpers';

// Cores the backup, recovery and fuzz tests open and reopen on one data folder, closed and removed after each test.

const folders: string[] = [];
const cores: Core[] = [];

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function dataFolder(): string {
  const dir = tempDir();
  folders.push(dir);
  return dir;
}

export function track(core: Core): Core {
  cores.push(core);
  return core;
}

export const quiet: CoreOptions = { log: () => {} };

export function newCore(dir = dataFolder(), options: CoreOptions = {}): Core {
  return track(createCore(dir, { ...quiet, ...options }));
}

export async function startedCore(dir: string, options: CoreOptions = {}): Promise<Core> {
  return track(await openCore(dir, { ...quiet, ...options }));
}

/** As the administrator; on the recovery screen there are no accounts, and the recovery methods need none. */
export async function call<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result =
    core.status().mode === 'normal' ? await invokeAsAdmin(core, method, input) : await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/** A 学习会议 record: the smallest complete record of any book. */
export function meeting(topic: string): ApiInput<'registers.create'> {
  return {
    register: 'studyMeeting',
    data: { meeting_date: '2025-03-01', meeting_type: '政治学习', topic, registered_on: '2025-03-01' },
  };
}

export async function topics(core: Core): Promise<string[]> {
  const { rows } = await call(core, 'registers.list', { register: 'studyMeeting', pageSize: 200 });
  return rows.map((row) => String(row.data['topic'])).sort(new Intl.Collator('zh-CN').compare);
}
