// 社区矫正 §13 on the 工作情况 sheet (docs/spec/formats.md §9.3, §13): the 月度考核 of the period's months and the
// 奖惩 the county approved in it, read from the people's child lists (record_entry) of people not in the 回收站.
//
// - 月度考核: entries whose 考核月份 is one of the period's months, a person counted once a month (two entries of one
//   month are one 考核); 考核不合格: those whose 考核结果 is one the office counts as 不合格 (设置 › 月度考核结果).
// - 表扬 / 训诫 / 警告: 审批事项 of that type decided 批准 with a 决定日期 in the period — what the county approved,
//   not what the office proposed.
import { sql, type Kysely } from 'kysely';
import { APPROVED, type ApprovalType } from '../../../src-shared/correctionApprovals';
import { fieldDef, registerDef } from '../../../src-shared/registers';
import { periodMonths, type LabelledCount, type ReportPeriod } from '../../../src-shared/reports';
import type { Settings } from '../../../src-shared/settings';
import type { LedgerDatabase } from '../db/schema';

type Db = Kysely<LedgerDatabase>;

/** The 奖惩 the return counts, in the order it prints them. */
const COUNTED_SANCTIONS: readonly ApprovalType[] = ['表扬', '训诫', '警告'];

const kindOf = (list: string): string => {
  const kind = fieldDef(registerDef('correctionSubject'), list)?.entry?.kind;
  if (!kind) throw new Error(`correctionSubject.${list} is no child list`);
  return kind;
};

/** The entries of one child list of live people. */
function entriesOf(db: Db, list: string) {
  return db
    .selectFrom('record_entry as e')
    .innerJoin('correction_subject as c', 'c.id', 'e.record_id')
    .where('e.register', '=', 'correctionSubject')
    .where('e.kind', '=', kindOf(list))
    .where('c.deleted_at', 'is', null);
}

const monthText = (p: ReportPeriod) => (p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : '');

export async function correctionAssessments(
  db: Db,
  period: ReportPeriod,
  settings: Pick<Settings, 'assessmentScale'>,
): Promise<{ assessed: number; failedAssessment: number }> {
  const months = periodMonths(period).map(monthText);
  const month = sql<string>`trim(json_extract(e.data, '$.month'))`;
  const result = sql<string>`trim(json_extract(e.data, '$.result'))`;
  const failing = settings.assessmentScale.failing;
  const rows = await entriesOf(db, 'assessments')
    .select([
      sql<number>`count(DISTINCT e.record_id || '/' || ${month})`.as('assessed'),
      (failing.length > 0
        ? sql<number>`count(DISTINCT CASE WHEN ${result} IN (${sql.join(failing)}) THEN e.record_id || '/' || ${month} END)`
        : sql<number>`0`
      ).as('failed'),
    ])
    .where(month, 'in', months)
    .executeTakeFirstOrThrow();
  return { assessed: Number(rows.assessed), failedAssessment: Number(rows.failed) };
}

export async function correctionSanctions(db: Db, range: { from: string; to: string }): Promise<LabelledCount[]> {
  const type = sql<string>`json_extract(e.data, '$.type')`;
  const decided = sql<string>`json_extract(e.data, '$.decision_date')`;
  const rows = await entriesOf(db, 'approvals')
    .select([type.as('type'), sql<number>`count(*)`.as('count')])
    .where(type, 'in', COUNTED_SANCTIONS)
    .where(sql<string>`json_extract(e.data, '$.result')`, '=', APPROVED)
    .where(decided, '>=', range.from)
    .where(decided, '<', range.to)
    .groupBy(type)
    .execute();
  const counts = new Map(rows.map((r) => [String(r.type), Number(r.count)]));
  return COUNTED_SANCTIONS.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}
