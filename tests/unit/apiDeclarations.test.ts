import { describe, expect, it } from 'vitest';
import { apiAreas, apiMethods } from '../../src-shared/api';
import { ADMIN_METHODS, LOCKED_METHODS, PUBLIC_METHODS, RECOVERY_METHODS } from '../../src-shared/permissions';
import { implementations } from '../../src-main/core/api';

// Who may call what is read from the declarations: these lists pin it, so a declaration changed by mistake shows here.

describe('API declarations', () => {
  it('declares each method in one area only, and the core implements exactly those', () => {
    const declared = apiAreas.flatMap((area) => Object.keys(area));
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared.sort()).toEqual(Object.keys(apiMethods).sort());
    expect(Object.keys(implementations).sort()).toEqual(Object.keys(apiMethods).sort());
  });

  it('lets only setup, login and the status calls through before login', () => {
    expect([...PUBLIC_METHODS].sort()).toEqual(['app.status', 'auth.login', 'auth.setup', 'auth.status']);
  });

  it('lets a locked session only unlock, lock, leave or ask its status', () => {
    expect([...LOCKED_METHODS].sort()).toEqual(['auth.lock', 'auth.logout', 'auth.status', 'auth.unlock']);
  });

  it('keeps accounts, settings, rules, the calendar, purging, the audit search and backups for the administrator', () => {
    expect([...ADMIN_METHODS].sort()).toEqual(
      [
        'settings.save',
        'rules.save',
        'rules.create',
        'rules.delete',
        'calendar.saveYear',
        'calendar.removeYear',
        'recycle.purge',
        'accounts.list',
        'accounts.create',
        'accounts.update',
        'accounts.resetPassword',
        'audit.search',
        'backups.list',
        'backups.create',
        'backups.saveAs',
        'backups.restore',
        'backups.undoRestore',
        'app.enterRecovery',
      ].sort(),
    );
  });

  it('answers only app.status without regard to who asks, as every window polls it', () => {
    expect(Object.keys(apiMethods).filter((name) => apiMethods[name as keyof typeof apiMethods].polled)).toEqual([
      'app.status',
    ]);
  });

  it('offers only what restoring needs on the recovery screen', () => {
    expect([...RECOVERY_METHODS].sort()).toEqual(['app.status', 'backups.list', 'backups.restore']);
  });

  it('runs backups and recovery on the file, auth on the login path', () => {
    const runs = (mode: string) =>
      Object.entries(apiMethods)
        .filter(([, m]) => m.run === mode)
        .map(([name]) => name)
        .sort();
    expect(runs('file')).toEqual(
      Object.keys(apiMethods)
        .filter((m) => /^(app|backups)\./.test(m))
        .sort(),
    );
    expect(runs('auth')).toEqual(
      Object.keys(apiMethods)
        .filter((m) => m.startsWith('auth.'))
        .sort(),
    );
  });
});
