// Deadline rules as data (docs/spec/deadlines.md §A–§D). src-main/core/reminders/deadlines.ts works them
// out; the office can change offset / unit / task / enabled through rules.save, because every county's
// rules differ. `defaultRules` is what a new ledger starts with — migration 0004 seeded a literal copy of it, so
// changing this list later changes nothing in existing ledgers (add a migration for that: 0006 added §B AB-03/AB-04,
// 0019 moved them to the 安置帮教对象花名册 and added the rest of §B).

import { z } from 'zod';
import { KEY_SUPPORT, LOW_ADAPTATION, ORDINARY_SUPPORT } from './codes';
import type { EventType } from './events';
import type { RegisterKey } from './registers/types';

export const ruleUnits = ['工作日', '自然日', '周', '月'] as const;
export type RuleUnit = (typeof ruleUnits)[number];

export type RuleSubject = 'correctionSubject' | 'mediationCase' | 'resettlement' | 'office';

/**
 * What starts the clock.
 * - event: the latest event of that type recorded on the person / case;
 * - field: a date field of the record (end_date …);
 * - recurring: a standing duty; for a person the clock restarts at the last completing event (none yet: the 报到, or
 *   with `startsAfter` only once an event of that type exists, from it), for the office it is the current period
 *   (week, half-month, month, quarter);
 * - monthly: a fixed day of each month (MR-01), optionally read from a setting.
 */
export type RuleTrigger =
  | { kind: 'event'; event: EventType }
  | { kind: 'field'; field: string }
  | { kind: 'recurring'; every: '日' | '周' | '半月' | '月' | '季' | '半年'; startsAfter?: EventType }
  | { kind: 'monthly'; day: number; daySetting?: 'reportDeadlineDay' };

/**
 * What completes it.
 * - event: an event of that type on the same person / case, dated on or after the trigger;
 * - result: the trigger entry's own 结果 is filled (申请类: 审批结果, 公示情况);
 * - count: at least `count` live records of a register dated in the period (or the setting's number);
 * - export: the 月报 of the previous month was exported (report_export);
 * - none: the ledger holds nothing to check — such rules are off by default.
 */
export type RuleDoneBy =
  | { kind: 'event'; event: EventType }
  | { kind: 'result' }
  | { kind: 'count'; register: RegisterKey; count: number; countSetting?: 'typicalCaseQuota' }
  | { kind: 'export'; report: 'return' }
  | { kind: 'none' };

/**
 * Which of its subjects a rule is for, when not all: those whose field holds one of `values` (帮教类别 重点, 社会适应指数
 * 等级 低), or whose clock starts within [from, to) years after a date of theirs (一般 people's visits: quarterly in
 * the first three years after release, half-yearly after).
 */
export type RuleCondition =
  | { kind: 'value'; field: string; values: readonly string[] }
  | { kind: 'years'; field: string; from: number; to: number };

export interface DeadlineRule {
  code: string;
  section: 'A' | 'B' | 'C' | 'D';
  subject: RuleSubject;
  trigger: RuleTrigger;
  /** May be negative (期满前 30 日). Not negative for 工作日. */
  offset: number;
  unit: RuleUnit;
  task: string;
  doneBy: RuleDoneBy;
  /** 依据原文要点, verbatim from docs/spec/deadlines.md. */
  basis: string;
  enabled: boolean;
  /** False where docs/spec/deadlines.md says 【未核实】. */
  verified: boolean;
  /** Why a rule is modelled or defaulted the way it is, when not obvious. */
  note?: string;
  /** Every condition must hold for a subject to owe it; none: every subject of its kind. */
  applies?: readonly RuleCondition[];
  /**
   * 过期后不再提醒: a reminder whose due date is more than this many days past stops being shown, because doing it
   * that late is moot (the 30-day window to apply for 司法确认 has closed). Absent: reminded until done. Only for a
   * one-off deadline (canLapse): a missed 走访 or 考核 still has to be done.
   */
  stopAfterDays?: number;
}

/** custom: the office has edited or added it; seeded: it shipped with the app (may be disabled, never deleted). */
export type StoredRule = DeadlineRule & { custom: boolean; seeded: boolean };

