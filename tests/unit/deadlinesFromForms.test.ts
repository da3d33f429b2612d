import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../src-main/core/db/schema';
import { loadSubjects } from '../../src-main/core/reminders/loading';
import { listRules } from '../../src-main/core/reminders/rules';
import { registerDef, type EntryData, type RegisterKey } from '../../src-shared/registers';
import { recordableEvents } from '../../src-shared/eventFields';
import { reminderSentence } from '../../src-shared/reminderText';
import { workPlace, type WorkPlace } from '../../src-shared/reminderWork';
import { defaultRules } from '../../src-shared/rules';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { createPerson, type Event } from './people';
import { assessment, createSupported, visit } from './resettlementPeople';
import { committeeIdsOf, sampleRecord, type SampleData } from './samples';

// Every rule of docs/spec/deadlines.md §A–§D as a clerk meets it: the record created through the API with only its
// form filled (no 事件记录 repeating a date the form has), the reminder found with its due date, then the work
// recorded where the form keeps it — a field, a child-list entry, another book's record — or, for what has no field
// of its own, as the event 记录事件 offers; and the reminder is gone. The table “每条规则由什么开始、由什么完成” in
// docs/deadline-rules.md says the same in words. Dates worked out by hand against resources/calendar/cn-holidays.json;
// 2026-03-02 is a Monday, no holiday until 清明.

interface RuleCase {
  code: string;
  /** What the test does, in the table's words. */
  how: string;
  today: string;
  due: string;
  /** Creates the record(s) that start the rule; returns what completes it. */
  start: (ledger: TestLedger) => Promise<() => Promise<unknown>>;
  /** A recurring duty comes back with this next due date once done. */
  next?: string;
}

/** A person with only the form's fields; `done` changes the form (fields, 实地查访) or adds events that have no field. */
const person =
  (form: SampleData, done: { fields?: SampleData; events?: Event[] }, events: Event[] = []) =>
  async (ledger: TestLedger) => {
    const p = await createPerson(ledger, events, form);
    return () => p.update(done.events ?? [], { ...form, ...done.fields });
  };

async function createCase(ledger: TestLedger, form: SampleData) {
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  const data: SampleData = {
    ...sampleRecord(registerDef('mediationCase'), { committeeIds, date: '2026-03-02' }),
    events: [],
    ...form,
  };
  const row = await ledger.call('registers.create', { register: 'mediationCase', data });
  return (changed: SampleData) =>
    ledger.call('registers.update', { register: 'mediationCase', id: row.id, data: { ...data, ...changed } });
}

/** A 安置帮教对象 with only the form's fields; `done` is the form saved again with those changed. */
const supported = (form: SampleData, done: SampleData) => async (ledger: TestLedger) => {
  const p = await createSupported(ledger, form);
  return () => p.update(done);
};

const mediation = (form: SampleData, done: SampleData) => async (ledger: TestLedger) => {
  const update = await createCase(ledger, form);
  return () => update(done);
};

async function createRecords(ledger: TestLedger, register: RegisterKey, date: string, count: number) {
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  for (let i = 0; i < count; i++)
    await ledger.call('registers.create', {
      register,
      data: sampleRecord(registerDef(register), { committeeIds, date }),
    });
}

const office =
  (register: RegisterKey, date: string, count: number) =>
  async (ledger: TestLedger): Promise<() => Promise<unknown>> =>
  () =>
    createRecords(ledger, register, date, count);

/**
 * 审批事项 (§13): the person's form holds the application — received on 2026-03-02, a Monday — and its own later date
 * or decision completes the rule: `done` is what the clerk fills in on the same entry.
 */
const approval = (
  code: string,
  how: string,
  due: string,
  entry: SampleData,
  done: SampleData,
  today = '2026-03-03',
) => ({
  code,
  how,
  today,
  due,
  start: async (ledger: TestLedger) => {
    const applied = { date: '2026-03-02', ...entry };
    const p = await createPerson(ledger, [], { approvals: [applied] });
    return () => p.update([], { approvals: [{ ...applied, ...done }] });
  },
});

