import { z } from 'zod';
import { textSchema } from './registers/schema';

// Accounts, sessions and the audit trail: the shapes the renderer sends and receives.

export const roles = ['admin', 'staff'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = { admin: '管理员', staff: '工作人员' };

export const PASSWORD_MIN = 8;

const password = (label: string) =>
  z
    .string({ error: `${label}应为文字` })
    .min(PASSWORD_MIN, `${label}至少${PASSWORD_MIN}位`)
    .max(128, `${label}不能超过128位`);

const username = z
  .string({ error: '用户名应为文字' })
  .trim()
  .min(2, '用户名至少2个字符')
  .max(32, '用户名不能超过32个字符')
  .regex(/^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/, '用户名只能含汉字、字母、数字、下划线、点和横线');

const personName = textSchema('姓名', 50, true).transform((v) => v as string);

export const accountCreateSchema = z.strictObject({
  username,
  name: personName,
  role: z.enum(roles, { error: '角色应为管理员或工作人员' }),
  password: password('密码'),
});

export const setupSchema = z.strictObject({
  officeName: textSchema('司法所名称', 50, true).transform((v) => v as string),
  county: textSchema('所属县（区）', 50),
  township: textSchema('乡镇（街道）', 50),
  admin: accountCreateSchema.omit({ role: true }),
});

export const loginSchema = z.strictObject({
  username: z.string({ error: '用户名应为文字' }).trim().min(1, '请输入用户名').max(32, '用户名不能超过32个字符'),
  password: z.string({ error: '密码应为文字' }).min(1, '请输入密码').max(128, '密码不能超过128位'),
});

export const unlockSchema = z.strictObject({ password: loginSchema.shape.password });

/** 锁屏: `idle` when the window locked itself after 设置's minutes without mouse or keyboard (the log says so). */
export const lockSchema = z.strictObject({ idle: z.boolean({ error: '是否自动锁屏应为“是”或“否”' }).optional() });

const accountId = z.number({ error: '账号编号应为数字' }).int('账号编号应为整数').positive('账号编号无效');

export const accountUpdateSchema = z.strictObject({
  id: accountId,
  name: personName,
  role: z.enum(roles, { error: '角色应为管理员或工作人员' }),
  active: z.boolean({ error: '是否启用应为“是”或“否”' }),
});

export const resetPasswordSchema = z.strictObject({ id: accountId, password: password('新密码') });

export const changePasswordSchema = z.strictObject({
  current: loginSchema.shape.password,
  password: password('新密码'),
});

/** What a client may know about an account: never the hash. */
export interface AccountInfo {
  id: number;
  username: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export interface AuthStatus {
  /** No account yet: the first-run screen. */
  setupNeeded: boolean;
  user: AccountInfo | null;
  locked: boolean;
  /** From 设置; the renderer locks the screen after this many idle minutes. */
  idleLockMinutes: number;
}

export const auditActions = [
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'export',
  'generate',
  'settings',
  'account',
  'backup',
  'login',
  'loginFailed',
  'lock',
  'unlock',
  'unlockFailed',
  'logout',
  'import',
  'undoImport',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditActionLabels: Record<AuditAction, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  purge: '永久删除',
  export: '导出',
  generate: '生成文书',
  settings: '修改设置',
  account: '账号管理',
  backup: '备份与恢复',
  login: '登录',
  loginFailed: '登录失败',
  lock: '锁屏',
  unlock: '解锁',
  unlockFailed: '解锁失败',
  logout: '退出登录',
  import: '导入',
  undoImport: '撤销导入',
};

/** One changed field: its label and the values before and after (null when absent). */
export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  at: string;
  userName: string;
  action: AuditAction;
  register: string | null;
  recordId: number | null;
  summary: string;
  changes: FieldChange[];
}
