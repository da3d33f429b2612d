import { sql, type Kysely } from 'kysely';
import type { ApprovalRow } from '../../../src-shared/api/correction';
import { approvalStatus, type ApprovalStage } from '../../../src-shared/approvalStatus';
import { fieldDef, registerDef } from '../../../src-shared/registers';
import { lastDayOfMonth } from '../../../src-shared/dates';
import type { LedgerDatabase } from '../db/schema';

// The office's 审批事项: every live person's `approvals` entries in one query, the person's name beside each.

type Db = Kysely<LedgerDatabase>;

const people = registerDef('correctionSubject');
const APPROVAL_KIND = fieldDef(people, 'approvals')?.entry?.kind ?? '';

export interface ApprovalFilter {
  type?: string | undefined;
  stage?: ApprovalStage | undefined;
  /** 'YYYY-MM' of 收到申请日期. */
  month?: string | undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Newest first (by 收到申请日期), then by person and the order they were entered. */
export async function listApprovals(db: Db, filter: ApprovalFilter, today: string): Promise<ApprovalRow[]> {
  let query = db
    .selectFrom('record_entry as e')
    .innerJoin('correction_subject as p', 'p.id', 'e.record_id')
    .select(['e.record_id', 'e.seq', 'e.entry_date', 'e.data', 'p.name', 'p.subject_no'])
    .where('e.register', '=', people.key)
    .where('e.kind', '=', APPROVAL_KIND)
    .where('p.deleted_at', 'is', null);
  if (filter.type) query = query.where(sql<string>`json_extract(e.data, '$.type')`, '=', filter.type);
  if (filter.month) {
    const [year, month] = filter.month.split('-').map(Number) as [number, number];
    query = query
      .where('e.entry_date', '>=', `${filter.month}-01`)
      .where('e.entry_date', '<=', lastDayOfMonth(year, month));
  }
  const rows = await query
    .orderBy('e.entry_date', 'desc')
    .orderBy('p.name')
    .orderBy('e.record_id')
    .orderBy('e.seq')
    .execute();
  const listed: ApprovalRow[] = [];
  for (const row of rows) {
    const entry = JSON.parse(String(row.data)) as Record<string, unknown>;
    const status = approvalStatus(
      {
        type: entry['type'],
        submit_date: entry['submit_date'],
        result: entry['result'],
        notice_start: entry['notice_start'],
        notice_end: entry['notice_end'],
        inform_date: entry['inform_date'],
      },
      today,
    );
    if (filter.stage && status.stage !== filter.stage) continue;
    listed.push({
      personId: Number(row.record_id),
      name: String(row.name),
      subjectNo: str(row.subject_no),
      entryIndex: Number(row.seq),
      type: String(entry['type'] ?? ''),
      date: str(row.entry_date),
      submitDate: str(entry['submit_date']),
      result: str(entry['result']),
      decisionDate: str(entry['decision_date']),
      noticeEnd: str(entry['notice_end']),
      stage: status.stage,
      status: status.words,
    });
  }
  return listed;
}