const END = { end_date: '2026-06-30' };
/** A 月度考核 of April, done on the 10th. */
const ASSESSED: EntryData = { month: '2026-04', date: '2026-04-10', result: '合格' };
const TEAM = { team: '王晓红（司法所）、李明（村委会）、张芳（家属）' };
const VISIT: EntryData = {
  date: '2026-04-10',
  place: '家庭',
  staff: ['王晓红', '李明'],
  reason: '例行查访',
  situation: '在家务农，情况稳定。',
};

const ruleCases: RuleCase[] = [
  {
    code: 'CC-01',
    how: '事件“报到（县社区矫正机构）”开始；登记表“报到（接收）日期”完成',
    today: '2026-03-03',
    due: '2026-03-05',
    start: person({}, { fields: { report_date: '2026-03-04' } }, [
      { type: '报到（县社区矫正机构）', date: '2026-03-02' },
    ]),
  },
  {
    code: 'CC-02',
    how: '登记表“报到（接收）日期”开始；登记表“矫正小组成员 / 责任人”填写即完成',
    today: '2026-03-03',
    due: '2026-03-09',
    start: person({ report_date: '2026-03-02' }, { fields: TEAM }),
  },
  {
    code: 'CC-03',
    how: '登记表“报到（接收）日期”开始；事件“入矫宣告”完成',
    today: '2026-03-03',
    due: '2026-03-09',
    start: person({ report_date: '2026-03-02' }, { events: [{ type: '入矫宣告', date: '2026-03-05' }] }),
  },
  {
    code: 'CC-04',
    how: '事件“入矫宣告”开始；事件“矫正方案制定”完成',
    today: '2026-03-03',
    due: '2026-03-09',
    start: person({ report_date: '2026-03-02' }, { events: [{ type: '矫正方案制定', date: '2026-03-04' }] }, [
      { type: '入矫宣告', date: '2026-03-02' },
    ]),
  },
  {
    code: 'CC-05',
    how: '每周：从登记表“报到（接收）日期”（之后从上次通信联络）起算；事件“通信联络”完成本周',
    today: '2026-03-03',
    due: '2026-03-09',
    next: '2026-03-16',
    start: person({ report_date: '2026-03-02' }, { events: [{ type: '通信联络', date: '2026-03-09' }] }),
  },
  {
    code: 'CC-07',
    how: '每月：从登记表“报到（接收）日期”（之后从上次考核）所在月起算；登记表“月度考核”增加一条完成本月',
    today: '2026-03-11',
    due: '2026-04-30',
    next: '2026-05-31',
    start: person({ report_date: '2026-03-10' }, { fields: { assessments: [ASSESSED] } }),
  },
  {
    code: 'CC-08',
    how: '登记表“矫正终止日期”开始；事件“解矫教育”完成',
    today: '2026-06-05',
    due: '2026-06-30',
    start: person(END, { events: [{ type: '解矫教育', date: '2026-06-10' }] }),
  },
  approval(
    'CC-09',
    '审批事项“外出（七日以内）”的收到申请日期开始（3 日）；填写审批决定完成',
    '2026-03-05',
    { type: '外出（七日以内）' },
    { result: '批准', decision_date: '2026-03-04' },
  ),
  approval(
    'CC-09A',
    '审批事项“外出（七日以内）”收到申请当日；填写报送县级机构日期完成',
    '2026-03-02',
    { type: '外出（七日以内）' },
    { submit_date: '2026-03-02' },
    '2026-03-02',
  ),
  approval(
    'CC-10',
    '审批事项“外出（七日以上）”的收到申请日期开始（3 日）；填写报送县级机构日期完成',
    '2026-03-05',
    { type: '外出（七日以上）' },
    { submit_date: '2026-03-04' },
  ),
  approval(
    'CC-11',
    '审批事项“会客”的收到申请日期开始（3 日）；填写审批决定完成',
    '2026-03-05',
    { type: '会客' },
    { result: '不批准', decision_date: '2026-03-04' },
  ),
  approval(
    'CC-12',
    '审批事项“执行地变更”的收到申请日期开始（3 个工作日）；填写报送县级机构日期完成',
    '2026-03-05',
    { type: '执行地变更' },
    { submit_date: '2026-03-05' },
  ),
  approval(
    'CC-13',
    '审批事项“表扬”决定批准之日开始（5 个工作日）；填写公示开始日期完成',
    '2026-03-09',
    { type: '表扬', result: '批准', decision_date: '2026-03-02' },
    { notice_start: '2026-03-04' },
  ),
  {
    code: 'CC-14',
    how: '登记表“禁止令期满日期”开始；事件“禁止令期满告知”完成',
    today: '2026-05-10',
    due: '2026-05-20',
    start: person({ ban_end_date: '2026-05-20' }, { events: [{ type: '禁止令期满告知', date: '2026-05-20' }] }),
  },
  {
    code: 'CC-15',
    how: '登记表“矫正终止日期”前 30 日；登记表“期满鉴定”填写完成',
    today: '2026-05-10',
    due: '2026-05-31',
    start: person(END, {
      fields: { appraisal: [{ date: '2026-05-28', opinion: '矫正期间表现良好，同意期满解除。' }] },
    }),
  },
  {
    code: 'CC-16',
    how: '登记表“矫正终止日期”当日；事件“解除宣告”完成',
    today: '2026-06-05',
    due: '2026-06-30',
    start: person(END, { events: [{ type: '解除宣告', date: '2026-06-30' }] }),
  },
  {
    code: 'CC-17',
    how: '每月：从登记表“报到（接收）日期”（之后从上次查访）所在月起算；登记表“实地查访”增加一条完成本月',
    today: '2026-03-11',
    due: '2026-04-30',
    next: '2026-05-31',
    start: person({ report_date: '2026-03-10' }, { fields: { field_visits: [VISIT] } }),
  },
  {
    code: 'AB-01',
    how: '一般对象：登记表“收到预释放名单日期”开始；登记表“衔接日期”完成',
    today: '2026-03-03',
    due: '2026-04-02',
    start: supported({ notice_date: '2026-03-02' }, { handover_date: '2026-03-20' }),
  },
  {
    code: 'AB-01A',
    how: '重点对象：登记表“收到预释放名单日期”开始（5 个工作日）；登记表“衔接日期”完成',
    today: '2026-03-03',
    due: '2026-03-09',
    start: supported({ support_type: '重点', notice_date: '2026-03-02' }, { handover_date: '2026-03-05' }),
  },
  {
    code: 'AB-02',
    how: '登记表“报到日期”开始（当日）；登记表“帮教协议签订日期”完成',
    today: '2026-03-02',
    due: '2026-03-02',
    start: supported({ report_date: '2026-03-02' }, { agreement_date: '2026-03-02' }),
  },
  {
    code: 'AB-03',
    how: '登记表“报到日期”开始；登记表“建档日期”完成',
    today: '2026-03-03',
    due: '2026-03-09',
    start: supported({ report_date: '2026-03-02' }, { file_date: '2026-03-04' }),
  },
  {
    code: 'AB-04',
    how: '登记表“报到日期”开始；登记表“评估”增加一条入帮评估完成',
    today: '2026-03-03',
    due: '2026-04-02',
    start: supported({ report_date: '2026-03-02' }, { assessments: [assessment('2026-03-20', '入帮评估', '低')] }),
  },
  {
    code: 'AB-05',
    how: '登记表“评估”中的入帮评估开始；增加一条日常评估完成',
    today: '2026-03-21',
    due: '2026-06-20',
    start: supported(
      { report_date: '2026-03-02', assessments: [assessment('2026-03-20', '入帮评估')] },
      { assessments: [assessment('2026-03-20', '入帮评估'), assessment('2026-05-10', '日常评估')] },
    ),
  },
  {
    code: 'AB-05A',
    how: '低指数：从上次日常评估起每 3 个月；登记表“评估”增加一条日常评估完成这一次',
    today: '2026-03-03',
    due: '2026-06-02',
    next: '2026-08-10',
    start: supported(
      { assessments: [assessment('2026-01-20', '入帮评估', '低'), assessment('2026-03-02', '日常评估', '低')] },
      {
        assessments: [
          assessment('2026-01-20', '入帮评估', '低'),
          assessment('2026-03-02', '日常评估', '低'),
          assessment('2026-05-10', '日常评估', '低'),
        ],
      },
    ),
  },
  {
    code: 'AB-05B',
    how: '中、高指数：从上次日常评估起每半年；登记表“评估”增加一条日常评估完成这一次',
    today: '2026-03-03',
    due: '2026-09-02',
    next: '2026-11-10',
    start: supported(
      { assessments: [assessment('2026-03-02', '日常评估', '中')] },
      { assessments: [assessment('2026-03-02', '日常评估', '中'), assessment('2026-05-10', '日常评估', '高')] },
    ),
  },
  {
    code: 'AB-06',
    how: '重点对象每月：从登记表“报到日期”（之后从上次走访）所在月起算；登记表“走访”增加一条完成本月',
    today: '2026-03-11',
    due: '2026-04-30',
    next: '2026-05-31',
    start: supported({ support_type: '重点', report_date: '2026-03-10' }, { visits: [visit('2026-04-10')] }),
  },
  {
    code: 'AB-07',
    how: '一般对象前三年每季度：从登记表“报到日期”（之后从上次走访）起 3 个月；登记表“走访”增加一条完成',
    today: '2026-03-03',
    due: '2026-06-02',
    next: '2026-07-10',
    start: supported({ report_date: '2026-03-02' }, { visits: [visit('2026-04-10')] }),
  },
  {
    code: 'AB-07A',
    how: '一般对象后两年每半年：上次走访在释放后第四年起，6 个月；登记表“走访”增加一条完成',
    today: '2026-03-03',
    due: '2026-03-01',
    next: '2026-09-02',
    start: supported(
      { release_date: '2022-01-05', visits: [visit('2025-09-01')] },
      { visits: [visit('2025-09-01'), visit('2026-03-02')] },
    ),
  },
  {
    code: 'AB-08',
    how: '登记表“帮教期满日期”（系统计算）到期；登记表“解除日期”完成',
    today: '2026-03-03',
    due: '2026-03-01',
    start: supported(
      { category: '解除社区矫正', release_date: '2023-03-02' },
      { end_date: '2026-03-03', end_manner: '期满解除' },
    ),
  },
  {
    code: 'AB-09',
    how: '登记表“委托日期”开始（10 个工作日）；登记表“答复日期”完成',
    today: '2026-03-03',
    due: '2026-03-16',
    start: supported({ separation: '受委托', entrust_date: '2026-03-02' }, { entrust_reply_date: '2026-03-10' }),
  },
  {
    code: 'RM-01',
    how: '登记表“协议签订日期”开始；事件“司法确认告知”完成',
    today: '2026-03-03',
    due: '2026-04-01',
    start: mediation({ agreement_date: '2026-03-02' }, { events: [{ type: '司法确认告知', date: '2026-03-03' }] }),
  },
  {
    code: 'RM-02',
    how: '登记表“履行期限届满日期”开始；登记表“回访日期”完成',
    today: '2026-03-03',
    due: '2026-03-17',
    start: mediation({ performance_due_date: '2026-03-02' }, { revisit_date: '2026-03-10' }),
  },
  {
    code: 'RM-03',
    how: '登记表“受理日期”开始；登记表“结案日期”完成',
    today: '2026-03-03',
    due: '2026-04-02',
    start: mediation({}, { close_date: '2026-03-20' }),
  },
  {
    code: 'RM-04',
    how: '每半月；矛盾纠纷排查登记簿本期新增一条完成',
    today: '2026-03-10',
    due: '2026-03-15',
    start: office('disputeScreening', '2026-03-05', 1),
  },
  {
    code: 'RM-05',
    how: '每季度；矛盾纠纷排查登记簿本季度新增一条完成',
    today: '2026-03-10',
    due: '2026-03-31',
    start: office('disputeScreening', '2026-02-05', 1),
  },
  {
    code: 'MR-01',
    how: '每月截止日；月报页导出上月月报完成',
    today: '2026-03-02',
    due: '2026-03-03',
    start: async (ledger) => {
      await seedSettings(ledger);
      return () =>
        ledger.call('reports.export', {
          period: { kind: 'month', year: 2026, month: 2 },
          reporter: '王晓红',
          acknowledged: true,
        });
    },
  },
  {
    code: 'MR-02',
    how: '每月；典型案例登记簿本月新增到设置的篇数完成',
    today: '2026-03-10',
    due: '2026-03-31',
    start: office('typicalCase', '2026-03-05', 3),
  },
  {
    code: 'MR-03',
    how: '每月；工作信息报送登记簿本月新增两条完成',
    today: '2026-03-10',
    due: '2026-03-31',
    start: office('workInfo', '2026-03-05', 2),
  },
  {
    code: 'MR-04',
    how: '每周；学习会议登记簿本周新增一条完成',
    today: '2026-03-10',
    due: '2026-03-15',
    start: office('studyMeeting', '2026-03-09', 1),
  },
];

