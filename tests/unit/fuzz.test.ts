import { describe, expect, it } from 'vitest';
import { contentChecksum, checkIntegrity } from '../../src-main/core/db/inspect';
import { apiMethods, type ApiMethod } from '../../src-shared/api';
import { call, meeting, newCore } from './backupSupport';
import { fuzzInput, keysOf } from './fuzzInputs';
import { seededRandom } from './prng';
import { SEED_SETTINGS } from '../support/office';
import { adminSession } from '../support/session';

// Every API method (read from the declarations in src-shared/api, so methods added later are fuzzed too) gets random
// and malformed input
// through the router. Nothing may throw; every refusal must be a Chinese sentence without a stack trace; and a
// refused call must leave every table's content exactly as it was (checksum before = after). The few random inputs
// that happen to be valid are allowed their effect and counted separately.

const INPUTS = 5_000;
const SEED = 6_2026;
const CHINESE = /[\u4e00-\u9fff]/;
const STACK = /\n\s+at |Error:|TypeError|SQLITE_/;
// A wrong password is refused and still counted: the count (and the delay it causes) is the lockout itself, and a
// refused login or unlock is logged. The log is compared on its own: only those entries may be added.
const PASSWORD_CHECKS = new Set<string>(['auth.login', 'auth.unlock', 'auth.changePassword']);
const LOCKOUT_COLUMNS = { account: ['failed_attempts', 'retry_after'], audit_log: 'all' } as const;
const LOGGED_REFUSALS = new Set(['loginFailed', 'unlockFailed']);

describe('fuzz', () => {
  it(`survives ${INPUTS} random and malformed inputs across every API method`, { timeout: 600_000 }, async () => {
    const core = newCore(undefined, { today: () => '2025-03-15' });
    await call(core, 'settings.save', SEED_SETTINGS);
    for (const topic of ['一', '二', '三']) await call(core, 'registers.create', meeting(`既有记录${topic}`));

    const admin = core.sessions.find(adminSession(core))!;
    const adminAccount = { id: admin.accountId, session_key: admin.accountKey };
    const random = seededRandom(SEED);
    const methods = Object.keys(apiMethods) as ApiMethod[];
    const keys = new Map(methods.map((method) => [method, keysOf(apiMethods[method].input)]));
    const rejected = new Map<string, number>();
    const accepted = new Map<string, number>();
    const checksum = (method: string) =>
      contentChecksum(core.ledger.sqlite, PASSWORD_CHECKS.has(method) ? LOCKOUT_COLUMNS : {});
    const lastEntry = () =>
      (core.ledger.sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
    const entriesAfter = (id: number) =>
      (core.ledger.sqlite.prepare('SELECT action FROM audit_log WHERE id > ?').all(id) as { action: string }[]).map(
        (row) => row.action,
      );
    let acceptedWrites = 0;

    for (let i = 0; i < INPUTS; i++) {
      // Round-robin over the methods, so each gets its share; a few calls name a method that does not exist.
      const method = i % 97 === 96 ? `registers.${'x'.repeat(i % 7)}drop` : methods[i % methods.length]!;
      const input = fuzzInput(random, keys.get(method as ApiMethod) ?? []);
      // A fresh administrator session each time: a valid auth.logout or auth.lock among the inputs must not turn
      // the rest into mere 请先登录 refusals that never reach the method's own checks.
      const before = checksum(method);
      const logBefore = lastEntry();
      const result = await core.invoke(method, input, core.sessions.start(adminAccount).id);
      const after = checksum(method);
      const tally = result.ok ? accepted : rejected;
      tally.set(method, (tally.get(method) ?? 0) + 1);
      const message = result.ok ? '' : result.error.message;
      if (!result.ok && (!CHINESE.test(message) || STACK.test(message) || after !== before)) {
        const where = `#${i} ${method} ${JSON.stringify(input)?.slice(0, 300)}`;
        expect(message, where).toMatch(CHINESE);
        expect(message, where).not.toMatch(STACK);
        expect(after, `${where}: a refused call changed the database`).toBe(before);
      }
      if (!result.ok && PASSWORD_CHECKS.has(method)) {
        const added = entriesAfter(logBefore).filter((action) => !LOGGED_REFUSALS.has(action));
        expect(added, `#${i} ${method}: a refused password check logged more than its refusal`).toEqual([]);
      }
      if (result.ok && after !== before) acceptedWrites++;
    }

    expect(checkIntegrity(core.ledger.sqlite)).toEqual({ ok: true, detail: 'ok' });
    const total = (tally: Map<string, number>) => [...tally.values()].reduce((a, b) => a + b, 0);
    expect(total(rejected) + total(accepted)).toBe(INPUTS);
    // Every method was reached with some input its schema refused.
    for (const method of methods) expect(rejected.get(method) ?? 0, method).toBeGreaterThan(0);
    console.log(
      `模糊测试（种子 ${SEED}）：${INPUTS} 个输入，${methods.length} 个方法；拒绝 ${total(rejected)} 个（数据库内容不变），` +
        `接受 ${total(accepted)} 个（其中 ${acceptedWrites} 个改动了数据库）：${[...accepted].map(([m, n]) => `${m}×${n}`).join('、') || '无'}`,
    );
  });
});
