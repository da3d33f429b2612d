// `npm run bench` (after documents.bench.ts): how long the Excel reports take on a large ledger, as numbers (median
// of several runs after a warm-up), not pass/fail. A ledger of 300,000 records over ten years (2017–2026) is written
// straight into SQLite with prepared statements in one transaction (the API would take minutes), then:
// - the 月报 of one month: buildReturnPreview + buildReturnWorkbook, target < 1 s;
// - a one-year 人民调解收结案登记簿 of 10,000 cases with their parties: buildRegisterBook, target < 3 s.
// Run with jiti (node_modules/.bin/jiti): TypeScript straight from the sources, no build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../src-main/core';
import { buildRegisterBook, buildReturnPreview, buildReturnWorkbook } from '../src-main/core/reports';
import { readSettings } from '../src-main/core/settings';
import { caseSources, disputeTypeVersions } from '../src-shared/codes';
import { addYears, isoDate, parseDate } from '../src-shared/dates';
import type { ReportPeriod } from '../src-shared/reports';
import type { Settings } from '../src-shared/settings';
import { invokeAsAdmin } from '../tests/support/session';

const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
/** Register records per book: 300,000 in all; mediation cases also get 2–3 party rows each. */
const COUNTS = {
  mediation_case: 100_000,
  dispute_screening: 100_000,
  petition: 40_000,
  legal_publicity: 20_000,
  study_meeting: 15_000,
  legal_aid: 15_000,
  typical_case: 5_000,
  correction_subject: 5_000,
};

/** A small deterministic PRNG (mulberry32), so every run measures the same ledger. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20260321);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
/** The i-th of n dates spread evenly over the ten years (so each year holds n / 10). */
const dateOf = (i: number, n: number) => {
  const year = YEARS[Math.floor((i * YEARS.length) / n)]!;
  return isoDate(year, int(1, 12), int(1, 28));
};

