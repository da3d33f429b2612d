import type { Kysely } from 'kysely';
import type { BackupMethod } from '../../src-shared/backups';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../src-shared/handlers';
import type { LedgerDatabase } from './db/schema';
import {
  countBooks,
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  listRecycled,
  purgeRecord,
  restoreRecord,
  updateRecord,
} from './registers/repository';
import { createAccount, listAccounts, setPassword, updateAccount } from './accounts/accounts';
import type { AuthMethod } from './accounts/auth';
import { appendAudit, recordChanges, recordFact, recordHistory, searchAudit, type Actor } from './audit';
import { deriveRecord, listLinks } from './registers/links';
import { generateAndKeep } from './documents/keep';
import { listDocuments } from './documents';
import { exportRegisterBook, exportReturn, reportStatus } from './reportExports';
import { buildReturnPreview } from './reports';
import { loadCalendar, readCalendar, removeCalendarYear, saveCalendarYear } from './reminders/calendar';
import { computeReminders, mergeReminders, officeReminders, sortReminders } from './reminders/engine';
import { listedReminders } from './reminders/listed';
import type { ReminderCache } from './reminders/cache';
import { createRule, deleteRule, listRules, saveRule } from './reminders/rules';
import { monthlyQuotas } from './home/quotas';
import type { KeptFigures } from './home/keptFigures';
import { homeTrends } from './home/trends';
import { readLookups, readSettings, saveSettings } from './settings';

export interface HandlerContext {
  /** The transaction this call runs in. */
  db: Kysely<LedgerDatabase>;
  /** The clerk's calendar day, YYYY-MM-DD. */
  today: string;
  /** The data folder: generated documents are kept under its 文书 folder. */
  dataDir: string;
  /** The logged-in user: 登记人 of new records, and the 修改记录 entry's author. */
  actor: Actor;
  /** The open ledger's reminders, kept between calls (src-main/core/reminders/cache.ts). */
  reminderCache: ReminderCache;
  /** 首页's counts and charts, kept until a book's table is written (src-main/core/home/keptFigures.ts). */
  keptFigures: KeptFigures;
}

/** auth.* run before a user is known (src-main/core/accounts/auth.ts); backups and recovery (src-shared/backups.ts)
 * work on the file and run outside any transaction. */
export type TransactionMethod = Exclude<ApiMethod, BackupMethod | AuthMethod>;

export type Handlers = {
  [M in TransactionMethod]: (ctx: HandlerContext, input: ApiParsedInput<M>) => Promise<ApiOutput<M>>;
};

/** Runs `work`, then appends the audit entry `describe` makes of its result, in the same transaction. */
async function audited<T>(
  ctx: HandlerContext,
  work: Promise<T>,
  describe: (result: T) => Parameters<typeof appendAudit>[2],
): Promise<T> {
  const result = await work;
  await appendAudit(ctx.db, ctx.actor, describe(result));
  return result;
}

