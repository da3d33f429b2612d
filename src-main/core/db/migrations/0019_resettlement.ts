import type { Migration } from './types';

// Never edit once shipped: add the next number instead.
// 安置帮教对象花名册 (docs/spec/formats.md §12), the third roster: people released from prison (帮教期 5 年) or from
// community correction (3 年), one row a person; their 走访, 评估, 帮扶 and 通报列管 are child lists in record_entry.
// - resettlement_subject, its search index (as 0009 made the others, merged when idle as 0012 set them), and the
//   list's indexes: each filter with the book's date (释放（解矫）日期), each sortable column, and the reminders' own;
// - record_entry_events (0011) widened to the new child lists the rules read, spelled as reminders/loading.ts asks;
// - the rules of docs/spec/deadlines.md §B, a literal copy of src-shared/rules.ts defaultRules §B at this version.
//   AB-03 and AB-04 (0006) were rules of the 社区矫正对象 standing in for this roster (解除宣告 → 衔接 → 入帮评估);
//   they become the roster's (报到 → 建档, 报到 → 入帮评估). Where the office had edited one (custom = 1), its
//   期限, 单位 and 启用 stay: the clock it chose, now counted from the 报到.
// - correction_subject_id: the 社区矫正对象 a person was transferred from (转入安置帮教), the link both ways.
// Literal SQL only: migrations never read code that may change.

