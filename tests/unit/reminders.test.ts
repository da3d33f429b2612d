import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { LedgerDatabase } from '../../src-main/core/db/schema';
import { loadSubjects } from '../../src-main/core/reminders/loading';
import { listRules } from '../../src-main/core/reminders/rules';
import { registerDef, type RegisterKey } from '../../src-shared/registers';
import { reminderSentence } from '../../src-shared/reminderText';
import { defaultRules } from '../../src-shared/rules';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { createPerson, personData, reminders, type Event } from './people';
import { committeeIdsOf, sampleRecord, type SampleData } from './samples';

// Deadline reminders end to end: triggers recorded through the real API (registers.create / update), reminders read
// back through reminders.list, rules edited through rules.save. Dates are asserted literally, worked out by hand
// against resources/calendar/cn-holidays.json.

async function createCase(ledger: TestLedger, events: Event[]) {
  const settings = await seedSettings(ledger);
  const data: SampleData = {
    ...sampleRecord(registerDef('mediationCase'), { committeeIds: committeeIdsOf(settings), date: '2026-01-05' }),
    events,
  };
  const row = await ledger.call('registers.create', { register: 'mediationCase', data });
  return {
    id: row.id,
    update: (more: Event[]) =>
      ledger.call('registers.update', {
        register: 'mediationCase',
        id: row.id,
        data: { ...data, events: [...events, ...more] },
      }),
  };
}

async function createRecords(ledger: TestLedger, register: RegisterKey, date: string, count: number) {
  const settings = await seedSettings(ledger);
  for (let i = 0; i < count; i++) {
    await ledger.call('registers.create', {
      register,
      data: sampleRecord(registerDef(register), { committeeIds: committeeIdsOf(settings), date }),
    });
  }
}

/**
 * One case per enabled default rule: what triggers it (on `today`), the due date it must give, and what completes
 * it (after which that reminder is gone).
 */
interface RuleCase {
  code: string;
  today: string;
  due: string;
  /** Sets up the trigger; returns the completion. */
  trigger: (ledger: TestLedger) => Promise<() => Promise<unknown>>;
}

const personCase = (
  code: string,
  today: string,
  due: string,
  events: Event[],
  done: Event[],
  fields: SampleData = {},
): RuleCase => ({
  code,
  today,
  due,
  trigger: async (ledger) => {
    const person = await createPerson(ledger, events, fields);
    return () => person.update(done);
  },
});

/** 申请类: completed by filling the application's own 结果. */
const resultCase = (code: string, type: string, due: string): RuleCase => ({
  code,
  today: '2026-03-03',
  due,
  trigger: async (ledger) => {
    const person = await createPerson(ledger, [{ type, date: '2026-03-02' }]);
    return () =>
      ledger.call('registers.update', {
        register: 'correctionSubject',
        id: person.id,
        data: personData([{ type, date: '2026-03-02', result: '已批准' }]),
      });
  },
});

/** 审批事项 (§13) received 2026-03-02: completed by its own 报送日期. */
const approvalCase = (code: string, type: string, due: string, today = '2026-03-03'): RuleCase => ({
  code,
  today,
  due,
  trigger: async (ledger) => {
    const applied = { type, date: '2026-03-02' };
    const person = await createPerson(ledger, [], { approvals: [applied] });
    return () => person.update([], { approvals: [{ ...applied, submit_date: '2026-03-02' }] });
  },
});

const caseCase = (code: string, events: Event[], due: string, done: Event[]): RuleCase => ({
  code,
  today: '2026-03-03',
  due,
  trigger: async (ledger) => {
    const c = await createCase(ledger, events);
    return () => c.update(done);
  },
});

const END = { end_date: '2026-06-30' };

