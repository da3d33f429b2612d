import { z } from 'zod';
import { calendarYearNumber, calendarYearSchema, type CalendarYearView } from './calendar';
import { ruleCreateSchema } from './customRules';
import { backupSchemas, type BackupOutputs } from './backups';
import {
  accountCreateSchema,
  accountUpdateSchema,
  auditActions,
  changePasswordSchema,
  loginSchema,
  resetPasswordSchema,
  setupSchema,
  unlockSchema,
  type AccountInfo,
  type AuditEntry,
  type AuthStatus,
} from './accounts';
import { documentKinds, type DocumentOption, type GeneratedFile } from './documents';
import type { ApiError } from './errors';
import type { HomeTrends, MonthlyQuotas } from './home';
import { registerKeys, type RecordData, type RegisterKey } from './registers';
import { dateSchema, textSchema } from './registers/schema';
import type { LinkedRecord } from './links';
import { reportPeriodSchema, type ReportPeriod, type ReturnPreview } from './reports';
import { ruleSaveSchema, type ReminderList, type StoredRule } from './rules';
import { settingsSchema, type Committee, type Settings, type StaffMember } from './settings';

// The one map of API methods. The renderer calls api(method, input); IPC and HTTP carry it; the core router
// validates `input` with the schema below before any handler runs.

const register = z.enum(registerKeys, { error: '登记簿不存在' });
const id = z.number({ error: '记录编号应为数字' }).int('记录编号应为整数').positive('记录编号无效');

export const listQuerySchema = z.strictObject({
  register,
  page: z.number().int().min(1, '页码无效').max(100_000, '页码无效').default(1),
  pageSize: z.number().int().min(1, '每页条数无效').max(200, '每页最多200条').default(20),
  sort: z.string().max(64).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  year: z.number({ error: '年度应为数字' }).int().min(1900, '年度无效').max(2100, '年度无效').optional(),
  month: z.number({ error: '月份应为数字' }).int().min(1, '月份应在1到12之间').max(12, '月份应在1到12之间').optional(),
  filters: z.record(z.string().max(64), z.union([z.string().max(100), z.number().int()])).optional(),
  q: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
});

export const apiSchemas = {
  'registers.list': listQuerySchema,
  'registers.get': z.strictObject({ register, id }),
  'registers.create': z.strictObject({
    register,
    data: z.unknown(),
    /** The record this one is turned from: the core writes the back-link in the create's transaction. */
    derivedFrom: z.strictObject({ register, id }).optional(),
  }),
  'registers.derive': z.strictObject({ from: z.strictObject({ register, id }), to: register }),
  'registers.links': z.strictObject({ register, id }),
  'registers.update': z.strictObject({ register, id, data: z.unknown() }),
  'registers.delete': z.strictObject({ register, id }),
  'recycle.list': z.strictObject({}),
  'recycle.restore': z.strictObject({ register, id }),
  'recycle.purge': z.strictObject({ register, id }),
  'settings.get': z.strictObject({}),
  'settings.save': settingsSchema,
  'lookups.get': z.strictObject({}),
  'documents.list': z.strictObject({ register, id }),
  'documents.generate': z.strictObject({
    register,
    id,
    kind: z.enum(documentKinds, { error: '文书种类不存在' }),
    index: z.number().int().min(0, '序号无效').max(1000, '序号无效').optional(),
  }),
  'registers.exportBook': z
    .strictObject({
      register,
      from: dateSchema('起始日期', true),
      to: dateSchema('截止日期', true),
      /** Full 身份证号 and phone numbers instead of masked ones (the clerk ticked 显示完整号码). */
      reveal: z.boolean({ error: '“显示完整号码”应为是或否' }).default(false),
    })
    .refine((r) => r.from === null || r.to === null || r.from <= r.to, {
      message: '截止日期不能早于起始日期',
      path: ['to'],
    })
    .transform((r) => ({ register: r.register, from: r.from as string, to: r.to as string, reveal: r.reveal })),
  'reports.preview': z.strictObject({ period: reportPeriodSchema }),
  'reports.export': z.strictObject({
    period: reportPeriodSchema,
    reporter: textSchema('填报人', 50, true).transform((v) => v as string),
    /** The clerk has looked at the checks and exports anyway. */
    acknowledged: z.boolean({ error: '“已核对”应为是或否' }).default(false),
  }),
  'reports.status': z.strictObject({}),
  /**
   * With `subject`: only that person's / case's reminders (the 时间线), every status. With `perStatus` (首页): at most
   * that many of each status, the soonest; `totals` still counts them all.
   */
  'reminders.list': z.strictObject({
    subject: z.strictObject({ register, id }).optional(),
    perStatus: z.number().int().min(1).max(10_000).optional(),
  }),
  'rules.list': z.strictObject({}),
  'rules.save': ruleSaveSchema,
  'rules.create': ruleCreateSchema,
  'rules.delete': z.strictObject({
    code: z.string({ error: '规则编号应为文字' }).trim().min(1, '请选择规则').max(20, '规则不存在'),
  }),
  'calendar.get': z.strictObject({}),
  'calendar.saveYear': calendarYearSchema,
  'calendar.removeYear': z.strictObject({ year: calendarYearNumber }),
  'home.summary': z.strictObject({
    year: z.number().int().min(1900).max(2100),
    month: z.number().int().min(1).max(12),
  }),
  'home.quotas': z.strictObject({}),
  'home.trends': z.strictObject({}),
  ...backupSchemas,
  'auth.status': z.strictObject({}),
  'auth.setup': setupSchema,
  'auth.login': loginSchema,
  'auth.logout': z.strictObject({}),
  'auth.lock': z.strictObject({}),
  'auth.unlock': unlockSchema,
  'auth.changePassword': changePasswordSchema,
  'accounts.list': z.strictObject({}),
  'accounts.create': accountCreateSchema,
  'accounts.update': accountUpdateSchema,
  'accounts.resetPassword': resetPasswordSchema,
  'audit.record': z.strictObject({ register, id }),
  'audit.search': z.strictObject({
    userId: z.number({ error: '人员应为数字' }).int().positive('人员无效').optional(),
    from: dateSchema('起始日期').optional(),
    to: dateSchema('截止日期').optional(),
    register: register.optional(),
    action: z.enum(auditActions, { error: '操作类型不在可选范围内' }).optional(),
    page: z.number().int().min(1, '页码无效').max(100_000, '页码无效').default(1),
  }),
} as const;

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;