async function switchOn(ledger: TestLedger, code: string): Promise<void> {
  const rule = defaultRules.find((r) => r.code === code)!;
  if (rule.enabled) return;
  await ledger.call('rules.save', { code, offset: rule.offset, unit: rule.unit, enabled: true, task: rule.task });
}

async function remindersOf(ledger: TestLedger, code: string) {
  const { reminders } = await ledger.call('reminders.list', {});
  return reminders.filter((r) => r.ruleCode === code);
}

describe('every rule of deadlines.md §A–§D from the form alone', () => {
  it('has a case here, or is one the ledger cannot remind of (CC-06, MR-05, below)', () => {
    expect([...ruleCases.map((c) => c.code), 'CC-06', 'MR-05'].sort()).toEqual(defaultRules.map((r) => r.code).sort());
  });

  for (const c of ruleCases) {
    it(`${c.code}: ${c.how}; due ${c.due}`, async () => {
      const ledger = openTestLedger({ today: c.today });
      await switchOn(ledger, c.code);
      const complete = await c.start(ledger);
      expect((await remindersOf(ledger, c.code)).map((r) => r.due)).toEqual([c.due]);
      await complete();
      const after = (await remindersOf(ledger, c.code)).map((r) => r.due);
      expect(after).toEqual(c.next ? [c.next] : []);
    });
  }

  it('CC-06: 信息化核查 is statistics only — even switched on, the ledger holds no check to remind from', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await switchOn(ledger, 'CC-06');
    await createPerson(ledger, [], { report_date: '2026-03-02' });
    expect(await remindersOf(ledger, 'CC-06')).toEqual([]);
  });

  it('MR-05: 工作计划与总结 has nothing in the ledger to complete it — switched on, it stays for the month', async () => {
    const ledger = openTestLedger({ today: '2026-03-10' });
    await switchOn(ledger, 'MR-05');
    expect((await remindersOf(ledger, 'MR-05')).map((r) => r.due)).toEqual(['2026-03-31']);
  });
});

