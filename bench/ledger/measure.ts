import fs from 'node:fs';
import path from 'node:path';
import { createCore, openCore, type Core } from '../../src-main/core';
import { BACKUP_FOLDER } from '../../src-main/core/backup/service';
import { verifyInWorker } from '../../src-main/core/backup/worker';
import { startCore } from '../../src-main/core/startup';
import type { BackupEntry } from '../../src-shared/backups';
import { adminSession } from '../../tests/support/session';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { columnFields, registers, type RegisterDef, type RegisterKey } from '../../src-shared/registers';
import type { ApiInput, ApiMethod, RecordPage } from '../../src-shared/handlers';
import { Random } from '../synthetic/random';
import { syntheticRecord } from '../synthetic/records';
import type { ImportResult } from '../../src-shared/api/imports';
import type { ImportReadingView } from '../../src-shared/api/importReading';
import type { UploadedFile } from '../../src-shared/api/uploads';
import { IMPORT_ROWS } from './importSheet';
import { plainList, plainSearchCondition, type PlainQuery } from './plain';
import { round, time, timeInTurns, type Timing } from './stats';

// Every timed operation of npm run bench on one ledger, through core.invoke as the app calls it (zod, one transaction
// each).

const RUNS = 20;
/**
 * BENCH_PARTS=outputs (say) measures only that part, when working on one thing; the committed results have all four.
 * BENCH_PARTS=home: only 首页 (the first part of outputs), to compare a change to the reminders before and after.
 */
const PARTS = (process.env['BENCH_PARTS'] ?? 'lists,searches,records,outputs').split(',');
/** A plain LIKE scan of a county's book takes seconds: a few runs show its cost well enough. */
const PLAIN_SEARCH_RUNS = 2;
const PAGE = 50;
/**
 * A save's time is mostly the disk syncing its commit, which on this shared machine now and then takes several times
 * as long: out of 20 the 95th percentile is nearly the slowest one, so saves are timed 60 times.
 */
const SAVE_RUNS = 60;
/** The books the search box is measured on: the biggest, with parties. */
const SEARCHED: RegisterKey[] = ['disputeScreening', 'petition', 'mediationCase'];

export interface SizeResult {
  timings: Timing[];
  peakRssMb: number;
  fileMb: number;
}