export interface RecordRow {
  id: number;
  register: RegisterKey;
  data: RecordData;
  computed: Record<string, string | number | null>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface RecycledRecord {
  register: RegisterKey;
  id: number;
  summary: string;
  date: string | null;
  deletedAt: string;
}

export interface BookCount {
  register: RegisterKey;
  month: number;
  year: number;
  total: number;
}

export interface Lookups {
  committees: Committee[];
  staff: StaffMember[];
  mediators: { name: string; committeeId: number | null }[];
}

/** 首页: last month's return, whether it has been exported, and its deadline (deadlines.md MR-01). */
export interface ReportStatus {
  period: ReportPeriod;
  label: string;
  exportedAt: string | null;
  deadline: string;
  /** Negative once the deadline has passed. */
  daysLeft: number;
}

/** One page of a book's list. */
export interface RecordPage {
  rows: RecordRow[];
  total: number;
  /** The search stopped counting at `total`: more records match (the clerk narrows the search rather than counts). */
  totalCapped: boolean;
}

export interface ApiOutputs extends BackupOutputs {
  'registers.list': RecordPage;
  'registers.get': RecordRow;
  'registers.create': RecordRow;
  'registers.derive': {
    data: RecordData;
    from: { register: RegisterKey; id: number };
    link: { field: string; value: string } | null;
  };
  'registers.links': { links: LinkedRecord[] };
  'registers.update': RecordRow;
  'registers.delete': { id: number };
  'recycle.list': { items: RecycledRecord[] };
  'recycle.restore': RecordRow;
  'recycle.purge': { id: number };
  'settings.get': Settings;
  'settings.save': Settings;
  'lookups.get': Lookups;
  'home.summary': { counts: BookCount[] };
  'home.quotas': MonthlyQuotas;
  'home.trends': HomeTrends;
  'documents.list': { documents: DocumentOption[] };
  'registers.exportBook': GeneratedFile;
  'reports.preview': ReturnPreview;
  'reports.export': GeneratedFile;
  'reports.status': ReportStatus;
  'documents.generate': GeneratedFile;
  'reminders.list': ReminderList;
  'rules.list': { rules: StoredRule[] };
  'rules.save': StoredRule;
  'rules.create': StoredRule;
  'rules.delete': { code: string };
  'calendar.get': { years: CalendarYearView[] };
  'calendar.saveYear': CalendarYearView;
  'calendar.removeYear': { years: CalendarYearView[] };
  'auth.status': AuthStatus;
  'auth.setup': AuthStatus;
  'auth.login': AuthStatus;
  'auth.logout': AuthStatus;
  'auth.lock': AuthStatus;
  'auth.unlock': AuthStatus;
  'auth.changePassword': AuthStatus;
  'accounts.list': { accounts: AccountInfo[] };
  'accounts.create': AccountInfo;
  'accounts.update': AccountInfo;
  'accounts.resetPassword': AccountInfo;
  'audit.record': { entries: AuditEntry[] };
  'audit.search': { entries: AuditEntry[]; total: number };
}

export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

/**
 * `session` is set by auth.setup/login (the new session id) and auth.logout (null). The transport keeps it (the
 * Electron main process in memory, the browser tab in sessionStorage) and sends it back with every call.
 */
export type ApiResult<M extends ApiMethod> =
  { ok: true; value: ApiOutput<M>; session?: string | null } | { ok: false; error: ApiError };

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}