describe('a fact both in its field and as an event (ledgers from before)', () => {
  const db = (ledger: TestLedger) =>
    new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: ledger.core.ledger.sqlite }) });

  it('counts each date once: 报到 typed twice is one 报到; 实地查访 as an entry and an event on one day is one 查访', async () => {
    const ledger = openTestLedger({ today: '2026-03-11' });
    await createPerson(
      ledger,
      [
        { type: '报到（司法所）', date: '2026-03-02' },
        { type: '实地查访', date: '2026-03-10' },
        { type: '实地查访', date: '2026-02-10' },
      ],
      { report_date: '2026-03-02', field_visits: [{ ...VISIT, date: '2026-03-10' }] },
    );
    const [subject] = await loadSubjects(db(ledger), 'correctionSubject', '2026-03-11', await listRules(db(ledger)));
    const dates = (type: string) => subject!.events.filter((e) => e.type === type).map((e) => e.date);
    expect(dates('报到（司法所）')).toEqual(['2026-03-02']);
    expect(dates('实地查访').sort()).toEqual(['2026-02-10', '2026-03-10']);
    expect((await remindersOf(ledger, 'CC-03')).map((r) => r.due)).toEqual(['2026-03-09']);
  });

  it('a differing event still counts: the later of 报到 and its field starts CC-03', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-03' }], { report_date: '2026-03-02' });
    expect((await remindersOf(ledger, 'CC-03')).map((r) => r.due)).toEqual(['2026-03-10']);
  });

  it('RM-01 is also done when 司法确认 is 是: the parties who applied were told', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    const update = await createCase(ledger, { agreement_date: '2026-03-02' });
    expect((await remindersOf(ledger, 'RM-01')).map((r) => r.due)).toEqual(['2026-04-01']);
    await update({ agreement_date: '2026-03-02', judicial_confirmation: true });
    expect(await remindersOf(ledger, 'RM-01')).toEqual([]);
  });
});

