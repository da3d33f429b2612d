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
// A wrong password is refused and still counted: the count (and the delay it causes) is the lockout itself.
const PASSWORD_CHECKS = new Set<string>(['auth.login', 'auth.unlock', 'auth.changePassword']);
const LOCKOUT_COLUMNS = { account: ['failed_attempts', 'retry_after'] } as const;

describe('fuzz', () => {
  it(`survives ${INPUTS} random and malformed inputs across every API method`, { timeout: 600_000 }, async () => {
    const core = newCore(undefined, { today: () => '2025-03-15' });
    await call(core, 'settings.save', SEED_SETTINGS);
    for (const topic of ['一', '二', '三']) await call(core, 'registers.create', meeting(`既有记录${topic}`));

    const adminId = core.sessions.find(adminSession(core), Number.POSITIVE_INFINITY)!.accountId;
    const random = seededRandom(SEED);
    const methods = Object.keys(apiMethods) as ApiMethod[];
    const keys = new Map(methods.map((method) => [method, keysOf(apiMethods[method].input)]));
    const rejected = new Map<string, number>();
    const accepted = new Map<string, number>();
    const checksum = (method: string) =>
      contentChecksum(core.ledger.sqlite, PASSWORD_CHECKS.has(method) ? LOCKOUT_COLUMNS : {});
    let acceptedWrites = 0;

    for (let i = 0; i < INPUTS; i++) {
      // Round-robin over the methods, so each gets its share; a few calls name a method that does not exist.
      const method = i % 97 === 96 ? `registers.${'x'.repeat(i % 7)}drop` : methods[i % methods.length]!;
      const input = fuzzInput(random, keys.get(method as ApiMethod) ?? []);
      // A fresh administrator session each time: a valid auth.logout or auth.lock among the inputs must not turn
      // the rest into mere 请先登录 refusals that never reach the method's own checks.
      const before = checksum(method);
      const result = await core.invoke(method, input, core.sessions.start(adminId).id);
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
