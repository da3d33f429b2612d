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
});
