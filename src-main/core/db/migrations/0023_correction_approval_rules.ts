import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// §13 社区矫正审批事项, 月度考核 and 期满鉴定 (docs/spec/formats.md §13) are lists of the person's form, and start and
// complete the rules of docs/spec/deadlines.md CC-07, CC-09…CC-15 as 实地查访's list does CC-17:
// - the rules: a literal copy of src-shared/rules.ts defaultRules at this version — CC-09A (外出七日以内: the form
//   sent to the county the day the application is received) is new; CC-10 has an event of its own (外出七日以上 /
//   延期) and is on; CC-09…CC-13 say which date of the 审批事项 completes them. Where the office had edited a rule
//   (custom = 1), its 期限, 单位, 过期后不再提醒 and 启用 stay: the clock it chose, on the new start.
// - record_entry_events (0019) widened to the new lists, spelled as reminders/loading.ts asks.
// Literal data only: migrations never read code that may change.

const RULES: readonly (readonly [code: string, enabled: number, data: string])[] = [
  ["CC-07", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-07\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":1,\"unit\":\"月\",\"task\":\"月度考核，结果书面通知本人、公示、入档\",\"doneBy\":{\"kind\":\"event\",\"event\":\"月度考核\"},\"basis\":\"“每月对其考核”\",\"note\":\"上次考核（登记表“月度考核”的考核日期；没有则到司法所报到）所在月的次月月末前完成下一次考核；“月度考核”增加一条即完成\"}"],
  ["CC-09", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-09\",\"trigger\":{\"kind\":\"event\",\"event\":\"外出申请\"},\"offset\":3,\"unit\":\"自然日\",\"task\":\"3 日内完成审核、批准，制发《社区矫正事项审批告知书》告知本人\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“一般应当在收到申请之日起三日内完成审核、批准，制发《社区矫正事项审批告知书》”\",\"note\":\"审批事项“外出（七日以内）”从收到申请日期起算，填写审批决定（批准或不批准）即办结；批准后的公示见 CC-13\"}"],
  ["CC-09A", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-09A\",\"trigger\":{\"kind\":\"event\",\"event\":\"外出审批表报备\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"当日填写《社区矫正对象外出审批表》、签署审核意见，报县社区矫正机构备案\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“申请外出时间在七日内的，受委托的司法所应当自收到申请材料的当日填写《社区矫正对象外出审批表》、签署审核意见，报执行地县级社区矫正机构备案”\",\"note\":\"审批事项“外出（七日以内）”收到申请当日；填写“报送县级机构日期”即办结\"}"],
  ["CC-10", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-10\",\"trigger\":{\"kind\":\"event\",\"event\":\"外出申请（七日以上）\"},\"offset\":3,\"unit\":\"自然日\",\"task\":\"审核后填写《社区矫正对象外出审批表》、签署意见，报县社区矫正机构批准\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“超过七日的，由受委托的司法所审核后，报执行地县级社区矫正机构批准” “一般应当在收到申请之日起三日内完成审核、批准”\",\"note\":\"审批事项“外出（七日以上）”“外出延期”从收到申请日期起算，填写“报送县级机构日期”即办结（批准由县级机构作出）\"}"],
  ["CC-11", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-11\",\"trigger\":{\"kind\":\"event\",\"event\":\"会客申请\"},\"offset\":3,\"unit\":\"自然日\",\"task\":\"审查后填写《社区矫正对象会客审批表》报县社区矫正机构审批，会客前取得审批结果\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“应当提前三日提出书面申请”\",\"note\":\"对象提前 3 日申请，应在会客前（收到申请后 3 日内）审批完毕；审批事项“会客”填写审批决定即办结\"}"],
  ["CC-12", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-12\",\"trigger\":{\"kind\":\"event\",\"event\":\"执行地变更申请\"},\"offset\":3,\"unit\":\"工作日\",\"task\":\"填写《社区矫正对象执行地变更审批表》（迁居：迁居审批表）并签署意见，报县社区矫正机构审批\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“自收到申请材料的三个工作日内，填写《社区矫正对象执行地变更审批表》并签署意见，报执行地县级社区矫正机构审批”\",\"note\":\"审批事项“执行地变更”“迁居”从收到申请日期起算，填写“报送县级机构日期”即办结；迁居原文为“及时审核并签署意见后报……批准”，没有天数，取执行地变更的三个工作日\"}"],
  ["CC-13", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-13\",\"trigger\":{\"kind\":\"event\",\"event\":\"奖惩审批通过\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"在司法所张贴公示（公示五个工作日），登记公示开始日期\",\"doneBy\":{\"kind\":\"result\"},\"basis\":\"“审批通过的，在司法所公示五个工作日”\",\"note\":\"需公示的审批事项（外出、迁居、执行地变更、进入特定区域、奖惩、减刑、撤销缓刑）决定“批准”后，从决定日期起 5 个工作日内张贴；填写“公示开始日期”即办结，公示结束日期按工作日历自动算出\"}"],
  ["CC-15", 1, "{\"section\":\"A\",\"subject\":\"correctionSubject\",\"verified\":true,\"code\":\"CC-15\",\"trigger\":{\"kind\":\"field\",\"field\":\"end_date\"},\"offset\":-30,\"unit\":\"自然日\",\"task\":\"个人总结、《社区矫正期满鉴定表》，与安置帮教衔接\",\"doneBy\":{\"kind\":\"event\",\"event\":\"期满鉴定\"},\"basis\":\"“在矫正期满三十日前，作出个人总结”\",\"note\":\"登记表“期满鉴定”填写即完成\"}"],
];

export const m0023_correctionApprovalRules: Migration = {
  version: 23,
  name: '社区矫正审批事项、月度考核、期满鉴定的期限规则',
  up: (db) => {
    db.exec(`
DROP INDEX record_entry_events;
CREATE INDEX record_entry_events ON record_entry (register, record_id, kind, seq, entry_date, json_extract(data, '$.type'), json_extract(data, '$.result')) WHERE kind IN ('event', 'fieldVisit', 'approval', 'monthlyAssessment', 'appraisal', 'assessment', 'resettlementVisit', 'help', 'policeNotice');
`);
    const kept = `json_set(excluded.data, '$.offset', json_extract(data, '$.offset'), '$.unit', json_extract(data, '$.unit'))`;
    const seed = db.prepare(
      `INSERT INTO deadline_rule (code, data, enabled, custom, seeded) VALUES (?, ?, ?, 0, 1)
       ON CONFLICT (code) DO UPDATE SET data = CASE
           WHEN custom = 0 THEN excluded.data
           WHEN json_type(data, '$.stopAfterDays') IS NULL THEN ${kept}
           ELSE json_set(${kept}, '$.stopAfterDays', json_extract(data, '$.stopAfterDays')) END,
         enabled = CASE WHEN custom = 1 THEN enabled ELSE excluded.enabled END`,
    );
    for (const [code, enabled, data] of RULES) seed.run(code, data, enabled);
  },
};