/** `importSheet`: the .xlsx of bench/ledger/importSheet.ts, written beforehand (its making is not measured). */
export async function measureLedger(
  dir: string,
  importSheet: string,
  log: (line: string) => void,
): Promise<SizeResult> {
  const timings: Timing[] = [];
  const record = (t: Timing) => {
    // The peak so far, after each operation: the step where it jumps is the one holding too much at once.
    const peak = peakRssMb();
    timings.push({ ...t, peakRssMb: peak });
    log(
      `  ${t.group} ${t.label}: p95 ${t.p95} ms${t.plain ? ` (plain ${t.plain.p95} ms, ×${t.plain.ratio})` : ''}${t.detail ? ` — ${t.detail}` : ''} [峰值 ${peak} MB]`,
    );
  };

  await measureStart(dir, record);

  const opened = await time(5, () => createCore(dir, { log: () => {} }).close());
  record({ group: '打开', label: '打开数据库（含迁移检查）', runs: 5, median: opened.median, p95: opened.p95 });

  const core = createCore(dir, { log: () => {} });
  try {
    const call = callerOf(core);
    if (PARTS.includes('lists')) await measureLists(core, call, record);
    if (PARTS.includes('searches')) await measureSearches(core, call, record);
    if (PARTS.includes('records')) await measureRecords(core, call, record);
    if (PARTS.includes('outputs') || PARTS.includes('home')) await measureOutputs(core, call, record, importSheet);
  } finally {
    await core.close();
  }
  return {
    timings,
    peakRssMb: peakRssMb(),
    fileMb: Math.round(fs.statSync(path.join(dir, DATABASE_FILE)).size / 1e5) / 10,
  };
}

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Calls as a logged-in administrator, so every call also pays for the session check and its audit entry. */
function callerOf(core: Core): Call {
  const session = adminSession(core);
  return async (method, input) => {
    const result = await core.invoke(method, input, session);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
}

/** The app's start, after an unclean and after a clean close, and the first 首页 after it. */
async function measureStart(dir: string, record: Record_): Promise<void> {
  // The app's start (startup.ts): the lock, PRAGMA quick_check of the whole file, migrations; the start-up copy is
  // only begun, in a worker, and the window opens meanwhile (the app begins it 20 s later; here at once, to time it
  // and to time 首页 while it is being written). Once, as each start leaves a copy of the whole file. It
  // also sets how far V8 lets the heap grow (heap.ts), for the rest of this process as for the app's.
  const startedAt = performance.now();
  const started = await startCore(dir, { log: () => {}, startBackupAfterMs: 0 });
  const readyMs = round(performance.now() - startedAt);
  // The clerk logs in meanwhile (its password check alone is a deliberate ~0.1 s): by then 首页's reminders, queued
  // at start, have been worked out; the first 首页 is then timed as the clerk meets it.
  await started.serial(async () => undefined);
  const call = callerOf(started);
  const homeStarted = performance.now();
  await openHome(call);
  const firstHomeMs = round(performance.now() - homeStarted);
  await started.backups.settled();
  const backedUpMs = round(performance.now() - startedAt);
  await started.close();
  fs.rmSync(path.join(dir, BACKUP_FOLDER), { recursive: true, force: true });
  record({
    group: '启动',
    label: '启动到可以登录：上次未正常关闭（锁定、完整性检查、迁移检查）',
    runs: 1,
    median: readyMs,
    p95: readyMs,
    detail: `启动备份在后台写出并校验完毕：${(backedUpMs / 1000).toFixed(1)} s`,
  });
  // After that clean close the file is as the app left it (db/cleanClose.ts): opened the way startCore opens it,
  // without the lock and the background copy this time.
  const reopenedAt = performance.now();
  const reopened = await openCore(dir, { log: () => {} });
  const reopenMs = round(performance.now() - reopenedAt);
  const reopenedMode = reopened.status().mode;
  await reopened.close();
  record({
    group: '启动',
    label: '启动到可以登录：上次正常关闭（不必读遍整个文件）',
    runs: 1,
    median: reopenMs,
    p95: reopenMs,
    detail: reopenedMode === 'normal' ? '' : reopenedMode,
  });
  record({
    group: '首页',
    label: '启动后第一次打开（提醒已在登录时算好）',
    runs: 1,
    median: firstHomeMs,
    p95: firstHomeMs,
  });
}

type Call = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<unknown>;
type Record_ = (t: Timing) => void;

const middleYear = () => new Date().getFullYear() - 5;

async function listAndPlain(
  core: Core,
  call: Call,
  record: Record_,
  group: string,
  label: string,
  def: RegisterDef,
  input: Omit<ApiInput<'registers.list'>, 'register' | 'page' | 'pageSize'>,
  plain: PlainQuery,
  plainRuns = RUNS,
): Promise<void> {
  const list = () => call('registers.list', { register: def.key, page: 1, pageSize: PAGE, ...input });
  const { total, totalCapped } = (await list()) as RecordPage;
  // A search that stopped counting is compared with plain SQL that stops at the same number.
  const bareList = () => plainList(core.ledger.sqlite, def, { ...plain, ...(totalCapped ? { countCap: total } : {}) });
  // In turns where both run as often; a plain LIKE scan of every record, only a few times after ours.
  const [ours, bare] =
    plainRuns === RUNS
      ? await timeInTurns(RUNS, list, bareList)
      : [await time(RUNS, list), await time(plainRuns, bareList)];
  const plainTotal = bare.last as ReturnType<typeof plainList>;
  if (total !== plainTotal.total || totalCapped !== plainTotal.totalCapped) {
    throw new Error(`${def.title} ${label}: ours ${total} rows, plain SQL ${plainTotal.total}`);
  }
  record({
    group,
    label: `${def.title} ${label}`,
    runs: RUNS,
    median: ours.median,
    p95: ours.p95,
    plain: { median: bare.median, p95: bare.p95, ratio: Math.round((ours.median / bare.median) * 100) / 100 },
    detail: totalCapped ? `超过 ${total} 条` : `${total} 条`,
  });
}

async function measureLists(core: Core, call: Call, record: Record_): Promise<void> {
  for (const def of registers) {
    const sort = def.defaultSort;
    const base: PlainQuery = { where: [], params: [], sort: sort.key, order: sort.order, pageSize: PAGE };
    await listAndPlain(core, call, record, '列表', '第一页', def, {}, base);

    const year = middleYear();
    const filter = def.fields.find((f) => f.filter && f.type === 'select') ?? def.fields.find((f) => f.filter);
    const value = filter?.options?.[0]?.value;
    const where = [`${def.dateField} >= ?`, `${def.dateField} < ?`];
    const params: unknown[] = [`${year}-01-01`, `${year + 1}-01-01`];
    if (filter && value !== undefined) {
      where.push(filter.type === 'multiselect' ? `${filter.key} LIKE ?` : `${filter.key} = ?`);
      params.push(filter.type === 'multiselect' ? `%${JSON.stringify(value)}%` : value);
    }
    await listAndPlain(
      core,
      call,
      record,
      '列表',
      `按年度${filter ? `和${filter.label}` : ''}筛选`,
      def,
      { year, ...(filter && value !== undefined ? { filters: { [filter.key]: value } } : {}) },
      { ...base, where, params },
    );

    // A clerk clicking a column header: the first list column other than the default order.
    const column = columnFields(def).find(
      (f) => f.list && f.key !== sort.key && !['multiselect', 'mediators'].includes(f.type),
    );
    if (column) {
      await listAndPlain(
        core,
        call,
        record,
        '列表',
        `按${column.label}排序`,
        def,
        { sort: column.key, order: 'asc' },
        { ...base, sort: column.key, order: 'asc' },
      );
    }
  }
}

async function measureSearches(core: Core, call: Call, record: Record_): Promise<void> {
  const party = core.ledger.sqlite
    .prepare('SELECT name, phone, id_number FROM party WHERE id_number IS NOT NULL LIMIT 1 OFFSET 1234')
    .get() as {
    name: string;
    phone: string;
    id_number: string;
  };
  const queries: [string, string][] = [
    ['一字姓', '王'],
    ['两字姓名', party.name.slice(0, 2)],
    ['身份证号片段', party.id_number.slice(10, 17)],
    ['电话片段', party.phone.slice(-5)],
    ['文字词语', '宅基地'],
    ['拼音首字母', 'wxh'],
  ];
  for (const key of SEARCHED) {
    const def = registers.find((r) => r.key === key)!;
    for (const [label, q] of queries) {
      const like = plainSearchCondition(q);
      await listAndPlain(
        core,
        call,
        record,
        '搜索',
        `${label}“${q}”`,
        def,
        { q },
        {
          where: [like.where],
          params: [like.param],
          sort: def.defaultSort.key,
          order: def.defaultSort.order,
          pageSize: PAGE,
        },
        PLAIN_SEARCH_RUNS,
      );
    }
  }
}

async function measureRecords(core: Core, call: Call, record: Record_): Promise<void> {
  const ids = (core.ledger.sqlite.prepare('SELECT id FROM mediation_case ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const rng = new Random(99);
  const loaded = await time(50, () => call('registers.get', { register: 'mediationCase', id: rng.pick(ids) }));
  record({
    group: '记录',
    label: '打开一件调解案件（当事人、调查、调解记录、事件）',
    runs: 50,
    median: loaded.median,
    p95: loaded.p95,
  });

  const committeeIds = (core.ledger.sqlite.prepare('SELECT id FROM committee').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const staff = (core.ledger.sqlite.prepare('SELECT name FROM staff').all() as { name: string }[]).map((r) => r.name);
  const today = new Date().toISOString().slice(0, 10);
  const fresh = () =>
    syntheticRecord(
      registers.find((r) => r.key === 'mediationCase')!,
      rng,
      { date: today, committeeIds, staff, mediators: staff },
    );
  // A clerk pauses between two saves, and the app tidies up then (db/housekeeping.ts): each save is timed after that
  // pause's housekeeping, which is timed on its own below.
  const pause = () => core.tidy();
  const created: number[] = [];
  const saved = await time(
    SAVE_RUNS,
    async () =>
      created.push(
        ((await call('registers.create', { register: 'mediationCase', data: fresh() })) as { id: number }).id,
      ),
    pause,
  );
  record({ group: '记录', label: '保存一件新调解案件', runs: SAVE_RUNS, median: saved.median, p95: saved.p95 });
  const edit = (i: number) =>
    call('registers.update', { register: 'mediationCase', id: created[Math.max(0, i)]!, data: fresh() });
  const edited = await time(SAVE_RUNS, edit, pause);
  record({ group: '记录', label: '修改并保存一件调解案件', runs: SAVE_RUNS, median: edited.median, p95: edited.p95 });
  const tidied = await time(RUNS, pause, edit);
  record({
    group: '整理',
    label: '停顿时的整理（合并搜索索引、写回日志），每次保存之后',
    runs: RUNS,
    median: tidied.median,
    p95: tidied.p95,
  });
}

/**
 * 首页 as the app asks for it, every call the page makes: the soonest 20 reminders of each status with their counts,
 * the counts of the books, last month's 月报, this month's quotas and the twelve-month charts.
 */
async function openHome(call: Call): Promise<void> {
  const now = new Date();
  await call('reminders.list', { perStatus: 20 });
  await call('home.summary', { year: now.getFullYear(), month: now.getMonth() + 1 });
  await call('reports.status', {});
  await call('home.quotas', {});
  await call('home.trends', {});
}

async function measureOutputs(core: Core, call: Call, record: Record_, importSheet: string): Promise<void> {
  const year = middleYear();
  /** One failing operation is reported as not measured, with its message, and the rest still run. */
  const measure = async (
    group: string,
    label: string,
    runs: number,
    work: () => Promise<unknown>,
    detail?: () => string,
    prepare?: (i: number) => Promise<unknown>,
  ) => {
    try {
      const t = await time(runs, work, prepare);
      record({ group, label, runs, median: t.median, p95: t.p95, ...(detail ? { detail: detail() } : {}) });
    } catch (error) {
      record({ group, label, runs: 0, median: NaN, p95: NaN, detail: `未测：${(error as Error).message}` });
    }
  };

  const home = () => openHome(call);
  await measure('首页', '待办提醒和各簿计数（再次打开）', 20, home);
  // A clerk saves a case and goes back to 首页: that case's reminders are worked out again, the rest are kept.
  const caseDef = registers.find((r) => r.key === 'mediationCase')!;
  const recent = core.ledger.sqlite
    .prepare('SELECT id FROM mediation_case WHERE deleted_at IS NULL ORDER BY accept_date DESC LIMIT 20')
    .all() as { id: number }[];
  await measure('首页', '修改一件调解案件后的待办提醒和计数', 20, home, undefined, async (i) => {
    const id = recent[Math.max(0, i)]!.id;
    const got = (await call('registers.get', { register: 'mediationCase', id })) as { data: Record<string, unknown> };
    const data = Object.fromEntries(caseDef.fields.filter((f) => !f.generated).map((f) => [f.key, got.data[f.key]]));
    await call('registers.update', { register: 'mediationCase', id, data: { ...data, remark: `回访已约定（${i}）` } });
  });
  // A rule saved in 设置: that rule's reminders are worked out again for every person or case.
  const rule = (
    (await call('rules.list', {})) as {
      rules: { code: string; offset: number; unit: string; enabled: boolean; task: string }[];
    }
  ).rules[0]!;
  await measure('首页', `修改一条规则（${rule.code}）后的待办提醒和计数`, 5, home, undefined, () =>
    call('rules.save', {
      code: rule.code,
      offset: rule.offset,
      unit: rule.unit as '工作日',
      enabled: rule.enabled,
      task: rule.task,
    }),
  );
  // The holiday calendar saved (or a new day): every reminder is worked out from the records, as at start (where the
  // login screen hides it) — here with the clerk waiting on 首页 straight after.
  const calendarYear = ((await call('calendar.get', {})) as { years: ApiInput<'calendar.saveYear'>[] }).years.at(-1)!;
  await measure('首页', '节假日安排修改后（或换了一天）：全部提醒从头计算', 5, home, undefined, () =>
    call('calendar.saveYear', {
      year: calendarYear.year,
      holidays: calendarYear.holidays,
      workdays: calendarYear.workdays,
    }),
  );
  if (!PARTS.includes('outputs')) return;
  await measure('报表', `月报（${year}年6月，预览+工作簿）`, 5, () =>
    call('reports.export', { period: { kind: 'month', year, month: 6 }, reporter: '王晓红', acknowledged: true }),
  );
  await measure('登记簿', `一年的人民调解收结案登记簿（${year}）`, 3, () =>
    call('registers.exportBook', { register: 'mediationCase', from: `${year}-01-01`, to: `${year}-12-31` }),
  );

  // 导入 (issue 21): a 10,000-row old 来信来访登记簿 read for the preview, then imported as one batch (and undone).
  const sheet = new Uint8Array(fs.readFileSync(importSheet));
  const put = async () =>
    (await call('uploads.put', { name: '来信来访登记簿（2019年）.xlsx', bytes: sheet })) as UploadedFile;
  let upload = await put();
  let readRows = 0;
  const preview = async () => {
    readRows = ((await call('imports.read', { upload: upload.id, register: 'petition' })) as ImportReadingView).rows
      .length;
  };
  // The file chosen anew before each run (not timed): the preview the clerk waits for reads it.
  await measure(
    '导入预览',
    `${IMPORT_ROWS} 行的旧登记簿（读表、对列、逐行核对、查重）`,
    3,
    preview,
    () => `${readRows} 行，文件 ${Math.round(sheet.length / 1024)} KB`,
    async () => {
      upload = await put();
    },
  );
  // After a correction (表头, 列对应, a cell) the same file is read again: the sheet is not unpacked twice.
  await measure('导入预览', `改正后再读（同一文件，${IMPORT_ROWS} 行）`, 3, preview);
  let imported: ImportResult | null = null;
  // Each run but the first starts by undoing the batch before (not timed): the same 10,000 rows each time.
  const undoLast = async () => {
    if (imported) await call('imports.undo', { batchId: imported.batchId });
  };
  await measure(
    '导入',
    `确认导入 ${IMPORT_ROWS} 行（按预览时的读法写入，一个事务）`,
    2,
    async () => {
      imported = (await call('imports.confirm', { upload: upload.id, register: 'petition' })) as ImportResult;
    },
    () => `导入 ${imported?.ids.length ?? 0} 条`,
    undoLast,
  );
  await undoLast();

  const caseId =
    (
      core.ledger.sqlite
        .prepare(
          "SELECT id FROM mediation_case WHERE agreement_form = '书面协议' AND agreement_terms <> '[]' AND coalesce(agreement_facts, '') <> '' AND result NOT IN ('不成功', '终止') LIMIT 1",
        )
        .get() as { id: number } | undefined
    )?.id ?? 1;
  await measure('文书', '一份人民调解协议书', 10, () =>
    call('documents.generate', { register: 'mediationCase', id: caseId, kind: 'agreement' }),
  );
  await measure('文书', '一本人民调解卷宗', 5, () =>
    call('documents.generate', { register: 'mediationCase', id: caseId, kind: 'caseFile' }),
  );

  // The app's 立即备份: the online backup API writes the copy into 备份/ and the call returns; integrity_check of the
  // copy and its record counts follow in a worker thread. Each repetition first lets the previous check finish.
  let made: BackupEntry | undefined;
  await measure(
    '备份',
    '立即备份（写出副本）',
    2,
    async () => {
      made = (await call('backups.create', {})) as BackupEntry;
    },
    () => `${Math.round((made?.size ?? 0) / 1e6)} MB`,
    () => core.backups.settled(),
  );
  // The check itself, timed once: it does not hold up the clerk, but it is how long until the copy shows 通过.
  await core.backups.settled();
  const started = performance.now();
  const checked = await verifyInWorker(path.join(core.backups.folder, made!.file), new Date().toISOString());
  const checkMs = Math.round(performance.now() - started);
  record({
    group: '备份（后台）',
    label: '副本的完整性检查与计数（工作线程）',
    runs: 1,
    median: checkMs,
    p95: checkMs,
    detail: `校验${checked.verification.ok ? '通过' : `未通过：${checked.verification.detail}`}`,
  });
  fs.rmSync(core.backups.folder, { recursive: true, force: true });
}