async function seed(core: Core): Promise<void> {
  const kinds = [
    '村调委会',
    '村调委会',
    '村调委会',
    '居（社区）调委会',
    '居（社区）调委会',
    '乡镇调委会',
    '行业性专业性调委会',
    '村调委会',
    '村调委会',
    '企事业单位调委会',
  ];
  const saved = await invokeAsAdmin(core, 'settings.save', {
    officeName: '东河镇司法所',
    county: '如东县',
    township: '东河镇',
    committees: kinds.map((kind, i) => ({
      name: `第${i + 1}人民调解委员会`,
      shortName: `调${i + 1}`,
      kind,
      active: true,
    })),
    staff: [{ name: '王晓红', position: '所长', active: true }],
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const committees = (saved.value as Settings).committees.map((c) => ({ id: c.id!, short: c.shortName }));
  const db = core.ledger.sqlite;
  const stamp = new Date().toISOString();
  const types = disputeTypeVersions.C.map((t) => t.value);
  const sources = caseSources.map((s) => s.value);
  const names = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';

  const insertCase =
    db.prepare(`INSERT INTO mediation_case (case_no, committee_id, accept_date, dispute_type, case_source, mediators,
    summary, party_count, difficult, result, agreement_form, agreement_amount, close_date, prevent_suicide, prevent_suicide_persons,
    prevent_petition, prevent_petition_persons, registered_on, registered_by, case_year, case_seq, search_text, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '["李调解"]', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '王晓红', ?, ?, '', ?, ?)`);
  const insertParty =
    db.prepare(`INSERT INTO party (register, record_id, role, seq, kind, name, sex, age, phone, address)
    VALUES (?, ?, ?, ?, '自然人', ?, ?, ?, ?, ?)`);
  const insertScreening =
    db.prepare(`INSERT INTO dispute_screening (screening_date, scope, screeners, zero_report, dispute_type, summary,
    person_count, risk_level, risk_flags, measures, responsible_person, resolution, registered_on, search_text, created_at, updated_at)
    VALUES (?, ?, '王晓红', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`);
  const insertPetition =
    db.prepare(`INSERT INTO petition (visit_date, method, visitor_count, matter, category, receiver, handling,
    registered_on, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, '纠纷', '王晓红', ?, ?, '', ?, ?)`);
  const insertPublicity =
    db.prepare(`INSERT INTO legal_publicity (activity_date, location, theme, forms, audience_count, materials_count,
    registered_on, search_text, created_at, updated_at) VALUES (?, '文化广场', '民法典宣传', '["摆摊咨询"]', ?, ?, ?, '', ?, ?)`);
  const insertMeeting =
    db.prepare(`INSERT INTO study_meeting (meeting_date, meeting_type, topic, registered_on, search_text, created_at,
    updated_at) VALUES (?, ?, '学习人民调解法', ?, '', ?, ?)`);
  const insertAid =
    db.prepare(`INSERT INTO legal_aid (receive_date, receiver, matter_category, handling, registered_on, search_text,
    created_at, updated_at) VALUES (?, '王晓红', '劳动报酬', ?, ?, '', ?, ?)`);
  const insertTypical =
    db.prepare(`INSERT INTO typical_case (title, facts, registered_on, search_text, created_at, updated_at)
    VALUES (?, '两户村民因排水沟走向发生争执。', ?, '', ?, ?)`);
  const insertSubject =
    db.prepare(`INSERT INTO correction_subject (name, sex, crime, sentence, category, start_date, end_date, state,
    registered_on, search_text, created_at, updated_at) VALUES (?, '男', '危险驾驶罪', '拘役三个月，缓刑六个月', ?, ?, ?, ?, ?, '', ?, ?)`);
  const insertEntry = db.prepare(
    `INSERT INTO record_entry (register, record_id, kind, seq, entry_date, data) VALUES ('correctionSubject', ?, 'fieldVisit', ?, ?, ?)`,
  );

  db.transaction(() => {
    const seqs = new Map<string, number>();
    for (let i = 0; i < COUNTS.mediation_case; i++) {
      const accept = dateOf(i, COUNTS.mediation_case);
      const committee = pick(committees);
      const year = Number(accept.slice(0, 4));
      const key = `${committee.id}-${year}`;
      const seq = (seqs.get(key) ?? 0) + 1;
      seqs.set(key, seq);
      const result = pick(['成功', '成功', '成功', '不成功', '终止', null]);
      const form = result === '成功' ? pick(['书面协议', '口头协议']) : null;
      const suicide = rnd() < 0.02 ? 1 : 0;
      const petition = rnd() < 0.03 ? 1 : 0;
      const { lastInsertRowid } = insertCase.run(
        `（${year}）${committee.short}人调字第${seq}号`,
        committee.id,
        accept,
        pick(types),
        pick(sources),
        '双方因宅基地界址发生争执，经调解员多次上门做工作，双方同意调解。',
        rnd() < 0.2 ? int(2, 30) : null,
        rnd() < 0.1 ? 1 : 0,
        result,
        form,
        form === '书面协议' ? int(0, 20_000_000) : null,
        result ? accept : null,
        suicide,
        suicide ? int(1, 3) : null,
        petition,
        petition ? int(5, 40) : null,
        accept,
        year,
        seq,
        stamp,
        stamp,
      );
      const parties = int(2, 3);
      for (let p = 0; p < parties; p++) {
        const sex = pick(['男', '女']);
        insertParty.run(
          'mediationCase',
          lastInsertRowid,
          p === 0 ? 'applicant' : 'respondent',
          p,
          `${pick([...names])}${pick([...names])}${sex === '男' ? '建' : '秀'}`,
          sex,
          int(20, 80),
          `139${String(int(0, 99_999_999)).padStart(8, '0')}`,
          '东河镇新桥村',
        );
      }
    }
    for (let i = 0; i < COUNTS.dispute_screening; i++) {
      const date = dateOf(i, COUNTS.dispute_screening);
      const zero = rnd() < 0.1 ? 1 : 0;
      const major = !zero && rnd() < 0.01;
      insertScreening.run(
        date,
        pick(['新桥村', '河西社区', '南园村', '东河镇区']),
        zero,
        zero ? null : pick(types),
        zero ? null : '邻里排水沟堵塞。',
        zero ? null : int(1, 40),
        zero ? null : major ? '重大' : pick(['一般', '较大']),
        zero ? null : JSON.stringify(rnd() < 0.1 ? ['可能群体性上访'] : []),
        major ? '专人稳控。' : null,
        major ? '刘主任' : null,
        zero ? null : pick(['已调解', '已预防', '移交', '正在化解']),
        date,
        stamp,
        stamp,
      );
    }
    for (let i = 0; i < COUNTS.petition; i++) {
      const date = dateOf(i, COUNTS.petition);
      insertPetition.run(
        date,
        pick(['来访', '来信', '来电']),
        int(1, 5),
        '反映宅基地界址不清。',
        pick(['当场答复', '转人民调解', null]),
        date,
        stamp,
        stamp,
      );
    }
    for (let i = 0; i < COUNTS.legal_publicity; i++) {
      const date = dateOf(i, COUNTS.legal_publicity);
      insertPublicity.run(date, int(20, 500), int(0, 1000), date, stamp, stamp);
    }
    for (let i = 0; i < COUNTS.study_meeting; i++) {
      const date = dateOf(i, COUNTS.study_meeting);
      insertMeeting.run(date, pick(['政治学习', '业务学习', '所务会']), date, stamp, stamp);
    }
    for (let i = 0; i < COUNTS.legal_aid; i++) {
      const date = dateOf(i, COUNTS.legal_aid);
      insertAid.run(date, pick(['当场解答', '转交法律援助中心']), date, stamp, stamp);
    }
    for (let i = 0; i < COUNTS.typical_case; i++) {
      const date = dateOf(i, COUNTS.typical_case);
      insertTypical.run(`典型案例${i + 1}`, date, stamp, stamp);
    }
    for (let i = 0; i < COUNTS.correction_subject; i++) {
      const start = dateOf(i, COUNTS.correction_subject);
      const end = addYears(start, 1);
      const { lastInsertRowid } = insertSubject.run(
        `对象${i + 1}`,
        pick(['缓刑', '假释', '管制']),
        start,
        end,
        end > '2026-06-30' ? '在矫' : '期满解矫',
        start,
        stamp,
        stamp,
      );
      for (let v = 0; v < 3; v++) {
        const { year, month } = parseDate(start);
        const visit = isoDate(year, month, int(1, 28));
        insertEntry.run(
          lastInsertRowid,
          v,
          visit,
          JSON.stringify({ date: visit, place: '家庭', reason: '例行查访', situation: '表现良好。' }),
        );
      }
    }
  })();
  db.pragma('optimize');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure(label: string, runs: number, target: number, work: () => Promise<string>): Promise<void> {
  let detail = await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    detail = await work();
    times.push(performance.now() - start);
  }
  const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
  console.log(
    `${label.padEnd(40)} median ${fmt(median(times))}   max ${fmt(Math.max(...times))}   (${runs} runs, ${detail}, target < ${target} ms)`,
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-reports-'));
const core = createCore(dir, { log: () => {} });
try {
  const started = performance.now();
  await seed(core);
  const total = Object.values(COUNTS).reduce((a, b) => a + b, 0);
  const parties = core.ledger.sqlite.prepare('SELECT count(*) AS n FROM party').get() as { n: number };
  console.log(
    `Excel 报表耗时（Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'}）\n` +
      `台账：${total.toLocaleString()} 条登记（其中人民调解案件 ${COUNTS.mediation_case.toLocaleString()} 件，当事人 ${parties.n.toLocaleString()} 人），` +
      `2017–2026 年，写入 ${((performance.now() - started) / 1000).toFixed(1)} s，数据文件 ${(fs.statSync(core.ledger.file).size / 1048576).toFixed(0)} MB`,
  );
  const db = core.ledger.db;
  const settings = await readSettings(db);
  const month: ReportPeriod = { kind: 'month', year: 2026, month: 3 };
  await measure('月报（2026年3月）：预览 + 工作簿', 7, 1000, async () => {
    const preview = await buildReturnPreview(db, month, settings, '2026-04-02');
    const bytes = await buildReturnWorkbook(preview, { reporter: '王晓红', reportDate: '2026-04-02' });
    return `${preview.mediation.rows.at(-1)?.values['total']} 件, ${(bytes.length / 1024).toFixed(0)} KB`;
  });
  await measure('年报（2026年）：预览 + 工作簿', 5, 1000, async () => {
    const preview = await buildReturnPreview(db, { kind: 'year', year: 2026 }, settings, '2027-01-05');
    const bytes = await buildReturnWorkbook(preview, { reporter: '王晓红', reportDate: '2027-01-05' });
    return `${preview.mediation.rows.at(-1)?.values['total']} 件, ${(bytes.length / 1024).toFixed(0)} KB`;
  });
  await measure('人民调解收结案登记簿（2026年）', 5, 3000, async () => {
    const book = await buildRegisterBook(db, {
      register: 'mediationCase',
      from: '2026-01-01',
      to: '2026-12-31',
      settings,
    });
    const rows = core.ledger.sqlite
      .prepare(
        `SELECT count(*) AS n FROM mediation_case WHERE deleted_at IS NULL AND accept_date BETWEEN '2026-01-01' AND '2026-12-31'`,
      )
      .get() as { n: number };
    return `${rows.n.toLocaleString()} 行, ${(book.bytes.length / 1048576).toFixed(1)} MB`;
  });
} finally {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
