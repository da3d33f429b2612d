import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src-main/core';
import { retryDelaySeconds } from '../../src-main/core/accounts/lockout';
import { hashPassword, verifyPassword } from '../../src-main/core/accounts/password';
import { isIdle, SessionStore } from '../../src-main/core/accounts/sessions';
import type { ApiMethod, ApiResult } from '../../src-shared/handlers';
import { ADMIN_METHODS } from '../../src-shared/permissions';
import { registerDef } from '../../src-shared/registers';
import { tempDir } from './helpers';
import { sampleRecord } from './samples';
import { SEED_SETTINGS } from '../support/office';

// Accounts: scrypt hashes, first-run setup, login with lockout, idle lock, and what staff may not do.

const ADMIN = { username: 'wangxh', name: '王晓红', password: 'suozhang-2026' };
const STAFF = { username: 'liming', name: '李明', password: 'keyuan-2026!' };

interface Clocked {
  core: Core;
  dir: string;
  /** Moves the clock of sessions and lockouts forward. */
  advance(ms: number): void;
  call(method: ApiMethod, input: unknown, session?: string | null): Promise<ApiResult<ApiMethod>>;
}

const opened: Clocked[] = [];
afterEach(async () => {
  for (const ledger of opened.splice(0)) {
    await ledger.core.close();
    fs.rmSync(ledger.dir, { recursive: true, force: true });
  }
});

function openClocked(dir = tempDir()): Clocked {
  let now = Date.parse('2026-03-02T01:00:00Z');
  const core = createCore(dir, { log: () => {}, sessions: new SessionStore(() => now), now: () => new Date(now) });
  const ledger: Clocked = {
    core,
    dir,
    advance: (ms) => (now += ms),
    call: (method, input, session) => core.invoke(method, input, session),
  };
  opened.push(ledger);
  return ledger;
}

async function setUp(ledger: Clocked): Promise<string> {
  const result = await ledger.call('auth.setup', {
    officeName: '东河镇司法所',
    county: '如东县',
    township: '东河镇',
    admin: ADMIN,
  });
  if (!result.ok || !result.session) throw new Error('setup failed');
  return result.session;
}

async function login(ledger: Clocked, who: { username: string; password: string }): Promise<ApiResult<ApiMethod>> {
  return ledger.call('auth.login', { username: who.username, password: who.password });
}

function sessionOf(result: ApiResult<ApiMethod>): string {
  if (!result.ok || !result.session) throw new Error(result.ok ? 'no session' : result.error.message);
  return result.session;
}

function errorOf(result: ApiResult<ApiMethod>) {
  if (result.ok) throw new Error('unexpectedly succeeded');
  return result.error;
}

