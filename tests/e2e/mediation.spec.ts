import type { Page } from '@playwright/test';
import { ageOn, todayIso } from '../../src-shared/dates';
import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, comboField, committeeOption, partyBlock, textField, typeAndPick } from './helpers/fill';
import { MAN, MAN_ID, WOMAN, WOMAN_ID } from './helpers/idcards';
import { backToList, listRows, navLink, openBook, saveForm, startNewRecord } from './helpers/ui';

// 人民调解收结案登记簿: several 申请人, 身份证号 filling 出生日期 and 性别, the 卷号 the core assigns, Ctrl+S, and the
// 设置 page that the 卷号 and pick lists depend on.

const def = registerDef('mediationCase');

/** 承办调委会, 纠纷类型, 案件来源, one 被申请人 and 纠纷简要情况: what a case needs besides its 申请人. */
async function fillCaseBasics(page: Page, committee: string): Promise<void> {
  await chooseOption(page, page, '承办调委会', committee);
  await chooseOption(page, page, '纠纷类型', '邻里纠纷');
  await chooseOption(page, page, '案件来源', '依申请调解');
  await textField(partyBlock(page, '被申请人第1人'), '姓名').fill('李四海');
  await textField(page, '纠纷简要情况').fill('双方因宅基地边界砌墙发生争执。');
}

test('两名申请人：身份证号即时带出出生日期和性别，保存后生成卷号，列表显示两名申请人', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);

  // 受理日期 in an earlier year: the 卷号 takes its year from here, not from today.
  await textField(page, '受理日期').fill('2025-06-15');
  await fillCaseBasics(page, committeeOption());

  const first = partyBlock(page, '申请人第1人');
  await textField(first, '姓名').fill('欧阳秀英');
  await textField(first, '身份证号').fill(WOMAN_ID);
  // Filled as soon as the 18th character is typed, before any save.
  await expect(textField(first, '出生日期')).toHaveValue(WOMAN.birthDate);
  await expect(comboField(first, '性别')).toHaveValue(WOMAN.sex);
  await expect(textField(first, '年龄')).toHaveValue(String(ageOn(WOMAN.birthDate, todayIso())));

  await page.getByRole('button', { name: '添加申请人', exact: true }).click();
  const second = partyBlock(page, '申请人第2人');
  await expect(second).toBeVisible();
  // A new block starts empty: the first block's 身份证号 fills only its own block.
  await expect(textField(second, '出生日期')).toHaveValue('');
  await expect(comboField(second, '性别')).toHaveValue('');
  await textField(second, '姓名').fill('欧阳明');
  await textField(second, '身份证号').fill(MAN_ID);
  await expect(textField(second, '出生日期')).toHaveValue(MAN.birthDate);
  await expect(comboField(second, '性别')).toHaveValue(MAN.sex);
  await expect(textField(first, '出生日期')).toHaveValue(WOMAN.birthDate);

  const caseNo = textField(page, '卷号');
  await expect(caseNo).toHaveValue('');
  await saveForm(page);
  await expect(caseNo).toHaveValue('（2025）东人调字第1号');
  // What was saved comes back in the form.
  await expect(textField(partyBlock(page, '申请人第1人'), '出生日期')).toHaveValue(WOMAN.birthDate);
  await expect(comboField(partyBlock(page, '申请人第1人'), '性别')).toHaveValue(WOMAN.sex);
  await expect(comboField(partyBlock(page, '申请人第2人'), '性别')).toHaveValue(MAN.sex);

  await backToList(page, def);
  const row = listRows(page, '（2025）东人调字第1号');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('欧阳秀英、欧阳明');
  await expect(row).toContainText('李四海');
  await expect(row).toContainText('2025-06-15');
});

test('在文字栏中按 Ctrl+S 即保存', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);

  await fillCaseBasics(page, committeeOption());
  const name = textField(partyBlock(page, '申请人第1人'), '姓名');
  await name.fill('欧阳明');
  const year = (await textField(page, '受理日期').inputValue()).slice(0, 4);

  await expect(name).toBeFocused();
  await saveForm(page, () => name.press('Control+S'));
  await expect(textField(page, '卷号')).toHaveValue(`（${year}）东人调字第1号`);
  await expect(
    page.getByRole('heading', { level: 2, name: `${def.title} · 查看 / 修改记录`, exact: true }),
  ).toBeVisible();

  await backToList(page, def);
  await expect(listRows(page, '欧阳明')).toContainText(`（${year}）东人调字第1号`);
});

test('在“设置”页填写司法所、调委会和工作人员，页眉显示所名，登记案件时可选用', async ({ page, ledger }) => {
  await gotoApp(page, ledger);
  await expect(page.getByText('第一次使用', { exact: false })).toBeVisible();
  await navLink(page, '设置').click();
  await expect(page.getByRole('heading', { level: 2, name: '设置', exact: true })).toBeVisible();

  await textField(page, '司法所名称').fill('西湖镇司法所');
  // The tabs share one 保存: the office's name typed on 本所 is saved with the committees.
  await page.getByRole('tab', { name: '调委会与人员', exact: true }).click();
  await page.getByRole('button', { name: '添加调委会', exact: true }).click();
  await page.getByRole('textbox', { name: '调委会名称1', exact: true }).fill('西湖镇人民调解委员会');
  await page.getByRole('textbox', { name: '调委会简称1', exact: true }).fill('西');
  await page.getByRole('button', { name: '添加工作人员', exact: true }).click();
  await page.getByRole('textbox', { name: '工作人员姓名1', exact: true }).fill('赵敏');
  await page.getByRole('textbox', { name: '工作人员职务1', exact: true }).fill('副所长');
  await page.getByRole('button', { name: '保存', exact: true }).click();

  await expect(page.getByText('已保存', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('西湖镇司法所');
  // Saved, not just shown: a reload reads it back.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('西湖镇司法所');
  await expect(page.getByRole('textbox', { name: '调委会简称1', exact: true })).toHaveValue('西');
  await expect(page.getByRole('textbox', { name: '工作人员姓名1', exact: true })).toHaveValue('赵敏');

  // The committee and the staff member are now in the mediation form's pick lists, and the 卷号 uses 简称 西.
  await openBook(page, def);
  await startNewRecord(page, def);
  await fillCaseBasics(page, '西湖镇人民调解委员会（西）');
  await textField(partyBlock(page, '申请人第1人'), '姓名').fill('欧阳明');
  await typeAndPick(page, page, '登记人', '赵敏');
  const year = (await textField(page, '受理日期').inputValue()).slice(0, 4);
  await saveForm(page);
  await expect(textField(page, '卷号')).toHaveValue(`（${year}）西人调字第1号`);
  await expect(comboField(page, '登记人')).toHaveValue('赵敏');
});