const RULES: readonly (readonly [code: string, enabled: number, data: string])[] = [
  ["AB-01", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-01\",\"trigger\":{\"kind\":\"event\",\"event\":\"收到预释放名单\"},\"offset\":1,\"unit\":\"月\",\"task\":\"向监狱反馈衔接（收到预释放人员名单后 1 个月内）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"衔接反馈\"},\"basis\":\"“确定衔接人员名单和衔接日期，于1个月内……向监狱反馈”\",\"applies\":[{\"kind\":\"value\",\"field\":\"support_type\",\"values\":[\"一般\"]}],\"note\":\"一般帮教对象；登记表“收到预释放名单日期”开始，“衔接日期”完成\"}"],
  ["AB-01A", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-01A\",\"trigger\":{\"kind\":\"event\",\"event\":\"收到预释放名单\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"向监狱反馈衔接（重点对象 5 个工作日内），并通报公安机关和乡镇人民政府\",\"doneBy\":{\"kind\":\"event\",\"event\":\"衔接反馈\"},\"basis\":\"“具有重新违法犯罪倾向、“三假”人员和危害国家安全罪犯要在5个工作日内”\",\"applies\":[{\"kind\":\"value\",\"field\":\"support_type\",\"values\":[\"重点\"]}],\"note\":\"帮教类别为“重点”的对象\"}"],
  ["AB-02", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-02\",\"trigger\":{\"kind\":\"event\",\"event\":\"报到\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"报到当日：报到谈话、签订帮教协议（拒签的注明并通报公安机关）、入帮教育，制作《报到谈话笔录》\",\"doneBy\":{\"kind\":\"event\",\"event\":\"签订帮教协议\"},\"basis\":\"“在安置帮教对象报到当日对安置帮教对象开展报到谈话、签订帮教协议、进行入帮教育并制作《报到谈话笔录》”\",\"note\":\"登记表“帮教协议签订日期”填写或勾选“拒签帮教协议”即完成\"}"],
  ["AB-03", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-03\",\"trigger\":{\"kind\":\"event\",\"event\":\"报到\"},\"offset\":5,\"unit\":\"工作日\",\"task\":\"录入基本信息、建立一人一档（报到后 5 个工作日内）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"建档\"},\"basis\":\"“采集其基本信息、相关衔接信息均在5个工作日内并录入安置帮教一体化平台”；“在安置帮教对象报到接收之日起 5 个工作日内完成基本信息填写”\",\"note\":\"登记表“报到日期”开始，“建档日期”完成\"}"],
  ["AB-04", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-04\",\"trigger\":{\"kind\":\"event\",\"event\":\"报到\"},\"offset\":1,\"unit\":\"月\",\"task\":\"入帮评估（社会适应指数评估，报到后 1 个月内）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"入帮评估\"},\"basis\":\"“安置帮教对象报到登记后一个月内，完成入帮评估”\",\"note\":\"登记表“评估”增加一条“入帮评估”即完成\"}"],
  ["AB-05", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-05\",\"trigger\":{\"kind\":\"event\",\"event\":\"入帮评估\"},\"offset\":3,\"unit\":\"月\",\"task\":\"首次日常评估（入帮评估后 3 个月内）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"日常评估\"},\"basis\":\"“入帮1个月以后、3个月以内开展首次日常评估”\",\"note\":\"入帮评估在报到后 1 个月内，首次日常评估取入帮评估后 3 个月；之后按指数等级（AB-05A、AB-05B）\"}"],
  ["AB-05A", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-05A\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"季\",\"startsAfter\":\"日常评估\"},\"offset\":3,\"unit\":\"月\",\"task\":\"日常评估（低指数对象每 3 个月一次）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"日常评估\"},\"basis\":\"“帮教期内，低指数对象每3个月评估一次”\",\"applies\":[{\"kind\":\"value\",\"field\":\"adaptation_level\",\"values\":[\"低\"]}],\"note\":\"从上次日常评估起算；等级取登记表“社会适应指数等级”（有评估记录的，为最近一次评估后的等级）\"}"],
  ["AB-05B", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-05B\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"半年\",\"startsAfter\":\"日常评估\"},\"offset\":6,\"unit\":\"月\",\"task\":\"日常评估（中、高指数对象每半年一次）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"日常评估\"},\"basis\":\"“高指数和重指数对象每半年评估一次”\",\"applies\":[{\"kind\":\"value\",\"field\":\"adaptation_level\",\"values\":[\"高\",\"中\"]}],\"note\":\"原文“重指数”按“中指数”理解【推断】；从上次日常评估起算\"}"],
  ["AB-06", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-06\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"月\"},\"offset\":1,\"unit\":\"月\",\"task\":\"走访重点帮教对象（每月至少 1 次）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"走访\"},\"basis\":\"“重点帮教对象每月至少走访一次”\",\"applies\":[{\"kind\":\"value\",\"field\":\"support_type\",\"values\":[\"重点\"]}],\"note\":\"上次走访（没有则报到日期）所在月的次月月末前；登记表“走访”增加一条即完成\"}"],
  ["AB-07", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-07\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"季\"},\"offset\":3,\"unit\":\"月\",\"task\":\"走访一般帮教对象（帮教期前三年每季度至少 1 次）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"走访\"},\"basis\":\"“一般帮教对象帮教期前三年每季度至少走访一次”\",\"applies\":[{\"kind\":\"value\",\"field\":\"support_type\",\"values\":[\"一般\"]},{\"kind\":\"years\",\"field\":\"release_date\",\"from\":0,\"to\":3}],\"note\":\"上次走访（没有则报到日期）在释放（解矫）后三年内的，3 个月内再走访\"}"],
  ["AB-07A", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-07A\",\"trigger\":{\"kind\":\"recurring\",\"every\":\"半年\"},\"offset\":6,\"unit\":\"月\",\"task\":\"走访一般帮教对象（帮教期后两年每半年至少 1 次）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"走访\"},\"basis\":\"“后两年每半年至少走访一次”\",\"applies\":[{\"kind\":\"value\",\"field\":\"support_type\",\"values\":[\"一般\"]},{\"kind\":\"years\",\"field\":\"release_date\",\"from\":3,\"to\":5}],\"note\":\"上次走访在释放后第四、五年的，半年内再走访\"}"],
  ["AB-08", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-08\",\"trigger\":{\"kind\":\"field\",\"field\":\"term_end\"},\"offset\":0,\"unit\":\"自然日\",\"task\":\"帮教期满，解除帮教：登记《委托帮教和解除帮教登记表》，通知本人\",\"doneBy\":{\"kind\":\"event\",\"event\":\"解除帮教\"},\"basis\":\"“安置帮教期满由司法所按期解除帮教，登记在《委托帮教和解除帮教登记表》，并及时通知安置帮教对象”\",\"note\":\"登记表“帮教期满日期”到期；填写“解除日期”即完成（并把当前状态改为期满解除）\"}"],
  ["AB-09", 1, "{\"section\":\"B\",\"subject\":\"resettlement\",\"verified\":true,\"code\":\"AB-09\",\"trigger\":{\"kind\":\"event\",\"event\":\"委托\"},\"offset\":10,\"unit\":\"工作日\",\"task\":\"人户分离委托：收到委托 10 个工作日内答复是否接受（委托出去的，跟进对方答复）\",\"doneBy\":{\"kind\":\"event\",\"event\":\"委托答复\"},\"basis\":\"“居住地司法所收到委托10个工作日内答复是否接受委托”\",\"note\":\"登记表“委托日期”开始，“答复日期”完成\"}"],
];

