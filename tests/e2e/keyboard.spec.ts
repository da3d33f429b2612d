import { registerDef } from '../../src-shared/registers';
import { expect, gotoApp, seedSettingsViaApi, test } from './fixtures';
import { comboField, partyBlock, textField } from './helpers/fill';
import { KeyboardClerk } from './helpers/keyboard';
import { openBook, savedNotice } from './helpers/ui';

// A clerk's day with the keyboard alone: no click after the book is open. Dates are typed the ways clerks write
// them, options by typing their Chinese (Enter takes the match, Tab keeps an exact or only one). Each test prints
// its keystroke count, the figure the issue compares with the form before (来访 74, 调解案件 221).

const petition = registerDef('petition');
const mediation = registerDef('mediationCase');

/** Type into the focused pick list and take the match with Enter. */
async function pick(clerk: KeyboardClerk, typed: string): Promise<void> {
  await clerk.type(typed);
  await clerk.press('Enter');
}

test('键盘登记来访：日期照习惯键入，选项键入中文回车选中，Ctrl+S 保存', async ({ page, ledger }) => {
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, petition);
  const clerk = new KeyboardClerk(page);

  await clerk.press('Alt+N');
  // The form opens with the cursor in its first box still to be filled (登记日期, 登记人 and the date come filled);
  // the clerk starts once it is there, as one waits for the form to appear.
  await expect(textField(page, '时间')).toBeFocused();
  const visitDate = textField(page, '来信/来访日期');
  // 来访日期 comes filled with today; this visit was on 26 November, typed over it (Tab selects the box's text).
  await clerk.tabBackTo(visitDate);
  await clerk.type('2026/11/26');
  await clerk.tabTo(textField(partyBlock(page, '来访人'), '姓名'));
  await clerk.type('周桂兰');
  await clerk.tabTo(textField(page, '反映问题（来访事由）'));
  await clerk.type('邻里排水沟堵塞');
  await clerk.tabTo(comboField(page, '问题类别'));
  await pick(clerk, '纠纷');
  await clerk.tabTo(comboField(page, '接待人'));
  await pick(clerk, '李明');
  const noticed = savedNotice(page).waitFor({ state: 'visible' });
  await clerk.press('Control+s');
  await noticed;
  console.log(`来访（必填项）：${clerk.summary()}`);

  await page.reload();
  await expect(visitDate).toHaveValue('2026-11-26');
  await expect(textField(partyBlock(page, '来访人'), '姓名')).toHaveValue('周桂兰');
  await expect(comboField(page, '问题类别')).toHaveValue('纠纷');
  await expect(comboField(page, '接待人')).toHaveValue('李明');
});

