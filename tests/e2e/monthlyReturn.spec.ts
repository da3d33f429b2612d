import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { callApi, expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, textField } from './helpers/fill';
import { navLink, saveForm } from './helpers/ui';

// 月报 as a clerk does it: look at last month's return, see what the check says is missing, fix that case, export.

function lastMonth(): { year: number; month: number; date: string } {
  const now = new Date();
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  return { year, month, date: `${year}-${String(month).padStart(2, '0')}-10` };
}

test('月报：预览中看到缺项提示，补全案件后提示消失，导出 Excel', async ({ page, ledger }) => {
  const settings = (await seedSettingsViaApi(ledger.url)) as { committees: { id: number }[] };
  const { year, month, date } = lastMonth();
  // A settled case whose 协议形式 was never entered: the return cannot say whether it was oral or written.
  const created = await callApi<{ id: number; data: { case_no: string } }>(ledger.url, 'registers.create', {
    register: 'mediationCase',
    data: {
      committee_id: settings.committees[0]!.id,
      accept_date: date,
      dispute_type: '02',
      case_source: '依申请调解',
      summary: '邻里漏水纠纷。',
      result: '成功',
      close_date: date,
      registered_on: date,
      applicants: [{ name: '欧阳秀英' }],
      respondents: [{ name: '李四海' }],
    },
  });
  const caseNo = created.data.case_no;

  await gotoApp(page, ledger);
  await navLink(page, '月报').click();
  await expect(
    page.getByRole('heading', { name: `东河镇司法所人民调解工作情况统计表（${year}年${month}月）` }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: '人民调解工作情况统计表' });
  await expect(table.locator('tr[data-unit="合计"]')).toBeVisible();
  const checks = page.getByLabel('检查结果');
  await expect(checks).toContainText('协议形式');
  await expect(checks).toContainText(caseNo);
  await expect(page.getByRole('button', { name: '导出月报（Excel）' })).toBeDisabled();

  // Fix the case as a clerk would: open it, choose 书面协议, save, come back.
  await page.goto(`${new URL(ledger.url).origin}/#/book/mediationCase/${created.id}`);
  await chooseOption(page, page, '协议形式', '书面协议');
  await textField(page, '协议涉及金额（元）').fill('3000');
  await saveForm(page);
  await navLink(page, '月报').click();
  await expect(table.locator('tr[data-unit="合计"]')).toBeVisible();
  await expect(checks).not.toContainText(caseNo);
  await expect(checks).not.toContainText('协议形式');
  // What is left (no 典型案例 this month) is a reminder: the clerk acknowledges it and exports.
  await expect(checks).toContainText('典型案例');
  await page.getByLabel('已核对以上提示，仍要导出').check();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出月报（Excel）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it actually reads.
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    '人民调解工作情况统计表',
    '矛盾纠纷排查调处情况月报表',
    '工作情况',
  ]);
  const sheet = workbook.getWorksheet('人民调解工作情况统计表')!;
  // The title stands over the 调解情况 half (B…), the first printed page; column A is repeated on both pages.
  expect(String(sheet.getCell('B1').value)).toContain(`（${year}年${month}月）`);

  // 首页 now says last month's return went out.
  await navLink(page, '首页').click();
  await expect(page.getByTestId('return-status')).toContainText('已于');
});

test('导出登记簿：按年度导出来信来访登记簿为 Excel', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  const year = new Date().getFullYear();
  await callApi(ledger.url, 'registers.create', {
    register: 'petition',
    data: {
      visit_date: `${year}-01-15`,
      method: '来访',
      visitors: [{ name: '欧阳秀英' }],
      matter: '咨询宅基地确权',
      category: '咨询',
      receiver: '王晓红',
      registered_on: `${year}-01-15`,
    },
  });
  await gotoApp(page, ledger);
  await navLink(page, '来信来访登记簿').click();
  await page.getByRole('button', { name: '导出登记簿' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  expect(String(sheet.getCell('A1').value)).toBe(`东河镇司法所来信来访登记簿（${year}年）`);
  const text = sheet.getSheetValues().flat().map(String).join('|');
  expect(text).toContain('欧阳秀英');
  expect(text).toContain('咨询宅基地确权');
});
