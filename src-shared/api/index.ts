import type { z } from 'zod';
import type { ApiError } from '../errors';
import { accountMethods } from './accounts';
import { authMethods } from './auth';
import { backupMethods } from './backups';
import { correctionMethods } from './correction';
import type { MethodDeclaration, OutputOf, RunMode } from './declare';
import { documentMethods } from './documents';
import { homeMethods } from './home';
import { importMethods } from './imports';
import { registerMethods } from './registers';
import { reminderMethods } from './reminders';
import { reportMethods } from './reports';
import { settingsMethods } from './settings';
import { uploadMethods } from './uploads';
import { importReadingMethods } from './importReading';

// Every API method, declared once in its area's file and combined here. The renderer calls api(method, input); IPC
// and HTTP carry it; the core router validates `input` with the method's schema, checks who may call it, and runs
// the one implementation the core has for it in the declared way.

export const apiMethods = {
  ...registerMethods,
  ...settingsMethods,
  ...documentMethods,
  ...reportMethods,
  ...reminderMethods,
  ...homeMethods,
  ...backupMethods,
  ...authMethods,
  ...accountMethods,
  ...uploadMethods,
  ...importReadingMethods,
  ...importMethods,
  ...correctionMethods,
};

/** Each area's declarations, for checking that no method is declared twice. */
export const apiAreas: readonly Readonly<Record<string, MethodDeclaration>>[] = [
  registerMethods,
  settingsMethods,
  documentMethods,
  reportMethods,
  reminderMethods,
  homeMethods,
  backupMethods,
  authMethods,
  accountMethods,
  uploadMethods,
  importReadingMethods,
  importMethods,
  correctionMethods,
];

export type ApiMethods = typeof apiMethods;
export type ApiMethod = keyof ApiMethods;
/** What the renderer sends. */
export type ApiInput<M extends ApiMethod> = z.input<ApiMethods[M]['input']>;
/** What the implementation receives: the input after its schema's defaults and transforms. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiMethods[M]['input']>;
export type ApiOutput<M extends ApiMethod> = OutputOf<ApiMethods[M]>;
export type ApiOutputs = { [M in ApiMethod]: ApiOutput<M> };

/** The methods the core runs in mode `R`. */
export type MethodsRunAs<R extends RunMode> = {
  [M in ApiMethod]: ApiMethods[M]['run'] extends R ? M : never;
}[ApiMethod];

/**
 * `session` is set by auth.setup/login (the new session id) and auth.logout (null). The transport keeps it (the
 * Electron main process in memory, the browser tab in sessionStorage) and sends it back with every call.
 */
export type ApiResult<M extends ApiMethod> =
  { ok: true; value: ApiOutput<M>; session?: string | null } | { ok: false; error: ApiError };

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiMethods, name);
}

export type { Access, MethodDeclaration, RunMode } from './declare';
export type { BookCount } from './home';
export type { RecordPage, RecordRow, RecycledRecord, DerivedRecord } from './registers';
export { listQuerySchema } from './registers';
export type { ReportStatus } from './reports';
export type { Lookups } from './settings';
export type {
  ImportBatchSummary,
  ImportDuplicate,
  ImportPreview,
  ImportResult,
  ImportRowCheck,
  ImportRowStatus,
} from './imports';