test('键盘登记调解案件（两名申请人、一名被申请人、两条协议条款、回访），再从列表用键盘找到并回车打开', async ({
  page,
  ledger,
}) => {
  test.slow();
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, mediation);
  const clerk = new KeyboardClerk(page);

  await clerk.press('Alt+N');
  await expect(comboField(page, '承办调委会')).toBeFocused();
  await pick(clerk, '东河');
  await clerk.tabTo(textField(page, '受理日期'));
  await clerk.type('20261120');
  await clerk.tabTo(comboField(page, '纠纷类型'));
  await pick(clerk, '邻里');
  await clerk.tabTo(comboField(page, '案件来源'));
  await pick(clerk, '依申请');
  await clerk.tabTo(textField(partyBlock(page, '申请人第1人'), '姓名'));
  await clerk.type('周桂兰');
  await clerk.tabTo(page.getByRole('button', { name: '添加申请人' }));
  await clerk.press('Enter');
  // 添加申请人 puts the cursor in the new person's 姓名.
  await expect(textField(partyBlock(page, '申请人第2人'), '姓名')).toBeFocused();
  await clerk.type('周建华');
  await clerk.tabTo(textField(partyBlock(page, '被申请人第1人'), '姓名'));
  await clerk.type('张建国');
  await clerk.tabTo(textField(page, '纠纷简要情况'));
  await clerk.type('排水沟堵塞引发邻里纠纷');
  const terms = page.getByRole('textbox', { name: /协议条款/ });
  if ((await terms.count()) === 0) {
    await clerk.tabTo(
      page.getByRole('group', { name: '协议条款', exact: true }).getByRole('button', { name: '添加一条' }),
    );
    await clerk.press('Enter');
  }
  await clerk.tabTo(terms.first());
  await clerk.type('张建国疏通排水沟');
  await clerk.tabTo(
    page.getByRole('group', { name: '协议条款', exact: true }).getByRole('button', { name: '添加一条' }),
  );
  await clerk.press('Enter');
  await expect(terms.nth(1)).toBeFocused();
  await clerk.type('双方不再争执');
  await clerk.tabTo(textField(page, '协议签订日期'));
  await clerk.type('11月25日');
  await clerk.tabTo(comboField(page, '调解结果'));
  await pick(clerk, '成功');
  await clerk.tabTo(comboField(page, '协议形式'));
  await pick(clerk, '书面');
  await clerk.tabTo(textField(page, '结案日期'));
  await clerk.type('20261125');
  await clerk.tabTo(textField(page, '回访日期'));
  await clerk.type('2026年12月1日');
  await clerk.tabTo(comboField(page, '回访方式'));
  await pick(clerk, '电话');
  await clerk.tabTo(textField(page, '回访人'));
  await clerk.type('李明');
  await clerk.tabTo(textField(page, '回访情况'));
  await clerk.type('已履行，双方满意');
  const noticed = savedNotice(page).waitFor({ state: 'visible' });
  await clerk.press('Control+s');
  await noticed;
  console.log(`调解案件（两名申请人、一名被申请人、两条协议条款、回访）：${clerk.summary()}`);

  // Back to the list with the keyboard, search by the applicant's name, Tab to the row, Enter.
  // Saved, the form opens on the saved record with the cursor still where it was: Tab carries on from there.
  await expect(textField(page, '回访情况')).toBeFocused();
  const finder = new KeyboardClerk(page);
  await finder.tabTo(page.getByRole('button', { name: '返回列表' }));
  await finder.press('Enter');
  await expect(page).toHaveURL(/#\/book\/mediationCase(\?.*)?$/);
  const search = page.getByRole('textbox', { name: /搜索/ });
  // A book opens ready to search.
  await expect(search).toBeFocused();
  await finder.type('周建华');
  const row = page.getByRole('link', { name: /^打开第1条/ });
  await expect(page.getByRole('link', { name: /^打开第\d+条/ })).toHaveCount(1);
  await finder.tabTo(row);
  await finder.press('Enter');
  console.log(`从列表找到并打开：${finder.summary()}`);

  await expect(page).toHaveURL(/#\/book\/mediationCase\/\d+/);
  await expect(textField(page, '受理日期')).toHaveValue('2026-11-20');
  await expect(textField(page, '协议签订日期')).toHaveValue('2026-11-25');
  await expect(textField(page, '回访日期')).toHaveValue('2026-12-01');
  await expect(textField(page, '结案日期')).toHaveValue('2026-11-25');
  await expect(textField(partyBlock(page, '申请人第1人'), '姓名')).toHaveValue('周桂兰');
  await expect(textField(partyBlock(page, '申请人第2人'), '姓名')).toHaveValue('周建华');
  await expect(textField(partyBlock(page, '被申请人第1人'), '姓名')).toHaveValue('张建国');
  await expect(terms).toHaveCount(2);
  await expect(terms.nth(1)).toHaveValue('双方不再争执');
  await expect(comboField(page, '纠纷类型')).toHaveValue(/邻里/);
  await expect(comboField(page, '回访方式')).toHaveValue('电话');
});

test('键盘登记安置帮教对象（刑满释放、一条走访），帮教期满日期自动算出；再从时间线用键盘添加入帮评估', async ({
  page,
  ledger,
}) => {
  test.slow();
  await seedSettingsViaApi(ledger.url);
  await gotoApp(page, ledger);
  await openBook(page, registerDef('resettlement'));
  const clerk = new KeyboardClerk(page);

  await clerk.press('Alt+N');
  await expect(textField(page, '姓名')).toBeFocused();
  await clerk.type('孙某某');
  await clerk.tabTo(comboField(page, '性别'));
  await pick(clerk, '男');
  await clerk.tabTo(comboField(page, '人员类别'));
  await pick(clerk, '刑满释放');
  await clerk.tabTo(textField(page, '罪名'));
  await clerk.type('盗窃罪');
  await clerk.tabTo(textField(page, '释放（解矫）日期'));
  await clerk.type('2026/3/2');
  await clerk.tabTo(textField(page, '报到日期'));
  await clerk.type('20260304');
  await clerk.tabTo(comboField(page, '帮教类别'));
  await pick(clerk, '重点');
  await clerk.tabTo(page.getByRole('button', { name: '添加走访', exact: true }).last());
  await clerk.press('Enter');
  const visit = page.getByRole('group', { name: '走访第1条' });
  await expect(textField(visit, '走访日期')).toBeFocused();
  await clerk.type('2026-03-10');
  await clerk.tabTo(comboField(visit, '被访人'));
  await pick(clerk, '本人');
  await clerk.press('Escape');
  await clerk.tabTo(textField(visit, '走访情况'));
  await clerk.type('在家务农，思想稳定');
  await clerk.tabTo(comboField(visit, '走访人'));
  await pick(clerk, '王晓红');
  const noticed = savedNotice(page).waitFor({ state: 'visible' });
  await clerk.press('Control+s');
  await noticed;
  console.log(`安置帮教对象（一条走访）：${clerk.summary()}`);
  // 释放日期 + 5 年 − 1 日, worked out on saving.
  await expect(textField(page, '帮教期满日期')).toHaveValue('2031-03-01');

  // The 时间线's reminder 入帮评估 → 添加评估 adds the entry, the cursor in its 评估日期.
  const timeline = page.getByLabel('时间线');
  const adder = new KeyboardClerk(page);
  await adder.tabBackTo(timeline.getByRole('button', { name: '添加评估', exact: true }));
  await adder.press('Enter');
  await expect(textField(page.getByRole('group', { name: '评估第1条' }), '评估日期')).toBeFocused();
  console.log(`从时间线添加评估：${adder.summary()}`);
});
