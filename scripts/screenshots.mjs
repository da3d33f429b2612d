// `npm run screenshots`: starts the web app on a throw-away data folder, fills it with a realistic month of records
// and a year behind it, and saves docs/screenshots/*.png (首页 with reminders, quotas and charts, a correction subject's
// 时间线, a book's list, a filled mediation-case form). Run after `npm run build`.
/* global document */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './ensure-chromium.mjs';

const outDir = path.resolve('docs/screenshots');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-shots-'));
const server = spawn(process.execPath, ['out/main/web.js', '--no-open', '--port', '0'], {
  env: { ...process.env, LEDGER_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let buffer = '';
  server.stdout.on('data', (chunk) => {
    buffer += chunk;
    const line = buffer.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
    if (line) resolve(line.trim());
  });
  server.on('exit', () => reject(new Error('server exited')));
});
// A failed seeding call must not leave the server running.
process.on('exit', () => server.kill());
const origin = new URL(url).origin;
const token = url.split('#token=')[1];

let session = '';
async function call(method, input) {
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ledger-token': token, 'x-ledger-session': session },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  if (result.session) session = result.session;
  return result.value;
}

// 首次使用: the 所长's account; the API calls below and the browser log in with it.
const admin = { name: '王晓红', username: 'wangxh', password: 'suozhang-2026' };
await call('auth.setup', { officeName: '东河镇司法所', county: '如东县', township: '东河镇', admin });

const now = new Date();
const ym = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
const settings = await call('settings.save', {
  officeName: '东河镇司法所',
  county: '如东县',
  township: '东河镇',
  committees: [
    { name: '东河镇人民调解委员会', shortName: '东', kind: '乡镇调委会', active: true },
    { name: '新桥村人民调解委员会', shortName: '新桥', kind: '村调委会', active: true },
  ],
  staff: [
    { name: '王晓红', position: '所长', active: true },
    { name: '李明', position: '科员', active: true },
  ],
});
const committee = settings.committees[0].id;
for (const [name, id_number, position] of [
  ['陈国平', '320623196805120018', '主任'],
  ['周玉兰', '320623197203080025', '委员'],
]) {
  await call('registers.create', {
    register: 'mediator',
    data: {
      committee_id: committee,
      name,
      id_number,
      position,
      employment: '兼职',
      political_status: '中共党员',
      phone: '13962712345',
      registered_on: `${ym}-01`,
    },
  });
}
// A year behind this month, so 首页's charts have something to show: cases of several 纠纷类型 and 来信来访 each
// month, in a fixed pattern (no randomness: the screenshots change only when the app does).
const daysAgo = (n) => new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
const monthDay = (back, dayOfMonth) => {
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() - back, dayOfMonth));
  return d.toISOString().slice(0, 10);
};
// Oldest first, so 卷号 run in date order as a clerk would have entered them.
const people = [
  '赵建华',
  '钱秀兰',
  '孙国强',
  '李桂英',
  '周志明',
  '吴玉梅',
  '郑海涛',
  '冯丽娟',
  '陈德明',
  '褚春燕',
  '卫永刚',
];
const person = (back, i) => people[(back * 3 + i) % people.length];
const pastTypes = ['02', '01', '02', '10', '03', '14', '01', '02', '07', '06', '02'];
for (let back = 11; back >= 1; back--) {
  for (let i = 0; i < 2 + ((back * 7) % 5); i++) {
    const d = monthDay(back, 3 + i * 4);
    await call('registers.create', {
      register: 'mediationCase',
      data: {
        committee_id: committee,
        accept_date: d,
        dispute_type: pastTypes[(back + i) % pastTypes.length],
        case_source: '依申请调解',
        summary: '双方因琐事发生争执，申请调解。',
        mediators: ['陈国平'],
        registered_on: d,
        registered_by: '王晓红',
        applicants: [{ name: person(back, i) }],
        respondents: [{ name: person(back, i + 5) }],
        result: '成功',
        agreement_form: '口头协议',
        close_date: d,
      },
    });
  }
  for (let i = 0; i < 1 + ((back * 3) % 4); i++) {
    const d = monthDay(back, 5 + i * 5);
    await call('registers.create', {
      register: 'petition',
      data: {
        visit_date: d,
        method: i % 3 === 2 ? '来信' : i % 3 === 1 ? '来电' : '来访',
        visitors: [{ name: person(back, i + 2) }],
        matter: '反映邻里纠纷',
        category: '纠纷',
        receiver: '李明',
        handling: '当场答复',
        registered_on: d,
      },
    });
  }
}
const cases = [
  ['张建国', '李红梅', '02', '相邻房屋漏水引发纠纷，双方多次争吵。', '成功', 500000],
  ['王秀英', '赵大勇', '01', '离婚后子女抚养费给付纠纷。', '成功', 1200000],
  ['孙志强', '东河镇宏达建材厂', '10', '拖欠三个月工资共计一万八千元。', '成功', 1800000],
  ['刘桂芳', '钱卫东', '07', '承包地边界争议。', '不成功', null],
  ['吴海燕', '郑小军', '14', '电动车与行人碰撞，医疗费赔偿争议。', null, null],
];
let day = 2;
for (const [applicant, respondent, type, summary, result, amount] of cases) {
  const d = `${ym}-${String(day++).padStart(2, '0')}`;
  await call('registers.create', {
    register: 'mediationCase',
    data: {
      committee_id: committee,
      accept_date: d,
      dispute_type: type,
      case_source: '依申请调解',
      summary,
      mediators: ['陈国平'],
      registered_on: d,
      registered_by: '王晓红',
      applicants: [
        {
          name: applicant,
          id_number: applicant === '张建国' ? '320623197006150039' : null,
          phone: '13812345678',
          address: '东河镇新桥村',
        },
      ],
      respondents: [
        { kind: respondent.endsWith('厂') ? '法人或其他组织' : '自然人', name: respondent, address: '东河镇' },
      ],
      ...(result ? { result, agreement_form: '书面协议', close_date: d, performance: '已履行' } : {}),
      ...(amount ? { agreement_amount: amount } : {}),
    },
  });
}
// An edit, so the first case's 修改记录 shows a change with its before and after.
const first = (await call('registers.list', { register: 'mediationCase', q: '张建国' })).rows[0];
// 卷号 and 来源 are filled in by the app, not sent back.
const { case_no: _no, source_ref: _ref, ...firstData } = first.data;
await call('registers.update', {
  register: 'mediationCase',
  id: first.id,
  data: {
    ...firstData,
    performance: '部分履行',
    // Each stage of the case filled, for the stage-by-stage screenshots of the form.
    investigations: [
      {
        date: firstData.accept_date,
        place: '新桥村村委会',
        investigator: '李明',
        subject_name: '李红梅',
        record: '问：楼上漏水从何时开始？\n答：今年九月起，卫生间顶部渗水。',
      },
    ],
    sessions: [
      {
        date: firstData.accept_date,
        place: '东河镇人民调解委员会调解室',
        matter: '相邻房屋漏水赔偿',
        mediators: '陈国平',
        record: '双方陈述后，调解员释明相邻关系的法律规定，双方同意由李红梅维修并赔偿。',
        result: '达成书面协议',
      },
    ],
    agreement_terms: ['李红梅于十日内修复卫生间防水层', '李红梅赔偿张建国维修费五千元'],
    agreement_date: firstData.accept_date,
    revisit_date: firstData.accept_date,
    revisit_method: '电话',
    revisit_by: '李明',
    revisit_content: '防水已修复，赔偿款已付一半。',
  },
});
// A subject who reported last week: 首页 shows the 入矫宣告 and other deadlines the rules derive from it.
const reported = new Date(now.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
await call('registers.create', {
  register: 'correctionSubject',
  data: {
    name: '马小兵',
    id_number: '320623198503150018',
    crime: '危险驾驶罪',
    sentence: '拘役二个月，缓刑三个月',
    category: '缓刑',
    start_date: reported,
    end_date: `${now.getFullYear() + 1}-03-01`,
    state: '在矫',
    supervision_level: '普管',
    registered_on: reported,
    events: [{ type: '报到（司法所）', date: reported }],
  },
});
await call('registers.create', {
  register: 'petition',
  data: {
    visit_date: `${ym}-03`,
    method: '来访',
    visitors: [{ name: '黄美华' }],
    matter: '咨询宅基地确权',
    category: '咨询',
    receiver: '李明',
    handling: '当场答复',
    registered_on: `${ym}-03`,
  },
});

// This month's quotas: one 典型案例 of three, one 工作信息 of two, the first half-month's 排查 done.
await call('registers.create', {
  register: 'typicalCase',
  data: {
    title: '巧解相邻房屋漏水纠纷',
    facts: '楼上住户卫生间漏水，楼下住户多次交涉未果。',
    registered_on: `${ym}-05`,
  },
});
await call('registers.create', {
  register: 'workInfo',
  data: {
    submitted_on: `${ym}-06`,
    title: '东河镇司法所开展矛盾纠纷大排查',
    kind: '工作信息',
    submitted_to: '县司法局办公室',
    adoption: '已采用',
    adopted_by: '如东司法',
    registered_on: `${ym}-06`,
  },
});
await call('registers.create', {
  register: 'disputeScreening',
  data: { screening_date: `${ym}-10`, scope: '新桥村', registered_on: `${ym}-10` },
});

// A subject half-way through the first months of correction: the 时间线 screenshot.
const timelineSubject = await call('registers.create', {
  register: 'correctionSubject',
  data: {
    name: '李卫国',
    sex: '男',
    crime: '盗窃罪',
    sentence: '有期徒刑一年，缓刑二年',
    category: '缓刑',
    start_date: daysAgo(120),
    end_date: `${now.getFullYear() + 2}-01-15`,
    state: '在矫',
    supervision_level: '普管',
    registered_on: daysAgo(120),
    events: [
      { type: '报到（县社区矫正机构）', date: daysAgo(122) },
      { type: '报到（司法所）', date: daysAgo(120) },
      { type: '矫正小组确定', date: daysAgo(118), note: '王晓红、李明、村委会委员周玉兰' },
      { type: '入矫宣告', date: daysAgo(117), note: '在司法所宣告，家属到场' },
      { type: '矫正方案制定', date: daysAgo(112) },
      { type: '月度考核', date: daysAgo(95), result: '合格' },
      { type: '外出申请', date: daysAgo(80), result: '已批准（探亲三日）', note: '赴南通市探望母亲' },
      { type: '月度考核', date: daysAgo(65), result: '合格' },
      { type: '月度考核', date: daysAgo(35), result: '表现良好' },
      { type: '通信联络', date: daysAgo(9), note: '电话联络，本人在家' },
    ],
    field_visits: [
      {
        date: daysAgo(40),
        place: '家庭',
        staff: ['王晓红', '李明'],
        reason: '例行查访',
        situation: '对象在家，表现良好，遵守监管规定。',
      },
    ],
  },
});
await call('registers.create', {
  register: 'legalPublicity',
  data: {
    activity_date: `${ym}-04`,
    location: '东河镇文化广场',
    theme: '民法典宣传月',
    forms: ['摆摊咨询', '横幅展板'],
    audience_count: 320,
    materials_count: 500,
    registered_on: `${ym}-04`,
  },
});

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=zh-CN',
  ],
  // Date inputs follow the process locale, as on a clerk's Chinese Windows.
  env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await page.goto(url);
  await page.getByRole('button', { name: '登录', exact: true }).waitFor();
  await page.getByLabel('用户名').fill(admin.username);
  await page.getByLabel('密码').fill(admin.password);
  await page.screenshot({ path: path.join(outDir, 'login.png') });
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('本月登记情况').waitFor();
  await page.getByTestId('month-count-mediationCase').getByText('5').waitFor();
  await page.getByTestId('trend-petition').locator('.recharts-bar-rectangle').first().waitFor();
  // Animations finished, so the bars are drawn at full height.
  await page.waitForTimeout(1500);
  // A window as tall as the page (not fullPage), so the navigation runs the page's whole height as on screen.
  const homeHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1440, height: homeHeight });
  await page.screenshot({ path: path.join(outDir, 'home.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(`${origin}/#/book/correctionSubject/${timelineSubject.id}`);
  const timeline = page.getByLabel('时间线');
  await timeline.getByText('待办：', { exact: false }).first().waitFor();
  // A window as tall as the page, so the fixed header does not cover the card.
  await page.setViewportSize({ width: 1440, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await timeline.screenshot({ path: path.join(outDir, 'correction-timeline.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('link', { name: '人民调解收结案登记簿' }).click();
  await page.getByText('张建国').waitFor();
  await page.screenshot({ path: path.join(outDir, 'mediation-list.png') });

  await page.getByText('张建国').click();
  await page.getByText('查看 / 修改记录').first().waitFor();
  // A window as tall as the form, so the sticky 保存 bar sits at its foot as it does on screen.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1440, height });
  await page.screenshot({ path: path.join(outDir, 'mediation-form.png') });

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: '修改记录' }).click();
  await page.getByRole('dialog', { name: '修改记录' }).getByText('履行情况').waitFor();
  await page.waitForTimeout(500); // the modal's fade-in
  await page.screenshot({ path: path.join(outDir, 'record-history.png') });
  await page.keyboard.press('Escape');

  // 操作日志 (administrator) and a roster whose 身份证号 and phones are masked in the list.
  await page.getByRole('link', { name: '操作日志' }).click();
  await page.getByRole('heading', { name: '操作日志' }).waitFor();
  await page.getByText('履行情况').waitFor();
  await page.screenshot({ path: path.join(outDir, 'audit-log.png') });
  await page.getByRole('link', { name: '人民调解员花名册' }).click();
  await page.getByText('139****2345').first().waitFor();
  await page.screenshot({ path: path.join(outDir, 'mediator-list-masked.png') });

  await screenshotsAt1366(page, first.id);
  console.log(`已保存截图到 ${outDir}`);
} finally {
  await browser.close();
  server.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/**
 * What a clerk sees on a 1366×768 laptop, one screen each (docs/screenshots/1366): 首页, a list, the mediation case
 * at each stage of its section index, each 设置 tab, 操作日志.
 */
async function screenshotsAt1366(page, caseId) {
  const dir = path.join(outDir, '1366');
  fs.mkdirSync(dir, { recursive: true });
  const shot = (name) => page.screenshot({ path: path.join(dir, `${name}.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.goto(`${origin}/#/`);
  await page.getByText('本月登记情况').waitFor();
  await page.waitForTimeout(1500);
  await shot('home');

  await page.goto(`${origin}/#/book/mediationCase`);
  await page.getByText('张建国').first().waitFor();
  await shot('list');

  await page.goto(`${origin}/#/book/mediationCase/${caseId}`);
  const index = page.getByRole('navigation', { name: '表单目录' });
  await index.waitFor();
  const stages = index.getByRole('button');
  const count = await stages.count();
  for (let i = 0; i < count; i += 1) {
    await stages.nth(i).click();
    await page.waitForTimeout(600); // the smooth scroll to the section
    await shot(`mediation-stage-${i + 1}`);
  }

  await page.goto(`${origin}/#/settings`);
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  const tabCount = await tabs.count();
  for (let i = 0; i < tabCount; i += 1) {
    await tabs.nth(i).click();
    await page.waitForTimeout(400);
    await shot(`settings-${i + 1}`);
  }

  await page.goto(`${origin}/#/audit`);
  await page.getByRole('heading', { name: '操作日志' }).waitFor();
  await page.getByText('履行情况').first().waitFor();
  await shot('audit-log');
}
