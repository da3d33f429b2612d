// 安置帮教 on the 工作情况 sheet (docs/spec/formats.md §12, last paragraph): 在册 by 帮教类别, 新接收, 解除, 走访,
// 未按期走访, 重新犯罪 for the period.
//
// - 在册: released (解矫) before the period's end and still 在帮 then: 当前状态 在帮, or a 解除日期 after the period (a
//   past month keeps those who have left since).
// - 新接收: 报到日期 in the period (the 释放（解矫）日期 where no 报到 is entered); 解除: 期满解除 or 提前撤销 with the
//   解除日期 in the period; 重新犯罪: that state with its 解除日期 in the period.
// - 走访: visits dated in the period, of people not in the 回收站.
// - 未按期走访: people whose 走访 reminder (the rules completed by a 走访, AB-06/AB-07/AB-07A as the office has set
//   them) is overdue on the period's last day, or today while the period is still running. Worked out by the same
//   engine as 首页, so the return and the reminders never disagree.
import { sql, type Kysely } from 'kysely';
import { IN_SUPPORT_STATE, KEY_SUPPORT, ORDINARY_SUPPORT, REOFFENDED_STATE } from '../../../src-shared/codes';
import { eventSources } from '../../../src-shared/eventFields';
import type { ResettlementFigures, ReturnCheck } from '../../../src-shared/reports';
import { addDays } from '../../../src-shared/dates';
import type { LedgerDatabase } from '../db/schema';
import { loadCalendar } from '../reminders/calendar';
import { subjectReminders } from '../reminders/deadlines';
import { loadSubjects } from '../reminders/loading';
import { listRules } from '../reminders/rules';

type Db = Kysely<LedgerDatabase>;

const RELEASED = ['期满解除', '提前撤销'];
const n = (v: unknown) => Number(v ?? 0);

/** The 走访 child list and the event its entries are (eventFields.ts): the rules it completes are the visiting duties. */
const VISIT = ((): { entryKind: string; event: string } => {
  for (const s of eventSources.resettlement)
    if (s.kind === 'entries' && s.field === 'visits') return { entryKind: s.entryKind, event: s.event };
  throw new Error('eventFields.ts: 安置帮教 has no 走访 entries');
})();

export async function resettlementFigures(
  db: Db,
  range: { from: string; to: string },
  today: string,
): Promise<ResettlementFigures> {
  const { from, to } = range;
  const enrolled = sql<boolean>`release_date < ${to} AND (state = ${IN_SUPPORT_STATE} OR end_date >= ${to})`;
  const ended = (states: readonly string[]) =>
    sql<number>`coalesce(sum(CASE WHEN state IN (${sql.join(states)}) AND end_date >= ${from} AND end_date < ${to} THEN 1 ELSE 0 END), 0)`;
  const counts = await db
    .selectFrom('resettlement_subject')
    .select([
      sql<number>`coalesce(sum(CASE WHEN ${enrolled} AND support_type = ${KEY_SUPPORT} THEN 1 ELSE 0 END), 0)`.as(
        'key',
      ),
      sql<number>`coalesce(sum(CASE WHEN ${enrolled} AND support_type = ${ORDINARY_SUPPORT} THEN 1 ELSE 0 END), 0)`.as(
        'ordinary',
      ),
      sql<number>`coalesce(sum(CASE WHEN ${enrolled} THEN 1 ELSE 0 END), 0)`.as('enrolled'),
      sql<number>`coalesce(sum(CASE WHEN coalesce(report_date, release_date) >= ${from} AND coalesce(report_date, release_date) < ${to} THEN 1 ELSE 0 END), 0)`.as(
        'received',
      ),
      ended(RELEASED).as('released'),
      ended([REOFFENDED_STATE]).as('reoffended'),
    ])
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  const visits = await db
    .selectFrom('record_entry as e')
    .innerJoin('resettlement_subject as r', 'r.id', 'e.record_id')
    .select(sql<number>`count(*)`.as('count'))
    .where('e.register', '=', 'resettlement')
    .where('e.kind', '=', VISIT.entryKind)
    .where('e.entry_date', '>=', from)
    .where('e.entry_date', '<', to)
    .where('r.deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  const missed = await overdueForVisit(db, to, today);
  return {
    enrolled: n(counts.enrolled),
    enrolledKey: n(counts.key),
    enrolledOrdinary: n(counts.ordinary),
    received: n(counts.received),
    released: n(counts.released),
    visits: n(visits.count),
    missedVisits: missed.length,
    missedVisitNames: missed,
    reoffended: n(counts.reoffended),
  };
}

/**
 * Someone still 在帮 whose 帮教期满日期 has passed (before today and before the period's end) inflates 在册: the clerk
 * should record the 解除, as for a 社区矫正对象 still 在矫 after the term (work.ts).
 */
export async function staleSupport(db: Db, end: string, today: string): Promise<ReturnCheck | null> {
  const passedBefore = today < end ? today : end;
  const stale = await db
    .selectFrom('resettlement_subject')
    .select('name')
    .where('deleted_at', 'is', null)
    .where('state', '=', IN_SUPPORT_STATE)
    .where('term_end', '<', passedBefore)
    .where('release_date', '<', end)
    .orderBy('term_end')
    .execute();
  if (stale.length === 0) return null;
  return {
    level: 'warning',
    rule: 'resettlementStateStale',
    message: `${stale.length}名安置帮教对象帮教期满日期已过，当前状态仍为“在帮”，在册人数可能偏多：${stale.map((s) => s.name).join('、')}。`,
  };
}

/** The names of the people whose 走访 was overdue on the period's last day (or today, if that comes first). */
async function overdueForVisit(db: Db, end: string, today: string): Promise<string[]> {
  const lastDay = addDays(end, -1);
  const asOf = today < lastDay ? today : lastDay;
  // The rules a 走访 completes (loadSubjects keeps those of this book).
  const rules = (await listRules(db)).filter(
    (rule) => rule.doneBy.kind === 'event' && rule.doneBy.event === VISIT.event,
  );
  const subjects = await loadSubjects(db, 'resettlement', asOf, rules);
  const reminders = subjectReminders(await loadCalendar(db), asOf, rules, subjects);
  const overdue = new Set(reminders.flatMap((r) => (r.status === 'overdue' && r.subject ? [r.subject.id] : [])));
  // Each person once however many of their visiting duties are late, in the order of their names' pinyin.
  return subjects
    .filter((s) => overdue.has(s.id))
    .map((s) => s.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
