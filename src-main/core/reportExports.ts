import type { Kysely } from 'kysely';
import { daysBetween, isoDate, monthsAfter, parseDate } from '../../src-shared/dates';
import type { GeneratedFile } from '../../src-shared/documents';
import type { ApiParsedInput, ReportStatus } from '../../src-shared/handlers';
import { periodKey, periodLabel, type ReportPeriod } from '../../src-shared/reports';
import type { LedgerDatabase } from './db/schema';
import { UserError } from './errors';
import { keepFile } from './files';
import type { HandlerContext } from './context';
import { buildRegisterBook, buildReturnPreview, buildReturnWorkbook, returnFileName } from './reports';
import { readSettings } from './settings';

// Exporting the 月报 and register books: build, keep a copy under 报表/, and log it for 首页.

async function logExport(db: Kysely<LedgerDatabase>, kind: string, key: string, fileName: string): Promise<void> {
  await db
    .insertInto('report_export')
    .values({ kind, period_key: key, file_name: fileName, exported_at: new Date().toISOString() })
    .execute();
}

export async function exportReturn(
  ctx: HandlerContext,
  input: ApiParsedInput<'reports.export'>,
): Promise<GeneratedFile> {
  const settings = await readSettings(ctx.db);
  const preview = await buildReturnPreview(ctx.db, input.period, settings, ctx.today);
  if (preview.checks.length > 0 && !input.acknowledged) {
    throw new UserError(`月报有${preview.checks.length}项检查提示，请先查看并勾选“已核对”后再导出`);
  }
  const bytes = await buildReturnWorkbook(preview, { reporter: input.reporter, reportDate: ctx.today });
  const file = keepFile(ctx.dataDir, `报表/${input.period.year}`, returnFileName(preview), bytes);
  await logExport(ctx.db, 'return', periodKey(input.period), file.fileName);
  return file;
}

export async function exportRegisterBook(
  ctx: HandlerContext,
  input: ApiParsedInput<'registers.exportBook'>,
): Promise<GeneratedFile> {
  const settings = await readSettings(ctx.db);
  const book = await buildRegisterBook(ctx.db, {
    register: input.register,
    from: input.from,
    to: input.to,
    settings,
    mask: input.numbers === 'masked',
  });
  const file = keepFile(ctx.dataDir, `报表/${input.from.slice(0, 4)}/登记簿`, book.fileName, book.bytes);
  await logExport(ctx.db, input.register, `${input.from}..${input.to}`, file.fileName);
  return file;
}

/** Last month's return: exported or not, and the deadline (the Nth of this month, from settings; MR-01). */
export async function reportStatus(ctx: HandlerContext): Promise<ReportStatus> {
  const settings = await readSettings(ctx.db);
  const { year, month } = parseDate(ctx.today);
  const period: ReportPeriod = { kind: 'month', ...monthsAfter(year, month, -1) };
  const deadline = isoDate(year, month, settings.reportDeadlineDay);
  const last = await ctx.db
    .selectFrom('report_export')
    .select('exported_at')
    .where('kind', '=', 'return')
    .where('period_key', '=', periodKey(period))
    .orderBy('exported_at', 'desc')
    .executeTakeFirst();
  const daysLeft = daysBetween(ctx.today, deadline);
  return { period, label: periodLabel(period), exportedAt: last?.exported_at ?? null, deadline, daysLeft };
}
