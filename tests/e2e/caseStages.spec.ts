import type { Page } from '@playwright/test';
import { todayIso } from '../../src-shared/dates';
import { registerDef } from '../../src-shared/registers';
import { TEST_ADMIN } from '../support/session';
import { callApi, expect, gotoApp, SEED_SETTINGS, test } from './fixtures';
import { chooseOption, comboField, committeeOption, partyBlock, textField } from './helpers/fill';
import { backToList, listRows, navLink, openBook, saveForm, startNewRecord } from './helpers/ui';

// The mediation case as the workflow it is: the form opens at 登记日期/登记人 filled with today and the person logged
// in, its stages (受理 … 立卷) in a section index that says which are filled and jumps to each, a 调解记录's 人民调解员
// picked from the case's own, people added from inside the form, and 在办 for an open case.

const def = registerDef('mediationCase');
const STAGES = ['受理', '调查', '调解', '协议', '结案', '回访', '立卷'];

/** An office whose 工作人员 list does not name the administrator: they still log in and keep the books. */
const OFFICE = { ...SEED_SETTINGS, staff: [{ name: '李明', position: '科员', active: true }] };

/** The 花名册's 人民调解员, of the office's one committee. */
async function seedOffice(url: string, mediators: readonly string[]): Promise<void> {
  await callApi(url, 'settings.save', OFFICE);
  const { committees } = await callApi<{ committees: { id: number }[] }>(url, 'lookups.get');
  for (const name of mediators) {
    await callApi(url, 'registers.create', {
      register: 'mediator',
      data: { registered_on: todayIso(), committee_id: committees[0]!.id, name, sex: '男', position: '调解员' },
    });
  }
}

const sectionIndex = (page: Page) => page.getByRole('navigation', { name: '表单目录' });
const stageButton = (page: Page, stage: string) =>
  sectionIndex(page).getByRole('button', { name: new RegExp(`^${stage}：`) });

/** What a case needs to be saved, with `mediators` chosen as the case's 人民调解员. */
async function fillAcceptance(page: Page, mediators: readonly string[]): Promise<void> {
  await chooseOption(page, page, '承办调委会', committeeOption());
  await chooseOption(page, page, '纠纷类型', '邻里纠纷');
  await chooseOption(page, page, '案件来源', '依申请调解');
  const chosen = comboField(page, '人民调解员');
  await chosen.focus();
  await chosen.press('ArrowDown');
  for (const name of mediators) await page.getByRole('option', { name, exact: true }).click();
  await chosen.press('Escape');
  await textField(partyBlock(page, '申请人第1人'), '姓名').fill('欧阳明');
  await textField(partyBlock(page, '被申请人第1人'), '姓名').fill('李四海');
  await textField(page, '纠纷简要情况').fill('双方因宅基地边界砌墙发生争执。');
}

async function shot(page: Page, name: string): Promise<void> {
  // Screenshots for looking at the form (SCREENSHOT_DIR=…); the test asserts nothing on them.
  const dir = process.env['SCREENSHOT_DIR'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

test('新案件：登记日期为今天、登记人为登录的管理员（不在工作人员名单中也可选），目录显示各阶段并可跳转', async ({
  page,
  ledger,
}) => {
  // Walks every stage of the form: three times the usual time (it takes about half a minute on an idle machine).
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(ledger.url, ['张调解']);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);

  // The form opens where the work starts: 登记日期 and 登记人 first, filled in.
  const firstInputs = page.locator('[data-field]');
  await expect(firstInputs.nth(0)).toHaveAttribute('data-field', 'registered_on');
  await expect(firstInputs.nth(1)).toHaveAttribute('data-field', 'registered_by');
  await expect(textField(page, '登记日期')).toHaveValue(todayIso());
  await expect(comboField(page, '登记人')).toHaveValue(TEST_ADMIN.name);
  // The administrator is offered in the 工作人员 pick lists beside 设置's 工作人员.
  await comboField(page, '登记人').fill('');
  await comboField(page, '登记人').click();
  await expect(page.getByRole('option', { name: TEST_ADMIN.name, exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: '李明', exact: true })).toBeVisible();
  await page.getByRole('option', { name: TEST_ADMIN.name, exact: true }).click();

  // The stages in order, the first due, the rest not reached.
  const buttons = sectionIndex(page).getByRole('button');
  const names = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(names.slice(0, STAGES.length).map((n) => n.split('：')[0])).toEqual(STAGES);
  await expect(stageButton(page, '受理')).toHaveAttribute('data-state', 'due');
  await expect(stageButton(page, '回访')).toHaveAttribute('data-state', 'ahead');
  await shot(page, 'stage-1-受理');

  // A click jumps to 回访: the next Tab is its first input; the index stays in view.
  await stageButton(page, '回访').click();
  await expect(page.locator('#section-mediationCase-回访')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(textField(page, '回访日期')).toBeFocused();
  await expect(sectionIndex(page)).toBeInViewport();
  await expect(stageButton(page, '回访')).toHaveAttribute('aria-current', 'location');
  await shot(page, 'stage-6-回访');

  // From the keyboard: Tab to the index, → along it, Enter jumps.
  await stageButton(page, '受理').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(stageButton(page, '调解')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '添加调解记录', exact: true })).toBeFocused();
  await shot(page, 'stage-3-调解');

  // Filling 受理 marks it done.
  await fillAcceptance(page, ['张调解']);
  await expect(stageButton(page, '受理')).toHaveAttribute('data-state', 'done');
  await expect(stageButton(page, '调查')).toHaveAttribute('data-state', 'due');
  for (const [n, stage] of [
    [2, '调查'],
    [4, '协议'],
    [5, '结案'],
    [7, '立卷'],
  ] as const) {
    await stageButton(page, stage).click();
    await shot(page, `stage-${n}-${stage}`);
  }
  await saveForm(page);
  await expect(comboField(page, '登记人')).toHaveValue(TEST_ADMIN.name);
});