describe('password hashing', () => {
  it('stores scrypt with a per-user salt, never the password, and verifies only the right one', () => {
    const first = hashPassword('mima-12345');
    const second = hashPassword('mima-12345');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{88}$/);
    expect(first).not.toContain('mima');
    expect(first).not.toBe(second);
    expect(verifyPassword('mima-12345', first)).toBe(true);
    expect(verifyPassword('mima-12345', second)).toBe(true);
    expect(verifyPassword('mima-12346', first)).toBe(false);
    expect(
      verifyPassword(
        'mima-12345',
        first.replace(/.(?=.{10}$)/, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBe(false);
    expect(verifyPassword('mima-12345', 'plain-text')).toBe(false);
  });
});

describe('first run', () => {
  it('asks for setup, creates the administrator with the office, and refuses a second setup', async () => {
    const ledger = openClocked();
    const status = await ledger.call('auth.status', {});
    expect(status).toMatchObject({ ok: true, value: { setupNeeded: true, user: null, idleLockMinutes: 15 } });
    const session = await setUp(ledger);
    expect(await ledger.call('auth.status', {}, session)).toMatchObject({
      ok: true,
      value: {
        setupNeeded: false,
        locked: false,
        user: { username: 'wangxh', name: '王晓红', role: 'admin', active: true },
      },
    });
    expect(await ledger.call('settings.get', {}, session)).toMatchObject({
      ok: true,
      value: { officeName: '东河镇司法所', county: '如东县' },
    });
    const stored = ledger.core.ledger.sqlite.prepare('SELECT password_hash FROM account').get() as {
      password_hash: string;
    };
    expect(stored.password_hash).not.toContain(ADMIN.password);
    const again = await ledger.call('auth.setup', { officeName: '别处', county: null, township: null, admin: STAFF });
    expect(errorOf(again).message).toBe('已经设置过管理员账号，请直接登录');
  });

  it('names the field of a bad setup in Chinese and writes nothing', async () => {
    const ledger = openClocked();
    const result = await ledger.call('auth.setup', {
      officeName: '',
      county: null,
      township: null,
      admin: { ...ADMIN, password: '123' },
    });
    const error = errorOf(result);
    expect(error.fields).toMatchObject({ officeName: '司法所名称不能为空', 'admin.password': '密码至少8位' });
    expect(ledger.core.ledger.sqlite.prepare('SELECT count(*) AS n FROM account').get()).toEqual({ n: 0 });
  });
});

describe('login and lockout', () => {
  it('lets the right password in, and refuses without saying whether the name exists', async () => {
    const ledger = openClocked();
    await setUp(ledger);
    const session = sessionOf(await login(ledger, ADMIN));
    expect(session).toMatch(/^[0-9a-f]{48}$/);
    expect(await ledger.call('auth.logout', {}, session)).toMatchObject({
      ok: true,
      session: null,
      value: { user: null },
    });
    expect(errorOf(await ledger.call('lookups.get', {}, session)).auth).toBe('login');
    expect(errorOf(await login(ledger, { username: 'nobody', password: 'whatever-1' })).message).toBe(
      '用户名或密码不正确',
    );
    expect(errorOf(await login(ledger, { ...ADMIN, password: 'wrong-pass' })).message).toContain('用户名或密码不正确');
    expect(errorOf(await ledger.call('lookups.get', {}))).toEqual({ message: '请先登录', auth: 'login' });
  });

  it('grows the delay after five wrong passwords in a row', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(900);
  });

  it('makes the sixth try wait even with the right password, per account, across a restart', async () => {
    const dir = tempDir();
    const ledger = openClocked(dir);
    await setUp(ledger);
    const admin = sessionOf(await login(ledger, ADMIN));
    expect(await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin)).toMatchObject({ ok: true });
    for (let i = 1; i <= 4; i++)
      expect(errorOf(await login(ledger, { ...STAFF, password: 'wrong-pass' })).message).toContain(`再错 ${5 - i} 次`);
    expect(errorOf(await login(ledger, { ...STAFF, password: 'wrong-pass' })).message).toBe(
      '密码不正确。密码连续输错次数过多，请 30 秒后再试',
    );
    expect(errorOf(await login(ledger, STAFF)).message).toBe('密码连续输错次数过多，请 30 秒后再试');
    // Another account is not held up.
    expect(sessionOf(await login(ledger, ADMIN))).toBeTruthy();

    await ledger.core.close();
    opened.splice(opened.indexOf(ledger), 1);
    const reopened = openClocked(dir);
    expect(errorOf(await login(reopened, STAFF)).message).toContain('后再试');
    reopened.advance(31_000);
    expect(errorOf(await login(reopened, { ...STAFF, password: 'wrong-again' })).message).toContain('请 1 分钟后再试');
    reopened.advance(61_000);
    expect(sessionOf(await login(reopened, STAFF))).toBeTruthy();
    const row = reopened.core.ledger.sqlite
      .prepare("SELECT failed_attempts, retry_after FROM account WHERE username = 'liming'")
      .get();
    expect(row).toEqual({ failed_attempts: 0, retry_after: null });
  });

  it('refuses a disabled account and ends its open sessions', async () => {
    const ledger = openClocked();
    const admin = await setUp(ledger);
    const created = await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const staff = sessionOf(await login(ledger, STAFF));
    expect(
      await ledger.call('accounts.update', { id, name: '李明', role: 'staff', active: false }, admin),
    ).toMatchObject({ ok: true });
    expect(errorOf(await ledger.call('lookups.get', {}, staff)).auth).toBe('login');
    expect(errorOf(await login(ledger, STAFF)).message).toBe('该账号已停用，请联系管理员');
    expect(await ledger.call('accounts.resetPassword', { id, password: 'xin-mima-2026' }, admin)).toMatchObject({
      ok: true,
    });
    expect(
      errorOf(await ledger.call('accounts.update', { id: 1, name: '王晓红', role: 'staff', active: true }, admin))
        .message,
    ).toBe('不能停用自己的账号或取消自己的管理员身份');
  });
});

