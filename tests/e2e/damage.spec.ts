import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAVING_STOPPED } from '../../src-main/core/damageGuard';
import { registerDef } from '../../src-shared/registers';
import { damageIndexEntry } from '../support/damage';
import { TEST_ADMIN } from '../support/session';
import { callApi, expect, seedSettingsViaApi, sessionFor, startServer, stopServer, test } from './fixtures';
import { fillRequired } from './helpers/fill';
import { logIn, navLink, openBook, startNewRecord } from './helpers/ui';

// Damage made while the app was closed, of a kind the start does not see (quick_check does not compare an index with
// its table): the app opens as usual, and as soon as the start-up copy's full check has found it, every page shows a
// red banner that cannot be closed, saving is refused, and the administrator is offered the recovery screen.

test.use({ autoLogin: false });

const MARKER = '损坏标记QQQQ';
const def = registerDef('studyMeeting');
const STAFF = { name: '李明', username: 'liming', password: 'keyuan-2026' };

function meeting(topic: string) {
  return {
    register: 'studyMeeting',
    data: { meeting_date: '2025-03-01', meeting_type: '政治学习', topic, registered_on: '2025-03-01' },
  };
}

interface Listing {
  backups: { verification: { ok: boolean; pending?: boolean } }[];
}

test('关闭期间损坏的数据文件：启动备份检查出后，各页面显示红色横幅、停止保存，管理员可进入恢复页面恢复', async ({
  page,
}, testInfo) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-damage-'));
  try {
    // A session's work, a checked backup of it, and a clean close.
    const first = await startServer(dataDir);
    await seedSettingsViaApi(first.url);
    await callApi(first.url, 'registers.create', meeting(MARKER));
    await callApi(first.url, 'accounts.create', { ...STAFF, role: 'staff' });
    await callApi(first.url, 'backups.create', {});
    await expect
      .poll(async () => (await callApi<Listing>(first.url, 'backups.list')).backups.some((b) => b.verification.ok))
      .toBe(true);
    await stopServer(first.child);
    // While the app is closed, one index entry changes on disk.
    damageIndexEntry(path.join(dataDir, 'ledger.sqlite3'), 'study_meeting_sorted_by_topic', MARKER);

    // The start-up copy a second after start instead of twenty.
    const second = await startServer(dataDir, { LEDGER_START_BACKUP_AFTER_MS: '1000' });
    try {
      const session = await sessionFor(second.url);
      await page.addInitScript((id) => sessionStorage.setItem('ledger-session', id), session);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(second.url);
      // The start did not see it: the app opened on 首页 as usual.
      await expect(navLink(page, '首页')).toBeVisible();
      const banner = page.getByRole('alert').filter({ hasText: '数据文件已损坏，已停止保存' });
      // Found by the copy's check and reaching the open page without a reload.
      await expect(banner).toBeVisible({ timeout: 30_000 });
      await expect(banner.getByRole('button', { name: '进入恢复页面' })).toBeVisible();
      await expect(banner.getByRole('button', { name: /关闭|close/i })).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath('damage-banner-home.png') });

      // On a book's page too; what is there can still be read, but nothing more is saved.
      await openBook(page, def);
      await expect(banner).toBeVisible();
      await expect(page.getByRole('cell', { name: MARKER })).toBeVisible();
      await startNewRecord(page, def);
      await expect(banner).toBeVisible();
      await fillRequired(page, def, '损坏后录入的会议');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page.getByText(SAVING_STOPPED)).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('damage-banner-book.png') });

      // A staff member's window says the same, and to call the administrator instead of offering the recovery.
      const staffPage = await page.context().newPage();
      await staffPage.goto(second.url);
      await logIn(staffPage, STAFF);
      const staffBanner = staffPage.getByRole('alert').filter({ hasText: '数据文件已损坏，已停止保存' });
      await expect(staffBanner).toContainText('请立即停止录入，并联系管理员（所长）从备份恢复');
      await expect(staffBanner.getByRole('button')).toHaveCount(0);
      await staffPage.close();

      // The administrator goes to the recovery screen and restores the newest good copy.
      await banner.getByRole('button', { name: '进入恢复页面' }).click();
      await expect(page.getByRole('heading', { name: '司法所电子台账 · 数据恢复' })).toBeVisible();
      await expect(page.getByText(dataDir)).toBeVisible();
      await page.getByRole('button', { name: '从这个备份恢复' }).click();
      // A restore ends every session: the administrator logs in again, to the restored ledger.
      await logIn(page, TEST_ADMIN);
      await expect(navLink(page, '首页')).toBeVisible();
      await expect(banner).toHaveCount(0);
      await openBook(page, def);
      await expect(page.getByRole('cell', { name: MARKER })).toBeVisible();
      await expect(page.getByRole('cell', { name: '损坏后录入的会议' })).toHaveCount(0);
      // The damaged file is kept aside, not deleted.
      expect(fs.readdirSync(dataDir).some((name) => name.startsWith('损坏-') && name.endsWith('ledger.sqlite3'))).toBe(
        true,
      );
    } finally {
      await stopServer(second.child);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
