import type { Locator, Page } from '@playwright/test';
import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, comboField, committeeOption, partyBlock, textField, typeAndPick } from './helpers/fill';
import { MAN, WOMAN, WOMAN_ID, wrongCheckDigitId } from './helpers/idcards';
import {
  backToList,
  leaveUnsaved,
  expectEmptyList,
  listRows,
  openBook,
  saveExpectingErrors,
  saveForm,
  startNewRecord,
} from './helpers/ui';

// A form that does not pass the shared schema shows why next to the field and saves nothing.

const petition = registerDef('petition');
const mediationCase = registerDef('mediationCase');
const mediator = registerDef('mediator');

const CHECK_DIGIT_ERROR = '身份证号码校验位错误';

/** The page's main area, where the form is: the notifications, which repeat the messages, sit outside it. */
function form(page: Page): Locator {
  return page.getByRole('main');
}

/** The list of every reason above a form that was not saved (each message again, as a link to its field). */
function errorSummary(page: Page): Locator {
  return page.getByRole('alert', { name: /^未保存：有 \d+ 处需要改正/ });
}

/** A message shown next to its field and again in the error summary. */
async function expectShownTwice(page: Page, message: string): Promise<void> {
  await expect(form(page).getByText(message, { exact: true })).toHaveCount(2);
  await expect(errorSummary(page).getByRole('button', { name: message, exact: true })).toBeVisible();
}

test.beforeEach(async ({ page, ledger }) => {
  // 接待人 and 承办调委会 / 所属调委会 pick from these.
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
});

test('当事人身份证号校验位错误：信息块内提示，不保存', async ({ page }) => {
  await openBook(page, petition);
  await startNewRecord(page, petition);

  const visitor = partyBlock(page, '来访人');
  await textField(visitor, '姓名').fill('欧阳明');
  const id = textField(visitor, '身份证号');
  await id.fill(wrongCheckDigitId(MAN.first17));
  await textField(page, '反映问题（来访事由）').fill('咨询土地承包合同纠纷如何处理。');
  await chooseOption(page, page, '问题类别', '咨询');
  await typeAndPick(page, page, '接待人', '王晓红');

  await saveExpectingErrors(page);
  await expect(visitor.getByText(CHECK_DIGIT_ERROR, { exact: true })).toBeVisible();
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await expect(id).toHaveAccessibleDescription(CHECK_DIGIT_ERROR);
  // An invalid number fills nothing.
  await expect(textField(visitor, '出生日期')).toHaveValue('');
  await expect(comboField(visitor, '性别')).toHaveValue('');
  await expect(page).toHaveURL(/#\/book\/petition\/new$/);

  await leaveUnsaved(page, petition);
  await expectEmptyList(page, petition);
});

test('必填栏目为空：各栏旁提示“…不能为空”，补齐后才能保存', async ({ page }) => {
  await openBook(page, petition);
  await startNewRecord(page, petition);

  await saveExpectingErrors(page);
  const matter = textField(page, '反映问题（来访事由）');
  const category = comboField(page, '问题类别');
  const receiver = comboField(page, '接待人');
  const visitorName = textField(partyBlock(page, '来访人'), '姓名');
  await expect(matter).toHaveAccessibleDescription('反映问题（来访事由）不能为空');
  await expect(category).toHaveAccessibleDescription('问题类别不能为空');
  await expect(receiver).toHaveAccessibleDescription('接待人不能为空');
  await expect(visitorName).toHaveAccessibleDescription('姓名（名称）不能为空');
  await expect(partyBlock(page, '来访人').getByText('姓名（名称）不能为空', { exact: true })).toBeVisible();
  // Fields with a value (来信/来访日期 starts as today) are not flagged.
  await expect(textField(page, '来信/来访日期')).not.toHaveAttribute('aria-invalid', 'true');

  // Each message goes as soon as its field is filled.
  await matter.fill('反映邻居占用公共通道。');
  await expect(matter).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form(page).getByText('反映问题（来访事由）不能为空', { exact: true })).toBeHidden();
  await chooseOption(page, page, '问题类别', '纠纷');
  await typeAndPick(page, page, '接待人', '王晓红');
  await visitorName.fill('欧阳明');
  await expect(form(page).getByText(/不能为空$/)).toHaveCount(0);

  await saveForm(page);
  await backToList(page, petition);
  await expect(listRows(page, '欧阳明')).toHaveCount(1);
});

test('结案日期早于受理日期：结案日期旁提示，不保存', async ({ page }) => {
  await openBook(page, mediationCase);
  await startNewRecord(page, mediationCase);

  await chooseOption(page, page, '承办调委会', committeeOption());
  await textField(page, '受理日期').fill('2026-03-10');
  await chooseOption(page, page, '纠纷类型', '婚姻家庭纠纷');
  await chooseOption(page, page, '案件来源', '主动调解');
  await textField(partyBlock(page, '申请人第1人'), '姓名').fill('欧阳明');
  await textField(partyBlock(page, '被申请人第1人'), '姓名').fill('李四海');
  await textField(page, '纠纷简要情况').fill('夫妻因家庭琐事争吵。');
  await chooseOption(page, page, '调解结果', '成功');
  const closeDate = textField(page, '结案日期');
  await closeDate.fill('2026-03-01');

  await saveExpectingErrors(page);
  await expect(closeDate).toHaveAccessibleDescription('结案日期不能早于受理日期');
  await expectShownTwice(page, '结案日期不能早于受理日期');
  await expect(textField(page, '卷号')).toHaveValue('');

  await leaveUnsaved(page, mediationCase);
  await expectEmptyList(page, mediationCase);
});

test('人民调解员花名册：身份证号校验位错误时提示并不保存', async ({ page }) => {
  await openBook(page, mediator);
  await startNewRecord(page, mediator);

  await chooseOption(page, page, '所属调委会', committeeOption());
  await textField(page, '姓名').fill('欧阳明');
  const id = textField(page, '身份证号');
  await id.fill(wrongCheckDigitId(WOMAN.first17));
  await chooseOption(page, page, '性别', '女');
  await chooseOption(page, page, '调委会职务', '调解员');

  await saveExpectingErrors(page);
  await expect(id).toHaveAccessibleDescription(CHECK_DIGIT_ERROR);
  await expectShownTwice(page, CHECK_DIGIT_ERROR);
  await expect(textField(page, '出生日期')).toHaveValue('');

  await leaveUnsaved(page, mediator);
  await expectEmptyList(page, mediator);
});

test('人民调解员花名册：有效身份证号即时带出出生日期和性别', async ({ page }) => {
  await openBook(page, mediator);
  await startNewRecord(page, mediator);

  await chooseOption(page, page, '所属调委会', committeeOption());
  await textField(page, '姓名').fill('欧阳秀英');
  await expect(comboField(page, '性别')).toHaveValue('');
  await textField(page, '身份证号').fill(WOMAN_ID);
  await expect(textField(page, '出生日期')).toHaveValue(WOMAN.birthDate);
  await expect(comboField(page, '性别')).toHaveValue(WOMAN.sex);
  await chooseOption(page, page, '调委会职务', '委员');

  await saveForm(page);
  await expect(textField(page, '出生日期')).toHaveValue(WOMAN.birthDate);
  await expect(comboField(page, '性别')).toHaveValue(WOMAN.sex);
  await backToList(page, mediator);
  const row = listRows(page, '欧阳秀英');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: WOMAN.sex, exact: true })).toBeVisible();
});
