import type { Migration } from './types';

// Shipped with the deadline-rule engine. Never edit: add 0005_… instead.
// - deadline_rule: the office's deadline rules (deadlines.md §A, §C, §D). Seeded with a literal copy of
//   src-shared/rules.ts defaultRules as they were at this version, so a later change to defaultRules cannot
//   change what this migration did. `data` is the rule without `enabled` (the column is the one truth);
//   custom = 1 once the office has edited or added the rule.
// - correction_subject.ban_end_date: 禁止令期满日期, the trigger of CC-14.

const seed: readonly (readonly [code: string, enabled: number, data: string])[] = [
  ["CC-01", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-01\",\"trigger\":{\"kind\":\"event\",\"event\":\"报到（县社区矫正机构）\"},\"offset\":3,\"unit\":\"工作日\",\"task\":\"到司法所接受社区矫正（接收、建档、首次谈话）；逾期未到要立即报告并查找\",\"doneBy\":{\"kind\":\"event\",\"event\":\"报到（司法所）\"},\"basis\":\"“报到后三个工作日内到受委托的司法所接受社区矫正”\"}"],
  ["CC-02", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-02\",\"trigger\":{\"kind\":\"event\",\"event\":\"报到（司法所）\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"确定矫正小组（≥3 人；女性对象须有女性成员），签矫正责任书\",\"doneBy\":{\"kind\":\"event\",\"event\":\"矫正小组确定\"},\"basis\":\"“建立时限。社区矫正对象报到后、入矫宣告前”\",\"note\":\"“入矫宣告前”没有独立期限，取入矫宣告的期限（CC-03：报到后五个工作日）\"}"],
  ["CC-03", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-03\",\"trigger\":{\"kind\":\"event\",\"event\":\"报到（司法所）\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"入矫宣告\",\"doneBy\":{\"kind\":\"event\",\"event\":\"入矫宣告\"},\"basis\":\"“报到后五个工作日内”\"}"],
  ["CC-04", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-04\",\"trigger\":{\"kind\":\"event\",\"event\":\"入矫宣告\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"制定矫正方案\",\"doneBy\":{\"kind\":\"event\",\"event\":\"矫正方案制定\"},\"basis\":\"“接受入矫宣告后五个工作日内”\"}"],
  ["CC-05", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-05\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"周\"},\"offset\":1,\"unit\":\"周\",\"task\":\"通信联络，并记录（每周至少 1 次）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"通信联络\"},\"basis\":\"“通信联络：每周至少一次”\",\"note\":\"上次通信联络（没有则到司法所报到）之日 + 1 周\"}"],
  ["CC-06", 0, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-06\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"日\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"信息化核查（每天至少 2 次）\",\"doneBy\":{\"kind\":\"none\"},\"basis\":\"“信息化核查：每天至少两次”（可只做统计，不逐条提醒）\",\"note\":\"可只做统计，不逐条提醒；台账不记录每次核查\"}"],
  ["CC-07", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-07\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":1,\"unit\":\"月\",\"task\":\"月度考核，结果书面通知本人、公示、入档\",\"doneBy\":{\"kind\":\"event\",\"event\":\"月度考核\"},\"basis\":\"“每月对其考核”\",\"note\":\"上次考核（没有则到司法所报到）所在月的次月月末前完成下一次考核\"}"],
  ["CC-08", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-08\",\"trigger\":{\"kind\":\"field\",\"field\":\"end_date\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"解矫教育（临近解除社区矫正三十日内开展；入矫教育在接收后开展）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"解矫教育\"},\"basis\":\"“对接收和临近解除社区矫正三十日内的社区矫正对象，分别开展入矫和解矫教育”\",\"note\":\"入矫教育没有期限，只提醒解矫教育：期满前三十日内开展，最迟期满当日\"}"],
  ["CC-09", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-09\",\"trigger\":{\"kind\":\"event\",\"event\":\"外出申请\"},\"offset\":3,\"unit\":\"自然日\",\"task\":\"当日填《外出审批表》，报县机构备案；3 日内完成审批，批准后公示 5 个工作日\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“申请外出时间在七日内的……当日填写……” “一般应当在收到申请之日起三日内完成审核、批准”\",\"note\":\"在外出申请的“结果”栏填写审批结果即视为办结\"}"],
  ["CC-10", 0, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-10\",\"trigger\":{\"kind\":\"event\",\"event\":\"外出申请\"},\"offset\":3,\"unit\":\"自然日\",\"task\":\"外出超过 7 日的，3 日内审核后报县机构批准\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"同上\",\"note\":\"台账不区分外出天数，与 CC-09 触发和期限相同；默认停用以免同一申请提醒两次\"}"],
  ["CC-11", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-11\",\"trigger\":{\"kind\":\"event\",\"event\":\"会客申请\"},\"offset\":3,\"unit\":\"自然日\",\"task\":\"审查后填《会客审批表》报批\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“应当提前三日提出书面申请”\",\"note\":\"对象提前 3 日申请，应在会客前（申请后 3 日内）审批完毕；填写“结果”即办结\"}"],
  ["CC-12", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-12\",\"trigger\":{\"kind\":\"event\",\"event\":\"执行地变更申请\"},\"offset\":3,\"unit\":\"工作日\",\"task\":\"填《执行地变更审批表》报县机构；批准后公示 5 个工作日\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“自收到申请材料的三个工作日内”\"}"],
  ["CC-13", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-13\",\"trigger\":{\"kind\":\"event\",\"event\":\"奖惩审批通过\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"在司法所公示（表扬、训诫、警告、减刑等）\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“审批通过的，在司法所公示五个工作日”\",\"note\":\"到期日为公示期满日；在该事件“结果”栏填写公示情况即办结\"}"],
  ["CC-14", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-14\",\"trigger\":{\"kind\":\"field\",\"field\":\"ban_end_date\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"禁止令期满，书面告知对象\",\"doneBy\":{\"kind\":\"event\",\"event\":\"禁止令期满告知\"},\"basis\":\"“在期满当日书面告知”\"}"],
  ["CC-15", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-15\",\"trigger\":{\"kind\":\"field\",\"field\":\"end_date\"},\"offset\":-30,\"unit\":\"自然日\",\"task\":\"个人总结、《社区矫正期满鉴定表》，与安置帮教衔接\",\"doneBy\":{\"kind\":\"event\",\"event\":\"期满鉴定\"},\"basis\":\"“在矫正期满三十日前，作出个人总结”\"}"],
  ["CC-16", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-16\",\"trigger\":{\"kind\":\"field\",\"field\":\"end_date\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"解除宣告\",\"doneBy\":{\"kind\":\"event\",\"event\":\"解除宣告\"},\"basis\":\"“矫正期满或者被赦免当日……组织解除宣告”\"}"],
  ["CC-17", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-17\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":1,\"unit\":\"月\",\"task\":\"实地查访，二人以上，至少一名司法所专门国家工作人员（频次按管理等级，如严管每月）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"实地查访\"},\"basis\":\"“两名以上工作人员参与”\",\"note\":\"默认每月一次（严管）；“实地查访”登记表中的记录也算完成\"}"],
  ["RM-01", 1, "{\"code\":\"RM-01\",\"section\":\"C\",\"subject\":\"mediationCase\",\"trigger\":{\"kind\":\"event\",\"event\":\"协议生效\"},\"offset\":30,\"unit\":\"自然日\",\"task\":\"告知当事人可在 30 日内共同申请司法确认\",\"doneBy\":{\"kind\":\"event\",\"event\":\"司法确认告知\"},\"basis\":\"人民调解法第三十三条\",\"verified\":true}"],
  ["RM-02", 1, "{\"code\":\"RM-02\",\"section\":\"C\",\"subject\":\"mediationCase\",\"trigger\":{\"kind\":\"event\",\"event\":\"履行期限届满\"},\"offset\":15,\"unit\":\"自然日\",\"task\":\"回访，填《人民调解回访记录》\",\"doneBy\":{\"kind\":\"event\",\"event\":\"回访\"},\"basis\":\"人民调解法第三十一条（督促履行）；时限为本地设置\",\"verified\":true}"],
  ["RM-03", 0, "{\"code\":\"RM-03\",\"section\":\"C\",\"subject\":\"mediationCase\",\"trigger\":{\"kind\":\"event\",\"event\":\"受理\"},\"offset\":1,\"unit\":\"月\",\"task\":\"调结或说明原因\",\"doneBy\":{\"kind\":\"event\",\"event\":\"协议生效\"},\"basis\":\"《人民调解工作若干规定》（2002）【未核实条号】\",\"verified\":false,\"note\":\"条号未核实，默认停用；以“协议生效”视为调结\"}"],
  ["RM-04", 1, "{\"code\":\"RM-04\",\"section\":\"C\",\"subject\":\"office\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"半月\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"矛盾纠纷排查分析（每半月 1 次）\",\"doneBy\":{\"kind\":\"count\",\"register\":\"disputeScreening\",\"count\":1},\"basis\":\"【通司发】“每半月排查分析一次”\",\"verified\":true,\"note\":\"半月为每月 1–15 日、16 日–月末；期内矛盾纠纷排查登记至少 1 条即完成\"}"],
  ["RM-05", 1, "{\"code\":\"RM-05\",\"section\":\"C\",\"subject\":\"office\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"季\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"集中排查（每季度 1 次）\",\"doneBy\":{\"kind\":\"count\",\"register\":\"disputeScreening\",\"count\":1},\"basis\":\"【通司发】“每季度集中排查一次”\",\"verified\":true,\"note\":\"本季度矛盾纠纷排查登记至少 1 条即完成（登记簿不区分是否集中排查）\"}"],
  ["MR-01", 1, "{\"code\":\"MR-01\",\"section\":\"D\",\"subject\":\"office\",\"trigger\":{\"kind\":\"monthly\",\"day\":3,\"daySetting\":\"reportDeadlineDay\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"上月月报（人民调解、排查等报表）导出报送，并完成平台录入\",\"doneBy\":{\"kind\":\"export\",\"report\":\"return\"},\"basis\":\"“每月3日前完成上月的司法行政网上管理平台的录入工作”；“实行月报表制度”\",\"verified\":true,\"note\":\"截止日取设置中的“月报截止日”；导出上月月报即完成\"}"],
  ["MR-02", 1, "{\"code\":\"MR-02\",\"section\":\"D\",\"subject\":\"office\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"上报人民调解典型案例（每月篇数取设置值）\",\"doneBy\":{\"kind\":\"count\",\"register\":\"typicalCase\",\"count\":3,\"countSetting\":\"typicalCaseQuota\"},\"basis\":\"“人民调解典型案例（每月不少于3篇）”；“每所每月至少上报……人民调解典型案例2篇”\",\"verified\":true}"],
  ["MR-03", 0, "{\"code\":\"MR-03\",\"section\":\"D\",\"subject\":\"office\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"上报工作信息 / 一句话新闻（每月至少 2 条）\",\"doneBy\":{\"kind\":\"none\"},\"basis\":\"“每所每月至少上报信息2条”；“一句话新闻（每月每个乡镇不少于2则）”\",\"verified\":true,\"note\":\"台账没有信息报送登记，无法判断是否完成，默认停用\"}"],
  ["MR-04", 1, "{\"code\":\"MR-04\",\"section\":\"D\",\"subject\":\"office\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"周\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"组织学习（每周半天）\",\"doneBy\":{\"kind\":\"count\",\"register\":\"studyMeeting\",\"count\":1},\"basis\":\"“每周应组织半天时间学习”\",\"verified\":true,\"note\":\"本周（周一至周日）学习会议登记至少 1 条即完成\"}"],
  ["MR-05", 0, "{\"code\":\"MR-05\",\"section\":\"D\",\"subject\":\"office\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"工作计划与总结（年初计划、每月反馈、半年小结、年终总结）\",\"doneBy\":{\"kind\":\"none\"},\"basis\":\"“年初有计划，每月有反馈，半年有小结，年终有总结”\",\"verified\":true,\"note\":\"台账没有计划总结登记，无法判断是否完成，默认停用\"}"],
];

export const m0004_deadlineRules: Migration = {
  version: 4,
  name: 'deadline rules',
  up: (db) => {
    db.exec(`
CREATE TABLE deadline_rule (
  code TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  custom INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE correction_subject ADD COLUMN ban_end_date TEXT;
`);
    const insert = db.prepare('INSERT INTO deadline_rule (code, data, enabled, custom) VALUES (?, ?, ?, 0)');
    for (const [code, enabled, data] of seed) insert.run(code, data, enabled);
  },
};