test('调解记录的人民调解员只从本案的人民调解员中选；表单内新增调解员后即选用，已填内容不丢；未结案显示“在办”', async ({
  page,
  ledger,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(ledger.url, ['张调解', '刘调解', '陈调解']);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);
  await fillAcceptance(page, ['张调解', '刘调解']);

  // A new mediator, registered from the form: the dialog saves to the 花名册 and the name comes back chosen.
  await page.getByRole('button', { name: '新增人民调解员', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '新增人民调解员' });
  await textField(dialog, '姓名').fill('孙新人');
  await chooseOption(page, dialog, '性别', '女');
  await chooseOption(page, dialog, '调委会职务', '委员');
  await shot(page, 'dialog-新增人民调解员');
  await dialog.getByRole('button', { name: '保存并选用', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const caseMediators = page.locator('[data-field="mediators"]').first().locator('..');
  await expect(caseMediators).toContainText('孙新人');
  // Everything typed before is still there.
  await expect(textField(partyBlock(page, '申请人第1人'), '姓名')).toHaveValue('欧阳明');
  await expect(textField(page, '纠纷简要情况')).toHaveValue('双方因宅基地边界砌墙发生争执。');
  await expect(caseMediators).toContainText('张调解');

  // A 调解记录's 人民调解员 offers the case's three, not the 花名册's 陈调解.
  await page.getByRole('button', { name: '添加调解记录', exact: true }).click();
  const session = page.getByRole('group', { name: '调解记录第1条' });
  const sessionMediators = comboField(session, '人民调解员');
  await sessionMediators.focus();
  await sessionMediators.press('ArrowDown');
  const offered = await page.getByRole('option').allTextContents();
  expect(offered.sort()).toEqual(['刘调解', '孙新人', '张调解'].sort());
  await shot(page, 'session-人民调解员');
  await page.getByRole('option', { name: '刘调解', exact: true }).click();
  await sessionMediators.press('Escape');
  await textField(session, '地点').fill('村委会调解室');
  await textField(session, '事由').fill('宅基地边界');
  await textField(session, '调解记录').fill('双方陈述各自意见。');
  await chooseOption(page, session, '调解结果', '未达成协议');

  // An open case: 调解结果 reads 在办, on the record page and in the list.
  await expect(comboField(page.locator('#section-mediationCase-结案'), '调解结果')).toHaveAttribute(
    'placeholder',
    '在办',
  );
  await saveForm(page);
  await expect(comboField(session, '人民调解员')).toHaveCount(1);
  await expect(session).toContainText('刘调解');
  await backToList(page, def);
  await expect(listRows(page, '欧阳明')).toContainText('在办');
});

test('登记人旁“+ 新增”添加工作人员，回到表单即选用', async ({ page, ledger }) => {
  await seedOffice(ledger.url, []);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);
  await textField(page, '纠纷简要情况').fill('双方因宅基地边界砌墙发生争执。');
  await page.getByRole('button', { name: '新增工作人员', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: '新增工作人员' });
  await textField(dialog, '姓名').fill('周新来');
  await dialog.getByRole('button', { name: '保存并选用', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(comboField(page, '登记人')).toHaveValue('周新来');
  await expect(textField(page, '纠纷简要情况')).toHaveValue('双方因宅基地边界砌墙发生争执。');
  // Now in 设置's list, so every 工作人员 pick list offers them.
  const { staff } = await callApi<{ staff: { name: string }[] }>(ledger.url, 'lookups.get');
  expect(staff.map((s) => s.name)).toContain('周新来');
});

test('月报的填报人默认是登录的人，而不是工作人员名单的第一人', async ({ page, ledger }) => {
  await seedOffice(ledger.url, []);
  await gotoApp(page, ledger);
  await navLink(page, '月报').click();
  await expect(comboField(page, '填报人')).toHaveValue(TEST_ADMIN.name);
});