const ruleCases: RuleCase[] = [
  // 2026-03-02 is a Monday; no holidays until 清明 (04-04…04-06).
  personCase(
    'CC-01',
    '2026-03-03',
    '2026-03-05',
    [{ type: '报到（县社区矫正机构）', date: '2026-03-02' }],
    [{ type: '报到（司法所）', date: '2026-03-04' }],
  ),
  personCase(
    'CC-02',
    '2026-03-03',
    '2026-03-09',
    [{ type: '报到（司法所）', date: '2026-03-02' }],
    [{ type: '矫正小组确定', date: '2026-03-03' }],
  ),
  personCase(
    'CC-03',
    '2026-03-03',
    '2026-03-09',
    [{ type: '报到（司法所）', date: '2026-03-02' }],
    [{ type: '入矫宣告', date: '2026-03-05' }],
  ),
  personCase(
    'CC-04',
    '2026-03-03',
    '2026-03-09',
    [{ type: '入矫宣告', date: '2026-03-02' }],
    [{ type: '矫正方案制定', date: '2026-03-04' }],
  ),
  // Recurring: a later 通信联络 / 考核 / 查访 moves the due date on (checked separately below).
  personCase(
    'CC-05',
    '2026-03-03',
    '2026-03-09',
    [{ type: '通信联络', date: '2026-03-02' }],
    [{ type: '通信联络', date: '2026-03-10' }],
  ),
  personCase(
    'CC-07',
    '2026-03-11',
    '2026-04-30',
    [{ type: '月度考核', date: '2026-03-10' }],
    [{ type: '月度考核', date: '2026-04-10' }],
  ),
  personCase('CC-08', '2026-06-05', '2026-06-30', [], [{ type: '解矫教育', date: '2026-06-10' }], END),
  // 申请类 recorded as 事件记录 (ledgers from before the 审批事项) still count, done by their 结果.
  resultCase('CC-09', '外出申请', '2026-03-05'),
  approvalCase('CC-09A', '外出（七日以内）', '2026-03-02', '2026-03-02'),
  approvalCase('CC-10', '外出（七日以上）', '2026-03-05'),
  resultCase('CC-11', '会客申请', '2026-03-05'),
  resultCase('CC-12', '执行地变更申请', '2026-03-05'),
  resultCase('CC-13', '奖惩审批通过', '2026-03-09'),
  personCase('CC-14', '2026-05-10', '2026-05-20', [], [{ type: '禁止令期满告知', date: '2026-05-20' }], {
    ban_end_date: '2026-05-20',
  }),
  personCase('CC-15', '2026-05-10', '2026-05-31', [], [{ type: '期满鉴定', date: '2026-05-28' }], END),
  personCase('CC-16', '2026-06-05', '2026-06-30', [], [{ type: '解除宣告', date: '2026-06-30' }], END),
  personCase(
    'CC-17',
    '2026-03-11',
    '2026-04-30',
    [{ type: '实地查访', date: '2026-03-10' }],
    [{ type: '实地查访', date: '2026-04-10' }],
  ),
  caseCase('RM-01', [{ type: '协议生效', date: '2026-03-02' }], '2026-04-01', [
    { type: '司法确认告知', date: '2026-03-02' },
  ]),
  caseCase('RM-02', [{ type: '履行期限届满', date: '2026-03-02' }], '2026-03-17', [
    { type: '回访', date: '2026-03-10' },
  ]),
  // Office duties: done when the period has enough records (RM-04/05: 矛盾纠纷排查, MR-02: 典型案例, MR-04: 学习).
  {
    code: 'RM-04',
    today: '2026-03-10',
    due: '2026-03-15',
    trigger: async (ledger) => () => createRecords(ledger, 'disputeScreening', '2026-03-05', 1),
  },
  {
    code: 'RM-05',
    today: '2026-03-10',
    due: '2026-03-31',
    trigger: async (ledger) => () => createRecords(ledger, 'disputeScreening', '2026-02-05', 1),
  },
  {
    code: 'MR-01',
    today: '2026-03-02',
    due: '2026-03-03',
    trigger: async (ledger) => {
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
    today: '2026-03-10',
    due: '2026-03-31',
    trigger: async (ledger) => () => createRecords(ledger, 'typicalCase', '2026-03-05', 3),
  },
  {
    code: 'MR-03',
    today: '2026-03-10',
    due: '2026-03-31',
    trigger: async (ledger) => () => createRecords(ledger, 'workInfo', '2026-03-05', 2),
  },
  {
    code: 'MR-04',
    today: '2026-03-10',
    due: '2026-03-15',
    trigger: async (ledger) => () => createRecords(ledger, 'studyMeeting', '2026-03-09', 1),
  },
];

describe('defaultRules', () => {
  it('hold every rule of deadlines.md §A–§D, with its basis', () => {
    const codes = [
      ...Array.from({ length: 17 }, (_, i) => `CC-${String(i + 1).padStart(2, '0')}`),
      // 外出七日以内: the same-day form (CC-09A) besides the three-day approval (CC-09).
      'CC-09A',
      // §B: one rule per term where the handbook sets several (重点 / 一般, the index level, the years since release).
      ...['AB-01', 'AB-01A', 'AB-02', 'AB-03', 'AB-04', 'AB-05', 'AB-05A', 'AB-05B', 'AB-06', 'AB-07', 'AB-07A'],
      'AB-08',
      'AB-09',
      ...Array.from({ length: 5 }, (_, i) => `RM-0${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `MR-0${i + 1}`),
    ];
    expect(defaultRules.map((r) => r.code).sort()).toEqual(codes.sort());
    for (const rule of defaultRules) expect(rule.basis.trim(), rule.code).not.toBe('');
  });

  it('are off where the spec says 未核实 or 可只做统计', () => {
    const off = defaultRules.filter((r) => !r.enabled).map((r) => r.code);
    expect(off).toEqual(expect.arrayContaining(['CC-06', 'RM-03']));
    expect(defaultRules.find((r) => r.code === 'RM-03')?.verified).toBe(false);
  });

  it('are what a new ledger starts with (seeded by migrations 0004, 0006 and 0007)', async () => {
    const ledger = openTestLedger();
    const { rules } = await ledger.call('rules.list', {});
    expect(rules.map(({ custom, ...rule }) => ({ custom, rule }))).toEqual(
      [...defaultRules]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((rule) => ({ custom: false, rule: expect.objectContaining(rule) })),
    );
  });

  // §B's rules read only the 安置帮教对象's form: each has its case in deadlinesFromForms.test.ts.
  it('every enabled rule outside §B has a test case below', () => {
    expect(ruleCases.map((c) => c.code).sort()).toEqual(
      defaultRules
        .filter((r) => r.enabled && r.section !== 'B')
        .map((r) => r.code)
        .sort(),
    );
  });
});

/** What 首页 says for one rule of each kind (event, 申请类, date field, 期满前, recurring, office period, monthly). */
const SENTENCES: Record<string, string> = {
  'CC-03': '入矫宣告，应在3月9日前',
  'CC-05': '通信联络，并记录（每周至少 1 次），下次应在3月9日前',
  'CC-07': '月度考核，结果书面通知本人、公示、入档，下次应在4月30日前',
  'CC-09': '3 日内完成审核、批准，制发《社区矫正事项审批告知书》告知本人，应在3月5日前',
  // An 审批事项 is named before the task: a person may have several applications open.
  'CC-10':
    '外出（七日以上）申请（2026-03-02收到）：审核后填写《社区矫正对象外出审批表》、签署意见，报县社区矫正机构批准，应在3月5日前',
  'CC-14': '禁止令期满，书面告知对象，应在5月20日前',
  'CC-15': '个人总结、《社区矫正期满鉴定表》，与安置帮教衔接，应在5月31日前',
  'RM-02': '回访，填《人民调解回访记录》，应在3月17日前',
  'RM-04': '矛盾纠纷排查分析（每半月 1 次），本期应在3月15日前',
  'MR-01': '上月月报（人民调解、排查等报表）导出报送，并完成平台录入，应在3月3日前',
};

describe('each enabled rule', () => {
  for (const c of ruleCases) {
    it(`${c.code}: its trigger gives a reminder due ${c.due}; completing it removes the reminder`, async () => {
      const ledger = openTestLedger({ today: c.today });
      const complete = await c.trigger(ledger);
      const before = await reminders(ledger, c.code);
      expect(before.map((r) => r.due)).toEqual([c.due]);
      const rule = defaultRules.find((r) => r.code === c.code)!;
      expect(before[0]).toMatchObject({ basis: rule.basis });
      expect(before[0]!.task.endsWith(rule.task)).toBe(true);
      expect(before[0]!.explanation).toContain(c.due);
      if (SENTENCES[c.code]) expect(reminderSentence(before[0]!)).toBe(SENTENCES[c.code]);
      await complete();
      const after = await reminders(ledger, c.code);
      // Recurring duties come back with the next due date; every other reminder is gone.
      expect(after.map((r) => r.due).filter((d) => d === c.due)).toEqual([]);
    });
  }
});

describe('reminders', () => {
  it('报到 2026-09-29 + 5 个工作日 = 2026-10-12 across 国庆; 入矫宣告 then gives 矫正方案 5 working days later', async () => {
    const ledger = openTestLedger({ today: '2026-09-30' });
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-09-29' }]);
    const [announce] = await reminders(ledger, 'CC-03');
    expect(announce).toMatchObject({
      subject: { register: 'correctionSubject', id: person.id, name: '欧阳明' },
      task: '入矫宣告',
      due: '2026-10-12',
      daysLeft: 12,
      status: 'later',
      basis: '“报到后五个工作日内”',
    });
    expect(announce!.explanation).toContain('10月1日–7日');
    expect(announce!.explanation).toContain('2026-09-29 + 5 个工作日 = 2026-10-12');
    expect(announce!.explanation).toContain('10日（周六调休上班）');
    expect(await reminders(ledger, 'CC-04')).toEqual([]);

    // 2026-10-10 is a 调休 Saturday; the count starts the next working day: 10-12, 13, 14, 15, 16.
    await person.update([{ type: '入矫宣告', date: '2026-10-10' }]);
    expect(await reminders(ledger, 'CC-03')).toEqual([]);
    const [plan] = await reminders(ledger, 'CC-04');
    expect(plan).toMatchObject({ task: '制定矫正方案', due: '2026-10-16', daysLeft: 16, status: 'later' });
  });

  it('status follows the days left: overdue, today, within a week, later', async () => {
    const ledger = openTestLedger({ today: '2026-03-09' });
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]); // CC-03 due 03-09
    await createPerson(ledger, [{ type: '入矫宣告', date: '2026-02-02' }]); // CC-04 due 02-09
    await createPerson(ledger, [{ type: '外出申请', date: '2026-03-08' }]); // CC-09 due 03-11
    await createPerson(ledger, [], { ban_end_date: '2026-04-30' }); // CC-14 due 04-30
    const pick = async (code: string) => (await reminders(ledger, code)).map((r) => [r.due, r.daysLeft, r.status]);
    expect(await pick('CC-03')).toEqual([['2026-03-09', 0, 'today']]);
    expect(await pick('CC-04')).toEqual([['2026-02-09', -28, 'overdue']]);
    expect(await pick('CC-09')).toEqual([['2026-03-11', 2, 'week']]);
    expect(await pick('CC-14')).toEqual([['2026-04-30', 52, 'later']]);
  });

  it('recurring duties restart at the last completing event', async () => {
    const ledger = openTestLedger({ today: '2026-03-12' });
    // No 通信联络 yet: counted from 报到（司法所）.
    const person = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    expect((await reminders(ledger, 'CC-05')).map((r) => [r.due, r.status])).toEqual([['2026-03-09', 'overdue']]);
    expect((await reminders(ledger, 'CC-07')).map((r) => r.due)).toEqual(['2026-04-30']);
    await person.update([
      { type: '通信联络', date: '2026-03-11' },
      { type: '月度考核', date: '2026-04-01' },
    ]);
    expect((await reminders(ledger, 'CC-05')).map((r) => r.due)).toEqual(['2026-03-18']);
    expect((await reminders(ledger, 'CC-07')).map((r) => r.due)).toEqual(['2026-05-31']);
  });

  it('a 实地查访登记表 entry completes 实地查访 like the event does', async () => {
    const ledger = openTestLedger({ today: '2026-03-12' });
    await createPerson(ledger, [], {
      field_visits: [
        { date: '2026-03-10', place: '家庭', staff: ['王晓红', '李明'], reason: '例行查访', situation: '在家' },
      ] as unknown as string[],
    });
    expect((await reminders(ledger, 'CC-17')).map((r) => r.due)).toEqual(['2026-04-30']);
  });

  it('rules.save changes the due date, and custom marks the edited rule', async () => {
    const ledger = openTestLedger({ today: '2026-09-30' });
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-09-29' }]);
    const saved = await ledger.call('rules.save', {
      code: 'CC-03',
      offset: 3,
      unit: '工作日',
      enabled: true,
      task: '入矫宣告（本县三日）',
    });
    expect(saved).toMatchObject({
      code: 'CC-03',
      offset: 3,
      unit: '工作日',
      enabled: true,
      custom: true,
      basis: '“报到后五个工作日内”',
    });
    const [r] = await reminders(ledger, 'CC-03');
    // 09-30, 10-08, 10-09.
    expect(r).toMatchObject({ due: '2026-10-09', task: '入矫宣告（本县三日）' });
    const { rules } = await ledger.call('rules.list', {});
    expect(rules.find((x) => x.code === 'CC-03')).toMatchObject({ offset: 3, custom: true });
    expect(rules.find((x) => x.code === 'CC-04')).toMatchObject({ offset: 5, custom: false });

    await ledger.call('rules.save', { code: 'CC-03', offset: 10, unit: '自然日', enabled: true, task: '入矫宣告' });
    expect((await reminders(ledger, 'CC-03')).map((x) => x.due)).toEqual(['2026-10-09']);
    await ledger.call('rules.save', { code: 'CC-03', offset: 1, unit: '月', enabled: true, task: '入矫宣告' });
    expect((await reminders(ledger, 'CC-03')).map((x) => x.due)).toEqual(['2026-10-29']);
  });

  it('rules.save rejects unknown codes and bad offsets in Chinese', async () => {
    const ledger = openTestLedger();
    expect(
      (await ledger.fail('rules.save', { code: 'XX-99', offset: 1, unit: '自然日', enabled: true, task: '某事' }))
        .message,
    ).toBe('规则不存在');
    expect(
      (await ledger.fail('rules.save', { code: 'CC-03', offset: -1, unit: '工作日', enabled: true, task: '入矫宣告' }))
        .message,
    ).toContain('工作日期限不能为负数');
    expect(
      (await ledger.fail('rules.save', { code: 'CC-03', offset: 1.5, unit: '工作日', enabled: true, task: '入矫宣告' }))
        .message,
    ).toContain('期限应为整数');
    expect(
      (await ledger.fail('rules.save', { code: 'CC-03', offset: 1, unit: '年', enabled: true, task: '入矫宣告' }))
        .message,
    ).toContain('期限单位');
    expect(
      (await ledger.fail('rules.save', { code: 'CC-03', offset: 1, unit: '自然日', enabled: true, task: ' ' })).message,
    ).toContain('请填写要做的事');
  });

  it('rules.save sets 过期后不再提醒: past due + N days the reminder is gone; emptied it is back; left out it stays', async () => {
    let today = '2026-11-26';
    const ledger = openTestLedger({ today: () => today });
    const settings = await seedSettings(ledger);
    // 协议签订日期 2026-10-20: RM-01 due 2026-11-19.
    await ledger.call('registers.create', {
      register: 'mediationCase',
      data: {
        ...sampleRecord(registerDef('mediationCase'), { committeeIds: committeeIdsOf(settings), date: '2026-10-20' }),
        agreement_date: '2026-10-20',
        events: [],
      },
    });
    const stopOf = async () =>
      (await ledger.call('rules.list', {})).rules.find((r) => r.code === 'RM-01')!.stopAfterDays;
    const save = (stopAfterDays?: number | null) =>
      ledger.call('rules.save', {
        code: 'RM-01',
        offset: 30,
        unit: '自然日',
        enabled: true,
        task: '告知当事人可在 30 日内共同申请司法确认',
        ...(stopAfterDays === undefined ? {} : { stopAfterDays }),
      });
    const due = async () => (await reminders(ledger, 'RM-01')).map((r) => [r.due, r.daysLeft]);

    expect(await stopOf()).toBe(7);
    expect(await due()).toEqual([['2026-11-19', -7]]);
    expect(await save(6)).toMatchObject({ code: 'RM-01', stopAfterDays: 6, custom: true });
    expect(await stopOf()).toBe(6);
    expect(await due()).toEqual([]);
    expect(await save(null)).not.toHaveProperty('stopAfterDays');
    expect(await stopOf()).toBeUndefined();
    today = '2027-06-01';
    expect(await due()).toEqual([['2026-11-19', -194]]);
    await save(194);
    expect(await due()).toEqual([['2026-11-19', -194]]);
    // Saved without it (an older caller): the setting stays as it was.
    await save();
    expect(await stopOf()).toBe(194);
    await save(193);
    expect(await due()).toEqual([]);
  });

  it('rules.save refuses 过期后不再提醒 for a standing duty, and a bad number of days, in Chinese', async () => {
    const ledger = openTestLedger();
    const attempt = (code: string, stopAfterDays: unknown) =>
      ledger.fail('rules.save', {
        code,
        offset: 1,
        unit: '自然日',
        enabled: true,
        task: '某事',
        stopAfterDays: stopAfterDays as number,
      });
    expect((await attempt('CC-17', 30)).message).toBe(
      '规则 CC-17 是定期要做的事，漏了也要补做，不能设置“过期后不再提醒”',
    );
    expect((await attempt('RM-04', 0)).message).toContain('不能设置“过期后不再提醒”');
    expect((await attempt('RM-01', -1)).message).toContain('不能为负数');
    expect((await attempt('RM-01', 2.5)).message).toContain('应为整数');
    expect((await attempt('RM-01', 400)).message).toContain('不能超过366天');
    expect((await attempt('RM-01', '七')).message).toContain('应为天数');
    // Emptying it is always allowed.
    await expect(
      ledger.call('rules.save', {
        code: 'CC-17',
        offset: 1,
        unit: '月',
        enabled: true,
        task: '实地查访',
        stopAfterDays: null,
      }),
    ).resolves.not.toHaveProperty('stopAfterDays');
  });

  it('a case whose 司法确认 window closed long ago is not even read for the reminders (过期后不再提醒 at loading)', async () => {
    const today = '2026-11-26';
    const ledger = openTestLedger({ today });
    const settings = await seedSettings(ledger);
    const kase = async (date: string, form: SampleData) => {
      const base = sampleRecord(registerDef('mediationCase'), { committeeIds: committeeIdsOf(settings), date });
      return (
        await ledger.call('registers.create', { register: 'mediationCase', data: { ...base, events: [], ...form } })
      ).id;
    };
    // RM-01 stops 7 days after 协议生效 + 30 日: started on 2026-10-20 or later it can still remind today.
    const recent = await kase('2026-10-20', { agreement_date: '2026-10-20' });
    const recentEvent = await kase('2026-10-01', { events: [{ type: '协议生效', date: '2026-10-25' }] });
    await kase('2025-06-02', { agreement_date: '2025-06-02' });
    await kase('2025-06-02', { events: [{ type: '协议生效', date: '2025-06-03' }] });
    const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: ledger.core.ledger.sqlite }) });
    const read = async () =>
      (await loadSubjects(db, 'mediationCase', today, await listRules(db))).map((s) => s.id).sort((a, b) => a - b);
    expect(await read()).toEqual([recent, recentEvent]);
    await ledger.call('rules.save', {
      code: 'RM-01',
      offset: 30,
      unit: '自然日',
      enabled: true,
      task: '告知当事人可在 30 日内共同申请司法确认',
      stopAfterDays: null,
    });
    expect(await read()).toHaveLength(4);
  });

  it('a case revisited on the form after its 履行期限届满日期 is not read for RM-02; one revisited before it is', async () => {
    const today = '2026-11-26';
    const ledger = openTestLedger({ today });
    const settings = await seedSettings(ledger);
    const kase = async (form: SampleData) => {
      const base = sampleRecord(registerDef('mediationCase'), {
        committeeIds: committeeIdsOf(settings),
        date: '2026-09-01',
      });
      return (
        await ledger.call('registers.create', { register: 'mediationCase', data: { ...base, events: [], ...form } })
      ).id;
    };
    await kase({ performance_due_date: '2026-10-01', revisit_date: '2026-10-10' });
    const early = await kase({ performance_due_date: '2026-10-01', revisit_date: '2026-09-20' });
    const unvisited = await kase({ performance_due_date: '2026-10-01' });
    // Revisited on the form, and also a later 履行期限届满 recorded as an event: read, and owes a second 回访.
    const again = await kase({
      performance_due_date: '2026-10-01',
      revisit_date: '2026-10-10',
      events: [{ type: '履行期限届满', date: '2026-11-01' }],
    });
    const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: ledger.core.ledger.sqlite }) });
    const read = (await loadSubjects(db, 'mediationCase', today, await listRules(db))).map((s) => s.id);
    expect(read.sort((a, b) => a - b)).toEqual([early, unvisited, again]);
    expect((await reminders(ledger, 'RM-02')).map((r) => [r.subject?.id, r.due])).toEqual([
      [early, '2026-10-16'],
      [unvisited, '2026-10-16'],
      [again, '2026-11-16'],
    ]);
  });

  it('disabled rules produce nothing', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createPerson(ledger, [
      { type: '报到（司法所）', date: '2026-03-02' },
      { type: '外出申请', date: '2026-03-02' },
    ]);
    await createCase(ledger, [{ type: '受理', date: '2026-03-02' }]);
    expect(await reminders(ledger, 'RM-03')).toEqual([]); // 未核实: off by default
    expect(await reminders(ledger, 'CC-10')).toEqual([]);
    expect(await reminders(ledger, 'CC-06')).toEqual([]);
    expect(await reminders(ledger, 'CC-03')).toHaveLength(1);
    await ledger.call('rules.save', { code: 'CC-03', offset: 5, unit: '工作日', enabled: false, task: '入矫宣告' });
    expect(await reminders(ledger, 'CC-03')).toEqual([]);
    // Switching RM-03 on makes it work: 受理 + 1 个月.
    await ledger.call('rules.save', { code: 'RM-03', offset: 1, unit: '月', enabled: true, task: '调结或说明原因' });
    expect((await reminders(ledger, 'RM-03')).map((r) => r.due)).toEqual(['2026-04-02']);
  });

  it('a trigger in a year without calendar data gives no-calendar with the Chinese message, not a date', async () => {
    const ledger = openTestLedger({ today: '2027-03-01' });
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2027-03-01' }], {
      start_date: '2027-03-01',
      end_date: '2028-02-29',
    });
    const [r] = await reminders(ledger, 'CC-03');
    expect(r).toMatchObject({ due: null, daysLeft: null, status: 'no-calendar' });
    expect(r!.explanation).toBe('2027年的节假日安排尚未录入，无法计算工作日，请在设置中录入');
    // Calendar-day rules need no holiday calendar.
    expect((await reminders(ledger, 'CC-16')).map((x) => x.due)).toEqual(['2028-02-29']);
  });

  it('deleted records and people no longer under correction produce nothing', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    const gone = await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }]);
    await createPerson(ledger, [{ type: '报到（司法所）', date: '2026-03-02' }], { state: '期满解矫' });
    const c = await createCase(ledger, [{ type: '协议生效', date: '2026-03-02' }]);
    expect(await reminders(ledger, 'CC-03')).toHaveLength(1);
    expect(await reminders(ledger, 'RM-01')).toHaveLength(1);
    await ledger.call('registers.delete', { register: 'correctionSubject', id: gone.id });
    await ledger.call('registers.delete', { register: 'mediationCase', id: c.id });
    const left = (await reminders(ledger)).filter((r) => r.subject !== null);
    expect(left).toEqual([]);
  });

  it('cases accepted more than two years ago and people released more than a year ago are left out', async () => {
    // The case was accepted 2026-01-05 (createCase); its 回访 was never recorded.
    const overdue = [{ type: '履行期限届满', date: '2026-02-01' }];
    const late = openTestLedger({ today: '2028-01-05' });
    await createCase(late, overdue);
    expect((await reminders(late, 'RM-02')).map((r) => r.due)).toEqual(['2026-02-16']);
    const later = openTestLedger({ today: '2028-01-06' });
    await createCase(later, overdue);
    expect(await reminders(later, 'RM-02')).toEqual([]);
  });

  it('a mediation case is named by its 卷号', async () => {
    const ledger = openTestLedger({ today: '2026-03-03' });
    await createCase(ledger, [{ type: '协议生效', date: '2026-03-02' }]);
    const [r] = await reminders(ledger, 'RM-01');
    expect(r!.subject?.name).toMatch(/^（2026）东人调字第\d+号$/);
  });
});
