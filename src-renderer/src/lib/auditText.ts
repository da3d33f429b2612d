import type { AuditEntry, FieldChange } from '../../../src-shared/accounts';
import type { Lookups } from '../../../src-shared/handlers';
import {
  fieldDef,
  isShownOn,
  registerDef,
  type FieldDef,
  type FieldValue,
  type RegisterKey,
} from '../../../src-shared/registers';
import { displayValue, formatDateTime } from './format';

// 操作日志 in a clerk's words, worked out when it is shown: the log is append-only, so lines written by older versions
// (a bare 卷号, a backup's file name, raw before/after values) read the same way as new ones.

const BACKUP_FILE = /ledger-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite3/gu;

const BACKUP_KINDS: Record<string, string> = {
  startup: '启动时自动备份',
  daily: '每日自动备份',
  manual: '手动备份',
  'pre-migration': '升级前自动备份',
  'pre-restore': '恢复前自动备份',
};

/** A backup's file name as the backup table names it: “2026-12-02 08:30 启动时自动备份”. */
export function backupInWords(text: string): string {
  return text.replace(BACKUP_FILE, (_, day: string, h: string, m: string, s: string, ms: string, kind: string) => {
    const at = formatDateTime(`${day}T${h}:${m}:${s}.${ms}Z`);
    return `“${at} ${BACKUP_KINDS[kind] ?? '备份'}”`;
  });
}

/** The record a line is about: “来信来访登记簿：张三 2026-11-20”; never the record's number. */
export function recordInWords(entry: Pick<AuditEntry, 'register' | 'summary'>): string {
  if (!entry.register) return '';
  const title = registerDef(entry.register as RegisterKey).title;
  return entry.summary.trim() === '' ? `${title}中的一条记录` : `${title}：${entry.summary}`;
}

const MAX_VALUE = 40;

function clip(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

type Item = Record<string, unknown>;

/** One 事件记录 / 调解记录 / 当事人 in a few words: its date and first short values (“2026-11-20 电话联系”), or a name. */
function itemInWords(field: FieldDef | undefined, item: unknown, lookups: Lookups): string {
  if (item === null || typeof item !== 'object') return String(item);
  const row = item as Item;
  if (typeof row['name'] === 'string') return row['name'];
  const parts = (field?.entry?.fields ?? [])
    .filter((f) => f.type !== 'textarea' && isShownOn(f, row) && !isBlank(row[f.key]))
    .map((f) => displayValue(f, row[f.key] as FieldValue, lookups))
    .slice(0, 3);
  return clip(parts.join(' ')) || '（空）';
}

/** What happened to a list: “增加一条 2026-11-20 电话联系；删除一条 …”. Matched by content, so order does not matter. */
function listChange(field: FieldDef | undefined, before: unknown[], after: unknown[], lookups: Lookups): string {
  const key = (x: unknown) => JSON.stringify(x);
  const kept = new Set(before.map(key));
  const was = new Set(after.map(key));
  const added = after.filter((x) => !kept.has(key(x)));
  const removed = before.filter((x) => !was.has(key(x)));
  const changed = Math.min(added.length, removed.length);
  const say = (verb: string, x: unknown) =>
    typeof x === 'object' ? `${verb}一条 ${itemInWords(field, x, lookups)}` : `${verb}“${String(x)}”`;
  const words = [
    ...added.slice(0, changed).map((x) => say('修改', x)),
    ...added.slice(changed).map((x) => say('增加', x)),
    ...removed.slice(changed).map((x) => say('删除', x)),
  ];
  return words.join('；') || '顺序调整';
}

function valueInWords(field: FieldDef | undefined, value: unknown, lookups: Lookups): string {
  if (field) return clip(displayValue(field, value as FieldValue, lookups));
  return clip(typeof value === 'boolean' ? (value ? '是' : '否') : String(value));
}

/** One changed field in words: “联系电话：由“138****0001”改为“139****0002””, “事件记录：增加一条 2026-11-20 电话联系”. */
export function changeInWords(register: RegisterKey | null, change: FieldChange, lookups: Lookups): string {
  const field = register ? fieldDef(registerDef(register), change.field) : undefined;
  const { before, after } = change;
  if (Array.isArray(before) || Array.isArray(after)) {
    const was = Array.isArray(before) ? before : [];
    const now = Array.isArray(after) ? after : [];
    return `${change.label}：${listChange(field, was, now, lookups)}`;
  }
  if (isBlank(before)) return `${change.label}：填写“${valueInWords(field, after, lookups)}”`;
  if (isBlank(after)) return `${change.label}：清空（原为“${valueInWords(field, before, lookups)}”）`;
  return `${change.label}：由“${valueInWords(field, before, lookups)}”改为“${valueInWords(field, after, lookups)}”`;
}

/** What a permanently deleted record held, field by field: “姓名：张三”. */
export function removedInWords(register: RegisterKey | null, change: FieldChange, lookups: Lookups): string {
  const field = register ? fieldDef(registerDef(register), change.field) : undefined;
  const value = Array.isArray(change.before)
    ? change.before.map((x) => itemInWords(field, x, lookups)).join('、')
    : valueInWords(field, change.before, lookups);
  return `${change.label}：${value}`;
}

/** The lines of an entry's 内容 column, in words. */
export function entryDetails(entry: AuditEntry, lookups: Lookups): string[] {
  const register = (entry.register as RegisterKey | null) ?? null;
  if (entry.action === 'update') return entry.changes.map((c) => changeInWords(register, c, lookups));
  if (entry.action === 'purge') return entry.changes.map((c) => removedInWords(register, c, lookups));
  return [];
}