export interface Reminder {
  ruleCode: string;
  /** null for office duties (§D, RM-04/05). */
  subject: { register: RegisterKey; id: number; name: string } | null;
  task: string;
  due: string | null;
  /** Negative = overdue by that many days. */
  daysLeft: number | null;
  status: 'overdue' | 'today' | 'week' | 'later' | 'no-calendar';
  /** A standing duty (每周联络, 每半月排查): its date is the next one, not the only one. */
  recurring: boolean;
  /** Where an office duty stands, in words (本月上半月矛盾纠纷排查登记簿已登记0条，应不少于1条); null for a person's / case's. */
  situation: string | null;
  /** What completes it (the rule's): where 首页 and the 时间线 send the clerk to do it (src-shared/reminderWork.ts). */
  doneBy: RuleDoneBy;
  /** How the date was counted (报到 2026-09-29 + 5 个工作日 = …): shown only behind 依据. */
  explanation: string;
  basis: string;
}

export type ReminderStatus = Reminder['status'];
export const reminderStatuses = [
  'overdue',
  'today',
  'week',
  'later',
  'no-calendar',
] as const satisfies readonly ReminderStatus[];

/** reminders.list: the reminders (at most `perStatus` of each status when asked) and how many there are of each. */
export interface ReminderList {
  reminders: Reminder[];
  totals: Record<ReminderStatus, number>;
}

/** The parts of a rule the office may set, shared by rules.save and rules.create. */
export const ruleOffsetSchema = z
  .number({ error: '期限应为数字' })
  .int('期限应为整数')
  .min(-366, '期限不能早于366日')
  .max(366, '期限不能超过366');
export const ruleUnitSchema = z.enum(ruleUnits, { error: '期限单位应为工作日、自然日、周或月' });
export const ruleEnabledSchema = z.boolean({ error: '“启用”应为是或否' });
export const ruleTaskSchema = z
  .string({ error: '要做的事应为文字' })
  .trim()
  .min(1, '请填写要做的事')
  .max(200, '要做的事不能超过200个字');

export const ruleStopAfterSchema = z
  .number({ error: '“过期后不再提醒”应为天数' })
  .int('“过期后不再提醒”应为整数天')
  .min(0, '“过期后不再提醒”不能为负数')
  .max(366, '“过期后不再提醒”不能超过366天');

/**
 * Whether a rule may stop reminding once long overdue: a one-off deadline counted from an event or a date may become
 * moot; a standing duty (每周联络, 每月走访, 每半月排查) missed is still owed, and its reminder is the only trace of it.
 */
export const canLapse = (rule: Pick<DeadlineRule, 'trigger' | 'subject'>): boolean =>
  rule.subject !== 'office' && (rule.trigger.kind === 'event' || rule.trigger.kind === 'field');

/** “N 个工作日前” is not a rule anyone writes (addWorkingDays refuses it). */
export const noNegativeWorkingDays = (r: { offset: number; unit: RuleUnit }) => r.unit !== '工作日' || r.offset >= 0;
export const negativeWorkingDaysIssue = { message: '工作日期限不能为负数', path: ['offset'] };

export const ruleSaveSchema = z
  .strictObject({
    code: z.string({ error: '规则编号应为文字' }).trim().min(1, '请选择规则').max(20, '规则不存在'),
    offset: ruleOffsetSchema,
    unit: ruleUnitSchema,
    enabled: ruleEnabledSchema,
    task: ruleTaskSchema,
    /** A number of days; null: reminded until done; absent: left as it is. */
    stopAfterDays: ruleStopAfterSchema.nullable().optional(),
  })
  .refine(noNegativeWorkingDays, negativeWorkingDaysIssue);

const cc = (rule: Omit<DeadlineRule, 'section' | 'subject' | 'verified'> & { verified?: boolean }): DeadlineRule => ({
  section: 'A',
  subject: 'correctionSubject',
  verified: true,
  ...rule,
});

const ab = (rule: Omit<DeadlineRule, 'section' | 'subject' | 'verified' | 'enabled'>): DeadlineRule => ({
  section: 'B',
  subject: 'resettlement',
  verified: true,
  enabled: true,
  ...rule,
});