describe('where a reminder sends the clerk (首页 and the 时间线)', () => {
  const person = { register: 'correctionSubject', id: 7, name: '欧阳明' } as const;
  const kase = { register: 'mediationCase', id: 9, name: '（2026）东人调字第1号' } as const;
  const released = { register: 'resettlement', id: 5, name: '秦某' } as const;
  const subjects = { correctionSubject: person, mediationCase: kase, resettlement: released, office: null };
  const placeOf = (code: string) => {
    const rule = defaultRules.find((r) => r.code === code)!;
    const subject = subjects[rule.subject];
    return workPlace({ subject, doneBy: rule.doneBy });
  };
  const expected: Record<string, WorkPlace | null> = {
    'CC-01': { kind: 'field', register: 'correctionSubject', id: 7, field: 'report_date' },
    'CC-02': { kind: 'field', register: 'correctionSubject', id: 7, field: 'team' },
    'CC-03': { kind: 'event', register: 'correctionSubject', id: 7, event: '入矫宣告' },
    'CC-07': { kind: 'field', register: 'correctionSubject', id: 7, field: 'assessments' },
    // An application's 结果 is its 审批事项's own date or decision.
    'CC-09': { kind: 'field', register: 'correctionSubject', id: 7, field: 'approvals' },
    'CC-13': { kind: 'field', register: 'correctionSubject', id: 7, field: 'approvals' },
    'CC-15': { kind: 'field', register: 'correctionSubject', id: 7, field: 'appraisal' },
    'CC-17': { kind: 'field', register: 'correctionSubject', id: 7, field: 'field_visits' },
    'AB-02': { kind: 'field', register: 'resettlement', id: 5, field: 'agreement_date' },
    'AB-04': { kind: 'field', register: 'resettlement', id: 5, field: 'assessments' },
    'AB-07': { kind: 'field', register: 'resettlement', id: 5, field: 'visits' },
    'AB-08': { kind: 'field', register: 'resettlement', id: 5, field: 'end_date' },
    'RM-01': { kind: 'event', register: 'mediationCase', id: 9, event: '司法确认告知' },
    'RM-02': { kind: 'field', register: 'mediationCase', id: 9, field: 'revisit_date' },
    'RM-03': { kind: 'field', register: 'mediationCase', id: 9, field: 'close_date' },
    'RM-04': { kind: 'new', register: 'disputeScreening' },
    'MR-01': { kind: 'return' },
    'MR-05': null,
  };
  for (const [code, place] of Object.entries(expected))
    it(`${code}: ${place ? JSON.stringify(place) : '无处可办（台账不记）'}`, () =>
      expect(placeOf(code)).toEqual(place));

  it('记录事件 offers only the events with no date of their own on the form', () => {
    expect(recordableEvents('mediationCase')).toEqual(['司法确认告知']);
    expect(recordableEvents('correctionSubject')).not.toContain('报到（司法所）');
    expect(recordableEvents('correctionSubject')).not.toContain('实地查访');
    expect(recordableEvents('correctionSubject')).toContain('入矫宣告');
    // 矫正小组成员 holds no date: the day the group was set may still be recorded.
    expect(recordableEvents('correctionSubject')).toContain('矫正小组确定');
    // A 安置帮教对象's form holds all but the 入帮教育; 拒签 holds no date, so 签订帮教协议 is its date field's.
    expect(recordableEvents('resettlement')).toEqual(['入帮教育']);
  });
});

