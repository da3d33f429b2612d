import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { registerDef } from '../../src-shared/registers';
import { readDocx, tableRows } from '../support/docx';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { chooseOption, committeeOption, partyBlock, textField } from './helpers/fill';
import { openBook, saveForm, startNewRecord } from './helpers/ui';

// 生成文书 on a mediation case: a clerk enters the agreement and the 回访 through the form, then downloads the
// 协议书 and the whole 卷宗 and the files say what was entered.

const def = registerDef('mediationCase');

/** Picks a document in the 生成文书 menu (ticking 按卷宗连续编页 first when asked) and reads the download. */
async function download(page: Page, title: string, opts: { caseFilePaging?: boolean } = {}) {
  await page.getByRole('button', { name: '生成文书', exact: true }).click();
  if (opts.caseFilePaging) await page.getByRole('checkbox', { name: '按卷宗连续编页' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: title, exact: true }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  return { name: file.suggestedFilename(), ...readDocx(new Uint8Array(fs.readFileSync(await file.path()))) };
}

async function generate(page: Page, title: string): Promise<string> {
  return (await download(page, title)).text;
}

test('调解案件：录入协议和回访后，从“生成文书”下载协议书和整本卷宗', async ({ page, ledger }) => {
  // A long form and five downloads (the 卷内目录 and the piece 按卷宗连续编页 each lay the whole 卷宗 out).
  test.slow();
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);

  await textField(page, '受理日期').fill('2026-03-02');
  await chooseOption(page, page, '承办调委会', committeeOption());
  await chooseOption(page, page, '纠纷类型', '邻里纠纷');
  await chooseOption(page, page, '案件来源', '依申请调解');
  const applicant = partyBlock(page, '申请人第1人');
  await textField(applicant, '姓名').fill('欧阳秀英');
  await textField(applicant, '联系方式').fill('13962711111');
  await textField(applicant, '单位或住址').fill('东河镇新桥村三组12号');
  const respondent = partyBlock(page, '被申请人第1人');
  await textField(respondent, '姓名').fill('李四海');
  await textField(respondent, '单位或住址').fill('东河镇新桥村三组14号');
  await textField(page, '纠纷简要情况').fill('楼上卫生间漏水致楼下天花板受损，双方多次争吵。');
  await chooseOption(page, page, '调解结果', '成功');
  await chooseOption(page, page, '协议形式', '书面协议');

  await textField(page, '纠纷主要事实、争议事项').fill('李四海家卫生间防水层破损，渗水致欧阳秀英家天花板霉变。');
  await page
    .getByRole('group', { name: '协议条款', exact: true })
    .getByRole('button', { name: '添加一条', exact: true })
    .click();
  await page.getByRole('textbox', { name: '协议条款第1条' }).fill('李四海于2026年3月20日前修复卫生间防水层。');
  await page
    .getByRole('group', { name: '协议条款', exact: true })
    .getByRole('button', { name: '添加一条', exact: true })
    .click();
  await page.getByRole('textbox', { name: '协议条款第2条' }).fill('李四海赔偿欧阳秀英天花板维修费人民币叁仟元。');
  await textField(page, '履行方式、时限').fill('现金一次性支付，2026年3月31日前付清。');
  await textField(page, '协议签订日期').fill('2026-03-10');
  await textField(page, '回访日期').fill('2026-04-15');
  await chooseOption(page, page, '回访方式', '上门');
  await textField(page, '回访人').fill('陈国平');
  await textField(page, '回访情况').fill('防水层已修复，维修费已付清，双方满意。');
  await textField(page, '当事人身份证明页数').fill('3');
  await saveForm(page);
  await expect(textField(page, '卷号')).toHaveValue('（2026）东人调字第1号');

  const agreement = await generate(page, '人民调解协议书');
  for (const text of [
    '人民调解协议书',
    '（2026）东人调字第1号',
    '欧阳秀英',
    '李四海',
    '13962711111',
    '东河镇新桥村三组12号',
    '纠纷主要事实、争议事项：',
    '经调解，自愿达成如下协议：',
    '一、李四海于2026年3月20日前修复卫生间防水层。',
    '二、李四海赔偿欧阳秀英天花板维修费人民币叁仟元。',
    '履行方式、时限：',
    '本协议一式3份，当事人、人民调解委员会各持一份。',
    '当事人（签名盖章或按指印）',
    '人民调解员（签名）',
    '记录人（签名）',
    '东河镇人民调解委员会（印章）',
    '2026年3月10日',
  ]) {
    expect(agreement, text).toContain(text);
  }

  const caseFile = await generate(page, '人民调解卷宗');
  for (const text of [
    '调 解 卷 宗',
    '卷内目录',
    '人民调解申请书',
    '人民调解受理登记表',
    '人民调解当事人权利义务告知书',
    '人民调解协议书',
    '人民调解回访记录',
    '防水层已修复，维修费已付清，双方满意。',
    '经调解，自愿达成如下协议：',
    '（2026）东人调字第1号',
  ]) {
    expect(caseFile, text).toContain(text);
  }

  // The 卷内目录 lists the three pages of ID copies; the 回访记录 printed 按卷宗连续编页 starts at its 目录 page.
  const [, ...rows] = tableRows((await download(page, '卷内目录')).document)[0] ?? [];
  expect(rows.find((row) => row[1] === '当事人身份证明')?.[3]).toBe('共3页');
  const revisitPage = rows.find((row) => row[1] === '人民调解回访记录')?.[2];
  expect(Number(revisitPage)).toBeGreaterThan(3);
  const revisit = await download(page, '人民调解回访记录', { caseFilePaging: true });
  expect(revisit.name).toBe('人民调解回访记录（按卷宗编页）-欧阳秀英.docx');
  expect(revisit.document).toContain(`<w:pgNumType w:start="${revisitPage}"/>`);
});

test('缺少协议条款时，协议书在菜单中不可选，并说明缺什么', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, def);
  await startNewRecord(page, def);
  await chooseOption(page, page, '承办调委会', committeeOption());
  await chooseOption(page, page, '纠纷类型', '邻里纠纷');
  await chooseOption(page, page, '案件来源', '依申请调解');
  await textField(partyBlock(page, '申请人第1人'), '姓名').fill('欧阳秀英');
  await textField(partyBlock(page, '被申请人第1人'), '姓名').fill('李四海');
  await textField(page, '纠纷简要情况').fill('邻里漏水。');
  await saveForm(page);

  await page.getByRole('button', { name: '生成文书', exact: true }).click();
  const item = page.getByRole('menuitem', { name: /人民调解协议书/ });
  await expect(item).toBeDisabled();
  await expect(item).toContainText('协议条款');
});