export const handlers: Handlers = {
  'registers.list': ({ db, today }, query) => listRecords(db, query, today),
  'registers.get': ({ db, today }, { register, id }) => getRecord(db, register, id, today),
  'registers.create': async (ctx, { register, data, derivedFrom }) => {
    // A record turned from another writes its 卷号 back into that one: an update of the source, logged as such.
    const source = derivedFrom
      ? await getRecord(ctx.db, derivedFrom.register, derivedFrom.id, ctx.today).catch(() => null)
      : null;
    const created = await audited(
      ctx,
      createRecord(ctx.db, register, data, ctx.today, derivedFrom, ctx.actor.name),
      (row) => recordFact('create', row, recordChanges(register, null, row.data)),
    );
    if (source) {
      const after = await getRecord(ctx.db, source.register, source.id, ctx.today);
      const changes = recordChanges(source.register, source.data, after.data);
      if (changes.length > 0) await appendAudit(ctx.db, ctx.actor, recordFact('update', after, changes));
    }
    return created;
  },
  'registers.derive': ({ db, today }, { from, to }) => deriveRecord(db, from, to, today),
  'registers.links': async ({ db, today }, { register, id }) => ({ links: await listLinks(db, register, id, today) }),
  'registers.update': async (ctx, { register, id, data }) => {
    const before = await getRecord(ctx.db, register, id, ctx.today);
    return audited(ctx, updateRecord(ctx.db, register, id, data, ctx.today, ctx.actor.name), (after) =>
      recordFact('update', after, recordChanges(register, before.data, after.data)),
    );
  },
  'registers.delete': async (ctx, { register, id }) => {
    const before = await getRecord(ctx.db, register, id, ctx.today);
    return audited(ctx, deleteRecord(ctx.db, register, id), () => recordFact('delete', before));
  },
  'recycle.list': async ({ db }) => ({ items: await listRecycled(db) }),
  'recycle.restore': (ctx, { register, id }) =>
    audited(ctx, restoreRecord(ctx.db, register, id, ctx.today), (restored) => recordFact('restore', restored)),
  // The whole record goes into the log as its last entry: permanent deletion leaves a trace of what was deleted.
  'recycle.purge': async (ctx, { register, id }) => {
    const before = await getRecord(ctx.db, register, id, ctx.today);
    return audited(ctx, purgeRecord(ctx.db, register, id), () =>
      recordFact('purge', before, recordChanges(register, before.data, null)),
    );
  },
  'settings.get': ({ db }) => readSettings(db),
  'settings.save': (ctx, settings) =>
    audited(ctx, saveSettings(ctx.db, settings), () => ({ action: 'settings', summary: '保存设置' })),
  'lookups.get': ({ db }) => readLookups(db),
  'home.summary': async ({ db, keptFigures }, { year, month }) => ({
    counts: await keptFigures.get(db, `counts ${year}-${month}`, () => countBooks(db, year, month)),
  }),
  'home.quotas': async ({ db, today }) => monthlyQuotas(db, await listRules(db), await readSettings(db), today),
  'home.trends': ({ db, today, keptFigures }) => keptFigures.get(db, `trends ${today}`, () => homeTrends(db, today)),
  'documents.list': async ({ db, today }, { register, id }) => ({
    documents: listDocuments(register, await getRecord(db, register, id, today)),
  }),
  'documents.generate': (ctx, input) =>
    audited(ctx, generateAndKeep(ctx, input), (file) => ({
      action: 'generate',
      register: input.register,
      recordId: input.id,
      summary: file.fileName,
    })),
  'registers.exportBook': (ctx, input) =>
    audited(ctx, exportRegisterBook(ctx, input), (file) => ({
      action: 'export',
      register: input.register,
      summary: `${file.fileName}${input.reveal ? '（含完整证件号码）' : ''}`,
    })),
  'reports.preview': async ({ db }, { period }) => buildReturnPreview(db, period, await readSettings(db)),
  'reports.export': (ctx, input) =>
    audited(ctx, exportReturn(ctx, input), (file) => ({ action: 'export', summary: file.fileName })),
  'reports.status': (ctx) => reportStatus(ctx),
  'reminders.list': async ({ db, today, reminderCache }, { subject, perStatus }) => {
    const [calendar, rules] = [await loadCalendar(db), await listRules(db)];
    if (subject) return listedReminders(await computeReminders(db, calendar, today, rules, subject));
    const people = await reminderCache.subjectReminders(db, calendar, today, rules);
    return listedReminders(
      mergeReminders(people, sortReminders(await officeReminders(db, calendar, today, rules))),
      perStatus,
    );
  },
  'rules.list': async ({ db }) => ({ rules: await listRules(db) }),
  'rules.save': (ctx, input) =>
    audited(ctx, saveRule(ctx.db, input), () => ({ action: 'settings', summary: `修改期限规则 ${input.code}` })),
  'rules.create': (ctx, input) =>
    audited(ctx, createRule(ctx.db, input), (rule) => ({ action: 'settings', summary: `新增期限规则 ${rule.code}` })),
  'rules.delete': (ctx, { code }) =>
    audited(ctx, deleteRule(ctx.db, code), () => ({ action: 'settings', summary: `删除期限规则 ${code}` })),
  'calendar.get': async ({ db }) => ({ years: await readCalendar(db) }),
  'calendar.saveYear': (ctx, input) =>
    audited(ctx, saveCalendarYear(ctx.db, input), (year) => ({
      action: 'settings',
      summary: `保存${year.year}年节假日安排`,
    })),
  'calendar.removeYear': async (ctx, { year }) =>
    audited(
      ctx,
      removeCalendarYear(ctx.db, year).then((years) => ({ years })),
      () => ({ action: 'settings', summary: `删除本所录入的${year}年节假日安排` }),
    ),
  'accounts.list': async ({ db }) => ({ accounts: await listAccounts(db) }),
  'accounts.create': (ctx, input) =>
    audited(ctx, createAccount(ctx.db, input), (a) => ({
      action: 'account',
      summary: `新建账号 ${a.username}（${a.name}）`,
    })),
  'accounts.update': (ctx, input) =>
    audited(ctx, updateAccount(ctx.db, input, ctx.actor.id), (a) => ({
      action: 'account',
      summary: `修改账号 ${a.username}（${a.name}，${a.active ? '启用' : '停用'}）`,
    })),
  'accounts.resetPassword': (ctx, { id, password }) =>
    audited(ctx, setPassword(ctx.db, id, password), (a) => ({ action: 'account', summary: `重设密码 ${a.username}` })),
  'audit.record': async ({ db }, { register, id }) => ({ entries: await recordHistory(db, register, id) }),
  'audit.search': ({ db }, query) => searchAudit(db, query),
};