describe('审批事项 (§13) as the rules read them', () => {
  const received = (type: string, date: string, more: EntryData = {}): EntryData => ({ type, date, ...more });

  it('names the application on 首页: which one, received when, and counts 公示 across 国庆 from the 决定日期', async () => {
    const ledger = openTestLedger({ today: '2026-09-30' });
    await createPerson(ledger, [], {
      approvals: [
        received('外出（七日以内）', '2026-09-29', { submit_date: '2026-09-29' }),
        received('表扬', '2026-09-20', { result: '批准', decision_date: '2026-09-29' }),
      ],
    });
    const [away] = await remindersOf(ledger, 'CC-09');
    expect(reminderSentence(away!)).toBe(
      '外出（七日以内）申请（2026-09-29收到）：3 日内完成审核、批准，制发《社区矫正事项审批告知书》告知本人，应在10月2日前',
    );
    expect(away!.explanation).toBe('收到申请日期 2026-09-29 + 3 日 = 2026-10-02');
    // 9月30日、10月8日、9日、10日（周六调休上班）、12日.
    const [notice] = await remindersOf(ledger, 'CC-13');
    expect(notice).toMatchObject({
      due: '2026-10-12',
      task: '表扬（2026-09-29批准）：在司法所张贴公示（公示五个工作日），登记公示开始日期',
    });
    expect(notice!.explanation).toBe(
      '决定日期 2026-09-29 + 5 个工作日 = 2026-10-12：9月30日、10月8日、9日、10日（周六调休上班）、12日；10月1日–7日国庆节放假不计',
    );
    // Already sent to the county the day it came: CC-09A has nothing to remind of.
    expect(await remindersOf(ledger, 'CC-09A')).toEqual([]);
  });

  it('counts 迁居 with 执行地变更 (CC-12, 3 working days) and keeps two applications of one day apart', async () => {
    const ledger = openTestLedger({ today: '2026-09-30' });
    const p = await createPerson(ledger, [], {
      approvals: [received('迁居', '2026-09-30'), received('执行地变更', '2026-09-30')],
    });
    // 10月8日、9日、10日（周六调休上班）.
    expect((await remindersOf(ledger, 'CC-12')).map((r) => [r.due, r.task.split('：')[0]])).toEqual([
      ['2026-10-10', '迁居申请（2026-09-30收到）'],
      ['2026-10-10', '执行地变更申请（2026-09-30收到）'],
    ]);
    await p.update([], {
      approvals: [received('迁居', '2026-09-30', { submit_date: '2026-10-08' }), received('执行地变更', '2026-09-30')],
    });
    expect((await remindersOf(ledger, 'CC-12')).map((r) => r.task.split('：')[0])).toEqual([
      '执行地变更申请（2026-09-30收到）',
    ]);
  });

  it('starts CC-13 only for a type posted after approval, once the county decided 批准', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createPerson(ledger, [], {
      approvals: [
        received('会客', '2026-03-02', { result: '批准', decision_date: '2026-03-02' }),
        received('训诫', '2026-03-02', { result: '不批准', decision_date: '2026-03-02' }),
        received('警告', '2026-03-02', { result: '批准' }),
        received('外出（七日以上）', '2026-03-01', {
          result: '批准',
          decision_date: '2026-03-02',
          submit_date: '2026-03-01',
        }),
      ],
    });
    expect((await remindersOf(ledger, 'CC-13')).map((r) => [r.due, r.task.split('：')[0]])).toEqual([
      ['2026-03-09', '外出（七日以上）（2026-03-02批准）'],
    ]);
  });

  it('an old ledger’s 事件记录 still count; one on the day of an 审批事项 of its kind is that 审批事项', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createPerson(
      ledger,
      [
        { type: '外出申请', date: '2026-03-02' },
        { type: '外出申请', date: '2026-02-27' },
        { type: '奖惩审批通过', date: '2026-03-02', result: '已公示' },
      ],
      { approvals: [received('外出（七日以内）', '2026-03-02', { result: '批准', decision_date: '2026-03-03' })] },
    );
    // 03-02's event is the 审批事项, decided; 02-27's has no 结果 and is overdue on its own.
    expect((await remindersOf(ledger, 'CC-09')).map((r) => [r.due, r.task.split('：')[0]])).toEqual([
      ['2026-03-02', '3 日内完成审核、批准，制发《社区矫正事项审批告知书》告知本人'],
    ]);
    // The approved 外出 is posted (CC-13): from its 决定日期, 03-03 + 5 working days.
    expect((await remindersOf(ledger, 'CC-13')).map((r) => r.due)).toEqual(['2026-03-10']);
  });

  it('CC-07: a 考核 counts in the month it was done, whichever month it assessed', async () => {
    const ledger = openTestLedger({ today: '2026-12-03' });
    await createPerson(ledger, [], {
      report_date: '2026-09-01',
      assessments: [{ month: '2026-11', date: '2026-12-02', result: '合格' }],
    });
    expect((await remindersOf(ledger, 'CC-07')).map((r) => [r.due, r.explanation])).toEqual([
      ['2027-01-31', '上次月度考核 2026-12-02，次月（2027年1月）月末 = 2027-01-31'],
    ]);
  });
});