describe('an administrator changing an account', () => {
  it("ends the account's open sessions on a password reset or a role change, not the administrator's own", async () => {
    const ledger = openClocked();
    const admin = await setUp(ledger);
    const created = await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin);
    const id = created.ok ? (created.value as { id: number }).id : 0;

    const before = sessionOf(await login(ledger, STAFF));
    expect(await ledger.call('accounts.resetPassword', { id, password: 'xin-mima-2026' }, admin)).toMatchObject({
      ok: true,
    });
    expect(errorOf(await ledger.call('lookups.get', {}, before)).auth).toBe('login');
    expect(await ledger.call('lookups.get', {}, admin)).toMatchObject({ ok: true });

    const promoted = sessionOf(await login(ledger, { ...STAFF, password: 'xin-mima-2026' }));
    expect(
      await ledger.call('accounts.update', { id, name: '李明', role: 'admin', active: true }, admin),
    ).toMatchObject({ ok: true });
    expect(errorOf(await ledger.call('lookups.get', {}, promoted)).auth).toBe('login');

    // Only the name changed: whoever is logged in with it stays.
    const kept = sessionOf(await login(ledger, { ...STAFF, password: 'xin-mima-2026' }));
    expect(
      await ledger.call('accounts.update', { id, name: '李明明', role: 'admin', active: true }, admin),
    ).toMatchObject({ ok: true });
    expect(await ledger.call('lookups.get', {}, kept)).toMatchObject({ ok: true });

    // The administrator resetting their own password keeps the session doing it.
    expect(await ledger.call('accounts.resetPassword', { id: 1, password: 'suo-zhang-2026' }, admin)).toMatchObject({
      ok: true,
    });
    expect(await ledger.call('lookups.get', {}, admin)).toMatchObject({ ok: true });
  });
});

describe('own password', () => {
  it('needs the current password, then only the new one logs in and other sessions of the account end', async () => {
    const ledger = openClocked();
    const session = await setUp(ledger);
    const elsewhere = sessionOf(await login(ledger, ADMIN));
    const wrong = errorOf(
      await ledger.call('auth.changePassword', { current: 'wrong-pass', password: 'xin-mima-2026' }, session),
    );
    expect(wrong.fields).toEqual({ current: '密码不正确' });
    expect(
      await ledger.call('auth.changePassword', { current: ADMIN.password, password: 'xin-mima-2026' }, session),
    ).toMatchObject({ ok: true });
    expect(await ledger.call('lookups.get', {}, session)).toMatchObject({ ok: true });
    expect(errorOf(await ledger.call('lookups.get', {}, elsewhere)).auth).toBe('login');
    expect(errorOf(await login(ledger, ADMIN)).message).toContain('用户名或密码不正确');
    expect(sessionOf(await login(ledger, { ...ADMIN, password: 'xin-mima-2026' }))).toBeTruthy();
  });
});

