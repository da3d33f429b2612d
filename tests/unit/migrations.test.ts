import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../src-main/core/db/migrations';
import { migrate, schemaVersion } from '../../src-main/core/db/open';
import { registers, type RegisterDef, type RegisterKey } from '../../src-shared/registers';
import { f, registrationFields, remarkField } from '../../src-shared/registers/fields';
import { tempDir } from './helpers';

// A shipped migration is frozen: it must build the same schema however the register definitions and the search
// code change later. (The schema a fresh database gets is compared with the committed snapshot by schema.test.ts.)

const MIGRATIONS_DIR = path.resolve(__dirname, '../../src-main/core/db/migrations');

/** A register added after 0013, whose table a later migration would create. */
const FUTURE_BOOK = {
  key: 'futureBook' as RegisterKey,
  table: 'future_book',
  title: '以后增加的登记簿',
  noun: '记录',
  group: '报送',
  dateField: 'registered_on',
  summaryField: 'title',
  fields: [
    ...registrationFields(),
    f.text('title', '标题', { required: true, search: true, filter: true }),
    remarkField(),
  ],
  defaultSort: { key: 'registered_on', order: 'desc' },
} satisfies RegisterDef;

function withDatabase<T>(fn: (db: Database.Database) => T): T {
  const dir = tempDir();
  const db = new Database(path.join(dir, 'ledger.db'));
  try {
    return fn(db);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('shipped migrations', () => {
  it('take an empty database to the latest version when a register is added after them', () => {
    (registers as RegisterDef[]).push(FUTURE_BOOK);
    try {
      withDatabase((db) => {
        migrate(db);
        expect(schemaVersion(db)).toBe(LATEST_VERSION);
        expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'future_book%'").all()).toEqual([]);
      });
    } finally {
      const at = registers.indexOf(FUTURE_BOOK);
      if (at >= 0) (registers as RegisterDef[]).splice(at, 1);
    }
    expect(registers.map((def) => def.key)).not.toContain('futureBook');
  });

  it('import nothing of the project outside their folder at run time', () => {
    for (const file of fs.readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
      const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
      for (const specifier of runtimeImports) {
        expect(specifier.startsWith('./') || !specifier.startsWith('.'), `${file} imports ${specifier}`).toBe(true);
      }
      expect(source, `${file} imports a type from outside the folder`).not.toMatch(/from\s+'\.\.\//);
    }
  });

  it('0009 writes the search text and grams it wrote when it shipped', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version <= 8)) m.up(db);
      db.pragma('user_version = 8');
      db.prepare(
        "INSERT INTO committee (id, name, short_name, kind) VALUES (1, '东河镇人民调解委员会', '东', '乡镇调委会')",
      ).run();
      db.prepare(
        `INSERT INTO mediation_case (case_year, case_seq, case_no, accept_date, case_source, dispute_type, summary,
           mediators, committee_id, registered_on, search_text, created_at, updated_at)
         VALUES (2026, 1, '（2026）东人调字第1号', '2026-03-02', '当事人申请', '婚姻家庭纠纷', '宅基地边界 Dispute',
           '["王晓红","李明"]', 1, '2026-03-02', '', 'x', 'x')`,
      ).run();
      const party = db.prepare(
        `INSERT INTO party (register, record_id, role, seq, kind, name, phone, id_number, legal_rep)
         VALUES ('mediationCase', 1, ?, ?, '自然人', ?, ?, ?, NULL)`,
      );
      party.run('respondent', 0, '曾小单', null, null);
      party.run('applicant', 1, '李四', null, null);
      party.run('applicant', 0, '张三', '13912345678', '320623199001011234');
      db.prepare(
        `INSERT INTO mediator (name, sex, position, id_number, phone, committee_id, registered_on, search_text, created_at,
           updated_at, deleted_at)
         VALUES ('单雄信', '男', '委员', NULL, '139', 1, '2026-01-01', '', 'x', 'x', 'y')`,
      ).run();
      migrate(db);

      const stored = (table: string) =>
        (db.prepare(`SELECT search_text FROM ${table} WHERE id = 1`).get() as { search_text: string }).search_text;
      expect(stored('mediation_case').split('\u001f')).toEqual([
        '（2026）东人调字第1号',
        '王晓红',
        '李明',
        '张三',
        'zs',
        '13912345678',
        '320623199001011234',
        '李四',
        'ls',
        '曾小单',
        'zxd',
        '宅基地边界 dispute',
      ]);
      expect(stored('mediator').split('\u001f')).toEqual(['单雄信', 'sxx', '139']);
      const grams = (table: string) => db.prepare(`SELECT rowid FROM ${table}_search WHERE ${table}_search MATCH ?`);
      expect(grams('mediation_case').all('"宅基"')).toEqual([{ rowid: 1 }]);
      expect(grams('mediation_case').all('"2345"')).toEqual([{ rowid: 1 }]);
      expect(grams('mediation_case').all('"zs"')).toEqual([{ rowid: 1 }]);
      // 回收站's records keep their text but are not indexed.
      expect(grams('mediator').all('"单雄"')).toEqual([]);
    });
  });

  it('0017 marks 已调解 the 排查 records linked to a live case that were left 正在化解 or blank', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 17)) m.up(db);
      db.pragma('user_version = 16');
      db.prepare(
        "INSERT INTO committee (id, name, short_name, kind) VALUES (1, '东河镇人民调解委员会', '东', '乡镇调委会')",
      ).run();
      const kase = db.prepare(
        `INSERT INTO mediation_case (case_year, case_seq, case_no, accept_date, case_source, dispute_type, summary,
           committee_id, registered_on, search_text, created_at, updated_at, deleted_at)
         VALUES (2026, ?, ?, '2026-03-02', '依申请调解', '02', '邻里纠纷', 1, '2026-03-02', '', 'x', 'x', ?)`,
      );
      kase.run(1, '（2026）东人调字第1号', null);
      kase.run(2, '（2026）东人调字第2号', '2026-03-05T00:00:00.000Z');
      const screening = db.prepare(
        `INSERT INTO dispute_screening (id, screening_date, scope, resolution, linked_case_no, registered_on,
           created_at, updated_at)
         VALUES (?, '2026-03-01', '新桥村', ?, ?, '2026-03-01', 'x', 'x')`,
      );
      screening.run(1, '正在化解', '（2026）东人调字第1号'); // converted before the conversion marked it
      screening.run(2, null, ' （2026）东人调字第1号 '); // blank, the 卷号 typed with spaces
      screening.run(3, '已预防', '（2026）东人调字第1号'); // the clerk's own word
      screening.run(4, '正在化解', '（2026）东人调字第2号'); // its case is in the 回收站
      screening.run(5, '正在化解', '（2026）东人调字第9号'); // no such case
      screening.run(6, '正在化解', null);
      migrate(db);
      const rows = db.prepare('SELECT id, resolution, updated_at FROM dispute_screening ORDER BY id').all() as {
        id: number;
        resolution: string | null;
        updated_at: string;
      }[];
      expect(rows.map((r) => [r.id, r.resolution])).toEqual([
        [1, '已调解'],
        [2, '已调解'],
        [3, '已预防'],
        [4, '正在化解'],
        [5, '正在化解'],
        [6, '正在化解'],
      ]);
      expect(rows.filter((r) => r.updated_at !== 'x').map((r) => r.id)).toEqual([1, 2]);
    });
  });
  it('0018 folds events that repeat a field into it, fills a blank field from one agreeing date, keeps the rest', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 18)) m.up(db);
      db.pragma('user_version = 17');
      db.prepare(
        "INSERT INTO committee (id, name, short_name, kind) VALUES (1, '东河镇人民调解委员会', '东', '乡镇调委会')",
      ).run();
      const kase = db.prepare(
        `INSERT INTO mediation_case (id, case_year, case_seq, case_no, accept_date, case_source, dispute_type, summary,
           committee_id, registered_on, agreement_date, close_date, revisit_date, created_at, updated_at)
         VALUES (?, 2026, ?, ?, '2026-03-02', '依申请调解', '02', '邻里纠纷', 1, '2026-03-02', ?, ?, ?, 'x', 'x')`,
      );
      kase.run(1, 1, '（2026）东人调字第1号', '2026-03-10', '2026-03-10', '2026-04-01');
      kase.run(2, 2, '（2026）东人调字第2号', null, '2026-03-20', null);
      kase.run(3, 3, '（2026）东人调字第3号', null, '2026-03-20', null);
      const person = db.prepare(
        `INSERT INTO correction_subject (id, name, sex, crime, sentence, category, start_date, end_date, report_date,
           state, registered_on, created_at, updated_at)
         VALUES (?, '欧阳明', '男', '盗窃罪', '有期徒刑一年，缓刑二年', '缓刑', '2026-01-05', '2027-01-04', ?, '在矫',
           '2026-01-05', 'x', 'x')`,
      );
      person.run(1, '2026-01-06');
      person.run(2, null);
      let seq = 0;
      const entry = db.prepare(
        'INSERT INTO record_entry (register, record_id, kind, seq, entry_date, data) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const event = (register: string, id: number, type: string, date: string, more: object = {}) =>
        entry.run(
          register,
          id,
          'event',
          seq++,
          date,
          JSON.stringify({ type, date, result: null, note: null, ...more }),
        );
      event('mediationCase', 1, '受理', '2026-03-02'); // same as 受理日期: folded
      event('mediationCase', 1, '协议生效', '2026-03-10'); // same: folded
      event('mediationCase', 1, '回访', '2026-04-01'); // same: folded
      event('mediationCase', 1, '回访', '2026-05-01'); // a second 回访: kept
      event('mediationCase', 1, '司法确认告知', '2026-03-11'); // no field of its own: kept
      event('mediationCase', 2, '协议生效', '2026-03-09'); // 协议签订日期 blank: filled from it
      event('mediationCase', 2, '履行期限届满', '2026-04-09'); // the new 履行期限届满日期: filled
      event('mediationCase', 2, '回访', '2026-03-19'); // blank 回访日期, but before 结案日期 2026-03-20: kept
      event('mediationCase', 3, '协议生效', '2026-03-09');
      event('mediationCase', 3, '协议生效', '2026-03-12'); // two dates for one blank field: both kept
      event('mediationCase', 3, '受理', '2026-03-02', { note: '电话受理，当事人次日补交申请书' }); // its 备注 has no home
      event('correctionSubject', 1, '报到（司法所）', '2026-01-06'); // same as 报到（接收）日期
      event('correctionSubject', 1, '实地查访', '2026-02-10'); // the 实地查访 entry of that day: folded
      event('correctionSubject', 1, '实地查访', '2026-03-10'); // no entry that day: kept
      event('correctionSubject', 2, '报到（司法所）', '2026-01-07'); // blank 报到（接收）日期: filled
      entry.run('correctionSubject', 1, 'fieldVisit', seq++, '2026-02-10', JSON.stringify({ date: '2026-02-10' }));

      migrate(db);

      const events = db
        .prepare("SELECT register, record_id, entry_date, data FROM record_entry WHERE kind = 'event' ORDER BY seq")
        .all() as { register: string; record_id: number; entry_date: string; data: string }[];
      expect(
        events.map(
          (e) => `${e.register}#${e.record_id} ${(JSON.parse(e.data) as { type: string }).type} ${e.entry_date}`,
        ),
      ).toEqual([
        'mediationCase#1 回访 2026-05-01',
        'mediationCase#1 司法确认告知 2026-03-11',
        'mediationCase#2 回访 2026-03-19',
        'mediationCase#3 协议生效 2026-03-09',
        'mediationCase#3 协议生效 2026-03-12',
        'mediationCase#3 受理 2026-03-02',
        'correctionSubject#1 实地查访 2026-03-10',
      ]);
      const cases = db
        .prepare(
          'SELECT id, agreement_date, performance_due_date, revisit_date, updated_at FROM mediation_case ORDER BY id',
        )
        .all() as {
        id: number;
        agreement_date: string | null;
        performance_due_date: string | null;
        revisit_date: string | null;
        updated_at: string;
      }[];
      expect(cases.map(({ updated_at, ...c }) => ({ ...c, changed: updated_at !== 'x' }))).toEqual([
        { id: 1, agreement_date: '2026-03-10', performance_due_date: null, revisit_date: '2026-04-01', changed: false },
        { id: 2, agreement_date: '2026-03-09', performance_due_date: '2026-04-09', revisit_date: null, changed: true },
        { id: 3, agreement_date: null, performance_due_date: null, revisit_date: null, changed: false },
      ]);
      expect(db.prepare('SELECT id, report_date FROM correction_subject ORDER BY id').all()).toEqual([
        { id: 1, report_date: '2026-01-06' },
        { id: 2, report_date: '2026-01-07' },
      ]);
      const rm03 = db.prepare("SELECT data FROM deadline_rule WHERE code = 'RM-03'").get() as { data: string };
      expect(JSON.parse(rm03.data)).toMatchObject({ doneBy: { kind: 'event', event: '结案' } });
    });
  });

  it('0018 leaves RM-03 as the office edited it', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 18)) m.up(db);
      db.pragma('user_version = 17');
      db.prepare("UPDATE deadline_rule SET custom = 1 WHERE code = 'RM-03'").run();
      migrate(db);
      const rm03 = db.prepare("SELECT data FROM deadline_rule WHERE code = 'RM-03'").get() as { data: string };
      expect(JSON.parse(rm03.data)).toMatchObject({ doneBy: { kind: 'event', event: '协议生效' } });
    });
  });

  it('0022 gives the 转入安置帮教 link to a ledger whose 0019 lacked it, and leaves the one 0019 made', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 22)) m.up(db);
      // An early copy of 0019 made the table without the link.
      db.exec(
        'DROP INDEX resettlement_subject_by_correction; ALTER TABLE resettlement_subject DROP COLUMN correction_subject_id',
      );
      db.pragma('user_version = 21');
      migrate(db);
      const linkColumn = () =>
        db
          .prepare("SELECT name FROM pragma_table_info('resettlement_subject') WHERE name = 'correction_subject_id'")
          .pluck()
          .all();
      expect(linkColumn()).toEqual(['correction_subject_id']);
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE name = 'resettlement_subject_by_correction'").pluck().all(),
      ).toHaveLength(1);
    });
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 22)) m.up(db);
      db.pragma('user_version = 21');
      expect(() => migrate(db)).not.toThrow();
    });
  });

  it('0019 moves AB-03 / AB-04 to the 安置帮教对象花名册, keeping the 期限 an office chose, and adds the rest of §B', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 19)) m.up(db);
      db.pragma('user_version = 18');
      // The office had AB-03 at 3 working days and switched AB-04 off.
      db.prepare(
        `UPDATE deadline_rule SET custom = 1, enabled = 1, data = json_set(data, '$.offset', 3, '$.task', '衔接') WHERE code = 'AB-03'`,
      ).run();
      db.prepare("UPDATE deadline_rule SET custom = 1, enabled = 0 WHERE code = 'AB-04'").run();
      migrate(db);
      const rule = (code: string) => {
        const row = db.prepare('SELECT data, enabled, custom FROM deadline_rule WHERE code = ?').get(code) as {
          data: string;
          enabled: number;
          custom: number;
        };
        return { ...(JSON.parse(row.data) as Record<string, unknown>), enabled: row.enabled, custom: row.custom };
      };
      expect(rule('AB-03')).toMatchObject({
        subject: 'resettlement',
        trigger: { kind: 'event', event: '报到' },
        doneBy: { kind: 'event', event: '建档' },
        offset: 3,
        unit: '工作日',
        task: '录入基本信息、建立一人一档（报到后 5 个工作日内）',
        enabled: 1,
        custom: 1,
      });
      expect(rule('AB-04')).toMatchObject({ subject: 'resettlement', offset: 1, unit: '月', enabled: 0, custom: 1 });
      expect(rule('AB-07A')).toMatchObject({ subject: 'resettlement', offset: 6, enabled: 1, custom: 0 });
      const codes = db.prepare("SELECT code FROM deadline_rule WHERE code LIKE 'AB-%' ORDER BY code").pluck().all();
      expect(codes).toEqual([
        'AB-01',
        'AB-01A',
        'AB-02',
        'AB-03',
        'AB-04',
        'AB-05',
        'AB-05A',
        'AB-05B',
        'AB-06',
        'AB-07',
        'AB-07A',
        'AB-08',
        'AB-09',
      ]);
    });
  });

  it('0020 seeds 过期后不再提醒 for RM-01 and CC-08, and leaves a rule the office edited as it was', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 20)) m.up(db);
      db.pragma('user_version = 19');
      // The office gave CC-08 (解矫教育) 10 days and its own words.
      db.prepare(
        `UPDATE deadline_rule SET custom = 1, data = json_set(data, '$.offset', 10, '$.task', '解矫教育（本所）') WHERE code = 'CC-08'`,
      ).run();
      const before = db.prepare("SELECT data FROM deadline_rule WHERE code = 'CC-08'").pluck().get();
      migrate(db);
      const data = (code: string) =>
        JSON.parse(db.prepare('SELECT data FROM deadline_rule WHERE code = ?').pluck().get(code) as string) as Record<
          string,
          unknown
        >;
      expect(data('RM-01')).toMatchObject({
        stopAfterDays: 7,
        offset: 30,
        task: '告知当事人可在 30 日内共同申请司法确认',
      });
      expect(db.prepare("SELECT data FROM deadline_rule WHERE code = 'CC-08'").pluck().get()).toBe(before);
      expect(data('CC-08')).not.toHaveProperty('stopAfterDays');
      expect(db.prepare("SELECT custom FROM deadline_rule WHERE code = 'RM-01'").pluck().get()).toBe(0);
      const stopping = db
        .prepare("SELECT code FROM deadline_rule WHERE json_type(data, '$.stopAfterDays') IS NOT NULL ORDER BY code")
        .pluck()
        .all();
      expect(stopping).toEqual(['RM-01']);
    });
  });

  it('0023 gives CC-07, CC-09…CC-15 the 审批事项 and keeps what the office set', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 23)) m.up(db);
      db.pragma('user_version = 22');
      // The office had switched CC-10 on with 2 days, and given CC-12 5 working days and 过期后不再提醒 of 10 days.
      db.prepare(
        `UPDATE deadline_rule SET custom = 1, enabled = 1, data = json_set(data, '$.offset', 2) WHERE code = 'CC-10'`,
      ).run();
      db.prepare(
        `UPDATE deadline_rule SET custom = 1, data = json_set(data, '$.offset', 5, '$.stopAfterDays', 10) WHERE code = 'CC-12'`,
      ).run();
      migrate(db);
      const rule = (code: string) => {
        const row = db.prepare('SELECT data, enabled, custom, seeded FROM deadline_rule WHERE code = ?').get(code) as {
          data: string;
          enabled: number;
          custom: number;
          seeded: number;
        };
        const { data, ...columns } = row;
        return { ...(JSON.parse(data) as Record<string, unknown>), ...columns } as Record<string, unknown>;
      };
      expect(rule('CC-09A')).toMatchObject({
        trigger: { kind: 'event', event: '外出审批表报备' },
        offset: 0,
        unit: '自然日',
        doneBy: { kind: 'result' },
        enabled: 1,
        custom: 0,
        seeded: 1,
      });
      expect(rule('CC-10')).toMatchObject({
        trigger: { kind: 'event', event: '外出申请（七日以上）' },
        offset: 2,
        unit: '自然日',
        task: '审核后填写《社区矫正对象外出审批表》、签署意见，报县社区矫正机构批准',
        enabled: 1,
        custom: 1,
      });
      expect(rule('CC-12')).toMatchObject({ offset: 5, unit: '工作日', stopAfterDays: 10, custom: 1 });
      expect(rule('CC-12')['note']).toContain('迁居');
      expect(rule('CC-13')).toMatchObject({
        offset: 5,
        task: '在司法所张贴公示（公示五个工作日），登记公示开始日期',
        custom: 0,
      });
      expect(rule('CC-13')).not.toHaveProperty('stopAfterDays');
      expect(rule('CC-15')['note']).toBe('登记表“期满鉴定”填写即完成');
      const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'record_entry_events'").pluck().get();
      expect(index).toContain("'approval', 'monthlyAssessment', 'appraisal'");
    });
  });

  it('0021 adds the import batches to a ledger at 0020 and leaves its records as they were', () => {
    withDatabase((db) => {
      for (const m of migrations.filter((m) => m.version < 21)) m.up(db);
      db.pragma('user_version = 20');
      db.prepare(
        "INSERT INTO committee (name, short_name, kind, active, sort) VALUES ('东河镇人民调解委员会', '东', '乡镇调委会', 1, 0)",
      ).run();
      const before = db.prepare('SELECT count(*) FROM committee').pluck().get();
      migrate(db);
      db.pragma('foreign_keys = ON');
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT count(*) FROM committee').pluck().get()).toBe(before);
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'import_%' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(['import_batch', 'import_batch_record', 'import_mapping']);
      const batch = db
        .prepare(
          "INSERT INTO import_batch (register, file_name, created_at, created_by, row_count) VALUES ('petition', '来访.xlsx', '2026-12-03T08:00:00Z', '王晓红', 2)",
        )
        .run();
      db.prepare("INSERT INTO import_batch_record (batch_id, register, record_id) VALUES (?, 'petition', 7)").run(
        batch.lastInsertRowid,
      );
      // A record of no batch cannot be named: the batch must exist.
      expect(() =>
        db.prepare("INSERT INTO import_batch_record (batch_id, register, record_id) VALUES (99, 'petition', 8)").run(),
      ).toThrow(/FOREIGN KEY/);
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT batch_id FROM import_batch_record WHERE register = 'petition' AND record_id = 7",
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/import_batch_record_by_record/);
    });
  });
});
