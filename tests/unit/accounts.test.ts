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

/** A test clock and the sessions that run on it; ledgers opened on one clock share both. */
interface TestClock {
  now: number;
  sessions: SessionStore;
}

function newClock(): TestClock {
  const clock = { now: Date.parse('2026-03-02T01:00:00Z') } as TestClock;
  clock.sessions = new SessionStore(() => clock.now);
  return clock;
}

function openClocked(dir = tempDir(), clock = newClock()): Clocked {
  const core = createCore(dir, { log: () => {}, sessions: clock.sessions, now: () => new Date(clock.now) });
  const ledger: Clocked = {
    core,
    dir,
    advance: (ms) => (clock.now += ms),
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

describe('sessions and the ledger they were started on', () => {
  it('a restore ends every session, the restoring administrator’s too; each logs in again to the restored ledger', async () => {
    const ledger = openClocked();
    const admin = await setUp(ledger);
    expect(await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin)).toMatchObject({ ok: true });
    const backup = await ledger.call('backups.create', {}, admin);
    const file = backup.ok ? (backup.value as { file: string }).file : '';
    const staff = sessionOf(await login(ledger, STAFF));
    expect(await ledger.call('lookups.get', {}, staff)).toMatchObject({ ok: true });

    // The transport is told to forget the administrator's session, as after 退出登录.
    expect(await ledger.call('backups.restore', { file }, admin)).toMatchObject({ ok: true, session: null });
    for (const before of [admin, staff]) {
      expect(errorOf(await ledger.call('lookups.get', {}, before))).toEqual({ message: '请先登录', auth: 'login' });
      expect(await ledger.call('auth.status', {}, before)).toMatchObject({ ok: true, value: { user: null } });
    }
    const again = sessionOf(await login(ledger, ADMIN));
    expect(await ledger.call('lookups.get', {}, again)).toMatchObject({ ok: true });
    expect(await ledger.call('backups.undoRestore', {}, again)).toMatchObject({ ok: true, session: null });
    expect(errorOf(await ledger.call('lookups.get', {}, again)).auth).toBe('login');
  });

  it('keeps a session to the account it was started for, even where another account has the same number', async () => {
    // Two ledgers and one store of sessions: account 2 is 李明 in one and 王五 in the other, as the same number can
    // be someone else after a restore or in another office's file.
    const clock = newClock();
    const open = () => openClocked(tempDir(), clock);
    const here = open();
    const there = open();
    for (const [ledger, staff] of [
      [here, STAFF],
      [there, { username: 'wangwu', name: '王五', password: 'wangwu-2026!' }],
    ] as const) {
      const admin = await setUp(ledger);
      expect(await ledger.call('accounts.create', { ...staff, role: 'staff' }, admin)).toMatchObject({
        ok: true,
        value: { id: 2 },
      });
    }
    const liming = sessionOf(await login(here, STAFF));
    expect(await here.call('auth.status', {}, liming)).toMatchObject({ value: { user: { name: '李明' } } });

    expect(await there.call('auth.status', {}, liming)).toMatchObject({ ok: true, value: { user: null } });
    expect(errorOf(await there.call('lookups.get', {}, liming))).toEqual({ message: '请重新登录', auth: 'login' });
    // Ended, not just refused.
    expect(errorOf(await here.call('lookups.get', {}, liming))).toEqual({ message: '请先登录', auth: 'login' });
  });
});

describe('the log of who came and went', () => {
  it('records logins, failed logins (the name tried, never the password), locks, unlocks and logouts', async () => {
    const ledger = openClocked();
    const admin = await setUp(ledger);
    expect(await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin)).toMatchObject({ ok: true });
    const staff = sessionOf(await login(ledger, STAFF));
    await login(ledger, { ...STAFF, password: 'wrong-pass-1' });
    await login(ledger, { username: 'nobody', password: 'secret-guess' });
    await ledger.call('auth.lock', {}, staff);
    await ledger.call('auth.unlock', { password: 'wrong-pass-2' }, staff);
    await ledger.call('auth.unlock', { password: STAFF.password }, staff);
    // Idle past 设置's 15 minutes: the core notices at the next call and logs it …
    ledger.advance(16 * 60_000);
    expect(errorOf(await ledger.call('lookups.get', {}, staff)).auth).toBe('locked');
    // … so the window's own idle lock, arriving after, adds nothing.
    await ledger.call('auth.lock', { idle: true }, staff);
    await ledger.call('auth.unlock', { password: STAFF.password }, staff);
    // The window locked itself first.
    ledger.advance(14 * 60_000);
    await ledger.call('auth.lock', { idle: true }, staff);
    await ledger.call('auth.unlock', { password: STAFF.password }, staff);
    await ledger.call('auth.logout', {}, staff);

    const rows = ledger.core.ledger.sqlite
      .prepare('SELECT account_id, user_name, action, summary FROM audit_log ORDER BY id')
      .all() as { account_id: number | null; user_name: string; action: string; summary: string }[];
    expect(rows.map((r) => [r.account_id, r.user_name, r.action, r.summary])).toEqual([
      [1, '王晓红', 'account', '首次使用：创建管理员账号 wangxh（王晓红）'],
      [1, '王晓红', 'account', '新建账号 liming（李明）'],
      [2, '李明', 'login', ''],
      [null, '（未登录）', 'loginFailed', '用户名“liming”：密码不正确（连续第 1 次）'],
      [null, '（未登录）', 'loginFailed', '用户名“nobody”：没有这个用户名'],
      [2, '李明', 'lock', ''],
      [2, '李明', 'unlockFailed', '密码不正确（连续第 2 次）'],
      [2, '李明', 'unlock', ''],
      [2, '李明', 'lock', '无操作超过 15 分钟，自动锁屏'],
      [2, '李明', 'unlock', ''],
      [2, '李明', 'lock', '无操作超过 15 分钟，自动锁屏'],
      [2, '李明', 'unlock', ''],
      [2, '李明', 'logout', ''],
    ]);
    const text = JSON.stringify(ledger.core.ledger.sqlite.prepare('SELECT * FROM audit_log').all());
    for (const password of ['wrong-pass', 'secret-guess', STAFF.password, ADMIN.password])
      expect(text).not.toContain(password);
    // The 操作日志 page finds them by action (the administrator, idle all this while, logs in again).
    const again = sessionOf(await login(ledger, ADMIN));
    const failed = await ledger.call('audit.search', { action: 'loginFailed' }, again);
    expect(failed).toMatchObject({ ok: true, value: { total: 2 } });
  });

  it('records a refused login of a locked-out or stopped account, with the lockout count still kept', async () => {
    const ledger = openClocked();
    const admin = await setUp(ledger);
    const created = await ledger.call('accounts.create', { ...STAFF, role: 'staff' }, admin);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    for (let i = 0; i < 5; i++) await login(ledger, { ...STAFF, password: 'wrong-pass' });
    expect(errorOf(await login(ledger, STAFF)).message).toContain('后再试');
    ledger.advance(31_000);
    await ledger.call('accounts.update', { id, name: '李明', role: 'staff', active: false }, admin);
    expect(errorOf(await login(ledger, STAFF)).message).toBe('该账号已停用，请联系管理员');
    const summaries = (
      ledger.core.ledger.sqlite
        .prepare("SELECT summary FROM audit_log WHERE action = 'loginFailed' ORDER BY id")
        .all() as { summary: string }[]
    ).map((row) => row.summary);
    expect(summaries).toEqual([
      '用户名“liming”：密码不正确（连续第 1 次）',
      '用户名“liming”：密码不正确（连续第 2 次）',
      '用户名“liming”：密码不正确（连续第 3 次）',
      '用户名“liming”：密码不正确（连续第 4 次）',
      '用户名“liming”：密码不正确（连续第 5 次，暂停登录）',
      '用户名“liming”：暂停登录期间再试（密码连续输错次数过多，请 30 秒后再试）',
      '用户名“liming”：账号已停用',
    ]);
  });
});