describe('idle lock', () => {
  it('counts idle time strictly after the set minutes', () => {
    expect(isIdle(0, 15 * 60_000, 15)).toBe(false);
    expect(isIdle(0, 15 * 60_000 + 1, 15)).toBe(true);
    const store = new SessionStore(() => 0);
    expect(store.find('unknown', 15)).toBeUndefined();
  });

  it('locks a session idle longer than 设置 says, keeps it, and unlocks with the password only', async () => {
    const ledger = openClocked();
    const session = await setUp(ledger);
    ledger.advance(14 * 60_000);
    expect(await ledger.call('auth.status', {}, session)).toMatchObject({ ok: true, value: { locked: false } });
    ledger.advance(14 * 60_000);
    expect(await ledger.call('lookups.get', {}, session)).toMatchObject({ ok: true });
    ledger.advance(15 * 60_000 + 1);
    expect(errorOf(await ledger.call('lookups.get', {}, session))).toEqual({
      message: '屏幕已锁定，请输入密码解锁',
      auth: 'locked',
    });
    expect(await ledger.call('auth.status', {}, session)).toMatchObject({
      ok: true,
      value: { locked: true, user: { name: '王晓红' } },
    });
    expect(errorOf(await ledger.call('auth.unlock', { password: 'wrong-pass' }, session)).fields).toEqual({
      password: '密码不正确',
    });
    expect(await ledger.call('auth.unlock', { password: ADMIN.password }, session)).toMatchObject({
      ok: true,
      value: { locked: false },
    });
    expect(await ledger.call('lookups.get', {}, session)).toMatchObject({ ok: true });

    const settings = await ledger.call('settings.get', {}, session);
    if (!settings.ok) throw new Error('settings');
    expect(
      await ledger.call('settings.save', { ...(settings.value as object), idleLockMinutes: 5 }, session),
    ).toMatchObject({ ok: true });
    ledger.advance(5 * 60_000 + 1);
    expect(errorOf(await ledger.call('registers.list', { register: 'petition' }, session)).auth).toBe('locked');
    expect(await ledger.call('auth.lock', {}, session)).toMatchObject({ ok: true, value: { locked: true } });
  });
});

describe('roles', () => {
  it('refuses a staff account every administrator action, and lets it keep the books as 登记人', async () => {
    const ledger = openClocked();
    const admin = await setUp(ledger);
    expect(await ledger.call('settings.save', SEED_SETTINGS, admin)).toMatchObject({ ok: true });
    expect(await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin)).toMatchObject({ ok: true });
    const staff = sessionOf(await login(ledger, STAFF));

    const refusals = [
      ['settings.save', SEED_SETTINGS],
      ['accounts.create', { username: 'x1', name: '某', role: 'admin', password: 'abcdefgh1' }],
      ['accounts.list', {}],
      ['recycle.purge', { register: 'petition', id: 1 }],
      ['audit.search', {}],
    ] as const;
    for (const [method, input] of refusals) {
      expect(ADMIN_METHODS.has(method)).toBe(true);
      expect(errorOf(await ledger.call(method, input, staff)).message).toBe('只有管理员可以进行此操作');
    }
    const { registered_by: _, ...unnamed } = sampleRecord(registerDef('petition'), { committeeIds: [] });
    const created = await ledger.call('registers.create', { register: 'petition', data: unnamed }, staff);
    expect(created).toMatchObject({ ok: true, value: { data: { registered_by: '李明' } } });
    const named = await ledger.call(
      'registers.create',
      { register: 'petition', data: { ...unnamed, registered_by: '王晓红' } },
      staff,
    );
    expect(named).toMatchObject({ ok: true, value: { data: { registered_by: '王晓红' } } });
  });
});

describe('refused passwords', () => {
  it('keeps the count of a wrong password given to 解锁 or 修改密码, though the call is refused', async () => {
    const ledger = openClocked();
    const session = await setUp(ledger);
    const failures = () =>
      ledger.core.ledger.sqlite.prepare("SELECT failed_attempts FROM account WHERE username = 'wangxh'").get();
    await ledger.call('auth.lock', {}, session);
    expect(errorOf(await ledger.call('auth.unlock', { password: 'wrong-pass' }, session)).message).toContain(
      '再错 4 次',
    );
    expect(failures()).toEqual({ failed_attempts: 1 });
    await ledger.call('auth.unlock', { password: ADMIN.password }, session);
    expect(failures()).toEqual({ failed_attempts: 0 });
    for (let i = 1; i <= 5; i++)
      await ledger.call('auth.changePassword', { current: 'wrong-pass', password: 'xin-mima-2026' }, session);
    expect(failures()).toEqual({ failed_attempts: 5 });
    // While the account waits, the form's 当前密码 field says so.
    const waiting = errorOf(
      await ledger.call('auth.changePassword', { current: ADMIN.password, password: 'xin-mima-2026' }, session),
    );
    expect(waiting).toEqual({ message: waiting.message, fields: { current: waiting.message } });
    expect(waiting.message).toContain('后再试');
  });
});