export const defaultRules: readonly DeadlineRule[] = [
  // §A 社区矫正
  cc({
    code: 'CC-01',
    trigger: { kind: 'event', event: '报到（县社区矫正机构）' },
    offset: 3,
    unit: '工作日',
    task: '到司法所接受社区矫正（接收、建档、首次谈话）；逾期未到要立即报告并查找',
    doneBy: { kind: 'event', event: '报到（司法所）' },
    basis: '“报到后三个工作日内到受委托的司法所接受社区矫正”',
    enabled: true,
  }),
  cc({
    code: 'CC-02',
    trigger: { kind: 'event', event: '报到（司法所）' },
    offset: 5,
    unit: '工作日',
    task: '确定矫正小组（≥3 人；女性对象须有女性成员），签矫正责任书',
    doneBy: { kind: 'event', event: '矫正小组确定' },
    basis: '“建立时限。社区矫正对象报到后、入矫宣告前”',
    enabled: true,
    note: '“入矫宣告前”没有独立期限，取入矫宣告的期限（CC-03：报到后五个工作日）',
  }),
  cc({
    code: 'CC-03',
    trigger: { kind: 'event', event: '报到（司法所）' },
    offset: 5,
    unit: '工作日',
    task: '入矫宣告',
    doneBy: { kind: 'event', event: '入矫宣告' },
    basis: '“报到后五个工作日内”',
    enabled: true,
  }),
  cc({
    code: 'CC-04',
    trigger: { kind: 'event', event: '入矫宣告' },
    offset: 5,
    unit: '工作日',
    task: '制定矫正方案',
    doneBy: { kind: 'event', event: '矫正方案制定' },
    basis: '“接受入矫宣告后五个工作日内”',
    enabled: true,
  }),
  cc({
    code: 'CC-05',
    trigger: { kind: 'recurring', every: '周' },
    offset: 1,
    unit: '周',
    task: '通信联络，并记录（每周至少 1 次）',
    doneBy: { kind: 'event', event: '通信联络' },
    basis: '“通信联络：每周至少一次”',
    enabled: true,
    note: '上次通信联络（没有则到司法所报到）之日 + 1 周',
  }),
  cc({
    code: 'CC-06',
    trigger: { kind: 'recurring', every: '日' },
    offset: 0,
    unit: '自然日',
    task: '信息化核查（每天至少 2 次）',
    doneBy: { kind: 'none' },
    basis: '“信息化核查：每天至少两次”（可只做统计，不逐条提醒）',
    enabled: false,
    note: '可只做统计，不逐条提醒；台账不记录每次核查',
  }),
  cc({
    code: 'CC-07',
    trigger: { kind: 'recurring', every: '月' },
    offset: 1,
    unit: '月',
    task: '月度考核，结果书面通知本人、公示、入档',
    doneBy: { kind: 'event', event: '月度考核' },
    basis: '“每月对其考核”',
    enabled: true,
    note: '上次考核（登记表“月度考核”的考核日期；没有则到司法所报到）所在月的次月月末前完成下一次考核；“月度考核”增加一条即完成',
  }),
  cc({
    code: 'CC-08',
    trigger: { kind: 'field', field: 'end_date' },
    offset: 0,
    unit: '自然日',
    task: '解矫教育（临近解除社区矫正三十日内开展；入矫教育在接收后开展）',
    doneBy: { kind: 'event', event: '解矫教育' },
    basis: '“对接收和临近解除社区矫正三十日内的社区矫正对象，分别开展入矫和解矫教育”',
    enabled: true,
    note: '入矫教育没有期限，只提醒解矫教育：期满前三十日内开展，最迟期满当日；期满后已不是“临近解除”，过期 7 天不再提醒',
    stopAfterDays: 7,
  }),
  // CC-09…CC-13: the 审批事项 of the person's form start them on the day the application was received (or the
  // county decided) and its own later dates complete them (src-shared/eventFields.ts); an old ledger's 事件记录 of
  // those types still count, done by their 结果. docs/deadline-rules.md says which field completes which.
  cc({
    code: 'CC-09',
    trigger: { kind: 'event', event: '外出申请' },
    offset: 3,
    unit: '自然日',
    task: '3 日内完成审核、批准，制发《社区矫正事项审批告知书》告知本人',
    doneBy: { kind: 'result' },
    basis: '“一般应当在收到申请之日起三日内完成审核、批准，制发《社区矫正事项审批告知书》”',
    enabled: true,
    note: '审批事项“外出（七日以内）”从收到申请日期起算，填写审批决定（批准或不批准）即办结；批准后的公示见 CC-13',
  }),
  cc({
    code: 'CC-09A',
    trigger: { kind: 'event', event: '外出审批表报备' },
    offset: 0,
    unit: '自然日',
    task: '当日填写《社区矫正对象外出审批表》、签署审核意见，报县社区矫正机构备案',
    doneBy: { kind: 'result' },
    basis:
      '“申请外出时间在七日内的，受委托的司法所应当自收到申请材料的当日填写《社区矫正对象外出审批表》、签署审核意见，报执行地县级社区矫正机构备案”',
    enabled: true,
    note: '审批事项“外出（七日以内）”收到申请当日；填写“报送县级机构日期”即办结',
  }),
  cc({
    code: 'CC-10',
    trigger: { kind: 'event', event: '外出申请（七日以上）' },
    offset: 3,
    unit: '自然日',
    task: '审核后填写《社区矫正对象外出审批表》、签署意见，报县社区矫正机构批准',
    doneBy: { kind: 'result' },
    basis:
      '“超过七日的，由受委托的司法所审核后，报执行地县级社区矫正机构批准” “一般应当在收到申请之日起三日内完成审核、批准”',
    enabled: true,
    note: '审批事项“外出（七日以上）”“外出延期”从收到申请日期起算，填写“报送县级机构日期”即办结（批准由县级机构作出）',
  }),
  cc({
    code: 'CC-11',
    trigger: { kind: 'event', event: '会客申请' },
    offset: 3,
    unit: '自然日',
    task: '审查后填写《社区矫正对象会客审批表》报县社区矫正机构审批，会客前取得审批结果',
    doneBy: { kind: 'result' },
    basis: '“应当提前三日提出书面申请”',
    enabled: true,
    note: '对象提前 3 日申请，应在会客前（收到申请后 3 日内）审批完毕；审批事项“会客”填写审批决定即办结',
  }),
  cc({
    code: 'CC-12',
    trigger: { kind: 'event', event: '执行地变更申请' },
    offset: 3,
    unit: '工作日',
    task: '填写《社区矫正对象执行地变更审批表》（迁居：迁居审批表）并签署意见，报县社区矫正机构审批',
    doneBy: { kind: 'result' },
    basis:
      '“自收到申请材料的三个工作日内，填写《社区矫正对象执行地变更审批表》并签署意见，报执行地县级社区矫正机构审批”',
    enabled: true,
    note: '审批事项“执行地变更”“迁居”从收到申请日期起算，填写“报送县级机构日期”即办结；迁居原文为“及时审核并签署意见后报……批准”，没有天数，取执行地变更的三个工作日',
  }),
  cc({
    code: 'CC-13',
    trigger: { kind: 'event', event: '奖惩审批通过' },
    offset: 5,
    unit: '工作日',
    task: '在司法所张贴公示（公示五个工作日），登记公示开始日期',
    doneBy: { kind: 'result' },
    basis: '“审批通过的，在司法所公示五个工作日”',
    enabled: true,
    note: '需公示的审批事项（外出、迁居、执行地变更、进入特定区域、奖惩、减刑、撤销缓刑）决定“批准”后，从决定日期起 5 个工作日内张贴；填写“公示开始日期”即办结，公示结束日期按工作日历自动算出',
  }),
  cc({
    code: 'CC-14',
    trigger: { kind: 'field', field: 'ban_end_date' },
    offset: 0,
    unit: '自然日',
    task: '禁止令期满，书面告知对象',
    doneBy: { kind: 'event', event: '禁止令期满告知' },
    basis: '“在期满当日书面告知”',
    enabled: true,
  }),
  cc({
    code: 'CC-15',
    trigger: { kind: 'field', field: 'end_date' },
    offset: -30,
    unit: '自然日',
    task: '个人总结、《社区矫正期满鉴定表》，与安置帮教衔接',
    doneBy: { kind: 'event', event: '期满鉴定' },
    basis: '“在矫正期满三十日前，作出个人总结”',
    enabled: true,
    note: '登记表“期满鉴定”填写即完成',
  }),
  cc({
    code: 'CC-16',
    trigger: { kind: 'field', field: 'end_date' },
    offset: 0,
    unit: '自然日',
    task: '解除宣告',
    doneBy: { kind: 'event', event: '解除宣告' },
    basis: '“矫正期满或者被赦免当日……组织解除宣告”',
    enabled: true,
  }),
  cc({
    code: 'CC-17',
    trigger: { kind: 'recurring', every: '月' },
    offset: 1,
    unit: '月',
    task: '实地查访，二人以上，至少一名司法所专门国家工作人员（频次按管理等级，如严管每月）',
    doneBy: { kind: 'event', event: '实地查访' },
    basis: '“两名以上工作人员参与”',
    enabled: true,
    note: '默认每月一次（严管）；“实地查访”登记表中的记录也算完成',
  }),

  // §B 安置帮教 (如东手册 四(六)): rules of the 安置帮教对象花名册, started and completed by its form's dates and child
  // lists (src-shared/eventFields.ts). Where the handbook sets different terms for different people (重点 / 一般,
  // the index level, the years since release), each term is its own rule, so the office can change each in 设置.
  ab({
    code: 'AB-01',
    trigger: { kind: 'event', event: '收到预释放名单' },
    offset: 1,
    unit: '月',
    task: '向监狱反馈衔接（收到预释放人员名单后 1 个月内）',
    doneBy: { kind: 'event', event: '衔接反馈' },
    basis: '“确定衔接人员名单和衔接日期，于1个月内……向监狱反馈”',
    applies: [{ kind: 'value', field: 'support_type', values: [ORDINARY_SUPPORT] }],
    note: '一般帮教对象；登记表“收到预释放名单日期”开始，“衔接日期”完成',
  }),
  ab({
    code: 'AB-01A',
    trigger: { kind: 'event', event: '收到预释放名单' },
    offset: 5,
    unit: '工作日',
    task: '向监狱反馈衔接（重点对象 5 个工作日内），并通报公安机关和乡镇人民政府',
    doneBy: { kind: 'event', event: '衔接反馈' },
    basis: '“具有重新违法犯罪倾向、“三假”人员和危害国家安全罪犯要在5个工作日内”',
    applies: [{ kind: 'value', field: 'support_type', values: [KEY_SUPPORT] }],
    note: '帮教类别为“重点”的对象',
  }),
  ab({
    code: 'AB-02',
    trigger: { kind: 'event', event: '报到' },
    offset: 0,
    unit: '自然日',
    task: '报到当日：报到谈话、签订帮教协议（拒签的注明并通报公安机关）、入帮教育，制作《报到谈话笔录》',
    doneBy: { kind: 'event', event: '签订帮教协议' },
    basis: '“在安置帮教对象报到当日对安置帮教对象开展报到谈话、签订帮教协议、进行入帮教育并制作《报到谈话笔录》”',
    note: '登记表“帮教协议签订日期”填写或勾选“拒签帮教协议”即完成',
  }),
  ab({
    code: 'AB-03',
    trigger: { kind: 'event', event: '报到' },
    offset: 5,
    unit: '工作日',
    task: '录入基本信息、建立一人一档（报到后 5 个工作日内）',
    doneBy: { kind: 'event', event: '建档' },
    basis:
      '“采集其基本信息、相关衔接信息均在5个工作日内并录入安置帮教一体化平台”；“在安置帮教对象报到接收之日起 5 个工作日内完成基本信息填写”',
    note: '登记表“报到日期”开始，“建档日期”完成',
  }),
  ab({
    code: 'AB-04',
    trigger: { kind: 'event', event: '报到' },
    offset: 1,
    unit: '月',
    task: '入帮评估（社会适应指数评估，报到后 1 个月内）',
    doneBy: { kind: 'event', event: '入帮评估' },
    basis: '“安置帮教对象报到登记后一个月内，完成入帮评估”',
    note: '登记表“评估”增加一条“入帮评估”即完成',
  }),
  ab({
    code: 'AB-05',
    trigger: { kind: 'event', event: '入帮评估' },
    offset: 3,
    unit: '月',
    task: '首次日常评估（入帮评估后 3 个月内）',
    doneBy: { kind: 'event', event: '日常评估' },
    basis: '“入帮1个月以后、3个月以内开展首次日常评估”',
    note: '入帮评估在报到后 1 个月内，首次日常评估取入帮评估后 3 个月；之后按指数等级（AB-05A、AB-05B）',
  }),
  ab({
    code: 'AB-05A',
    trigger: { kind: 'recurring', every: '季', startsAfter: '日常评估' },
    offset: 3,
    unit: '月',
    task: '日常评估（低指数对象每 3 个月一次）',
    doneBy: { kind: 'event', event: '日常评估' },
    basis: '“帮教期内，低指数对象每3个月评估一次”',
    applies: [{ kind: 'value', field: 'adaptation_level', values: [LOW_ADAPTATION] }],
    note: '从上次日常评估起算；等级取登记表“社会适应指数等级”（有评估记录的，为最近一次评估后的等级）',
  }),
  ab({
    code: 'AB-05B',
    trigger: { kind: 'recurring', every: '半年', startsAfter: '日常评估' },
    offset: 6,
    unit: '月',
    task: '日常评估（中、高指数对象每半年一次）',
    doneBy: { kind: 'event', event: '日常评估' },
    basis: '“高指数和重指数对象每半年评估一次”',
    applies: [{ kind: 'value', field: 'adaptation_level', values: ['高', '中'] }],
    note: '原文“重指数”按“中指数”理解【推断】；从上次日常评估起算',
  }),
  ab({
    code: 'AB-06',
    trigger: { kind: 'recurring', every: '月' },
    offset: 1,
    unit: '月',
    task: '走访重点帮教对象（每月至少 1 次）',
    doneBy: { kind: 'event', event: '走访' },
    basis: '“重点帮教对象每月至少走访一次”',
    applies: [{ kind: 'value', field: 'support_type', values: [KEY_SUPPORT] }],
    note: '上次走访（没有则报到日期）所在月的次月月末前；登记表“走访”增加一条即完成',
  }),
  ab({
    code: 'AB-07',
    trigger: { kind: 'recurring', every: '季' },
    offset: 3,
    unit: '月',
    task: '走访一般帮教对象（帮教期前三年每季度至少 1 次）',
    doneBy: { kind: 'event', event: '走访' },
    basis: '“一般帮教对象帮教期前三年每季度至少走访一次”',
    applies: [
      { kind: 'value', field: 'support_type', values: [ORDINARY_SUPPORT] },
      { kind: 'years', field: 'release_date', from: 0, to: 3 },
    ],
    note: '上次走访（没有则报到日期）在释放（解矫）后三年内的，3 个月内再走访',
  }),
  ab({
    code: 'AB-07A',
    trigger: { kind: 'recurring', every: '半年' },
    offset: 6,
    unit: '月',
    task: '走访一般帮教对象（帮教期后两年每半年至少 1 次）',
    doneBy: { kind: 'event', event: '走访' },
    basis: '“后两年每半年至少走访一次”',
    applies: [
      { kind: 'value', field: 'support_type', values: [ORDINARY_SUPPORT] },
      { kind: 'years', field: 'release_date', from: 3, to: 5 },
    ],
    note: '上次走访在释放后第四、五年的，半年内再走访',
  }),
  ab({
    code: 'AB-08',
    trigger: { kind: 'field', field: 'term_end' },
    offset: 0,
    unit: '自然日',
    task: '帮教期满，解除帮教：登记《委托帮教和解除帮教登记表》，通知本人',
    doneBy: { kind: 'event', event: '解除帮教' },
    basis: '“安置帮教期满由司法所按期解除帮教，登记在《委托帮教和解除帮教登记表》，并及时通知安置帮教对象”',
    note: '登记表“帮教期满日期”到期；填写“解除日期”即完成（并把当前状态改为期满解除）',
  }),
  ab({
    code: 'AB-09',
    trigger: { kind: 'event', event: '委托' },
    offset: 10,
    unit: '工作日',
    task: '人户分离委托：收到委托 10 个工作日内答复是否接受（委托出去的，跟进对方答复）',
    doneBy: { kind: 'event', event: '委托答复' },
    basis: '“居住地司法所收到委托10个工作日内答复是否接受委托”',
    note: '登记表“委托日期”开始，“答复日期”完成',
  }),

  // §C 人民调解
  {
    code: 'RM-01',
    section: 'C',
    subject: 'mediationCase',
    trigger: { kind: 'event', event: '协议生效' },
    offset: 30,
    unit: '自然日',
    task: '告知当事人可在 30 日内共同申请司法确认',
    doneBy: { kind: 'event', event: '司法确认告知' },
    basis: '人民调解法第三十三条',
    enabled: true,
    verified: true,
    note: '申请司法确认须在协议生效后 30 日内，过了这一天再告知已无意义：过期 7 天不再提醒',
    stopAfterDays: 7,
  },
  {
    code: 'RM-02',
    section: 'C',
    subject: 'mediationCase',
    trigger: { kind: 'event', event: '履行期限届满' },
    offset: 15,
    unit: '自然日',
    task: '回访，填《人民调解回访记录》',
    doneBy: { kind: 'event', event: '回访' },
    basis: '人民调解法第三十一条（督促履行）；时限为本地设置',
    enabled: true,
    verified: true,
  },
  {
    code: 'RM-03',
    section: 'C',
    subject: 'mediationCase',
    trigger: { kind: 'event', event: '受理' },
    offset: 1,
    unit: '月',
    task: '调结或说明原因',
    doneBy: { kind: 'event', event: '结案' },
    basis: '《人民调解工作若干规定》（2002）【未核实条号】',
    enabled: false,
    verified: false,
    note: '条号未核实，默认停用；填写“结案日期”即视为调结（调解不成的也要结案）',
  },
  {
    code: 'RM-04',
    section: 'C',
    subject: 'office',
    trigger: { kind: 'recurring', every: '半月' },
    offset: 0,
    unit: '自然日',
    task: '矛盾纠纷排查分析（每半月 1 次）',
    doneBy: { kind: 'count', register: 'disputeScreening', count: 1 },
    basis: '【通司发】“每半月排查分析一次”',
    enabled: true,
    verified: true,
    note: '半月为每月 1–15 日、16 日–月末；期内矛盾纠纷排查登记至少 1 条即完成',
  },
  {
    code: 'RM-05',
    section: 'C',
    subject: 'office',
    trigger: { kind: 'recurring', every: '季' },
    offset: 0,
    unit: '自然日',
    task: '集中排查（每季度 1 次）',
    doneBy: { kind: 'count', register: 'disputeScreening', count: 1 },
    basis: '【通司发】“每季度集中排查一次”',
    enabled: true,
    verified: true,
    note: '本季度矛盾纠纷排查登记至少 1 条即完成（登记簿不区分是否集中排查）',
  },

  // §D 报送与工作量
  {
    code: 'MR-01',
    section: 'D',
    subject: 'office',
    trigger: { kind: 'monthly', day: 3, daySetting: 'reportDeadlineDay' },
    offset: 0,
    unit: '自然日',
    task: '上月月报（人民调解、排查等报表）导出报送，并完成平台录入',
    doneBy: { kind: 'export', report: 'return' },
    basis: '“每月3日前完成上月的司法行政网上管理平台的录入工作”；“实行月报表制度”',
    enabled: true,
    verified: true,
    note: '截止日取设置中的“月报截止日”；导出上月月报即完成',
  },
  {
    code: 'MR-02',
    section: 'D',
    subject: 'office',
    trigger: { kind: 'recurring', every: '月' },
    offset: 0,
    unit: '自然日',
    task: '上报人民调解典型案例（每月篇数取设置值）',
    doneBy: { kind: 'count', register: 'typicalCase', count: 3, countSetting: 'typicalCaseQuota' },
    basis: '“人民调解典型案例（每月不少于3篇）”；“每所每月至少上报……人民调解典型案例2篇”',
    enabled: true,
    verified: true,
  },
  {
    code: 'MR-03',
    section: 'D',
    subject: 'office',
    trigger: { kind: 'recurring', every: '月' },
    offset: 0,
    unit: '自然日',
    task: '上报工作信息 / 一句话新闻（每月至少 2 条）',
    doneBy: { kind: 'count', register: 'workInfo', count: 2 },
    basis: '“每所每月至少上报信息2条”；“一句话新闻（每月每个乡镇不少于2则）”',
    enabled: true,
    verified: true,
    note: '本月工作信息报送登记至少 2 条即完成',
  },
  {
    code: 'MR-04',
    section: 'D',
    subject: 'office',
    trigger: { kind: 'recurring', every: '周' },
    offset: 0,
    unit: '自然日',
    task: '组织学习（每周半天）',
    doneBy: { kind: 'count', register: 'studyMeeting', count: 1 },
    basis: '“每周应组织半天时间学习”',
    enabled: true,
    verified: true,
    note: '本周（周一至周日）学习会议登记至少 1 条即完成',
  },
  {
    code: 'MR-05',
    section: 'D',
    subject: 'office',
    trigger: { kind: 'recurring', every: '月' },
    offset: 0,
    unit: '自然日',
    task: '工作计划与总结（年初计划、每月反馈、半年小结、年终总结）',
    doneBy: { kind: 'none' },
    basis: '“年初有计划，每月有反馈，半年有小结，年终有总结”',
    enabled: false,
    verified: true,
    note: '台账没有计划总结登记，无法判断是否完成，默认停用',
  },
];