const FILTERS = ['category', 'support_type', 'adaptation_level', 'state'];
const SORTED = ['name', 'sex', 'crime', 'term_end'];

export const m0019_resettlement: Migration = {
  version: 19,
  name: '安置帮教对象花名册',
  up: (db) => {
    db.exec(`
CREATE TABLE resettlement_subject (
  id INTEGER PRIMARY KEY,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  name TEXT NOT NULL,
  id_number TEXT,
  sex TEXT NOT NULL,
  ethnicity TEXT,
  birth_date TEXT,
  education TEXT,
  household_address TEXT,
  residence TEXT,
  phone TEXT,
  category TEXT NOT NULL,
  crime TEXT NOT NULL,
  sentence TEXT,
  release_date TEXT NOT NULL,
  release_authority TEXT,
  notice_date TEXT,
  handover_date TEXT,
  must_receive INTEGER NOT NULL DEFAULT 0,
  report_date TEXT,
  agreement_date TEXT,
  agreement_refused INTEGER NOT NULL DEFAULT 0,
  file_date TEXT,
  support_type TEXT NOT NULL,
  adaptation_level TEXT,
  team TEXT,
  separation TEXT,
  separation_office TEXT,
  entrust_date TEXT,
  entrust_reply_date TEXT,
  placement TEXT,
  placement_measures TEXT,
  term_end TEXT,
  state TEXT NOT NULL,
  end_date TEXT,
  end_manner TEXT,
  revoke_reason TEXT,
  remark TEXT,
  correction_subject_id INTEGER REFERENCES correction_subject (id),
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX resettlement_subject_by_correction ON resettlement_subject (correction_subject_id) WHERE correction_subject_id IS NOT NULL;
CREATE INDEX resettlement_subject_by_date ON resettlement_subject (deleted_at, release_date);
CREATE INDEX resettlement_subject_reminder_subjects ON resettlement_subject (deleted_at, state, term_end, name, release_date, report_date);
CREATE VIRTUAL TABLE resettlement_subject_search USING fts5(grams, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0');
INSERT INTO resettlement_subject_search (resettlement_subject_search, rank) VALUES ('automerge', 0);
DROP INDEX record_entry_events;
CREATE INDEX record_entry_events ON record_entry (register, record_id, kind, seq, entry_date, json_extract(data, '$.type'), json_extract(data, '$.result')) WHERE kind IN ('event', 'fieldVisit', 'assessment', 'resettlementVisit', 'help', 'policeNotice');
`);
    const seed = db.prepare(
      `INSERT INTO deadline_rule (code, data, enabled, custom, seeded) VALUES (?, ?, ?, 0, 1)
       ON CONFLICT (code) DO UPDATE SET data = CASE WHEN custom = 1
         THEN json_set(excluded.data, '$.offset', json_extract(data, '$.offset'), '$.unit', json_extract(data, '$.unit'))
         ELSE excluded.data END,
         enabled = CASE WHEN custom = 1 THEN enabled ELSE excluded.enabled END`,
    );
    for (const [code, enabled, data] of RULES) seed.run(code, data, enabled);
    for (const column of FILTERS)
      db.exec(`CREATE INDEX resettlement_subject_by_${column} ON resettlement_subject (deleted_at, ${column}, release_date);`);
    for (const column of SORTED)
      db.exec(
        `CREATE INDEX resettlement_subject_sorted_by_${column} ON resettlement_subject (deleted_at, ${column}, release_date);`,
      );
  },
};
