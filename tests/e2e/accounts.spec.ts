import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, test } from './fixtures';
import { comboField, fillRequired, primaryField, textField } from './helpers/fill';
import { logIn, navLink, openBook, saveForm, startNewRecord } from './helpers/ui';

// Accounts and the audit trail as a clerk meets them: 首次使用 creates the 所长's account, the 所长 adds a staff
// account, the staff member logs in, is 登记人 of what they enter, and 修改记录 shows their edit; 锁屏 keeps a
// half-typed form.

test.use({ autoLogin: false });

const SHOTS = 'test-results/screenshots';
const ADMIN = { name: '王晓红', username: 'wangxh', password: 'suozhang-2026' };
const STAFF = { name: '李明', username: 'liming', password: 'keyuan-2026' };
const def = registerDef('studyMeeting');

test('首次使用、新增工作人员账号、以工作人员登录登记，修改记录显示修改', async ({ page, ledger }) => {
  await gotoApp(page, ledger);
  await expect(page.getByText('首次使用', { exact: true })).toBeVisible();
  await textField(page, '司法所名称').fill('东河镇司法所');
  await textField(page, '姓名').fill(ADMIN.name);
  await textField(page, '用户名').fill(ADMIN.username);
  await textField(page, '密码').fill('short');
  await textField(page, '确认密码').fill('short');
  await page.getByRole('button', { name: '创建并进入' }).click();
  await expect(page.getByText('密码至少8位').first()).toBeVisible();
  await textField(page, '密码').fill(ADMIN.password);
  await textField(page, '确认密码').fill(ADMIN.password);
  await page.screenshot({ path: `${SHOTS}/setup.png` });
  await page.getByRole('button', { name: '创建并进入' }).click();

  // The 所长 is in, as administrator: 账号管理 is offered; a staff account is added.
  await expect(page.getByRole('banner').getByText(ADMIN.name)).toBeVisible();
  await navLink(page, '账号管理').click();
  await page.getByRole('button', { name: '新增账号' }).click();
  const dialog = page.getByRole('dialog', { name: '新增账号' });
  await textField(dialog, '用户名').fill(STAFF.username);
  await textField(dialog, '姓名').fill(STAFF.name);
  await textField(dialog, '初始密码').fill(STAFF.password);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: STAFF.username })).toContainText('工作人员');

  // Out, and in as the staff member (a wrong password first).
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await logIn(page, { ...STAFF, password: 'wrong-password' });
  await expect(page.getByText('用户名或密码不正确（再错 4 次将暂停登录）')).toBeVisible();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/login.png` });
  await logIn(page, STAFF);
  await expect(page.getByRole('banner').getByText(STAFF.name)).toBeVisible();
  await expect(navLink(page, '账号管理')).toHaveCount(0);
  await expect(navLink(page, '设置')).toHaveCount(0);
  await expect(navLink(page, '备份与恢复')).toHaveCount(0);

  // A record entered by the staff member names them as 登记人.
  await openBook(page, def);
  await startNewRecord(page, def);
  await fillRequired(page, def, '学习新修订的人民调解法');
  await saveForm(page);
  await expect(comboField(page, '登记人')).toHaveValue(STAFF.name);

  // 锁屏 keeps what is being typed; the password opens it again.
  const topic = textField(page, primaryField(def).label);
  await topic.fill('学习新修订的人民调解法（第二次）');
  await page.getByRole('button', { name: '锁屏' }).click();
  const lock = page.getByRole('dialog', { name: '已锁屏' });
  await textField(lock, '密码').fill('wrong-password');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByText(/密码不正确|用户名或密码不正确/)).toBeVisible();
  await textField(lock, '密码').fill(STAFF.password);
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock).toHaveCount(0);
  await expect(topic).toHaveValue('学习新修订的人民调解法（第二次）');
  await saveForm(page);

  // 修改记录: who entered it, and the edit with the field's before and after.
  await page.getByRole('button', { name: '修改记录' }).click();
  const history = page.getByRole('dialog', { name: '修改记录' });
  const rows = history.getByRole('row');
  await expect(rows.filter({ hasText: '新建' })).toContainText(STAFF.name);
  await expect(rows.filter({ hasText: '修改' })).toContainText(
    '主题（议题）：由“学习新修订的人民调解法”改为“学习新修订的人民调解法（第二次）”',
  );
  await expect(rows.filter({ hasText: '修改' })).toContainText(STAFF.name);
  await history.screenshot({ path: `${SHOTS}/record-history.png` });
});
