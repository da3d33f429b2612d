import { apiMethods, type ApiMethod } from '../../src-shared/api';

// While the ledger in use is known to be damaged (backup/service.ts: a copy of it failed its check, then the ledger
// its own), nothing more is saved into it. The way out of a damaged file is a restore of the last good copy, which
// lacks whatever was typed since: a clerk who went on working would lose that session's work without being told. So
// saves are refused, in words that say why and what to do; reading stays open, and so do the exports and documents,
// whose only write is their line in the 操作日志, so the office can copy out what it needs meanwhile. Logging in,
// unlocking and the backups (the restore above all) are not saves of the clerk's work and go on working.

const COPIES_OUT: ReadonlySet<ApiMethod> = new Set(['registers.exportBook', 'reports.export', 'documents.generate']);

export const SAVING_STOPPED =
  '数据文件已损坏，为免新录入的内容随它一起丢失，已停止保存。请管理员从完好的备份恢复（页面顶部的“进入恢复页面”）；' +
  '在此之前仍可查看、导出已有记录。';

/** Why `method` may not run on a damaged ledger, or null when it may. */
export function refusedOnDamagedLedger(method: ApiMethod): string | null {
  return apiMethods[method].run === 'write' && !COPIES_OUT.has(method) ? SAVING_STOPPED : null;
}
