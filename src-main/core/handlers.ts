import type { Kysely } from 'kysely';
import type { BackupMethod } from '../../src-shared/backups';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../src-shared/handlers';
import type { LedgerDatabase } from './db/schema';
import {
  countBooks, createRecord, deleteRecord, getRecord, listRecords, listRecycled, restoreRecord, updateRecord,
} from './registers/repository';
import { deriveRecord, listLinks } from './registers/links';
import { generateAndKeep } from './documents/keep';
import { listDocuments } from './documents';
import { exportRegisterBook, exportReturn, reportStatus } from './reportExports';
import { buildReturnPreview } from './reports';
import { loadCalendar, readCalendar, removeCalendarYear, saveCalendarYear } from './reminders/calendar';
import { computeReminders } from './reminders/engine';
import { createRule, deleteRule, listRules, saveRule } from './reminders/rules';
import { monthlyQuotas } from './home/quotas';
import { homeTrends } from './home/trends';
import type { Reminder } from '../../src-shared/rules';
import { readLookups, readSettings, saveSettings } from './settings';

export interface HandlerContext {
  /** The transaction this call runs in. */
  db: Kysely<LedgerDatabase>;
  /** The clerk's calendar day, YYYY-MM-DD. */
  today: string;
  /** The data folder: generated documents are kept under its 文书 folder. */
  dataDir: string;
}

/** Methods run inside one transaction; backups and recovery (src-shared/backups.ts) work on the file and run outside. */
export type TransactionMethod = Exclude<ApiMethod, BackupMethod>;

export type Handlers = { [M in TransactionMethod]: (ctx: HandlerContext, input: ApiParsedInput<M>) => Promise<ApiOutput<M>> };

export const handlers: Handlers = {
  'registers.list': ({ db, today }, query) => listRecords(db, query, today),
  'registers.get': ({ db, today }, { register, id }) => getRecord(db, register, id, today),
  'registers.create': ({ db, today }, { register, data, derivedFrom }) => createRecord(db, register, data, today, derivedFrom),
  'registers.derive': ({ db, today }, { from, to }) => deriveRecord(db, from, to, today),
  'registers.links': async ({ db, today }, { register, id }) => ({ links: await listLinks(db, register, id, today) }),
  'registers.update': ({ db, today }, { register, id, data }) => updateRecord(db, register, id, data, today),
  'registers.delete': ({ db }, { register, id }) => deleteRecord(db, register, id),
  'recycle.list': async ({ db }) => ({ items: await listRecycled(db) }),
  'recycle.restore': ({ db, today }, { register, id }) => restoreRecord(db, register, id, today),
  'settings.get': ({ db }) => readSettings(db),
  'settings.save': ({ db }, settings) => saveSettings(db, settings),
  'lookups.get': ({ db }) => readLookups(db),
  'home.summary': async ({ db }, { year, month }) => ({ counts: await countBooks(db, year, month) }),
  'home.quotas': async ({ db, today }) => monthlyQuotas(db, await listRules(db), await readSettings(db), today),
  'home.trends': ({ db, today }) => homeTrends(db, today),
  'documents.list': async ({ db, today }, { register, id }) => ({
    documents: listDocuments(register, await getRecord(db, register, id, today)),
  }),
  'documents.generate': (ctx, input) => generateAndKeep(ctx, input),
  'registers.exportBook': (ctx, input) => exportRegisterBook(ctx, input),
  'reports.preview': async ({ db }, { period }) => buildReturnPreview(db, period, await readSettings(db)),
  'reports.export': (ctx, input) => exportReturn(ctx, input),
  'reports.status': (ctx) => reportStatus(ctx),
  'reminders.list': async ({ db, today }, { subject }) => {
    const all = await computeReminders(db, await loadCalendar(db), today, await listRules(db));
    const of = (r: Reminder) => r.subject?.register === subject?.register && r.subject?.id === subject?.id;
    return { reminders: subject ? all.filter(of) : all };
  },
  'rules.list': async ({ db }) => ({ rules: await listRules(db) }),
  'rules.save': ({ db }, input) => saveRule(db, input),
  'rules.create': ({ db }, input) => createRule(db, input),
  'rules.delete': ({ db }, { code }) => deleteRule(db, code),
  'calendar.get': async ({ db }) => ({ years: await readCalendar(db) }),
  'calendar.saveYear': ({ db }, input) => saveCalendarYear(db, input),
  'calendar.removeYear': async ({ db }, { year }) => ({ years: await removeCalendarYear(db, year) }),
};
