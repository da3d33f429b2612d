import type { Kysely } from 'kysely';
import { viewOf, type RecordData } from '../../../src-shared/registers';
import { int, text } from '../../../src-shared/registers/read';
import type { LedgerDatabase, RegisterRow } from '../db/schema';
import { UserError } from '../errors';

/** 卷号 （2026）X人调字第N号: N counts per committee per year of 受理日期, deleted cases keep their numbers. */
export function formatCaseNumber(year: number, committeeShortName: string, seq: number): string {
  return `（${year}）${committeeShortName}人调字第${seq}号`;
}

export async function assignCaseNumber(
  db: Kysely<LedgerDatabase>,
  data: RecordData,
  existing: RegisterRow | null,
): Promise<RegisterRow> {
  const d = viewOf('mediationCase', data);
  const committeeId = int(d, 'committee_id');
  const acceptDate = text(d, 'accept_date');
  if (committeeId === null || acceptDate === null) return {};
  const year = Number(acceptDate.slice(0, 4));
  if (existing && existing['committee_id'] === committeeId && existing['case_year'] === year) return {};

  const committee = await db
    .selectFrom('committee')
    .select('short_name')
    .where('id', '=', committeeId)
    .executeTakeFirst();
  if (!committee) throw new UserError('承办调委会不存在，请在“设置”中添加', { committee_id: '承办调委会不存在' });
  const last = await db
    .selectFrom('mediation_case')
    .select((eb) => eb.fn.max('case_seq').as('seq'))
    .where('committee_id', '=', committeeId)
    .where('case_year', '=', year)
    .executeTakeFirst();
  // Imported cases whose 卷号 is of a form of its own hold numbers below 1 (core/import/batch/caseNumbers.ts).
  const seq = Math.max(Number(last?.seq ?? 0), 0) + 1;
  return { case_year: year, case_seq: seq, case_no: formatCaseNumber(year, committee.short_name, seq) };
}
